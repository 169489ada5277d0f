# SPDX-License-Identifier: GPL-3.0-or-later
"""Use cases: the organisation's identity, its statutes versions and categories."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import func, select

from talagov.core.errors import UserError, ValidationError
from talagov.core.findings import Finding, Severity
from talagov.core.floors import check_statutes
from talagov.core.members import Category
from talagov.core.organisation import Organisation, siren_is_valid
from talagov.core.statutes import Statutes
from talagov.services.changes import Aggregate, Changes
from talagov.services.uow import UnitOfWork
from talagov.storage import organisation_repo as repo
from talagov.storage.models import MemberRow, OrganisationRow


def organisation_problems(org: Organisation) -> tuple[Finding, ...]:
    """Identity fields that cannot be saved."""
    problems: list[Finding] = []
    if not org.name.strip():
        problems.append(Finding("org.name_required", Severity.VIOLATION, field="name"))
    if org.siren and not siren_is_valid(org.siren):
        problems.append(Finding("org.siren_invalid", Severity.VIOLATION, field="siren",
                                params={"value": org.siren}))
    if org.share_nominal_cents <= 0:
        problems.append(Finding("org.nominal_positive", Severity.VIOLATION, field="nominal"))
    month, day = org.fiscal_year_end
    try:
        date(2001, month, day)  # a non-leap year: 29 February is not a closing date
    except ValueError:
        problems.append(Finding("org.fiscal_year_end", Severity.VIOLATION, field="fiscal_year_end"))
    return tuple(problems)


def get_organisation(uow: UnitOfWork) -> Organisation | None:
    """The organisation, or ``None`` when the database is not set up yet."""
    row = repo.get_row(uow.session)
    return repo.to_organisation(row) if row else None


def require_organisation(uow: UnitOfWork) -> Organisation:
    """The organisation; raises ``UserError("org.missing")`` before set-up."""
    org = get_organisation(uow)
    if org is None:
        raise UserError("org.missing")
    return org


def create_organisation(
    uow: UnitOfWork,
    org: Organisation,
    statutes: Statutes,
    categories: tuple[Category, ...],
    *,
    effective_from: date,
    now: datetime,
) -> Changes:
    """Set up a new database with an organisation, its first statutes and categories.

    Raises:
        UserError: ``org.exists`` if the database already has one.
        ValidationError: identity problems or statutes below a legal floor.
    """
    if repo.get_row(uow.session) is not None:
        raise UserError("org.exists")
    problems = organisation_problems(org) + _floor_violations(statutes)
    if problems:
        raise ValidationError(problems)
    row = OrganisationRow(created_at=now)
    repo.apply_organisation(row, org)
    uow.session.add(row)
    uow.session.flush()
    repo.add_statutes(uow.session, row.id, statutes, effective_from, "", now)
    repo.replace_categories(uow.session, list(categories))
    return Changes.of(Aggregate.ORGANISATION, Aggregate.STATUTES, Aggregate.CATEGORIES)


def update_organisation(uow: UnitOfWork, org: Organisation) -> Changes:
    """Save the identity fields. The legal form changes only with new statutes."""
    row = repo.get_row(uow.session)
    if row is None:
        raise UserError("org.missing")
    problems = organisation_problems(org)
    if problems:
        raise ValidationError(problems)
    repo.apply_organisation(row, org)
    return Changes.of(Aggregate.ORGANISATION)


def _floor_violations(statutes: Statutes) -> tuple[Finding, ...]:
    return tuple(f for f in check_statutes(statutes) if f.severity is Severity.VIOLATION)


def statutes_at(uow: UnitOfWork, at: date) -> Statutes:
    """The statutes in force on ``at``."""
    found = repo.statutes_at(uow.session, at)
    if found is None:
        raise UserError("org.missing")
    return found


def save_statutes(
    uow: UnitOfWork, statutes: Statutes, *, effective_from: date, note: str, now: datetime
) -> Changes:
    """Record a new statutes version; refused (nothing saved) below a legal floor.

    The organisation's legal form follows the statutes (a SCOP may change form, S1).
    """
    row = repo.get_row(uow.session)
    if row is None:
        raise UserError("org.missing")
    problems = _floor_violations(statutes)
    if problems:
        raise ValidationError(problems)
    repo.add_statutes(uow.session, row.id, statutes, effective_from, note, now)
    row.form = statutes.form.value
    return Changes.of(Aggregate.STATUTES, Aggregate.ORGANISATION)


def statutes_history(uow: UnitOfWork) -> list[tuple[int, date, str, datetime]]:
    """Versions of the statutes, newest first: ``(id, effective_from, note, saved_at)``."""
    return repo.statutes_history(uow.session)


def categories(uow: UnitOfWork) -> tuple[Category, ...]:
    """The configured categories."""
    return tuple(repo.categories(uow.session))


def save_categories(uow: UnitOfWork, cats: tuple[Category, ...]) -> Changes:
    """Replace the categories; a category still used by a member cannot be removed."""
    keys = [c.key.strip() for c in cats]
    problems: list[Finding] = []
    if any(not k for k in keys):
        problems.append(Finding("category.key_required", Severity.VIOLATION, field="key"))
    if len(set(keys)) != len(keys):
        problems.append(Finding("category.key_duplicate", Severity.VIOLATION, field="key"))
    used = uow.session.execute(
        select(MemberRow.category_key, func.count()).group_by(MemberRow.category_key)
    ).all()
    for key, count in used:
        if key and key not in keys:
            problems.append(Finding("category.in_use", Severity.VIOLATION, field="key",
                                    params={"key": key, "count": count}))
    if problems:
        raise ValidationError(tuple(problems))
    repo.replace_categories(uow.session, list(cats))
    return Changes.of(Aggregate.CATEGORIES)
