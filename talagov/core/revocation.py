# SPDX-License-Identifier: GPL-3.0-or-later
"""The revocation list: certificates the organisation no longer accepts, signed by it.

A list is a canonical JSON payload (format ``talagov.revocations``) with an increasing
``sequence``; each entry names a certificate serial, the member, when and why. The
newest list whose signature verifies under the organisation's key is the one applied.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from cryptography.hazmat.primitives.asymmetric import ec

FORMAT = "talagov.revocations"
FORMAT_VERSION = 1


@dataclass(frozen=True)
class Revoked:
    """One revoked certificate."""

    serial: str  # hex
    member_id: int
    revoked_at: str  # ISO timestamp (UTC)
    reason: str  # "lost", "replaced", "left", or free text


@dataclass(frozen=True)
class RevocationList:
    """The organisation's list at one ``sequence``."""

    organisation: str  # fingerprint of the organisation certificate
    sequence: int
    issued_at: str  # ISO timestamp (UTC)
    entries: tuple[Revoked, ...] = ()

    @property
    def serials(self) -> frozenset[str]:
        """The revoked serials."""
        return frozenset(e.serial for e in self.entries)

    def payload(self) -> dict[str, Any]:
        """The JSON object that is signed."""
        raise NotImplementedError

    @classmethod
    def from_payload(cls, data: dict[str, Any]) -> RevocationList:
        """Read a payload back. Raises ``ValueError``/``KeyError`` when malformed."""
        raise NotImplementedError


def with_entry(current: RevocationList, entry: Revoked, *, issued_at: str) -> RevocationList:
    """The next list (``sequence + 1``) with ``entry`` added (idempotent per serial)."""
    raise NotImplementedError


def sign_list(rl: RevocationList, key: ec.EllipticCurvePrivateKey) -> bytes:
    """The signed file: ``{"payload": ..., "signature": base64}`` as JSON bytes."""
    raise NotImplementedError


def read_list(data: bytes, public_key: ec.EllipticCurvePublicKey) -> RevocationList:
    """The list of a signed file. Raises ``UserError`` (``revocation.bad_signature``,
    ``revocation.malformed``)."""
    raise NotImplementedError
