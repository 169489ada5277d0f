# SPDX-License-Identifier: GPL-3.0-or-later
"""Sheets of address labels: geometry, content, page count, determinism."""

from __future__ import annotations

from datetime import date

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm

from talagov.reports.fonts import register_fonts
from talagov.reports.labels_pdf import SHEET_3X8, Label, address_lines, labels_pdf
from tests.reports.pdftools import pdf_fonts, pdf_text

AT = date(2027, 6, 30)
FONTS = register_fonts()


def _pdf(labels: list[Label]) -> bytes:
    return labels_pdf(labels, title="Étiquettes", author="Fonderie du Val", at=AT)


def test_the_3x8_sheet_covers_the_page_exactly() -> None:
    first_x, first_y = SHEET_3X8.origin(0)
    last_x, last_y = SHEET_3X8.origin(23)
    assert abs(first_x) < 0.01 and abs(last_x + 70 * mm - A4[0]) < 0.01
    assert abs(first_y + 37 * mm - (A4[1] - 0.5 * mm)) < 0.01
    assert abs(last_y - 0.5 * mm) < 0.01
    assert SHEET_3X8.origin(24) == SHEET_3X8.origin(0)  # next sheet


def test_labels_hold_name_and_address_lines() -> None:
    text = pdf_text(_pdf([Label.of("Cœur Zoé", "4 impasse des Lilas\n\n69003 Lyon")]))
    assert "Cœur Zoé" in text and "4 impasse des Lilas" in text and "69003 Lyon" in text


def test_one_sheet_per_24_labels() -> None:
    labels = [Label.of(f"Membre {i}", "1 rue Haute\n69001 Lyon") for i in range(25)]
    text = pdf_text(_pdf(labels))
    assert text.count("\f") == 2  # pdftotext ends each page with a form feed
    assert "Membre 0" in text and "Membre 24" in text


def test_a_one_line_address_too_wide_breaks_at_its_commas() -> None:
    text = pdf_text(
        _pdf(
            [Label.of("Da Silva Solène", "148 bis rue du Four-à-Chaux, 59960 Coudray-Saint-Léger")]
        )
    )
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    assert lines == ["Da Silva Solène", "148 bis rue du Four-à-Chaux", "59960 Coudray-Saint-Léger"]
    assert address_lines("8 rue Basse, 69002 Lyon", FONTS.regular, 10, 200) == [
        "8 rue Basse, 69002 Lyon"
    ]


def test_a_label_too_full_is_cut_not_spilled() -> None:
    long = "Résidence " + "très " * 150 + "longue"
    text = pdf_text(_pdf([Label.of("A", long)]))
    assert "Résidence" in text and "longue" not in text
    word = pdf_text(_pdf([Label.of("B", "x" * 120)]))
    assert "…" in word


def test_deterministic_and_embedded_fonts() -> None:
    labels = [Label.of("Cœur Zoé", "69003 Lyon")]
    assert _pdf(labels) == _pdf(labels)
    assert all(embedded for _, embedded in pdf_fonts(_pdf(labels)))


def test_no_label_gives_one_blank_sheet() -> None:
    assert _pdf([]).startswith(b"%PDF")
