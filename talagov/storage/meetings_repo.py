# SPDX-License-Identifier: GPL-3.0-or-later
"""Meetings and agenda items: conversion between rows and core values, and their queries."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import time

from sqlalchemy import delete, func, select
from sqlalchemy.orm import InstrumentedAttribute, Session, selectinload

from talagov.core.agenda import AgendaItem, Amendment, ItemKind, Presenter, ResolutionNature
from talagov.core.meetings import Meeting, MeetingStatus, MeetingType
from talagov.core.statutes import Convocation
from talagov.storage.models import (
    AgendaItemRow,
    AmendmentRow,
    AttendanceRow,
    BodyRow,
    CandidateRow,
    CorrespondenceRow,
    MeetingDocumentRow,
    MeetingRow,
    ProxyRow,
    QuorumRecordRow,
    SendingRow,
)
from talagov.storage.vote_models import PollRow


def _time(text: str) -> time | None:
    return time.fromisoformat(text) if text else None


def _time_text(value: time | None) -> str:
    return value.strftime("%H:%M") if value is not None else ""


def _ids(text: str) -> tuple[int, ...]:
    return tuple(int(part) for part in text.split(",") if part)


def to_meeting(row: MeetingRow) -> Meeting:
    """Convert a row to a core value."""
    return Meeting(
        id=row.id, title=row.title, type=MeetingType(row.type), on=row.on,
        status=MeetingStatus(row.status), body_id=row.body_id,
        start_time=_time(row.start_time), end_time=_time(row.end_time), place=row.place,
        remote_link=row.remote_link, convocation=Convocation(row.convocation),
        previous_id=row.previous_id, record_date=row.record_date,
        notice_override=row.notice_override, opened_at=row.opened_at, closed_at=row.closed_at,
        chair_member_id=row.chair_member_id, secretary_name=row.secretary_name,
        scrutineer_ids=_ids(row.scrutineer_ids), notes=row.notes,
    )  # fmt: skip


def apply_meeting(row: MeetingRow, meeting: Meeting) -> None:
    """Copy a core value's fields onto a row (the id and creation time excepted)."""
    row.title = meeting.title
    row.type = meeting.type.value
    row.on = meeting.on
    row.status = meeting.status.value
    row.body_id = meeting.body_id
    row.start_time = _time_text(meeting.start_time)
    row.end_time = _time_text(meeting.end_time)
    row.place = meeting.place
    row.remote_link = meeting.remote_link
    row.convocation = int(meeting.convocation)
    row.previous_id = meeting.previous_id
    row.record_date = meeting.record_date
    row.notice_override = meeting.notice_override
    row.opened_at = meeting.opened_at
    row.closed_at = meeting.closed_at
    row.chair_member_id = meeting.chair_member_id
    row.secretary_name = meeting.secretary_name
    row.scrutineer_ids = ",".join(str(i) for i in meeting.scrutineer_ids)
    row.notes = meeting.notes


def to_item(row: AgendaItemRow) -> AgendaItem:
    """Convert a row (with its candidates) to a core value."""
    return AgendaItem(
        id=row.id, meeting_id=row.meeting_id, position=row.position, kind=ItemKind(row.kind),
        title=row.title, text=row.text, nature=ResolutionNature(row.nature),
        presenter=Presenter(row.presenter), body_id=row.body_id, seats=row.seats,
        candidate_ids=tuple(c.member_id for c in row.candidates),
    )  # fmt: skip


def apply_item(row: AgendaItemRow, item: AgendaItem) -> None:
    """Copy a core value's fields onto a row, candidates included."""
    row.meeting_id = item.meeting_id
    row.position = item.position
    row.kind = item.kind.value
    row.title = item.title
    row.text = item.text
    row.nature = item.nature.value
    row.presenter = item.presenter.value
    row.body_id = item.body_id
    row.seats = item.seats
    row.candidates = [CandidateRow(member_id=m) for m in item.candidate_ids]


def get_meeting(session: Session, meeting_id: int) -> Meeting | None:
    """One meeting, or ``None``."""
    row = session.get(MeetingRow, meeting_id)
    return to_meeting(row) if row is not None else None


def agenda(session: Session, meeting_id: int) -> list[AgendaItem]:
    """The agenda of a meeting, in order."""
    return [to_item(r) for r in item_rows(session, meeting_id)]


def list_rows(session: Session) -> list[tuple[MeetingRow, str, int]]:
    """Every meeting with its body's name ("" for an AG) and number of items, newest first."""
    items = (
        select(AgendaItemRow.meeting_id, func.count(AgendaItemRow.id).label("n"))
        .group_by(AgendaItemRow.meeting_id)
        .subquery()
    )
    stmt = (
        select(MeetingRow, func.coalesce(BodyRow.name, ""), func.coalesce(items.c.n, 0))
        .outerjoin(BodyRow, BodyRow.id == MeetingRow.body_id)
        .outerjoin(items, items.c.meeting_id == MeetingRow.id)
        .order_by(MeetingRow.on.desc(), MeetingRow.id.desc())
    )
    return [(row, str(name), int(n)) for row, name, n in session.execute(stmt)]


def _count(session: Session, column: InstrumentedAttribute[int], meeting_id: int) -> int:
    return int(session.scalar(select(func.count()).where(column == meeting_id)) or 0)


def count_sendings(session: Session, meeting_id: int) -> int:
    """How many lines the meeting's convocation log has."""
    return _count(session, SendingRow.meeting_id, meeting_id)


def count_session_records(session: Session, meeting_id: int) -> int:
    """How many attendance lines, proxies and postal forms the meeting has."""
    columns = (AttendanceRow.meeting_id, ProxyRow.meeting_id, CorrespondenceRow.meeting_id)
    return sum(_count(session, column, meeting_id) for column in columns)


def last_quorum_met(session: Session, meeting_id: int) -> bool | None:
    """Whether the last recorded quorum of the meeting was met; ``None`` if none recorded."""
    met = session.scalar(
        select(QuorumRecordRow.met)
        .where(QuorumRecordRow.meeting_id == meeting_id)
        .order_by(QuorumRecordRow.at.desc(), QuorumRecordRow.id.desc())
        .limit(1)
    )
    return None if met is None else bool(met)


def second_convocation_id(session: Session, meeting_id: int) -> int | None:
    """The meeting convened again after ``meeting_id``, if one exists."""
    return session.scalar(
        select(MeetingRow.id).where(MeetingRow.previous_id == meeting_id).limit(1)
    )


def to_amendment(row: AmendmentRow) -> Amendment:
    """Convert a row to a core value (the time as an ISO text, to the second)."""
    return Amendment(
        row.id, row.meeting_id, row.at.isoformat(timespec="seconds"), row.description, row.reason
    )


def amendments(session: Session, meeting_id: int) -> list[Amendment]:
    """The agenda amendments of a meeting, oldest first."""
    rows = session.scalars(
        select(AmendmentRow)
        .where(AmendmentRow.meeting_id == meeting_id)
        .order_by(AmendmentRow.at, AmendmentRow.id)
    )
    return [to_amendment(r) for r in rows]


def item_rows(session: Session, meeting_id: int) -> list[AgendaItemRow]:
    """The agenda rows of a meeting, in order, their candidates loaded in one more query."""
    return list(
        session.scalars(
            select(AgendaItemRow)
            .where(AgendaItemRow.meeting_id == meeting_id)
            .order_by(AgendaItemRow.position, AgendaItemRow.id)
            .options(selectinload(AgendaItemRow.candidates))
        )
    )


def renumber(rows: Sequence[AgendaItemRow]) -> None:
    """Give ``rows`` the dense positions 0..n-1 in the order given."""
    for position, row in enumerate(rows):
        row.position = position


def copy_agenda(session: Session, from_id: int, to_id: int) -> dict[int, int]:
    """Copy a meeting's items (candidates included) to another; old item id -> new id."""
    mapping: dict[int, int] = {}
    for old in item_rows(session, from_id):
        new = AgendaItemRow()
        apply_item(new, replace(to_item(old), meeting_id=to_id))
        session.add(new)
        session.flush()
        mapping[old.id] = new.id
    return mapping


def delete_meeting(session: Session, meeting_id: int) -> None:
    """Delete a meeting with its agenda, amendments, quorum records and attachments.

    Documents of the library are never deleted here; the caller checks that the
    meeting has no convocation log nor session records.
    """
    session.execute(delete(MeetingDocumentRow).where(MeetingDocumentRow.meeting_id == meeting_id))
    session.execute(delete(AmendmentRow).where(AmendmentRow.meeting_id == meeting_id))
    session.execute(delete(QuorumRecordRow).where(QuorumRecordRow.meeting_id == meeting_id))
    # A draft's polls are only prepared (nothing voted yet): they go with their items.
    session.execute(delete(PollRow).where(PollRow.meeting_id == meeting_id,
                                          PollRow.status == "prepared"))
    for row in item_rows(session, meeting_id):
        session.delete(row)
    session.flush()
    meeting = session.get(MeetingRow, meeting_id)
    if meeting is not None:
        session.delete(meeting)
    session.flush()
