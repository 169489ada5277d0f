# SPDX-License-Identifier: GPL-3.0-or-later
"""Joining from the shared folder: a folder that holds no organisation is named as such;
the wizard goes on only once the member ticked that the fingerprint matches their
convocation; they say who they are; the membership is written and the window opens."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from talagov.core.canonical import readable_fingerprint
from talagov.gui.member.cooperative_view import KEY_TAB
from talagov.gui.member.join_wizard import DONE, FINGERPRINT, FOLDER, WHO, JoinWizard
from talagov.gui.member.member_window import JOIN, MAIN
from talagov.messages import render_error
from talagov.services import keys
from talagov.services.uow import UnitOfWork
from tests.gui.conftest import type_text
from tests.gui.member.conftest import MakeWindow
from tests.gui.test_accessibility import _unnamed
from tests.sync.installs import OrgInstall


def _enter(qtbot: QtBot, wizard: JoinWizard) -> None:
    QTest.keyClick(wizard.focusWidget() or wizard, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not wizard.busy, timeout=10_000)


def test_a_member_joins_only_after_saying_the_fingerprint_matches(
        qtbot: QtBot, make_window: MakeWindow, org: OrgInstall, home: Path,
        tmp_path: Path) -> None:
    window = make_window()
    qtbot.waitUntil(lambda: window.page == JOIN, timeout=10_000)
    wizard = window.wizard
    assert wizard.step == FOLDER and window.windowTitle() == "Join a cooperative — TalaGov"
    assert _unnamed(window) == []

    # A folder that is not the cooperative's: said in words, and the wizard stays.
    empty = tmp_path / "vide"
    empty.mkdir()
    wizard.ask_folder = lambda: empty
    wizard.choose_button.click()
    qtbot.waitUntil(lambda: wizard.error.isVisible(), timeout=10_000)
    assert wizard.step == FOLDER
    assert wizard.error.text() == render_error("member.no_organisation", {"path": str(empty)}, "fr")
    wizard.folder.clear()
    type_text(wizard.folder, str(tmp_path / "absent"))
    _enter(qtbot, wizard)
    assert wizard.step == FOLDER and wizard.error.text() == render_error(
        "member.folder_missing", {"path": str(tmp_path / "absent")}, "fr")

    # The right folder: the organisation's name and its fingerprint, in large type.
    wizard.folder.clear()
    type_text(wizard.folder, str(org.folder))
    _enter(qtbot, wizard)
    assert wizard.step == FINGERPRINT
    with UnitOfWork(org.db) as uow:
        fingerprint = keys.organisation_key(uow).fingerprint  # type: ignore[union-attr]
    assert wizard.organisation_name.text() == "Fonderie du Val"
    assert wizard.fingerprint.text() == readable_fingerprint(fingerprint)
    assert wizard.fingerprint.font().pointSizeF() > window.font().pointSizeF() * 1.5
    assert wizard.focusWidget() is wizard.matches
    assert _unnamed(window) == []

    # Not ticked: refused, twice (Enter, then the button).
    _enter(qtbot, wizard)
    assert wizard.step == FINGERPRINT
    assert wizard.error.text() == "Compare the fingerprints first, then tick the box."
    wizard.next_button.click()
    assert wizard.step == FINGERPRINT and not (home / "membership.json").exists()
    QTest.keyClick(wizard.matches, Qt.Key.Key_Space)
    assert not wizard.error.isVisible()
    _enter(qtbot, wizard)
    assert wizard.step == WHO

    # Who are you: the organisation's members, found by typing part of a name.
    assert _unnamed(window) == []
    names = [wizard.members.item(r).text() for r in range(wizard.members.count())]
    assert names == ["Dubois Chloé", "Lefèvre Bruno", "Martin Alice", "Roux Damien"]
    wizard.members.setCurrentRow(-1)
    _enter(qtbot, wizard)
    assert wizard.step == WHO and wizard.error.text() == "Choose your name in the list."
    type_text(wizard.filter, "lefevre")
    assert wizard.chosen_member() == org.members["Bruno"]
    assert [wizard.members.item(r).isHidden() for r in range(4)] == [True, False, True, True]
    _enter(qtbot, wizard)
    assert wizard.step == DONE
    assert wizard.done_text.text() == "You have joined Fonderie du Val as Lefèvre Bruno."
    membership = json.loads((home / "membership.json").read_text(encoding="utf-8"))
    assert membership["organisation"] == fingerprint
    assert membership["member_id"] == org.members["Bruno"]

    with qtbot.waitSignal(window.refreshed, timeout=10_000):
        _enter(qtbot, wizard)  # « Open my cooperative »
    assert window.page == MAIN and window.tabs.currentIndex() == KEY_TAB
    assert window.windowTitle() == "Fonderie du Val — member — TalaGov"
    assert window.meetings.list.count() == 2


def test_escape_goes_back_and_a_new_folder_must_be_confirmed_again(
        qtbot: QtBot, make_window: MakeWindow, org: OrgInstall) -> None:
    window = make_window()
    qtbot.waitUntil(lambda: window.page == JOIN, timeout=10_000)
    wizard = window.wizard
    type_text(wizard.folder, str(org.folder))
    _enter(qtbot, wizard)
    QTest.keyClick(wizard.matches, Qt.Key.Key_Space)
    _enter(qtbot, wizard)
    assert wizard.step == WHO
    QTest.keyClick(wizard.focusWidget(), Qt.Key.Key_Escape)
    assert wizard.step == FINGERPRINT
    QTest.keyClick(wizard.focusWidget(), Qt.Key.Key_Escape)
    assert wizard.step == FOLDER
    _enter(qtbot, wizard)  # the folder read again: the box is unticked again
    assert wizard.step == FINGERPRINT and not wizard.matches.isChecked()


def test_a_folder_holding_two_organisations_says_so_in_red_and_the_member_chooses(
        qtbot: QtBot, make_window: MakeWindow, org: OrgInstall, home: Path) -> None:
    from tests.services.member_setup import Folder, identity, impostor

    # Someone put an organisation of their own, newer, with the same name, in the folder.
    Folder(org.folder, impostor()).publish_identity(
        dataclasses.replace(identity(impostor(), sequence=9), name="Fonderie du Val"))
    with UnitOfWork(org.db) as uow:
        fingerprint = keys.organisation_key(uow).fingerprint  # type: ignore[union-attr]
    window = make_window("en")
    qtbot.waitUntil(lambda: window.page == JOIN, timeout=10_000)
    wizard = window.wizard
    type_text(wizard.folder, str(org.folder))
    _enter(qtbot, wizard)
    assert wizard.step == FINGERPRINT
    assert wizard.several.isVisible() and wizard.several.objectName() == "error"  # in red
    assert wizard.several.text().startswith("Warning: this folder holds 2 different organisations")
    items = [wizard.organisations.item(r).text().splitlines() for r in range(2)]
    assert items == [["Fonderie du Val", readable_fingerprint(impostor().fingerprint)],
                     ["Fonderie du Val", readable_fingerprint(fingerprint)]]
    assert wizard.identity is None and wizard.fingerprint.text() == ""
    assert wizard.focusWidget() is wizard.organisations
    assert _unnamed(window) == []
    _enter(qtbot, wizard)  # nothing chosen: refused
    assert wizard.step == FINGERPRINT and wizard.error.text().startswith("Choose, in the list")

    wizard.organisations.setCurrentRow(1)  # the one printed on the convocation
    assert wizard.fingerprint.text() == readable_fingerprint(fingerprint)
    QTest.keyClick(wizard.matches, Qt.Key.Key_Space)
    _enter(qtbot, wizard)
    assert wizard.step == WHO and wizard.members.count() == 4  # the real one's members
    type_text(wizard.filter, "lefevre")
    _enter(qtbot, wizard)
    assert wizard.step == DONE
    membership = json.loads((home / "membership.json").read_text(encoding="utf-8"))
    assert membership["organisation"] == fingerprint
