# SPDX-License-Identifier: GPL-3.0-or-later
"""The register of deliberations: a numbered chain of signed minutes, one per body.

Each entry names its register (``"ag"`` for the general assembly, ``"body-<id>"`` for a
board or committee, ``"other"`` for meetings of no body), its number (1, 2, 3… without
gaps), the minutes it records (content hash, the hash and size of the signed PDF, the
signatories' certificates and signatures), the time it was entered, and the hash of the
previous entry of the same register. The entry's own hash is the SHA-256 of its RFC
8785 form, and the organisation key signs it.

:func:`verify` walks the entries as stored and reports the **first** break: an entry
whose bytes do not give its recorded hash, whose signature fails, whose number skips or
repeats (an entry removed or reordered), or whose ``previous`` is not the hash of the
entry before it. Nothing here reads the clock or the database.
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from talagov.core.canonical import canonical, sha256_hex

FORMAT = "talagov.register-entry/1"
GENESIS = "0" * 64  # the "previous" of entry 1


@dataclass(frozen=True)
class EntrySignature:
    """One signatory of the minutes, as the entry records them."""

    member_id: int
    name: str
    role: str
    certificate: str  # SHA-256 of the certificate's DER, hex
    signature: str  # base64 ECDSA signature over the minutes' canonical content
    signed_at: str  # ISO local time


@dataclass(frozen=True)
class EntryPayload:
    """What one register entry says (see the module docstring)."""

    register: str
    number: int
    previous: str
    meeting_id: int
    meeting_date: str  # ISO
    title: str
    kind: str  # "minutes" or "erratum"
    corrects: int | None  # the number (same register) an erratum corrects
    content_hash: str
    pdf_sha256: str
    pdf_size: int
    signatures: tuple[EntrySignature, ...]
    entered_at: str  # ISO local time
    timestamp: str  # "rfc3161" when the PDF carries a time-stamp, "local" otherwise

    def data(self) -> dict[str, Any]:
        """The JSON object hashed and signed."""
        return {
            "format": FORMAT, "register": self.register, "number": self.number,
            "previous": self.previous, "meeting_id": self.meeting_id,
            "meeting_date": self.meeting_date, "title": self.title, "kind": self.kind,
            "corrects": self.corrects, "content_hash": self.content_hash,
            "pdf_sha256": self.pdf_sha256, "pdf_size": self.pdf_size,
            "signatures": [{"member_id": s.member_id, "name": s.name, "role": s.role,
                            "certificate": s.certificate, "signature": s.signature,
                            "signed_at": s.signed_at} for s in self.signatures],
            "entered_at": self.entered_at, "timestamp": self.timestamp,
        }  # fmt: skip

    def canonical(self) -> bytes:
        """The RFC 8785 bytes (what is stored, hashed and signed)."""
        return canonical(self.data())

    def hash(self) -> str:
        """SHA-256 of :meth:`canonical`, hex."""
        return sha256_hex(self.canonical())


@dataclass(frozen=True)
class StoredEntry:
    """An entry as read from storage: its exact bytes, recorded hash and signature."""

    register: str
    number: int
    data: bytes  # the canonical JSON as stored
    recorded_hash: str
    signature: bytes  # the organisation key's signature over ``data``


class Break(enum.StrEnum):
    """Why a register's chain does not hold."""

    ALTERED = "altered"  # the bytes do not give the recorded hash, or do not parse
    SIGNATURE = "signature"  # the organisation's signature over the bytes fails
    MISNUMBERED = "misnumbered"  # a number skips, repeats or is out of order
    CHAIN = "chain"  # ``previous`` is not the hash of the entry before
    MISFILED = "misfiled"  # the bytes name another register or number than the row
    MISSING = "missing"  # a signed minutes has no entry (an entry was removed)
    CONTENT = "content"  # the minutes or PDF an entry records no longer match it
    SIGNATORY = "signatory"  # a signatory's signature (content or PDF) does not verify


@dataclass(frozen=True)
class ChainReport:
    """The outcome of :func:`verify` for one register."""

    register: str
    entries: int
    first_break: Break | None = None
    at_number: int | None = None  # the number (as stored) where it breaks
    expected: str = ""  # what should have been there (a number or a hash)

    @property
    def ok(self) -> bool:
        """Whether the whole chain holds."""
        return self.first_break is None


def next_previous(entries: Iterable[StoredEntry]) -> tuple[int, str]:
    """The number and ``previous`` hash the next entry of a register takes."""
    last: StoredEntry | None = None
    for entry in entries:
        last = entry
    if last is None:
        return 1, GENESIS
    return last.number + 1, last.recorded_hash


def _parse(data: bytes) -> dict[str, Any] | None:
    import json

    try:
        value = json.loads(data.decode("utf-8"))
    except (ValueError, RecursionError):  # not UTF-8 (a ValueError), not JSON, nested too deep
        return None
    return value if isinstance(value, dict) and value.get("format") == FORMAT else None


def verify(register: str, entries: Iterable[StoredEntry],
           check_signature: Callable[[bytes, bytes], bool]) -> ChainReport:
    """Walk one register's entries in stored order and report the first break.

    ``check_signature(data, signature)`` says whether the organisation key signed
    ``data``; the caller binds it to the organisation's certificate.
    """
    previous, expected_number, count = GENESIS, 1, 0
    for entry in entries:
        count += 1
        if entry.number != expected_number:
            return ChainReport(register, count, Break.MISNUMBERED, entry.number, str(expected_number))
        if sha256_hex(entry.data) != entry.recorded_hash or canonical_again(entry.data) is False:
            return ChainReport(register, count, Break.ALTERED, entry.number, entry.recorded_hash)
        body = _parse(entry.data)
        if body is None:
            return ChainReport(register, count, Break.ALTERED, entry.number)
        if body.get("register") != register or body.get("number") != entry.number:
            return ChainReport(register, count, Break.MISFILED, entry.number)
        if not check_signature(entry.data, entry.signature):
            return ChainReport(register, count, Break.SIGNATURE, entry.number)
        if body.get("previous") != previous:
            return ChainReport(register, count, Break.CHAIN, entry.number, previous)
        previous, expected_number = entry.recorded_hash, expected_number + 1
    return ChainReport(register, count)


def canonical_again(data: bytes) -> bool:
    """Whether ``data`` is exactly the RFC 8785 form of the JSON it holds (a re-spaced or
    re-ordered copy hashes differently and is refused as altered)."""
    body = _parse(data)
    if body is None:
        return False
    try:
        return canonical(body) == data
    except (ValueError, RecursionError):  # NaN, an integer past 2**53, a lone surrogate...
        return False


def group(entries: Iterable[StoredEntry]) -> Mapping[str, list[StoredEntry]]:
    """Entries by register, each list in stored order."""
    out: dict[str, list[StoredEntry]] = {}
    for entry in entries:
        out.setdefault(entry.register, []).append(entry)
    return out
