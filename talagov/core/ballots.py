# SPDX-License-Identifier: GPL-3.0-or-later
"""Signed ballots: the content a voter signs, the file that carries it, the receipt.

A ballot names the organisation, the meeting, the poll and the hash of the poll
definition, the voter and on whose behalf they vote (themselves, or the principal of
a proxy they hold), the choices, a random nonce, the time and a sequence number; it
is signed with the voter's ECDSA P-256 key over the RFC 8785 JSON of its payload. The
ballot file (``talagov.ballot``) carries the payload, the signature and the voter's
certificate. A postal form entered by the secretary becomes a ballot of the
``correspondence`` channel signed by the organisation's key as witness.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from cryptography import x509
from cryptography.hazmat.primitives.asymmetric import ec

FORMAT = "talagov.ballot"
FORMAT_VERSION = 1
NONCE_BYTES = 16


class Channel(enum.StrEnum):
    """How a vote reached the tally (its provenance)."""

    BOOTH = "booth"  # signed on the secretary's laptop turned into a booth
    FILE = "file"  # a ballot file written by the member's own TalaGov
    CORRESPONDENCE = "correspondence"  # a postal form, witnessed by the organisation key
    BLANK_PROXY = "blank_proxy"  # a blank proxy's direction (L225-106 III), no ballot
    HAND = "hand"  # counted by hand in the room, entered as totals


@dataclass(frozen=True)
class BallotContent:
    """What the voter signs.

    Attributes:
        organisation: fingerprint (hex) of the organisation certificate.
        definition_hash: :func:`talagov.core.polls.definition_hash` of the poll.
        voter_id: the member who signs (for a witnessed postal form: the member whose
            form it is; the signer is then the organisation).
        on_behalf_of: ``voter_id`` for their own vote, else the principal of a proxy.
        choices: one choice for a resolution; up to ``seats`` candidates, or
            ``("blank",)``, for an election.
        nonce: 32 hex digits from ``os.urandom`` (two identical votes differ).
        cast_at: ISO timestamp with offset, from the voter's clock (informative).
        sequence: 1, 2... per (poll, voter, on_behalf_of): the highest counts.
    """

    organisation: str
    meeting_id: int
    poll_id: int
    definition_hash: str
    voter_id: int
    on_behalf_of: int
    choices: tuple[str, ...]
    nonce: str
    cast_at: str
    sequence: int

    def payload(self) -> dict[str, Any]:
        """The JSON object that is signed (documented in ``docs/formats.md``)."""
        raise NotImplementedError

    @classmethod
    def from_payload(cls, data: dict[str, Any]) -> BallotContent:
        """Read a payload back. Raises ``ValueError``/``KeyError``/``TypeError``."""
        raise NotImplementedError


@dataclass(frozen=True)
class SignedBallot:
    """A ballot with its signature and the signer's certificate."""

    content: BallotContent
    signature: bytes
    certificate: x509.Certificate

    @property
    def fingerprint(self) -> str:
        """The receipt fingerprint: SHA-256 (hex) of the canonical
        ``{"payload": ..., "signature": base64}``; unique per ballot (nonce)."""
        raise NotImplementedError


def new_nonce() -> str:
    """A fresh random nonce (:data:`NONCE_BYTES` bytes from ``os.urandom``, hex)."""
    raise NotImplementedError


def sign_ballot(content: BallotContent, key: ec.EllipticCurvePrivateKey,
                certificate: x509.Certificate) -> SignedBallot:
    """Sign a ballot. Raises ``ValueError`` when ``key`` does not match ``certificate``."""
    raise NotImplementedError


def signature_valid(ballot: SignedBallot) -> bool:
    """Whether the signature verifies under the public key of the ballot's certificate."""
    raise NotImplementedError


def to_file(ballot: SignedBallot) -> bytes:
    """The ballot file: UTF-8 JSON ``{"format", "version", "payload", "signature",
    "certificate"}`` (certificate as PEM)."""
    raise NotImplementedError


def from_file(data: bytes) -> SignedBallot:
    """Read a ballot file. Raises ``UserError`` (``ballot.malformed``) on anything that
    is not a well-formed ballot file; the signature is *not* checked here."""
    raise NotImplementedError


def file_name(ballot: SignedBallot) -> str:
    """A unique file name: ``ballot-<meeting>-<poll>-<first 16 hex of fingerprint>.json``."""
    raise NotImplementedError


def receipt_time(at: datetime) -> str:
    """ISO text of a timezone-aware time, seconds precision (ballots and receipts)."""
    return at.isoformat(timespec="seconds")
