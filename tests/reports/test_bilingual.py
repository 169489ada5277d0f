# SPDX-License-Identifier: GPL-3.0-or-later
from __future__ import annotations

import pytest

from talagov.messages import placeholders
from talagov.reports import attendance_labels, convocation_texts, labels
from talagov.reports.bilingual import fill

TABLES = {"labels": labels.TEXTS, "attendance_labels": attendance_labels.TEXTS,
          "convocation_texts": convocation_texts.TEXTS}  # fmt: skip


def test_fill_picks_french_for_fr_and_english_otherwise() -> None:
    texts = {"hello": ("Bonjour {name}", "Hello {name}"), "plain": ("{x}", "{y}")}
    assert fill(texts, "hello", "fr", {"name": "Léa"}) == "Bonjour Léa"
    assert fill(texts, "hello", "en", {"name": "Léa"}) == "Hello Léa"
    assert fill(texts, "hello", "de", {"name": "Léa"}) == "Hello Léa"
    assert fill(texts, "plain", "fr", {}) == "{x}"  # no params: the template as declared
    with pytest.raises(KeyError):
        fill(texts, "missing", "fr", {})


@pytest.mark.parametrize("name", sorted(TABLES))
def test_every_table_has_both_languages_with_the_same_placeholders(name: str) -> None:
    for key, (french, english) in TABLES[name].items():
        assert french and english, key
        assert placeholders(french) == placeholders(english), key


def test_each_module_lookup_is_the_shared_one() -> None:
    assert labels.text("page", "fr", page=2, pages=3) == "Page 2 / 3"
    assert attendance_labels.text("signed_at", "en", time="10:05") == "signed at 10:05"
    assert convocation_texts.t("rank.2", "fr") == "deuxième convocation"
