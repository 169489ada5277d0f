# SPDX-License-Identifier: GPL-3.0-or-later
"""Membership applications and the SCOP duties around them (domain-rules S4-S5).

An employee may be forced by the statutes to apply within a delay (S5); the AG must
rule on the application of anyone employed for a year (S4). :func:`due_applications`
lists who needs attention on a given date, with the reason as data.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from talagov.core.statutes import MembershipRules


class Decision(enum.StrEnum):
    """The state of an application."""

    PENDING = "pending"
    ACCEPTED = "accepted"
    REJECTED = "rejected"
    WITHDRAWN = "withdrawn"


@dataclass(frozen=True)
class Application:
    """A person's application to become an associate.

    ``hired_on`` is set for employees of the cooperative (the SCOP duties depend on it);
    ``applied_on`` is ``None`` while an employee has not applied yet.
    """

    id: int
    name: str
    first_name: str = ""
    hired_on: date | None = None
    applied_on: date | None = None
    decision: Decision = Decision.PENDING
    decided_on: date | None = None
    decided_by: str = ""
    member_id: int | None = None
    category_key: str = ""
    notes: str = ""


class DueReason(enum.StrEnum):
    """Why an application needs attention."""

    MUST_APPLY = "must_apply"  # employee past the statutory delay without applying (S5)
    APPLY_SOON = "apply_soon"  # employee within 30 days of that delay
    AG_MUST_RULE = "ag_must_rule"  # employed for the statutory period, applied, undecided (S4)
    AWAITING_DECISION = "awaiting_decision"  # applied, undecided, no legal deadline yet


@dataclass(frozen=True)
class DueApplication:
    """An application needing attention, with the date the duty falls."""

    application: Application
    reason: DueReason
    deadline: date | None


def add_months(start: date, months: int) -> date:
    """``start`` plus whole months, clamped to the end of the month (31 Jan + 1 = 28/29 Feb)."""
    month_index = start.month - 1 + months
    year, month = start.year + month_index // 12, month_index % 12 + 1
    for day in (start.day, 30, 29, 28):
        try:
            return date(year, month, day)
        except ValueError:
            continue
    raise AssertionError("unreachable")


def due_applications(
    applications: Iterable[Application], rules: MembershipRules, at: date
) -> list[DueApplication]:
    """Applications needing attention on ``at``, most urgent first.

    Args:
        applications: every application on record.
        rules: the statutes' membership rules (delays in months; 0 disables a duty).
        at: the reference date (today, or the date of the next AG).
    """
    due: list[DueApplication] = []
    for app in applications:
        if app.decision is not Decision.PENDING:
            continue
        if app.applied_on is None:
            if app.hired_on is None or rules.employee_application_months <= 0:
                continue
            deadline = add_months(app.hired_on, rules.employee_application_months)
            if deadline <= at:
                due.append(DueApplication(app, DueReason.MUST_APPLY, deadline))
            elif (deadline - at).days <= 30:
                due.append(DueApplication(app, DueReason.APPLY_SOON, deadline))
            continue
        if app.hired_on is not None and rules.ag_must_rule_after_months > 0:
            rule_from = add_months(app.hired_on, rules.ag_must_rule_after_months)
            if rule_from <= at:
                due.append(DueApplication(app, DueReason.AG_MUST_RULE, rule_from))
                continue
        due.append(DueApplication(app, DueReason.AWAITING_DECISION, None))
    order = list(DueReason)
    return sorted(due, key=lambda d: (order.index(d.reason), d.deadline or at, d.application.id))
