# SPDX-License-Identifier: GPL-3.0-or-later
"""Membership applications: conversion between rows and core values."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from talagov.core.applications import Application, Decision
from talagov.storage.models import ApplicationRow


def to_application(row: ApplicationRow) -> Application:
    """Convert a row to a core value."""
    return Application(
        id=row.id,
        name=row.name,
        first_name=row.first_name,
        hired_on=row.hired_on,
        applied_on=row.applied_on,
        decision=Decision(row.decision),
        decided_on=row.decided_on,
        decided_by=row.decided_by,
        member_id=row.member_id,
        category_key=row.category_key,
        notes=row.notes,
    )


def apply_application(row: ApplicationRow, a: Application) -> None:
    """Copy a core value onto a row."""
    row.name, row.first_name = a.name, a.first_name
    row.hired_on, row.applied_on = a.hired_on, a.applied_on
    row.decision, row.decided_on, row.decided_by = a.decision.value, a.decided_on, a.decided_by
    row.member_id, row.category_key, row.notes = a.member_id, a.category_key, a.notes


def all_applications(session: Session) -> list[Application]:
    """Every application, oldest first."""
    return [to_application(r) for r in session.scalars(select(ApplicationRow).order_by(ApplicationRow.id))]
