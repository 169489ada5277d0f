# SPDX-License-Identifier: GPL-3.0-or-later
"""Service fixtures: an organisation set up from a preset, and member helpers."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime

import pytest

from talagov.core.legal_forms import LegalForm
from talagov.core.members import EmploymentPeriod, Member, PersonKind
from talagov.core.organisation import Organisation
from talagov.core.presets import default_categories, preset
from talagov.core.shares import MovementKind, ShareMovement
from talagov.services import members, organisation, shares
from talagov.services.uow import UnitOfWork
from talagov.storage.database import Database

NOW = datetime(2026, 11, 22, 10, 0)


def setup_org(db: Database, form: LegalForm = LegalForm.SCOP_SARL) -> None:
    """Create the organisation with the preset of ``form``."""
    with UnitOfWork(db) as uow:
        organisation.create_organisation(
            uow,
            Organisation(name="Fonderie du Val", form=form, share_nominal_cents=2500),
            preset(form),
            default_categories(form),
            effective_from=date(2020, 1, 1),
            now=NOW,
        )


@pytest.fixture
def scop(db: Database) -> Database:
    """A SCOP-SARL with no member yet."""
    setup_org(db)
    return db


AddMember = Callable[..., int]


@pytest.fixture
def add_member(db: Database) -> AddMember:
    """Add a member admitted on a date, optionally employed and with shares."""
    counter = {"n": 0}

    def _add(name: str, *, admitted: date = date(2020, 1, 1), shares_count: int = 0,
             employee: bool = False, category: str = "", **fields: object) -> int:
        counter["n"] += 1
        member = Member(
            id=0, number=f"T-{counter['n']:03d}", kind=PersonKind.NATURAL, name=name,
            admission_date=admitted, category_key=category,
            employment=(EmploymentPeriod(admitted),) if employee else (), **fields,  # type: ignore[arg-type]
        )
        with UnitOfWork(db) as uow:
            member_id, _ = members.add_member(uow, member, now=NOW)
            if shares_count:
                shares.add_movement(uow, ShareMovement(0, MovementKind.SUBSCRIPTION, admitted,
                                                       shares_count, 2500, to_member_id=member_id),
                                    now=NOW)
        return member_id

    return _add
