# SPDX-License-Identifier: GPL-3.0-or-later
"""The share register through the services: balances are never negative."""

from __future__ import annotations

from datetime import date

import pytest

from talagov.core.errors import ValidationError
from talagov.core.members import ExitCause
from talagov.core.shares import MovementKind, ShareMovement
from talagov.services import members, shares
from talagov.services.uow import UnitOfWork
from talagov.storage.database import Database

from .conftest import NOW, AddMember


def _move(db: Database, kind: MovementKind, on: date, count: int, *, src: int | None = None,
          dst: int | None = None) -> int:
    with UnitOfWork(db) as uow:
        movement_id, _ = shares.add_movement(
            uow, ShareMovement(0, kind, on, count, 2500, from_member_id=src, to_member_id=dst), now=NOW
        )
    return movement_id


def test_transfer_and_redemption_move_capital(scop: Database, add_member: AddMember) -> None:
    a = add_member("Arnaud", shares_count=10, employee=True, category="salarie")
    b = add_member("Bérénice", shares_count=2)
    _move(scop, MovementKind.TRANSFER, date(2024, 3, 1), 4, src=a, dst=b)
    _move(scop, MovementKind.REDEMPTION, date(2025, 3, 1), 1, src=b)
    with UnitOfWork(scop) as uow:
        assert shares.holdings(uow, date(2024, 2, 28)) == {a: 10, b: 2}
        assert shares.holdings(uow, date(2024, 3, 1)) == {a: 6, b: 6}
        summary = shares.capital_summary(uow, date(2025, 12, 31))
    assert (summary.shares, summary.cents, summary.holders) == (11, 27500, 2)
    assert ("salarie", 6, 15000) in summary.by_category


def test_redemption_above_holding_is_refused_and_not_saved(scop: Database, add_member: AddMember) -> None:
    a = add_member("Arnaud", shares_count=3)
    with pytest.raises(ValidationError) as err:
        _move(scop, MovementKind.REDEMPTION, date(2024, 1, 1), 5, src=a)
    assert [p.code for p in err.value.problems] == ["shares.negative_balance"]
    with UnitOfWork(scop) as uow:
        assert len(shares.list_movements(uow)) == 1


def test_backdated_redemption_before_the_subscription_is_refused(
    scop: Database, add_member: AddMember
) -> None:
    a = add_member("Arnaud", admitted=date(2024, 6, 1), shares_count=3)
    with pytest.raises(ValidationError):
        _move(scop, MovementKind.REDEMPTION, date(2024, 5, 1), 1, src=a)


def test_subscription_by_a_former_member_is_refused(scop: Database, add_member: AddMember) -> None:
    a = add_member("Arnaud", shares_count=1)
    with UnitOfWork(scop) as uow:
        members.exit_member(uow, a, on=date(2024, 1, 1), cause=ExitCause.RESIGNATION, now=NOW)
    with pytest.raises(ValidationError) as err:
        _move(scop, MovementKind.SUBSCRIPTION, date(2024, 6, 1), 1, dst=a)
    assert err.value.problems[0].code == "shares.to_exited_member"


def test_deleting_a_movement_that_others_depend_on_is_refused(scop: Database, add_member: AddMember) -> None:
    a = add_member("Arnaud")
    b = add_member("Bérénice")
    first = _move(scop, MovementKind.SUBSCRIPTION, date(2024, 1, 1), 5, dst=a)
    _move(scop, MovementKind.TRANSFER, date(2024, 2, 1), 5, src=a, dst=b)
    with pytest.raises(ValidationError), UnitOfWork(scop) as uow:
        shares.delete_movement(uow, first)
    with UnitOfWork(scop) as uow:
        assert len(shares.list_movements(uow)) == 2


def test_register_lists_names(scop: Database, add_member: AddMember) -> None:
    a = add_member("Arnaud", first_name="Zoé")
    _move(scop, MovementKind.SUBSCRIPTION, date(2024, 1, 1), 5, dst=a)
    with UnitOfWork(scop) as uow:
        item = shares.list_movements(uow)[0]
    assert item.to_name == "Arnaud Zoé (T-001)" and item.amount_cents == 12500
