# SPDX-License-Identifier: GPL-3.0-or-later
"""Use cases on bodies, mandates and handovers (passations)."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime

from sqlalchemy import select

from talagov.core.errors import NotFoundError, UserError, ValidationError
from talagov.core.findings import Finding, Severity
from talagov.core.journal import EventKind
from talagov.core.mandates import (
    GOVERNING_BODIES,
    Body,
    BodyKind,
    Handover,
    Mandate,
    Role,
    expiring,
)
from talagov.services import journal
from talagov.services.changes import Aggregate, Changes
from talagov.services.uow import UnitOfWork
from talagov.storage import mandates_repo as repo
from talagov.storage import members_repo
from talagov.storage.models import BodyRow, HandoverRow, MandateRow, MemberRow


@dataclass(frozen=True)
class MandateListItem:
    """One mandate as displayed, with body and member names."""

    id: int
    body_id: int
    body_name: str
    member_id: int
    member_name: str
    role: Role
    start: date
    planned_end: date | None
    end: date | None
    end_reason: str

    def active_on(self, at: date) -> bool:
        """In office on ``at``."""
        return self.start <= at and (self.end is None or at < self.end)


def list_bodies(uow: UnitOfWork) -> list[Body]:
    """Every body."""
    return repo.all_bodies(uow.session)


def add_body(uow: UnitOfWork, body: Body) -> tuple[int, Changes]:
    """Create a body (board, committee, ...)."""
    if not body.name.strip():
        raise ValidationError((Finding("body.name_required", Severity.VIOLATION, field="name"),))
    row = BodyRow(kind=body.kind.value, name=body.name.strip(), seats=max(0, body.seats))
    uow.session.add(row)
    uow.session.flush()
    return row.id, Changes.of(Aggregate.MANDATES, ids=(row.id,))


def list_mandates(uow: UnitOfWork) -> list[MandateListItem]:
    """Every mandate with names, current ones first then by start date."""
    stmt = (
        select(MandateRow, BodyRow.name, MemberRow.name, MemberRow.first_name, MemberRow.number)
        .join(BodyRow, BodyRow.id == MandateRow.body_id)
        .join(MemberRow, MemberRow.id == MandateRow.member_id)
        .order_by(MandateRow.end.is_not(None), BodyRow.id, MandateRow.start, MandateRow.id)
    )
    return [
        MandateListItem(
            r.id, r.body_id, body, r.member_id, f"{name} {first}".strip(), Role(r.role),
            r.start, r.planned_end, r.end, r.end_reason,
        )
        for r, body, name, first, _num in uow.session.execute(stmt)
    ]


def mandates(uow: UnitOfWork) -> list[Mandate]:
    """Every mandate as core values."""
    return repo.all_mandates(uow.session)


def _mandate_problems(uow: UnitOfWork, m: Mandate) -> list[Finding]:
    problems: list[Finding] = []
    body_row = uow.session.get(BodyRow, m.body_id)
    member = members_repo.get_member(uow.session, m.member_id)
    if body_row is None:
        problems.append(Finding("mandate.body_required", Severity.VIOLATION, field="body"))
    if member is None:
        problems.append(Finding("mandate.member_required", Severity.VIOLATION, field="member"))
    if m.planned_end is not None and m.planned_end <= m.start:
        problems.append(Finding("mandate.end_before_start", Severity.VIOLATION, field="planned_end"))
    if m.end is not None and m.end < m.start:
        problems.append(Finding("mandate.end_before_start", Severity.VIOLATION, field="end"))
    if body_row is not None and member is not None:
        governing = BodyKind(body_row.kind) in GOVERNING_BODIES
        # Managers and administrators are chosen among the associates (loi 78-763 art. 1).
        if governing and m.role is not Role.ADVISORY and not member.is_member_on(m.start):
            problems.append(Finding("mandate.not_associate", Severity.VIOLATION, field="member",
                                    source="Loi 78-763 art. 1", params={"number": member.number}))
    return problems


def _journal(uow: UnitOfWork, kind: EventKind, row: MandateRow, now: datetime | None) -> None:
    """Journal a mandate starting or ending (the clock's time when the use case has none)."""
    body = uow.session.get(BodyRow, row.body_id)
    member = members_repo.get_member(uow.session, row.member_id)
    subject: dict[str, object] = {
        "mandate_id": row.id, "body_id": row.body_id, "body": body.name if body else "",
        "member_id": row.member_id, "name": member.display_name if member else "",
        "role": row.role,
    }  # fmt: skip
    if kind is EventKind.MANDATE_STARTED:
        subject.update(start=row.start.isoformat(),
                       planned_end=row.planned_end.isoformat() if row.planned_end else None)
    else:
        subject.update(end=row.end.isoformat() if row.end else None, reason=row.end_reason)
    journal.append(uow, kind, meeting_id=None, subject=subject, now=now or datetime.now())


def add_mandate(uow: UnitOfWork, mandate: Mandate, *,
                now: datetime | None = None) -> tuple[int, Changes]:
    """Record a mandate. Raises ``ValidationError`` (nothing saved).

    Its start (and its end, for a past mandate) is journaled at ``now``.
    """
    problems = _mandate_problems(uow, mandate)
    if problems:
        raise ValidationError(tuple(problems))
    row = MandateRow(
        body_id=mandate.body_id, member_id=mandate.member_id, role=mandate.role.value,
        start=mandate.start, planned_end=mandate.planned_end, end=mandate.end,
        end_reason=mandate.end_reason,
    )
    uow.session.add(row)
    uow.session.flush()
    _journal(uow, EventKind.MANDATE_STARTED, row, now)
    if row.end is not None:
        _journal(uow, EventKind.MANDATE_ENDED, row, now)
    return row.id, Changes.of(Aggregate.MANDATES, ids=(row.id,))


def end_mandate(uow: UnitOfWork, mandate_id: int, *, on: date, reason: str,
                now: datetime | None = None) -> Changes:
    """Close a mandate on ``on`` (resignation, revocation, end of term...); journaled
    at ``now``."""
    row = uow.session.get(MandateRow, mandate_id)
    if row is None:
        raise NotFoundError("mandate.not_found", {"id": mandate_id})
    if row.end is not None:
        raise UserError("mandate.already_ended", {"date": row.end})
    if on < row.start:
        raise ValidationError((Finding("mandate.end_before_start", Severity.VIOLATION, field="end"),))
    row.end, row.end_reason = on, reason.strip()
    _journal(uow, EventKind.MANDATE_ENDED, row, now)
    return Changes.of(Aggregate.MANDATES, ids=(mandate_id,))


def record_handover(
    uow: UnitOfWork, *, mandate_id: int, to_member_id: int, on: date, note: str,
    now: datetime | None = None,
) -> tuple[int, Changes]:
    """The passation of an office: the outgoing mandate ends, a new one starts.

    The successor keeps the role and the planned end of the term being completed.
    """
    row = uow.session.get(MandateRow, mandate_id)
    if row is None:
        raise NotFoundError("mandate.not_found", {"id": mandate_id})
    old = repo.to_mandate(row)
    if to_member_id == old.member_id:
        raise ValidationError((Finding("handover.same_person", Severity.VIOLATION, field="member"),))
    new = replace(old, id=0, member_id=to_member_id, start=on, end=None, end_reason="")
    if old.planned_end is not None and old.planned_end <= on:
        new = replace(new, planned_end=None)
    end_mandate(uow, mandate_id, on=on, reason=note or "passation", now=now)
    new_id, _ = add_mandate(uow, new, now=now)
    uow.session.add(HandoverRow(body_id=old.body_id, role=old.role.value, from_member_id=old.member_id,
                                to_member_id=to_member_id, on=on, note=note.strip()))
    return new_id, Changes.of(Aggregate.MANDATES, ids=(mandate_id, new_id))


def handovers(uow: UnitOfWork) -> list[Handover]:
    """Every recorded passation."""
    return repo.all_handovers(uow.session)


def expiring_mandates(uow: UnitOfWork, at: date, until: date) -> list[MandateListItem]:
    """Mandates in office on ``at`` whose planned end is on or before ``until``."""
    due = {m.id for m in expiring(repo.all_mandates(uow.session), at, until)}
    items = [i for i in list_mandates(uow) if i.id in due]
    return sorted(items, key=lambda i: (i.planned_end or at, i.id))
