# SPDX-License-Identifier: GPL-3.0-or-later
"""Bulk inserts for large registers (CSV imports, demo data).

Rows go to SQLite through the DB-API ``executemany`` of the caller's connection, in
the caller's transaction. Even SQLAlchemy Core's executemany spent more time building
parameters than SQLite spent inserting (50,000 members: 1.6 s ORM bulk, 0.9 s Core,
0.5 s driver level), so values are converted here once, in the exact text forms
SQLAlchemy's SQLite types write (``YYYY-MM-DD`` dates, ``YYYY-MM-DD HH:MM:SS.ffffff``
timestamps), and read back by the ORM as usual.

Nothing here validates: callers check their values first (``member_problems``,
``balance_problems``, number uniqueness) and the unit of work rolls back on any error.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from talagov.core.cancel import CancelToken
from talagov.core.members import Member
from talagov.core.shares import ShareMovement
from talagov.storage.models import MemberRow

BATCH = 5_000
Progress = Callable[[int, int], None]

_MEMBER_COLUMNS = (
    "id", "number", "kind", "name", "first_name", "email", "phone", "address", "birth_date",
    "category_key", "college_key", "admission_date", "admission_decision", "exit_date",
    "exit_cause", "consent_date", "consent_address", "notes", "search", "updated_at",
)  # fmt: skip
_MOVEMENT_COLUMNS = (
    "kind", "on", "count", "nominal_cents", "from_member_id", "to_member_id", "reference",
    "note", "created_at",
)  # fmt: skip


def _d(value: date | None) -> str | None:
    return None if value is None else value.isoformat()


def _ts(value: datetime) -> str:
    return value.strftime("%Y-%m-%d %H:%M:%S.%f")


def _sql(table: str, columns: Sequence[str]) -> str:
    names = ", ".join(f'"{c}"' for c in columns)
    return f"INSERT INTO {table} ({names}) VALUES ({', '.join('?' for _ in columns)})"


def _execute(
    session: Session,
    table: str,
    columns: Sequence[str],
    rows: Sequence[tuple[Any, ...]],
    *,
    progress: Progress | None = None,
    cancel: CancelToken | None = None,
) -> None:
    if not rows:
        return
    connection = session.connection()
    sql = _sql(table, columns)
    total = len(rows)
    if progress is not None:
        progress(0, total)
    for start in range(0, total, BATCH):
        if cancel is not None:
            cancel.raise_if_cancelled()
        connection.exec_driver_sql(sql, list(rows[start : start + BATCH]))
        if progress is not None:
            progress(min(start + BATCH, total), total)


def member_row(m: Member, member_id: int, stamp: str) -> tuple[Any, ...]:
    """The column values of one member row (``_MEMBER_COLUMNS`` order), search key included."""
    # The dates are inlined rather than passed through _d(): four calls a member add up
    # over a 50,000-row import (a date is never falsy, so ``and`` tests for None). For
    # the same reason the enums are written with str(), which a StrEnum maps to its value
    # in C, rather than with the Python-level ``.value`` property.
    birth, admission, exit_date, consent = (
        m.birth_date, m.admission_date, m.exit_date, m.consent_date
    )
    return (
        member_id, m.number, str(m.kind), m.name, m.first_name, m.email, m.phone, m.address,
        birth and birth.isoformat(), m.category_key, m.college_key,
        admission and admission.isoformat(), m.admission_decision,
        exit_date and exit_date.isoformat(), None if m.exit_cause is None else str(m.exit_cause),
        consent and consent.isoformat(), m.consent_address, m.notes, m.search_text(), stamp,
    )  # fmt: skip


def _next_id(session: Session) -> int:
    return int(session.scalar(select(func.max(MemberRow.id))) or 0) + 1


def insert_members(
    session: Session,
    members: Sequence[Member],
    *,
    now: datetime,
    progress: Progress | None = None,
    cancel: CancelToken | None = None,
) -> list[int]:
    """Insert members with their aliases, employment periods, representatives and arrears.

    A member whose ``id`` is positive keeps it (the caller guarantees it is free); the
    others get fresh ids above the current maximum.

    Args:
        session: the open session of the caller's unit of work.
        members: validated members; numbers must be unique.
        now: the ``updated_at`` timestamp written on every row.
        progress: called with ``(members written, members to write)`` after each batch.
        cancel: checked between batches (raises ``Cancelled``; the caller rolls back).

    Returns:
        The id of each member, in the order given.
    """
    session.flush()  # pending ORM rows first, so ids and numbers cannot collide
    next_id = max([_next_id(session), *(m.id + 1 for m in members if m.id > 0)])
    stamp = _ts(now)
    ids: list[int] = []
    rows: list[tuple[Any, ...]] = []
    aliases: list[tuple[Any, ...]] = []
    employment: list[tuple[Any, ...]] = []
    reps: list[tuple[Any, ...]] = []
    arrears: list[tuple[Any, ...]] = []
    for m in members:
        if m.id > 0:
            member_id = m.id
        else:
            member_id, next_id = next_id, next_id + 1
        ids.append(member_id)
        rows.append(member_row(m, member_id, stamp))
        # Most members have none of these: test before building a generator for nothing.
        if m.aliases:
            aliases.extend((member_id, a) for a in m.aliases)
        if m.employment:
            employment.extend(
                (member_id, _d(e.start), _d(e.end), e.end_cause.value if e.end_cause else None)
                for e in m.employment
            )
        if m.representatives:
            reps.extend(
                (member_id, r.name, r.function, _d(r.start), _d(r.end))
                for r in m.representatives
            )
        if m.arrears:
            arrears.extend((member_id, _d(a.notice_date), _d(a.cured_on)) for a in m.arrears)
    _execute(session, "member", _MEMBER_COLUMNS, rows, progress=progress, cancel=cancel)
    _execute(session, "member_alias", ("member_id", "alias"), aliases)
    _execute(session, "employment_period", ("member_id", "start", "end", "end_cause"), employment)
    _execute(session, "representative", ("member_id", "name", "function", "start", "end"), reps)
    _execute(session, "arrears", ("member_id", "notice_date", "cured_on"), arrears)
    return ids


def insert_movements(
    session: Session,
    movements: Sequence[ShareMovement],
    *,
    now: datetime,
    progress: Progress | None = None,
    cancel: CancelToken | None = None,
) -> int:
    """Insert share movements in the order given (ids follow it); returns how many.

    The caller checks the register first (``core.shares.balance_problems``): the
    database only enforces positive counts and existing members.
    """
    session.flush()
    stamp = _ts(now)
    rows = [
        (m.kind.value, _d(m.on), m.count, m.nominal_cents, m.from_member_id, m.to_member_id,
         m.reference, m.note, stamp)
        for m in movements
    ]  # fmt: skip
    _execute(session, "share_movement", _MOVEMENT_COLUMNS, rows, progress=progress, cancel=cancel)
    return len(rows)
