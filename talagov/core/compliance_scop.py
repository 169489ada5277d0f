# SPDX-License-Identifier: GPL-3.0-or-later
"""SCOP composition: employee capital and votes, external votes, employee-associates.

Who counts as an employee differs between the two tests (domain-rules S3): for the
51 % capital test, current employees plus former employees still associates whose
employment ended by retirement, economic dismissal or invalidity; for the 65 % vote
test, every current or former employee-associate. Each check runs only when its
threshold is set in the statutes, so the rules stay data-driven.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

from talagov.core.compliance_common import (
    severity_for,
    share_at_least,
    share_at_most,
    source_for,
)
from talagov.core.findings import Finding
from talagov.core.members import CAPITAL_TEST_KEEPS, Member
from talagov.core.register import RegisterSnapshot
from talagov.core.voting_rights import current_members, member_capital, voting_roll


def counts_for_capital_test(member: Member, at: date) -> bool:
    """Employed on ``at``, or a former employee who left for a reason that keeps them.

    Only the last employment ended on or before ``at`` decides (S3, CG Scop art. 14.2).
    """
    if member.is_employee_on(at):
        return True
    ended = [p for p in member.employment if p.end is not None and p.end <= at]
    if not ended:
        return False
    last = max(ended, key=lambda p: (p.end or at, p.start))
    return last.end_cause in CAPITAL_TEST_KEEPS


def counts_for_vote_test(member: Member, at: date) -> bool:
    """Employed now or at any time before ``at`` (S3: all former employees count)."""
    return member.was_ever_employee_before(at)


def _capital_findings(snapshot: RegisterSnapshot) -> Iterator[Finding]:
    required = snapshot.statutes.composition.employee_capital_min
    if required is None:
        return
    held = member_capital(snapshot)
    total = sum(held.values())
    by_id = {m.id: m for m in snapshot.members}
    employees = sum(cents for mid, cents in held.items()
                    if counts_for_capital_test(by_id[mid], snapshot.at))
    path = "composition.employee_capital_min"
    found = share_at_least("scop.employee_capital", employees, total, required,
                           source=source_for(snapshot, path, "Loi 78-763"), path=path,
                           severity=severity_for(snapshot, path),
                           employee_cents=employees, total_cents=total)
    if found is not None:
        yield found


def _vote_findings(snapshot: RegisterSnapshot) -> Iterator[Finding]:
    comp, at = snapshot.statutes.composition, snapshot.at
    by_id = {m.id: m for m in snapshot.members}
    voters = [by_id[e.member_id] for e in voting_roll(snapshot).voters]
    employees = sum(1 for m in voters if counts_for_vote_test(m, at))
    total = len(voters)
    if comp.employee_votes_min is not None:
        path = "composition.employee_votes_min"
        found = share_at_least("scop.employee_votes", employees, total, comp.employee_votes_min,
                               source=source_for(snapshot, path, "Loi 78-763"), path=path,
                               severity=severity_for(snapshot, path),
                               employee_votes=employees, total_votes=total)
        if found is not None:
            yield found
    if comp.external_votes_max is not None:
        path = "composition.external_votes_max"
        external = total - employees
        found = share_at_most("scop.external_votes", external, total, comp.external_votes_max,
                              source=source_for(snapshot, path, "Loi 47-1775 art. 3 bis"), path=path,
                              severity=severity_for(snapshot, path),
                              external_votes=external, total_votes=total)
        if found is not None:
            yield found


def _employee_associate_findings(snapshot: RegisterSnapshot) -> Iterator[Finding]:
    required = snapshot.statutes.composition.min_employee_associates
    if required <= 0:
        return
    count = sum(1 for m in current_members(snapshot) if m.is_employee_on(snapshot.at))
    if count < required:
        path = "composition.min_employee_associates"
        yield Finding("scop.min_employee_associates", severity_for(snapshot, path),
                      source_for(snapshot, path, "Loi 78-763 art. 5"),
                      {"actual": count, "required": required}, path)


def scop_findings(snapshot: RegisterSnapshot) -> tuple[Finding, ...]:
    """Employee capital (≥ 51 %), employee votes (≥ 65 %), external votes (≤ 35 %)
    and the minimum number of employee-associates, as set in the statutes."""
    return (*_capital_findings(snapshot), *_vote_findings(snapshot),
            *_employee_associate_findings(snapshot))

