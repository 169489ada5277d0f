# SPDX-License-Identifier: GPL-3.0-or-later
"""SCOP application duties: the AG must rule after a year (S4), statutory delay to apply (S5)."""

from __future__ import annotations

from datetime import date

import pytest

from talagov.core.applications import Application, Decision, DueReason, add_months, due_applications
from talagov.core.statutes import MembershipRules

SCOP = MembershipRules(ag_must_rule_after_months=12, employee_application_months=6)
AT = date(2026, 6, 30)


@pytest.mark.parametrize(("start", "months", "expected"), [
    (date(2026, 1, 31), 1, date(2026, 2, 28)),
    (date(2024, 1, 31), 1, date(2024, 2, 29)),
    (date(2025, 11, 15), 3, date(2026, 2, 15)),
    (date(2025, 6, 30), 12, date(2026, 6, 30)),
])
def test_add_months(start: date, months: int, expected: date) -> None:
    assert add_months(start, months) == expected


@pytest.mark.parametrize(("app", "reason", "deadline"), [
    # Hired 30 June 2025, applied, undecided: a year today, the AG must rule (S4).
    (Application(1, "A", hired_on=date(2025, 6, 30), applied_on=date(2025, 9, 1)),
     DueReason.AG_MUST_RULE, date(2026, 6, 30)),
    (Application(1, "A", hired_on=date(2025, 7, 1), applied_on=date(2025, 9, 1)),
     DueReason.AWAITING_DECISION, None),
    # Hired 1 Dec 2025, must apply within 6 months (S5): deadline 1 June 2026 passed.
    (Application(1, "A", hired_on=date(2025, 12, 1)), DueReason.MUST_APPLY, date(2026, 6, 1)),
    (Application(1, "A", hired_on=date(2026, 1, 15)), DueReason.APPLY_SOON, date(2026, 7, 15)),
    (Application(1, "A", applied_on=date(2026, 6, 1)), DueReason.AWAITING_DECISION, None),
])
def test_due_reason(app: Application, reason: DueReason, deadline: date | None) -> None:
    (due,) = due_applications([app], SCOP, AT)
    assert (due.reason, due.deadline) == (reason, deadline)


def test_nothing_due() -> None:
    apps = [
        Application(1, "Far", hired_on=date(2026, 5, 1)),  # deadline 1 Nov: more than 30 days
        Application(2, "Done", applied_on=date(2026, 1, 1), decision=Decision.ACCEPTED),
        Application(3, "Gone", applied_on=date(2026, 1, 1), decision=Decision.WITHDRAWN),
        Application(4, "External, not applied"),
    ]
    assert due_applications(apps, SCOP, AT) == []


def test_no_statutory_delay_means_no_duty_to_apply() -> None:
    rules = MembershipRules(ag_must_rule_after_months=12)
    assert due_applications([Application(1, "A", hired_on=date(2020, 1, 1))], rules, AT) == []


def test_most_urgent_first() -> None:
    apps = [
        Application(1, "Waiting", applied_on=date(2026, 6, 1)),
        Application(2, "Soon", hired_on=date(2026, 1, 15)),
        Application(3, "Rule", hired_on=date(2024, 1, 1), applied_on=date(2024, 3, 1)),
        Application(4, "Late", hired_on=date(2025, 1, 1)),
    ]
    reasons = [d.reason for d in due_applications(apps, SCOP, AT)]
    assert reasons == [DueReason.MUST_APPLY, DueReason.APPLY_SOON, DueReason.AG_MUST_RULE,
                       DueReason.AWAITING_DECISION]
