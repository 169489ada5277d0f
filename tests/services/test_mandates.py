# SPDX-License-Identifier: GPL-3.0-or-later
"""Bodies, mandates, expiring seats and the passation of an office."""

from __future__ import annotations

from datetime import date

import pytest

from talagov.core.errors import UserError, ValidationError
from talagov.core.mandates import Body, BodyKind, Mandate, Role
from talagov.services import mandates
from talagov.services.uow import UnitOfWork
from talagov.storage.database import Database

from .conftest import AddMember


def _board(db: Database) -> int:
    with UnitOfWork(db) as uow:
        body_id, _ = mandates.add_body(uow, Body(0, BodyKind.BOARD, "Conseil d'administration", 9))
    return body_id


def test_only_associates_sit_on_a_governing_body(scop: Database, add_member: AddMember) -> None:
    board = _board(scop)
    newcomer = add_member("Nouveau", admitted=date(2025, 1, 1))
    with pytest.raises(ValidationError) as err, UnitOfWork(scop) as uow:
        mandates.add_mandate(uow, Mandate(0, board, newcomer, Role.ADMINISTRATOR, date(2024, 6, 1)))
    assert err.value.problems[0].code == "mandate.not_associate"
    assert err.value.problems[0].source == "Loi 78-763 art. 1"


def test_expiring_mandates_are_listed_before_the_deadline(scop: Database, add_member: AddMember) -> None:
    board = _board(scop)
    a, b = add_member("Alpha"), add_member("Bravo")
    with UnitOfWork(scop) as uow:
        mandates.add_mandate(uow, Mandate(0, board, a, Role.ADMINISTRATOR, date(2021, 6, 1), date(2027, 6, 1)))
        mandates.add_mandate(uow, Mandate(0, board, b, Role.ADMINISTRATOR, date(2024, 6, 1), date(2030, 6, 1)))
        due = mandates.expiring_mandates(uow, date(2026, 11, 22), date(2027, 6, 30))
    assert [d.member_id for d in due] == [a]


def test_handover_ends_the_old_mandate_and_starts_the_new(scop: Database, add_member: AddMember) -> None:
    board = _board(scop)
    a, b = add_member("Alpha"), add_member("Bravo")
    with UnitOfWork(scop) as uow:
        old_id, _ = mandates.add_mandate(
            uow, Mandate(0, board, a, Role.PRESIDENT, date(2022, 6, 1), date(2028, 6, 1))
        )
        new_id, _ = mandates.record_handover(uow, mandate_id=old_id, to_member_id=b,
                                             on=date(2025, 9, 1), note="démission")
    with UnitOfWork(scop) as uow:
        items = {i.id: i for i in mandates.list_mandates(uow)}
        handovers = mandates.handovers(uow)
    assert items[old_id].end == date(2025, 9, 1) and items[old_id].end_reason == "démission"
    assert items[new_id].role is Role.PRESIDENT and items[new_id].planned_end == date(2028, 6, 1)
    assert items[new_id].start == date(2025, 9, 1)
    assert [(h.from_member_id, h.to_member_id) for h in handovers] == [(a, b)]


def test_ending_twice_is_refused(scop: Database, add_member: AddMember) -> None:
    board = _board(scop)
    a = add_member("Alpha")
    with UnitOfWork(scop) as uow:
        mid, _ = mandates.add_mandate(uow, Mandate(0, board, a, Role.ADMINISTRATOR, date(2022, 1, 1)))
        mandates.end_mandate(uow, mid, on=date(2024, 1, 1), reason="fin de mandat")
    with pytest.raises(UserError, match="mandate.already_ended"), UnitOfWork(scop) as uow:
        mandates.end_mandate(uow, mid, on=date(2025, 1, 1), reason="")


def test_planned_end_before_start_is_refused(scop: Database, add_member: AddMember) -> None:
    board = _board(scop)
    a = add_member("Alpha")
    with pytest.raises(ValidationError), UnitOfWork(scop) as uow:
        mandates.add_mandate(uow, Mandate(0, board, a, Role.ADMINISTRATOR, date(2022, 1, 1), date(2021, 1, 1)))
