# SPDX-License-Identifier: GPL-3.0-or-later
"""The files of the votes tab: ballot files imported with a summary, a voting package
signed for a voter, the results PDF."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from talagov.core.ballot_check import Verdict
from talagov.core.polls import AGAINST, FOR
from talagov.gui.context import AppContext
from talagov.gui.dialogs.passphrase_dialog import PassphraseDialog
from talagov.gui.meeting import votes_files
from talagov.gui.meeting.votes_tab import VotesTab
from talagov.gui.models import ballot_model
from talagov.messages import render_error
from talagov.services import voting_package
from talagov.services.uow import UnitOfWork
from tests.gui.conftest import type_text
from tests.gui.meeting.votes_setup import (
    CLOSING,
    DURAND,
    LEFEVRE,
    MARTIN,
    ORG_PASS,
    VOTING,
    VotesMeeting,
    close_widget,
    make_votes_meeting,
)


@pytest.fixture
def assembly(ctx: AppContext) -> VotesMeeting:
    meeting = make_votes_meeting(ctx.db)
    meeting.open_all()
    return meeting


@pytest.fixture
def tab(qtbot: QtBot, ctx: AppContext, assembly: VotesMeeting) -> Iterator[VotesTab]:
    widget = VotesTab(ctx)
    widget.clock = lambda: VOTING
    widget.open_after_save = None
    ctx.runner.changes_applied.connect(widget.on_changes)
    widget.show()
    with qtbot.waitSignal(widget.detail_loaded, timeout=10_000):
        widget.set_meeting(assembly.meeting_id)
    yield widget
    ctx.runner.changes_applied.disconnect(widget.on_changes)
    qtbot.waitUntil(lambda: not ctx.runner.busy)
    close_widget(widget)
    for box in QApplication.topLevelWidgets():
        if isinstance(box, QMessageBox):
            box.close()


def test_imported_ballot_files_are_summarised_with_their_reasons(
        qtbot: QtBot, tab: VotesTab, assembly: VotesMeeting, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    resolution = assembly.poll_ids()[0]
    counted = assembly.ballot_file(tmp_path, DURAND, resolution, FOR)
    garbage = tmp_path / "notes.json"
    garbage.write_text("{\"not\": \"a ballot\"}", encoding="utf-8")
    monkeypatch.setattr(votes_files, "choose_ballot_files", lambda _parent: [counted, garbage])
    with qtbot.waitSignal(tab.imported, timeout=10_000) as imported:
        tab.import_button.click()
    report = imported.args[0]
    assert [(name, o.status) for name, o in report.outcomes] == [(counted.name, "counted")]
    assert [name for name, _exc in report.refused] == ["notes.json"]
    box = next(w for w in QApplication.topLevelWidgets()
               if isinstance(w, QMessageBox) and w.isVisible())
    assert "Counted: 1" in box.text() and "Not ballot files or refused: 1" in box.text()
    assert "notes.json" in box.detailedText()
    box.close()
    with qtbot.waitSignal(tab.imported, timeout=10_000) as again:
        tab.import_ballots([counted])
    assert again.args[0].outcomes[0][1].status == "duplicate"
    summary, _ = votes_files.import_summary(again.args[0], "fr")
    assert "Already imported: 1" in summary
    qtbot.waitUntil(lambda: tab.detail is not None and len(tab.detail.ballots) == 1)
    assert tab.ballots.model.item_at(0).origin == counted.name


def test_a_rejected_ballot_shows_its_reason_and_the_filter_finds_it(
        qtbot: QtBot, tab: VotesTab, assembly: VotesMeeting, tmp_path: Path) -> None:
    resolution = assembly.poll_ids()[0]
    files = [assembly.ballot_file(tmp_path, DURAND, resolution, FOR),
             assembly.ballot_file(tmp_path, MARTIN, resolution, AGAINST, on_behalf_of=LEFEVRE)]
    with qtbot.waitSignal(tab.imported, timeout=10_000) as imported:
        tab.import_ballots(files)
    statuses = [o.status for _name, o in imported.args[0].outcomes]
    assert statuses == ["counted", "rejected"]
    box = next(w for w in QApplication.topLevelWidgets()
               if isinstance(w, QMessageBox) and w.isVisible())
    expected = render_error("ballot.rejected.no_proxy",
                            dict(imported.args[0].outcomes[1][1].detail), "fr")
    # The details box shows no-break spaces as plain ones.
    assert f"{files[1].name}: {expected}".replace("\u00a0", " ") in box.detailedText()
    box.close()
    qtbot.waitUntil(lambda: tab.ballots.model.total() == 2, timeout=10_000)
    ballots = tab.ballots
    ballots.filter.setCurrentIndex(ballots.filter.findData(Verdict.REJECTED.value))
    assert ballots.model.rowCount() == 1
    assert ballots.count.text() == "1 of 2 ballot(s) shown"
    line = ballots.model.item_at(0)
    assert line.voter_name == "Martin Jean-Pierre" and line.principal_name == "Lefèvre Noël"
    assert ballots.model.data(ballots.model.index(0, ballot_model.REASON)) == \
        render_error("ballot.rejected.no_proxy", dict(line.detail), "fr")
    assert ballots.model.data(ballots.model.index(0, ballot_model.VERDICT)) == "Rejected"


def test_a_voting_package_is_signed_for_the_voter_chosen(
        qtbot: QtBot, ctx: AppContext, tab: VotesTab, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "package.json"
    proposed: list[str] = []
    monkeypatch.setattr(votes_files, "ask_save_path",
                        lambda _parent, _title, name, _filters: proposed.append(name) or target)
    assert tab.package_button.isEnabled()
    tab.package_button.click()
    qtbot.waitUntil(lambda: any(isinstance(w, PassphraseDialog) and w.isVisible()
                                for w in QApplication.topLevelWidgets()))
    dialog = next(w for w in QApplication.topLevelWidgets()
                  if isinstance(w, PassphraseDialog) and w.isVisible())
    type_text(dialog.passphrase, ORG_PASS)
    with qtbot.waitSignal(dialog.failed):
        dialog.ok_button.click()  # no voter chosen yet
    assert "Choose the voter" in dialog.message_bar.text()
    dialog.picker.set_member_id(DURAND)  # type: ignore[attr-defined]
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: target.exists(), timeout=10_000)
    assert proposed == ["voting-package-S-0001.json"]
    package = voting_package.read_package(target.read_bytes())
    assert package.voter_id == DURAND and len(package.polls) == 2


def test_the_results_pdf_is_saved(qtbot: QtBot, ctx: AppContext, tab: VotesTab,
                                  assembly: VotesMeeting, tmp_path: Path,
                                  monkeypatch: pytest.MonkeyPatch) -> None:
    resolution = assembly.poll_ids()[0]
    assembly.vote(MARTIN, resolution, AGAINST)
    from talagov.services import polls

    with UnitOfWork(ctx.db) as uow:
        polls.close_poll(uow, resolution, org_key=assembly.org_key, now=CLOSING)
    with qtbot.waitSignal(tab.loaded):
        tab.refresh()
    assert tab.pdf_button.isEnabled()
    target = tmp_path / "resultats.pdf"
    opened: list[Path] = []
    tab.open_after_save = opened.append
    monkeypatch.setattr(votes_files, "ask_save_path", lambda *_args: target)
    tab.pdf_button.click()
    qtbot.waitUntil(lambda: target.exists() and not ctx.runner.busy, timeout=20_000)
    assert target.read_bytes().startswith(b"%PDF")
    assert opened == [target]  # handed to the system viewer
