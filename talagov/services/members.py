# SPDX-License-Identifier: GPL-3.0-or-later
"""Use cases on the member register: list, add, edit, exit, delete without history."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime

from sqlalchemy import case, func, select, union_all, update

from talagov.core.errors import NotFoundError, UserError, ValidationError
from talagov.core.findings import Finding, Severity
from talagov.core.journal import EventKind
from talagov.core.member_validation import member_problems
from talagov.core.members import ExitCause, Member, PersonKind
from talagov.services import journal
from talagov.services.changes import Aggregate, Changes
from talagov.services.uow import UnitOfWork
from talagov.storage import members_repo as repo
from talagov.storage.models import (
    ApplicationRow,
    HandoverRow,
    MandateRow,
    MemberRow,
    ShareMovementRow,
)


@dataclass(frozen=True)
class MemberListItem:
    """One row of the members table (a light DTO: 100,000 of them must load fast)."""

    id: int
    number: str
    kind: PersonKind
    name: str
    first_name: str
    category_key: str
    college_key: str
    email: str
    admission_date: date | None
    exit_date: date | None
    shares: int
    search: str

    @property
    def display_name(self) -> str:
        """``"Name First"`` for a person, the corporate name for an entity."""
        return f"{self.name} {self.first_name}" if self.first_name else self.name

    def active_on(self, at: date) -> bool:
        """Admitted on or before ``at`` and not exited by then."""
        if self.admission_date is None or self.admission_date > at:
            return False
        return self.exit_date is None or self.exit_date > at


def _holdings_subquery(at: date):  # type: ignore[no-untyped-def]
    ins = select(ShareMovementRow.to_member_id.label("mid"), ShareMovementRow.count.label("n")).where(
        ShareMovementRow.to_member_id.is_not(None), ShareMovementRow.on <= at
    )
    outs = select(
        ShareMovementRow.from_member_id.label("mid"), (-ShareMovementRow.count).label("n")
    ).where(ShareMovementRow.from_member_id.is_not(None), ShareMovementRow.on <= at)
    both = union_all(ins, outs).subquery()
    return select(both.c.mid, func.sum(both.c.n).label("shares")).group_by(both.c.mid).subquery()


def list_members(uow: UnitOfWork, at: date) -> list[MemberListItem]:
    """Every member with the shares held at the end of ``at``, ordered by number."""
    held = _holdings_subquery(at)
    stmt = (
        select(
            MemberRow.id, MemberRow.number, MemberRow.kind, MemberRow.name, MemberRow.first_name,
            MemberRow.category_key, MemberRow.college_key, MemberRow.email,
            MemberRow.admission_date, MemberRow.exit_date,
            func.coalesce(held.c.shares, 0), MemberRow.search,
        )
        .outerjoin(held, held.c.mid == MemberRow.id)
        .order_by(MemberRow.number)
    )
    return [
        MemberListItem(i, n, PersonKind(k), nm, fn, cat, col, em, adm, ex, int(sh), s)
        for i, n, k, nm, fn, cat, col, em, adm, ex, sh, s in uow.session.execute(stmt)
    ]


def get_member(uow: UnitOfWork, member_id: int) -> Member:
    """The full record of one member."""
    found = repo.get_member(uow.session, member_id)
    if found is None:
        raise NotFoundError("member.not_found", {"id": member_id})
    return found


def next_number(uow: UnitOfWork) -> str:
    """A free membership number to propose in the "new member" dialog."""
    return repo.next_number(uow.session)


def _check(uow: UnitOfWork, m: Member) -> None:
    problems = list(member_problems(m))
    if m.number.strip() and repo.number_exists(uow.session, m.number.strip(), except_id=m.id):
        problems.append(Finding("member.number_taken", Severity.VIOLATION, field="number",
                                params={"number": m.number}))
    if problems:
        raise ValidationError(tuple(problems))


def _clean(m: Member) -> Member:
    return replace(
        m, number=m.number.strip(), name=m.name.strip(), first_name=m.first_name.strip(),
        email=m.email.strip(), aliases=tuple(a.strip() for a in m.aliases if a.strip()),
    )


def _journal(uow: UnitOfWork, before: Member | None, after: Member, now: datetime) -> None:
    """Journal an admission or an exit that this save records."""
    who = {"member_id": after.id, "number": after.number, "name": after.display_name}
    if after.admission_date is not None and (before is None or before.admission_date is None):
        journal.append(uow, EventKind.MEMBER_ADMITTED, meeting_id=None, now=now, subject={
            **who, "on": after.admission_date.isoformat(), "decision": after.admission_decision})
    if after.exit_date is not None and (before is None or before.exit_date is None):
        journal.append(uow, EventKind.MEMBER_EXITED, meeting_id=None, now=now, subject={
            **who, "on": after.exit_date.isoformat(),
            "cause": after.exit_cause.value if after.exit_cause is not None else None})


def add_member(uow: UnitOfWork, member: Member, *, now: datetime) -> tuple[int, Changes]:
    """Add a member; returns its id. Raises ``ValidationError`` (nothing saved).

    An admitted member's admission (and exit, for a former member) is journaled.
    """
    member = _clean(replace(member, id=0))
    _check(uow, member)
    row = MemberRow()
    repo.apply_member(row, member, now)
    uow.session.add(row)
    uow.session.flush()
    _journal(uow, None, replace(member, id=row.id), now)
    return row.id, Changes.of(Aggregate.MEMBERS, ids=(row.id,))


def update_member(uow: UnitOfWork, member: Member, *, now: datetime) -> Changes:
    """Save an edited member. Raises ``ValidationError`` or ``NotFoundError``.

    An admission or exit date given for the first time is journaled.
    """
    row = repo.get_row(uow.session, member.id)
    if row is None:
        raise NotFoundError("member.not_found", {"id": member.id})
    before = repo.to_member(row)
    member = _clean(member)
    _check(uow, member)
    repo.apply_member(row, member, now)
    _journal(uow, before, member, now)
    return Changes.of(Aggregate.MEMBERS, ids=(member.id,))


def exit_member(
    uow: UnitOfWork, member_id: int, *, on: date, cause: ExitCause, now: datetime
) -> Changes:
    """Record that a member left (the record and its history stay)."""
    member = get_member(uow, member_id)
    if member.exit_date is not None:
        raise UserError("member.already_exited", {"date": member.exit_date})
    return update_member(uow, replace(member, exit_date=on, exit_cause=cause), now=now)


def has_history(uow: UnitOfWork, member_id: int) -> bool:
    """Whether the member appears in the share register, a mandate or a handover."""
    s = uow.session
    checks = [
        select(func.count()).where(
            (ShareMovementRow.from_member_id == member_id) | (ShareMovementRow.to_member_id == member_id)
        ),
        select(func.count()).where(MandateRow.member_id == member_id),
        select(func.count()).where(
            (HandoverRow.from_member_id == member_id) | (HandoverRow.to_member_id == member_id)
        ),
    ]
    return any(bool(s.scalar(c)) for c in checks)


def delete_member(uow: UnitOfWork, member_id: int, *, now: datetime | None = None) -> Changes:
    """Delete a member entered by mistake; one with history must exit instead.

    The deletion is journaled at ``now`` (by default, the clock's time).
    """
    row = repo.get_row(uow.session, member_id)
    if row is None:
        raise NotFoundError("member.not_found", {"id": member_id})
    if has_history(uow, member_id):
        raise UserError("member.has_history", {"number": row.number})
    gone = repo.to_member(row)
    journal.append(uow, EventKind.MEMBER_DELETED, meeting_id=None, now=now or datetime.now(),
                   subject={"member_id": member_id, "number": gone.number,
                            "name": gone.display_name})  # fmt: skip
    uow.session.execute(
        update(ApplicationRow).where(ApplicationRow.member_id == member_id).values(member_id=None)
    )
    uow.session.delete(row)
    return Changes.of(Aggregate.MEMBERS, Aggregate.APPLICATIONS, ids=(member_id,))


def count_members(uow: UnitOfWork, at: date) -> tuple[int, int]:
    """``(active, total)`` member counts on ``at``."""
    active = case(
        (
            (MemberRow.admission_date <= at)
            & ((MemberRow.exit_date.is_(None)) | (MemberRow.exit_date > at)),
            1,
        ),
        else_=0,
    )
    a, t = uow.session.execute(select(func.sum(active), func.count())).one()
    return int(a or 0), int(t or 0)
