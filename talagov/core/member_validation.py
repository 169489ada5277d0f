# SPDX-License-Identifier: GPL-3.0-or-later
"""Field checks of a member record, as findings (shown inline by the GUI)."""

from __future__ import annotations

import re

from talagov.core.findings import Finding, Severity
from talagov.core.members import Member, PersonKind

# Deliberately loose: one @, something on each side, a dot in the domain. Real
# validation is the convocation e-mail bouncing, not a regex.
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


def _v(code: str, field: str, **params: object) -> Finding:
    return Finding(code, Severity.VIOLATION, field=field, params=params)


def email_is_plausible(text: str) -> bool:
    """Whether ``text`` looks like an e-mail address."""
    return bool(_EMAIL.match(text.strip()))


def member_problems(m: Member) -> tuple[Finding, ...]:
    """Problems that prevent saving ``m`` (empty when it can be saved)."""
    problems: list[Finding] = []
    if not m.number.strip():
        problems.append(_v("member.number_required", "number"))
    if not m.name.strip():
        problems.append(_v("member.name_required", "name"))
    if m.kind is PersonKind.LEGAL and m.first_name.strip():
        problems.append(_v("member.entity_first_name", "first_name"))
    if m.email and not email_is_plausible(m.email):
        problems.append(_v("member.email_invalid", "email", value=m.email))
    if m.exit_date is not None:
        if m.admission_date is None:
            problems.append(_v("member.exit_without_admission", "exit_date"))
        elif m.exit_date < m.admission_date:
            problems.append(
                _v("member.exit_before_admission", "exit_date", exit=m.exit_date, admission=m.admission_date)
            )
        if m.exit_cause is None:
            problems.append(_v("member.exit_cause_required", "exit_cause"))
    elif m.exit_cause is not None:
        problems.append(_v("member.exit_date_required", "exit_date"))
    if m.consent_date is not None:
        address = m.consent_address or m.email
        if not address or not email_is_plausible(address):
            problems.append(_v("member.consent_needs_email", "consent_address"))
    for period in m.employment:
        if period.end is not None and period.end < period.start:
            problems.append(_v("member.employment_dates", "employment", start=period.start))
    for rep in m.representatives:
        if not rep.name.strip():
            problems.append(_v("member.representative_name", "representatives"))
        if rep.end is not None and rep.end < rep.start:
            problems.append(_v("member.representative_dates", "representatives", start=rep.start))
    if m.kind is PersonKind.NATURAL and m.representatives:
        problems.append(_v("member.person_with_representative", "representatives"))
    return tuple(problems)
