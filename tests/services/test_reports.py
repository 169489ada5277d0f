# SPDX-License-Identifier: GPL-3.0-or-later
"""The registers loaded from the database and rendered through the services."""

from __future__ import annotations

import re
from datetime import date

import pytest

from talagov.core.errors import UserError
from talagov.core.members import ExitCause
from talagov.core.shares import MovementKind, ShareMovement
from talagov.services import members, reports, shares
from talagov.services.uow import UnitOfWork
from talagov.storage.database import Database
from tests.reports.pdftools import pdf_text
from tests.services.conftest import NOW, AddMember


@pytest.fixture
def register(scop: Database, add_member: AddMember) -> Database:
    """Two associates with shares, one transfer, one who left."""
    a = add_member("Lefèvre", first_name="Élodie", shares_count=10, category="employee")
    b = add_member(
        "Cœur", first_name="Zoé", admitted=date(2021, 3, 1), shares_count=4, category="external"
    )
    c = add_member("Ôtés", admitted=date(2021, 5, 1), shares_count=2)
    with UnitOfWork(scop) as uow:
        shares.add_movement(uow, ShareMovement(0, MovementKind.TRANSFER, date(2022, 6, 1), 3, 2500,
                                               from_member_id=a, to_member_id=b, reference="OT-1"),
                            now=NOW)  # fmt: skip
        shares.add_movement(uow, ShareMovement(0, MovementKind.REDEMPTION, date(2023, 1, 10), 2, 2500,
                                               from_member_id=c), now=NOW)  # fmt: skip
        members.exit_member(uow, c, on=date(2023, 1, 10), cause=ExitCause.RESIGNATION, now=NOW)
    return scop


def test_members_register_on_a_date(register: Database) -> None:
    with UnitOfWork(register) as uow:
        data = reports.members_register(uow, date(2026, 11, 22), "fr")
        assert data == reports.members_register(uow, date(2026, 11, 22), "fr")
    text = pdf_text(data)
    assert "Fonderie du Val" in text and "SCOP-SARL à capital variable" in text
    assert re.search(r"Lefèvre Élodie .*7\s+175,00 €", text)
    assert re.search(r"Cœur Zoé .*7\s+175,00 €", text)
    assert re.search(r"Ôtés .*10/01/2023\s+Démission\s+0\s+0,00 €", text)
    assert "Capital au 22/11/2026 : 350,00 €" in text


def test_members_register_in_the_past_uses_the_holdings_of_that_day(register: Database) -> None:
    with UnitOfWork(register) as uow:
        text = pdf_text(reports.members_register(uow, date(2021, 4, 1), "fr"))
    assert "Capital au 01/04/2021 : 350,00 €" in text
    assert "Ôtés" not in text  # admitted in May


def test_share_register_defaults_to_the_last_movement(register: Database) -> None:
    with UnitOfWork(register) as uow:
        text = pdf_text(reports.share_register(uow, "en"))
        assert "Zoé" not in pdf_text(reports.share_register(uow, "fr", at=date(2021, 1, 1)))
    assert "Register of share movements" in text and "as of 2023-01-10" in text
    assert "Transfer" in text and "OT-1" in text and "Redemption" in text
    assert "Total: 5 movements" in text


def test_registers_need_an_organisation(db: Database) -> None:
    with UnitOfWork(db) as uow, pytest.raises(UserError) as caught:
        reports.members_register(uow, date(2026, 1, 1))
    assert caught.value.code == "org.missing"
