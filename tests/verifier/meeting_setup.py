# SPDX-License-Identifier: GPL-3.0-or-later
"""A closed AG with every kind of vote and signed minutes, exported as a bundle, for the
verifier's end-to-end tests.

The SCOP-SA of :mod:`tests.services.vote_setup` with six associates: A0, A1, A2 present
(A0 chairs, A2 scrutinises, A1 is the secretary), A3 represented by A0, A4 voting by
post, A5 absent. Resolution 1 gets booth ballots (A0 for himself and, as proxy holder,
for A3; A1 twice: the first is superseded), a ballot file (A2), a rejected ballot file
(A1 for A5, without a proxy) and A4's postal form; resolution 2 a booth ballot and a
hand count; the election a booth ballot. A registered letter convened A5; a report is attached to the meeting. The
polls are closed, the meeting closed, the
minutes signed by the bureau and entered in the register, then exported.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from talagov.core.ballots import BallotContent, receipt_time, sign_ballot, to_file
from talagov.core.convocation import Channel as SendingChannel
from talagov.core.correspondence import Choice, CorrespondenceForm
from talagov.core.legal_forms import LegalForm
from talagov.core.library import DocumentKind
from talagov.core.meetings import MeetingStatus
from talagov.core.members import Member, PersonKind
from talagov.core.polls import AGAINST, FOR, candidate_choice
from talagov.core.proxies import Proxy
from talagov.core.shares import MovementKind, ShareMovement
from talagov.services import (
    ballots,
    convocations,
    hand_counts,
    library,
    meetings,
    members,
    minutes,
    minutes_signing,
    session,
    shares,
)
from talagov.services.uow import UnitOfWork
from talagov.storage.database import Database
from tests.services.vote_setup import (
    MEMBER_PASS,
    ON,
    Assembly,
    at,
    attend,
    close,
    make_assembly,
    open_polls,
    open_session,
    vote,
)

NOW = at(9, 0)
CLOSED = at(14, 35)
SIGNED = at(16, 0)


@dataclass(frozen=True)
class ExportedMeeting:
    """The assembly, its polls (resolution 1, resolution 2, election) and the bundle."""

    assembly: Assembly
    polls: tuple[int, int, int]
    minutes_id: int
    bundle: Path


def _adder(db: Database) -> Callable[..., int]:
    """What :func:`tests.services.vote_setup.make_assembly` adds members with."""
    count = {"n": 0}

    def add(name: str, *, shares_count: int = 0, **fields: object) -> int:
        del fields  # the assembly's members are all alike
        count["n"] += 1
        member = Member(id=0, number=f"T-{count['n']:03d}", kind=PersonKind.NATURAL, name=name,
                        admission_date=date(2020, 1, 1))
        with UnitOfWork(db) as uow:
            member_id, _ = members.add_member(uow, member, now=NOW)
            if shares_count:
                shares.add_movement(uow, ShareMovement(
                    0, MovementKind.SUBSCRIPTION, date(2020, 1, 1), shares_count, 2500,
                    to_member_id=member_id), now=NOW)  # fmt: skip
        return member_id

    return add


def _ballot_file(a: Assembly, voter: int, poll_id: int, choice: str, *, on_behalf_of: int
                 ) -> bytes:
    """A ballot file as a member's own TalaGov writes it."""
    view = a.poll(poll_id)
    key, cert = a.member_keys[voter]
    content = BallotContent(
        organisation=view.definition.organisation, meeting_id=a.meeting_id, poll_id=poll_id,
        definition_hash=view.definition_hash, voter_id=voter, on_behalf_of=on_behalf_of,
        choices=(choice,), nonce=f"{voter:02d}{on_behalf_of:02d}" * 8,
        cast_at=receipt_time(at(14, 14).astimezone()), sequence=1)  # fmt: skip
    return to_file(sign_ballot(content, key, cert))


def _session(a: Assembly) -> None:
    m = a.members
    with UnitOfWork(a.db) as uow:
        doc, _ = library.add_document(uow, b"Rapport de gestion 2025.\n",
                                      filename="rapport.txt", title="Rapport de gestion",
                                      kind=DocumentKind.REPORT, now=NOW)
        library.attach(uow, a.meeting_id, doc)
        convocations.record_sending(uow, a.meeting_id, m[5], channel=SendingChannel.REGISTERED,
                                    evidence="1A 123 456 7890 1", at=at(9, 30))
    for member_id in m[:3]:
        attend(a, member_id)
    with UnitOfWork(a.db) as uow:
        session.add_proxy(uow, Proxy(0, a.meeting_id, m[3], m[0], ON - timedelta(days=2)),
                          now=at(13, 0))
        session.record_correspondence(uow, CorrespondenceForm(
            0, a.meeting_id, m[4], at(10, 0), {a.items[0]: Choice.FOR, a.items[1]: Choice.AGAINST}),
            now=at(13, 1))  # fmt: skip
        session.set_bureau(uow, a.meeting_id, chair_id=m[0], secretary_name="Associé01",
                           scrutineer_ids=(m[2],))
    open_session(a)


def _votes(a: Assembly, r1: int, r2: int, election: int) -> None:
    m = a.members
    vote(a, m[0], r1, FOR, when=at(14, 10))
    vote(a, m[0], r1, AGAINST, when=at(14, 11), on_behalf_of=m[3])
    vote(a, m[1], r1, FOR, when=at(14, 12))
    vote(a, m[1], r1, AGAINST, when=at(14, 13))  # supersedes the one before
    with UnitOfWork(a.db) as uow:
        ballots.import_ballot_file(uow, _ballot_file(a, m[2], r1, FOR, on_behalf_of=m[2]),
                                   origin="clé USB", now=at(14, 14))
        outcome, _ = ballots.import_ballot_file(
            uow, _ballot_file(a, m[1], r1, FOR, on_behalf_of=m[5]), origin="clé USB",
            now=at(14, 15))  # fmt: skip
    assert outcome.reason is not None  # no proxy from A5: rejected, and kept
    vote(a, m[0], r2, FOR, when=at(14, 16))
    with UnitOfWork(a.db) as uow:
        hand_counts.record_hand_count(uow, r2, {"": {FOR: 1, AGAINST: 1}}, ("Associé02",),
                                      now=at(14, 20))
    vote(a, m[0], election, candidate_choice(m[1]), when=at(14, 17))


def _sign_minutes(a: Assembly) -> int:
    with UnitOfWork(a.db) as uow:
        minutes_id = minutes.minutes_of(uow, a.meeting_id)[0].id
        minutes.submit(uow, minutes_id, now=SIGNED)
        signers = [s.member_id for s in minutes.get_minutes(uow, minutes_id).signatories]
    for member_id in signers:
        with UnitOfWork(a.db) as uow:
            last = minutes_signing.needs_organisation_key(uow, minutes_id)
            minutes_signing.sign(uow, minutes_id, member_id, MEMBER_PASS, now=SIGNED,
                                 org_key=a.org_key if last else None)
    return minutes_id


def build_meeting(db: Database) -> tuple[Assembly, tuple[int, int, int], int]:
    """The closed AG with its signed minutes (see the module docstring)."""
    a = make_assembly(db, _adder(db), n=6, resolutions=2, election=True, form=LegalForm.SCOP_SA)
    _session(a)
    r1, r2, election = open_polls(a, at(14, 5))
    _votes(a, r1, r2, election)
    for minute, poll_id in enumerate((r1, r2, election)):
        close(a, poll_id, at(14, 30 + minute))
    with UnitOfWork(db) as uow:
        meetings.change_status(uow, a.meeting_id, MeetingStatus.CLOSED, now=CLOSED)
    return a, (r1, r2, election), _sign_minutes(a)


def export_meeting(db: Database, folder: Path) -> ExportedMeeting:
    """Build the meeting and export its bundle into ``folder``."""
    from talagov.services.bundle_export import export_meeting as export

    a, poll_ids, minutes_id = build_meeting(db)
    path = folder / "ag-2026.zip"
    with UnitOfWork(db) as uow:
        export(uow, a.meeting_id, path, org_key=a.org_key)
    return ExportedMeeting(a, poll_ids, minutes_id, path)
