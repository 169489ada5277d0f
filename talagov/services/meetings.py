# SPDX-License-Identifier: GPL-3.0-or-later
"""Use cases on meetings: create, edit, lifecycle, delete, second convocation.

The agenda use cases live in :mod:`talagov.services.agenda` and are re-exported here,
so callers write ``services.meetings.add_item(...)``.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime

from talagov.core import agenda as core_agenda
from talagov.core.agenda import ElectionProposal
from talagov.core.errors import UserError, ValidationError
from talagov.core.findings import Finding, Severity
from talagov.core.journal import EventKind
from talagov.core.meetings import Meeting, MeetingStatus, MeetingType, check_transition
from talagov.core.statutes import Convocation
from talagov.services import journal
from talagov.services.agenda import (
    add_item,
    agenda,
    amendments,
    delete_item,
    reorder_items,
    require_meeting,
    update_item,
)
from talagov.services.changes import Aggregate, Changes
from talagov.services.uow import UnitOfWork
from talagov.storage import library_repo, mandates_repo, polls_repo
from talagov.storage import meetings_repo as repo
from talagov.storage.models import BodyRow, MeetingRow

__all__ = [
    "ElectionProposal", "MeetingListItem", "add_item", "agenda", "amendments", "change_status",
    "create_meeting", "delete_item", "delete_meeting", "election_proposals", "get_meeting",
    "list_meetings", "reorder_items", "second_convocation", "update_item", "update_meeting",
]  # fmt: skip

# Fields that decide who is convened and by which rule: editable only in a draft.
LOCKED_FIELDS = ("on", "record_date", "type", "body_id", "convocation", "previous_id")
# Fields owned by other use cases (lifecycle, convocation, bureau): never set by an edit.
_KEPT_FIELDS = ("status", "opened_at", "closed_at", "notice_override", "chair_member_id",
                "secretary_name", "scrutineer_ids")  # fmt: skip


# The journal's record of each move of the lifecycle.
_EVENTS = {
    MeetingStatus.CONVENED: EventKind.MEETING_CONVENED,
    MeetingStatus.DRAFT: EventKind.MEETING_UNCONVENED,
    MeetingStatus.IN_SESSION: EventKind.MEETING_OPENED,
    MeetingStatus.CLOSED: EventKind.MEETING_CLOSED,
    MeetingStatus.ARCHIVED: EventKind.MEETING_ARCHIVED,
}


def journal_subject(meeting: Meeting) -> dict[str, object]:
    """What the journal says of a meeting whose status changes."""
    return {"title": meeting.title, "date": meeting.on.isoformat(), "type": meeting.type.value,
            "body_id": meeting.body_id, "convocation": meeting.convocation.value}  # fmt: skip


@dataclass(frozen=True)
class MeetingListItem:
    """One row of the meetings list."""

    id: int
    title: str
    type: MeetingType
    on: date
    status: MeetingStatus
    body_name: str  # "" for a general assembly
    convocation: int
    items: int


def list_meetings(uow: UnitOfWork) -> list[MeetingListItem]:
    """Every meeting, newest date first."""
    return [
        MeetingListItem(row.id, row.title, MeetingType(row.type), row.on,
                        MeetingStatus(row.status), body, row.convocation, items)
        for row, body, items in repo.list_rows(uow.session)
    ]  # fmt: skip


def get_meeting(uow: UnitOfWork, meeting_id: int) -> Meeting:
    """One meeting.

    Raises:
        NotFoundError: ``meeting.not_found``.
    """
    return require_meeting(uow, meeting_id)


def _violation(code: str, field: str, **params: object) -> Finding:
    return Finding(code, Severity.VIOLATION, field=field, params=params)


def _problems(uow: UnitOfWork, m: Meeting) -> list[Finding]:
    problems: list[Finding] = []
    if not m.title:
        problems.append(_violation("meeting.title_required", "title"))
    if m.type.is_general_assembly and m.body_id is not None:
        problems.append(_violation("meeting.assembly_has_no_body", "body_id"))
    if not m.type.is_general_assembly and (
        m.body_id is None or uow.session.get(BodyRow, m.body_id) is None
    ):
        problems.append(_violation("meeting.body_required", "body_id"))
    if m.start_time is not None and m.end_time is not None and m.end_time <= m.start_time:
        problems.append(_violation("meeting.end_before_start", "end_time"))
    if m.record_date is not None and m.record_date > m.on:
        problems.append(_violation("meeting.record_date_after", "record_date",
                                   date=m.record_date, on=m.on))
    if m.convocation is Convocation.SECOND and m.previous_id is None:
        problems.append(_violation("meeting.previous_required", "previous_id"))
    elif m.previous_id is not None and (
        m.previous_id == m.id or uow.session.get(MeetingRow, m.previous_id) is None
    ):
        problems.append(_violation("meeting.previous_not_found", "previous_id"))
    return problems


def _clean(m: Meeting) -> Meeting:
    return replace(m, title=m.title.strip(), place=m.place.strip(),
                   remote_link=m.remote_link.strip(), notes=m.notes.strip())


def _validate(uow: UnitOfWork, m: Meeting) -> None:
    problems = _problems(uow, m)
    if problems:
        raise ValidationError(tuple(problems))


def create_meeting(uow: UnitOfWork, draft: Meeting, *, now: datetime) -> tuple[int, Changes]:
    """Create a meeting in the draft status; returns its id.

    Lifecycle, convocation and bureau fields of ``draft`` are ignored.

    Raises:
        ValidationError: title, body, hours, record date or previous meeting refused
            (findings name the :class:`Meeting` attribute concerned).
    """
    meeting = _clean(replace(
        draft, id=0, status=MeetingStatus.DRAFT, opened_at=None, closed_at=None,
        notice_override="", chair_member_id=None, secretary_name="", scrutineer_ids=(),
    ))  # fmt: skip
    _validate(uow, meeting)
    row = MeetingRow(created_at=now)
    repo.apply_meeting(row, meeting)
    uow.session.add(row)
    uow.session.flush()
    return row.id, Changes.of(Aggregate.MEETINGS, ids=(row.id,))


def update_meeting(uow: UnitOfWork, meeting: Meeting, *, now: datetime) -> Changes:
    """Save a meeting's details (title, hours, place, remote link, notes...).

    The date, record date, type, body and convocation fields change only in a draft;
    the status, session times, notice override and bureau are kept (their own use
    cases set them). An archived meeting is read-only.

    Raises:
        NotFoundError: ``meeting.not_found``.
        UserError: ``meeting.locked_field`` (param ``field``), ``meeting.archived``.
        ValidationError: as :func:`create_meeting`.
    """
    old = require_meeting(uow, meeting.id)
    meeting = _clean(replace(meeting, **{f: getattr(old, f) for f in _KEPT_FIELDS}))
    if meeting == old:
        return Changes.of()
    if old.status is MeetingStatus.ARCHIVED:
        raise UserError("meeting.archived", {"title": old.title})
    if old.status is not MeetingStatus.DRAFT:
        for name in LOCKED_FIELDS:
            if getattr(meeting, name) != getattr(old, name):
                raise UserError("meeting.locked_field", {"field": name})
    _validate(uow, meeting)
    row = uow.session.get_one(MeetingRow, meeting.id)
    repo.apply_meeting(row, meeting)
    return Changes.of(Aggregate.MEETINGS, ids=(meeting.id,))


def change_status(
    uow: UnitOfWork, meeting_id: int, target: MeetingStatus, *, now: datetime
) -> Changes:
    """Move a meeting along its lifecycle (see :data:`talagov.core.meetings.TRANSITIONS`).

    Opening the session records ``opened_at = now``, closing it ``closed_at = now``.
    Going back from convened to draft forgets the notice override.

    Raises:
        NotFoundError: ``meeting.not_found``.
        UserError: ``meeting.same_status``, ``meeting.illegal_transition``,
            ``meeting.already_sent`` (back to draft once a convocation is logged), or
            ``meeting.polls_open`` (closing, or going back to draft, while a poll is open:
            its ballots could never be counted).

    Closing also drafts the minutes from the record (:func:`talagov.services.minutes.ensure_draft`).
    """
    old = require_meeting(uow, meeting_id)
    code = check_transition(old.status, target)
    if code is not None:
        raise UserError(code, {"current": old.status.value, "target": target.value})
    if target in (MeetingStatus.CLOSED, MeetingStatus.DRAFT):
        still_open = polls_repo.open_poll_numbers(uow.session, meeting_id)
        if still_open:
            raise UserError("meeting.polls_open", {
                "count": len(still_open), "numbers": ", ".join(map(str, still_open))})
    changed = replace(old, status=target)
    if target is MeetingStatus.DRAFT:
        sent = repo.count_sendings(uow.session, meeting_id)
        if sent:
            raise UserError("meeting.already_sent", {"count": sent})
        changed = replace(changed, notice_override="")
    elif target is MeetingStatus.IN_SESSION:
        changed = replace(changed, opened_at=now)
    elif target is MeetingStatus.CLOSED:
        changed = replace(changed, closed_at=now)
    repo.apply_meeting(uow.session.get_one(MeetingRow, meeting_id), changed)
    journal.append(uow, _EVENTS[target], meeting_id=meeting_id, now=now,
                   subject={**journal_subject(changed), "from": old.status.value})
    if target is MeetingStatus.CLOSED:
        # The minutes are drafted from the record at closing, in the same transaction.
        from talagov.services.minutes import ensure_draft  # the minutes read meetings

        uow.session.flush()
        ensure_draft(uow, meeting_id, now=now)
        return Changes.of(Aggregate.MEETINGS, Aggregate.MINUTES, ids=(meeting_id,))
    return Changes.of(Aggregate.MEETINGS, ids=(meeting_id,))


def delete_meeting(uow: UnitOfWork, meeting_id: int) -> Changes:
    """Delete a draft meeting with its agenda and attachments; documents stay in the library.

    Raises:
        NotFoundError: ``meeting.not_found``.
        UserError: ``meeting.delete_not_draft``, ``meeting.already_sent`` (a convocation
            is logged) or ``meeting.has_session_records`` (attendance, proxies, forms).
    """
    meeting = require_meeting(uow, meeting_id)
    if meeting.status is not MeetingStatus.DRAFT:
        raise UserError("meeting.delete_not_draft", {"title": meeting.title})
    sent = repo.count_sendings(uow.session, meeting_id)
    if sent:
        raise UserError("meeting.already_sent", {"count": sent})
    records = repo.count_session_records(uow.session, meeting_id)
    if records:
        raise UserError("meeting.has_session_records", {"count": records})
    repo.delete_meeting(uow.session, meeting_id)
    return Changes.of(Aggregate.MEETINGS, Aggregate.AGENDA, Aggregate.LIBRARY, ids=(meeting_id,))


def election_proposals(
    uow: UnitOfWork, meeting_id: int, *, today: date
) -> tuple[ElectionProposal, ...]:
    """The election items to propose: bodies whose mandates in office ``today`` end by the meeting."""
    meeting = require_meeting(uow, meeting_id)
    return core_agenda.election_proposals(
        mandates_repo.all_bodies(uow.session), mandates_repo.all_mandates(uow.session),
        today=today, meeting_on=meeting.on,
    )  # fmt: skip


def _check_second(uow: UnitOfWork, first: Meeting, on: date) -> None:
    if first.convocation is not Convocation.FIRST:
        raise UserError("meeting.no_third_convocation")
    existing = repo.second_convocation_id(uow.session, first.id)
    if existing is not None:
        raise UserError("meeting.second_exists", {"id": existing})
    if first.status in (MeetingStatus.IN_SESSION, MeetingStatus.CLOSED):
        if repo.last_quorum_met(uow.session, first.id) is not False:
            raise UserError("meeting.quorum_not_failed", {"title": first.title})
    elif first.status is not MeetingStatus.CONVENED:
        raise UserError("meeting.second_not_possible", {"status": first.status.value})
    if on <= first.on:
        raise ValidationError((_violation("meeting.second_before_first", "on", on=first.on),))


def second_convocation(
    uow: UnitOfWork, meeting_id: int, *, on: date, now: datetime
) -> tuple[int, Changes]:
    """Create the second convocation of a meeting that failed (or may fail) its quorum.

    Allowed from a convened meeting (prepared in advance), or from one in session or
    closed whose last recorded quorum was not met. The new meeting is a draft on
    ``on`` with the same type, body, title, hours and place, ``convocation = 2`` and
    ``previous_id = meeting_id``; the agenda (candidates included) and the attached
    documents are copied.

    Raises:
        NotFoundError: ``meeting.not_found``.
        UserError: ``meeting.quorum_not_failed``, ``meeting.second_not_possible``,
            ``meeting.second_exists``, ``meeting.no_third_convocation``.
        ValidationError: ``meeting.second_before_first`` (``on`` not after the first date).
    """
    first = require_meeting(uow, meeting_id)
    _check_second(uow, first, on)
    draft = replace(first, on=on, convocation=Convocation.SECOND, previous_id=first.id,
                    record_date=None, notes="")
    new_id, _ = create_meeting(uow, draft, now=now)
    items = repo.copy_agenda(uow.session, first.id, new_id)
    library_repo.copy_attachments(uow.session, first.id, new_id, items)
    uow.session.flush()
    return new_id, Changes.of(Aggregate.MEETINGS, Aggregate.AGENDA, Aggregate.LIBRARY,
                              ids=(new_id,))
