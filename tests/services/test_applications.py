# SPDX-License-Identifier: GPL-3.0-or-later
"""SCOP applications: employees due to apply, and the AG's duty to rule (S4-S5)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from talagov.core.applications import Application, Decision, DueReason
from talagov.core.errors import UserError
from talagov.services import applications, members, organisation
from talagov.services.uow import UnitOfWork
from talagov.storage.database import Database

from .conftest import NOW


def _six_month_rule(db: Database) -> None:
    with UnitOfWork(db) as uow:
        st = organisation.statutes_at(uow, date(2026, 1, 1))
        st = replace(st, membership=replace(st.membership, employee_application_months=6))
        organisation.save_statutes(uow, st, effective_from=date(2020, 1, 1), note="", now=NOW)


def test_employee_past_the_delay_is_listed(scop: Database) -> None:
    _six_month_rule(scop)
    with UnitOfWork(scop) as uow:
        applications.save_application(uow, Application(0, "Roux", "Inès", hired_on=date(2026, 3, 1)))
        applications.save_application(uow, Application(0, "Petit", "Léo", hired_on=date(2026, 10, 1)))
        due = applications.due(uow, date(2026, 11, 22))
    assert [(d.application.name, d.reason) for d in due] == [("Roux", DueReason.MUST_APPLY)]


def test_ag_must_rule_after_a_year_of_employment(scop: Database) -> None:
    with UnitOfWork(scop) as uow:
        applications.save_application(
            uow, Application(0, "Garnier", "Théo", hired_on=date(2025, 6, 1), applied_on=date(2025, 9, 1))
        )
        due = applications.due(uow, date(2026, 11, 22))
    assert due[0].reason is DueReason.AG_MUST_RULE and due[0].deadline == date(2026, 6, 1)


def test_acceptance_admits_a_member(scop: Database) -> None:
    with UnitOfWork(scop) as uow:
        app_id, _ = applications.save_application(
            uow, Application(0, "Garnier", "Théo", applied_on=date(2025, 9, 1), category_key="salarie")
        )
        applications.decide(uow, app_id, decision=Decision.ACCEPTED, on=date(2026, 6, 20),
                            decided_by="AGO du 20/06/2026", now=NOW)
    with UnitOfWork(scop) as uow:
        listed = members.list_members(uow, date(2026, 6, 20))
        app = applications.list_applications(uow)[0]
    assert [m.display_name for m in listed] == ["Garnier Théo"]
    assert app.decision is Decision.ACCEPTED and app.member_id == listed[0].id
    with pytest.raises(UserError, match="application.already_decided"), UnitOfWork(scop) as uow:
        applications.decide(uow, app_id, decision=Decision.REJECTED, on=date(2026, 6, 21),
                            decided_by="", now=NOW)
