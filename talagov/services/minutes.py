# SPDX-License-Identifier: GPL-3.0-or-later
"""Use cases of the minutes (procès-verbal): draft, edit, submit, preview, errata.

A minutes is drafted from the record when its meeting closes (:func:`ensure_draft`):
the generated half comes from :mod:`talagov.services.minutes_record`, the written half
starts empty and is autosaved by :func:`save_written` while the status is *draft*.
:func:`submit` freezes the content exactly as it will be signed (RFC 8785 JSON) and
renders its PDF; from then on nothing in it changes. Signing and the register are in
:mod:`talagov.services.minutes_signing`. A signed minutes is corrected only by a new
erratum (:func:`new_erratum`), itself signed and entered in the register.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path

from talagov.core.errors import NotFoundError, UserError
from talagov.core.meetings import MeetingStatus, MeetingType
from talagov.core.minutes_codec import (
    content_bytes,
    content_hash,
    from_data,
    generated_data,
    generated_from_data,
    written_data,
    written_from_data,
)
from talagov.core.minutes_content import (
    Erratum,
    Generated,
    MinutesContent,
    MinutesStatus,
    Signatory,
    Written,
    assemble,
)
from talagov.core.minutes_signers import Missing, Signer, SignerRole, check
from talagov.reports.minutes_pdf import minutes_pdf
from talagov.services.changes import Aggregate, Changes
from talagov.services.files import save_file
from talagov.services.minutes_frozen import halves_of, stored_halves
from talagov.services.minutes_people import SignatoryView as SignatoryView
from talagov.services.minutes_people import (
    bureau_of,
    candidates_of,
    default_signers,
    signatory_views,
)
from talagov.services.uow import UnitOfWork
from talagov.storage import minutes_repo
from talagov.storage.minutes_models import MinutesRow
from talagov.storage.models import MeetingRow

MINUTES, ERRATUM = "minutes", "erratum"


@dataclass(frozen=True)
class MinutesView:
    """One minutes (or erratum) as the GUI and the CLI show it."""

    id: int
    meeting_id: int
    meeting_title: str
    kind: str
    corrects_id: int | None
    status: MinutesStatus
    lang: str
    generated: Generated
    written: Written
    signatories: tuple[SignatoryView, ...]
    missing: tuple[Missing, ...]
    content: MinutesContent | None
    register: str
    number: int | None
    timestamp: str
    timestamp_note: str
    updated_at: datetime
    submitted_at: datetime | None
    signed_at: datetime | None
    errata: tuple[int, ...] = ()

    @property
    def editable(self) -> bool:
        """Only a draft is edited (and never one that was signed or entered in the
        register, whatever its status column says: see ``_draft_row``)."""
        return (self.status is MinutesStatus.DRAFT and self.number is None
                and not any(s.signed_at is not None for s in self.signatories))

    @property
    def waiting(self) -> tuple[SignatoryView, ...]:
        """The signatories who have not signed yet."""
        return tuple(s for s in self.signatories if s.signed_at is None)


@dataclass(frozen=True)
class PendingSignature:
    """A submitted minutes still waiting for signatures (the dashboard's line)."""

    minutes_id: int
    meeting_id: int
    title: str
    waiting: tuple[str, ...]


def _row(uow: UnitOfWork, minutes_id: int) -> MinutesRow:
    row = uow.session.get(MinutesRow, minutes_id)
    if row is None:
        raise NotFoundError("minutes.not_found", {"id": minutes_id})
    return row


def _signers(row: MinutesRow) -> tuple[Signer, ...]:
    return tuple(Signer(int(s["member_id"]), SignerRole(s["role"]))
                 for s in json.loads(row.signatories or "[]"))  # fmt: skip


def _store_signers(row: MinutesRow, signers: tuple[Signer, ...]) -> None:
    row.signatories = json.dumps([{"member_id": s.member_id, "role": s.role.value}
                                  for s in signers])  # fmt: skip


def _view(uow: UnitOfWork, row: MinutesRow) -> MinutesView:
    meeting = uow.session.get_one(MeetingRow, row.meeting_id)
    signers = _signers(row)
    content = from_data(json.loads(row.content)) if row.content else None
    if content is None:
        generated = generated_from_data(json.loads(row.generated))
        written = written_from_data(json.loads(row.written))
    else:  # what is shown of frozen minutes is what was frozen, whatever the columns say
        generated, written = stored_halves(row) or halves_of(content)
    entry = minutes_repo.entry_of(uow.session, row.id)
    errata = tuple(r.id for r in minutes_repo.minutes_of_meeting(uow.session, row.meeting_id)
                   if r.corrects_id == row.id)  # fmt: skip
    # Only a draft's signatories can still change: a frozen list was checked at submission.
    missing = () if row.kind == ERRATUM or content is not None else check(
        MeetingType(meeting.type), *bureau_of(uow, row.meeting_id), signers)
    return MinutesView(
        id=row.id, meeting_id=row.meeting_id, meeting_title=meeting.title, kind=row.kind,
        corrects_id=row.corrects_id, status=MinutesStatus(row.status), lang=row.lang,
        generated=generated, written=written,
        signatories=signatory_views(uow, row.id, signers, lang=row.lang, at=row.updated_at),
        missing=missing, content=content,
        register=generated.body, number=entry.number if entry is not None else None,
        timestamp=row.timestamp, timestamp_note=row.timestamp_note, updated_at=row.updated_at,
        submitted_at=row.submitted_at, signed_at=row.signed_at, errata=errata,
    )  # fmt: skip


def minutes_of(uow: UnitOfWork, meeting_id: int) -> list[MinutesView]:
    """The meeting's minutes, then its errata, oldest first."""
    return [_view(uow, r) for r in minutes_repo.minutes_of_meeting(uow.session, meeting_id)]


def get_minutes(uow: UnitOfWork, minutes_id: int) -> MinutesView:
    """One minutes. Raises ``NotFoundError`` (``minutes.not_found``)."""
    return _view(uow, _row(uow, minutes_id))


def ensure_draft(uow: UnitOfWork, meeting_id: int, *, now: datetime,
                 lang: str = "fr") -> tuple[int, Changes]:
    """The meeting's minutes, drafted from the record if there is none yet.

    Raises:
        UserError: ``minutes.meeting_not_closed`` before the meeting is closed.
    """
    from talagov.services.minutes_record import generate

    meeting = uow.session.get(MeetingRow, meeting_id)
    if meeting is None:
        raise NotFoundError("meeting.not_found", {"id": meeting_id})
    existing = [r for r in minutes_repo.minutes_of_meeting(uow.session, meeting_id)
                if r.kind == MINUTES]  # fmt: skip
    if existing:
        return existing[0].id, Changes.of()
    if MeetingStatus(meeting.status) not in (MeetingStatus.CLOSED, MeetingStatus.ARCHIVED):
        raise UserError("minutes.meeting_not_closed", {"title": meeting.title})
    generated = generate(uow, meeting_id, lang=lang)
    row = MinutesRow(meeting_id=meeting_id, kind=MINUTES, status=MinutesStatus.DRAFT.value,
                     lang=lang, generated=json.dumps(generated_data(generated)),
                     written=json.dumps(written_data(Written())), created_at=now,
                     updated_at=now)  # fmt: skip
    _store_signers(row, default_signers(uow, meeting_id))
    uow.session.add(row)
    uow.session.flush()
    return row.id, Changes.of(Aggregate.MINUTES, ids=(meeting_id,))


def _draft_row(uow: UnitOfWork, minutes_id: int) -> MinutesRow:
    row = _row(uow, minutes_id)
    # The status alone is one column anyone can write: a minutes somebody signed, or
    # that entered the register, is never a draft again, whatever the status says.
    if (row.status != MinutesStatus.DRAFT.value or minutes_repo.signatures(uow.session, row.id)
            or minutes_repo.entry_of(uow.session, row.id) is not None):
        raise UserError("minutes.not_draft", {"status": row.status})
    return row


def save_written(uow: UnitOfWork, minutes_id: int, written: Written, *, now: datetime) -> Changes:
    """Save what the secretary wrote (the autosave). Drafts only.

    Raises:
        UserError: ``minutes.not_draft``, ``minutes.decision_without_action``,
            ``minutes.too_long``.
    """
    row = _draft_row(uow, minutes_id)
    data = written_data(written)
    written_from_data(data)  # the same checks as when it is read back
    row.written, row.updated_at = json.dumps(data), now
    return Changes.of(Aggregate.MINUTES, ids=(row.meeting_id,))


def candidates(uow: UnitOfWork, minutes_id: int) -> list[tuple[int, str]]:
    """Members who may be picked as signatories: the bureau, attendees, body members."""
    return candidates_of(uow, _row(uow, minutes_id).meeting_id)


def set_signatories(uow: UnitOfWork, minutes_id: int, signers: tuple[Signer, ...] | list[Signer],
                    *, now: datetime) -> Changes:
    """Choose who signs (drafts only; each member once).

    Raises:
        UserError: ``minutes.not_draft``, ``minutes.signatory_not_candidate``.
    """
    row = _draft_row(uow, minutes_id)
    allowed = {m for m, _ in candidates_of(uow, row.meeting_id)}
    unique: dict[int, Signer] = {}
    for s in signers:
        if s.member_id not in allowed:
            raise UserError("minutes.signatory_not_candidate", {"id": s.member_id})
        unique.setdefault(s.member_id, s)
    _store_signers(row, tuple(unique.values()))
    row.updated_at = now
    return Changes.of(Aggregate.MINUTES, ids=(row.meeting_id,))


def regenerate(uow: UnitOfWork, minutes_id: int, *, now: datetime, lang: str) -> Changes:
    """Draft the generated half again from the record (in ``lang``); drafts only."""
    from talagov.services.minutes_record import generate

    row = _draft_row(uow, minutes_id)
    if lang not in ("fr", "en"):
        raise UserError("minutes.bad_language", {"lang": lang})
    generated = generate(uow, row.meeting_id, lang=lang)
    if row.kind == ERRATUM:
        generated = _erratum_generated(generated)
    row.generated, row.lang, row.updated_at = json.dumps(generated_data(generated)), lang, now
    return Changes.of(Aggregate.MINUTES, ids=(row.meeting_id,))


def _erratum_of(uow: UnitOfWork, row: MinutesRow) -> Erratum | None:
    if row.corrects_id is None:
        return None
    corrected = _row(uow, row.corrects_id)
    entry = minutes_repo.entry_of(uow.session, corrected.id)
    if entry is None:
        raise UserError("minutes.corrected_not_signed")
    date_iso = json.loads(corrected.generated)["header"]["date"]
    return Erratum(entry.register, entry.number, date_iso, corrected.content_hash)


def content_of(uow: UnitOfWork, row: MinutesRow, *, drafted_on: str) -> MinutesContent:
    """The content as it would be signed now (used by the preview and by submission)."""
    generated = generated_from_data(json.loads(row.generated))
    views = signatory_views(uow, row.id, _signers(row), lang=row.lang, at=row.updated_at)
    signatories = tuple(Signatory(v.member_id, v.name, v.role_text, v.certificate)
                        for v in views)  # fmt: skip
    return assemble(generated, written_from_data(json.loads(row.written)), drafted_on=drafted_on,
                    signatories=signatories, erratum=_erratum_of(uow, row))  # fmt: skip


def submit(uow: UnitOfWork, minutes_id: int, *, now: datetime) -> Changes:
    """Freeze the content for signature and render its PDF.

    Raises:
        UserError: ``minutes.not_draft``; ``minutes.missing_<role>`` (the statutes' rule
            wants a chair, secretary, scrutineers, gérants or administrators who are not
            among the signatories, with the ``count`` missing); ``minutes.no_signatory``;
            ``minutes.signatory_without_key`` (a signatory has no valid certificate).
    """
    from talagov.services.minutes_signing import organisation_fingerprint

    row = _draft_row(uow, minutes_id)
    view = _view(uow, row)
    if not view.signatories:
        raise UserError("minutes.no_signatory")
    if view.missing:
        first = view.missing[0]
        raise UserError(f"minutes.missing_{first.role.value}", {"count": first.count})
    for s in view.signatories:
        if not s.certificate:
            raise UserError("minutes.signatory_without_key", {"name": s.name})
    if row.kind == ERRATUM and not view.written.correction:
        raise UserError("minutes.erratum_empty")
    content = content_of(uow, row, drafted_on=now.date().isoformat())
    row.content = content_bytes(content).decode("utf-8")
    row.content_hash = content_hash(content)
    # Rendered from the frozen bytes read back, exactly as signing renders it again to
    # check that the PDF is still the one of this content.
    row.pdf = minutes_pdf(from_data(json.loads(row.content)),
                          fingerprint=organisation_fingerprint(uow))  # fmt: skip
    row.status, row.submitted_at, row.updated_at = MinutesStatus.SUBMITTED.value, now, now
    return Changes.of(Aggregate.MINUTES, ids=(row.meeting_id,))


def back_to_draft(uow: UnitOfWork, minutes_id: int, *, now: datetime) -> Changes:
    """Unfreeze a submitted minutes nobody has signed yet.

    Raises:
        UserError: ``minutes.not_submitted``, ``minutes.already_signed_by`` (a signature
            was given: the content it signed cannot change).
    """
    row = _row(uow, minutes_id)
    if row.status != MinutesStatus.SUBMITTED.value:
        raise UserError("minutes.not_submitted")
    given = minutes_repo.signatures(uow.session, row.id)
    if given:
        raise UserError("minutes.already_signed_by", {"count": len(given)})
    if minutes_repo.entry_of(uow.session, row.id) is not None:  # a status written by hand
        raise UserError("minutes.not_submitted")
    row.status, row.content, row.content_hash, row.pdf = MinutesStatus.DRAFT.value, "", "", None
    row.submitted_at, row.updated_at = None, now
    return Changes.of(Aggregate.MINUTES, ids=(row.meeting_id,))


def pdf(uow: UnitOfWork, minutes_id: int) -> bytes:
    """The PDF: a preview marked as a draft, or the stored (signed) file."""
    from talagov.services.minutes_signing import organisation_fingerprint

    row = _row(uow, minutes_id)
    if row.status != MinutesStatus.DRAFT.value and row.pdf is not None:
        return row.pdf
    content = content_of(uow, row, drafted_on=row.updated_at.date().isoformat())
    return minutes_pdf(content, fingerprint=organisation_fingerprint(uow), draft=True)


def export_pdf(uow: UnitOfWork, minutes_id: int, path: Path) -> Path:
    """Write :func:`pdf` to ``path`` (temporary name, fsync, rename)."""
    save_file(path, pdf(uow, minutes_id))
    return path


def _erratum_generated(generated: Generated) -> Generated:
    """The generated half an erratum keeps: the header and attendance, no sections or annexes."""
    return replace(generated, items=(), agenda=(), participants=(), proxies=(),
                   correspondence=(), incidents=())  # fmt: skip


def new_erratum(uow: UnitOfWork, minutes_id: int, *, now: datetime) -> tuple[int, Changes]:
    """Start an erratum to a signed minutes; it is written, submitted and signed like one.

    Raises:
        UserError: ``minutes.corrected_not_signed``.
    """
    corrected = _row(uow, minutes_id)
    if corrected.status != MinutesStatus.SIGNED.value:
        raise UserError("minutes.corrected_not_signed")
    generated = _erratum_generated(generated_from_data(json.loads(corrected.generated)))
    row = MinutesRow(meeting_id=corrected.meeting_id, kind=ERRATUM, corrects_id=corrected.id,
                     status=MinutesStatus.DRAFT.value, lang=corrected.lang,
                     generated=json.dumps(generated_data(generated)),
                     written=json.dumps(written_data(Written())), created_at=now, updated_at=now,
                     signatories=corrected.signatories)  # fmt: skip
    uow.session.add(row)
    uow.session.flush()
    return row.id, Changes.of(Aggregate.MINUTES, ids=(corrected.meeting_id,))


def pending_signatures(uow: UnitOfWork) -> list[PendingSignature]:
    """Submitted minutes still waiting for a signatory (the dashboard's list)."""
    out = []
    for row in minutes_repo.minutes_with_status(uow.session, (MinutesStatus.SUBMITTED.value,)):
        view = _view(uow, row)
        out.append(PendingSignature(row.id, row.meeting_id, view.meeting_title,
                                    tuple(s.name for s in view.waiting)))  # fmt: skip
    return out
