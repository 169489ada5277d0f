# SPDX-License-Identifier: GPL-3.0-or-later
"""The session: attendance and the live quorum, proxies, postal forms, bureau, opening."""

from __future__ import annotations

from datetime import date, datetime, time

import pytest

from talagov.core.agenda import AgendaItem, ItemKind
from talagov.core.attendance import AttendanceEntry, AttendanceStatus, Signature
from talagov.core.correspondence import Choice, CorrespondenceForm
from talagov.core.errors import UserError
from talagov.core.legal_forms import LegalForm
from talagov.core.mandates import Body, BodyKind, Mandate, Role
from talagov.core.meetings import Meeting, MeetingStatus, MeetingType
from talagov.core.proxies import Proxy
from talagov.services import mandates, session
from talagov.services.changes import Aggregate
from talagov.services.uow import UnitOfWork
from talagov.storage import meetings_repo
from talagov.storage.database import Database
from talagov.storage.models import AgendaItemRow, MeetingRow

from .conftest import NOW, AddMember, setup_org

ON = date(2026, 6, 30)
OPENING = datetime(2026, 6, 30, 14, 0)
PRESENT, REMOTE = AttendanceStatus.PRESENT, AttendanceStatus.REMOTE


def _at(hour: int, minute: int = 0) -> datetime:
    return datetime.combine(ON, time(hour, minute))


def _meeting(db: Database, *, type: MeetingType = MeetingType.AGE, body_id: int | None = None,
             status: MeetingStatus = MeetingStatus.CONVENED, items: int = 0) -> tuple[int, list[int]]:
    """A meeting row (and resolution items), written without the meetings service."""
    with UnitOfWork(db) as uow:
        row = MeetingRow(created_at=NOW)
        meetings_repo.apply_meeting(row, Meeting(0, "AG 2026", type, ON, status, body_id))
        uow.session.add(row)
        uow.session.flush()
        item_ids = []
        for position in range(items):
            item = AgendaItemRow()
            meetings_repo.apply_item(item, AgendaItem(0, row.id, position, ItemKind.RESOLUTION,
                                                      f"Résolution {position + 1}"))
            uow.session.add(item)
            uow.session.flush()
            item_ids.append(item.id)
    return row.id, item_ids


def _voters(add_member: AddMember, n: int) -> list[int]:
    return [add_member(f"Associé{i:02d}", shares_count=1) for i in range(n)]


def _attend(db: Database, meeting_id: int, member_id: int, arrived: datetime | None = None,
            left: datetime | None = None, status: AttendanceStatus = PRESENT) -> None:
    with UnitOfWork(db) as uow:
        session.set_attendance(uow, meeting_id, AttendanceEntry(member_id, status, arrived, left),
                               now=arrived or OPENING)


def _quorum(db: Database, meeting_id: int, at: datetime) -> session.QuorumResult:
    with UnitOfWork(db) as uow:
        return session.quorum(uow, meeting_id, at=at)


def _add_proxy(db: Database, meeting_id: int, principal: int, holder: int | None,
               received: date = date(2026, 6, 20)) -> int:
    with UnitOfWork(db) as uow:
        proxy_id, _ = session.add_proxy(uow, Proxy(0, meeting_id, principal, holder, received),
                                        now=_at(9))
    return proxy_id


def test_arrivals_and_departures_change_the_quorum(scop: Database, add_member: AddMember) -> None:
    # SCOP-SARL extraordinary AG, first convocation: a quarter of the 8 associates.
    a, b, *_ = _voters(add_member, 8)
    meeting_id, _ = _meeting(scop)
    _attend(scop, meeting_id, a, _at(13, 50))
    assert _quorum(scop, meeting_id, _at(14)).participants == 1
    assert not _quorum(scop, meeting_id, _at(14)).met
    _attend(scop, meeting_id, b, _at(14, 10))
    result = _quorum(scop, meeting_id, _at(14, 15))
    assert (result.met, result.present, result.required, result.base) == (True, 2, 2, 8)
    _attend(scop, meeting_id, b, _at(14, 10), left=_at(14, 30))
    assert not _quorum(scop, meeting_id, _at(14, 45)).met
    assert _quorum(scop, meeting_id, _at(14, 20)).met  # the record of an earlier item stays


def test_member_without_a_vote_is_not_on_the_sheet(scop: Database, add_member: AddMember) -> None:
    voters = _voters(add_member, 3)
    no_shares = add_member("SansPart")
    meeting_id, _ = _meeting(scop)
    with pytest.raises(UserError) as err:
        _attend(scop, meeting_id, no_shares, _at(14))
    assert err.value.code == "session.not_on_roll"
    with UnitOfWork(scop) as uow:
        state = session.session_state(uow, meeting_id, at=_at(14))
    assert [line.member_id for line in state.lines] == voters
    assert state.quorum.base == 3


def test_departure_before_arrival_is_refused(scop: Database, add_member: AddMember) -> None:
    (a,) = _voters(add_member, 1)
    meeting_id, _ = _meeting(scop)
    with pytest.raises(UserError) as err:
        _attend(scop, meeting_id, a, _at(15), left=_at(14))
    assert err.value.code == "session.left_before_arrival"


@pytest.mark.parametrize("n", [19, 20])
def test_scop_holder_carries_one_named_proxy(db: Database, add_member: AddMember, n: int) -> None:
    setup_org(db, LegalForm.SCOP_SARL)
    ids = _voters(add_member, n)
    meeting_id, _ = _meeting(db)
    _add_proxy(db, meeting_id, ids[1], ids[0])
    with pytest.raises(UserError) as err:
        _add_proxy(db, meeting_id, ids[2], ids[0])
    assert err.value.code == "proxy.cap_exceeded"
    assert err.value.params == {"cap": 1, "eligible": n, "source": "Loi 78-763 art. 14"}
    _add_proxy(db, meeting_id, ids[2], ids[3])  # another holder is fine


def test_proxy_refusals_name_their_rule(scop: Database, add_member: AddMember) -> None:
    a, b, c, d = _voters(add_member, 4)
    outsider = add_member("Extérieur")  # on the register, no share: no vote
    meeting_id, _ = _meeting(scop)
    _attend(scop, meeting_id, d, _at(8))
    cases = [
        ((a, outsider), "proxy.holder_not_associate"),
        ((outsider, a), "session.not_on_roll"),
        ((d, a), "proxy.principal_attends"),
        ((a, a), "proxy.self"),
    ]
    for (principal, holder), code in cases:
        with pytest.raises(UserError) as err:
            _add_proxy(scop, meeting_id, principal, holder)
        assert err.value.code == code
    _add_proxy(scop, meeting_id, a, b)
    for (principal, holder) in ((b, c), (c, a)):
        with pytest.raises(UserError) as err:
            _add_proxy(scop, meeting_id, principal, holder)
        assert err.value.code == "proxy.chain"
        assert err.value.params["source"] == "Loi 78-763 art. 14"
    with pytest.raises(UserError) as err:
        _add_proxy(scop, meeting_id, a, c)
    assert err.value.code == "proxy.duplicate"


def test_represented_members_count_while_the_holder_attends(scop: Database,
                                                            add_member: AddMember) -> None:
    a, b, *_ = _voters(add_member, 8)
    meeting_id, _ = _meeting(scop)
    proxy_id = _add_proxy(scop, meeting_id, b, a)
    assert _quorum(scop, meeting_id, _at(14)).represented == 0  # holder not there yet
    _attend(scop, meeting_id, a, _at(13, 55))
    result = _quorum(scop, meeting_id, _at(14))
    assert (result.present, result.represented, result.met) == (1, 1, True)
    with UnitOfWork(scop) as uow:
        state = session.session_state(uow, meeting_id, at=_at(14))
    lines = {line.member_id: line for line in state.lines}
    assert lines[b].entry.status is AttendanceStatus.REPRESENTED
    assert lines[b].proxy_holder_id == a and lines[b].proxy_holder_name == "Associé00"
    assert lines[a].holds == 1
    # The principal comes after all: the proxy is void, and he counts as present.
    _attend(scop, meeting_id, b, _at(14, 5))
    result = _quorum(scop, meeting_id, _at(14, 10))
    assert (result.present, result.represented) == (2, 0)
    with UnitOfWork(scop) as uow:
        state = session.session_state(uow, meeting_id, at=_at(14, 10))
    (line,) = state.proxies
    assert not line.valid and line.reasons[0].code == "proxy.principal_attends"
    with UnitOfWork(scop) as uow:
        session.remove_proxy(uow, proxy_id)
        assert session.session_state(uow, meeting_id, at=_at(14, 10)).proxies == ()


def test_removing_a_proxy_or_a_form_makes_the_member_absent_again(
    scop: Database, add_member: AddMember
) -> None:
    a, b, c, *_ = _voters(add_member, 8)
    meeting_id, (item,) = _meeting(scop, items=1)
    proxy_id = _add_proxy(scop, meeting_id, b, a)
    with UnitOfWork(scop) as uow:
        form_id, _ = session.record_correspondence(
            uow, CorrespondenceForm(0, meeting_id, c, _at(9), {item: Choice.FOR})
        )

    def status(member_id: int) -> AttendanceStatus:
        with UnitOfWork(scop) as uow:
            state = session.session_state(uow, meeting_id, at=_at(10))
        return {line.member_id: line.entry.status for line in state.lines}[member_id]

    assert (status(b), status(c)) == (AttendanceStatus.REPRESENTED, AttendanceStatus.CORRESPONDENCE)
    with UnitOfWork(scop) as uow:
        session.remove_proxy(uow, proxy_id)
        session.remove_correspondence(uow, form_id)
    assert (status(b), status(c)) == (AttendanceStatus.ABSENT, AttendanceStatus.ABSENT)


def test_late_postal_form_is_kept_but_not_counted(scop: Database, add_member: AddMember) -> None:
    a, b, c, *_ = _voters(add_member, 8)
    meeting_id, (item,) = _meeting(scop, items=1)
    with UnitOfWork(scop) as uow:
        session.record_correspondence(uow, CorrespondenceForm(0, meeting_id, b, _at(9),
                                                              {item: Choice.FOR}))
    _attend(scop, meeting_id, a, _at(13, 50))
    with UnitOfWork(scop) as uow:
        session.open_session(uow, meeting_id, now=OPENING)
    with UnitOfWork(scop) as uow:
        session.record_correspondence(uow, CorrespondenceForm(0, meeting_id, c, _at(14, 5)))
    with UnitOfWork(scop) as uow:
        state = session.session_state(uow, meeting_id, at=_at(14, 10))
    assert sorted(f.member_id for f in state.forms) == [b, c]
    assert state.forms[0].choices == {item: Choice.FOR}
    assert state.quorum.correspondence == 1
    assert "quorum.late_forms" in [f.code for f in state.quorum.reasons]
    lines = {line.member_id: line for line in state.lines}
    assert lines[b].correspondence and not lines[c].correspondence
    with pytest.raises(UserError) as err, UnitOfWork(scop) as uow:
        session.record_correspondence(uow, CorrespondenceForm(0, meeting_id, c, _at(14, 6)))
    assert err.value.code == "session.form_duplicate"


def test_postal_form_on_an_unknown_item_is_refused(scop: Database, add_member: AddMember) -> None:
    (a,) = _voters(add_member, 1)
    meeting_id, _ = _meeting(scop)
    with pytest.raises(UserError) as err, UnitOfWork(scop) as uow:
        session.record_correspondence(uow, CorrespondenceForm(0, meeting_id, a, _at(9),
                                                              {424242: Choice.FOR}))
    assert err.value.code == "session.form_unknown_item"


def test_bureau_is_chosen_among_those_attending(scop: Database, add_member: AddMember) -> None:
    a, b, c, d = _voters(add_member, 4)
    meeting_id, _ = _meeting(scop)
    _attend(scop, meeting_id, a, _at(13, 50))
    _attend(scop, meeting_id, b, _at(13, 50), status=REMOTE)
    with pytest.raises(UserError) as err, UnitOfWork(scop) as uow:
        session.set_bureau(uow, meeting_id, chair_id=c, secretary_name="", scrutineer_ids=())
    assert err.value.code == "session.bureau_not_attending"
    assert err.value.params == {"name": "Associé02"}
    with pytest.raises(UserError) as err, UnitOfWork(scop) as uow:
        session.set_bureau(uow, meeting_id, chair_id=a, secretary_name="", scrutineer_ids=(a,))
    assert err.value.code == "session.bureau_chair_scrutineer"
    with UnitOfWork(scop) as uow:
        session.set_bureau(uow, meeting_id, chair_id=a, secretary_name=" Mme Secrétaire ",
                           scrutineer_ids=(b, b))
    # A blank proxy now goes to the chair.
    _add_proxy(scop, meeting_id, d, None)
    with UnitOfWork(scop) as uow:
        state = session.session_state(uow, meeting_id, at=_at(14))
    assert state.meeting.chair_member_id == a
    assert state.meeting.secretary_name == "Mme Secrétaire"
    assert state.meeting.scrutineer_ids == (b,)
    lines = {line.member_id: line for line in state.lines}
    assert lines[d].blank_proxy and lines[d].proxy_holder_id == a and lines[a].holds == 1


def test_quorum_recorded_at_opening_and_per_item(scop: Database, add_member: AddMember) -> None:
    a, b, *_ = _voters(add_member, 8)
    meeting_id, (item,) = _meeting(scop, items=1)
    _attend(scop, meeting_id, a, _at(13, 50))
    _attend(scop, meeting_id, b, _at(13, 50))
    with pytest.raises(UserError) as err, UnitOfWork(scop) as uow:
        session.record_quorum(uow, meeting_id, None, at=OPENING)
    assert err.value.code == "session.not_in_session"
    with UnitOfWork(scop) as uow:
        changes = session.open_session(uow, meeting_id, now=OPENING)
    assert changes.touches(Aggregate.MEETINGS, Aggregate.SESSION)
    _attend(scop, meeting_id, b, _at(13, 50), left=_at(15))
    with UnitOfWork(scop) as uow:
        result, _ = session.record_quorum(uow, meeting_id, item, at=_at(15, 30))
    assert not result.met
    with UnitOfWork(scop) as uow:
        session.close_session(uow, meeting_id, now=_at(16))
    with UnitOfWork(scop) as uow:
        state = session.session_state(uow, meeting_id, at=_at(16))
    assert state.meeting.status is MeetingStatus.CLOSED
    assert state.meeting.opened_at == OPENING and state.meeting.closed_at == _at(16)
    assert [(r.item_id, r.at, r.result.met, r.result.present) for r in state.records] == [
        (None, OPENING, True, 2), (item, _at(15, 30), False, 1)]
    assert state.records[0].result.ratio == state.quorum.ratio
    # A record keeps its explanation as given then (rule, source, reasons), for the minutes.
    assert state.records[1].result.reasons == result.reasons and result.reasons
    assert state.records[1].result.source == result.source
    with pytest.raises(UserError) as err:
        _attend(scop, meeting_id, a, _at(13, 50))
    assert err.value.code == "session.closed"


def test_opening_needs_a_convened_meeting(scop: Database, add_member: AddMember) -> None:
    meeting_id, _ = _meeting(scop, status=MeetingStatus.DRAFT)
    with pytest.raises(UserError) as err, UnitOfWork(scop) as uow:
        session.open_session(uow, meeting_id, now=OPENING)
    assert err.value.code == "meeting.illegal_transition"
    with pytest.raises(UserError) as err, UnitOfWork(scop) as uow:
        session.close_session(uow, meeting_id, now=OPENING)
    assert err.value.code == "meeting.illegal_transition"


def test_signature_is_stored_with_the_attendance(scop: Database, add_member: AddMember) -> None:
    (a,) = _voters(add_member, 1)
    meeting_id, _ = _meeting(scop)
    strokes = (((10, 20), (30, 40), (50, 45)), ((60, 10), (70, 90)))
    signature = Signature(strokes, _at(13, 55))
    with pytest.raises(UserError) as err, UnitOfWork(scop) as uow:
        session.sign(uow, meeting_id, a, signature)
    assert err.value.code == "session.signature_not_attending"
    _attend(scop, meeting_id, a, _at(13, 50))
    with pytest.raises(UserError) as err, UnitOfWork(scop) as uow:
        session.sign(uow, meeting_id, a, Signature((((1, 1),),), _at(13, 55)))
    assert err.value.code == "session.signature_empty"
    with UnitOfWork(scop) as uow:
        session.sign(uow, meeting_id, a, signature)
    _attend(scop, meeting_id, a, _at(13, 50), left=_at(17))  # the signature stays
    with UnitOfWork(scop) as uow:
        state = session.session_state(uow, meeting_id, at=_at(14))
    entry = next(line.entry for line in state.lines if line.member_id == a)
    assert entry.signature == signature
    assert entry.left_at == _at(17)


def test_arrival_defaults_to_now_during_the_session(scop: Database, add_member: AddMember) -> None:
    (a,) = _voters(add_member, 1)
    meeting_id, _ = _meeting(scop)
    with UnitOfWork(scop) as uow:
        session.open_session(uow, meeting_id, now=OPENING)
        session.set_attendance(uow, meeting_id, AttendanceEntry(a, PRESENT), now=_at(14, 20))
        state = session.session_state(uow, meeting_id, at=_at(14, 30))
    assert state.lines[0].entry.arrived_at == _at(14, 20)


def test_board_meeting_counts_voting_members_in_office(scop: Database,
                                                       add_member: AddMember) -> None:
    ids = _voters(add_member, 6)
    with UnitOfWork(scop) as uow:
        board, _ = mandates.add_body(uow, Body(0, BodyKind.SUPERVISORY_BOARD, "Conseil", 5))
        for mid in ids[:4]:
            mandates.add_mandate(uow, Mandate(0, board, mid, Role.MEMBER, date(2024, 1, 1)))
        mandates.add_mandate(uow, Mandate(0, board, ids[4], Role.ADVISORY, date(2024, 1, 1)))
        mandates.add_mandate(uow, Mandate(0, board, ids[5], Role.MEMBER, date(2024, 1, 1),
                                          end=date(2025, 1, 1)))
    meeting_id, _ = _meeting(scop, type=MeetingType.BOARD, body_id=board)
    _attend(scop, meeting_id, ids[0], _at(13))
    _add_proxy(scop, meeting_id, ids[1], ids[0])
    with pytest.raises(UserError) as err:
        _add_proxy(scop, meeting_id, ids[2], ids[0])
    assert err.value.code == "proxy.cap_exceeded"
    assert err.value.params["source"] == "C. com. R225-19"
    with pytest.raises(UserError) as err, UnitOfWork(scop) as uow:
        session.record_correspondence(uow, CorrespondenceForm(0, meeting_id, ids[2], _at(9)))
    assert err.value.code == "session.correspondence_not_allowed"
    result = _quorum(scop, meeting_id, _at(14))
    # Half of the 4 voting members, represented members not counted (board rule).
    assert (result.base, result.present, result.represented, result.required) == (4, 1, 0, 2)
    assert not result.met
    with UnitOfWork(scop) as uow:
        state = session.session_state(uow, meeting_id, at=_at(14))
    assert sorted(line.member_id for line in state.lines) == ids[:4]
