# SPDX-License-Identifier: GPL-3.0-or-later
"""The demo cooperative's upcoming AG voted in the booth, as on the secretary's laptop.

The demo's members enrolled at the booth keep their keys there (passphrase
``vote-<id>``); the secretary's passphrase is the demo's. Everything else is what a
secretary does: convene, mark attendance, open the session and the polls, open the
booth, let a member vote for herself and her proxies, close the polls.
"""

from __future__ import annotations

from datetime import date, datetime, time

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from talagov.core.attendance import AttendanceEntry, AttendanceStatus
from talagov.core.ballot_check import Verdict
from talagov.core.polls import FOR, PollKind
from talagov.gui.booth import open_booth
from talagov.gui.booth.booth_window import BoothWindow
from talagov.gui.booth.state import POLLS, RECEIPT, REVIEW
from talagov.gui.context import AppContext
from talagov.gui.dialogs.passphrase_dialog import PassphraseDialog
from talagov.services import ballots, convocations, keys, meetings, polls, session
from talagov.services.demo.votes import SECRETARY_PASSPHRASE, member_passphrase
from talagov.services.uow import UnitOfWork
from tests.gui.booth.test_booth_window import find_and_unlock, press
from tests.gui.conftest import type_text

UPCOMING = 2  # the demo's next AG



def _in_session(ctx: AppContext) -> tuple[int, datetime]:
    """Convene the upcoming AG, bring a booth-enrolled member, open session and polls."""
    with UnitOfWork(ctx.db) as uow:
        meeting = meetings.get_meeting(uow, UPCOMING)
        on = meeting.on
        voter = next(k.member_id for k in keys.member_keys(uow)
                     if k.on_this_laptop and k.revoked_at is None)
        convocations.convene(uow, UPCOMING, sending_date=date(on.year, 5, 20),
                             now=datetime(on.year, 5, 20, 9))  # fmt: skip
        arrived = datetime.combine(on, time(9, 50))
        session.set_attendance(uow, UPCOMING, AttendanceEntry(voter, AttendanceStatus.PRESENT,
                                                              arrived_at=arrived), now=arrived)
        session.open_session(uow, UPCOMING, now=datetime.combine(on, time(10)))
        for poll in polls.list_polls(uow, UPCOMING):
            polls.open_poll(uow, poll.id, now=datetime.combine(on, time(10, 5)))
    return voter, datetime.combine(on, time(10, 10))


def test_the_demos_upcoming_ag_is_voted_in_the_booth(qtbot: QtBot, demo_ctx: AppContext) -> None:
    voter, voting = _in_session(demo_ctx)
    with UnitOfWork(demo_ctx.db) as uow:
        name = next(v.name for v in ballots.booth_voters(uow, UPCOMING) if v.member_id == voter)
    open_booth(demo_ctx, UPCOMING, None)
    dialog = next(w for w in QApplication.topLevelWidgets()
                  if isinstance(w, PassphraseDialog) and w.isVisible())
    type_text(dialog.passphrase, SECRETARY_PASSPHRASE)
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: any(isinstance(w, BoothWindow) and w.isVisible()
                                for w in QApplication.topLevelWidgets()), timeout=10_000)
    booth = next(w for w in QApplication.topLevelWidgets()
                 if isinstance(w, BoothWindow) and w.isVisible())
    booth.clock = lambda: voting
    qtbot.waitUntil(lambda: not booth.busy and booth.finder.list.count() > 0
                    and not booth.wait.isVisible(), timeout=10_000)
    try:
        find_and_unlock(qtbot, booth, name, member_passphrase(voter))
        assert booth.step == POLLS
        while booth.step == POLLS:  # every ballot, for herself then each proxy held
            widget = booth.polls.widget
            assert widget is not None
            choice = FOR if FOR in widget.buttons else next(iter(widget.buttons))
            widget.buttons[choice].setFocus()
            qtbot.keyClick(widget.buttons[choice], Qt.Key.Key_Space)
            press(qtbot, booth, Qt.Key.Key_Return)
        assert booth.step == REVIEW
        press(qtbot, booth, Qt.Key.Key_Return)  # review -> confirm
        press(qtbot, booth, Qt.Key.Key_Return)  # confirm: sign and store
        assert booth.step == RECEIPT
        cast = len(booth.receipt.views)
    finally:
        booth._may_close = True
        booth.close()
    with UnitOfWork(demo_ctx.db) as uow:
        org_key = keys.unlock_organisation(uow, SECRETARY_PASSPHRASE)
        shown = polls.list_polls(uow, UPCOMING)
        for poll in shown:
            polls.close_poll(uow, poll.id, org_key=org_key, now=voting.replace(minute=30))
        lines = [line for poll in shown for line in ballots.ballots_of(uow, poll.id)]
        closed = polls.list_polls(uow, UPCOMING)
    assert cast >= len(shown)  # one ballot per poll for herself, more with proxies
    assert len(lines) == cast and {line.verdict for line in lines} == {Verdict.COUNTED}
    for poll in closed:
        assert poll.result is not None
        if poll.kind is PollKind.RESOLUTION:
            assert poll.result.votes_for(FOR) >= 1
            # One member in the room is no quorum: the votes are counted but decide nothing.
            assert poll.result.adopted is False
            assert "tally.quorum_not_met" in {f.code for f in poll.result.explanation}
