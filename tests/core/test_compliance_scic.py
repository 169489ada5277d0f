# SPDX-License-Identifier: GPL-3.0-or-later
"""SCIC composition: three categories with beneficiaries and employees, public capital ≤ 50 %."""

from __future__ import annotations

import pytest

from talagov.core.compliance_scic import scic_findings
from talagov.core.findings import Severity
from talagov.core.legal_forms import LegalForm
from talagov.core.members import Member
from tests.core.rules_fixtures import member, snapshot, subscribe

SCIC = LegalForm.SCIC_SA


def team(*categories: str) -> list[Member]:
    return [member(i + 1, category=c) for i, c in enumerate(categories)]


@pytest.mark.parametrize(("categories", "expected"), [
    (("salaries", "beneficiaires", "partenaires"), set()),
    (("producteurs", "beneficiaires", "benevoles"), set()),
    # domain-rules §8 test 23: only two categories; no beneficiary category.
    (("salaries", "beneficiaires", "salaries"), {"scic.min_categories"}),
    (("salaries", "partenaires", "benevoles"), {"scic.beneficiaries_missing"}),
    (("partenaires", "beneficiaires", "benevoles"), {"scic.employees_or_producers_missing"}),
    (("partenaires", "benevoles"), {"scic.min_categories", "scic.beneficiaries_missing",
                                    "scic.employees_or_producers_missing"}),
])
def test_categories(categories: tuple[str, ...], expected: set[str]) -> None:
    found = scic_findings(snapshot(SCIC, team(*categories)))
    assert {f.code for f in found} == expected
    assert all(f.severity is Severity.VIOLATION for f in found)


def test_exited_members_do_not_make_a_category() -> None:
    members = [*team("salaries", "beneficiaires"),
               member(3, category="partenaires", exit_date=snapshot(SCIC, []).at)]
    found = scic_findings(snapshot(SCIC, members))
    assert {f.code: f.params["actual"] for f in found} == {"scic.min_categories": 2}


@pytest.mark.parametrize(("public", "others", "code", "severity"), [
    (51, 49, "scic.public_capital", Severity.VIOLATION),  # test 23: 51 % of capital
    (50, 50, "scic.public_capital.near", Severity.WARNING),
    (49, 51, "scic.public_capital.near", Severity.WARNING),
    (48, 52, None, None),
    (40, 60, None, None),
])
def test_public_bodies_capital(public: int, others: int, code: str | None,
                               severity: Severity | None) -> None:
    members = [*team("salaries", "beneficiaires"), member(3, category="collectivites")]
    movements = [subscribe(1, others // 2), subscribe(2, others - others // 2), subscribe(3, public)]
    found = [f for f in scic_findings(snapshot(SCIC, members, movements)) if "public" in f.code]
    if code is None:
        assert found == []
    else:
        (f,) = found
        assert (f.code, f.severity) == (code, severity)
        assert f.params["actual_bp"] == public * 100
        assert f.params["required_bp"] == 5000
        assert f.params["public_cents"] == public * 2500
