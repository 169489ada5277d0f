# SPDX-License-Identifier: GPL-3.0-or-later
"""A mock AG voted in the booth, by keyboard: find, unlock, vote for oneself and for a
proxy principal, review, confirm, receipt; then nothing of the voter is left."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLabel, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from talagov.core.ballot_check import Verdict
from talagov.core.polls import AGAINST, BLANK, FOR, candidate_choice
from talagov.gui.booth.booth_window import BoothWindow
from talagov.gui.booth.state import CONFIRM, ENROL, FIND, POLLS, RECEIPT, REVIEW, UNLOCK
from talagov.gui.context import AppContext
from talagov.messages import render_error
from talagov.services import ballots
from talagov.services.uow import UnitOfWork
from tests.gui.booth.assembly import BENARD, MARTIN, MEMBER_PASS, ORG_PASS, Assembly
from tests.gui.conftest import type_text


def press(qtbot: QtBot, booth: BoothWindow, key: Qt.Key) -> None:
    """A key typed where the keyboard is, then wait for any work it started."""
    target: QWidget = booth.focusWidget() or booth
    QTest.keyClick(target, key)
    qtbot.waitUntil(lambda: not booth.busy, timeout=10_000)


def find_and_unlock(qtbot: QtBot, booth: BoothWindow, name: str, passphrase: str) -> None:
    """Type part of the name, take it with Enter, type the passphrase and Enter."""
    # Focus waits on « Veuillez patienter… » while the booth reloads its voters, then
    # comes back to the name field: the voter types once it is there.
    qtbot.waitUntil(lambda: booth.step == FIND and booth.focusWidget() is booth.finder.filter,
                    timeout=5000)
    type_text(booth.finder.filter, name)
    press(qtbot, booth, Qt.Key.Key_Return)
    assert booth.step == UNLOCK and booth.focusWidget() is booth.unlock.passphrase
    type_text(booth.unlock.passphrase, passphrase)
    press(qtbot, booth, Qt.Key.Key_Return)


def tick(qtbot: QtBot, booth: BoothWindow, *choices: str) -> None:
    """Tick ``choices`` on the ballot on screen with the keyboard (focus, then Space)."""
    widget = booth.polls.widget
    assert widget is not None
    for choice in choices:
        button = widget.buttons[choice]
        button.setFocus()
        QTest.keyClick(button, Qt.Key.Key_Space)
    press(qtbot, booth, Qt.Key.Key_Return)


def texts(root: QWidget) -> str:
    """Every label and field text under ``root``."""
    return "\n".join([w.text() for w in root.findChildren(QLabel)]
                     + [w.text() for w in root.findChildren(QLineEdit)])


def test_a_member_votes_for_herself_and_her_principal_then_nothing_is_left(
        qtbot: QtBot, ctx: AppContext, assembly: Assembly, booth: BoothWindow) -> None:
    assert booth.isFullScreen()
    find_and_unlock(qtbot, booth, "élodie", MEMBER_PASS)
    assert booth.step == POLLS
    widget = booth.polls.widget
    assert widget is not None
    assert widget.behalf.text() == "You vote for yourself"
    assert widget.title.text() == "Resolution 1: Approbation des comptes"
    assert not any(b.isChecked() for b in widget.buttons.values())  # nothing preselected
    press(qtbot, booth, Qt.Key.Key_Return)  # no choice yet: refused, stays
    assert booth.polls.index == 0 and booth.polls.error.isVisible()
    tick(qtbot, booth, FOR)
    widget = booth.polls.widget
    assert widget is not None and widget.secret.isVisibleTo(widget)  # elections are secret
    assert widget.title.text() == "Election 2: Élection au conseil (seats: 2)"
    tick(qtbot, booth, candidate_choice(BENARD), candidate_choice(MARTIN))
    widget = booth.polls.widget
    assert widget is not None
    assert widget.behalf.text() == "You vote on behalf of Lefèvre Noël (proxy)"
    tick(qtbot, booth, AGAINST)
    tick(qtbot, booth, BLANK)
    assert booth.step == REVIEW
    assert booth.review.lines == [
        "Resolution 1: Approbation des comptes — For yourself: For",
        "Election 2: Élection au conseil (seats: 2) — For yourself: Bénard Zoé, "
        "Martin Jean-Pierre",
        "Resolution 1: Approbation des comptes — On behalf of Lefèvre Noël (proxy): Against",
        "Election 2: Élection au conseil (seats: 2) — On behalf of Lefèvre Noël (proxy): "
        "Blank vote",
    ]
    press(qtbot, booth, Qt.Key.Key_Return)
    assert booth.step == CONFIRM
    assert booth.confirm.summary.text() == "Your key will sign 4 ballot(s), recorded all together."
    press(qtbot, booth, Qt.Key.Key_Return)
    assert booth.step == RECEIPT
    with UnitOfWork(ctx.db) as uow:
        lines = ballots.ballots_of(uow, assembly.resolution) \
            + ballots.ballots_of(uow, assembly.election)
    assert len(lines) == 4 and {line.verdict for line in lines} == {Verdict.COUNTED}
    shown = texts(booth.receipt)
    for view in booth.receipt.views:
        assert view.readable in shown
    assert len(booth.receipt.views) == 4
    # The secret election's choice is never reproduced on a receipt (it could be shown
    # to someone who bought or forced the vote); the public resolution's is.
    assert [v.choices for v in booth.receipt.views] == [
        "Pour", "not reproduced (secret ballot)", "Contre", "not reproduced (secret ballot)"]
    assert "Bénard" not in shown
    assert booth.voter.key is None  # signed: the key is already dropped

    press(qtbot, booth, Qt.Key.Key_Return)  # a stray second Enter keeps the receipt
    assert booth.step == RECEIPT and booth.focusWidget() is booth.receipt.items[0]
    for _receipt in booth.receipt.items:  # one Tab stop per receipt, then the buttons
        QTest.keyClick(booth.focusWidget(), Qt.Key.Key_Tab)
    assert booth.focusWidget() is booth.receipt.save_button
    booth.receipt.done_button.setFocus()
    press(qtbot, booth, Qt.Key.Key_Return)  # Done
    assert booth.step == FIND
    qtbot.waitUntil(lambda: not booth.busy and booth.finder.list.count() > 0)
    assert all(not edit.text() for edit in booth.findChildren(QLineEdit))
    for label in booth.findChildren(QLabel):
        assert "Durand" not in label.text() and "Élodie" not in label.text()
        assert "Lefèvre" not in label.text()
    assert booth.voter.key is None and booth.voter.certificate is None
    assert booth.voter.receipts == [] and booth.voter.choices == {}
    assert booth.finder.selected_voter() is None


def test_a_wrong_passphrase_says_so_and_stays(qtbot: QtBot, booth: BoothWindow) -> None:
    find_and_unlock(qtbot, booth, "durand", "not the passphrase")
    assert booth.step == UNLOCK
    assert booth.unlock.error.isVisible()
    assert booth.unlock.error.text() == render_error("keys.wrong_passphrase", {}, "fr")
    # The problem has the keyboard (Orca reads it); typing goes back to the field.
    assert booth.unlock.passphrase.text() == "" and booth.focusWidget() is booth.unlock.error
    assert booth.voter.key is None
    type_text(booth.unlock.passphrase, MEMBER_PASS)
    press(qtbot, booth, Qt.Key.Key_Return)
    assert booth.step == POLLS


def test_escape_goes_back_one_step_and_forgets_the_voter(qtbot: QtBot, booth: BoothWindow) -> None:
    find_and_unlock(qtbot, booth, "durand", MEMBER_PASS)
    assert booth.step == POLLS and booth.voter.key is not None
    press(qtbot, booth, Qt.Key.Key_Escape)  # the first ballot -> unlock again
    assert booth.step == UNLOCK and booth.voter.key is None
    booth.unlock.new_key_button.setFocus()
    press(qtbot, booth, Qt.Key.Key_Return)  # "Create a new key…"
    assert booth.step == ENROL and booth.enrol.voter.text() == "Durand Élodie"
    press(qtbot, booth, Qt.Key.Key_Escape)  # back to unlocking, not to the names
    assert booth.step == UNLOCK and booth.unlock.voter.text() == "Hello, Durand Élodie"
    press(qtbot, booth, Qt.Key.Key_Escape)
    assert booth.step == FIND and booth.voter.name == ""
    assert booth.finder.filter.text() == ""
    press(qtbot, booth, Qt.Key.Key_Escape)  # never out of the booth
    assert booth.step == FIND and booth.isVisible()


def test_several_names_left_are_never_guessed(qtbot: QtBot, booth: BoothWindow) -> None:
    type_text(booth.finder.filter, "e")
    press(qtbot, booth, Qt.Key.Key_Return)
    assert booth.step == FIND and "Several names" in booth.finder.error.text()
    qtbot.wait(20)  # the problem, focused to be said, lets the next key move on
    QTest.keyClick(booth.finder.filter, Qt.Key.Key_Down)
    assert booth.focusWidget() is booth.finder.list
    press(qtbot, booth, Qt.Key.Key_Return)
    assert booth.step in (UNLOCK, ENROL)  # the first name shown, chosen in the list


def test_a_member_without_a_key_enrols_on_the_spot(
        qtbot: QtBot, ctx: AppContext, assembly: Assembly, booth: BoothWindow) -> None:
    type_text(booth.finder.filter, "martin")
    press(qtbot, booth, Qt.Key.Key_Return)
    assert booth.step == ENROL
    assert booth.enrol.voter.text() == "Martin Jean-Pierre"
    type_text(booth.enrol.first, "nouvelle phrase")
    type_text(booth.enrol.second, "nouvelle phrase")
    press(qtbot, booth, Qt.Key.Key_Return)
    assert booth.step == ENROL and "identity" in booth.enrol.error.text()
    assert booth.focusWidget() is booth.enrol.error  # said first; Space ticks the box
    QTest.keyClick(booth.enrol.identity, Qt.Key.Key_Space)
    booth.enrol.first.setFocus()
    type_text(booth.enrol.first, "court")
    type_text(booth.enrol.second, "court")
    press(qtbot, booth, Qt.Key.Key_Return)
    assert "too short" in booth.enrol.error.text() and booth.enrol.first.text() == ""
    type_text(booth.enrol.first, "phrase de Martin")
    type_text(booth.enrol.second, "phrase de Martín")
    press(qtbot, booth, Qt.Key.Key_Return)
    assert "differ" in booth.enrol.error.text()
    type_text(booth.enrol.first, "phrase de Martin")
    type_text(booth.enrol.second, "phrase de Martin")
    press(qtbot, booth, Qt.Key.Key_Return)
    assert booth.step == POLLS  # enrolled, unlocked, on his first ballot
    assert booth.voter.key is not None
    from talagov.services import keys

    with UnitOfWork(ctx.db) as uow:
        status = keys.member_key_status(uow, MARTIN, at=booth.clock())
    assert status is not None and status.on_this_laptop


def test_the_booth_cannot_be_left_without_the_secretarys_passphrase(
        qtbot: QtBot, booth: BoothWindow) -> None:
    from talagov.gui.booth.state import GATE

    type_text(booth.finder.filter, "dur")
    booth.close()  # Alt+F4, the window manager's close button
    assert booth.isVisible() and booth.step == GATE
    press(qtbot, booth, Qt.Key.Key_Escape)
    assert booth.step == FIND and booth.finder.filter.text() == "dur"  # back where it was
    QTest.keyClick(booth.finder.filter, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    assert booth.step == GATE and booth.focusWidget() is booth.gate.passphrase
    type_text(booth.gate.passphrase, MEMBER_PASS)
    press(qtbot, booth, Qt.Key.Key_Return)
    assert booth.isVisible() and booth.step == GATE and booth.gate.error.isVisible()
    with qtbot.waitSignal(booth.booth_closed):
        type_text(booth.gate.passphrase, ORG_PASS)
        press(qtbot, booth, Qt.Key.Key_Return)
    assert booth.org_key() is None
