# SPDX-License-Identifier: GPL-3.0-or-later
"""Legal floors: statutes may be stricter than the law, never laxer."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

from talagov.core.findings import Severity
from talagov.core.floors import check_statutes, college_findings
from talagov.core.legal_forms import LegalForm
from talagov.core.presets import preset
from talagov.core.ratio import Ratio
from talagov.core.statutes import (
    CollegeSpec,
    Convocation,
    MajorityBase,
    MajorityRule,
    MeetingKind,
    ProxyCap,
    ProxyHolder,
    Statutes,
)
from talagov.messages import catalogue, render_finding

AGO, AGE, BOARD = MeetingKind.AGO, MeetingKind.AGE, MeetingKind.BOARD
FIRST, SECOND = Convocation.FIRST, Convocation.SECOND
CAST, PR, TOTAL = MajorityBase.CAST, MajorityBase.PRESENT_OR_REPRESENTED, MajorityBase.TOTAL
SA, SARL = LegalForm.SCIC_SA, LegalForm.SCOP_SARL

Change = Callable[[Statutes], Statutes]


def meeting(kind: MeetingKind, conv: Convocation, **changes: object) -> Change:
    def apply(s: Statutes) -> Statutes:
        return s.with_rule(kind, conv, replace(s.rule(kind, conv), **changes))  # type: ignore[arg-type]
    return apply


def section(name: str, **changes: object) -> Change:
    def apply(s: Statutes) -> Statutes:
        return replace(s, **{name: replace(getattr(s, name), **changes)})
    return apply


def colleges(*weights: int) -> Change:
    return lambda s: replace(s, colleges=tuple(CollegeSpec(f"c{i}", f"Collège {i}", w)
                                               for i, w in enumerate(weights)))


CASES: list[tuple[str, LegalForm, Change, set[str]]] = [
    # Quorums (L225-96/98; L223-30): raising is allowed, lowering is not.
    ("SA AGO quorum 1/6", SA, meeting(AGO, FIRST, quorum=Ratio(1, 6)), {"floor.ago.quorum"}),
    ("SA AGO quorum 1/4", SA, meeting(AGO, FIRST, quorum=Ratio(1, 4)), set()),
    ("SA AGE 2nd quorum 1/6", SA, meeting(AGE, SECOND, quorum=Ratio(1, 6)), {"floor.age.quorum"}),
    ("SARL AGE quorum 1/5", SARL, meeting(AGE, FIRST, quorum=Ratio(1, 5)), {"floor.age.quorum"}),
    # Majorities: loi Soulier makes votes cast mandatory in an SA.
    ("SA AGO on PR base", SA, meeting(AGO, FIRST, majority=MajorityRule(Ratio(1, 2), True, PR)),
     {"floor.ago.majority_base_cast"}),
    ("SA AGO half reached", SA, meeting(AGO, SECOND, majority=MajorityRule(Ratio(1, 2), False, CAST)),
     {"floor.ago.majority_strict"}),
    ("SA AGE 3/5", SA, meeting(AGE, FIRST, majority=MajorityRule(Ratio(3, 5), False, CAST)),
     {"floor.age.majority"}),
    ("SA AGE 3/4", SA, meeting(AGE, FIRST, majority=MajorityRule(Ratio(3, 4), False, CAST)), set()),
    ("SARL AGE on cast votes", SARL, meeting(AGE, FIRST, majority=MajorityRule(Ratio(2, 3), False, CAST)),
     {"floor.age.majority_base_present_or_represented"}),
    ("SARL AGE 3/4 of all, no quorum (pre-2005)", SARL,
     meeting(AGE, FIRST, quorum=Ratio(0, 1), majority=MajorityRule(Ratio(3, 4), False, TOTAL)), set()),
    ("SARL AGE unanimity", SARL, meeting(AGE, FIRST, majority=MajorityRule(Ratio(1, 1), False, PR)),
     {"floor.age.unanimity"}),
    ("SARL AGO 1st on PR", SARL, meeting(AGO, FIRST, majority=MajorityRule(Ratio(1, 2), True, PR)),
     {"floor.ago.majority_base_total"}),
    ("SARL AGO 2nd on PR (stricter)", SARL,
     meeting(AGO, SECOND, majority=MajorityRule(Ratio(1, 2), True, PR)), set()),
    # Notice (R225-69, R223-20), test 17.
    ("SA notice 14", SA, meeting(AGO, FIRST, notice_days=14), {"floor.ago.notice_days"}),
    ("SA notice 15", SA, meeting(AGO, FIRST, notice_days=15), set()),
    ("SA 2nd notice 9", SA, meeting(AGE, SECOND, notice_days=9), {"floor.age.notice_days"}),
    ("SARL 2nd notice 10", SARL, meeting(AGO, SECOND, notice_days=10), {"floor.ago.notice_days"}),
    ("negative board notice", LegalForm.ASSOCIATION, meeting(BOARD, FIRST, notice_days=-1),
     {"floor.board.notice_negative"}),
    # SA board (L225-37).
    ("board represented count", SA, meeting(BOARD, FIRST, represented_count_for_quorum=True),
     {"floor.board.quorum_represented"}),
    ("board quorum 1/3", SA, meeting(BOARD, FIRST, quorum=Ratio(1, 3)), {"floor.board.quorum"}),
    # SAS and associations: the statutes decide.
    ("SAS AGO anything", LegalForm.SCOP_SAS,
     meeting(AGO, FIRST, quorum=Ratio(0, 1), notice_days=5,
             majority=MajorityRule(Ratio(1, 3), False, CAST)), set()),
    ("association AGE anything", LegalForm.ASSOCIATION, meeting(AGE, FIRST, notice_days=1), set()),
    # SCOP proxies (loi 78-763 art. 14).
    ("SCOP spouse proxy", SARL, section("proxies", holder=ProxyHolder.ASSOCIATE_OR_SPOUSE),
     {"floor.proxies.holder"}),
    ("SCOP uncapped", SARL, section("proxies", cap=ProxyCap.NONE), {"floor.proxies.cap.missing"}),
    ("SCOP fixed 2", SARL, section("proxies", cap=ProxyCap.FIXED, cap_value=2), {"floor.proxies.cap"}),
    ("SCOP fixed 1", SARL, section("proxies", cap=ProxyCap.FIXED, cap_value=1), set()),
    ("SCIC spouse", SA, section("proxies", holder=ProxyHolder.ASSOCIATE_OR_SPOUSE), set()),
    # Mandates.
    ("term 7 years", SA, section("mandates", term_max_years=7), {"floor.mandates.term_max_years"}),
    ("SAS term 7 years (1947 art. 6)", LegalForm.SCIC_SAS, section("mandates", term_max_years=7),
     {"floor.mandates.term_max_years"}),
    ("association term 9", LegalForm.ASSOCIATION, section("mandates", term_max_years=9), set()),
    ("gérant 5 years", SARL, section("mandates", gerant_term_max_years=5),
     {"floor.mandates.gerant_term_max_years"}),
    ("gérant unlimited", SARL, section("mandates", gerant_term_max_years=0),
     {"floor.mandates.gerant_term_max_years.missing"}),
    ("board of 2", SA, section("mandates", board_min=2), {"floor.mandates.board_min"}),
    ("board of 19", SA, section("mandates", board_max=19), {"floor.mandates.board_max"}),
    ("CS above 25", SARL, section("mandates", supervisory_board_above=25),
     {"floor.mandates.supervisory_board_above"}),
    ("non-employees 1/2", SARL, section("mandates", non_employee_mandates_max=Ratio(1, 2)),
     {"floor.mandates.non_employee_mandates_max"}),
    ("non-employees 1/4", SARL, section("mandates", non_employee_mandates_max=Ratio(1, 4)), set()),
    # Composition.
    ("SCOP 50 % capital", SARL, section("composition", employee_capital_min=Ratio(1, 2)),
     {"floor.composition.employee_capital_min"}),
    ("SCOP 60 % capital", SARL, section("composition", employee_capital_min=Ratio(3, 5)), set()),
    ("SCOP no capital test", SARL, section("composition", employee_capital_min=None),
     {"floor.composition.employee_capital_min.missing"}),
    ("SCOP 64 % votes", SARL, section("composition", employee_votes_min=Ratio(64, 100)),
     {"floor.composition.employee_votes_min"}),
    ("SCOP external 36 %", SARL, section("composition", external_votes_max=Ratio(36, 100)),
     {"floor.composition.external_votes_max"}),
    ("SCOP-SA 6 employees", LegalForm.SCOP_SA, section("composition", min_employee_associates=6),
     {"floor.composition.min_employee_associates"}),
    ("SARL 150 associates", SARL, section("composition", max_associates=150),
     {"floor.composition.max_associates"}),
    ("SCIC public 51 %", SA, section("composition", public_capital_max=Ratio(51, 100)),
     {"floor.composition.public_capital_max"}),
    ("SCIC 2 categories", SA, section("composition", min_categories=2),
     {"floor.composition.min_categories"}),
    ("SCIC college max 60 %", SA, section("composition", college_max=Ratio(3, 5)),
     {"floor.composition.college_max"}),
    ("SCOP AG rules after 18 months", SARL, section("membership", ag_must_rule_after_months=18),
     {"floor.membership.ag_must_rule_after_months"}),
    # Colleges (art. 19 octies), test 23.
    ("colleges 55/30/15", SA, colleges(55, 30, 15), {"colleges.weight_high"}),
    ("colleges 60/40", SA, colleges(60, 40), {"colleges.count", "colleges.weight_high"}),
    ("colleges 50/30/20", SA, colleges(50, 30, 20), set()),
    ("colleges 1/1/1", SA, colleges(1, 1, 1), set()),
    ("colleges 5/45/50", SA, colleges(5, 45, 50), {"colleges.weight_low"}),
]


@pytest.mark.parametrize(("label", "form", "change", "codes"), CASES, ids=[c[0] for c in CASES])
def test_floor_cases(label: str, form: LegalForm, change: Change, codes: set[str]) -> None:
    findings = check_statutes(change(preset(form)))
    assert {f.code for f in findings} == codes
    for f in findings:
        assert f.severity is Severity.VIOLATION
        assert f.field, f.code
        assert f.code in catalogue(), f.code
        assert "?" not in render_finding(f, "fr") and "?" not in render_finding(f, "en")


def test_findings_explain_the_values() -> None:
    (found,) = check_statutes(meeting(AGO, FIRST, notice_days=14)(preset(SA)))
    assert found.field == "meetings.ago.1.notice_days"
    assert found.source == "C. com. R225-69"
    assert dict(found.params) == {"convocation": 1, "actual": 14, "required": 15}
    assert "14 jours" in render_finding(found, "fr") and "R225-69" in render_finding(found, "fr")


def test_proxy_cap_names_the_size_where_it_breaks_the_law() -> None:
    (found,) = check_statutes(section("proxies", cap=ProxyCap.FIXED, cap_value=3)(preset(SARL)))
    assert found.params["below"] == 60


def test_missing_meeting_rule() -> None:
    s = preset(SA)
    meetings = {k: v for k, v in s.meetings.items() if k[0] is not AGE}
    codes = {f.code for f in check_statutes(replace(s, meetings=meetings))}
    assert codes == {"floor.age.missing"}


def test_second_convocation_falls_back_to_the_first() -> None:
    s = preset(SARL)
    meetings = {k: v for k, v in s.meetings.items() if k != (AGE, SECOND)}
    assert check_statutes(replace(s, meetings=meetings)) == ()


def test_college_weight_params() -> None:
    (high,) = college_findings((CollegeSpec("a", "A", 55), CollegeSpec("b", "B", 30),
                                CollegeSpec("c", "C", 15)))
    assert dict(high.params) == {"college": "A", "actual_bp": 5500, "required_bp": 5000}


@given(st.lists(st.integers(min_value=0, max_value=60), min_size=0, max_size=7))
def test_college_floor_agrees_with_fractions(weights: list[int]) -> None:
    specs = tuple(CollegeSpec(str(i), str(i), w) for i, w in enumerate(weights))
    total = sum(weights)
    lawful = not weights or (
        len(weights) >= 3 and total > 0
        and all(Fraction(1, 10) <= Fraction(w, total) <= Fraction(1, 2) for w in weights)
    )
    assert (college_findings(specs) == ()) is lawful


@given(st.integers(0, 30), st.integers(1, 30), st.sampled_from(list(MeetingKind)))
def test_quorum_floor_agrees_with_fractions(num: int, den: int, kind: MeetingKind) -> None:
    num = min(num, den)
    s = meeting(kind, FIRST, quorum=Ratio(num, den))(preset(SA))
    floor = {AGO: Fraction(1, 5), AGE: Fraction(1, 4), BOARD: Fraction(1, 2)}[kind]
    flagged = f"floor.{kind.value}.quorum" in {f.code for f in check_statutes(s)}
    assert flagged is (Fraction(num, den) < floor)
