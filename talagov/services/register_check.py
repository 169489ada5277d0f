# SPDX-License-Identifier: GPL-3.0-or-later
"""Whether each register entry still matches the minutes it records (the second half of
:func:`talagov.services.deliberations.verify`, once the chain itself holds).

The entry is signed by the organisation key; the minutes row, its signatures and its PDF
sit beside it, and anyone with the file can write them. So every one of them is
compared with what the entry (or the signed content) says: the content and its hash,
the PDF's signed revision and anything appended after it (only document time-stamps
may be), each signatory the content names with their signature, certificate, role and
time, and the minutes' own columns that the application shows or acts on (status,
kind, meeting, erratum link, the draft's halves, the time-stamp claim, the entry time).
"""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

from cryptography import x509

from talagov.core import certificates, pades
from talagov.core.canonical import sha256_hex
from talagov.core.deliberations import Break
from talagov.core.errors import UserError
from talagov.core.minutes_content import MinutesStatus
from talagov.core.signing import unb64, verify_bytes
from talagov.services.minutes_frozen import stored_halves
from talagov.services.minutes_signing import LOCAL, RFC3161
from talagov.services.uow import UnitOfWork
from talagov.storage import minutes_repo
from talagov.storage.minutes_models import MinutesRow, RegisterEntryRow


def register_of(row: MinutesRow) -> str:
    """The register a minutes belongs to, as its generated half says ("other" when that
    half is unreadable: a signed minutes then still counts, and shows as missing)."""
    try:
        body = json.loads(row.generated)["body"]
    except (ValueError, KeyError, TypeError, RecursionError):
        return "other"
    return body if isinstance(body, str) else "other"


def _seconds(at: datetime) -> str:
    return at.isoformat(timespec="seconds")


def _signatures_hold(uow: UnitOfWork, minutes: MinutesRow, data: dict[str, Any],
                     ca: x509.Certificate | None) -> bool:
    """Every signatory the content names signed, and each signature the entry names
    verifies: over the canonical content, with the certificate stored for that
    signatory, and as a valid PAdES signature in the PDF."""
    stored = {s.member_id: s for s in minutes_repo.signatures(uow.session, minutes.id)}
    content = minutes.content.encode("utf-8")
    named = sorted(int(s["member_id"]) for s in json.loads(content).get("signatories", []))
    if named != sorted(int(s["member_id"]) for s in data["signatures"]) or named != sorted(stored):
        return False  # a signatory left out of the entry, or a signature row added or removed
    for s in data["signatures"]:
        row = stored[s["member_id"]]
        cert = certificates.from_pem(row.certificate_pem)
        public_key = certificates.ec_public_key(cert)
        if (certificates.fingerprint(cert) != s["certificate"] or public_key is None
                or row.signature != s["signature"] or row.role != s["role"]
                or _seconds(row.signed_at) != s["signed_at"]
                or not verify_bytes(content, unb64(s["signature"]), public_key)):
            return False
    if ca is None or minutes.pdf is None:
        return False
    signed = minutes.pdf[:int(data["pdf_size"])]
    valid = {p.fingerprint for p in pades.validate(signed, ca)
             if p.kind is pades.SignatureKind.SIGNATURE and p.valid and p.intact}
    return {s["certificate"] for s in data["signatures"]} <= valid


def _tail_holds(minutes: MinutesRow, data: dict[str, Any], ca: x509.Certificate | None) -> bool:
    """What the file holds after the revision the entry hashed: nothing, or (once the
    minutes says a time-stamp was added later) only document time-stamps that change
    nothing. Anything else appended (a page drawn over, an annotation) would be printed
    and exported while the signatures of the earlier revision still verified."""
    assert minutes.pdf is not None
    size = int(data["pdf_size"])
    stamped_later = minutes.timestamp == RFC3161 and data["timestamp"] == LOCAL
    if len(minutes.pdf) == size:
        return bool(minutes.timestamp == data["timestamp"])
    if not stamped_later or ca is None:
        return False
    statuses = pades.validate(minutes.pdf, ca)
    later = [p for p in statuses if p.signed_revision_size > size]
    return (bool(later) and later[-1].covers_whole and not any(p.modified for p in statuses)
            and all(p.kind is pades.SignatureKind.DOCUMENT_TIMESTAMP and p.valid for p in later))


def _corrects(uow: UnitOfWork, minutes: MinutesRow, register: str) -> int | None:
    """The number (in ``register``) of the entry the erratum's row says it corrects."""
    if minutes.corrects_id is None:
        return None
    entry = minutes_repo.entry_of(uow.session, minutes.corrects_id)
    return entry.number if entry is not None and entry.register == register else -1


def _row_matches(uow: UnitOfWork, row: RegisterEntryRow, minutes: MinutesRow,
                 data: dict[str, Any]) -> bool:
    """The minutes' own columns say what the entry says (a status written back to
    "draft" would make signed minutes editable; a kind or meeting changed, a date
    shown beside the entry, the draft's halves kept beside the signed content, would
    misdescribe it)."""
    return (minutes.status == MinutesStatus.SIGNED.value and minutes.kind == data["kind"]
            and minutes.meeting_id == data["meeting_id"] and register_of(minutes) == row.register
            and _corrects(uow, minutes, row.register) == data["corrects"]
            and _seconds(row.entered_at) == data["entered_at"]
            and stored_halves(minutes) is not None)


def content_problem(uow: UnitOfWork, rows: list[RegisterEntryRow],
                    ca: x509.Certificate | None) -> tuple[Break, int] | None:
    """The first entry (in order) whose minutes no longer match it: ``CONTENT`` for the
    content, the PDF or the minutes' columns, ``SIGNATORY`` for a signature that does
    not hold or a signatory missing. ``None`` when every entry matches."""
    for row in rows:
        minutes = uow.session.get(MinutesRow, row.minutes_id)
        data = json.loads(row.data)
        if minutes is None or minutes.pdf is None:
            return Break.CONTENT, row.number
        size = int(data["pdf_size"])
        if (sha256_hex(minutes.content.encode("utf-8")) != data["content_hash"]
                or minutes.content_hash != data["content_hash"]
                or sha256_hex(minutes.pdf[:size]) != data["pdf_sha256"]
                or len(minutes.pdf) < size):
            return Break.CONTENT, row.number
        try:
            matches = _row_matches(uow, row, minutes, data) and _tail_holds(minutes, data, ca)
        except UserError:  # the whole file is not a readable PDF
            matches = False
        if not matches:
            return Break.CONTENT, row.number
        try:
            holds = _signatures_hold(uow, minutes, data, ca)
        except (ValueError, KeyError, TypeError, AttributeError, RecursionError, UserError):
            holds = False
        if not holds:
            return Break.SIGNATORY, row.number
    return None
