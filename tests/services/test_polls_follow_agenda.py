# SPDX-License-Identifier: GPL-3.0-or-later
"""Polls and the meeting around them: prepared polls follow the agenda, and nothing can
strand a poll (removing its item, deleting the meeting, closing the session)."""

from __future__ import annotations

import pytest

from talagov.core.errors import UserError
from talagov.core.meetings import MeetingStatus
from talagov.messages import render_error
from talagov.services import meetings, polls, session
from talagov.services.uow import UnitOfWork
from talagov.storage.database import Database

from .conftest import AddMember
from .vote_setup import BEFORE, OPENING, at, attend, make_assembly, open_polls, open_session


def _numbers(db: Database, meeting_id: int) -> list[tuple[str, int]]:
    with UnitOfWork(db) as uow:
        return [(p.title, p.number) for p in polls.list_polls(uow, meeting_id)]


def test_prepared_polls_follow_reordering_and_removal(db: Database, add_member: AddMember) -> None:
    a = make_assembly(db, add_member, resolutions=3, enrol=0)
    with UnitOfWork(db) as uow:
        polls.prepare_polls(uow, a.meeting_id, now=BEFORE)
    assert _numbers(db, a.meeting_id) == [("Résolution 1", 1), ("Résolution 2", 2), ("Résolution 3", 3)]
    with UnitOfWork(db) as uow:
        meetings.reorder_items(uow, a.meeting_id, [a.items[2], a.items[0], a.items[1]],
                               now=BEFORE, reason="ordre logique")  # fmt: skip
    assert _numbers(db, a.meeting_id) == [("Résolution 3", 1), ("Résolution 1", 2), ("Résolution 2", 3)]
    with UnitOfWork(db) as uow:  # used to fail on the poll's foreign key
        meetings.delete_item(uow, a.items[0], now=BEFORE, reason="retirée par le conseil")
    assert _numbers(db, a.meeting_id) == [("Résolution 3", 1), ("Résolution 2", 2)]


def test_an_item_whose_poll_opened_cannot_be_removed(db: Database, add_member: AddMember) -> None:
    a = make_assembly(db, add_member, resolutions=2, enrol=0)
    open_polls(a, BEFORE)  # open for remote voting before the session
    with UnitOfWork(db) as uow, pytest.raises(UserError) as refused:
        meetings.delete_item(uow, a.items[0], now=BEFORE, reason="erreur")
    assert refused.value.code == "agenda.item_has_open_poll"
    assert len(_numbers(db, a.meeting_id)) == 2


def test_a_draft_meeting_with_prepared_polls_can_be_deleted(db: Database, add_member: AddMember) -> None:
    a = make_assembly(db, add_member, resolutions=2, enrol=0)
    with UnitOfWork(db) as uow:
        polls.prepare_polls(uow, a.meeting_id, now=BEFORE)
        meetings.change_status(uow, a.meeting_id, MeetingStatus.DRAFT, now=BEFORE)
        meetings.delete_meeting(uow, a.meeting_id)
    with UnitOfWork(db) as uow:
        assert all(m.id != a.meeting_id for m in meetings.list_meetings(uow))


def test_the_session_cannot_close_while_a_poll_is_open(db: Database, add_member: AddMember) -> None:
    a = make_assembly(db, add_member, resolutions=2, enrol=0)
    for member_id in a.members:
        attend(a, member_id)
    open_session(a)
    poll_ids = open_polls(a, OPENING)
    with UnitOfWork(db) as uow, pytest.raises(UserError) as refused:
        session.close_session(uow, a.meeting_id, now=at(16))
    assert refused.value.code == "meeting.polls_open"
    assert refused.value.params["numbers"] == "1, 2"
    # Elections are numbered with the resolutions: the message does not call them resolutions.
    assert "(n°\u00a01, 2)" in render_error(refused.value.code, refused.value.params, "fr")
    with UnitOfWork(db) as uow:
        for poll_id in poll_ids:
            polls.close_poll(uow, poll_id, org_key=a.org_key, now=at(15))
        session.close_session(uow, a.meeting_id, now=at(16))
        assert meetings.get_meeting(uow, a.meeting_id).status is MeetingStatus.CLOSED
