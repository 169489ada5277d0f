# SPDX-License-Identifier: GPL-3.0-or-later
"""Bodies, mandates and handovers: conversion between rows and core values."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from talagov.core.mandates import Body, BodyKind, Handover, Mandate, Role
from talagov.storage.models import BodyRow, HandoverRow, MandateRow


def to_body(row: BodyRow) -> Body:
    """Convert a row to a core value."""
    return Body(row.id, BodyKind(row.kind), row.name, row.seats)


def to_mandate(row: MandateRow) -> Mandate:
    """Convert a row to a core value."""
    return Mandate(
        id=row.id,
        body_id=row.body_id,
        member_id=row.member_id,
        role=Role(row.role),
        start=row.start,
        planned_end=row.planned_end,
        end=row.end,
        end_reason=row.end_reason,
    )


def to_handover(row: HandoverRow) -> Handover:
    """Convert a row to a core value."""
    return Handover(
        row.id, row.body_id, Role(row.role), row.from_member_id, row.to_member_id, row.on, row.note
    )


def all_bodies(session: Session) -> list[Body]:
    """Every body, by name."""
    return [to_body(r) for r in session.scalars(select(BodyRow).order_by(BodyRow.id))]


def all_mandates(session: Session) -> list[Mandate]:
    """Every mandate, by start date."""
    rows = session.scalars(select(MandateRow).order_by(MandateRow.start, MandateRow.id))
    return [to_mandate(r) for r in rows]


def all_handovers(session: Session) -> list[Handover]:
    """Every handover, by date."""
    rows = session.scalars(select(HandoverRow).order_by(HandoverRow.on, HandoverRow.id))
    return [to_handover(r) for r in rows]
