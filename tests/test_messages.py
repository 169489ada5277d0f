# SPDX-License-Identifier: GPL-3.0-or-later
"""Every message code exists in French and English with the same placeholders."""

from __future__ import annotations

import importlib
import pkgutil
import re
from collections.abc import Mapping
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


# -- every bilingual table of the CLI, the PDFs and the reports ----------------------------

FRENCH_SPACING = re.compile(r" [:;!?»]|« ")  # French wants a no-break space there
FRENCH_MARKS = re.compile(r"[«»]|[\u00a0\u202f][:;!?%€]")
FRENCH_WORDS = re.compile(r"\b(le|la|les|des|du|une|est|et|pour|avec|aucun|aucune|dans|sur)\b")
ENGLISH_WORDS = re.compile(r"\b(the|and|with|of|is|not|for|from|this|your|none)\b")
# A sentence copied unchanged into the other language's slot (single words like « Date »,
# « Quorum » or « Signature » are the same in both).
SENTENCE = 3


def _tables() -> dict[str, Mapping[str, tuple[str, str]]]:
    """Every module-level ``{key: (french, english)}`` table of the packages that print
    or render text without Qt (found by walking them, so a new table is checked too)."""
    found: dict[int, tuple[str, Mapping[str, tuple[str, str]]]] = {}
    for package in ("talagov.messages", "talagov.reports", "talagov.services"):
        root = importlib.import_module(package)
        names = [package] + [m.name for m in pkgutil.walk_packages(root.__path__, package + ".")]
        for name in names:
            for attr, value in vars(importlib.import_module(name)).items():
                if attr == "_CACHE":  # the merged catalogue, a copy of the areas' tables
                    continue
                if (isinstance(value, dict) and value and id(value) not in found
                        and all(isinstance(k, str) and isinstance(v, tuple) and len(v) == 2
                                and all(isinstance(s, str) for s in v) for k, v in value.items())):
                    found[id(value)] = (f"{name}.{attr}", value)
    return dict(found.values())


def _words(template: str) -> str:
    return re.sub(r"\{[^}]*\}", " ", template)


def test_the_tables_are_found() -> None:
    tables = _tables()
    assert {"talagov.reports.labels.TEXTS", "talagov.reports.minutes_texts.TEXTS",
            "talagov.messages.verify.MESSAGES", "talagov.services.minutes_people.ROLE_TEXTS"} \
        <= tables.keys()
    assert sum(len(t) for t in tables.values()) > 1500


def test_every_table_has_both_languages_with_the_same_placeholders() -> None:
    wrong = [(name, key) for name, table in _tables().items() for key, (fr, en) in table.items()
             if not fr.strip() or not en.strip() or placeholders(fr) != placeholders(en)]
    assert wrong == []


def test_every_code_renders_in_both_languages() -> None:
    for code, (fr, _en) in catalogue().items():
        params = {name: 1234 for name in placeholders(fr)}
        for lang in ("fr", "en"):
            render(code, params, lang)  # a stray brace or a bad field raises here


def test_french_is_french_and_english_is_english() -> None:
    wrong = []
    for name, table in _tables().items():
        for key, (fr, en) in table.items():
            if FRENCH_SPACING.search(fr):
                wrong.append((name, key, "French spacing", fr))
            if FRENCH_MARKS.search(en) or FRENCH_WORDS.search(_words(en)):
                wrong.append((name, key, "French in English", en))
            if ENGLISH_WORDS.search(_words(fr)):
                wrong.append((name, key, "English in French", fr))
            if fr == en and len(re.findall(r"[^\W\d_]{3,}", _words(fr))) >= SENTENCE:
                wrong.append((name, key, "not translated", fr))
    assert wrong == []
