# SPDX-License-Identifier: GPL-3.0-or-later
"""Every message code exists in French and English with the same placeholders."""

from __future__ import annotations

from datetime import date

from talagov.core.ratio import Ratio
from talagov.messages import catalogue, placeholders, render


def test_every_code_has_both_languages_with_same_placeholders() -> None:
    for code, (fr, en) in catalogue().items():
        assert fr.strip() and en.strip(), code
        assert placeholders(fr) == placeholders(en), code


def test_parameters_follow_the_language() -> None:
    assert render("validation.failed", {"count": 1234}, "fr").startswith("1\u202f234 ")
    assert render("validation.failed", {"count": 1234}, "en").startswith("1,234 ")


def test_value_formats() -> None:
    from talagov.messages import format_bp, format_cents, format_date, format_ratio

    assert format_bp(5090, "fr") == "50,90\u00a0%"
    assert format_bp(5090, "en") == "50.90%"
    assert format_cents(123456, "fr") == "1\u202f234,56\u00a0€"
    assert format_cents(123456, "en") == "€1,234.56"
    assert format_ratio(Ratio(51, 100), "fr") == "51\u00a0%"
    assert format_ratio(Ratio(2, 3), "en") == "2/3"
    assert format_date(date(2026, 6, 30), "fr") == "30/06/2026"


def test_unknown_code_renders_as_itself() -> None:
    assert render("no.such.code", {}, "fr") == "no.such.code"


def test_a_refusal_quotes_its_legal_source_once() -> None:
    from talagov.messages import render_error

    text = render_error("proxy.cap_exceeded", {"cap": 1, "eligible": 19,
                                               "source": "Loi 78-763 art. 14"}, "fr")
    assert text.endswith("(Source\u00a0: Loi 78-763 art. 14)")
    assert text.count("Loi 78-763 art. 14") == 1
    assert render_error("validation.failed", {"count": 2}, "en") == render(
        "validation.failed", {"count": 2}, "en")
