# SPDX-License-Identifier: GPL-3.0-or-later
"""The votes tab on an AG of the seeded SCIC in session: polls prepared, opened, voted,
counted by hand and closed with the organisation's passphrase; results and ballots."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from talagov.core.polls import FOR, PollStatus, candidate_choice
from talagov.gui.context import AppContext
from talagov.gui.dialogs.hand_count_dialog import HandCountDialog
from talagov.gui.dialogs.passphrase_dialog import PassphraseDialog
from talagov.gui.meeting import votes_actions
from talagov.gui.meeting.votes_tab import VotesTab
from talagov.gui.models import ballot_model, poll_model
from talagov.services import hand_counts
from talagov.services.uow import UnitOfWork
from tests.gui.conftest import type_text
from tests.gui.meeting.votes_setup import (
    CLOSING,
    DURAND,
    MARTIN,
    OPENING,
    ORG_PASS,
    VotesMeeting,
    close_widget,
    make_votes_meeting,
)


@pytest.fixture
def assembly(ctx: AppContext) -> VotesMeeting:
    return make_votes_meeting(ctx.db)


@pytest.fixture
def tab(qtbot: QtBot, ctx: AppContext, assembly: VotesMeeting) -> Iterator[VotesTab]:
    widget = VotesTab(ctx)
    widget.clock = lambda: OPENING
    ctx.runner.changes_applied.connect(widget.on_changes)
    widget.resize(1100, 800)
    widget.show()
    with qtbot.waitSignal(widget.loaded):
        widget.set_meeting(assembly.meeting_id)
    yield widget
    ctx.runner.changes_applied.disconnect(widget.on_changes)
    qtbot.waitUntil(lambda: not ctx.runner.busy)
    close_widget(widget)


def _reload(qtbot: QtBot, tab: VotesTab) -> None:
    with qtbot.waitSignal(tab.detail_loaded, timeout=10_000):
        tab.refresh()


def _visible_dialog(kind: type) -> object:
    return next(w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible())


def test_prepare_open_vote_and_close_show_the_result(
        qtbot: QtBot, ctx: AppContext, tab: VotesTab, assembly: VotesMeeting,
        monkeypatch: pytest.MonkeyPatch, qtmodeltester: ModelTester) -> None:
    assert "Prepare polls" in tab.hint.text()
    assert tab.prepare_button.isVisibleTo(tab) and tab.prepare_button.isEnabled()
    with qtbot.waitSignal(tab.detail_loaded, timeout=10_000):
        tab.prepare_button.click()
    assert tab.model.rowCount() == 2
    assert tab.current_poll() is not None and tab.current_poll().title == "Approbation des comptes"
    assert tab.model.data(tab.model.index(0, poll_model.STATUS)) == "Prepared"
    assert tab.model.data(tab.model.index(1, poll_model.SECRET)) == "Yes"  # an election
    assert tab.options_button.isEnabled() and not tab.close_button.isEnabled()
    monkeypatch.setattr(votes_actions, "confirm", lambda *_args: True)
    with qtbot.waitSignal(tab.detail_loaded, timeout=10_000):
        tab.open_button.click()
    assert tab.current_poll().status is PollStatus.OPEN
    assert tab.close_button.isEnabled() and tab.hand_button.isEnabled()
    assert not tab.options_button.isEnabled()
    poll_id = tab.current_poll().id
    assembly.vote(DURAND, poll_id, FOR)
    assembly.vote(MARTIN, poll_id, FOR)
    _reload(qtbot, tab)
    assert "2 ballot(s) received" in tab.results.state.text()
    assert tab.results.decision.isHidden()  # no partial count while open
    assert tab.ballots.model.rowCount() == 2
    assert tab.ballots.model.data(tab.ballots.model.index(0, ballot_model.CHOICE)) == "For"

    tab.clock = lambda: CLOSING
    tab.close_button.click()
    dialog = _visible_dialog(PassphraseDialog)
    assert isinstance(dialog, PassphraseDialog)
    type_text(dialog.passphrase, "pas la bonne phrase")
    with qtbot.waitSignal(dialog.failed, timeout=10_000):
        dialog.ok_button.click()
    assert dialog.message_bar.text() and dialog.isVisible()
    assert dialog.passphrase.text() == ""
    assert assembly.poll(poll_id).status is PollStatus.OPEN
    type_text(dialog.passphrase, ORG_PASS)
    with qtbot.waitSignal(tab.detail_loaded, timeout=10_000):
        dialog.ok_button.click()
    assert assembly.poll(poll_id).status is PollStatus.CLOSED
    assert tab.results.decision.text() == "Adopted"
    assert tab.model.data(tab.model.index(0, poll_model.RESULT)) == "Adopted"
    assert tab.results.explanation.text()  # the decision explained in sentences
    counts = tab.results.counts
    headers = [counts.horizontalHeaderItem(c).text() for c in range(counts.columnCount())]
    assert "Booth" in headers and headers[-1] == "Total"
    assert tab.results.colleges.isVisibleTo(tab)  # the SCIC's colleges
    assert "R =" in tab.results.weighted.text()
    assert tab.pdf_button.isEnabled()
    qtmodeltester.check(tab.model)
    qtmodeltester.check(tab.ballots.model)


def test_a_hand_count_over_the_limit_is_refused_and_changes_nothing(
        qtbot: QtBot, tab: VotesTab, assembly: VotesMeeting) -> None:
    ids = assembly.open_all()
    _reload(qtbot, tab)
    tab.hand_button.click()
    dialog = _visible_dialog(HandCountDialog)
    assert isinstance(dialog, HandCountDialog)
    assert [f.text() for f in dialog.scrutineers] == ["Lefèvre Noël", "Martin Jean-Pierre"]
    assert len(dialog.spins) == 5 * 3  # five colleges, three choices
    dialog.spins[("salaries", FOR)].setValue(40)
    with qtbot.waitSignal(dialog.failed, timeout=10_000):
        dialog.ok_button.click()
    assert dialog.message_bar.text()
    assert dialog.isVisible()
    with UnitOfWork(assembly.db) as uow:
        assert hand_counts.hand_count_of(uow, ids[0]) is None
    dialog.spins[("salaries", FOR)].setValue(1)
    with qtbot.waitSignal(tab.detail_loaded, timeout=10_000):
        dialog.ok_button.click()
    assert "Counted by hand: 1 votes" in tab.results.hand_count.text()


def test_a_secret_poll_shows_no_choice(qtbot: QtBot, tab: VotesTab,
                                       assembly: VotesMeeting) -> None:
    ids = assembly.open_all()
    assembly.vote(DURAND, ids[1], candidate_choice(MARTIN))
    with qtbot.waitSignal(tab.loaded):
        tab.refresh()
    with qtbot.waitSignal(tab.detail_loaded):
        tab.select_poll(ids[1])
    model = tab.ballots.model
    assert model.rowCount() == 1 and model.secret
    assert model.data(model.index(0, ballot_model.CHOICE)) == ""
    assert model.data(model.index(0, ballot_model.VOTER)) == "Durand Élodie"
    assert not tab.ballots.secret_hint.isHidden()
    assert "only the totals" in tab.results.secret_notice.text()
    assert tab.results.secret_notice.isVisibleTo(tab)


def test_every_control_of_the_tab_is_named(qtbot: QtBot, tab: VotesTab,
                                           assembly: VotesMeeting) -> None:
    from tests.gui.test_accessibility import _unnamed

    assembly.open_all()
    _reload(qtbot, tab)
    problems = {}
    for index in range(tab.details.count()):
        tab.details.setCurrentIndex(index)
        problems[tab.details.tabText(index)] = _unnamed(tab)
    assert all(not p for p in problems.values()), problems
    boxes = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox)]
    assert not any(b.isVisible() for b in boxes)


def test_the_workspace_has_the_votes_tab(qtbot: QtBot, ctx: AppContext,
                                         assembly: VotesMeeting) -> None:
    from talagov.gui.meeting.workspace import VOTES_TAB, MeetingWorkspace

    assembly.open_all()
    workspace = MeetingWorkspace(ctx)
    workspace.votes.clock = lambda: OPENING
    workspace.show()
    with qtbot.waitSignal(workspace.votes.detail_loaded, timeout=10_000):
        workspace.set_meeting(assembly.meeting_id)
    assert workspace.tabs.tabText(VOTES_TAB) == "Vote&s"
    assert workspace.votes.model.rowCount() == 2
    assert workspace.votes.booth_button.isEnabled()  # polls are open
    qtbot.waitUntil(lambda: not ctx.runner.busy)
    close_widget(workspace)


def test_a_hidden_tab_reloads_when_shown(qtbot: QtBot, tab: VotesTab,
                                         assembly: VotesMeeting) -> None:
    from talagov.services.changes import Aggregate, Changes

    tab.hide()
    assembly.open_all()
    tab.on_changes(Changes.of(Aggregate.POLLS))
    assert tab.model.rowCount() == 0  # not reloaded while hidden
    with qtbot.waitSignal(tab.loaded):
        tab.show()
    assert tab.model.rowCount() == 2


def _close_with_passphrase(qtbot: QtBot, tab: VotesTab) -> None:
    tab.clock = lambda: CLOSING
    tab.close_button.click()
    dialog = _visible_dialog(PassphraseDialog)
    assert isinstance(dialog, PassphraseDialog)
    type_text(dialog.passphrase, ORG_PASS)
    with qtbot.waitSignal(tab.detail_loaded, timeout=10_000):
        dialog.ok_button.click()


def test_closing_reads_the_shared_folder_first_and_says_what_it_brought(
        qtbot: QtBot, ctx: AppContext, tab: VotesTab, assembly: VotesMeeting,
        tmp_path: Path) -> None:
    from talagov.services import sync_folder
    from tests.gui.test_sync_page import write_ballot

    folder = tmp_path / "shared"
    folder.mkdir()
    with UnitOfWork(ctx.db) as uow:
        sync_folder.set_sync_folder(uow, folder)
    poll_id = assembly.open_all()[0]
    write_ballot(assembly, folder)  # Martin's, in time, not imported by any pass yet
    _reload(qtbot, tab)
    assert tab.folder_note.text() == ""
    _close_with_passphrase(qtbot, tab)
    assert assembly.poll(poll_id).status is PollStatus.CLOSED
    assert tab.folder_note.text() == ("Before closing, the shared folder was read: 1 "
                                      "ballot(s) imported.")
    assert tab.ballots.model.rowCount() == 1  # the ballot is among the poll's


def test_a_folder_that_cannot_be_read_is_said_and_the_poll_closes(
        qtbot: QtBot, ctx: AppContext, tab: VotesTab, assembly: VotesMeeting,
        tmp_path: Path) -> None:
    from talagov.services import sync_folder

    folder = tmp_path / "shared"
    folder.mkdir()
    with UnitOfWork(ctx.db) as uow:
        sync_folder.set_sync_folder(uow, folder)
    folder.rename(tmp_path / "unplugged")
    poll_id = assembly.open_all()[0]
    _reload(qtbot, tab)
    _close_with_passphrase(qtbot, tab)
    assert assembly.poll(poll_id).status is PollStatus.CLOSED
    assert tab.folder_note.text().startswith(
        "The poll is closed, but the shared folder could not be read first")
    assert str(folder) in tab.folder_note.text()
