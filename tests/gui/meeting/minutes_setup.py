# SPDX-License-Identifier: GPL-3.0-or-later
"""A closed AG of the seeded SCIC with its minutes drafted, for the minutes tab tests.

The mock AG of :mod:`tests.gui.meeting.votes_setup` (Durand chairs, Lefèvre and Martin
scrutinise), with Lefèvre as secretary of the meeting and enrolled on this laptop, so
that the statutes' signatories (chair and secretary) can both sign here; both polls
are voted and closed, then the session is closed, which drafts the minutes.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

from talagov.core.keyseal import TEST_KDF
from talagov.core.meetings import MeetingStatus
from talagov.core.polls import FOR, candidate_choice
from talagov.services import keys, meetings, minutes, minutes_signing, polls, session
from talagov.services.uow import UnitOfWork
from talagov.storage.database import Database
from tests.gui.meeting.votes_setup import (
    BENARD,
    CLOSING,
    DURAND,
    LEFEVRE,
    MARTIN,
    MEMBER_PASS,
    NOW,
    ORG_PASS,
    make_votes_meeting,
)

CLOSED = CLOSING + timedelta(minutes=5)
SIGNED = CLOSED + timedelta(hours=2)
__all__ = ["BENARD", "DURAND", "LEFEVRE", "MARTIN", "MEMBER_PASS", "ORG_PASS", "ClosedMeeting",
           "make_closed_meeting"]


@dataclass(frozen=True)
class ClosedMeeting:
    """The closed AG, its agenda items and its draft minutes."""

    db: Database
    meeting_id: int
    resolution_item: int
    election_item: int
    minutes_id: int

    def view(self) -> minutes.MinutesView:
        """The minutes as the services show them."""
        with UnitOfWork(self.db) as uow:
            return minutes.get_minutes(uow, self.minutes_id)

    def sign_all(self) -> None:
        """Submit the minutes and have Durand, then Lefèvre, sign them (register no. 1)."""
        with UnitOfWork(self.db) as uow:
            minutes.submit(uow, self.minutes_id, now=SIGNED)
        for member_id in (DURAND, LEFEVRE):
            with UnitOfWork(self.db) as uow:
                last = minutes_signing.needs_organisation_key(uow, self.minutes_id)
                org_key = keys.unlock_organisation(uow, ORG_PASS) if last else None
                minutes_signing.sign(uow, self.minutes_id, member_id, MEMBER_PASS, now=SIGNED,
                                     org_key=org_key)


def make_closed_meeting(db: Database) -> ClosedMeeting:
    """The AG voted and closed, its minutes drafted (see the module docstring)."""
    assembly = make_votes_meeting(db)
    resolution, election = assembly.open_all()
    with UnitOfWork(db) as uow:
        keys.enrol_member(uow, LEFEVRE, MEMBER_PASS, org_key=assembly.org_key, now=NOW,
                          kdf=TEST_KDF)
        session.set_bureau(uow, assembly.meeting_id, chair_id=DURAND,
                           secretary_name="Noël Lefèvre", scrutineer_ids=(BENARD, MARTIN))
    assembly.vote(DURAND, resolution, FOR)
    assembly.vote(MARTIN, resolution, FOR)
    assembly.vote(DURAND, election, candidate_choice(BENARD))
    with UnitOfWork(db) as uow:
        for poll_id in (resolution, election):
            polls.close_poll(uow, poll_id, org_key=assembly.org_key, now=CLOSING)
        meetings.change_status(uow, assembly.meeting_id, MeetingStatus.CLOSED, now=CLOSED)
        minutes_id = minutes.minutes_of(uow, assembly.meeting_id)[0].id  # drafted at closing
    return ClosedMeeting(db, assembly.meeting_id, assembly.resolution_item,
                         assembly.election_item, minutes_id)
