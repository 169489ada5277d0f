# SPDX-License-Identifier: GPL-3.0-or-later
"""The share register: holdings and capital at a date, shape and balance problems."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from talagov.core.shares import (
    MovementKind,
    ShareMovement,
    balance_problems,
    capital_at,
    holdings_at,
    movement_problems,
)

SUB, TRANSFER, REDEMPTION = MovementKind.SUBSCRIPTION, MovementKind.TRANSFER, MovementKind.REDEMPTION


def sub(id: int, member: int, count: int, on: date, nominal: int = 2500) -> ShareMovement:
    return ShareMovement(id, SUB, on, count, nominal, to_member_id=member)


REGISTER = [
    sub(1, 1, 10, date(2024, 1, 10)),
    sub(2, 2, 4, date(2024, 3, 1), nominal=3000),  # nominal raised later: kept per movement
    ShareMovement(3, TRANSFER, date(2025, 1, 1), 3, 2500, from_member_id=1, to_member_id=2),
    ShareMovement(4, REDEMPTION, date(2025, 6, 30), 4, 2500, from_member_id=2),
]


@pytest.mark.parametrize(("at", "held"), [
    (date(2024, 1, 9), {}),
    (date(2024, 1, 10), {1: 10}),  # end of day: the day's movements count
    (date(2024, 12, 31), {1: 10, 2: 4}),
    (date(2025, 1, 1), {1: 7, 2: 7}),
    (date(2025, 6, 30), {1: 7, 2: 3}),
])
def test_holdings_at(at: date, held: dict[int, int]) -> None:
    assert holdings_at(REGISTER, at) == held


def test_capital_at_uses_each_movements_nominal() -> None:
    assert capital_at(REGISTER, date(2024, 12, 31)) == {1: 25_000, 2: 12_000}
    assert capital_at(REGISTER, date(2025, 6, 30)) == {1: 17_500, 2: 9_500}


def test_member_at_zero_is_omitted() -> None:
    movements = [sub(1, 1, 2, date(2024, 1, 1)),
                 ShareMovement(2, REDEMPTION, date(2025, 1, 1), 2, 2500, from_member_id=1)]
    assert holdings_at(movements, date(2025, 1, 1)) == {}


def test_negative_balance_is_reported_with_its_movement() -> None:
    movements = [sub(1, 1, 2, date(2024, 1, 1)),
                 ShareMovement(2, REDEMPTION, date(2024, 6, 1), 3, 2500, from_member_id=1)]
    (problem,) = balance_problems(movements)
    assert problem.code == "shares.negative_balance"
    assert dict(problem.params) == {"movement_id": 2, "member_id": 1, "date": date(2024, 6, 1), "balance": -1}


def test_same_day_subscription_before_redemption_is_not_negative() -> None:
    movements = [ShareMovement(1, REDEMPTION, date(2024, 1, 1), 2, 2500, from_member_id=1),
                 sub(2, 1, 2, date(2024, 1, 1))]
    assert balance_problems(movements) == ()


@pytest.mark.parametrize(("movement", "codes"), [
    (sub(1, 1, 1, date(2024, 1, 1)), set()),
    (sub(1, 1, 0, date(2024, 1, 1)), {"shares.count_positive"}),
    (sub(1, 1, 1, date(2024, 1, 1), nominal=0), {"shares.nominal_positive"}),
    (ShareMovement(1, SUB, date(2024, 1, 1), 1, 2500), {"shares.to_member"}),
    (ShareMovement(1, REDEMPTION, date(2024, 1, 1), 1, 2500, to_member_id=1),
     {"shares.from_member", "shares.to_member"}),
    (ShareMovement(1, TRANSFER, date(2024, 1, 1), 1, 2500, from_member_id=1, to_member_id=1),
     {"shares.transfer_to_self"}),
])
def test_movement_problems(movement: ShareMovement, codes: set[str]) -> None:
    assert {p.code for p in movement_problems(movement)} == codes


@given(st.lists(st.tuples(st.integers(1, 3), st.integers(1, 20), st.integers(1, 28)), max_size=15))
def test_capital_is_holdings_times_nominal(rows: list[tuple[int, int, int]]) -> None:
    movements = [sub(i, member, count, date(2024, 2, day)) for i, (member, count, day) in enumerate(rows)]
    at = date(2024, 2, 14)
    assert capital_at(movements, at) == {m: n * 2500 for m, n in holdings_at(movements, at).items()}
