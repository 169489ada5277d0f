# SPDX-License-Identifier: GPL-3.0-or-later
"""A mock AG of the seeded SCIC ready to vote: the organisation key, a resolution and an
election (two seats) open in session, Durand enrolled on this laptop and holding
Lefèvre's proxy, Martin and Bénard without a key yet."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from talagov.core.agenda import AgendaItem, ItemKind
from talagov.core.attendance import AttendanceEntry, AttendanceStatus
from talagov.core.keyseal import TEST_KDF
from talagov.core.mandates import Body, BodyKind
from talagov.core.meetings import Meeting, MeetingStatus, MeetingType
from talagov.core.proxies import Proxy
from talagov.services import keys, mandates, meetings, polls, session, session_forms
from talagov.services.uow import UnitOfWork
from talagov.storage.database import Database
from tests.gui.conftest import NOW

DURAND, LEFEVRE, BENARD, MARTIN = 1, 2, 3, 5
ORG_PASS = "phrase du secrétariat"
MEMBER_PASS = "phrase de Durand"
OPENING = NOW + timedelta(minutes=5)
VOTING = NOW + timedelta(minutes=10)


@dataclass(frozen=True)
class Assembly:
    """The meeting and its two open polls (the resolution, then the election)."""

    meeting_id: int
    resolution: int
    election: int


def make_assembly(db: Database) -> Assembly:
    """An AGO in session with its polls open; Durand enrolled and holding Lefèvre's proxy."""
    with UnitOfWork(db) as uow:
        keys.create_organisation_key(uow, ORG_PASS, now=NOW - timedelta(days=30), kdf=TEST_KDF)
        org_key = keys.unlock_organisation(uow, ORG_PASS)
        meeting_id, _ = meetings.create_meeting(
            uow, Meeting(0, "Assemblée générale 2026", MeetingType.AGO, NOW.date()),
            now=NOW - timedelta(days=30))
        meetings.add_item(uow, AgendaItem(0, meeting_id, 0, ItemKind.RESOLUTION,
                                          "Approbation des comptes",
                                          text="L'assemblée approuve les comptes."),
                          now=NOW - timedelta(days=30))
        body, _ = mandates.add_body(uow, Body(0, BodyKind.SUPERVISORY_BOARD, "Conseil", 5))
        meetings.add_item(uow, AgendaItem(0, meeting_id, 0, ItemKind.ELECTION,
                                          "Élection au conseil", body_id=body, seats=2,
                                          candidate_ids=(BENARD, MARTIN, LEFEVRE)),
                          now=NOW - timedelta(days=30))
        meetings.change_status(uow, meeting_id, MeetingStatus.CONVENED,
                               now=NOW - timedelta(days=30))
        keys.enrol_member(uow, DURAND, MEMBER_PASS, org_key=org_key,
                          now=NOW - timedelta(days=20), kdf=TEST_KDF)
        session_forms.add_proxy(uow, Proxy(0, meeting_id, LEFEVRE, DURAND, date(2026, 11, 20)),
                                now=NOW)
        session.set_attendance(uow, meeting_id, AttendanceEntry(
            DURAND, AttendanceStatus.PRESENT, NOW), now=NOW)
        session.set_attendance(uow, meeting_id, AttendanceEntry(
            MARTIN, AttendanceStatus.PRESENT, NOW), now=NOW)
        session.open_session(uow, meeting_id, now=OPENING)
        polls.prepare_polls(uow, meeting_id, now=OPENING)
        ids = [p.id for p in polls.list_polls(uow, meeting_id)]
        for poll_id in ids:
            polls.open_poll(uow, poll_id, now=OPENING)
    return Assembly(meeting_id, ids[0], ids[1])
