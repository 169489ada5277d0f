# SPDX-License-Identifier: GPL-3.0-or-later
"""Every screen is usable by keyboard alone: Tab reaches every control and comes back.

For each page of the main window (and each tab of a meeting of the demo), the member's
window, the auditor's window and each step of the booth, Tab is pressed from the focused
widget until the focus comes back to it, with real key events. Checked: no widget keeps
the focus (a trap: a text area eating Tab, a table walking its cells), every widget the
focus chain allows (visible, enabled, Tab focus) is reached, and no control is out of the
keyboard's reach. Then a voter goes through the whole booth with Tab, Space, arrows and
Enter only, up to the receipt.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QWidget
from pytestqt.qtbot import QtBot

from talagov.core.keyseal import TEST_KDF
from talagov.gui.booth import state as booth_state
from talagov.gui.booth.booth_window import BoothWindow
from talagov.gui.booth.state import CONFIRM, ENROL, FIND, GATE, POLLS, RECEIPT, REVIEW, UNLOCK
from talagov.gui.context import AppContext
from talagov.gui.main_window import MEETINGS_PAGE, MainWindow
from talagov.gui.member import enrol_dialog
from tests.gui.a11y_tools import report, settler, tab_walk, tour
from tests.gui.booth.conftest import assembly, booth  # noqa: F401  (fixtures)
from tests.gui.conftest import type_text
from tests.gui.member.conftest import home, make_window, org  # noqa: F401  (fixtures)


@pytest.fixture(autouse=True)
def fast_kdf(monkeypatch: pytest.MonkeyPatch) -> None:
    """Keys made in the booth and the member's window derive their seal quickly."""
    monkeypatch.setattr(booth_state, "ENROL_KDF", TEST_KDF)
    monkeypatch.setattr(enrol_dialog, "KDF", TEST_KDF)




def walked(window: QWidget) -> Callable[[QWidget], list[str]]:
    """A check for :func:`tour`: the problems of a Tab walk of ``window``."""
    def check(_root: QWidget) -> list[str]:
        return tab_walk(window)[1]
    return check


def check(problems: dict[str, list[str]]) -> None:
    text = report(problems)
    print(text)
    count = sum(len(v) for v in problems.values())
    assert count == 0, f"{count} keyboard problem(s):\n{text}"


def test_every_page_and_meeting_tab_is_walked_by_tab(qtbot: QtBot, demo_ctx: AppContext) -> None:
    from talagov.gui import settings

    settings.put(settings.LAST_PAGE, 0)
    window = MainWindow(demo_ctx)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    window.activateWindow()
    settle = settler(qtbot, demo_ctx)
    problems: dict[str, list[str]] = {}
    for row in range(window.sidebar.count()):
        window.sidebar.setCurrentRow(row)
        settle()
        window.sidebar.setFocus()
        title = window.sidebar.item(row).text()
        problems[title] = tour(window.stack.currentWidget(), walked(window), settle)
        if row != MEETINGS_PAGE:
            continue
        page = window.meetings_page
        for meeting_id in (2, 1):  # the AG in preparation, the past AG (closed, signed)
            page.select_meeting(meeting_id)
            settle()
            problems[f"{title} / meeting {meeting_id}"] = [
                p for p in tour(page.workspace, walked(window), settle)
                if p not in problems[title]]
    check(problems)
    window.close()


def test_the_member_window_is_walked_by_tab(qtbot: QtBot, make_window: Any, org: Any,  # noqa: F811
                                            home: Path) -> None:  # noqa: F811
    from talagov.gui.member.cooperative_view import MEETINGS_TAB
    from tests.gui.member.test_member_window import _issued

    settle = settler(qtbot)
    fresh = make_window()
    qtbot.waitUntil(lambda: fresh.page != 0, timeout=10_000)
    settle()
    problems = {"join wizard": tab_walk(fresh)[1]}
    fresh.close()
    window = _issued(qtbot, make_window, org, home)
    problems["member window"] = tour(window, walked(window), settle)
    window.tabs.setCurrentIndex(MEETINGS_TAB)
    window.meetings.select_meeting(org.meetings["ago"])
    settle()
    problems["member window / meeting"] = tab_walk(window)[1]
    check(problems)


def test_the_auditor_window_is_walked_by_tab(qtbot: QtBot, demo_ctx: AppContext) -> None:
    from talagov.gui.auditor.auditor_window import AuditorWindow
    from talagov.services.demo.archive import export_past_assembly

    exported = export_past_assembly(demo_ctx.db)
    assert exported is not None
    auditor = AuditorWindow("fr", None)
    auditor.open_external = None
    qtbot.addWidget(auditor)
    auditor.show()
    auditor.open_archive(exported.path)
    qtbot.waitUntil(lambda: auditor.opened is not None, timeout=60_000)
    problems = {"auditor window": tour(auditor, walked(auditor), settler(qtbot))}
    check(problems)
    auditor.close()


# -- the booth, by keyboard alone ------------------------------------------------------


def key(qtbot: QtBot, booth: BoothWindow, which: Qt.Key) -> None:  # noqa: F811
    """One key pressed where the keyboard is; then wait for the work it started."""
    QTest.keyClick(booth.focusWidget() or booth, which)
    qtbot.waitUntil(lambda: not booth.busy, timeout=10_000)


def tab_to(qtbot: QtBot, booth: BoothWindow, wanted: QWidget, limit: int = 60) -> None:  # noqa: F811
    """Press Tab until ``wanted`` has the keyboard, as a voter would; for a radio button,
    Tab to its group (Tab stops on one answer of a group), then the Down arrow."""
    from PySide6.QtWidgets import QRadioButton

    group = wanted.parentWidget() if isinstance(wanted, QRadioButton) else None
    for _ in range(limit):
        focused = booth.focusWidget()
        if focused is wanted:
            return
        if group is not None and isinstance(focused, QRadioButton) \
                and focused.parentWidget() is group:
            key(qtbot, booth, Qt.Key.Key_Down)
        else:
            key(qtbot, booth, Qt.Key.Key_Tab)
    raise AssertionError(f"the keyboard never reaches {wanted.accessibleName()!r}")


def test_every_step_of_the_booth_is_walked_and_voted_by_keyboard(
        qtbot: QtBot, booth: BoothWindow) -> None:  # noqa: F811
    from talagov.core.polls import AGAINST, BLANK, FOR, candidate_choice
    from tests.gui.booth.assembly import BENARD, MARTIN, MEMBER_PASS

    problems: dict[str, list[str]] = {}

    def walk(step: str) -> None:
        focused = booth.focusWidget()
        problems[step] = tab_walk(booth)[1]
        if focused is not None:  # the walk ends where it started
            assert booth.focusWidget() is focused

    assert booth.step == FIND and booth.focusWidget() is booth.finder.filter
    walk("find")
    type_text(booth.finder.filter, "martin")
    key(qtbot, booth, Qt.Key.Key_Return)
    assert booth.step == ENROL
    walk("enrol")
    key(qtbot, booth, Qt.Key.Key_Escape)
    assert booth.step == FIND
    type_text(booth.finder.filter, "durand")
    key(qtbot, booth, Qt.Key.Key_Return)
    assert booth.step == UNLOCK and booth.focusWidget() is booth.unlock.passphrase
    walk("unlock")
    type_text(booth.unlock.passphrase, MEMBER_PASS)
    key(qtbot, booth, Qt.Key.Key_Return)
    assert booth.step == POLLS
    walk("resolution")
    for choices in ((FOR,), (candidate_choice(BENARD), candidate_choice(MARTIN)),
                    (AGAINST,), (BLANK,)):
        widget = booth.polls.widget
        assert widget is not None
        for choice in choices:  # Tab to the choice, Space ticks it
            button: QAbstractButton = widget.buttons[choice]
            tab_to(qtbot, booth, button)
            key(qtbot, booth, Qt.Key.Key_Space)
            assert button.isChecked()
        if len(choices) == 2:
            walk("election")
        key(qtbot, booth, Qt.Key.Key_Return)
    assert booth.step == REVIEW
    walk("review")
    key(qtbot, booth, Qt.Key.Key_Return)
    assert booth.step == CONFIRM
    walk("confirm")
    key(qtbot, booth, Qt.Key.Key_Return)
    assert booth.step == RECEIPT
    walk("receipt")
    assert len(booth.receipt.views) == 4  # four ballots signed, by keyboard alone
    QTest.keyClick(booth.focusWidget() or booth, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    assert booth.step == GATE
    walk("leaving")
    check(problems)


def test_the_answers_of_a_resolution_move_with_the_arrow_keys(qtbot: QtBot, booth: BoothWindow) -> None:  # noqa: F811
    from talagov.core.polls import AGAINST, FOR
    from tests.gui.booth.assembly import MEMBER_PASS

    type_text(booth.finder.filter, "durand")
    key(qtbot, booth, Qt.Key.Key_Return)
    type_text(booth.unlock.passphrase, MEMBER_PASS)
    key(qtbot, booth, Qt.Key.Key_Return)
    widget = booth.polls.widget
    assert widget is not None
    tab_to(qtbot, booth, widget.buttons[FOR])
    key(qtbot, booth, Qt.Key.Key_Down)  # nothing ticked yet: the arrow only moves
    assert booth.focusWidget() is widget.buttons[AGAINST]
    assert not any(b.isChecked() for b in widget.buttons.values())
    key(qtbot, booth, Qt.Key.Key_Space)
    assert widget.buttons[AGAINST].isChecked()
    key(qtbot, booth, Qt.Key.Key_Up)  # once an answer is ticked, the arrows move it
    assert booth.focusWidget() is widget.buttons[FOR] and widget.buttons[FOR].isChecked()
    assert not widget.buttons[AGAINST].isChecked()
