# SPDX-License-Identifier: GPL-3.0-or-later
"""What a screen reader can say in the booth: Orca 43 reads the focused control (its
name, description) and the names of the panels it enters, nothing else (docs/accessibility.md)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from talagov.gui.booth.booth_window import BoothWindow
from talagov.gui.booth.state import CONFIRM, FIND, POLLS, RECEIPT, REVIEW, UNLOCK
from talagov.messages import render_error
from tests.gui.booth.assembly import MEMBER_PASS
from tests.gui.conftest import type_text


def press(qtbot: QtBot, booth: BoothWindow, key: Qt.Key) -> None:
    """A key typed where the keyboard is, then wait for any work it started."""
    target: QWidget = booth.focusWidget() or booth
    QTest.keyClick(target, key)
    qtbot.waitUntil(lambda: not booth.busy, timeout=10_000)
    qtbot.wait(20)  # the focus settles on the next turn of the event loop


def to_unlock(qtbot: QtBot, booth: BoothWindow) -> None:
    type_text(booth.finder.filter, "durand")
    press(qtbot, booth, Qt.Key.Key_Return)
    assert booth.step == UNLOCK


def test_the_greeting_is_on_the_passphrase_field(qtbot: QtBot, booth: BoothWindow) -> None:
    to_unlock(qtbot, booth)
    assert booth.focusWidget() is booth.unlock.passphrase
    said = booth.unlock.passphrase.accessibleDescription()
    assert said.startswith("Hello, Durand Élodie. Unlock your voting key.")


def test_a_wrong_passphrase_is_focused_then_typing_goes_back(
        qtbot: QtBot, booth: BoothWindow) -> None:
    to_unlock(qtbot, booth)
    type_text(booth.unlock.passphrase, "not the passphrase")
    press(qtbot, booth, Qt.Key.Key_Return)
    error = booth.unlock.error
    assert booth.focusWidget() is error
    assert error.accessibleName() == render_error("keys.wrong_passphrase", {}, "fr")
    assert error.focusPolicy() & Qt.FocusPolicy.TabFocus
    QTest.keyClicks(error, "ab")  # keys typed on the problem go to the field
    assert booth.focusWidget() is booth.unlock.passphrase
    assert booth.unlock.passphrase.text() == "ab"


def test_the_ballot_panel_says_the_resolution_and_a_missing_choice_is_said(
        qtbot: QtBot, booth: BoothWindow) -> None:
    to_unlock(qtbot, booth)
    type_text(booth.unlock.passphrase, MEMBER_PASS)
    press(qtbot, booth, Qt.Key.Key_Return)
    assert booth.step == POLLS
    widget = booth.polls.widget
    assert widget is not None and widget.box.isAncestorOf(booth.focusWidget())
    name = widget.box.accessibleName()
    assert name.startswith("Ballot 1 of 4 You vote for yourself")
    assert "L'assemblée approuve les comptes." in name
    press(qtbot, booth, Qt.Key.Key_Return)  # nothing ticked
    assert booth.focusWidget() is booth.polls.error
    assert booth.polls.error.accessibleName().startswith("Make a choice first.")
    QTest.keyPress(booth.polls.error, Qt.Key.Key_Space)  # Space goes back to the choices
    QTest.keyRelease(booth.focusWidget(), Qt.Key.Key_Space)  # ... and ticks the first one
    assert widget.isAncestorOf(booth.focusWidget()) and widget.choices()


def test_receipts_are_tab_stops_and_busy_keeps_the_focus(
        qtbot: QtBot, booth: BoothWindow) -> None:
    to_unlock(qtbot, booth)
    type_text(booth.unlock.passphrase, MEMBER_PASS)
    press(qtbot, booth, Qt.Key.Key_Return)
    for _ballot in range(4):
        widget = booth.polls.widget
        assert widget is not None
        button = next(iter(widget.buttons.values()))
        button.setFocus()
        QTest.keyClick(button, Qt.Key.Key_Space)
        press(qtbot, booth, Qt.Key.Key_Return)
    assert booth.step == REVIEW
    press(qtbot, booth, Qt.Key.Key_Return)
    assert booth.step == CONFIRM
    assert booth.confirm.cast_button.accessibleDescription().startswith(
        "Your key will sign 4 ballot(s)")
    press(qtbot, booth, Qt.Key.Key_Return)
    assert booth.step == RECEIPT
    items = booth.receipt.items
    assert len(items) == 4 and booth.focusWidget() is items[0]
    assert items[0].accessibleName().startswith("Your vote is recorded. Cast on ")
    seen = []
    for view in booth.receipt.views:
        focused = booth.focusWidget()
        seen.append(focused)
        assert view.readable in focused.accessibleName()
        assert view.title in focused.accessibleName()
        QTest.keyClick(focused, Qt.Key.Key_Tab)
    assert seen == items and booth.focusWidget() is booth.receipt.save_button
    booth.set_busy(True)  # while busy the focus waits on "Please wait…", not elsewhere
    assert booth.focusWidget() is booth.wait
    booth.set_busy(False)
    qtbot.wait(20)
    assert booth.focusWidget() is items[0]  # the step takes it back, once
    booth.receipt.done_button.setFocus()
    press(qtbot, booth, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: booth.step == FIND and booth.focusWidget() is booth.finder.filter)


def test_the_key_form_says_whose_key_it_is(qtbot: QtBot, booth: BoothWindow) -> None:
    type_text(booth.finder.filter, "martin")
    press(qtbot, booth, Qt.Key.Key_Return)
    assert booth.focusWidget() is booth.enrol.identity
    said = booth.enrol.identity.accessibleDescription()
    assert "Martin Jean-Pierre." in said and booth.enrol.note.text() in said
