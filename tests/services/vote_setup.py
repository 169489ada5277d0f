# SPDX-License-Identifier: GPL-3.0-or-later
"""An assembly ready to vote, for the tests of polls, ballots, hand counts and the tally.

A SCOP-SA (votes cast base, remote and postal votes allowed) with a few associates of
one share each, the organisation key (sealed with the fast test KDF), members
enrolled on this laptop, and an AGO convened with resolutions (and an election when
asked). Everything goes through the services, as the GUI does.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, time

from cryptography import x509
from cryptography.hazmat.primitives.asymmetric import ec

from talagov.core.agenda import AgendaItem, ItemKind, Presenter
from talagov.core.attendance import AttendanceEntry, AttendanceStatus
from talagov.core.keyseal import TEST_KDF
from talagov.core.legal_forms import LegalForm
from talagov.core.mandates import Body, BodyKind
from talagov.core.meetings import Meeting, MeetingStatus, MeetingType
from talagov.core.polls import PollStatus
from talagov.services import ballots, keys, mandates, meetings, polls, session
from talagov.services.uow import UnitOfWork
from talagov.storage.database import Database

from .conftest import AddMember, setup_org

ON = date(2026, 6, 30)
BEFORE = datetime(2026, 6, 1, 9, 0)  # keys, convening
OPENING = datetime(2026, 6, 30, 14, 0)  # the session opens
ORG_PASS = "phrase du secrétariat"
MEMBER_PASS = "phrase du sociétaire"


def at(hour: int, minute: int = 0) -> datetime:
    """A time on the meeting day."""
    return datetime.combine(ON, time(hour, minute))


@dataclass
class Assembly:
    """The assembly's ids and the unlocked organisation key."""

    db: Database
    meeting_id: int
    items: list[int]
    members: list[int]
    org_key: ec.EllipticCurvePrivateKey
    election_item: int | None = None
    member_keys: dict[int, tuple[ec.EllipticCurvePrivateKey, x509.Certificate]] = field(
        default_factory=dict)

    def poll_ids(self) -> list[int]:
        """The polls in agenda order."""
        with UnitOfWork(self.db) as uow:
            return [p.id for p in polls.list_polls(uow, self.meeting_id)]

    def poll(self, poll_id: int) -> polls.PollView:
        """One poll as the services show it."""
        with UnitOfWork(self.db) as uow:
            return polls.get_poll(uow, poll_id)


def make_assembly(db: Database, add_member: AddMember, *, n: int = 6, resolutions: int = 2,
                  election: bool = False, form: LegalForm = LegalForm.SCOP_SA,
                  enrol: int | None = None, org_key: bool = True) -> Assembly:
    """An AGO convened for ``ON`` with ``n`` associates and the given items.

    ``enrol`` members (all by default) get a key sealed on this laptop.
    """
    setup_org(db, form)
    members = [add_member(f"Associé{i:02d}", shares_count=1) for i in range(n)]
    key: ec.EllipticCurvePrivateKey | None = None
    with UnitOfWork(db) as uow:
        if org_key:
            keys.create_organisation_key(uow, ORG_PASS, now=BEFORE, kdf=TEST_KDF)
            key = keys.unlock_organisation(uow, ORG_PASS)
        meeting_id, _ = meetings.create_meeting(uow, Meeting(0, "AG 2026", MeetingType.AGO, ON),
                                                now=BEFORE)  # fmt: skip
        items = []
        for k in range(resolutions):
            presenter = Presenter.MANAGEMENT if k % 2 == 0 else Presenter.MEMBERS
            item_id, _ = meetings.add_item(uow, AgendaItem(
                0, meeting_id, 0, ItemKind.RESOLUTION, f"Résolution {k + 1}", presenter=presenter),
                now=BEFORE)  # fmt: skip
            items.append(item_id)
        election_item = None
        if election:
            body, _ = mandates.add_body(uow, Body(0, BodyKind.SUPERVISORY_BOARD, "Conseil", 5))
            election_item, _ = meetings.add_item(uow, AgendaItem(
                0, meeting_id, 0, ItemKind.ELECTION, "Élection au conseil", body_id=body,
                seats=1, candidate_ids=tuple(members[:2])), now=BEFORE)  # fmt: skip
        meetings.change_status(uow, meeting_id, MeetingStatus.CONVENED, now=BEFORE)
    assembly = Assembly(db, meeting_id, items, members, key, election_item)  # type: ignore[arg-type]
    if key is not None:
        for member_id in members[: n if enrol is None else enrol]:
            enrol_member(assembly, member_id)
    return assembly


def enrol_member(assembly: Assembly, member_id: int) -> None:
    """A key for the member on this laptop, unlocked and kept for the test."""
    with UnitOfWork(assembly.db) as uow:
        keys.enrol_member(uow, member_id, MEMBER_PASS, org_key=assembly.org_key, now=BEFORE,
                          kdf=TEST_KDF)  # fmt: skip
        assembly.member_keys[member_id] = keys.unlock_member(uow, member_id, MEMBER_PASS,
                                                             at=BEFORE)  # fmt: skip


def attend(assembly: Assembly, member_id: int, status: AttendanceStatus = AttendanceStatus.PRESENT,
           arrived: datetime | None = None) -> None:
    """Mark a member attending from ``arrived`` (a little before the opening)."""
    with UnitOfWork(assembly.db) as uow:
        session.set_attendance(uow, assembly.meeting_id, AttendanceEntry(
            member_id, status, arrived or at(13, 50)), now=arrived or at(13, 50))  # fmt: skip


def open_session(assembly: Assembly, when: datetime = OPENING) -> None:
    """Open the session."""
    with UnitOfWork(assembly.db) as uow:
        session.open_session(uow, assembly.meeting_id, now=when)


def open_polls(assembly: Assembly, when: datetime) -> list[int]:
    """Prepare and open every poll of the meeting at ``when``."""
    with UnitOfWork(assembly.db) as uow:
        polls.prepare_polls(uow, assembly.meeting_id, now=when)
        ids = [p.id for p in polls.list_polls(uow, assembly.meeting_id)]
        for poll_id in ids:
            polls.open_poll(uow, poll_id, now=when)
    return ids


def close(assembly: Assembly, poll_id: int, when: datetime) -> polls.PollView:
    """Close one poll with the organisation key."""
    with UnitOfWork(assembly.db) as uow:
        polls.close_poll(uow, poll_id, org_key=assembly.org_key, now=when)
        view = polls.get_poll(uow, poll_id)
    assert view.status is PollStatus.CLOSED
    return view


def vote(assembly: Assembly, voter: int, poll_id: int, choice: str, *, when: datetime,
         on_behalf_of: int | None = None) -> list[ballots.Receipt]:
    """Cast one booth ballot."""
    key, cert = assembly.member_keys[voter]
    principal = voter if on_behalf_of is None else on_behalf_of
    with UnitOfWork(assembly.db) as uow:
        receipts, _ = ballots.cast(uow, assembly.meeting_id, [(poll_id, principal, (choice,))],
                                   voter_id=voter, key=key, certificate=cert, now=when)  # fmt: skip
    return receipts
