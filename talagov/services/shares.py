# SPDX-License-Identifier: GPL-3.0-or-later
"""Use cases on the share register: movements, holdings and capital at a date."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, replace
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import aliased

from talagov.core.errors import NotFoundError, ValidationError
from talagov.core.findings import Finding, Severity
from talagov.core.journal import EventKind
from talagov.core.shares import (
    MovementKind,
    ShareMovement,
    balance_problems,
    capital_at,
    holdings_at,
    movement_problems,
)
from talagov.services import journal
from talagov.services.changes import Aggregate, Changes
from talagov.services.uow import UnitOfWork
from talagov.storage import members_repo
from talagov.storage import shares_repo as repo
from talagov.storage.models import MemberRow, ShareMovementRow


@dataclass(frozen=True)
class MovementListItem:
    """One line of the share register as displayed."""

    id: int
    on: date
    kind: MovementKind
    count: int
    nominal_cents: int
    from_member_id: int | None
    from_name: str
    to_member_id: int | None
    to_name: str
    reference: str
    note: str

    @property
    def amount_cents(self) -> int:
        """Nominal amount moved, in cents."""
        return self.count * self.nominal_cents


def _name(number: str | None, name: str | None, first: str | None) -> str:
    if number is None:
        return ""
    full = f"{name} {first}".strip() if first else (name or "")
    return f"{full} ({number})"


def list_movements(uow: UnitOfWork) -> list[MovementListItem]:
    """The register in date order, with the members' names."""
    f, t = aliased(MemberRow), aliased(MemberRow)
    stmt = (
        select(ShareMovementRow, f.number, f.name, f.first_name, t.number, t.name, t.first_name)
        .outerjoin(f, f.id == ShareMovementRow.from_member_id)
        .outerjoin(t, t.id == ShareMovementRow.to_member_id)
        .order_by(ShareMovementRow.on, ShareMovementRow.id)
    )
    items = []
    for row, fnum, fname, ffirst, tnum, tname, tfirst in uow.session.execute(stmt):
        items.append(
            MovementListItem(
                row.id, row.on, MovementKind(row.kind), row.count, row.nominal_cents,
                row.from_member_id, _name(fnum, fname, ffirst),
                row.to_member_id, _name(tnum, tname, tfirst), row.reference, row.note,
            )
        )
    return items


def movements(uow: UnitOfWork) -> list[ShareMovement]:
    """Every movement as core values."""
    return repo.all_movements(uow.session)


def add_movement(uow: UnitOfWork, movement: ShareMovement, *, now: datetime) -> tuple[int, Changes]:
    """Record a movement after checking its shape, the members and the balances.

    Raises:
        ValidationError: the movement is malformed, names an unknown member, one who
            is not an associate on that date, or would leave a negative balance.
    """
    movement = replace(movement, id=0)
    problems = list(movement_problems(movement))
    for field, member_id in (("from", movement.from_member_id), ("to", movement.to_member_id)):
        if member_id is None:
            continue
        member = members_repo.get_member(uow.session, member_id)
        if member is None:
            problems.append(Finding("shares.unknown_member", Severity.VIOLATION, field=field))
        elif field == "to" and member.exit_date is not None and member.exit_date <= movement.on:
            problems.append(Finding("shares.to_exited_member", Severity.VIOLATION, field=field,
                                    params={"number": member.number}))
    if not problems:
        # Use a provisional negative id so the new movement sorts after same-day ones.
        candidate = replace(movement, id=1 << 60)
        problems.extend(balance_problems([*repo.all_movements(uow.session), candidate]))
    if problems:
        raise ValidationError(tuple(problems))
    row = repo.new_row(movement, now)
    uow.session.add(row)
    uow.session.flush()
    journal.append(uow, EventKind.SHARE_MOVEMENT, meeting_id=None, now=now,
                   subject=_subject(replace(movement, id=row.id)))
    return row.id, Changes.of(Aggregate.SHARES, Aggregate.MEMBERS, ids=(row.id,))


def _subject(m: ShareMovement) -> dict[str, object]:
    return {"movement_id": m.id, "kind": m.kind.value, "on": m.on.isoformat(), "count": m.count,
            "nominal_cents": m.nominal_cents, "from_member_id": m.from_member_id,
            "to_member_id": m.to_member_id, "reference": m.reference}  # fmt: skip


def delete_movement(uow: UnitOfWork, movement_id: int, *, now: datetime | None = None) -> Changes:
    """Remove a movement entered by mistake, if the register stays consistent.

    The removal is journaled at ``now`` (by default, the clock's time).
    """
    row = uow.session.get(ShareMovementRow, movement_id)
    if row is None:
        raise NotFoundError("shares.not_found", {"id": movement_id})
    movements = repo.all_movements(uow.session)
    remaining = [m for m in movements if m.id != movement_id]
    problems = balance_problems(remaining)
    if problems:
        raise ValidationError(problems)
    gone = next(m for m in movements if m.id == movement_id)
    journal.append(uow, EventKind.SHARE_MOVEMENT_REMOVED, meeting_id=None,
                   now=now or datetime.now(), subject=_subject(gone))
    uow.session.delete(row)
    return Changes.of(Aggregate.SHARES, Aggregate.MEMBERS, ids=(movement_id,))


@dataclass(frozen=True)
class CapitalSummary:
    """Capital at a date, in total and split by category and college."""

    at: date
    shares: int
    cents: int
    holders: int
    by_category: tuple[tuple[str, int, int], ...]  # (key, shares, cents)
    by_college: tuple[tuple[str, int, int], ...]


def holdings(uow: UnitOfWork, at: date) -> dict[int, int]:
    """Shares held by each member at the end of ``at``."""
    return holdings_at(repo.all_movements(uow.session), at)


def capital_summary(uow: UnitOfWork, at: date) -> CapitalSummary:
    """The capital on ``at`` and how it splits between categories and colleges."""
    moves = repo.all_movements(uow.session)
    held, cents = holdings_at(moves, at), capital_at(moves, at)
    keys = dict(
        (i, (cat, col))
        for i, cat, col in uow.session.execute(
            select(MemberRow.id, MemberRow.category_key, MemberRow.college_key)
        )
    )
    by_cat: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    by_col: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for member_id, n in held.items():
        cat, col = keys.get(member_id, ("", ""))
        for bucket, key in ((by_cat, cat), (by_col, col)):
            bucket[key][0] += n
            bucket[key][1] += cents.get(member_id, 0)
    return CapitalSummary(
        at,
        sum(held.values()),
        sum(cents.values()),
        sum(1 for n in held.values() if n > 0),
        tuple(sorted((k, v[0], v[1]) for k, v in by_cat.items())),
        tuple(sorted((k, v[0], v[1]) for k, v in by_col.items())),
    )
