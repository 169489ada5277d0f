# SPDX-License-Identifier: GPL-3.0-or-later
"""Meetings: creation rules, lifecycle, agenda and its amendments, second convocation."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, time

import pytest

from talagov.core.agenda import AgendaItem, ItemKind
from talagov.core.errors import NotFoundError, UserError, ValidationError
from talagov.core.library import DocumentKind
from talagov.core.mandates import Body, BodyKind, Mandate, Role
from talagov.core.meetings import Meeting, MeetingStatus, MeetingType
from talagov.core.statutes import Convocation
from talagov.services import library, mandates, meetings
from talagov.services.changes import Aggregate
from talagov.services.uow import UnitOfWork
from talagov.storage.database import Database
from talagov.storage.models import AttendanceRow, QuorumRecordRow, SendingRow

from .conftest import NOW, AddMember

AG_DAY = date(2027, 6, 30)
S = MeetingStatus


def _ag(db: Database, **fields: object) -> int:
    draft = Meeting(0, "AG ordinaire 2027", MeetingType.AGO, AG_DAY, place="Salle des fêtes")
    with UnitOfWork(db) as uow:
        meeting_id, _ = meetings.create_meeting(uow, replace(draft, **fields), now=NOW)  # type: ignore[arg-type]
    return meeting_id


def _board(db: Database) -> int:
    with UnitOfWork(db) as uow:
        body_id, _ = mandates.add_body(uow, Body(0, BodyKind.BOARD, "Conseil d'administration", 6))
    return body_id


def _status(db: Database, meeting_id: int, *targets: S) -> None:
    for target in targets:
        with UnitOfWork(db) as uow:
            meetings.change_status(uow, meeting_id, target, now=NOW)


def _items(db: Database, meeting_id: int, *titles: str) -> list[int]:
    ids = []
    with UnitOfWork(db) as uow:
        for title in titles:
            item_id, _ = meetings.add_item(
                uow, AgendaItem(0, meeting_id, 0, ItemKind.RESOLUTION, title), now=NOW
            )
            ids.append(item_id)
    return ids


def _log_sending(db: Database, meeting_id: int, member_id: int) -> None:
    with UnitOfWork(db) as uow:
        uow.session.add(SendingRow(meeting_id=meeting_id, member_id=member_id, channel="post",
                                   at=NOW, status="sent"))


def _fields(err: pytest.ExceptionInfo[ValidationError]) -> dict[str, str]:
    return {p.field: p.code for p in err.value.problems}


def test_a_new_meeting_is_a_draft_listed_newest_first(scop: Database) -> None:
    board = _board(scop)
    ag = _ag(scop, status=S.CLOSED, notice_override="forced")
    with UnitOfWork(scop) as uow:
        ca, changes = meetings.create_meeting(
            uow, Meeting(0, "Conseil de rentrée", MeetingType.BOARD, date(2027, 9, 1), body_id=board),
            now=NOW,
        )
        listed = meetings.list_meetings(uow)
        stored = meetings.get_meeting(uow, ag)
    assert changes.touches(Aggregate.MEETINGS)
    assert stored.status is S.DRAFT and stored.notice_override == ""
    assert [(m.id, m.body_name, m.items) for m in listed] == [(ca, "Conseil d'administration", 0),
                                                             (ag, "", 0)]


def test_meeting_validation_names_each_field(scop: Database) -> None:
    board = _board(scop)
    bad = Meeting(0, "  ", MeetingType.AGE, AG_DAY, body_id=board, start_time=time(18),
                  end_time=time(17), record_date=date(2027, 7, 1), convocation=Convocation.SECOND)
    with pytest.raises(ValidationError) as err, UnitOfWork(scop) as uow:
        meetings.create_meeting(uow, bad, now=NOW)
    assert _fields(err) == {
        "title": "meeting.title_required", "body_id": "meeting.assembly_has_no_body",
        "end_time": "meeting.end_before_start", "record_date": "meeting.record_date_after",
        "previous_id": "meeting.previous_required",
    }
    with pytest.raises(ValidationError) as err, UnitOfWork(scop) as uow:
        meetings.create_meeting(uow, Meeting(0, "CA", MeetingType.BOARD, AG_DAY), now=NOW)
    assert _fields(err) == {"body_id": "meeting.body_required"}
    with pytest.raises(ValidationError) as err, UnitOfWork(scop) as uow:
        meetings.create_meeting(uow, Meeting(0, "Comité", MeetingType.OTHER, AG_DAY, body_id=999),
                                now=NOW)
    assert _fields(err) == {"body_id": "meeting.body_required"}
    with UnitOfWork(scop) as uow:
        assert meetings.list_meetings(uow) == []


def test_date_and_type_are_locked_once_convened(scop: Database) -> None:
    ag = _ag(scop)
    with UnitOfWork(scop) as uow:
        meetings.update_meeting(uow, replace(meetings.get_meeting(uow, ag), on=date(2027, 6, 29)),
                                now=NOW)
    _status(scop, ag, S.CONVENED)
    with pytest.raises(UserError) as err, UnitOfWork(scop) as uow:
        meetings.update_meeting(uow, replace(meetings.get_meeting(uow, ag), on=AG_DAY), now=NOW)
    assert err.value.code == "meeting.locked_field"
    assert err.value.params == {"field": "on"}
    with UnitOfWork(scop) as uow:
        current = meetings.get_meeting(uow, ag)
        meetings.update_meeting(uow, replace(current, place="Mairie", status=S.DRAFT), now=NOW)
        after = meetings.get_meeting(uow, ag)
    assert (after.place, after.status, after.on) == ("Mairie", S.CONVENED, date(2027, 6, 29))


def test_lifecycle_records_opening_and_closing_times(scop: Database) -> None:
    ag = _ag(scop)
    with pytest.raises(UserError) as err, UnitOfWork(scop) as uow:
        meetings.change_status(uow, ag, S.CLOSED, now=NOW)
    assert err.value.code == "meeting.illegal_transition"
    opened, closed = datetime(2027, 6, 30, 18, 5), datetime(2027, 6, 30, 20, 40)
    _status(scop, ag, S.CONVENED)
    with UnitOfWork(scop) as uow:
        meetings.change_status(uow, ag, S.IN_SESSION, now=opened)
        meetings.change_status(uow, ag, S.CLOSED, now=closed)
        meetings.change_status(uow, ag, S.ARCHIVED, now=closed)
        done = meetings.get_meeting(uow, ag)
    assert (done.status, done.opened_at, done.closed_at) == (S.ARCHIVED, opened, closed)
    with pytest.raises(UserError) as err, UnitOfWork(scop) as uow:
        meetings.change_status(uow, ag, S.ARCHIVED, now=NOW)
    assert err.value.code == "meeting.same_status"


def test_back_to_draft_only_before_any_sending(scop: Database, add_member: AddMember) -> None:
    member = add_member("Durand", shares_count=1)
    ag = _ag(scop)
    _status(scop, ag, S.CONVENED, S.DRAFT, S.CONVENED)
    _log_sending(scop, ag, member)
    with pytest.raises(UserError) as err, UnitOfWork(scop) as uow:
        meetings.change_status(uow, ag, S.DRAFT, now=NOW)
    assert err.value.code == "meeting.already_sent"
    with UnitOfWork(scop) as uow:
        assert meetings.get_meeting(uow, ag).status is S.CONVENED


def test_deleting_a_draft_keeps_its_documents(scop: Database) -> None:
    ag = _ag(scop)
    (item,) = _items(scop, ag, "Approbation des comptes")
    with UnitOfWork(scop) as uow:
        doc, _ = library.add_document(uow, b"%PDF comptes", filename="comptes.pdf",
                                      title="Comptes 2026", kind=DocumentKind.ACCOUNTS, now=NOW)
        library.attach(uow, ag, doc)
        library.attach(uow, ag, doc, item_id=item)
        changes = meetings.delete_meeting(uow, ag)
    assert changes.touches(Aggregate.MEETINGS, Aggregate.AGENDA)
    with UnitOfWork(scop) as uow:
        assert meetings.list_meetings(uow) == []
        assert [d.id for d in library.list_documents(uow)] == [doc]
        assert library.document_path(uow, doc).read_bytes() == b"%PDF comptes"
        with pytest.raises(NotFoundError):
            meetings.get_meeting(uow, ag)


def test_only_an_untouched_draft_can_be_deleted(scop: Database, add_member: AddMember) -> None:
    member = add_member("Durand", shares_count=1)
    convened, with_sheet = _ag(scop), _ag(scop)
    _status(scop, convened, S.CONVENED)
    with pytest.raises(UserError) as err, UnitOfWork(scop) as uow:
        meetings.delete_meeting(uow, convened)
    assert err.value.code == "meeting.delete_not_draft"
    with UnitOfWork(scop) as uow:
        uow.session.add(AttendanceRow(meeting_id=with_sheet, member_id=member, status="present"))
    with pytest.raises(UserError) as err, UnitOfWork(scop) as uow:
        meetings.delete_meeting(uow, with_sheet)
    assert err.value.code == "meeting.has_session_records"


def test_agenda_positions_stay_dense(scop: Database) -> None:
    ag = _ag(scop)
    a, b, c, d = _items(scop, ag, "Rapport", "Comptes", "Affectation", "Quitus")
    with UnitOfWork(scop) as uow:
        meetings.delete_item(uow, b, now=NOW)
        meetings.reorder_items(uow, ag, [d, a, c], now=NOW)
        items = meetings.agenda(uow, ag)
        logged = meetings.amendments(uow, ag)
    assert [(i.id, i.position) for i in items] == [(d, 0), (a, 1), (c, 2)]
    assert logged == []  # a draft's agenda changes freely
    with pytest.raises(UserError) as err, UnitOfWork(scop) as uow:
        meetings.reorder_items(uow, ag, [d, a], now=NOW)
    assert err.value.code == "agenda.order_mismatch"


def test_a_convened_agenda_changes_only_by_logged_amendment(scop: Database) -> None:
    ag = _ag(scop)
    a, b = _items(scop, ag, "Rapport", "Comptes")
    _status(scop, ag, S.CONVENED)
    extra = AgendaItem(0, ag, 0, ItemKind.RESOLUTION, "Révocation du gérant")
    with pytest.raises(UserError) as err, UnitOfWork(scop) as uow:
        meetings.add_item(uow, extra, now=NOW, reason="  ")
    assert err.value.code == "agenda.reason_required"
    at = datetime(2027, 6, 20, 9, 30)
    with UnitOfWork(scop) as uow:
        new, _ = meetings.add_item(uow, extra, now=at, reason="Demande de 5 % des associés")
        meetings.update_item(uow, replace(meetings.agenda(uow, ag)[1], text="Texte corrigé"),
                             now=at, reason="Coquille")
        meetings.reorder_items(uow, ag, [new, a, b], now=at, reason="Urgence")
        meetings.delete_item(uow, a, now=at, reason="Retiré par le gérant")
        logged = meetings.amendments(uow, ag)
        titles = [i.title for i in meetings.agenda(uow, ag)]
    assert [(x.description, x.reason) for x in logged] == [
        ("added item 3: Révocation du gérant", "Demande de 5 % des associés"),
        ("changed item 2: Comptes", "Coquille"),
        ("new order: 3, 1, 2", "Urgence"),
        ("removed item 2: Rapport", "Retiré par le gérant"),
    ]
    assert logged[0].at == "2027-06-20T09:30:00"
    assert titles == ["Révocation du gérant", "Comptes"]


def test_the_agenda_is_locked_once_in_session(scop: Database) -> None:
    ag = _ag(scop)
    (a,) = _items(scop, ag, "Rapport")
    _status(scop, ag, S.CONVENED, S.IN_SESSION)
    with pytest.raises(UserError) as err, UnitOfWork(scop) as uow:
        meetings.delete_item(uow, a, now=NOW, reason="Trop tard")
    assert err.value.code == "agenda.locked"


def test_election_candidates_need_a_vote_on_the_record_date(
    scop: Database, add_member: AddMember
) -> None:
    board = _board(scop)
    voter = add_member("Martin", shares_count=1)
    no_shares = add_member("Petit")
    late = add_member("Leroy", admitted=date(2027, 6, 15), shares_count=1)
    ag = _ag(scop, record_date=date(2027, 6, 1))
    election = AgendaItem(0, ag, 0, ItemKind.ELECTION, "Élection au conseil", body_id=board,
                          seats=2, candidate_ids=(voter, no_shares, late, voter))
    with pytest.raises(ValidationError) as err, UnitOfWork(scop) as uow:
        meetings.add_item(uow, election, now=NOW)
    codes = [p.code for p in err.value.problems]
    assert codes.count("agenda.candidate_not_eligible") == 2
    assert "agenda.candidate_duplicate" in codes
    with pytest.raises(ValidationError) as err, UnitOfWork(scop) as uow:
        meetings.add_item(uow, replace(election, body_id=None, seats=0, candidate_ids=()), now=NOW)
    assert _fields(err) == {"body_id": "agenda.election_body_required", "seats": "agenda.seats_required"}
    with UnitOfWork(scop) as uow:
        item_id, _ = meetings.add_item(uow, replace(election, candidate_ids=(voter,)), now=NOW)
        (stored,) = meetings.agenda(uow, ag)
    assert (stored.id, stored.candidate_ids, stored.seats) == (item_id, (voter,), 2)


def test_election_proposals_for_mandates_ending_by_the_meeting(
    scop: Database, add_member: AddMember
) -> None:
    board = _board(scop)
    a, b = add_member("Alpha", shares_count=1), add_member("Bravo", shares_count=1)
    with UnitOfWork(scop) as uow:
        mandates.add_mandate(uow, Mandate(0, board, a, Role.ADMINISTRATOR, date(2021, 6, 1),
                                          date(2027, 6, 30)))
        mandates.add_mandate(uow, Mandate(0, board, b, Role.ADMINISTRATOR, date(2024, 6, 1),
                                          date(2030, 6, 1)))
    ag = _ag(scop)
    with UnitOfWork(scop) as uow:
        (proposal,) = meetings.election_proposals(uow, ag, today=date(2026, 11, 22))
    assert (proposal.body_id, proposal.seats, proposal.outgoing_member_ids) == (board, 1, (a,))


def _record_quorum(db: Database, meeting_id: int, *, met: bool, at: datetime) -> None:
    with UnitOfWork(db) as uow:
        uow.session.add(QuorumRecordRow(meeting_id=meeting_id, at=at, met=met, base=100,
                                        present=10, remote=0, represented=5, correspondence=0,
                                        participants=15, required=20))


def test_second_convocation_copies_agenda_and_documents(
    scop: Database, add_member: AddMember
) -> None:
    board = _board(scop)
    candidate = add_member("Martin", shares_count=1)
    ag = _ag(scop, start_time=time(18), type=MeetingType.AGE)
    (res,) = _items(scop, ag, "Modification des statuts")
    with UnitOfWork(scop) as uow:
        meetings.add_item(uow, AgendaItem(0, ag, 0, ItemKind.ELECTION, "Élection", body_id=board,
                                          seats=1, candidate_ids=(candidate,)), now=NOW)
        doc, _ = library.add_document(uow, b"statuts", filename="statuts.pdf", title="Projet",
                                      kind=DocumentKind.STATUTES, now=NOW)
        library.attach(uow, ag, doc, item_id=res)
    _status(scop, ag, S.CONVENED, S.IN_SESSION)
    _record_quorum(scop, ag, met=False, at=datetime(2027, 6, 30, 18, 10))
    with UnitOfWork(scop) as uow:
        second, changes = meetings.second_convocation(uow, ag, on=date(2027, 7, 15), now=NOW)
        copy = meetings.get_meeting(uow, second)
        items = meetings.agenda(uow, second)
        docs = library.meeting_documents(uow, second)
    assert changes.touches(Aggregate.MEETINGS, Aggregate.AGENDA)
    assert (copy.status, copy.convocation, copy.previous_id) == (S.DRAFT, Convocation.SECOND, ag)
    assert (copy.type, copy.start_time, copy.place) == (MeetingType.AGE, time(18), "Salle des fêtes")
    assert [(i.title, i.candidate_ids) for i in items] == [("Modification des statuts", ()),
                                                          ("Élection", (candidate,))]
    assert [(d.document.id, d.item_id) for d in docs] == [(doc, items[0].id)]
    with pytest.raises(UserError) as err, UnitOfWork(scop) as uow:
        meetings.second_convocation(uow, ag, on=date(2027, 7, 16), now=NOW)
    assert err.value.code == "meeting.second_exists"


def test_second_convocation_needs_a_failed_quorum_once_in_session(scop: Database) -> None:
    met, draft, convened = _ag(scop), _ag(scop), _ag(scop)
    _status(scop, met, S.CONVENED, S.IN_SESSION)
    _record_quorum(scop, met, met=False, at=datetime(2027, 6, 30, 18, 0))
    _record_quorum(scop, met, met=True, at=datetime(2027, 6, 30, 18, 30))  # latecomers arrived
    with pytest.raises(UserError) as err, UnitOfWork(scop) as uow:
        meetings.second_convocation(uow, met, on=date(2027, 7, 15), now=NOW)
    assert err.value.code == "meeting.quorum_not_failed"
    with pytest.raises(UserError) as err, UnitOfWork(scop) as uow:
        meetings.second_convocation(uow, draft, on=date(2027, 7, 15), now=NOW)
    assert err.value.code == "meeting.second_not_possible"
    _status(scop, convened, S.CONVENED)
    with pytest.raises(ValidationError) as verr, UnitOfWork(scop) as uow:
        meetings.second_convocation(uow, convened, on=AG_DAY, now=NOW)
    assert _fields(verr) == {"on": "meeting.second_before_first"}
    with UnitOfWork(scop) as uow:  # prepared in advance by the secretary
        second, _ = meetings.second_convocation(uow, convened, on=date(2027, 7, 15), now=NOW)
    with pytest.raises(UserError) as err, UnitOfWork(scop) as uow:
        meetings.second_convocation(uow, second, on=date(2027, 8, 1), now=NOW)
    assert err.value.code == "meeting.no_third_convocation"
