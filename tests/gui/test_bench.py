# SPDX-License-Identifier: GPL-3.0-or-later
"""The GUI half of ``talagov bench`` runs end to end (figures only, no timing asserted)."""

from __future__ import annotations

from pathlib import Path

from talagov.gui.bench import TYPED, measure_views
from talagov.services.bench_data import measure_import


def test_members_view_is_measured_in_a_fresh_interpreter(tmp_path: Path) -> None:
    imported = measure_import(300, tmp_path)
    figures = measure_views(imported.db_path, imported.imported)
    assert figures.rows == 300
    assert len(figures.keystroke_ms) == 2 * len(TYPED)  # typed letter by letter, then erased
    assert figures.baseline_s > 0 and figures.open_s > 0
    assert figures.keystroke_max_ms >= figures.keystroke_mean_ms >= 0
