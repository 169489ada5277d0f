# SPDX-License-Identifier: GPL-3.0-or-later
"""The hand count: one spin box per college and choice, the bureau's scrutineers, a
count already recorded shown again."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from talagov.core.polls import AGAINST, FOR
from talagov.gui.context import AppContext
from talagov.gui.dialogs.hand_count_dialog import HandCountDialog
from talagov.services import hand_counts
from talagov.services.uow import UnitOfWork
from tests.gui.meeting.votes_setup import OPENING, VOTING, close_widget, make_votes_meeting


def test_a_recorded_count_is_shown_again_and_changed(qtbot: QtBot, ctx: AppContext) -> None:
    assembly = make_votes_meeting(ctx.db)
    poll_id = assembly.open_all()[0]
    with UnitOfWork(ctx.db) as uow:
        hand_counts.record_hand_count(uow, poll_id, {"salaries": {FOR: 1}}, ("Noël Lefèvre",),
                                      now=OPENING)
        existing = hand_counts.hand_count_of(uow, poll_id)
    dialog = HandCountDialog(ctx, assembly.poll(poll_id), lambda: VOTING,
                             scrutineers=("Lefèvre Noël", "Martin Jean-Pierre"), existing=existing)
    dialog.show()
    assert dialog.spins[("salaries", FOR)].value() == 1
    assert [f.text() for f in dialog.scrutineers] == ["Noël Lefèvre", ""]
    assert dialog.total.text() == "Total counted by hand: 1"
    dialog.spins[("salaries", AGAINST)].setValue(1)
    assert dialog.total.text() == "Total counted by hand: 2"
    assert dialog.spins[("salaries", AGAINST)].accessibleName() == "Collège des salariés — Against"
    from tests.gui.test_accessibility import _unnamed

    assert _unnamed(dialog) == []
    dialog.scrutineers[0].clear()
    with qtbot.waitSignal(dialog.failed):
        dialog.ok_button.click()
    assert "Name the scrutineers" in dialog.message_bar.text()
    dialog.scrutineers[1].setText("Martin Jean-Pierre")
    with qtbot.waitSignal(dialog.saved, timeout=5000):
        dialog.ok_button.click()
    with UnitOfWork(ctx.db) as uow:
        recorded = hand_counts.hand_count_of(uow, poll_id)
    assert recorded is not None and recorded.scrutineers == ("Martin Jean-Pierre",)
    assert recorded.counts["salaries"][AGAINST] == 1 and recorded.total == 2
    qtbot.waitUntil(lambda: not ctx.runner.busy)
    close_widget(dialog)


def test_a_refusal_grows_the_dialog_instead_of_crushing_the_counts(
        qtbot: QtBot, ctx: AppContext) -> None:
    assembly = make_votes_meeting(ctx.db)
    poll_id = assembly.open_all()[0]
    dialog = HandCountDialog(ctx, assembly.poll(poll_id), lambda: VOTING,
                             scrutineers=("Lefèvre Noël", "Martin Jean-Pierre"))
    dialog.show()
    spin = dialog.spins[("salaries", FOR)]
    spin.setValue(40)  # more than the participants left: refused, shown in the bar
    with qtbot.waitSignal(dialog.failed, timeout=10_000):
        dialog.ok_button.click()
    assert dialog.message_bar.text()
    qtbot.waitUntil(lambda: spin.height() >= spin.sizeHint().height())
    assert dialog.height() >= dialog.layout().totalHeightForWidth(dialog.width())
    qtbot.waitUntil(lambda: not ctx.runner.busy)
    close_widget(dialog)
