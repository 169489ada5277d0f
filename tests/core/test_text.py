# SPDX-License-Identifier: GPL-3.0-or-later
"""French search folding: accents, ligatures, case and spaces."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from talagov.core.text import fold, search_key


@pytest.mark.parametrize(("text", "folded"), [
    ("Élodie Œuvré", "elodie oeuvre"),
    ("ÇA  VA\tbien", "ca va bien"),
    ("Lætitia Straße", "laetitia strasse"),
    ("  Hélène   ", "helene"),
    ("ﬁnance", "finance"),  # compatibility ligature folded by NFKD
    ("", ""),
])
def test_fold(text: str, folded: str) -> None:
    assert fold(text) == folded


def test_a_folded_needle_finds_accented_names() -> None:
    assert fold("oeuvre") in fold("Élodie Œuvré")
    assert fold("ELODIE") in search_key("Œuvré", "Élodie")


def test_search_key_keeps_fields_apart_and_skips_empty_ones() -> None:
    assert search_key("Dupont", None, "", "Zoé") == "dupont | zoe"
    assert "tzo" not in search_key("Dupont", "Zoé")  # a needle never spans two fields


@given(st.text(max_size=40))
def test_fast_fold_equals_the_reference_decomposition(text: str) -> None:
    from talagov.core.text import _slow_fold

    assert fold(text) == " ".join(_slow_fold(text).split())


def _table_fold(text: str) -> str:
    # fold() as it was before the Latin-1 fast path: the dict table, then the slow path.
    from talagov.core.text import _TABLE, _TABLE_END, _slow_fold

    folded = text.translate(_TABLE)
    if any(ord(ch) >= _TABLE_END for ch in folded):
        folded = _slow_fold(folded)
    return " ".join(folded.split())


_LATIN = st.characters(max_codepoint=0xFF) | st.sampled_from("œŒŸ’ŉǢ\u0301\u2028")


@given(st.text(_LATIN, max_size=40))
def test_latin1_fast_path_equals_the_table(text: str) -> None:
    assert fold(text) == _table_fold(text)


@pytest.mark.parametrize("text", [
    "Lætitia", "Straße", "µ-onde", "¼ de part", "a\x00b", "Œuvray", "l’été", "Prés,\xa0Lille",
    "dé\tjà\n", "\x85x", "ÿ", "´¨¸", "Ǣ ŉ",  # multi-character folds, NUL, beyond Latin-1
])
def test_latin1_fast_path_edge_cases(text: str) -> None:
    assert fold(text) == _table_fold(text)


def test_byte_table_only_holds_single_latin1_folds() -> None:
    from talagov.core.text import _BYTE_TABLE, _TABLE

    for cp in range(0x100):
        if _BYTE_TABLE[cp]:
            assert _TABLE[cp] == chr(_BYTE_TABLE[cp])
        else:
            assert cp == 0 or len(_TABLE[cp]) != 1 or ord(_TABLE[cp]) >= 0x100
