# SPDX-License-Identifier: GPL-3.0-or-later
"""A mock AG of the seeded SCIC, in session, ready for its polls, for the votes tab tests.

Built through the services as the GUI would: the organisation key (fast test KDF), a
resolution and an election (Bénard or Martin, one seat) on the agenda, Durand and Martin
enrolled on this laptop, four associates present, the bureau chosen (Lefèvre and Martin
scrutineers) and the session open. The polls are not prepared: the tab does that.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric import ec
from PySide6.QtWidgets import QWidget

from talagov.core.agenda import AgendaItem, ItemKind
from talagov.core.attendance import AttendanceEntry, AttendanceStatus
from talagov.core.ballots import BallotContent, receipt_time, sign_ballot, to_file
from talagov.core.keyseal import TEST_KDF
from talagov.core.mandates import Body, BodyKind
from talagov.core.meetings import Meeting, MeetingStatus, MeetingType
from talagov.core.polls import FOR
from talagov.services import ballots, keys, mandates, meetings, polls, session
from talagov.services.uow import UnitOfWork
from talagov.storage.database import Database
from tests.gui.conftest import NOW

DURAND, LEFEVRE, BENARD, MARTIN = 1, 2, 3, 5
ORG_PASS = "phrase du secrétariat"
MEMBER_PASS = "phrase du sociétaire"
OPENING = NOW + timedelta(minutes=5)
VOTING = NOW + timedelta(minutes=10)
CLOSING = NOW + timedelta(minutes=30)


@dataclass(frozen=True)
class VotesMeeting:
    """The meeting, its agenda items and the unlocked organisation key."""

    db: Database
    meeting_id: int
    resolution_item: int
    election_item: int
    org_key: ec.EllipticCurvePrivateKey

    def poll_ids(self) -> list[int]:
        """The polls in agenda order (resolution, election)."""
        with UnitOfWork(self.db) as uow:
            return [p.id for p in polls.list_polls(uow, self.meeting_id)]

    def poll(self, poll_id: int) -> polls.PollView:
        """One poll as the services show it."""
        with UnitOfWork(self.db) as uow:
            return polls.get_poll(uow, poll_id)

    def open_all(self) -> list[int]:
        """Prepare and open every poll."""
        with UnitOfWork(self.db) as uow:
            polls.prepare_polls(uow, self.meeting_id, now=OPENING)
            ids = [p.id for p in polls.list_polls(uow, self.meeting_id)]
            for poll_id in ids:
                polls.open_poll(uow, poll_id, now=OPENING)
        return ids

    def vote(self, voter: int, poll_id: int, choice: str) -> None:
        """Cast one booth ballot for the voter."""
        with UnitOfWork(self.db) as uow:
            key, cert = keys.unlock_member(uow, voter, MEMBER_PASS, at=VOTING)
            ballots.cast(uow, self.meeting_id, [(poll_id, voter, (choice,))], voter_id=voter,
                         key=key, certificate=cert, now=VOTING)

    def ballot_file(self, folder: Path, voter: int, poll_id: int, choice: str = FOR, *,
                    on_behalf_of: int | None = None) -> Path:
        """A ballot file as a member's own TalaGov would write it."""
        view = self.poll(poll_id)
        with UnitOfWork(self.db) as uow:
            key, cert = keys.unlock_member(uow, voter, MEMBER_PASS, at=VOTING)
        content = BallotContent(
            organisation=view.definition.organisation, meeting_id=self.meeting_id,
            poll_id=poll_id, definition_hash=view.definition_hash, voter_id=voter,
            on_behalf_of=voter if on_behalf_of is None else on_behalf_of, choices=(choice,),
            nonce="ab" * 16,
            cast_at=receipt_time(VOTING.astimezone()), sequence=1)
        path = folder / f"ballot-{voter}-{content.on_behalf_of}-{poll_id}.json"
        path.write_bytes(to_file(sign_ballot(content, key, cert)))
        return path


def close_widget(widget: QWidget) -> None:
    """Close a widget once its tasks are done (``qtbot.addWidget`` deletes it before the
    fixture's teardown, while results of its tasks may still be on their way)."""
    widget.close()
    widget.deleteLater()


def make_votes_meeting(db: Database) -> VotesMeeting:
    """The AGO of the seeded SCIC in session (see the module docstring)."""
    before = NOW - timedelta(days=30)
    with UnitOfWork(db) as uow:
        keys.create_organisation_key(uow, ORG_PASS, now=before, kdf=TEST_KDF)
        org_key = keys.unlock_organisation(uow, ORG_PASS)
        meeting_id, _ = meetings.create_meeting(
            uow, Meeting(0, "Assemblée générale 2026", MeetingType.AGO, NOW.date()), now=before)
        resolution, _ = meetings.add_item(uow, AgendaItem(
            0, meeting_id, 0, ItemKind.RESOLUTION, "Approbation des comptes",
            text="L'assemblée approuve les comptes de l'exercice."), now=before)
        body, _ = mandates.add_body(uow, Body(0, BodyKind.SUPERVISORY_BOARD, "Conseil", 5))
        election, _ = meetings.add_item(uow, AgendaItem(
            0, meeting_id, 0, ItemKind.ELECTION, "Élection au conseil", body_id=body, seats=1,
            candidate_ids=(BENARD, MARTIN)), now=before)
        meetings.change_status(uow, meeting_id, MeetingStatus.CONVENED, now=before)
        for member in (DURAND, MARTIN):
            keys.enrol_member(uow, member, MEMBER_PASS, org_key=org_key, now=before, kdf=TEST_KDF)
        for member in (DURAND, LEFEVRE, BENARD, MARTIN):
            session.set_attendance(uow, meeting_id, AttendanceEntry(
                member, AttendanceStatus.PRESENT, NOW), now=NOW)
        session.set_bureau(uow, meeting_id, chair_id=DURAND, secretary_name="Camille Roux",
                           scrutineer_ids=(LEFEVRE, MARTIN))
        session.open_session(uow, meeting_id, now=OPENING)
    return VotesMeeting(db, meeting_id, resolution, election, org_key)
