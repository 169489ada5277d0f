# SPDX-License-Identifier: GPL-3.0-or-later
"""Exact thresholds: ``Ratio.reached_by`` against domain-rules §5 arithmetic."""

from __future__ import annotations

from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

from talagov.core.ratio import HALF, Ratio, percent_basis_points


@pytest.mark.parametrize(("ratio", "part", "whole", "strict", "reached"), [
    (Ratio(1, 5), 19, 100, False, False),  # test 1: 19 × 5 = 95 < 100
    (Ratio(1, 5), 20, 100, False, True),
    (Ratio(1, 4), 24, 100, False, False),  # test 3
    (Ratio(1, 5), 20, 100, False, True),
    (HALF, 10, 19, True, True),  # test 4: 10 × 2 = 20 > 19
    (HALF, 10, 20, True, False),  # test 6: a tie is rejected
    (Ratio(2, 3), 20, 30, False, True),  # test 5: 60 ≥ 60
    (Ratio(2, 3), 19, 29, False, False),  # 57 < 58
    (Ratio(2, 3), 6, 8, False, True),  # test 11: PR base 8
    (Ratio(2, 3), 5, 8, False, False),
    (Ratio(0, 1), 0, 100, False, True),  # no quorum required
])
def test_reached_by(ratio: Ratio, part: int, whole: int, strict: bool, reached: bool) -> None:
    assert ratio.reached_by(part, whole, strict=strict) is reached


@given(st.integers(0, 50), st.integers(1, 50), st.integers(0, 1000), st.integers(0, 1000), st.booleans())
def test_reached_by_agrees_with_fractions(num: int, den: int, part: int, whole: int, strict: bool) -> None:
    ratio = Ratio(min(num, den), den)
    exact = Fraction(part) * ratio.den
    target = Fraction(whole) * ratio.num
    assert ratio.reached_by(part, whole, strict=strict) is (exact > target if strict else exact >= target)


@pytest.mark.parametrize(("num", "den"), [(1, 0), (-1, 2), (3, 2)])
def test_invalid_ratios_are_refused(num: int, den: int) -> None:
    with pytest.raises(ValueError):
        Ratio(num, den)


@pytest.mark.parametrize(("text", "ratio"), [("2/3", Ratio(2, 3)), (" 1/5 ", Ratio(1, 5)), ("0", Ratio(0, 1)),
                                             ("", Ratio(0, 1))])
def test_parse(text: str, ratio: Ratio) -> None:
    assert Ratio.parse(text) == ratio
    assert Ratio.parse(str(ratio)) == ratio


@pytest.mark.parametrize("text", ["0.5", "abc", "1/x", "3/2"])
def test_parse_rejects_garbage(text: str) -> None:
    with pytest.raises(ValueError):
        Ratio.parse(text)


def test_compare_is_exact() -> None:
    assert Ratio(1, 3).compare(Ratio(33, 100)) == 1
    assert Ratio(2, 4).compare(HALF) == 0
    assert Ratio(1, 5).compare(Ratio(1, 4)) == -1


@pytest.mark.parametrize(("part", "whole", "bp"), [(509, 1000, 5090), (1, 3, 3333), (2, 3, 6666), (5, 0, 0)])
def test_percent_basis_points_rounds_down(part: int, whole: int, bp: int) -> None:
    assert percent_basis_points(part, whole) == bp
