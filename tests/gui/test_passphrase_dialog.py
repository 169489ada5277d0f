# SPDX-License-Identifier: GPL-3.0-or-later
"""The passphrase dialog: the caller's checks first, the passphrase handed to the task,
a refusal shown with the field cleared for another try."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from talagov.core.errors import UserError
from talagov.gui.context import AppContext
from talagov.gui.dialogs.passphrase_dialog import PassphraseDialog
from talagov.messages import render_error
from tests.gui.conftest import type_text
from tests.gui.meeting.votes_setup import close_widget
from tests.gui.test_accessibility import _unnamed


def test_checks_then_the_task_with_the_passphrase(qtbot: QtBot, ctx: AppContext) -> None:
    tried: list[str] = []

    def task_of(passphrase: str):  # type: ignore[no-untyped-def]
        def work(_uow: object) -> str:
            tried.append(passphrase)
            if passphrase != "la bonne phrase":
                raise UserError("keys.wrong_passphrase")
            return "unlocked"
        return work

    ready = [False]
    dialog = PassphraseDialog(ctx, "Unlock", "Type the passphrase of the key.", task_of,
                              action="&Unlock")
    dialog.add_check(lambda: [] if ready[0] else ["Choose something first."])
    dialog.show()
    assert dialog.ok_button.text() == "&Unlock"
    assert _unnamed(dialog) == []
    with qtbot.waitSignal(dialog.failed):
        dialog.ok_button.click()
    assert dialog.message_bar.text() == "• Choose something first.\n• Type the passphrase."
    ready[0] = True
    type_text(dialog.passphrase, "une autre phrase")
    with qtbot.waitSignal(dialog.failed, timeout=5000):
        dialog.ok_button.click()
    assert dialog.message_bar.text() == render_error("keys.wrong_passphrase", {}, "fr")
    assert dialog.passphrase.text() == "" and dialog.isVisible()
    type_text(dialog.passphrase, "la bonne phrase")
    with qtbot.waitSignal(dialog.saved, timeout=5000) as saved:
        dialog.ok_button.click()
    assert saved.args == ["unlocked"]
    assert tried == ["une autre phrase", "la bonne phrase"]
    assert not dialog.isVisible() and dialog.passphrase.text() == ""
    close_widget(dialog)
