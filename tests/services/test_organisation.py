# SPDX-License-Identifier: GPL-3.0-or-later
"""The organisation, statutes versions below the legal floors, categories."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from talagov.core.errors import UserError, ValidationError
from talagov.core.legal_forms import LegalForm
from talagov.core.members import Category, CategoryRole
from talagov.core.organisation import Organisation
from talagov.core.presets import default_categories, preset
from talagov.core.statutes import Convocation, MeetingKind
from talagov.services import organisation
from talagov.services.uow import UnitOfWork
from talagov.storage.database import Database

from .conftest import NOW, AddMember, setup_org


def test_set_up_once(db: Database) -> None:
    setup_org(db, LegalForm.SCIC_SA)
    with UnitOfWork(db) as uow:
        org = organisation.get_organisation(uow)
        statutes = organisation.statutes_at(uow, date(2026, 1, 1))
    assert org is not None and org.form is LegalForm.SCIC_SA
    assert statutes == preset(LegalForm.SCIC_SA)
    with pytest.raises(UserError, match="org.exists"):
        setup_org(db)


def test_invalid_siren_is_refused(db: Database) -> None:
    with pytest.raises(ValidationError) as err, UnitOfWork(db) as uow:
        organisation.create_organisation(
            uow, Organisation(name="X", form=LegalForm.SCOP_SA, siren="123456789"),
            preset(LegalForm.SCOP_SA), default_categories(LegalForm.SCOP_SA),
            effective_from=date(2020, 1, 1), now=NOW,
        )
    assert [p.code for p in err.value.problems] == ["org.siren_invalid"]
    with UnitOfWork(db) as uow:
        assert organisation.get_organisation(uow) is None


def test_statutes_below_the_legal_notice_are_refused_and_history_unchanged(db: Database) -> None:
    setup_org(db, LegalForm.SCOP_SA)
    with UnitOfWork(db) as uow:
        current = organisation.statutes_at(uow, date(2026, 1, 1))
    rule = current.rule(MeetingKind.AGO, Convocation.FIRST)
    lowered = current.with_rule(MeetingKind.AGO, Convocation.FIRST, replace(rule, notice_days=10))
    with pytest.raises(ValidationError) as err, UnitOfWork(db) as uow:
        organisation.save_statutes(uow, lowered, effective_from=date(2026, 6, 1), note="", now=NOW)
    assert any(p.source for p in err.value.problems)
    with UnitOfWork(db) as uow:
        assert len(organisation.statutes_history(uow)) == 1


def test_stricter_statutes_apply_from_their_date(db: Database) -> None:
    setup_org(db, LegalForm.SCOP_SA)
    with UnitOfWork(db) as uow:
        current = organisation.statutes_at(uow, date(2026, 1, 1))
    rule = current.rule(MeetingKind.AGO, Convocation.FIRST)
    raised = current.with_rule(MeetingKind.AGO, Convocation.FIRST, replace(rule, notice_days=21))
    with UnitOfWork(db) as uow:
        organisation.save_statutes(uow, raised, effective_from=date(2026, 6, 1), note="AGE 2026", now=NOW)
    with UnitOfWork(db) as uow:
        before = organisation.statutes_at(uow, date(2026, 5, 31))
        after = organisation.statutes_at(uow, date(2026, 6, 1))
    assert before.rule(MeetingKind.AGO, Convocation.FIRST).notice_days == rule.notice_days
    assert after.rule(MeetingKind.AGO, Convocation.FIRST).notice_days == 21


def test_category_in_use_cannot_be_removed(scop: Database, add_member: AddMember) -> None:
    add_member("Martin", category="salarie")
    with pytest.raises(ValidationError) as err, UnitOfWork(scop) as uow:
        organisation.save_categories(uow, (Category("autre", "Autre", CategoryRole.OTHER),))
    assert err.value.problems[0].code == "category.in_use"
