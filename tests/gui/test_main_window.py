# SPDX-License-Identifier: GPL-3.0-or-later
"""Smoke tests of the main window on a seeded database (offscreen)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QDialog

from talagov.core.errors import DatabaseTooNewError
from talagov.gui import app as gui_app
from talagov.gui import settings
from talagov.gui.context import AppContext
from talagov.gui.dialogs.setup_dialog import SetupDialog
from talagov.gui.main_window import MEMBERS_PAGE, SETTINGS_PAGE, SYNC_PAGE, MainWindow
from talagov.services import organisation as org_service
from talagov.storage.database import Database
from tests.gui.conftest import make_ctx


@pytest.fixture
def window(qtbot, ctx: AppContext) -> MainWindow:
    settings.put(settings.LAST_PAGE, MEMBERS_PAGE)
    win = MainWindow(ctx)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitUntil(lambda: win.organisation is not None, timeout=5000)
    return win


def test_first_start_opens_the_dashboard(qtbot, ctx: AppContext) -> None:
    win = MainWindow(ctx)
    qtbot.addWidget(win)
    assert win.stack.currentIndex() == 0
    win.close()


def test_opens_on_the_last_page_with_title_and_sidebar(qtbot, window: MainWindow) -> None:
    assert window.stack.currentIndex() == MEMBERS_PAGE
    assert "Autopartage des Deux Rives" in window.windowTitle()
    assert "test.sqlite" in window.windowTitle()
    assert window.sidebar.accessibleName()
    assert window.sidebar.count() == 9
    assert [window.sidebar.item(r).text() for r in range(9)] == [
        "Dashboard", "Members", "Shares", "Mandates", "Meetings", "Registers", "Library",
        "Shared folder", "Settings"]
    qtbot.waitUntil(lambda: window.members_page.model.total_count() == 7, timeout=5000)


def test_ctrl_digits_switch_pages_and_last_page_is_remembered(qtbot, window: MainWindow) -> None:
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert window.stack.currentIndex() == 2
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.stack.currentIndex() == MEMBERS_PAGE
    qtbot.keyClick(window, Qt.Key.Key_5, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page() is window.meetings_page
    qtbot.keyClick(window, Qt.Key.Key_6, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page() is window.registers_page
    qtbot.keyClick(window, Qt.Key.Key_7, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page() is window.library_page
    qtbot.keyClick(window, Qt.Key.Key_8, Qt.KeyboardModifier.ControlModifier)
    assert window.stack.currentIndex() == SYNC_PAGE
    qtbot.keyClick(window, Qt.Key.Key_9, Qt.KeyboardModifier.ControlModifier)
    assert window.stack.currentIndex() == SETTINGS_PAGE
    qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert settings.get(settings.LAST_PAGE) == 0


def test_ctrl_f_focuses_the_filter(qtbot, window: MainWindow) -> None:
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.members_page.filter.hasFocus(), timeout=2000)


def test_geometry_is_remembered_through_settings(qtbot, seeded_db: Database) -> None:
    first = MainWindow(make_ctx(seeded_db))
    qtbot.addWidget(first)
    first.show()
    first.setGeometry(QRect(40, 50, 780, 520))  # offscreen screens are 800x600
    qtbot.wait(10)
    size = first.size()
    first.close()
    assert not settings.get(settings.WINDOW_GEOMETRY).isEmpty()
    second = MainWindow(make_ctx(seeded_db))
    qtbot.addWidget(second)
    assert second.size() == size and size.height() == 520
    second.ctx.runner.shutdown()


def test_busy_indicator_follows_the_runner(qtbot, window: MainWindow) -> None:
    window.ctx.runner.busy_changed.emit(True)
    assert window.busy.isVisibleTo(window)
    window.ctx.runner.busy_changed.emit(False)
    assert not window.busy.isVisibleTo(window)


def test_language_choice_is_saved_for_next_start(qtbot, window: MainWindow, monkeypatch) -> None:
    monkeypatch.setattr("talagov.gui.main_window.QMessageBox.information", lambda *a: None)
    english = next(a for a in window.findChildren(type(window.page_actions[0]))
                   if a.data() == "en")
    english.trigger()
    assert settings.get(settings.LANGUAGE) == "en"


def test_setup_dialog_creates_the_organisation(qtbot, db: Database) -> None:
    ctx = make_ctx(db)
    dialog = SetupDialog(ctx)
    qtbot.addWidget(dialog)
    assert not dialog.ok_button.isEnabled()  # no name yet
    dialog.name.setText("Fonderie du Val")
    dialog.siren.setText("123")
    assert not dialog.ok_button.isEnabled()
    assert "SIREN" in dialog.message_bar.text()
    dialog.siren.setText("732 829 320")  # a valid Luhn number
    assert dialog.ok_button.isEnabled()
    dialog.form_combo.setCurrentIndex(dialog.form_combo.findText("SCOP-SARL"))
    with qtbot.waitSignal(dialog.finished, timeout=5000):
        dialog.ok_button.click()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert gui_app.has_organisation(db)
    task = ctx.runner.run(None, lambda uow: org_service.categories(uow))
    qtbot.waitUntil(lambda: task.result is not None, timeout=5000)
    assert {c.key for c in task.result} >= {"salarie", "externe"}
    ctx.runner.shutdown()


def test_database_too_new_is_reported_and_exits_with_2(qtbot, tmp_path: Path, monkeypatch) -> None:
    shown: list[str] = []

    def too_new(path: Path) -> Database:
        raise DatabaseTooNewError("db.too_new", {"revision": "9999"})

    monkeypatch.setattr(gui_app, "open_database", too_new)
    monkeypatch.setattr(gui_app, "install_translators", lambda app, lang: [])  # keep tests English
    monkeypatch.setattr(gui_app.QMessageBox, "critical", lambda parent, title, text: shown.append(text))
    assert gui_app.run(tmp_path / "x.sqlite", lang="fr") == 2
    assert "9999" in shown[0]


def test_resource_path_finds_the_french_catalogue() -> None:
    from talagov.gui.i18n import resource_path

    assert resource_path("i18n", "talagov_fr.qm").exists()


def test_french_translator_is_installed(qapp) -> None:
    from PySide6.QtCore import QCoreApplication

    from talagov.gui.i18n import install_translators

    translators = install_translators(qapp, "fr")
    try:
        assert QCoreApplication.translate("MainWindow", "Members") == "Sociétaires"
        assert QCoreApplication.translate("MembersPage", "%Ln member(s) shown of %1", "", 2) \
            == "2 sociétaires affichés sur %1"
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)


def test_ctrl_n_opens_a_new_member_on_the_members_page(qtbot, window: MainWindow, monkeypatch) -> None:
    from talagov.gui.dialogs.edit_member_dialog import EditMemberDialog

    opened: list[int | None] = []
    monkeypatch.setattr(EditMemberDialog, "open", lambda self: opened.append(self._member_id))
    window.sidebar.setCurrentRow(0)
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert window.stack.currentIndex() == MEMBERS_PAGE
    assert opened == [None]


def test_run_opens_the_window_on_a_set_up_database(qtbot, qapp, seeded_db: Database, monkeypatch) -> None:
    path = seeded_db.path
    seeded_db.close()
    windows: list[MainWindow] = []

    def fake_exec() -> int:
        found = [w for w in qapp.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]
        windows.extend(found)
        for w in found:
            w.close()
        return 0

    monkeypatch.setattr(gui_app, "install_translators", lambda app, lang: [])
    monkeypatch.setattr(qapp, "exec", fake_exec)
    assert gui_app.run(path, lang="en") == 0
    assert len(windows) == 1
    assert settings.get(settings.LAST_DB) == str(path)
