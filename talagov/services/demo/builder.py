# SPDX-License-Identifier: GPL-3.0-or-later
"""Write a planned demo into an empty database, in one unit of work.

The organisation, bodies, mandates, handovers and applications go through the
services (and their checks); members and share movements, which may number in the
tens of thousands, go through :mod:`talagov.storage.bulk` after the same checks have
run in memory. Any failure rolls everything back.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, replace
from datetime import date, datetime, time

from sqlalchemy import func, select

from talagov.core.annual_meeting import next_annual_meeting_deadline
from talagov.core.errors import UserError, ValidationError
from talagov.core.legal_forms import Family, LegalForm
from talagov.core.member_validation import member_problems
from talagov.core.shares import balance_problems, capital_at
from talagov.services import applications, mandates
from talagov.services.demo import association, scic, scop
from talagov.services.demo.meetings import write_meetings
from talagov.services.demo.plan import DemoPlan, PlannedHandover
from talagov.services.organisation import create_organisation
from talagov.services.uow import UnitOfWork
from talagov.storage import bulk
from talagov.storage.database import Database
from talagov.storage.models import HandoverRow, MemberRow, OrganisationRow

# A fixed "today": same seed, same bytes, whatever day the demo is built.
REFERENCE_DATE = date(2026, 11, 22)
DEFAULT_SEED = 1947  # the year of the cooperation law


@dataclass(frozen=True)
class DemoOptions:
    """What to build.

    Attributes:
        members: member records (active and former); ``None`` = the form's default.
        today: the reference date; every date of the demo is placed from it.
    """

    form: LegalForm = LegalForm.SCIC_SAS
    members: int | None = None
    seed: int = DEFAULT_SEED
    today: date = REFERENCE_DATE


@dataclass(frozen=True)
class DemoSummary:
    """What was built, for the command line and the tests."""

    name: str
    form: LegalForm
    members: int
    active_members: int
    movements: int
    capital_cents: int
    mandates: int
    expiring_mandates: int
    applications: int
    applications_due: int
    meetings: int = 0


def default_members(form: LegalForm) -> int:
    """120 in a SCIC (95 in a SARL, capped at 100 associates), 20 in a SCOP, 60 otherwise."""
    if form.family is Family.SCIC:
        return 95 if form is LegalForm.SCIC_SARL else 120
    return 20 if form.family is Family.SCOP else 60


def min_members(form: LegalForm) -> int:
    """The fewest members the demo of ``form`` can be built with."""
    if form.family is Family.SCIC:
        return scic.MIN_MEMBERS
    if form.family is Family.SCOP:
        return scop.min_members(form)
    return association.MIN_MEMBERS


def member_count(options: DemoOptions) -> int:
    """The number of member records ``options`` asks for.

    Raises:
        UserError: ``demo.too_few_members`` below :func:`min_members`.
    """
    n = options.members if options.members is not None else default_members(options.form)
    low = min_members(options.form)
    if n < low:
        raise UserError("demo.too_few_members", {"count": n, "min": low, "form": options.form.label})
    return n


def plan_demo(options: DemoOptions) -> DemoPlan:
    """The demo as values, without touching any database.

    Raises:
        UserError: ``demo.too_few_members`` below :func:`min_members`.
    """
    n = member_count(options)
    rng = random.Random(options.seed)
    if options.form.family is Family.SCIC:
        return scic.plan_scic(options.form, n, rng, options.today)
    if options.form.family is Family.SCOP:
        return scop.plan_scop(options.form, n, rng, options.today)
    return association.plan_association(n, rng, options.today)


def database_is_empty(uow: UnitOfWork) -> bool:
    """No organisation and no member yet."""
    s = uow.session
    has_org = s.scalar(select(func.count()).select_from(OrganisationRow))
    has_members = s.scalar(select(func.count()).select_from(MemberRow))
    return not has_org and not has_members


def build_demo(db: Database, options: DemoOptions | None = None) -> DemoSummary:
    """Plan the demo and write it into ``db`` (which must be empty) in one transaction.

    Raises:
        UserError: ``demo.db_not_empty`` or ``demo.too_few_members``; nothing written.
        ValidationError: a planned value failed a check (a bug); nothing written.
    """
    options = options or DemoOptions()
    plan = plan_demo(options)
    now = datetime.combine(options.today, time(9, 0))
    with UnitOfWork(db) as uow:
        return write_plan(uow, plan, today=options.today, now=now, seed=options.seed)


def write_plan(
    uow: UnitOfWork, plan: DemoPlan, *, today: date, now: datetime, seed: int = DEFAULT_SEED
) -> DemoSummary:
    """Write ``plan`` through ``uow``, then its meetings, and summarise it as of ``today``."""
    if not database_is_empty(uow):
        raise UserError("demo.db_not_empty", {"path": str(uow.db.path)})
    problems = [p for m in plan.members for p in member_problems(m)]
    problems += balance_problems(plan.movements)
    if problems:
        raise ValidationError(tuple(problems))
    create_organisation(uow, plan.organisation, plan.statutes, plan.categories,
                        effective_from=plan.effective_from, now=now)
    bulk.insert_members(uow.session, plan.members, now=now)
    bulk.insert_movements(uow.session, plan.movements, now=now)
    body_ids: dict[int, int] = {}
    for body in plan.bodies:
        body_ids[body.id], _ = mandates.add_body(uow, body)
    mandate_ids = [
        mandates.add_mandate(uow, replace(m, body_id=body_ids[m.body_id]))[0] for m in plan.mandates
    ]
    for h in plan.handovers:
        _handover(uow, mandate_ids[h.mandate_index], h, body_ids)
    for app in plan.applications:
        applications.save_application(uow, app)
    deadline = next_annual_meeting_deadline(plan.organisation.fiscal_year_end, today)
    # Expiring mandates are counted before the meetings: the upcoming AG proposes them.
    expiring = len(mandates.expiring_mandates(uow, today, deadline))
    meeting_ids = write_meetings(uow, today=today, seed=seed)
    return DemoSummary(
        name=plan.organisation.name,
        form=plan.organisation.form,
        members=len(plan.members),
        active_members=sum(1 for m in plan.members if m.is_member_on(today)),
        movements=len(plan.movements),
        capital_cents=sum(capital_at(plan.movements, today).values()),
        mandates=len(plan.mandates) + len(plan.handovers),
        expiring_mandates=expiring,
        applications=len(plan.applications),
        applications_due=len(applications.due(uow, today)),
        meetings=len(meeting_ids),
    )


def _handover(uow: UnitOfWork, mandate_id: int, h: PlannedHandover, body_ids: dict[int, int]) -> None:
    old = mandates.mandates(uow)
    current = next(m for m in old if m.id == mandate_id)
    successor = replace(h.successor, body_id=body_ids[h.successor.body_id])
    if successor.planned_end == current.planned_end:
        # The successor completes the term: exactly the service's passation.
        mandates.record_handover(uow, mandate_id=mandate_id, to_member_id=successor.member_id,
                                 on=successor.start, note=h.note)
        return
    # A new term starts with the passation (a gérant elected for four years).
    mandates.end_mandate(uow, mandate_id, on=successor.start, reason=h.note)
    mandates.add_mandate(uow, replace(successor, id=0))
    uow.session.add(HandoverRow(body_id=current.body_id, role=current.role.value,
                                from_member_id=current.member_id, to_member_id=successor.member_id,
                                on=successor.start, note=h.note))
