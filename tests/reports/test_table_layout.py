# SPDX-License-Identifier: GPL-3.0-or-later
"""Wrapping, column widths and pagination of the register tables."""

from __future__ import annotations

import pytest
from reportlab.pdfbase.pdfmetrics import stringWidth

from talagov.reports.fonts import register_fonts
from talagov.reports.table_layout import (
    FONT_SIZE,
    Column,
    Row,
    fit_widths,
    make_row,
    paginate,
    wrap,
)

FONT = register_fonts().regular


@pytest.mark.parametrize(
    ("text", "width", "lines"),
    [
        ("Lefèvre Élodie", 200, ("Lefèvre Élodie",)),
        ("Assemblée générale constitutive", 60, ("Assemblée", "générale", "constitutive")),
        ("a\nb", 200, ("a", "b")),
        ("", 50, ("",)),
    ],
)
def test_wrap_breaks_at_ordinary_spaces_only(
    text: str, width: float, lines: tuple[str, ...]
) -> None:
    assert wrap(text, FONT, FONT_SIZE, width) == lines


def test_no_break_spaces_hold() -> None:
    head = "Total\u00a0: 1\u202f400"
    width = stringWidth(head, FONT, FONT_SIZE) + 1
    assert wrap(f"{head} associés", FONT, FONT_SIZE, width) == (head, "associés")


def test_an_overlong_word_is_cut_to_fit() -> None:
    lines = wrap("Anticonstitutionnellement", FONT, FONT_SIZE, 30)
    assert "".join(lines) == "Anticonstitutionnellement"
    assert all(stringWidth(line, FONT, FONT_SIZE) <= 30 for line in lines)


def test_widths_fill_the_page_and_numbers_never_wrap() -> None:
    values = [["S-1", "Lefèvre Élodie " * 6, "1 234 567"], ["S-2", "Zoé", "3"]]
    widths = fit_widths(["N°", "Nom", "Parts"], [False, False, True], values, ["", "", "9 999 999"],
                        (FONT, register_fonts().bold), 300)  # fmt: skip
    assert sum(widths) == pytest.approx(300)
    columns = [
        Column(h, w, n)
        for h, w, n in zip(["N°", "Nom", "Parts"], widths, [False, False, True], strict=True)
    ]
    row = make_row(values[0], columns, FONT)
    assert "\n" not in row.cells[0] and "\n" not in row.cells[2]
    assert "\n" in row.cells[1]


def test_paginate_fills_pages_and_keeps_an_empty_register_on_one_page() -> None:
    rows = [Row(("x",), 10.0) for _ in range(25)]
    pages = paginate(rows, 100.0)
    assert [len(p) for p in pages] == [10, 10, 5]
    assert paginate([], 100.0) == [[]]
    assert [len(p) for p in paginate([Row(("x",), 500.0)], 100.0)] == [1]


def test_a_cell_taller_than_a_page_is_cut_and_the_register_still_builds() -> None:
    from datetime import date

    from talagov.core.legal_forms import LegalForm
    from talagov.core.members import Member, PersonKind
    from talagov.core.organisation import Organisation
    from talagov.reports.register_pdf import members_register_pdf
    from talagov.reports.table_layout import MAX_LINES

    essay = "décision " * 3000
    row = make_row([essay], [Column("Décision", 100.0)], FONT)
    assert row.cells[0].count("\n") == MAX_LINES - 1 and row.cells[0].endswith("…")
    member = Member(1, "S-1", PersonKind.NATURAL, "Long", admission_date=date(2020, 1, 1),
                    admission_decision=essay)  # fmt: skip
    org = Organisation(name="Val", form=LegalForm.SCOP_SARL)
    assert members_register_pdf(org, [member], {}, date(2026, 1, 1), categories={}).startswith(
        b"%PDF"
    )
