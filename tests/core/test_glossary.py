# SPDX-License-Identifier: GPL-3.0-or-later
"""The glossary: every term complete in both languages, pointing at a guide page."""

from __future__ import annotations

import re

import pytest

from talagov.core.glossary import GUIDE_PAGES, TERMS, Term, term

REQUIRED = ["associe", "part_sociale", "capital", "quorum", "majorite_simple", "majorite_qualifiee", "ag_ordinaire", "ag_extraordinaire", "convocation", "ordre_du_jour", "pouvoir", "vote_par_correspondance", "feuille_de_presence", "bureau", "president_de_seance", "scrutateur", "secretaire_de_seance", "proces_verbal", "resolution", "scrutin_secret", "college", "mandat", "gerant", "statuts", "registre", "signature_electronique", "empreinte", "certificat", "archive", "journal", "revocation", "scop", "scic"]
ANCHORS = {
    "register", "shares", "mandates", "meetings", "convocation", "session", "attendance",
    "proxies", "votes", "booth", "minutes", "archive", "journal", "sync", "settings",
    "statutes", "keys", "home-vote", "member-proxy", "verify-talagov", "verify-openssl",
}
MAX_DEFINITION = 300


def test_every_required_key_is_defined() -> None:
    assert set(REQUIRED) <= set(TERMS)


@pytest.mark.parametrize("key", sorted(TERMS))
def test_term_is_complete_in_both_languages(key: str) -> None:
    entry = TERMS[key]
    assert entry.key == key
    for text in (entry.name_fr, entry.name_en, entry.definition_fr, entry.definition_en):
        assert text.strip() == text and text
    assert len(entry.definition_fr) <= MAX_DEFINITION
    assert len(entry.definition_en) <= MAX_DEFINITION
    # A definition is one or two sentences ending with a full stop.
    assert entry.definition_fr.endswith(".") and entry.definition_en.endswith(".")
    assert entry.definition_fr != entry.definition_en


@pytest.mark.parametrize("key", sorted(TERMS))
def test_guide_target_is_an_allowed_page_and_anchor(key: str) -> None:
    page, _, anchor = TERMS[key].guide.partition("#")
    assert page in GUIDE_PAGES
    assert anchor in ANCHORS


@pytest.mark.parametrize("key", sorted(TERMS))
def test_french_typography(key: str) -> None:
    text = TERMS[key].definition_fr + TERMS[key].name_fr
    # A space before : ; ! ? or a guillemet must be non-breaking, and the apostrophe typographic.
    assert not re.search(r" [:;!?»]|« ", text)
    assert "'" not in text


def test_no_invented_article_numbers() -> None:
    # Definitions are for secretaries, not lawyers: no "article L225-98" or "art. 14".
    for entry in TERMS.values():
        assert not re.search(r"\b(art(icle)?\.?\s*[LR]?\d|[LR]\d{3}-\d)", entry.definition_fr, re.I)


def test_keys_are_unique_and_names_too() -> None:
    from talagov.core import glossary

    keys = [entry.key for entry in glossary._ENTRIES]
    assert len(keys) == len(set(keys)) == len(TERMS)
    assert len({entry.name_fr for entry in TERMS.values()}) == len(TERMS)


def test_term_lookup_and_language_choice() -> None:
    quorum = term("quorum")
    assert isinstance(quorum, Term)
    assert quorum.name("fr") == "Quorum"
    assert quorum.definition("en").startswith("The minimum number")
    assert quorum.definition("fr").startswith("Nombre minimum")
    assert term("pouvoir").name("de") == "Pouvoir (procuration)"  # unknown → French
    with pytest.raises(KeyError):
        term("no_such_term")


def test_terms_cannot_be_added_at_run_time() -> None:
    with pytest.raises(TypeError):
        TERMS["new"] = TERMS["quorum"]  # type: ignore[index]
