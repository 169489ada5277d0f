# SPDX-License-Identifier: GPL-3.0-or-later
"""SCIC composition: categories of associates and public bodies' capital (art. 19 septies).

Categories are counted among current members by their configured key; the law's
required kinds (beneficiaries; employees, or producers when there are no employees)
are recognised by the category's :class:`~talagov.core.members.CategoryRole`.
"""

from __future__ import annotations

from collections.abc import Iterator

from talagov.core.compliance_common import severity_for, share_at_most, source_for
from talagov.core.findings import Finding, Severity
from talagov.core.legal_forms import Family
from talagov.core.members import CategoryRole
from talagov.core.register import RegisterSnapshot
from talagov.core.voting_rights import current_members, member_capital

SEPTIES = "Loi 47-1775 art. 19 septies"


def member_roles(snapshot: RegisterSnapshot) -> set[CategoryRole]:
    """The roles of the categories current members belong to."""
    roles: set[CategoryRole] = set()
    for m in current_members(snapshot):
        category = snapshot.category(m.category_key)
        if category is not None:
            roles.add(category.role)
    return roles


def _category_findings(snapshot: RegisterSnapshot) -> Iterator[Finding]:
    required = snapshot.statutes.composition.min_categories
    keys = {m.category_key for m in current_members(snapshot) if m.category_key}
    if required > 0 and len(keys) < required:
        path = "composition.min_categories"
        yield Finding("scic.min_categories", severity_for(snapshot, path),
                      source_for(snapshot, path, SEPTIES),
                      {"actual": len(keys), "required": required}, path)
    if snapshot.statutes.form.family is not Family.SCIC:
        return
    roles = member_roles(snapshot)
    if CategoryRole.BENEFICIARY not in roles:
        yield Finding("scic.beneficiaries_missing", Severity.VIOLATION, SEPTIES, {}, "category_key")
    if not roles & {CategoryRole.EMPLOYEE, CategoryRole.PRODUCER}:
        yield Finding("scic.employees_or_producers_missing", Severity.VIOLATION, SEPTIES, {},
                      "category_key")


def _public_capital_findings(snapshot: RegisterSnapshot) -> Iterator[Finding]:
    allowed = snapshot.statutes.composition.public_capital_max
    if allowed is None:
        return
    held = member_capital(snapshot)
    public_keys = {c.key for c in snapshot.categories if c.role is CategoryRole.PUBLIC_BODY}
    public = sum(held.get(m.id, 0) for m in current_members(snapshot) if m.category_key in public_keys)
    total = sum(held.values())
    path = "composition.public_capital_max"
    found = share_at_most("scic.public_capital", public, total, allowed,
                          source=source_for(snapshot, path, SEPTIES), path=path,
                          severity=severity_for(snapshot, path), public_cents=public, total_cents=total)
    if found is not None:
        yield found


def scic_findings(snapshot: RegisterSnapshot) -> tuple[Finding, ...]:
    """At least 3 categories including beneficiaries and employees or producers (C3),
    and public bodies' capital within the statutes' cap (C4, 50 % by law)."""
    return (*_category_findings(snapshot), *_public_capital_findings(snapshot))
