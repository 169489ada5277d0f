# SPDX-License-Identifier: GPL-3.0-or-later
"""What the secretary does to a poll: prepare the polls, set a poll's options, open it,
count hands, close it with the organisation's passphrase (reading the shared folder
first, when one is chosen, so that a ballot a member wrote in time counts).

Each action runs its service call on the task runner; the ``Changes`` it returns make
the votes tab (and the session tab, for the quorum recorded at opening) reload.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from talagov.core.tally import HandCount
from talagov.gui.context import AppContext
from talagov.gui.dialogs.hand_count_dialog import HandCountDialog
from talagov.gui.dialogs.passphrase_dialog import PassphraseDialog
from talagov.gui.dialogs.poll_options_dialog import PollOptionsDialog
from talagov.gui.i18n import arg
from talagov.gui.meeting.votes_data import VotesData
from talagov.gui.meeting.votes_labels import poll_title
from talagov.services import keys as keys_service
from talagov.services import polls as polls_service
from talagov.services import sync_close
from talagov.services.polls import PollView

Clock = Callable[[], datetime]


def hints(data: VotesData | None) -> list[str]:
    """What the secretary must do before the polls can go on, if anything."""
    if data is None:
        return []
    if not data.changing and not data.polls:
        return [QCoreApplication.translate(
            "VotesActions", "No vote of this meeting was recorded in TalaGov.")]
    if data.org_key is None:
        return [QCoreApplication.translate(
            "VotesActions", "Create the organisation key first (Settings, Keys tab): polls "
            "name it, and closing a poll signs with it.")]
    if not data.voting_items:
        return [QCoreApplication.translate(
            "VotesActions", "Nothing is put to the vote in this meeting's agenda.")]
    if not data.polls:
        return [QCoreApplication.translate(
            "VotesActions", "No poll yet: “Prepare polls” creates one for each resolution and "
            "election of the agenda.")]
    return []


def confirm(parent: QWidget, title: str, question: str) -> bool:
    """Ask a yes/no question (tests replace this function)."""
    answer = QMessageBox.question(parent, title, question)
    return answer == QMessageBox.StandardButton.Yes


def prepare_polls(ctx: AppContext, parent: QWidget, meeting_id: int, now: datetime) -> None:
    """Create the missing polls and refresh the prepared ones from the agenda."""
    ctx.runner.run(parent, lambda uow: polls_service.prepare_polls(uow, meeting_id, now=now),
                   label=QCoreApplication.translate("VotesActions", "Preparing the polls"))


def edit_options(ctx: AppContext, parent: QWidget, poll: PollView) -> PollOptionsDialog:
    """Open the options of a prepared poll."""
    dialog = PollOptionsDialog(ctx, poll, parent)
    dialog.open()
    return dialog


def open_poll(ctx: AppContext, parent: QWidget, poll: PollView, now: datetime) -> bool:
    """Open a poll after confirmation (its definition is then frozen); whether asked to."""
    title = poll_title(poll.number, poll.title, poll.kind)
    if not confirm(parent, QCoreApplication.translate("VotesActions", "Open the poll"), arg(
            QCoreApplication.translate(
                "VotesActions", "Open the vote on “%1” now? Its question and majority can no "
                "longer change; in session, the quorum is recorded for the item."), title)):
        return False
    poll_id = poll.id
    ctx.runner.run(parent, lambda uow: polls_service.open_poll(uow, poll_id, now=now),
                   label=QCoreApplication.translate("VotesActions", "Opening the poll"))
    return True


def close_poll(ctx: AppContext, parent: QWidget, poll: PollView, clock: Clock) -> PassphraseDialog:
    """Ask the organisation's passphrase, then close the poll and store its result.

    Closing signs the postal forms as witness ballots and the hand count with the
    organisation key, which the passphrase unlocks on the worker for this task only.
    When a shared folder is chosen, it is read just before (``services.sync_close``):
    the dialog's ``saved`` carries the ``(FolderRead, Changes)`` of the task.
    """
    poll_id = poll.id

    def task_of(passphrase: str) -> Callable[[Any], Any]:
        now = clock()
        return lambda uow: sync_close.import_then_close(
            uow, poll_id, now=now, org_key=keys_service.unlock_organisation(uow, passphrase))

    dialog = PassphraseDialog(
        ctx, QCoreApplication.translate("VotesActions", "Close the poll"),
        arg(QCoreApplication.translate(
            "VotesActions", "Close the vote on “%1”? No ballot is accepted afterwards, and the "
            "result is computed and stored. The organisation's passphrase (the secretary's) "
            "signs the postal votes as witness and the hand count."),
            poll_title(poll.number, poll.title, poll.kind)),
        task_of, action=QCoreApplication.translate("VotesActions", "&Close the poll"),
        label=QCoreApplication.translate("VotesActions", "Closing the poll and counting"),
        parent=parent)
    dialog.open()
    return dialog


def hand_count(ctx: AppContext, parent: QWidget, poll: PollView, clock: Clock, *,
               scrutineers: tuple[str, ...], existing: HandCount | None) -> HandCountDialog:
    """Enter the votes counted by hand, prefilled with the bureau's scrutineers."""
    dialog = HandCountDialog(ctx, poll, clock, scrutineers=scrutineers, existing=existing,
                             parent=parent)
    dialog.open()
    return dialog
