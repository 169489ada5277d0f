# SPDX-License-Identifier: GPL-3.0-or-later
"""Use cases on membership applications (and employees expected to apply)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime

from talagov.core.applications import Application, Decision, DueApplication, due_applications
from talagov.core.errors import NotFoundError, UserError, ValidationError
from talagov.core.findings import Finding, Severity
from talagov.core.members import Member, PersonKind
from talagov.services import members as members_service
from talagov.services.changes import Aggregate, Changes
from talagov.services.organisation import statutes_at
from talagov.services.uow import UnitOfWork
from talagov.storage import applications_repo as repo
from talagov.storage.models import ApplicationRow


def list_applications(uow: UnitOfWork) -> list[Application]:
    """Every application."""
    return repo.all_applications(uow.session)


def due(uow: UnitOfWork, at: date) -> list[DueApplication]:
    """Applications needing attention on ``at`` under the statutes in force."""
    rules = statutes_at(uow, at).membership
    return due_applications(repo.all_applications(uow.session), rules, at)


def _problems(a: Application) -> tuple[Finding, ...]:
    problems: list[Finding] = []
    if not a.name.strip():
        problems.append(Finding("application.name_required", Severity.VIOLATION, field="name"))
    if a.hired_on and a.applied_on and a.applied_on < a.hired_on:
        problems.append(Finding("application.applied_before_hired", Severity.VIOLATION, field="applied_on"))
    return tuple(problems)


def save_application(uow: UnitOfWork, application: Application) -> tuple[int, Changes]:
    """Add (id 0) or update an application."""
    problems = _problems(application)
    if problems:
        raise ValidationError(problems)
    if application.id:
        row = uow.session.get(ApplicationRow, application.id)
        if row is None:
            raise NotFoundError("application.not_found", {"id": application.id})
    else:
        row = ApplicationRow()
        uow.session.add(row)
    repo.apply_application(row, application)
    uow.session.flush()
    return row.id, Changes.of(Aggregate.APPLICATIONS, ids=(row.id,))


def decide(
    uow: UnitOfWork,
    application_id: int,
    *,
    decision: Decision,
    on: date,
    decided_by: str,
    number: str = "",
    now: datetime,
) -> Changes:
    """Record the AG's decision; an acceptance creates the member, admitted on ``on``."""
    row = uow.session.get(ApplicationRow, application_id)
    if row is None:
        raise NotFoundError("application.not_found", {"id": application_id})
    app = repo.to_application(row)
    if app.decision is not Decision.PENDING:
        raise UserError("application.already_decided", {"decision": app.decision.value})
    if decision is Decision.PENDING:
        raise UserError("application.decision_required")
    member_id = None
    if decision is Decision.ACCEPTED:
        draft = Member(
            id=0,
            number=number or members_service.next_number(uow),
            kind=PersonKind.NATURAL,
            name=app.name,
            first_name=app.first_name,
            category_key=app.category_key,
            admission_date=on,
            admission_decision=decided_by,
        )
        member_id, _ = members_service.add_member(uow, draft, now=now)
    repo.apply_application(
        row, replace(app, decision=decision, decided_on=on, decided_by=decided_by, member_id=member_id)
    )
    return Changes.of(Aggregate.APPLICATIONS, Aggregate.MEMBERS)
