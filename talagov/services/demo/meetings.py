# SPDX-License-Identifier: GPL-3.0-or-later
"""The demo's meetings: last June's AG carried through its session, next June's in preparation.

Everything goes through the services, with their checks: the past AG is convened in
time, its convocations are logged (e-mail for the members who consented, post for the
others), members sign the attendance sheet, proxies and postal forms are recorded
(one form arrives late and is kept but not counted), the bureau is chosen, the quorum
is recorded at the opening and at each resolution, and the session is closed. The
upcoming AG is a draft whose agenda already proposes the seats to renew.
"""

from __future__ import annotations

import math
import random
from collections.abc import Sequence
from dataclasses import replace
from datetime import date, datetime, time, timedelta

from cryptography.hazmat.primitives.asymmetric import ec

from talagov.core.agenda import AgendaItem, ItemKind, ResolutionNature
from talagov.core.attendance import SIGNATURE_BOX, AttendanceEntry, AttendanceStatus, Signature
from talagov.core.correspondence import Choice, CorrespondenceForm
from talagov.core.errors import UserError
from talagov.core.library import DocumentKind
from talagov.core.meetings import Meeting, MeetingType
from talagov.core.proxies import Proxy
from talagov.services import library, meetings, polls, session
from talagov.services.demo import votes
from talagov.services.demo.demo_texts import REPORT_TEXT, accounts_items, upcoming_items
from talagov.services.demo.minutes import write_ag_minutes, write_board_meeting
from talagov.services.demo.plan import second_saturday_of_june
from talagov.services.demo.sending import send_convocations
from talagov.services.organisation import require_organisation
from talagov.services.roll_cache import roll_and_members
from talagov.services.uow import UnitOfWork


def signature_strokes(rng: random.Random) -> tuple[tuple[tuple[int, int], ...], ...]:
    """A plausible handwritten flourish: two or three wavy strokes in the signature box."""
    height = SIGNATURE_BOX // 3
    strokes = []
    x = rng.randint(40, 120)
    for _ in range(rng.randint(2, 3)):
        length = rng.randint(12, 30)
        amp, freq = rng.randint(25, 80), rng.uniform(0.3, 0.8)
        y0 = rng.randint(height // 3, 2 * height // 3)
        points = tuple((x + i * 11, max(5, min(height - 5, int(y0 + amp * math.sin(i * freq)))))
                       for i in range(length))  # fmt: skip
        strokes.append(points)
        x += length * 11 + rng.randint(10, 40)
        if x > SIGNATURE_BOX - 200:
            break
    return tuple(strokes)


def _past_ag_date(today: date) -> date:
    this_year = second_saturday_of_june(today.year)
    return this_year if this_year < today else second_saturday_of_june(today.year - 1)


def write_meetings(uow: UnitOfWork, *, today: date, seed: int) -> tuple[int, ...]:
    """Write the past AG (closed, its minutes signed), the upcoming one (draft) and an
    earlier board meeting (closed, its minutes signed); return their ids."""
    rng = random.Random(seed)
    org = require_organisation(uow)
    place = f"Salle du conseil — {org.registered_office.splitlines()[0] if org.registered_office else org.name}"
    on = _past_ag_date(today)
    past, org_key = _past_meeting(uow, on, place, rng, org.name)
    upcoming = _upcoming_meeting(uow, today, place)
    # The board met five weeks before the AG (keys exist by then); its minutes and the
    # AG's are signed and entered in their registers.
    board = write_board_meeting(uow, on=on - timedelta(days=35), place=place, org_key=org_key,
                                rng=rng)  # fmt: skip
    write_ag_minutes(uow, past, org_key=org_key, signed_on=on + timedelta(days=12), rng=rng)
    return (past, upcoming) if board is None else (past, upcoming, board)


def _create(uow: UnitOfWork, title: str, on: date, place: str, now: datetime) -> int:
    draft = Meeting(id=0, title=title, type=MeetingType.AGO, on=on, start_time=time(10, 0),
                    end_time=time(12, 30), place=place,
                    remote_link="https://visio.example.org/ag-annuelle")  # fmt: skip
    meeting_id, _ = meetings.create_meeting(uow, draft, now=now)
    return meeting_id


def _add_items(uow: UnitOfWork, meeting_id: int, items: Sequence[AgendaItem], now: datetime) -> None:
    for item in items:
        meetings.add_item(uow, replace(item, meeting_id=meeting_id), now=now)


def _past_meeting(uow: UnitOfWork, on: date, place: str, rng: random.Random,
                  org_name: str) -> tuple[int, ec.EllipticCurvePrivateKey]:
    prepared = datetime.combine(on - timedelta(days=40), time(18, 0))
    meeting_id = _create(uow, f"Assemblée générale ordinaire annuelle {on.year}", on, place,
                         prepared)  # fmt: skip
    _add_items(uow, meeting_id, accounts_items(on.year - 1), prepared)
    report, _ = library.add_document(
        uow, REPORT_TEXT.format(year=on.year - 1, name=org_name).encode("utf-8"),
        filename=f"rapport-de-gestion-{on.year - 1}.txt", title=f"Rapport de gestion {on.year - 1}",
        kind=DocumentKind.REPORT, version="1", on=on - timedelta(days=45), now=prepared,
    )  # fmt: skip
    library.attach(uow, meeting_id, report)

    recipients = send_convocations(uow, meeting_id, on - timedelta(days=24))

    opened = datetime.combine(on, time(10, 5))
    ids = [r.member_id for r in recipients]
    rng.shuffle(ids)
    n = len(ids)
    present = ids[: max(3, n * 45 // 100)]
    remote = ids[len(present): len(present) + n // 20]
    rest = ids[len(present) + len(remote):]
    represented, postal, excused = rest[: n // 8], rest[n // 8: n // 8 + max(2, n // 15)], rest[-2:]
    # Keys are made while the AG is prepared: booth enrolments, and home keys for remote members.
    made = votes.create_keys(uow, booth=present[3:3 + votes.BOOTH_VOTERS],
                             home=remote[:votes.HOME_VOTERS], lost=excused[0], now=prepared)
    polls.prepare_polls(uow, meeting_id, now=prepared)
    for member_id in present + remote:
        status = AttendanceStatus.PRESENT if member_id in present else AttendanceStatus.REMOTE
        arrived = datetime.combine(on, time(9, 40)) + timedelta(minutes=rng.randint(0, 24))
        session.set_attendance(uow, meeting_id,
                               AttendanceEntry(member_id, status, arrived_at=arrived), now=arrived)  # fmt: skip
        if status is AttendanceStatus.PRESENT:
            session.sign(uow, meeting_id, member_id,
                         Signature(signature_strokes(rng), arrived + timedelta(minutes=1)))  # fmt: skip
    for member_id in excused:
        session.set_attendance(uow, meeting_id, AttendanceEntry(member_id, AttendanceStatus.EXCUSED),
                               now=opened)  # fmt: skip
    for k, member_id in enumerate(represented):
        # Two proxies come back blank (for the chair); the others name a member present.
        holder = None if k < 2 else present[k % len(present)]
        proxy = Proxy(0, meeting_id, member_id, holder, on - timedelta(days=rng.randint(2, 12)))
        try:
            session.add_proxy(uow, proxy, now=opened)
        except UserError:
            continue  # a holder already at the statutory cap: this member stays absent
        session.set_attendance(uow, meeting_id, AttendanceEntry(member_id, AttendanceStatus.REPRESENTED),
                               now=opened)  # fmt: skip
    voted = [i for i in meetings.agenda(uow, meeting_id) if i.votes]
    for k, member_id in enumerate(postal):
        # The last form reaches the office twenty minutes after the opening: kept, not counted.
        received = opened + timedelta(minutes=20) if k == len(postal) - 1 else \
            datetime.combine(on - timedelta(days=rng.randint(3, 9)), time(11, 0))
        choices = {i.id: rng.choice((Choice.FOR, Choice.FOR, Choice.FOR, Choice.AGAINST,
                                     Choice.ABSTAIN)) for i in voted}  # fmt: skip
        session.record_correspondence(uow, CorrespondenceForm(0, meeting_id, member_id, received, choices))
        session.set_attendance(uow, meeting_id,
                               AttendanceEntry(member_id, AttendanceStatus.CORRESPONDENCE), now=opened)  # fmt: skip
    # The secretary is a member (enrolled at the booth when there is one): they sign the
    # minutes with their key.
    _, people = roll_and_members(uow, on)
    secretary = people[present[min(3, len(present) - 1)]].display_name
    session.set_bureau(uow, meeting_id, chair_id=present[0],
                       secretary_name=secretary,
                       scrutineer_ids=(present[1], present[2]))  # fmt: skip
    session.open_session(uow, meeting_id, now=opened)
    # One member leaves before the last resolution: each poll records the quorum it opens with.
    leaving = present[-1]
    scrutineers = [people[m].display_name for m in (present[1], present[2])]
    poll_ids = {p.item_id: p.id for p in polls.list_polls(uow, meeting_id)}
    for k, item in enumerate(voted):
        at = opened + timedelta(minutes=25 * (k + 1))
        if k == len(voted) - 1:
            session.set_attendance(uow, meeting_id, AttendanceEntry(
                leaving, AttendanceStatus.PRESENT, arrived_at=datetime.combine(on, time(9, 50)),
                left_at=at - timedelta(minutes=5)), now=at)  # fmt: skip
        votes.vote_item(uow, meeting_id, poll_ids[item.id], made, at=at, rng=rng, first=k == 0,
                        scrutineers=scrutineers,
                        gone=frozenset({leaving}) if k == len(voted) - 1 else frozenset())  # fmt: skip
    session.close_session(uow, meeting_id, now=datetime.combine(on, time(12, 25)))
    return meeting_id, made.org_key


def _upcoming_meeting(uow: UnitOfWork, today: date, place: str) -> int:
    on = second_saturday_of_june(today.year + 1)
    now = datetime.combine(today, time(9, 0))
    meeting_id = _create(uow, f"Assemblée générale ordinaire annuelle {on.year}", on, place, now)
    _add_items(uow, meeting_id, upcoming_items(on.year - 1), now)
    for proposal in meetings.election_proposals(uow, meeting_id, today=today):
        # The outgoing members stand again; the secretary adds other candidates later.
        item = AgendaItem(0, meeting_id, 0, ItemKind.ELECTION,
                          f"Élection de {proposal.seats} membre(s) — {proposal.body_name}",
                          nature=ResolutionNature.ORDINARY, body_id=proposal.body_id,
                          seats=proposal.seats,
                          candidate_ids=proposal.outgoing_member_ids)  # fmt: skip
        meetings.add_item(uow, item, now=now)
    # Its polls are ready: they follow the agenda until they open.
    polls.prepare_polls(uow, meeting_id, now=now)
    return meeting_id
