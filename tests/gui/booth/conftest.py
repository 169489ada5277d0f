# SPDX-License-Identifier: GPL-3.0-or-later
"""The booth opened on the mock AG of ``assembly.py``, keys sealed with the fast test KDF."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from shiboken6 import isValid

from talagov.core.keyseal import TEST_KDF
from talagov.gui.booth import open_booth, state
from talagov.gui.booth.booth_window import BoothWindow
from talagov.gui.context import AppContext
from talagov.gui.dialogs.passphrase_dialog import PassphraseDialog
from tests.gui.booth.assembly import ORG_PASS, VOTING, Assembly, make_assembly
from tests.gui.conftest import type_text


@pytest.fixture(autouse=True)
def fast_keys(monkeypatch: pytest.MonkeyPatch) -> None:
    """Keys created in the booth are sealed with the fast test KDF."""
    monkeypatch.setattr(state, "ENROL_KDF", TEST_KDF)


@pytest.fixture
def assembly(ctx: AppContext) -> Assembly:
    """The mock AG in the seeded SCIC of the context."""
    return make_assembly(ctx.db)


def open_the_booth(qtbot: QtBot, ctx: AppContext, meeting_id: int) -> BoothWindow:
    """Open the booth as the Votes tab does, typing the secretary's passphrase."""
    open_booth(ctx, meeting_id, None)
    dialog = next(w for w in QApplication.topLevelWidgets()
                  if isinstance(w, PassphraseDialog) and w.isVisible())
    type_text(dialog.passphrase, ORG_PASS)
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: any(isinstance(w, BoothWindow) and w.isVisible()
                                for w in QApplication.topLevelWidgets()), timeout=10_000)
    booth = next(w for w in QApplication.topLevelWidgets()
                 if isinstance(w, BoothWindow) and w.isVisible())
    booth.clock = lambda: VOTING
    qtbot.waitUntil(lambda: not booth.busy and booth.finder.list.count() > 0
                    and not booth.wait.isVisible(), timeout=10_000)
    return booth


@pytest.fixture
def booth(qtbot: QtBot, ctx: AppContext, assembly: Assembly) -> Iterator[BoothWindow]:
    """The booth open on the assembly; closed for good after the test."""
    window = open_the_booth(qtbot, ctx, assembly.meeting_id)
    yield window
    qtbot.waitUntil(lambda: not ctx.runner.busy, timeout=10_000)
    if isValid(window) and window.isVisible():
        window._may_close = True
        window.close()
