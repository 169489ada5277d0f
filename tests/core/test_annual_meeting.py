# SPDX-License-Identifier: GPL-3.0-or-later
"""The annual AG deadline: six months after the fiscal year end (K6)."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from talagov.core.annual_meeting import fiscal_year_end_on_or_before, next_annual_meeting_deadline


@pytest.mark.parametrize(
    ("year_end", "today", "deadline"),
    [
        ((12, 31), date(2026, 11, 22), date(2027, 6, 30)),
        ((12, 31), date(2026, 3, 15), date(2026, 6, 30)),
        ((12, 31), date(2026, 6, 30), date(2026, 6, 30)),
        ((12, 31), date(2026, 7, 1), date(2027, 6, 30)),
        ((6, 30), date(2026, 11, 22), date(2026, 12, 30)),
        ((2, 28), date(2028, 3, 1), date(2028, 8, 28)),
    ],
)
def test_deadline(year_end: tuple[int, int], today: date, deadline: date) -> None:
    assert next_annual_meeting_deadline(year_end, today) == deadline


@given(st.dates(min_value=date(2000, 1, 1), max_value=date(2100, 1, 1)),
       st.sampled_from([(12, 31), (6, 30), (3, 31), (9, 30), (2, 28)]))
def test_deadline_is_never_in_the_past_nor_more_than_a_year_and_a_half_away(
    today: date, year_end: tuple[int, int]
) -> None:
    deadline = next_annual_meeting_deadline(year_end, today)
    assert today <= deadline
    assert (deadline - today).days <= 366 + 184
    assert fiscal_year_end_on_or_before(year_end, today) <= today
