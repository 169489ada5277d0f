# SPDX-License-Identifier: GPL-3.0-or-later
"""Members: conversion between rows and :class:`talagov.core.members.Member`."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from talagov.core.members import (
    Arrears,
    EmploymentPeriod,
    ExitCause,
    Member,
    PersonKind,
    Representative,
)
from talagov.storage.models import (
    AliasRow,
    ArrearsRow,
    EmploymentRow,
    MemberRow,
    RepresentativeRow,
)

_LOAD = (
    selectinload(MemberRow.aliases),
    selectinload(MemberRow.employment),
    selectinload(MemberRow.representatives),
    selectinload(MemberRow.arrears),
)


def to_member(row: MemberRow) -> Member:
    """Convert a loaded row (with its children) to a core value."""
    return Member(
        id=row.id,
        number=row.number,
        kind=PersonKind(row.kind),
        name=row.name,
        first_name=row.first_name,
        email=row.email,
        phone=row.phone,
        address=row.address,
        birth_date=row.birth_date,
        category_key=row.category_key,
        college_key=row.college_key,
        admission_date=row.admission_date,
        admission_decision=row.admission_decision,
        exit_date=row.exit_date,
        exit_cause=ExitCause(row.exit_cause) if row.exit_cause else None,
        consent_date=row.consent_date,
        consent_address=row.consent_address,
        notes=row.notes,
        aliases=tuple(a.alias for a in row.aliases),
        employment=tuple(
            EmploymentPeriod(e.start, e.end, ExitCause(e.end_cause) if e.end_cause else None)
            for e in row.employment
        ),
        representatives=tuple(
            Representative(r.name, r.function, r.start, r.end) for r in row.representatives
        ),
        arrears=tuple(Arrears(a.notice_date, a.cured_on) for a in row.arrears),
    )


def apply_member(row: MemberRow, m: Member, now: datetime) -> None:
    """Copy a core value onto a row, replacing its children."""
    row.number = m.number
    row.kind = m.kind.value
    row.name = m.name
    row.first_name = m.first_name
    row.email = m.email
    row.phone = m.phone
    row.address = m.address
    row.birth_date = m.birth_date
    row.category_key = m.category_key
    row.college_key = m.college_key
    row.admission_date = m.admission_date
    row.admission_decision = m.admission_decision
    row.exit_date = m.exit_date
    row.exit_cause = m.exit_cause.value if m.exit_cause else None
    row.consent_date = m.consent_date
    row.consent_address = m.consent_address
    row.notes = m.notes
    row.search = m.search_text()
    row.updated_at = now
    row.aliases = [AliasRow(alias=a) for a in m.aliases]
    row.employment = [
        EmploymentRow(start=e.start, end=e.end, end_cause=e.end_cause.value if e.end_cause else None)
        for e in m.employment
    ]
    row.representatives = [
        RepresentativeRow(name=r.name, function=r.function, start=r.start, end=r.end)
        for r in m.representatives
    ]
    row.arrears = [ArrearsRow(notice_date=a.notice_date, cured_on=a.cured_on) for a in m.arrears]


def all_members(session: Session) -> list[Member]:
    """Every member, ordered by number.

    Read with plain column queries rather than ORM objects: the rules load the whole
    register for every check (a session with 10,000 members reloads it at each
    arrival), and ORM instances cost about ten times more to build.
    """
    children: dict[str, dict[int, list[Any]]] = {}
    for name, table, order in (
        ("aliases", AliasRow.__table__, AliasRow.id),
        ("employment", EmploymentRow.__table__, EmploymentRow.start),
        ("representatives", RepresentativeRow.__table__, RepresentativeRow.start),
        ("arrears", ArrearsRow.__table__, ArrearsRow.notice_date),
    ):
        found: dict[int, list[Any]] = {}
        for row in session.execute(select(table).order_by(order, table.c.id)):
            found.setdefault(row.member_id, []).append(row)
        children[name] = found
    aliases, employment = children["aliases"], children["employment"]
    reps, arrears = children["representatives"], children["arrears"]
    members = []
    for r in session.execute(select(MemberRow.__table__).order_by(MemberRow.number)):
        members.append(Member(
            id=r.id, number=r.number, kind=PersonKind(r.kind), name=r.name,
            first_name=r.first_name, email=r.email, phone=r.phone, address=r.address,
            birth_date=r.birth_date, category_key=r.category_key, college_key=r.college_key,
            admission_date=r.admission_date, admission_decision=r.admission_decision,
            exit_date=r.exit_date, exit_cause=ExitCause(r.exit_cause) if r.exit_cause else None,
            consent_date=r.consent_date, consent_address=r.consent_address, notes=r.notes,
            aliases=tuple(a.alias for a in aliases.get(r.id, ())),
            employment=tuple(EmploymentPeriod(e.start, e.end,
                                              ExitCause(e.end_cause) if e.end_cause else None)
                             for e in employment.get(r.id, ())),
            representatives=tuple(Representative(x.name, x.function, x.start, x.end)
                                  for x in reps.get(r.id, ())),
            arrears=tuple(Arrears(a.notice_date, a.cured_on) for a in arrears.get(r.id, ())),
        ))  # fmt: skip
    return members


def get_member(session: Session, member_id: int) -> Member | None:
    """One member, or ``None``."""
    row = session.get(MemberRow, member_id, options=_LOAD)
    return to_member(row) if row else None


def get_row(session: Session, member_id: int) -> MemberRow | None:
    """The row itself, for services that update it."""
    return session.get(MemberRow, member_id, options=_LOAD)


def number_exists(session: Session, number: str, *, except_id: int = 0) -> bool:
    """Whether another member already uses ``number``."""
    stmt = select(func.count()).where(MemberRow.number == number, MemberRow.id != except_id)
    return bool(session.scalar(stmt))


def ids_by_number(session: Session, numbers: Sequence[str] | None = None) -> dict[str, int]:
    """Map membership numbers to ids (all members when ``numbers`` is ``None``)."""
    stmt = select(MemberRow.number, MemberRow.id)
    if numbers is not None:
        stmt = stmt.where(MemberRow.number.in_(list(numbers)))
    return {n: i for n, i in session.execute(stmt)}


def next_number(session: Session, prefix: str = "S-") -> str:
    """The next free membership number of the form ``S-0001``."""
    count = session.scalar(select(func.count()).select_from(MemberRow)) or 0
    candidate = count + 1
    existing = set(ids_by_number(session))
    while f"{prefix}{candidate:04d}" in existing:
        candidate += 1
    return f"{prefix}{candidate:04d}"
