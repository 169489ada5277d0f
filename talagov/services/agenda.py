# SPDX-License-Identifier: GPL-3.0-or-later
"""Use cases on a meeting's agenda: items, candidates, order, and the amendment log.

A draft meeting's agenda changes freely. Once the meeting is convened every change
needs a reason and is logged as an :class:`~talagov.core.agenda.Amendment` (it goes to
the minutes); in session and after, the agenda is locked. Positions stay dense
(0..n-1) after every change. Import these through :mod:`talagov.services.meetings`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import datetime

from sqlalchemy import func, select

from talagov.core.agenda import AgendaItem, Amendment, ItemKind
from talagov.core.errors import NotFoundError, UserError, ValidationError
from talagov.core.findings import Finding, Severity
from talagov.core.meetings import Meeting, MeetingStatus
from talagov.services.changes import Aggregate, Changes
from talagov.services.registers import roll
from talagov.services.uow import UnitOfWork
from talagov.storage import library_repo, polls_repo
from talagov.storage import meetings_repo as repo
from talagov.storage.models import (
    AgendaItemRow,
    AmendmentRow,
    BodyRow,
    CorrespondenceChoiceRow,
    MemberRow,
)


def require_meeting(uow: UnitOfWork, meeting_id: int) -> Meeting:
    """The meeting ``meeting_id``.

    Raises:
        NotFoundError: ``meeting.not_found``.
    """
    found = repo.get_meeting(uow.session, meeting_id)
    if found is None:
        raise NotFoundError("meeting.not_found", {"id": meeting_id})
    return found


def agenda(uow: UnitOfWork, meeting_id: int) -> list[AgendaItem]:
    """The agenda of a meeting, in order.

    Raises:
        NotFoundError: ``meeting.not_found``.
    """
    require_meeting(uow, meeting_id)
    return repo.agenda(uow.session, meeting_id)


def amendments(uow: UnitOfWork, meeting_id: int) -> list[Amendment]:
    """The logged changes to a convened meeting's agenda, oldest first."""
    require_meeting(uow, meeting_id)
    return repo.amendments(uow.session, meeting_id)


def _check_editable(meeting: Meeting, reason: str) -> str:
    """The reason to log ("" for a draft); refuses locked agendas."""
    if meeting.status is MeetingStatus.DRAFT:
        return ""
    if meeting.status is not MeetingStatus.CONVENED:
        raise UserError("agenda.locked", {"status": meeting.status.value})
    if not reason.strip():
        raise UserError("agenda.reason_required")
    return reason.strip()


def _log(uow: UnitOfWork, meeting: Meeting, reason: str, description: str, now: datetime) -> None:
    if meeting.status is MeetingStatus.CONVENED:
        uow.session.add(AmendmentRow(meeting_id=meeting.id, at=now, description=description,
                                     reason=reason))


def _clean(item: AgendaItem) -> AgendaItem:
    item = replace(item, title=item.title.strip(), text=item.text.strip())
    if item.kind is not ItemKind.ELECTION:
        return replace(item, body_id=None, seats=0, candidate_ids=())
    return item


def _problems(uow: UnitOfWork, meeting: Meeting, item: AgendaItem) -> list[Finding]:
    problems: list[Finding] = []
    if not item.title:
        problems.append(Finding("agenda.title_required", Severity.VIOLATION, field="title"))
    if item.kind is not ItemKind.ELECTION:
        return problems
    if item.body_id is None or uow.session.get(BodyRow, item.body_id) is None:
        problems.append(Finding("agenda.election_body_required", Severity.VIOLATION,
                                field="body_id"))
    if item.seats < 1:
        problems.append(Finding("agenda.seats_required", Severity.VIOLATION, field="seats"))
    if len(set(item.candidate_ids)) != len(item.candidate_ids):
        problems.append(Finding("agenda.candidate_duplicate", Severity.VIOLATION,
                                field="candidate_ids"))
    if item.candidate_ids:
        voting = roll(uow, meeting.roll_date)
        for member_id in dict.fromkeys(item.candidate_ids):
            if not voting.has_vote(member_id):
                member = uow.session.get(MemberRow, member_id)
                number = member.number if member is not None else str(member_id)
                problems.append(Finding(
                    "agenda.candidate_not_eligible", Severity.VIOLATION, field="candidate_ids",
                    params={"number": number, "date": meeting.roll_date},
                ))  # fmt: skip
    return problems


def _validate(uow: UnitOfWork, meeting: Meeting, item: AgendaItem) -> None:
    problems = _problems(uow, meeting, item)
    if problems:
        raise ValidationError(tuple(problems))


def _polls_follow(uow: UnitOfWork, meeting: Meeting) -> None:
    """Prepared polls follow the agenda (numbers, texts, candidates) until they open."""
    if polls_repo.poll_rows(uow.session, meeting.id):
        from talagov.services.polls import refresh_prepared  # polls builds on this module

        refresh_prepared(uow, meeting.id)


def add_item(
    uow: UnitOfWork, item: AgendaItem, *, now: datetime, reason: str = ""
) -> tuple[int, Changes]:
    """Append an item at the end of its meeting's agenda; returns its id.

    Raises:
        NotFoundError: ``meeting.not_found``.
        UserError: ``agenda.locked`` (in session or later), ``agenda.reason_required``
            (convened meeting without a reason).
        ValidationError: title, election body, seats or candidates refused.
    """
    meeting = require_meeting(uow, item.meeting_id)
    reason = _check_editable(meeting, reason)
    rows = repo.item_rows(uow.session, meeting.id)
    item = _clean(replace(item, id=0, position=len(rows)))
    _validate(uow, meeting, item)
    row = AgendaItemRow()
    repo.apply_item(row, item)
    uow.session.add(row)
    uow.session.flush()
    _log(uow, meeting, reason, f"added item {len(rows) + 1}: {item.title}", now)
    _polls_follow(uow, meeting)
    return row.id, Changes.of(Aggregate.AGENDA, ids=(meeting.id,))


def _item_row(uow: UnitOfWork, item_id: int) -> AgendaItemRow:
    row = uow.session.get(AgendaItemRow, item_id)
    if row is None:
        raise NotFoundError("agenda.item_not_found", {"id": item_id})
    return row


def update_item(uow: UnitOfWork, item: AgendaItem, *, now: datetime, reason: str = "") -> Changes:
    """Change an item's kind, title, text, nature, presenter or election details.

    The item keeps its meeting and position (see :func:`reorder_items`). An unchanged
    item is not logged and needs no reason.

    Raises:
        NotFoundError: ``agenda.item_not_found``.
        UserError, ValidationError: as :func:`add_item`.
    """
    row = _item_row(uow, item.id)
    old = repo.to_item(row)
    item = _clean(replace(item, meeting_id=old.meeting_id, position=old.position))
    if item == old:
        return Changes.of()
    meeting = require_meeting(uow, old.meeting_id)
    reason = _check_editable(meeting, reason)
    _validate(uow, meeting, item)
    repo.apply_item(row, item)
    uow.session.flush()
    _log(uow, meeting, reason, f"changed item {old.position + 1}: {item.title}", now)
    _polls_follow(uow, meeting)
    return Changes.of(Aggregate.AGENDA, ids=(meeting.id,))


def delete_item(uow: UnitOfWork, item_id: int, *, now: datetime, reason: str = "") -> Changes:
    """Remove an item; the following items move up. Its documents stay on the meeting.

    Raises:
        NotFoundError: ``agenda.item_not_found``.
        UserError: ``agenda.locked``, ``agenda.reason_required``, or
            ``agenda.item_has_postal_votes`` when postal forms already vote on it.
    """
    row = _item_row(uow, item_id)
    meeting = require_meeting(uow, row.meeting_id)
    reason = _check_editable(meeting, reason)
    votes = uow.session.scalar(
        select(func.count()).where(CorrespondenceChoiceRow.item_id == item_id)
    )
    if votes:
        raise UserError("agenda.item_has_postal_votes", {"count": votes, "title": row.title})
    if polls_repo.has_started_poll(uow.session, item_id=item_id):
        raise UserError("agenda.item_has_open_poll", {"title": row.title})
    polls_repo.delete_prepared_polls_of_item(uow.session, item_id)
    number, title = row.position + 1, row.title
    library_repo.move_item_attachments_to_meeting(uow.session, meeting.id, item_id)
    uow.session.delete(row)
    uow.session.flush()
    repo.renumber(repo.item_rows(uow.session, meeting.id))
    _log(uow, meeting, reason, f"removed item {number}: {title}", now)
    _polls_follow(uow, meeting)
    return Changes.of(Aggregate.AGENDA, Aggregate.LIBRARY, ids=(meeting.id,))


def reorder_items(
    uow: UnitOfWork, meeting_id: int, ordered_ids: Sequence[int], *, now: datetime,
    reason: str = "",
) -> Changes:
    """Put the agenda in the order ``ordered_ids`` (every item id of the meeting, once).

    The log describes the new order by the items' former numbers ("new order: 2, 1, 3").
    Keeping the same order changes nothing and needs no reason.

    Raises:
        NotFoundError: ``meeting.not_found``.
        UserError: ``agenda.order_mismatch`` when ``ordered_ids`` is not a permutation of
            the agenda; ``agenda.locked``, ``agenda.reason_required``.
    """
    meeting = require_meeting(uow, meeting_id)
    rows = repo.item_rows(uow.session, meeting_id)
    by_id = {r.id: r for r in rows}
    if len(ordered_ids) != len(rows) or set(ordered_ids) != set(by_id):
        raise UserError("agenda.order_mismatch", {"expected": len(rows), "given": len(ordered_ids)})
    if [r.id for r in rows] == list(ordered_ids):
        return Changes.of()
    reason = _check_editable(meeting, reason)
    former = {r.id: n for n, r in enumerate(rows, start=1)}
    repo.renumber([by_id[i] for i in ordered_ids])
    uow.session.flush()
    order = ", ".join(str(former[i]) for i in ordered_ids)
    _log(uow, meeting, reason, f"new order: {order}", now)
    _polls_follow(uow, meeting)
    return Changes.of(Aggregate.AGENDA, ids=(meeting_id,))
