# SPDX-License-Identifier: GPL-3.0-or-later
"""The booth's steps one by one: names for screen readers, large type, the review's
"Change", an election's seat limit, the receipt saved as a PDF."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from talagov.core.polls import AGAINST, BLANK, FOR, candidate_choice
from talagov.gui.booth.booth_window import BoothWindow
from talagov.gui.booth.state import CONFIRM, ENROL, FIND, GATE, POLLS, RECEIPT, REVIEW, UNLOCK
from talagov.gui.booth.style import SCALE
from tests.gui.booth.assembly import BENARD, LEFEVRE, MARTIN, MEMBER_PASS
from tests.gui.booth.test_booth_window import find_and_unlock, press, tick
from tests.gui.conftest import type_text
from tests.gui.test_accessibility import CONTROLS, _unnamed


def _vote_to_review(qtbot: QtBot, booth: BoothWindow) -> None:
    find_and_unlock(qtbot, booth, "durand", MEMBER_PASS)
    tick(qtbot, booth, FOR)
    tick(qtbot, booth, candidate_choice(BENARD))
    tick(qtbot, booth, AGAINST)
    tick(qtbot, booth, BLANK)
    assert booth.step == REVIEW


def _named_and_labelled(booth: BoothWindow) -> list[str]:
    problems = _unnamed(booth)
    for widget in booth.findChildren(QWidget):
        if isinstance(widget, CONTROLS) and widget.isVisibleTo(booth) \
                and not isinstance(widget.parent(), QLineEdit) \
                and not widget.accessibleDescription().strip():
            problems.append(f"{type(widget).__name__} {widget.accessibleName()!r}: no description")
    page = booth.stack.currentWidget()
    for label in page.findChildren(QLabel):
        buddy = label.buddy()
        if buddy is not None and label.isVisibleTo(booth):
            assert buddy.isVisibleTo(booth)
    return problems


def test_every_step_is_named_for_screen_readers(qtbot: QtBot, booth: BoothWindow) -> None:
    type_text(booth.finder.filter, "martin")  # the field's clear button shows
    seen = {FIND: _named_and_labelled(booth)}
    press(qtbot, booth, Qt.Key.Key_Return)
    seen[ENROL] = _named_and_labelled(booth)
    press(qtbot, booth, Qt.Key.Key_Escape)
    find_and_unlock(qtbot, booth, "durand", "wrong passphrase")
    seen[UNLOCK] = _named_and_labelled(booth)
    type_text(booth.unlock.passphrase, MEMBER_PASS)
    press(qtbot, booth, Qt.Key.Key_Return)
    seen[POLLS] = _named_and_labelled(booth)
    for choice in (FOR, candidate_choice(BENARD), AGAINST, BLANK):
        tick(qtbot, booth, choice)
    seen[REVIEW] = _named_and_labelled(booth)
    press(qtbot, booth, Qt.Key.Key_Return)
    seen[CONFIRM] = _named_and_labelled(booth)
    press(qtbot, booth, Qt.Key.Key_Return)
    seen[RECEIPT] = _named_and_labelled(booth)
    booth.ask_to_close()
    seen[GATE] = _named_and_labelled(booth)
    assert {step: names for step, names in seen.items() if names} == {}


def test_large_type_high_contrast_and_the_way_out_last_in_the_tab_order(
        booth: BoothWindow) -> None:
    app_size = QApplication.font().pointSizeF()
    assert booth.font().pointSizeF() == pytest.approx(app_size * SCALE)
    assert booth.finder.title.font().pointSizeF() > booth.font().pointSizeF()
    sheet = booth.styleSheet()
    assert "color: black; background: white" in sheet and ":focus" in sheet
    chain: list[QWidget] = []
    widget: QWidget = booth.finder.filter
    for _ in range(2000):
        widget = widget.nextInFocusChain()
        if widget.focusPolicy() & Qt.FocusPolicy.TabFocus and widget.isVisible():
            chain.append(widget)
        if widget is booth.finder.filter:
            break
    assert chain.index(booth.finder.list) < chain.index(booth.finder.continue_button) \
        < chain.index(booth.close_button)


def test_change_reopens_one_ballot_and_returns_to_the_review(
        qtbot: QtBot, booth: BoothWindow) -> None:
    _vote_to_review(qtbot, booth)
    assert booth.review.lines[2].endswith("On behalf of Lefèvre Noël (proxy): Against")
    changes = [b for b in booth.review.findChildren(QWidget)
               if getattr(b, "text", None) and b.accessibleName().startswith("Change")]
    changes[2].click()
    assert booth.step == POLLS and booth.polls.index == 2
    widget = booth.polls.widget
    assert widget is not None and widget.buttons[AGAINST].isChecked()  # the choice made
    assert "Lefèvre" in widget.behalf.text()
    tick(qtbot, booth, FOR)
    assert booth.step == REVIEW  # straight back, the other ballots untouched
    assert booth.review.lines[2].endswith("On behalf of Lefèvre Noël (proxy): For")
    assert booth.review.lines[1].endswith("For yourself: Bénard Zoé")
    press(qtbot, booth, Qt.Key.Key_Escape)  # the review -> the last ballot
    assert booth.step == POLLS and booth.polls.index == 3


def test_an_election_takes_no_more_names_than_seats_and_blank_clears_them(
        qtbot: QtBot, booth: BoothWindow) -> None:
    find_and_unlock(qtbot, booth, "durand", MEMBER_PASS)
    tick(qtbot, booth, FOR)
    widget = booth.polls.widget
    assert widget is not None
    for member in (BENARD, MARTIN):
        widget.buttons[candidate_choice(member)].click()
    assert not widget.buttons[candidate_choice(LEFEVRE)].isEnabled()  # two seats, two names
    widget.buttons[BLANK].click()
    assert widget.choices() == (BLANK,)
    assert widget.buttons[candidate_choice(LEFEVRE)].isEnabled()
    widget.buttons[candidate_choice(MARTIN)].click()
    assert widget.choices() == (candidate_choice(MARTIN),)


def test_the_receipt_saves_as_a_pdf_and_print_needs_a_printer(
        qtbot: QtBot, booth: BoothWindow, tmp_path: Path) -> None:
    _vote_to_review(qtbot, booth)
    press(qtbot, booth, Qt.Key.Key_Return)
    press(qtbot, booth, Qt.Key.Key_Return)
    assert booth.step == RECEIPT
    assert not booth.receipt.print_button.isVisibleTo(booth)  # no printer offscreen
    target = tmp_path / "recu.pdf"
    booth.flow.save_receipt(target)
    qtbot.waitUntil(lambda: not booth.busy, timeout=10_000)
    assert target.read_bytes().startswith(b"%PDF")
    assert str(target) in booth.receipt.intro.text()
    html = booth.receipt.receipt_html()
    assert all(view.readable in html for view in booth.receipt.views)
    booth.receipt.done_button.setFocus()
    QTest.keyClick(booth.receipt.done_button, Qt.Key.Key_Return)
    assert booth.step == FIND and "recu.pdf" not in booth.receipt.intro.text()
