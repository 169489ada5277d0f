# SPDX-License-Identifier: GPL-3.0-or-later
"""Term tooltips: localized, rich text, escaped, appended once to an existing tooltip."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication, QLabel

from talagov.core.glossary import TERMS
from talagov.gui.help.terms import explain, term_label, term_tooltip


@pytest.fixture
def lang(qapp: QApplication) -> Iterator[object]:
    """Restore the application's language after a test changes it."""
    before = qapp.property("talagov_lang")
    yield qapp
    qapp.setProperty("talagov_lang", before)


def test_french_tooltip_and_label(lang: QApplication) -> None:
    lang.setProperty("talagov_lang", "fr")
    label = QLabel("Quorum")
    explain(label, "quorum")
    assert label.toolTip().startswith("<b>Quorum</b> — Nombre minimum d’associés")
    assert label.whatsThis() == label.toolTip()
    assert term_label("pouvoir") == "Pouvoir (procuration)"


def test_english_follows_the_interface_language(lang: QApplication) -> None:
    lang.setProperty("talagov_lang", "en")
    label = QLabel()
    explain(label, "pouvoir")
    assert label.toolTip().startswith("<b>Proxy</b> — A document by which")
    assert term_label("proces_verbal") == "Minutes"


def test_existing_tooltip_is_kept_escaped_and_not_repeated(lang: QApplication) -> None:
    lang.setProperty("talagov_lang", "fr")
    label = QLabel()
    label.setToolTip("Seuil < 1/2 & plus")
    explain(label, "quorum")
    explain(label, "quorum")  # a second call must not add the definition again
    explain(label, "majorite_simple")
    tip = label.toolTip()
    assert tip.startswith("Seuil &lt; 1/2 &amp; plus<br><br><b>Quorum</b>")
    assert tip.count("<b>Quorum</b>") == 1
    assert tip.endswith(term_tooltip("majorite_simple"))
    # What a screen reader says: the same, in plain text, without tags.
    spoken = label.accessibleDescription()
    assert spoken.startswith("Seuil < 1/2 & plus Quorum — Nombre minimum")
    assert "Majorité simple — " in spoken and "<" not in spoken.replace("< 1/2", "")


def test_own_accessible_description_is_kept(lang: QApplication) -> None:
    lang.setProperty("talagov_lang", "fr")
    label = QLabel()
    label.setAccessibleDescription("Zone de texte du procès-verbal.")
    explain(label, "proces_verbal")
    assert label.accessibleDescription() == "Zone de texte du procès-verbal."
    assert "<b>Procès-verbal (PV)</b>" in label.toolTip()


@pytest.mark.parametrize("key", sorted(TERMS))
def test_every_term_is_escaped(lang: QApplication, key: str) -> None:
    lang.setProperty("talagov_lang", "en")
    tip = term_tooltip(key)
    # Only our own <b> tags: apostrophes and ampersands in definitions are escaped.
    assert tip.replace("<b>", "").replace("</b>", "").count("<") == 0
    assert "'" not in tip


def test_unknown_key_raises(qapp: QApplication) -> None:
    with pytest.raises(KeyError):
        explain(QLabel(), "nope")
