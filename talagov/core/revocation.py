# SPDX-License-Identifier: GPL-3.0-or-later
"""The revocation list: certificates the organisation no longer accepts, signed by it.

A list is a canonical JSON payload (format ``talagov.revocations``) with an increasing
``sequence``; each entry names a certificate serial, the member, when and why. The
newest list whose signature verifies under the organisation's key is the one applied.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, replace
from typing import Any

from cryptography.hazmat.primitives.asymmetric import ec

from talagov.core.canonical import canonical
from talagov.core.errors import UserError
from talagov.core.signing import b64, sign, unb64, verify_bytes

FORMAT = "talagov.revocations"
FORMAT_VERSION = 1
_KEYS = frozenset({"format", "version", "organisation", "sequence", "issued_at", "entries"})
_ENTRY_KEYS = frozenset({"serial", "member_id", "revoked_at", "reason"})


def _str(value: object) -> str:
    if not isinstance(value, str):
        raise TypeError("expected a string")
    return value


def _int(value: object) -> int:
    if type(value) is not int:
        raise TypeError("expected an integer")
    return value


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
        """The JSON object that is signed (entries sorted by serial)."""
        return {
            "format": FORMAT,
            "version": FORMAT_VERSION,
            "organisation": self.organisation,
            "sequence": self.sequence,
            "issued_at": self.issued_at,
            "entries": [
                {"serial": e.serial, "member_id": e.member_id, "revoked_at": e.revoked_at,
                 "reason": e.reason}
                for e in sorted(self.entries, key=lambda e: e.serial)
            ],
        }

    @classmethod
    def from_payload(cls, data: dict[str, Any]) -> RevocationList:
        """Read a payload back. Raises ``ValueError``/``KeyError``/``TypeError`` when
        malformed (exact keys, types, format and version)."""
        if not isinstance(data, dict) or set(data) != _KEYS:
            raise KeyError("revocation list keys")
        if data["format"] != FORMAT or _int(data["version"]) != FORMAT_VERSION:
            raise ValueError("not a TalaGov revocation list")
        entries = data["entries"]
        if not isinstance(entries, list):
            raise TypeError("entries must be a list")
        parsed: list[Revoked] = []
        for entry in entries:
            if not isinstance(entry, dict) or set(entry) != _ENTRY_KEYS:
                raise KeyError("revocation entry keys")
            parsed.append(Revoked(serial=_str(entry["serial"]),
                                  member_id=_int(entry["member_id"]),
                                  revoked_at=_str(entry["revoked_at"]),
                                  reason=_str(entry["reason"])))
        if len({e.serial for e in parsed}) != len(parsed):
            raise ValueError("a serial is listed twice")
        sequence = _int(data["sequence"])
        if sequence < 0:
            raise ValueError("negative sequence")
        return cls(organisation=_str(data["organisation"]), sequence=sequence,
                   issued_at=_str(data["issued_at"]),
                   entries=tuple(sorted(parsed, key=lambda e: e.serial)))


def with_entry(current: RevocationList, entry: Revoked, *, issued_at: str) -> RevocationList:
    """The next list (``sequence + 1``) with ``entry`` added (idempotent per serial).

    When ``entry.serial`` is already listed, ``current`` itself is returned unchanged
    (same sequence, first revocation kept): compare the sequences to know whether a
    new list must be signed and stored.
    """
    if entry.serial in current.serials:
        return current
    entries = tuple(sorted((*current.entries, entry), key=lambda e: e.serial))
    return replace(current, sequence=current.sequence + 1, issued_at=issued_at,
                   entries=entries)


def sign_list(rl: RevocationList, key: ec.EllipticCurvePrivateKey) -> bytes:
    """The signed file: ``{"payload": ..., "signature": base64}`` as JSON bytes.

    The file is itself RFC 8785 JSON, so the signed payload bytes appear verbatim in it.
    """
    payload = rl.payload()
    return canonical({"payload": payload, "signature": b64(sign(payload, key))})


def read_list(data: bytes, public_key: ec.EllipticCurvePublicKey) -> RevocationList:
    """The list of a signed file. Raises ``UserError`` (``revocation.bad_signature``,
    ``revocation.malformed``)."""
    try:
        document = json.loads(data.decode("utf-8"))
        if not isinstance(document, dict) or set(document) != {"payload", "signature"}:
            raise KeyError("signed list keys")
        signature = unb64(_str(document["signature"]))
        payload = document["payload"]
        rl = RevocationList.from_payload(payload)
        signed = canonical(payload)  # ValueError beyond RFC 8785's integer range
    # RecursionError: deeply nested JSON, which anyone able to write into the shared
    # folder may leave there under a revocation list's name.
    except (UnicodeDecodeError, ValueError, KeyError, TypeError, RecursionError) as exc:
        raise UserError("revocation.malformed") from exc
    if not verify_bytes(signed, signature, public_key):
        raise UserError("revocation.bad_signature")
    return rl
