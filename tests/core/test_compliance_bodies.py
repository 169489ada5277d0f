# SPDX-License-Identifier: GPL-3.0-or-later
"""Boards and mandates: sizes, terms, over-70s, SCOP non-employee share, SCOP-SARL CS."""

from __future__ import annotations

from datetime import date

import pytest

from talagov.core.compliance_bodies import bodies_findings, over_70
from talagov.core.findings import Finding, Severity
from talagov.core.legal_forms import LegalForm
from talagov.core.mandates import Mandate, Role
from talagov.core.members import Member
from tests.core.rules_fixtures import AT, BOARD, MANAGEMENT, SUPERVISORY, member, seats, snapshot

SA = LegalForm.SCIC_SA
OLD = date(1950, 1, 1)  # 76 on AT


def findings(form: LegalForm, members: list[Member], mandates: list[Mandate]) -> tuple[Finding, ...]:
    return bodies_findings(snapshot(form, members, bodies=[BOARD, MANAGEMENT, SUPERVISORY],
                                    mandates=mandates))


def codes(found: tuple[Finding, ...]) -> set[str]:
    return {f.code for f in found}


def people(n: int, **kwargs: object) -> list[Member]:
    return [member(i + 1, **kwargs) for i in range(n)]  # type: ignore[arg-type]


# domain-rules §8 test 22.
@pytest.mark.parametrize(("size", "expected"), [
    (2, {"board.too_small"}), (3, set()), (18, set()), (19, {"board.too_large"}),
])
def test_sa_board_size(size: int, expected: set[str]) -> None:
    found = findings(SA, people(size), seats(BOARD, range(1, size + 1)))
    assert codes(found) == expected
    assert all(f.severity is Severity.VIOLATION and f.source == "C. com. L225-17" for f in found)


def test_advisory_and_past_seats_do_not_count() -> None:
    mandates = seats(BOARD, [1, 2, 3])
    mandates.append(Mandate(10, BOARD.id, 4, Role.ADVISORY, date(2025, 1, 1)))
    mandates.append(Mandate(11, BOARD.id, 5, Role.ADMINISTRATOR, date(2020, 1, 1), end=date(2026, 1, 1)))
    mandates[0] = Mandate(1, BOARD.id, 1, Role.ADMINISTRATOR, date(2026, 7, 1))  # starts later
    (found,) = findings(SA, people(5), mandates)
    assert (found.code, found.params["actual"]) == ("board.too_small", 2)


@pytest.mark.parametrize(("years", "violation"), [(6, False), (7, True)])
def test_administrator_term(years: int, violation: bool) -> None:
    found = findings(SA, people(3), seats(BOARD, [1, 2, 3], years=years))
    assert ("mandate.term_too_long" in codes(found)) is violation
    if violation:
        f = next(iter(found))
        assert (f.params["actual_months"], f.params["required_years"]) == (84, 6)
        assert f.source == "Loi 47-1775 art. 6"


@pytest.mark.parametrize(("old", "violation"), [(3, False), (4, True)])
def test_over_70_with_silent_statutes(old: int, violation: bool) -> None:
    # 4 of 9 administrators over 70 → 4 > 3 (L225-19).
    members = [member(i + 1, birth=OLD if i < old else date(1980, 1, 1)) for i in range(9)]
    found = findings(SA, members, seats(BOARD, range(1, 10)))
    assert ("board.over_70" in codes(found)) is violation


@pytest.mark.parametrize(("birth", "over"), [
    (date(1956, 6, 30), False),  # 70th birthday today
    (date(1956, 6, 29), True),
    (None, False),
])
def test_over_70(birth: date | None, over: bool) -> None:
    assert over_70(birth, AT) is over


def test_leap_day_birthday() -> None:
    assert not over_70(date(1956, 2, 29), date(2026, 3, 1))
    assert over_70(date(1956, 2, 29), date(2026, 3, 2))


def test_no_age_rule_outside_an_sa() -> None:
    members = [member(i + 1, birth=OLD) for i in range(3)]
    assert findings(LegalForm.SCIC_SAS, members, seats(BOARD, [1, 2, 3])) == ()


# domain-rules §8 test 21: non-employees hold 2 of 5 board seats.
@pytest.mark.parametrize(("outside", "violation"), [(1, False), (2, True)])
def test_scop_non_employee_mandates(outside: int, violation: bool) -> None:
    members = [member(i + 1, employed=i >= outside) for i in range(7)]
    found = findings(LegalForm.SCOP_SA, members, seats(BOARD, range(1, 6)))
    assert ("scop.non_employee_mandates" in codes(found)) is violation
    if violation:
        f = next(f for f in found if f.code == "scop.non_employee_mandates")
        assert (f.params["actual"], f.params["total"]) == (2, 5)


def test_scop_non_employee_share_counts_every_governing_body() -> None:
    members = [member(i + 1, employed=i >= 1) for i in range(4)]
    # One non-employee gérant out of 3 mandates overall: exactly 1/3 is allowed.
    mandates = [*seats(MANAGEMENT, [1], years=4, role=Role.GERANT),
                *seats(SUPERVISORY, [2, 3], years=4, first_id=10)]
    assert "scop.non_employee_mandates" not in codes(findings(LegalForm.SCOP_SARL, members, mandates))


# domain-rules §8 test 20.
@pytest.mark.parametrize(("associates", "with_cs", "violation"), [
    (21, False, True), (20, False, False), (21, True, False),
])
def test_supervisory_board_above_20_associates(associates: int, with_cs: bool, violation: bool) -> None:
    members = people(associates, employed=True)
    mandates = seats(SUPERVISORY, [1, 2, 3], years=4) if with_cs else []
    found = findings(LegalForm.SCOP_SARL, members, mandates)
    assert ("scop.supervisory_board_required" in codes(found)) is violation


@pytest.mark.parametrize(("size", "code"), [(2, "supervisory_board.too_small"), (3, None), (9, None),
                                            (10, "supervisory_board.too_large")])
def test_supervisory_board_size(size: int, code: str | None) -> None:
    found = findings(LegalForm.SCOP_SARL, people(30, employed=True), seats(SUPERVISORY, range(1, size + 1),
                                                                           years=4))
    assert codes(found) == ({code} if code else set())


@pytest.mark.parametrize(("years", "violation"), [(4, False), (5, True)])
def test_scop_sarl_gerant_term(years: int, violation: bool) -> None:
    found = findings(LegalForm.SCOP_SARL, people(2, employed=True),
                     seats(MANAGEMENT, [1], years=years, role=Role.GERANT))
    assert codes(found) == ({"mandate.gerant_term_too_long"} if violation else set())


def test_suggested_board_sizes_only_warn() -> None:
    # Outside an SA, the board size is the preset's suggestion, not the law.
    found = findings(LegalForm.SCIC_SAS, people(2), seats(BOARD, [1, 2]))
    assert [(f.code, f.severity) for f in found] == [("board.too_small", Severity.WARNING)]
