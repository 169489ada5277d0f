# SPDX-License-Identifier: GPL-3.0-or-later
"""Queries on the minutes, their signatures and the register entries."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from talagov.core.deliberations import StoredEntry
from talagov.core.signing import unb64
from talagov.storage.minutes_models import MinutesRow, MinutesSignatureRow, RegisterEntryRow


def minutes_of_meeting(session: Session, meeting_id: int) -> list[MinutesRow]:
    """The meeting's minutes and errata, oldest first."""
    stmt = select(MinutesRow).where(MinutesRow.meeting_id == meeting_id).order_by(MinutesRow.id)
    return list(session.scalars(stmt))


def minutes_with_status(session: Session, statuses: tuple[str, ...]) -> list[MinutesRow]:
    """Every minutes in one of ``statuses``, oldest first."""
    stmt = select(MinutesRow).where(MinutesRow.status.in_(statuses)).order_by(MinutesRow.id)
    return list(session.scalars(stmt))


def signatures(session: Session, minutes_id: int) -> list[MinutesSignatureRow]:
    """The signatures given so far, in the order they were given."""
    stmt = (select(MinutesSignatureRow).where(MinutesSignatureRow.minutes_id == minutes_id)
            .order_by(MinutesSignatureRow.id))  # fmt: skip
    return list(session.scalars(stmt))


def entry_of(session: Session, minutes_id: int) -> RegisterEntryRow | None:
    """The register entry recording a minutes, if it was entered."""
    return session.scalars(select(RegisterEntryRow).where(
        RegisterEntryRow.minutes_id == minutes_id)).first()  # fmt: skip


def entries(session: Session, register: str | None = None) -> list[RegisterEntryRow]:
    """Register entries in stored order (insertion), optionally of one register."""
    stmt = select(RegisterEntryRow).order_by(RegisterEntryRow.id)
    if register is not None:
        stmt = stmt.where(RegisterEntryRow.register == register)
    return list(session.scalars(stmt))


def stored(row: RegisterEntryRow) -> StoredEntry:
    """The core view of an entry row: its exact bytes, recorded hash and signature."""
    try:
        signature = unb64(row.signature)
    except ValueError:
        signature = b""
    return StoredEntry(register=row.register, number=row.number, data=row.data.encode("utf-8"),
                       recorded_hash=row.entry_hash, signature=signature)  # fmt: skip
