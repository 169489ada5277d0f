# SPDX-License-Identifier: GPL-3.0-or-later
"""The organisation, its statutes versions and its categories."""

from __future__ import annotations

import json
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from talagov.core.legal_forms import LegalForm
from talagov.core.members import Category, CategoryRole
from talagov.core.organisation import Organisation
from talagov.core.statutes import Statutes
from talagov.core.statutes_codec import statutes_from_dict, statutes_to_dict
from talagov.storage.models import CategoryRow, OrganisationRow, StatutesRow


def to_organisation(row: OrganisationRow) -> Organisation:
    """Convert a row to a core value."""
    return Organisation(
        id=row.id,
        name=row.name,
        form=LegalForm(row.form),
        siren=row.siren,
        registered_office=row.registered_office,
        rcs_city=row.rcs_city,
        fiscal_year_end=(row.fiscal_year_end_month, row.fiscal_year_end_day),
        share_nominal_cents=row.share_nominal_cents,
    )


def get_row(session: Session) -> OrganisationRow | None:
    """The organisation row (one per database), or ``None`` before set-up."""
    return session.scalars(select(OrganisationRow).order_by(OrganisationRow.id).limit(1)).first()


def apply_organisation(row: OrganisationRow, org: Organisation) -> None:
    """Copy identity fields onto the row."""
    row.name = org.name
    row.form = org.form.value
    row.siren = org.siren
    row.registered_office = org.registered_office
    row.rcs_city = org.rcs_city
    row.fiscal_year_end_month, row.fiscal_year_end_day = org.fiscal_year_end
    row.share_nominal_cents = org.share_nominal_cents


def statutes_at(session: Session, at: date) -> Statutes | None:
    """The statutes version in force on ``at`` (the latest one effective by then)."""
    stmt = (
        select(StatutesRow)
        .where(StatutesRow.effective_from <= at)
        .order_by(StatutesRow.effective_from.desc(), StatutesRow.id.desc())
        .limit(1)
    )
    row = session.scalars(stmt).first()
    if row is None:  # nothing effective yet: the earliest version applies
        row = session.scalars(select(StatutesRow).order_by(StatutesRow.effective_from).limit(1)).first()
    return statutes_from_dict(json.loads(row.data)) if row else None


def add_statutes(
    session: Session, org_id: int, statutes: Statutes, effective_from: date, note: str, now: datetime
) -> StatutesRow:
    """Store a new statutes version (versions are never rewritten)."""
    row = StatutesRow(
        organisation_id=org_id,
        effective_from=effective_from,
        data=json.dumps(statutes_to_dict(statutes), sort_keys=True, ensure_ascii=False),
        note=note,
        created_at=now,
    )
    session.add(row)
    return row


def statutes_history(session: Session) -> list[tuple[int, date, str, datetime]]:
    """``(id, effective_from, note, created_at)`` of every version, newest first."""
    stmt = select(StatutesRow.id, StatutesRow.effective_from, StatutesRow.note, StatutesRow.created_at)
    stmt = stmt.order_by(StatutesRow.effective_from.desc(), StatutesRow.id.desc())
    return [(i, e, n, c) for i, e, n, c in session.execute(stmt)]


def categories(session: Session) -> list[Category]:
    """The configured categories, in display order."""
    rows = session.scalars(select(CategoryRow).order_by(CategoryRow.position, CategoryRow.id))
    return [Category(r.key, r.label, CategoryRole(r.role)) for r in rows]


def replace_categories(session: Session, cats: list[Category]) -> None:
    """Replace the category list (keys still used by members must be kept by the caller)."""
    existing = {r.key: r for r in session.scalars(select(CategoryRow))}
    wanted = {c.key for c in cats}
    for key, row in existing.items():
        if key not in wanted:
            session.delete(row)
    for pos, cat in enumerate(cats):
        row = existing.get(cat.key) or CategoryRow(key=cat.key)
        row.label, row.role, row.position = cat.label, cat.role.value, pos
        session.add(row)
