# SPDX-License-Identifier: GPL-3.0-or-later
"""Where the member's window opens from: File › « Join a cooperative (shared folder)… »
of the main window, and the first-run dialog of an empty database."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from talagov.gui.context import AppContext
from talagov.gui.dialogs.setup_dialog import SetupDialog
from talagov.gui.main_window import MainWindow
from talagov.gui.member.member_window import JOIN, MemberWindow
from talagov.gui.tasks import TaskRunner
from talagov.services import member_home
from talagov.storage.database import Database


def test_the_file_menu_opens_the_member_window_on_the_member_home(
        qtbot: QtBot, ctx: AppContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(member_home, "default_home", lambda: tmp_path / "member")
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    assert window.join_action.text() == "&Join a cooperative (shared folder)…"
    window.join_action.trigger()
    member = window.findChild(MemberWindow)
    assert isinstance(member, MemberWindow) and member.isVisible()
    assert member.home == tmp_path / "member"
    qtbot.waitUntil(lambda: member.page == JOIN, timeout=5_000)
    member.close()
    qtbot.waitUntil(lambda: window.ctx.runner.busy is False, timeout=5_000)


def test_the_first_run_dialog_offers_to_join_instead(qtbot: QtBot, db: Database) -> None:
    runner = TaskRunner(db)
    dialog = SetupDialog(AppContext(db=db, runner=runner))
    qtbot.addWidget(dialog)
    dialog.show()
    with qtbot.waitSignal(dialog.finished, timeout=2_000) as finished:
        dialog.join_button.click()
    assert finished.args == [SetupDialog.JOIN]
    runner.shutdown()
