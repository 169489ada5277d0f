# SPDX-License-Identifier: GPL-3.0-or-later
"""The demo's minutes: the past AG's procès-verbal and an earlier board meeting's, both
written, signed and entered in their registers, as a secretary would do it.

The AG's draft was made from the record when the session closed; the demo writes the
debates (speakers picked among the participants, as in the seed minutes), the decisions
table and an incident, submits it, and has the chair and the secretary sign with their
keys (made at the booth; the passphrases are the demo's public ones). The board met five
weeks before the AG to close the accounts and convene it: no vote, a decisions table.
No time-stamping authority is configured: the minutes record the local time and say so.
"""

from __future__ import annotations

import random
from datetime import date, datetime, time, timedelta

from cryptography.hazmat.primitives.asymmetric import ec

from talagov.core.agenda import AgendaItem, ItemKind
from talagov.core.attendance import AttendanceEntry, AttendanceStatus
from talagov.core.mandates import BodyKind, Role
from talagov.core.meetings import Meeting, MeetingType
from talagov.core.minutes_content import Decision, ItemWritten, Person, Written
from talagov.core.rich_text import Block, paragraph
from talagov.services import keys, meetings, minutes, minutes_signing, session
from talagov.services.demo.minutes_texts import AG_TEXTS, BOARD_ITEMS, BOARD_TEXTS
from talagov.services.demo.sending import send_convocations
from talagov.services.demo.votes import DEMO_KDF, member_passphrase
from talagov.services.uow import UnitOfWork
from talagov.storage import mandates_repo


def _speaker(p: Person) -> str:
    name = f"{p.first_name} {p.name.title()}".strip() if p.first_name else p.name
    return f"{name} ({p.organisation})" if p.organisation else name


def _debate(lines: tuple[tuple[int, str], ...], speakers: list[str]) -> tuple[Block, ...]:
    """Paragraphs « Speaker : text » (index into ``speakers``; -1: no speaker)."""
    return tuple(paragraph(text, speaker=speakers[k % len(speakers)] if k >= 0 else "")
                 for k, text in lines)  # fmt: skip


def _sign_all(uow: UnitOfWork, minutes_id: int, org_key: ec.EllipticCurvePrivateKey,
              at: datetime) -> None:
    """Give every signatory a key on this laptop if needed, submit, and sign in turn."""
    view = minutes.get_minutes(uow, minutes_id)
    for k, s in enumerate(view.signatories):
        if not s.key_here:
            keys.enrol_member(uow, s.member_id, member_passphrase(s.member_id), org_key=org_key,
                              now=at - timedelta(hours=2, minutes=k), kdf=DEMO_KDF)  # fmt: skip
    minutes.submit(uow, minutes_id, now=at)
    for k, s in enumerate(view.signatories):
        last = k == len(view.signatories) - 1
        minutes_signing.sign(uow, minutes_id, s.member_id, member_passphrase(s.member_id),
                             now=at + timedelta(minutes=10 * (k + 1)),
                             org_key=org_key if last else None)  # fmt: skip


def write_ag_minutes(uow: UnitOfWork, meeting_id: int, *, org_key: ec.EllipticCurvePrivateKey,
                     signed_on: date, rng: random.Random) -> int:
    """Write, submit and sign the past AG's minutes; return their id."""
    view = minutes.minutes_of(uow, meeting_id)[0]
    people = [p for p in view.generated.participants if p.attendance]
    rng.shuffle(people)
    speakers = [_speaker(p) for p in people[:6]] or [view.generated.header.chair]
    items = {}
    for section in view.generated.items:
        lines = AG_TEXTS["items"].get(section.number, ())
        if lines:
            items[section.item_id] = ItemWritten(_debate(lines, speakers))
    t = AG_TEXTS
    written = Written(
        opening=_debate(t["opening"], [view.generated.header.chair]),
        items=items,
        closing=(paragraph(t["closing"]),),
        decisions=tuple(Decision(*d) for d in t["decisions"]),
        incidents=tuple(t["incidents"]),
        drafted_by=view.generated.header.secretary.split("(")[0].strip(),
    )  # fmt: skip
    at = datetime.combine(signed_on, time(18, 30))
    minutes.save_written(uow, view.id, written, now=at - timedelta(days=3))
    _sign_all(uow, view.id, org_key, at)
    return view.id


def _board_members(uow: UnitOfWork, on: date) -> tuple[int, int | None, list[int]]:
    """The board's id, its president, and its members in office on ``on``."""
    bodies = [b for b in mandates_repo.all_bodies(uow.session) if b.kind is BodyKind.BOARD]
    if not bodies:
        return 0, None, []
    board = bodies[0]
    seats = [m for m in mandates_repo.all_mandates(uow.session)
             if m.body_id == board.id and m.active_on(on) and m.votes]  # fmt: skip
    president = next((m.member_id for m in seats if m.role is Role.PRESIDENT), None)
    return board.id, president, sorted(m.member_id for m in seats)


def write_board_meeting(uow: UnitOfWork, *, on: date, place: str,
                        org_key: ec.EllipticCurvePrivateKey, rng: random.Random) -> int | None:
    """The board meeting that closed the accounts and convened the AG, with its signed
    minutes; ``None`` when the organisation has no board (an association's demo)."""
    board_id, president, seats = _board_members(uow, on)
    if not board_id or president is None or len(seats) < 3:
        return None
    name = next(b.name for b in mandates_repo.all_bodies(uow.session) if b.id == board_id)
    prepared = datetime.combine(on - timedelta(days=12), time(9, 0))
    draft = Meeting(id=0, title=f"{name} — arrêté des comptes {on.year - 1}",
                    type=MeetingType.BOARD, on=on, body_id=board_id, start_time=time(18, 30),
                    end_time=time(20, 15), place=place)  # fmt: skip
    meeting_id, _ = meetings.create_meeting(uow, draft, now=prepared)
    for title, text in BOARD_ITEMS:
        meetings.add_item(uow, AgendaItem(0, meeting_id, 0, ItemKind.INFORMATION,
                                          title.format(year=on.year - 1),
                                          text.format(year=on.year - 1)),
                          now=prepared)  # fmt: skip
    send_convocations(uow, meeting_id, on - timedelta(days=10))
    opened = datetime.combine(on, time(18, 35))
    absent = rng.choice([m for m in seats if m != president])
    for member_id in seats:
        status = AttendanceStatus.EXCUSED if member_id == absent else AttendanceStatus.PRESENT
        entry = AttendanceEntry(member_id, status,
                                arrived_at=opened - timedelta(minutes=5) if status is
                                AttendanceStatus.PRESENT else None)  # fmt: skip
        session.set_attendance(uow, meeting_id, entry, now=opened)
    session.set_bureau(uow, meeting_id, chair_id=president, secretary_name="",
                       scrutineer_ids=())  # fmt: skip
    session.open_session(uow, meeting_id, now=opened)
    session.close_session(uow, meeting_id, now=datetime.combine(on, time(20, 10)))
    view = minutes.minutes_of(uow, meeting_id)[0]
    people = [p for p in view.generated.participants if p.attendance]
    speakers = [_speaker(p) for p in people] or [view.generated.header.chair]
    items = {s.item_id: ItemWritten(_debate(BOARD_TEXTS["items"].get(s.number, ()), speakers))
             for s in view.generated.items}  # fmt: skip
    written = Written(
        opening=(paragraph(BOARD_TEXTS["opening"]),), items=items,
        decisions=tuple(Decision(*d) for d in BOARD_TEXTS["decisions"]),
        drafted_by=view.generated.header.chair,
    )  # fmt: skip
    signed = datetime.combine(on + timedelta(days=4), time(17, 0))
    minutes.save_written(uow, view.id, written, now=signed - timedelta(days=1))
    _sign_all(uow, view.id, org_key, signed)
    return meeting_id


