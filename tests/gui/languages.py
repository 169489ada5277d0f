# SPDX-License-Identifier: GPL-3.0-or-later
"""The application in one language for a test, with the real translators installed.

Import ``translated`` into a test module and parametrize it indirectly
(``@pytest.mark.parametrize("translated", ["fr", "en"], indirect=True)``).
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication

from talagov.gui.i18n import install_translators


@pytest.fixture
def translated(qapp: QApplication, request: pytest.FixtureRequest) -> Iterator[str]:
    """The language of the test's parameter set up as ``app.application`` does (Qt's
    and our catalogues, the default locale); all of it is put back afterwards."""
    lang = request.param
    previous = QLocale()
    translators = install_translators(qapp, lang)
    qapp.setProperty("talagov_lang", lang)
    if lang == "fr":  # Qt's own catalogue and ours, both found
        assert len(translators) == 2
    yield lang
    for translator in translators:
        qapp.removeTranslator(translator)
    QLocale.setDefault(previous)
    qapp.setProperty("talagov_lang", "fr")
