# SPDX-License-Identifier: GPL-3.0-or-later
"""The combined compliance check and the rules shared by every form."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from talagov.core.compliance import check_compliance, violations
from talagov.core.compliance_common import share_at_least, share_at_most
from talagov.core.findings import Severity
from talagov.core.legal_forms import LegalForm
from talagov.core.members import PersonKind, Representative
from talagov.core.presets import default_colleges, preset
from talagov.core.ratio import Ratio
from talagov.core.statutes import CollegeSpec
from talagov.messages import catalogue, render_finding
from tests.core.rules_fixtures import AT, BOARD, member, seats, snapshot, subscribe


def test_a_compliant_scic_has_no_finding() -> None:
    categories = ["salaries", "beneficiaires", "partenaires", "collectivites", "benevoles"]
    colleges = [c.key for c in default_colleges(LegalForm.SCIC_SA)]
    members = [member(i + 1, category=categories[i % 5], college=colleges[i % 5]) for i in range(10)]
    statutes = replace(preset(LegalForm.SCIC_SA), colleges=default_colleges(LegalForm.SCIC_SA))
    snap = snapshot(LegalForm.SCIC_SA, members, statutes=statutes, bodies=[BOARD],
                    mandates=seats(BOARD, [1, 2, 3]))
    assert check_compliance(snap) == ()


def test_violations_come_first_and_every_code_has_a_message() -> None:
    # A SCOP-SARL with 101 associates, one employee, a company without representative,
    # and no supervisory board.
    members = [member(1, employed=True), member(2, kind=PersonKind.LEGAL),
               *[member(i) for i in range(3, 102)]]
    found = check_compliance(snapshot(LegalForm.SCOP_SARL, members))
    severities = [f.severity for f in found]
    assert severities == sorted(severities, key=lambda s: s is not Severity.VIOLATION)
    assert {"sarl.max_associates", "scop.min_employee_associates", "scop.employee_capital",
            "scop.employee_votes", "scop.external_votes", "scop.supervisory_board_required",
            "member.no_representative"} <= {f.code for f in found}
    for f in found:
        assert f.code in catalogue()
        assert "?" not in render_finding(f, "fr") and "?" not in render_finding(f, "en")
        assert f.source or f.code == "member.no_representative"
    assert all(f.severity is Severity.VIOLATION for f in violations(found))
    assert len(violations(found)) == len(found) - 1


@pytest.mark.parametrize(("associates", "violation"), [(100, False), (101, True)])
def test_sarl_at_most_100_associates(associates: int, violation: bool) -> None:
    members = [member(i + 1) for i in range(associates)]
    found = check_compliance(snapshot(LegalForm.SCIC_SARL, members))
    assert ("sarl.max_associates" in {f.code for f in found}) is violation


def test_legal_entity_representative_on_the_date() -> None:
    rep = Representative("Dupont Marie", "Maire", date(2020, 1, 1), date(2026, 3, 31))
    commune = member(1, kind=PersonKind.LEGAL, category="collectivites", representatives=[rep])
    others = [member(2, category="salaries"), member(3, category="beneficiaires")]
    movements = [subscribe(1, 1), subscribe(2, 2), subscribe(3, 2)]
    before = check_compliance(snapshot(LegalForm.SCIC_SAS, [commune, *others], movements,
                                       at=date(2026, 3, 1)))
    after = check_compliance(snapshot(LegalForm.SCIC_SAS, [commune, *others], movements, at=AT))
    assert before == ()
    assert [(f.code, f.severity) for f in after] == [("member.no_representative", Severity.WARNING)]


def test_colleges_are_checked_against_the_statutes() -> None:
    # domain-rules §8 test 23: colleges 55/30/15, and a member in an unknown college.
    colleges = (CollegeSpec("a", "Salariés", 55), CollegeSpec("b", "Usagers", 30),
                CollegeSpec("c", "Partenaires", 15))
    statutes = replace(preset(LegalForm.SCIC_SA), colleges=colleges)
    members = [member(1, category="salaries", college="a"),
               member(2, category="beneficiaires", college="b"),
               member(3, category="partenaires", college="z")]
    found = check_compliance(snapshot(LegalForm.SCIC_SA, members, statutes=statutes))
    assert {f.code for f in found} == {"colleges.weight_high", "member.college_unknown"}
    unknown = next(f for f in found if f.code == "member.college_unknown")
    assert unknown.params["college"] == "z"


def test_stricter_statutory_college_band() -> None:
    colleges = tuple(CollegeSpec(k, k, w) for k, w in (("a", 40), ("b", 40), ("c", 20)))
    statutes = replace(preset(LegalForm.SCIC_SA), colleges=colleges)
    statutes = replace(statutes, composition=replace(statutes.composition, college_max=Ratio(1, 3)))
    members = [member(1, category="salaries", college="a"),
               member(2, category="beneficiaires", college="b"),
               member(3, category="partenaires", college="c")]
    found = check_compliance(snapshot(LegalForm.SCIC_SA, members, statutes=statutes))
    assert [f.code for f in found] == ["colleges.weight_high", "colleges.weight_high"]


@pytest.mark.parametrize(("part", "whole", "code"), [
    (51, 100, "x.near"), (50, 100, "x"), (53, 100, None), (0, 0, None), (509, 1000, "x"),
])
def test_share_at_least(part: int, whole: int, code: str | None) -> None:
    found = share_at_least("x", part, whole, Ratio(51, 100), source="s", path="p")
    assert (found.code if found else None) == code


@pytest.mark.parametrize(("part", "whole", "code"), [
    (1, 3, "x.near"), (35, 100, "x.near"), (36, 100, "x"), (33, 100, None),
])
def test_share_at_most(part: int, whole: int, code: str | None) -> None:
    found = share_at_most("x", part, whole, Ratio(35, 100), source="s", path="p")
    assert (found.code if found else None) == code
    if found is not None and code == "x":
        assert found.params["actual_bp"] == 3600
