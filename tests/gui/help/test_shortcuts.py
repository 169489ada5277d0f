# SPDX-License-Identifier: GPL-3.0-or-later
"""F1 everywhere: the main window's page (and tab), the booth, the member's and the
auditor's windows open their own guide section; the Help menu opens the guides."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from talagov.core.meetings import Meeting, MeetingType
from talagov.gui import settings
from talagov.gui.auditor.auditor_window import AuditorWindow
from talagov.gui.booth import state
from talagov.gui.context import AppContext
from talagov.gui.help import install_help_shortcut
from talagov.gui.help.help_window import HelpWindow
from talagov.gui.main_window import MEETINGS_PAGE, MEMBERS_PAGE, SETTINGS_PAGE, MainWindow
from talagov.gui.member.member_window import MemberWindow
from talagov.services import meetings as meetings_service
from talagov.services.uow import UnitOfWork


def _where(window: HelpWindow) -> tuple[str, str]:
    source = window.browser.source()
    return Path(source.toLocalFile()).name, source.fragment()


def _f1(qtbot, widget: QWidget) -> None:
    # The help window takes the focus when it opens: give it back first (F1 is a
    # window shortcut, it only fires in the active window).
    widget.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is widget.window(), timeout=2000)
    qtbot.keyClick(widget, Qt.Key.Key_F1)


@pytest.fixture
def main(qtbot, ctx: AppContext) -> MainWindow:
    with UnitOfWork(ctx.db) as uow:
        meetings_service.create_meeting(uow, Meeting(0, "AGO 2027", MeetingType.AGO,
                                                     date(2027, 6, 12)),
                                        now=datetime(2026, 11, 22, 10, 0))
    settings.put(settings.LAST_PAGE, MEMBERS_PAGE)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.organisation is not None, timeout=5000)
    return window


def test_f1_on_main_window_pages_and_tabs(qtbot, main: MainWindow,
                                          help_win: HelpWindow) -> None:
    _f1(qtbot, main)
    assert help_win.isVisible()
    assert _where(help_win) == ("secretaire.md", "register")
    main.sidebar.setCurrentRow(SETTINGS_PAGE)
    main.pages[SETTINGS_PAGE].tabs.setCurrentIndex(1)  # Statutes
    _f1(qtbot, main)
    assert _where(help_win) == ("secretaire.md", "statutes")
    main.sidebar.setCurrentRow(MEETINGS_PAGE)
    workspace = main.meetings_page.workspace
    qtbot.waitUntil(lambda: workspace.meeting is not None, timeout=5000)
    workspace.tabs.setCurrentIndex(2)  # Session
    _f1(qtbot, main)
    assert _where(help_win) == ("secretaire.md", "session")
    assert main.help_topic() == "meeting.session"


def test_help_menu_opens_guides_glossary_and_about(qtbot, main: MainWindow,
                                                   help_win: HelpWindow) -> None:
    menu = main.help_menu
    assert menu.this_page.shortcut().toString() == "F1"
    texts = [a.text() for a in menu.actions() if not a.isSeparator()]
    assert texts[:5] == ["&Help on this page", "&Secretary's guide", "&Member's guide",
                         "&Auditor's guide", "G&lossary"]
    assert texts[-1] == "&About TalaGov"
    for action, name in ((menu.secretary, "secretaire.md"), (menu.member, "membre.md"),
                         (menu.auditor, "auditeur.md")):
        action.trigger()
        assert _where(help_win) == (name, "")
    menu.glossary.trigger()
    assert "Quorum" in help_win.browser.toPlainText()
    for action in menu.actions():
        assert action.isSeparator() or action.toolTip()
    from talagov.gui.help.about import AboutDialog

    menu.about.trigger()
    qtbot.waitUntil(lambda: main.findChild(AboutDialog) is not None)
    main.findChild(AboutDialog).close()


def test_f1_in_the_auditor_window(qtbot, help_win: HelpWindow) -> None:
    window = AuditorWindow("fr")
    qtbot.addWidget(window)
    window.show()
    _f1(qtbot, window)
    assert _where(help_win) == ("auditeur.md", "verify-talagov")


def test_f1_in_the_member_window(qtbot, tmp_path: Path, help_win: HelpWindow) -> None:
    window = MemberWindow("fr", tmp_path / "home")
    qtbot.addWidget(window)
    window.show()
    try:
        _f1(qtbot, window)
        assert _where(help_win) == ("membre.md", "")
    finally:
        window.jobs.shutdown()


def test_f1_in_the_booth(qtbot, ctx: AppContext, help_win: HelpWindow,
                         monkeypatch: pytest.MonkeyPatch) -> None:
    from talagov.core.keyseal import TEST_KDF
    from tests.gui.booth.assembly import make_assembly
    from tests.gui.booth.conftest import open_the_booth

    monkeypatch.setattr(state, "ENROL_KDF", TEST_KDF)
    booth = open_the_booth(qtbot, ctx, make_assembly(ctx.db).meeting_id)
    try:
        _f1(qtbot, booth)
        assert _where(help_win) == ("membre.md", "member-booth")
    finally:
        qtbot.waitUntil(lambda: not ctx.runner.busy, timeout=10_000)
        booth._may_close = True
        booth.close()


def test_shortcut_topic_may_be_computed(qtbot, help_win: HelpWindow) -> None:
    widget = QWidget()
    qtbot.addWidget(widget)
    topic = ["shares"]
    shortcut = install_help_shortcut(widget, lambda: topic[0])
    widget.show()
    assert shortcut.key().toString() == "F1"
    _f1(qtbot, widget)
    assert _where(help_win) == ("secretaire.md", "shares")
    topic[0] = "mandates"
    _f1(qtbot, widget)
    assert _where(help_win) == ("secretaire.md", "mandates")
