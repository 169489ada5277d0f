# SPDX-License-Identifier: GPL-3.0-or-later
"""The member's window as the folder changes under it: a file published is shown without
pressing « Refresh »; a folder gone is said (and what was read stays); a member who has
not said who they are chooses their name; the keyboard reaches what one does."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from talagov.gui.member.cooperative_view import MEETINGS_TAB
from talagov.gui.member.member_window import MAIN
from talagov.messages import render_error
from talagov.services import member_home
from tests.gui.member.conftest import (
    MakeWindow,
    home_time,
    joined_window,
    publish_archive,
    wait_read,
)
from tests.sync.installs import OrgInstall


def test_a_file_published_appears_without_refreshing(
        qtbot: QtBot, make_window: MakeWindow, org: OrgInstall, home: Path) -> None:
    window = joined_window(qtbot, make_window, org, home)
    assert window.archives.list.count() == 0
    with qtbot.waitSignal(window.refreshed, timeout=10_000):
        publish_archive(org, b"PK\x05\x06" + bytes(18))  # the archive, the package naming it
    qtbot.waitUntil(lambda: window.archives.list.count() == 1, timeout=10_000)


def test_a_folder_gone_is_said_and_the_last_reading_stays(
        qtbot: QtBot, make_window: MakeWindow, org: OrgInstall, home: Path) -> None:
    window = joined_window(qtbot, make_window, org, home)
    moved = org.folder.with_name("ailleurs")
    org.folder.rename(moved)
    with qtbot.waitSignal(window.read_failed, timeout=10_000):
        window.refresh()
    assert window.problem.text() == "The shared folder cannot be read: " + render_error(
        "member.folder_missing", {"path": str(org.folder)}, "fr")
    assert window.meetings.list.count() == 2
    moved.rename(org.folder)
    wait_read(qtbot, window)
    assert not window.problem.isVisible()


def test_a_member_who_did_not_say_who_they_are_chooses_their_name(
        qtbot: QtBot, make_window: MakeWindow, org: OrgInstall, home: Path) -> None:
    [identity] = member_home.discover(org.folder)
    member_home.join(home, org.folder, fingerprint=identity.organisation, member_id=None,
                     now=home_time())
    window = make_window()
    qtbot.waitUntil(lambda: window.page == MAIN and window.snapshot is not None, timeout=10_000)
    panel = window.key_panel
    assert panel.choose_box.isVisible() and not panel.enrol_button.isVisible()
    assert panel.status.text() == "Choose your name above before creating your key."
    window.tabs.setCurrentIndex(MEETINGS_TAB)
    assert window.meetings.detail.vote_note.text() == "Choose your name under « My key » first."
    panel.members.setCurrentIndex(panel.members.findData(org.members["Chloé"]))
    with qtbot.waitSignal(window.refreshed, timeout=10_000):
        panel.this_is_me.click()
    assert member_home.load(home).member_id == org.members["Chloé"]
    assert not panel.choose_box.isVisibleTo(window)
    assert panel.who.text() == "Dubois Chloé — member 3 of Fonderie du Val"


def _tab_chain(window: QWidget, start: QWidget) -> list[QWidget]:
    seen: list[QWidget] = []
    widget: QWidget | None = start
    for _ in range(500):
        widget = widget.nextInFocusChain() if widget is not None else None
        if widget is None or widget is start:
            break
        if widget.focusPolicy() & Qt.FocusPolicy.TabFocus and widget.isVisible() \
                and widget.isEnabled():
            seen.append(widget)
    return seen


def test_the_keyboard_reaches_the_meeting_and_what_one_does_in_it(
        qtbot: QtBot, make_window: MakeWindow, org: OrgInstall, home: Path) -> None:
    window = joined_window(qtbot, make_window, org, home)
    window.tabs.setCurrentIndex(MEETINGS_TAB)
    detail = window.meetings.detail
    chain = _tab_chain(window, window.refresh_button)
    for widget in (window.meetings.list, detail.proxy_button, detail.documents,
                   detail.open_button, window.folder_path):
        assert widget in chain
    assert detail.convocation in chain  # the letter can be read and selected by keyboard
