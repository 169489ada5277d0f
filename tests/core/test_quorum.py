# SPDX-License-Identifier: GPL-3.0-or-later
"""Quorum: domain-rules cases 1, 2, 3, 7, 8, 11, 12 and 24, and its arithmetic."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from talagov.core.attendance import AttendanceEntry, AttendanceStatus
from talagov.core.correspondence import CorrespondenceForm
from talagov.core.legal_forms import LegalForm
from talagov.core.presets import preset
from talagov.core.proxies import Proxy, ProxyDecision, check_proxies
from talagov.core.quorum import QuorumResult, evaluate_quorum, quorum_source, required_participants
from talagov.core.ratio import Ratio
from talagov.core.statutes import Convocation, MeetingKind, MeetingRule

SA = preset(LegalForm.SCIC_SA)
SARL = preset(LegalForm.SCIC_SARL)
OPENED = datetime(2026, 6, 30, 14, 0)
AT = datetime(2026, 6, 30, 14, 30)
AGO, AGE, BOARD = MeetingKind.AGO, MeetingKind.AGE, MeetingKind.BOARD
FIRST, SECOND = Convocation.FIRST, Convocation.SECOND
PRESENT, REMOTE = AttendanceStatus.PRESENT, AttendanceStatus.REMOTE


@dataclass(frozen=True)
class Room:
    """Members 1..present attend; the next ones are represented by member 1; then postal."""

    present: int
    represented: int = 0
    postal: int = 0
    remote: int = 0

    def entries(self) -> list[AttendanceEntry]:
        out = [AttendanceEntry(i, PRESENT, OPENED) for i in range(1, self.present + 1)]
        start = 1000
        out += [AttendanceEntry(start + i, REMOTE, OPENED) for i in range(self.remote)]
        return out

    def decisions(self) -> list[ProxyDecision]:
        first = self.present + 1
        return [ProxyDecision(Proxy(i, 1, i, 1, OPENED.date()), True, 1)
                for i in range(first, first + self.represented)]

    def forms(self) -> list[CorrespondenceForm]:
        first = self.present + self.represented + 1
        return [CorrespondenceForm(i, 1, i, OPENED - timedelta(days=1))
                for i in range(first, first + self.postal)]


def _evaluate(rule: MeetingRule, base: int, room: Room, *, remote_allowed: bool = True,
              correspondence_allowed: bool = True) -> QuorumResult:
    return evaluate_quorum(rule, base=base, entries=room.entries(),
                           proxy_decisions=room.decisions(), forms=room.forms(),
                           opened_at=OPENED, at=AT, remote_allowed=remote_allowed,
                           correspondence_allowed=correspondence_allowed, source="src")


CASES = [
    # (label, statutes, kind, convocation, base, room, met, required)
    ("1: AGO 1st, 19 of 100", SA, AGO, FIRST, 100, Room(10, 5, 4), False, 20),
    ("1: AGO 1st, 20 of 100", SA, AGO, FIRST, 100, Room(10, 5, 5), True, 20),
    ("2: AGO 2nd, 3 present", SA, AGO, SECOND, 100, Room(3), True, 0),
    ("3: AGE 1st, 24 of 100", SA, AGE, FIRST, 100, Room(20, 4), False, 25),
    ("3: AGE 2nd, 20 of 100", SA, AGE, SECOND, 100, Room(20), True, 20),
    ("11: SARL AGE 1st, 7 of 30", SARL, AGE, FIRST, 30, Room(7), False, 8),
    ("11: SARL AGE 1st, 8 of 30", SARL, AGE, FIRST, 30, Room(8), True, 8),
    ("12: SARL AGE 2nd, 6 of 30", SARL, AGE, SECOND, 30, Room(6), True, 6),
    ("24: board 5 present + 3 represented", SA, BOARD, FIRST, 10, Room(5, 3), True, 5),
    ("24: board 4 present + 4 represented", SA, BOARD, FIRST, 10, Room(4, 4), False, 5),
]


@pytest.mark.parametrize(("label", "statutes", "kind", "conv", "base", "room", "met", "required"),
                         CASES, ids=[c[0] for c in CASES])
def test_domain_cases(label: str, statutes: object, kind: MeetingKind, conv: Convocation,
                      base: int, room: Room, met: bool, required: int) -> None:
    rule = statutes.rule(kind, conv)  # type: ignore[attr-defined]
    result = _evaluate(rule, base, room)
    assert result.met is met
    assert result.required == required
    assert result.ratio == rule.quorum


def test_case_24_represented_board_members_are_explained() -> None:
    result = _evaluate(SA.rule(BOARD, FIRST), 10, Room(4, 4))
    assert (result.present, result.represented, result.participants) == (4, 0, 4)
    assert "quorum.represented_not_counted" in [f.code for f in result.reasons]
    assert "quorum.not_met" in [f.code for f in result.reasons]


def test_counts_split_by_way_of_taking_part() -> None:
    result = _evaluate(SA.rule(AGO, FIRST), 100, Room(10, 5, 5, remote=2))
    assert (result.present, result.remote, result.represented, result.correspondence) == (12, 2, 5, 5)
    assert result.participants == 22 == len(result.participant_ids)
    assert result.source == "src"


def test_remote_members_not_deemed_present() -> None:
    result = _evaluate(SA.rule(AGO, FIRST), 100, Room(18, remote=2), remote_allowed=False)
    assert (result.present, result.remote, result.participants) == (18, 0, 18)
    assert not result.met
    found = {f.code: f for f in result.reasons}
    assert found["quorum.remote_not_counted"].params == {"count": 2}


def test_case_8_late_forms_are_not_counted() -> None:
    late = CorrespondenceForm(50, 1, 50, OPENED + timedelta(minutes=1))
    on_time = CorrespondenceForm(51, 1, 51, OPENED - timedelta(minutes=1))
    result = evaluate_quorum(SA.rule(AGO, FIRST), base=100, entries=[],
                             proxy_decisions=[], forms=[late, on_time], opened_at=OPENED, at=AT,
                             remote_allowed=True, correspondence_allowed=True, source="")
    assert result.correspondence == 1
    found = {f.code: f for f in result.reasons}
    assert found["quorum.late_forms"].params == {"count": 1}
    assert found["quorum.late_forms"].source == "C. com. L225-107 I"


def test_case_7_form_without_directions_counts() -> None:
    blank_form = CorrespondenceForm(1, 1, 7, OPENED - timedelta(days=2), choices={})
    result = evaluate_quorum(SA.rule(AGO, FIRST), base=5, entries=[], proxy_decisions=[],
                             forms=[blank_form], opened_at=OPENED, at=AT, remote_allowed=True,
                             correspondence_allowed=True, source="")
    assert result.correspondence == 1 and result.met


def test_correspondence_not_allowed() -> None:
    result = _evaluate(SA.rule(AGO, FIRST), 100, Room(10, 0, 10), correspondence_allowed=False)
    assert result.correspondence == 0
    assert "quorum.correspondence_not_counted" in [f.code for f in result.reasons]


def test_each_member_counted_once() -> None:
    # Member 1 is present, sent a form and is named as principal of a proxy: counted once.
    entries = [AttendanceEntry(1, PRESENT, OPENED), AttendanceEntry(2, PRESENT, OPENED)]
    forms = [CorrespondenceForm(1, 1, 1, OPENED - timedelta(days=1)),
             CorrespondenceForm(2, 1, 3, OPENED - timedelta(days=1))]
    proxies = [Proxy(1, 1, 1, 2, OPENED.date()), Proxy(2, 1, 3, 2, OPENED.date())]
    decisions = check_proxies(proxies, statutes=SA, eligible_ids=frozenset({1, 2, 3}),
                              attending_ids=frozenset(), eligible=3, chair_id=None)
    result = evaluate_quorum(SA.rule(AGO, FIRST), base=3, entries=entries,
                             proxy_decisions=decisions, forms=forms, opened_at=OPENED, at=AT,
                             remote_allowed=True, correspondence_allowed=True, source="")
    assert (result.present, result.represented, result.correspondence) == (2, 0, 1)
    assert result.participants == 3
    assert result.participant_ids == {1, 2, 3}  # the same people, by id (the polls' bases)


def test_arrival_and_departure_times() -> None:
    rule = SA.rule(AGO, FIRST)
    late = AttendanceEntry(1, PRESENT, arrived_at=AT + timedelta(minutes=5))
    gone = AttendanceEntry(2, PRESENT, arrived_at=OPENED, left_at=AT)
    stays = AttendanceEntry(3, PRESENT, arrived_at=OPENED, left_at=AT + timedelta(hours=1))
    result = evaluate_quorum(rule, base=10, entries=[late, gone, stays], proxy_decisions=[],
                             forms=[], opened_at=OPENED, at=AT, remote_allowed=True,
                             correspondence_allowed=True, source="")
    assert result.present == 1


def test_proxy_counts_only_while_its_holder_attends() -> None:
    entries = [AttendanceEntry(1, PRESENT, OPENED, left_at=AT)]
    decisions = [ProxyDecision(Proxy(1, 1, 2, 1, OPENED.date()), True, 1)]
    result = evaluate_quorum(SA.rule(AGO, FIRST), base=5, entries=entries,
                             proxy_decisions=decisions, forms=[], opened_at=OPENED, at=AT,
                             remote_allowed=True, correspondence_allowed=True, source="")
    assert result.represented == 0
    assert "quorum.holder_absent" in [f.code for f in result.reasons]


def test_required_participants_and_source() -> None:
    assert required_participants(Ratio(1, 5), 100) == 20
    assert required_participants(Ratio(1, 5), 101) == 21
    assert required_participants(Ratio(0, 1), 100) == 0
    assert required_participants(Ratio(1, 2), 0) == 0
    assert quorum_source(SA, AGO, FIRST) == "C. com. L225-98"
    assert quorum_source(SA, BOARD, SECOND) == "C. com. L225-37"


@given(
    base=st.integers(min_value=0, max_value=300),
    num=st.integers(min_value=0, max_value=10),
    den=st.integers(min_value=1, max_value=10),
    present=st.integers(min_value=0, max_value=300),
    represented=st.integers(min_value=0, max_value=300),
    postal=st.integers(min_value=0, max_value=300),
    counted=st.booleans(),
)
def test_property_met_iff_enough_participants(base: int, num: int, den: int, present: int,
                                              represented: int, postal: int,
                                              counted: bool) -> None:
    num = min(num, den)
    present = min(present, base)
    represented = min(represented, base - present)
    postal = min(postal, base - present - represented)
    rule = MeetingRule(Ratio(num, den), SA.rule(AGO, FIRST).quorum_base,
                       SA.rule(AGO, FIRST).majority, 15, represented_count_for_quorum=counted)
    result = _evaluate(rule, base, Room(present, represented, postal))
    assert result.met is (result.participants >= result.required)
    assert result.met is Ratio(num, den).reached_by(result.participants, base)
    assert result.required == 0 or not Ratio(num, den).reached_by(result.required - 1, base)
    assert result.participants == result.present + result.represented + result.correspondence
    assert result.participants <= base and result.required <= base


def test_ten_thousand_members_each_counted_once() -> None:
    # Speed is measured by ``talagov bench`` (target under 20 ms), never asserted here.
    n = 10_000
    entries = [AttendanceEntry(i, PRESENT if i % 3 else AttendanceStatus.ABSENT, OPENED)
               for i in range(n)]
    holders = [i for i in range(n) if i % 3]
    proxies = [Proxy(i, 1, i, holders[i % len(holders)], OPENED.date())
               for i in range(0, n, 3)]
    forms = [CorrespondenceForm(i, 1, i, OPENED - timedelta(days=1)) for i in range(0, n, 6)]
    statutes = preset(LegalForm.SCOP_SA)
    decisions = check_proxies(proxies, statutes=statutes, eligible_ids=frozenset(range(n)),
                              attending_ids=frozenset(holders), eligible=n, chair_id=1)
    result = evaluate_quorum(statutes.rule(AGO, FIRST), base=n, entries=entries,
                             proxy_decisions=decisions, forms=forms, opened_at=OPENED, at=AT,
                             remote_allowed=True, correspondence_allowed=True, source="")
    assert result.participants == n
    assert result.present + result.represented + result.correspondence == n


_TIMES = st.one_of(st.none(), st.sampled_from([OPENED, AT, AT + timedelta(minutes=1)]))


@given(st.lists(st.tuples(st.sampled_from(list(AttendanceStatus)), _TIMES, _TIMES), max_size=30))
def test_property_present_matches_attending_at(rows: list[tuple[AttendanceStatus, datetime | None,
                                                                datetime | None]]) -> None:
    entries = [AttendanceEntry(i, s, a, left) for i, (s, a, left) in enumerate(rows)]
    result = evaluate_quorum(SA.rule(AGO, FIRST), base=len(entries), entries=entries,
                             proxy_decisions=[], forms=[], opened_at=OPENED, at=AT,
                             remote_allowed=True, correspondence_allowed=True, source="")
    assert result.present == sum(e.attending_at(AT) for e in entries)
    assert result.remote == sum(e.attending_at(AT) and e.status is REMOTE for e in entries)
