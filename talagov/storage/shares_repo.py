# SPDX-License-Identifier: GPL-3.0-or-later
"""Share movements: conversion between rows and core values."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from talagov.core.shares import MovementKind, ShareMovement
from talagov.storage.models import ShareMovementRow


def to_movement(row: ShareMovementRow) -> ShareMovement:
    """Convert a row to a core value."""
    return ShareMovement(
        id=row.id,
        kind=MovementKind(row.kind),
        on=row.on,
        count=row.count,
        nominal_cents=row.nominal_cents,
        from_member_id=row.from_member_id,
        to_member_id=row.to_member_id,
        reference=row.reference,
        note=row.note,
    )


def new_row(m: ShareMovement, now: datetime) -> ShareMovementRow:
    """A row for a new movement (its id is assigned on flush)."""
    return ShareMovementRow(
        kind=m.kind.value,
        on=m.on,
        count=m.count,
        nominal_cents=m.nominal_cents,
        from_member_id=m.from_member_id,
        to_member_id=m.to_member_id,
        reference=m.reference,
        note=m.note,
        created_at=now,
    )


def all_movements(session: Session) -> list[ShareMovement]:
    """Every movement in register order (date, then entry order)."""
    # Plain column rows, not ORM objects: every register rule reloads all movements.
    t = ShareMovementRow.__table__.c
    rows = session.execute(select(t.id, t.kind, t.on, t.count, t.nominal_cents, t.from_member_id,
                                  t.to_member_id, t.reference, t.note).order_by(t.on, t.id))
    return [ShareMovement(id=i, kind=MovementKind(k), on=on, count=n, nominal_cents=c,
                          from_member_id=src, to_member_id=dst, reference=ref, note=note)
            for i, k, on, n, c, src, dst, ref, note in rows]  # fmt: skip
