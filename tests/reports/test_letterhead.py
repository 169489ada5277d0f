# SPDX-License-Identifier: GPL-3.0-or-later
from __future__ import annotations

from talagov.reports.letterhead import one_line


def test_one_line_joins_the_typed_lines_with_commas_and_drops_blank_ones() -> None:
    assert one_line(" 8 rue Basse \n\n 69002 Lyon\n") == "8 rue Basse, 69002 Lyon"
    assert one_line("8 rue Basse, 69002 Lyon") == "8 rue Basse, 69002 Lyon"
    assert one_line("  \n") == ""
