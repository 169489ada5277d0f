# SPDX-License-Identifier: GPL-3.0-or-later
"""When the next annual general meeting must be held (K6: within six months of year end)."""

from __future__ import annotations

from datetime import date

from talagov.core.applications import add_months


def fiscal_year_end_on_or_before(fiscal_year_end: tuple[int, int], at: date) -> date:
    """The last closing date on or before ``at`` (29 Feb is clamped in common years)."""
    month, day = fiscal_year_end
    closing = _clamp(at.year, month, day)
    return closing if closing <= at else _clamp(at.year - 1, month, day)


def _clamp(year: int, month: int, day: int) -> date:
    for d in (day, 30, 29, 28):
        try:
            return date(year, month, d)
        except ValueError:
            continue
    raise ValueError("invalid month")


def next_annual_meeting_deadline(fiscal_year_end: tuple[int, int], at: date) -> date:
    """The first "closing + 6 months" deadline falling on or after ``at``.

    With a 31 December year end, on 22 November 2026 the answer is 30 June 2027; on
    15 March 2026 it is 30 June 2026 (the 2025 accounts are still to approve).
    """
    closing = fiscal_year_end_on_or_before(fiscal_year_end, at)
    deadline = add_months(closing, 6)
    if deadline >= at:
        return deadline
    return add_months(_clamp(closing.year + 1, closing.month, fiscal_year_end[1]), 6)
