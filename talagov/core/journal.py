# SPDX-License-Identifier: GPL-3.0-or-later
"""The journal of governance events: one hash chain per install, signed entry by entry.

Each entry is the RFC 8785 form of a :class:`JournalPayload`: the install that wrote
it, its sequence (1, 2, 3… per install, without gaps), the SHA-256 of the previous
entry's bytes (64 zeros for entry 1), the local time, the kind of event, the meeting
it concerns and what it is about. An entry's hash is the SHA-256 of its bytes; its
signature (ECDSA P-256, DER) is over the same bytes, by the key the install holds.
Entries are written *pending* and signed later, when that key is unlocked: only a
pending *tail* is legitimate.

:func:`verify_records` re-reads entries exactly as stored and names every break, with
the entry's sequence and what is wrong (:class:`BreakKind`). With ``contiguous`` the
records must be a whole journal (1, 2, 3…); without, they are a selection (the
entries of one meeting in an archive): sequences only need to increase, and the
chain is checked between consecutive sequences. Nothing here reads a file or a clock.
"""

from __future__ import annotations

import enum
import json
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from cryptography.hazmat.primitives.asymmetric import ec

from talagov.core.canonical import canonical, sha256_hex
from talagov.core.signing import b64, unb64, verify_bytes

FORMAT = "talagov.journal-entry/1"
FILE_FORMAT = "talagov.journal/1"
GENESIS = "0" * 64  # the "previous" of entry 1
_KEYS = frozenset({"format", "install", "sequence", "previous", "at", "kind", "meeting_id",
                   "subject"})  # fmt: skip
_FILE_KEYS = frozenset({"entry", "hash", "signature", "signer"})
_HEX64 = re.compile(r"[0-9a-f]{64}")
_INSTALL = re.compile(r"[0-9a-f]{32}")
_AT = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}")
_KIND = re.compile(r"[a-z_]+(\.[a-z_]+)+")
_MAX_INT = 2**53 - 1  # RFC 8785 numbers are IEEE doubles: larger integers are refused


class EventKind(enum.StrEnum):
    """What an entry records (the ``kind`` of its payload)."""

    MEMBER_ADMITTED = "member.admitted"
    MEMBER_EXITED = "member.exited"
    MEMBER_DELETED = "member.deleted"  # entered by mistake, without history
    MEMBERS_IMPORTED = "members.imported"  # a CSV file of the register, as one event
    SHARE_MOVEMENT = "share.movement"
    SHARE_MOVEMENT_REMOVED = "share.movement_removed"
    SHARES_IMPORTED = "shares.imported"
    MANDATE_STARTED = "mandate.started"
    MANDATE_ENDED = "mandate.ended"
    CERTIFICATE_ISSUED = "certificate.issued"
    CERTIFICATE_REVOKED = "certificate.revoked"
    MEETING_CONVENED = "meeting.convened"
    MEETING_UNCONVENED = "meeting.unconvened"  # back to draft before any sending
    MEETING_OPENED = "meeting.opened"
    MEETING_CLOSED = "meeting.closed"
    MEETING_ARCHIVED = "meeting.archived"
    CONVOCATION_SENT = "convocation.sent"
    ATTENDANCE_RECORDED = "attendance.recorded"
    ATTENDANCE_SIGNED = "attendance.signed"
    PROXY_RECORDED = "proxy.recorded"
    PROXY_REMOVED = "proxy.removed"
    POSTAL_RECORDED = "postal.recorded"
    POSTAL_REMOVED = "postal.removed"
    POLL_OPENED = "poll.opened"
    POLL_CLOSED = "poll.closed"
    BALLOT_ACCEPTED = "ballot.accepted"
    BALLOT_REJECTED = "ballot.rejected"
    MINUTES_SIGNED = "minutes.signed"  # one signatory's signature
    MINUTES_REGISTERED = "minutes.registered"  # the last one: the register entry


@dataclass(frozen=True)
class JournalPayload:
    """What one entry says (see the module docstring)."""

    install: str  # 32 lowercase hex digits
    sequence: int
    previous: str  # SHA-256 (hex) of entry ``sequence - 1``'s bytes; GENESIS for 1
    at: str  # ISO local time, seconds, no offset
    kind: str  # an :class:`EventKind` value (a later version may add kinds)
    meeting_id: int | None
    subject: Mapping[str, Any] = field(default_factory=dict)

    def data(self) -> dict[str, Any]:
        """The JSON object hashed and signed."""
        return {"format": FORMAT, "install": self.install, "sequence": self.sequence,
                "previous": self.previous, "at": self.at, "kind": self.kind,
                "meeting_id": self.meeting_id, "subject": dict(self.subject)}  # fmt: skip

    def canonical(self) -> bytes:
        """The RFC 8785 bytes (what is stored, hashed and signed)."""
        return canonical(self.data())

    def hash(self) -> str:
        """SHA-256 of :meth:`canonical`, hex."""
        return sha256_hex(self.canonical())


@dataclass(frozen=True)
class JournalRecord:
    """An entry as stored: its exact bytes, recorded hash and signature.

    Attributes:
        signature: DER ECDSA over ``data``; ``None`` while the entry is pending.
        signer: SHA-256 (hex) of the signing certificate's DER; ``""`` when pending.
    """

    data: bytes
    hash: str
    signature: bytes | None
    signer: str


class BreakKind(enum.StrEnum):
    """Why an entry does not hold."""

    ALTERED = "altered"  # its bytes do not give its hash, are not canonical, or do not parse
    SIGNATURE = "signature"  # the signature over its bytes does not verify
    UNSIGNED = "unsigned"  # pending, yet a later entry is signed
    MISNUMBERED = "misnumbered"  # a sequence skips, repeats or goes back
    CHAIN = "chain"  # ``previous`` is not the hash of the entry before
    UNKNOWN_SIGNER = "unknown_signer"  # signed by a certificate not trusted here
    INSTALL = "install"  # written by another install than the journal's


@dataclass(frozen=True)
class JournalBreak:
    """One break: the entry's position among the records and its sequence (as the entry
    says it, or as expected when its bytes cannot be read; ``None`` when unknown)."""

    index: int
    sequence: int | None
    kind: BreakKind


@dataclass(frozen=True)
class JournalReport:
    """The outcome of :func:`verify_records`."""

    install: str  # the install the journal belongs to ("" when no entry could be read)
    entries: int
    signed: int
    pending: int  # unsigned entries at the end (legitimate: signed at the next seal)
    breaks: tuple[JournalBreak, ...]
    last: tuple[int, str] | None  # (sequence, hash) of the last entry read
    # Each record's payload as read (by position), ``None`` where its bytes do not
    # parse or do not give its recorded hash: callers need not parse them again.
    payloads: tuple[JournalPayload | None, ...] = ()

    @property
    def ok(self) -> bool:
        """Whether every entry holds (pending tail included)."""
        return not self.breaks


def _no_float(value: Any) -> bool:
    if isinstance(value, bool) or value is None or isinstance(value, str):
        return True
    if isinstance(value, int):
        return -_MAX_INT <= value <= _MAX_INT
    if isinstance(value, list):
        return all(_no_float(v) for v in value)
    if isinstance(value, dict):
        return all(isinstance(k, str) and _no_float(v) for k, v in value.items())
    return False  # a float, NaN or infinity: never written by TalaGov


def _is_int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _refuse_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    out = dict(pairs)
    if len(out) != len(pairs):
        raise ValueError("duplicate key")
    return out


def _refuse_constant(name: str) -> Any:
    raise ValueError(f"not JSON: {name}")


def _loads(data: bytes, *, duplicates: bool = False) -> Any:
    """JSON without NaN or infinities; without duplicate keys unless ``duplicates``
    (for bytes then compared with their canonical form, which a duplicate key can
    never equal: the comparison refuses them, at no cost per object)."""
    hook = None if duplicates else _refuse_duplicates
    try:
        return json.loads(data.decode("utf-8"), object_pairs_hook=hook,
                          parse_constant=_refuse_constant)  # fmt: skip
    except RecursionError as exc:
        raise ValueError("nested too deep") from exc


class _NotPlain(Exception):
    """A float, or an integer beyond RFC 8785's range, met while parsing: not a
    ``ValueError``, so that it never passes for one of :func:`parse_payload`'s refusals."""


def _plain_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:  # too many digits: the lenient parse raises its own error
        raise _NotPlain() from None
    if not -_MAX_INT <= value <= _MAX_INT:
        raise _NotPlain()
    return value


def _plain_float(text: str) -> float:
    raise _NotPlain()


# What json.loads / json.dumps build on every call given these arguments, built once
# (a journal has thousands of entries, each a few hundred bytes).
_PLAIN = json.JSONDecoder(parse_constant=_refuse_constant, parse_float=_plain_float,
                          parse_int=_plain_int)
_COMPACT_SORTED = json.JSONEncoder(ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def _loads_plain(data: bytes) -> Any:
    """As :func:`_loads` with ``duplicates``, for a text holding no float and no integer
    beyond RFC 8785's range (``_NotPlain`` otherwise): every number of the value is then
    known good without walking it (what entries TalaGov writes always are)."""
    try:
        text = data.decode("utf-8")
        if text.startswith("\ufeff"):  # json.loads's own refusal, worded by the slow path
            raise _NotPlain()
        return _PLAIN.decode(text)
    except RecursionError as exc:
        raise ValueError("nested too deep") from exc


def parse_payload(data: bytes) -> JournalPayload:
    """Read an entry's bytes back, strictly: exact keys and types, canonical form.

    Raises:
        ValueError: anything but the RFC 8785 form of a ``talagov.journal-entry/1``.
    """
    try:
        body, plain = _loads_plain(data), True
    except _NotPlain:  # a number to look at: parsed again, then judged field by field
        body, plain = _loads(data, duplicates=True), False  # duplicates: not canonical
    if not isinstance(body, dict) or set(body) != _KEYS or body["format"] != FORMAT:
        raise ValueError("not a journal entry")
    install, sequence, previous, at = body["install"], body["sequence"], body["previous"], body["at"]
    kind, meeting_id, subject = body["kind"], body["meeting_id"], body["subject"]
    if not (isinstance(install, str) and _INSTALL.fullmatch(install)):
        raise ValueError("install")
    if not (_is_int(sequence) and 1 <= sequence <= _MAX_INT):
        raise ValueError("sequence")
    if not (isinstance(previous, str) and _HEX64.fullmatch(previous)):
        raise ValueError("previous")
    if not (isinstance(at, str) and _AT.fullmatch(at)):
        raise ValueError("at")
    datetime.fromisoformat(at)  # a real date and time (ValueError otherwise)
    if not (isinstance(kind, str) and _KIND.fullmatch(kind)):
        raise ValueError("kind")
    if meeting_id is not None and not (_is_int(meeting_id) and 1 <= meeting_id <= _MAX_INT):
        raise ValueError("meeting_id")
    if not (isinstance(subject, dict) and (plain or _no_float(subject))):
        raise ValueError("subject")
    payload = JournalPayload(install, sequence, previous, at, kind, meeting_id, subject)
    if not _written_as(payload.data(), data):  # re-spaced or re-ordered: another hash
        raise ValueError("not canonical")
    return payload


_BEYOND_BMP = re.compile(rb"[\xf0-\xff]")  # the lead byte of a character above U+FFFF


def _written_as(value: dict[str, Any], data: bytes) -> bool:
    """Whether ``data`` is :func:`canonical` of ``value``, a payload whose numbers are
    all integers of RFC 8785's range (as :func:`parse_payload` has checked).

    For such values ``json.dumps`` with sorted keys and no spaces writes what RFC 8785
    writes (the same escapes, in C: a journal of thousands of entries is read at the
    speed of its hashing), except the order of keys holding characters beyond U+FFFF,
    which RFC 8785 sorts by UTF-16 code units: bytes holding such a character, or
    differing from ``json.dumps``, are compared with :func:`canonical` itself.
    """
    try:
        fast = _COMPACT_SORTED.encode(value).encode("utf-8")
    except UnicodeEncodeError:  # a lone surrogate: RFC 8785 refuses it too
        fast = b""
    if fast == data and _BEYOND_BMP.search(data) is None:
        return True
    try:
        return canonical(value) == data
    except ValueError:
        return False


def _read(record: JournalRecord) -> tuple[str, JournalPayload | None]:
    actual = sha256_hex(record.data)
    try:
        return actual, parse_payload(record.data)
    except (ValueError, TypeError):
        return actual, None


def _authentic(record: JournalRecord, signers: Mapping[str, ec.EllipticCurvePublicKey]
               ) -> BreakKind | None:  # fmt: skip
    if record.signature is None:
        return None
    key = signers.get(record.signer)
    if key is None:
        return BreakKind.UNKNOWN_SIGNER
    return None if verify_bytes(record.data, record.signature, key) else BreakKind.SIGNATURE


def _placed(payload: JournalPayload, install: str, prev_seq: int | None,
            seen: Mapping[int, set[str]], *, contiguous: bool) -> BreakKind | None:
    """Whether an authentic entry sits where it should: install, sequence, chain."""
    if payload.install != install:
        return BreakKind.INSTALL
    if prev_seq is not None and (payload.sequence <= prev_seq
                                 or (contiguous and payload.sequence != prev_seq + 1)):
        return BreakKind.MISNUMBERED
    before = {GENESIS} if payload.sequence == 1 else seen.get(payload.sequence - 1)
    if before is not None and payload.previous not in before:
        return BreakKind.CHAIN
    return None


def verify_records(records: Iterable[JournalRecord],
                   signers: Mapping[str, ec.EllipticCurvePublicKey], *, contiguous: bool,
                   install: str | None = None) -> JournalReport:
    """Check entries in stored order and name every break (one per entry at most).

    Args:
        signers: certificate fingerprint (hex) -> the public key trusted for it.
        contiguous: the records are a whole journal, from sequence 1 without gaps;
            otherwise a selection whose sequences only increase.
        install: the journal's install; by default that of the first readable entry.

    An entry is checked for, in this order: its bytes (hash, canonical form), its
    signer and signature, its install, its sequence, its ``previous`` (against the
    entry of the sequence before, when it is among the records). A pending entry
    followed by a signed one is a break too.
    """
    breaks: list[JournalBreak] = []
    pending: list[tuple[int, int | None]] = []  # unsigned entries since the last signed one
    expected_install = install
    prev_seq: int | None = 0 if contiguous else None
    seen: dict[int, set[str]] = {}  # sequence -> the hashes that may link to it
    count = signed = 0
    last: tuple[int, str] | None = None
    payloads: list[JournalPayload | None] = []
    for index, record in enumerate(records):
        count += 1
        actual, payload = _read(record)
        payloads.append(payload if actual == record.hash else None)
        guess = prev_seq + 1 if prev_seq is not None else None
        kind: BreakKind | None = BreakKind.ALTERED
        if payload is not None and actual == record.hash:
            expected_install = expected_install or payload.install
            kind = _authentic(record, signers) or _placed(
                payload, expected_install, prev_seq, seen, contiguous=contiguous)
        # Bytes that are altered or not authentic cannot be trusted for their number:
        # where the journal is whole, the expected sequence says more.
        sequence = payload.sequence if payload is not None else None
        if kind in (BreakKind.ALTERED, BreakKind.SIGNATURE, BreakKind.UNKNOWN_SIGNER) \
                and guess is not None:
            sequence = guess
        if kind is not None:
            breaks.append(JournalBreak(index, sequence, kind))
        if record.signature is not None:
            signed += 1
            breaks.extend(JournalBreak(i, s, BreakKind.UNSIGNED) for i, s in pending)
            pending.clear()
        elif kind is None:  # an entry already broken is not named twice
            pending.append((index, sequence))
        if sequence is not None:
            # Resynchronise on the highest sequence: one removed or replayed entry is one
            # break, not one per entry after it. An altered entry may be linked by either
            # hash, so that one altered byte is one break.
            seen.setdefault(sequence, set()).update((actual, record.hash))
            prev_seq = sequence if prev_seq is None else max(prev_seq, sequence)
            last = (sequence, actual)
    breaks.sort(key=lambda b: b.index)
    return JournalReport(expected_install or "", count, signed, len(pending), tuple(breaks),
                         last, tuple(payloads))


def records_to_file(records: Iterable[JournalRecord]) -> bytes:
    """The entries as one RFC 8785 file (``data/journal.json`` of an archive).

    ``{"format": "talagov.journal/1", "entries": [{"entry", "hash", "signature",
    "signer"}]}``: ``entry`` the entry's bytes as a string, ``signature`` base64 or
    ``null`` for a pending entry, ``signer`` ``""`` then.

    Raises:
        ValueError: an entry's bytes are not UTF-8.
    """
    return canonical({"format": FILE_FORMAT, "entries": [{
        "entry": r.data.decode("utf-8"), "hash": r.hash,
        "signature": b64(r.signature) if r.signature is not None else None,
        "signer": r.signer if r.signature is not None else "",
    } for r in records]})  # fmt: skip


def records_from_file(data: bytes) -> tuple[JournalRecord, ...]:
    """Read the file of :func:`records_to_file` as untrusted input.

    Only the shape is checked here (exact keys and types, hex hashes, base64
    signatures, a signer exactly when signed); :func:`verify_records` judges the
    entries themselves.

    Raises:
        ValueError: anything malformed.
    """
    return records_from_value(_loads(data))


def records_from_value(body: object) -> tuple[JournalRecord, ...]:
    """:func:`records_from_file` of a file already parsed (strictly: without duplicate
    keys, NaN or infinities), for a reader that has parsed it for other checks.

    Raises:
        ValueError: anything malformed.
    """
    if not isinstance(body, dict) or set(body) != {"format", "entries"}:
        raise ValueError("not a journal file")
    if body["format"] != FILE_FORMAT or not isinstance(body["entries"], list):
        raise ValueError("not a journal file")
    out = []
    for item in body["entries"]:
        if not isinstance(item, dict) or set(item) != _FILE_KEYS:
            raise ValueError("journal entry keys")
        entry, digest, signature, signer = (item["entry"], item["hash"], item["signature"],
                                            item["signer"])  # fmt: skip
        if not isinstance(entry, str) or not (isinstance(digest, str) and _HEX64.fullmatch(digest)):
            raise ValueError("journal entry")
        if signature is None:
            if signer != "":
                raise ValueError("signer without signature")
            raw = None
        elif isinstance(signature, str) and isinstance(signer, str) and _HEX64.fullmatch(signer):
            raw = unb64(signature)
        else:
            raise ValueError("journal signature")
        out.append(JournalRecord(entry.encode("utf-8"), digest, raw, signer))
    return tuple(out)
