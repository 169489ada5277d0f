# SPDX-License-Identifier: GPL-3.0-or-later
"""Meetings and agenda items: conversion between rows and core values."""

from __future__ import annotations

from datetime import time

from sqlalchemy import select
from sqlalchemy.orm import Session

from talagov.core.agenda import AgendaItem, ItemKind, Presenter, ResolutionNature
from talagov.core.meetings import Meeting, MeetingStatus, MeetingType
from talagov.core.statutes import Convocation
from talagov.storage.models import AgendaItemRow, CandidateRow, MeetingRow


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
    rows = session.scalars(
        select(AgendaItemRow)
        .where(AgendaItemRow.meeting_id == meeting_id)
        .order_by(AgendaItemRow.position, AgendaItemRow.id)
    )
    return [to_item(r) for r in rows]
