# SPDX-License-Identifier: GPL-3.0-or-later
"""Postal voting forms: timing (case 8) and items without a direction (case 7)."""

from __future__ import annotations

from datetime import datetime

from talagov.core.correspondence import Choice, CorrespondenceForm, choice_on, counts, late_forms

OPENED = datetime(2026, 6, 30, 14, 0)


def _form(id: int, received: datetime, **choices: Choice) -> CorrespondenceForm:
    return CorrespondenceForm(id, 1, id, received, {int(k[1:]): v for k, v in choices.items()})


def test_case_8_form_received_after_the_opening_does_not_count() -> None:
    early = _form(1, datetime(2026, 6, 29, 9, 0))
    late = _form(2, datetime(2026, 6, 30, 14, 5))
    assert counts(early, opened_at=OPENED)
    assert not counts(late, opened_at=OPENED)
    assert late_forms([early, late], opened_at=OPENED) == (late,)


def test_form_received_at_the_very_minute_of_opening_is_late() -> None:
    assert not counts(_form(1, OPENED), opened_at=OPENED)


def test_before_the_opening_every_form_counts_provisionally() -> None:
    form = _form(1, datetime(2026, 6, 30, 18, 0))
    assert counts(form, opened_at=None)
    assert late_forms([form], opened_at=None) == ()


def test_case_7_item_without_a_direction() -> None:
    form = _form(1, datetime(2026, 6, 29), i1=Choice.FOR, i2=Choice.ABSTAIN)
    assert choice_on(form, 1) is Choice.FOR
    assert choice_on(form, 3) is None
    assert counts(form, opened_at=OPENED)  # it still counts for the quorum
