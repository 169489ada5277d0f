# SPDX-License-Identifier: GPL-3.0-or-later
"""A real meeting exported, then opened in the auditor's window from the main window:
every line green, every tab browsable, files opened from a temporary folder, the main
window's database untouched; a tampered copy shows the red line naming the file."""

from __future__ import annotations

import hashlib
import zipfile
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from talagov.core.ballot_check import Verdict
from talagov.gui.auditor.auditor_window import AuditorWindow
from talagov.gui.auditor.opened import PollView
from talagov.gui.auditor.polls_tab import PollsTab
from talagov.gui.context import AppContext
from talagov.gui.main_window import MainWindow
from talagov.storage.database import Database
from tests.gui.conftest import make_ctx
from tests.gui.test_accessibility import _visit_tabs
from tests.verifier.meeting_setup import ExportedMeeting, export_meeting
from tests.verifier.tamper import Rewrite


@pytest.fixture
def exported(db: Database, tmp_path: Path) -> ExportedMeeting:
    return export_meeting(db, tmp_path)


@pytest.fixture
def main_window(qtbot: QtBot, exported: ExportedMeeting) -> Iterator[MainWindow]:
    ctx: AppContext = make_ctx(exported.assembly.db)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: not ctx.runner.busy, timeout=10_000)
    yield window
    qtbot.waitUntil(lambda: not ctx.runner.busy, timeout=10_000)
    window.close()


def _database_files(db: Database) -> dict[str, str]:
    """SHA-256 of the database file and of its journal files, if any."""
    folder = db.path.parent
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.iterdir()) if p.name.startswith(db.path.name)}


def _open(qtbot: QtBot, window: MainWindow, path: Path) -> AuditorWindow:
    auditor = window.open_archive(path)
    auditor.open_external = None
    with qtbot.waitSignal(auditor.verified, timeout=30_000):
        pass
    return auditor


def test_the_exported_meeting_is_all_green_and_the_database_is_untouched(
        qtbot: QtBot, main_window: MainWindow, exported: ExportedMeeting) -> None:
    db = exported.assembly.db
    before = _database_files(db)
    # File › Open archive… and the archive tab's « Verify now » lead here.
    assert main_window.open_archive_action.shortcut().toString() == "Ctrl+Shift+O"
    assert main_window.meetings_page.workspace.archive.open_auditor == main_window.open_archive
    auditor = _open(qtbot, main_window, exported.bundle)
    assert auditor.opened is not None and auditor.opened.verification.ok
    texts = auditor.checklist.line_texts()
    assert texts and all(t.startswith("✓") for t in texts)
    assert auditor.checklist.verdict.text().startswith("Every check holds")
    assert all(auditor.tabs.isTabEnabled(i) for i in range(auditor.tabs.count()))
    browse = auditor.browse
    assert browse.roll.model.rowCount() == 6
    assert browse.attendance.attendance.rowCount() >= 5
    assert browse.attendance.quorum.rowCount() >= 1 and browse.attendance.proxies.rowCount() == 1
    assert browse.polls.list.count() == 3
    # Resolution 1 is not secret: every ballot with its voter (7 received, one rejected).
    assert browse.polls.ballots.rowCount() == 7 and not browse.polls.ballots_table.isHidden()
    assert any(browse.polls.ballots.item_at(r).voter_name for r in range(7))
    assert "Fonderie du Val" in browse.minutes.text.toPlainText()
    assert _visit_tabs(auditor) == []
    auditor.close()
    qtbot.waitUntil(lambda: not auditor.runner.busy, timeout=5000)
    assert _database_files(db) == before


def test_a_secret_poll_shows_totals_only(qtbot: QtBot, main_window: MainWindow,
                                         exported: ExportedMeeting) -> None:
    auditor = _open(qtbot, main_window, exported.bundle)
    assert auditor.opened is not None
    view = auditor.opened.polls[0]
    poll = view.record.poll
    secret = replace(poll, definition=replace(poll.definition, secret=True))
    tab = PollsTab("en")
    qtbot.addWidget(tab)
    tab.show()
    tab.show_polls([PollView(replace(view.record, poll=secret), view.ballots, view.verdicts)])
    assert tab.ballots.rowCount() == 0 and not tab.ballots_table.isVisible()
    assert "only the totals" in tab.details.text()
    assert tab.ballots_caption.text().startswith("7 ballots received")
    assert view.verdicts[Verdict.COUNTED] == 5 and tab.counts.rowCount() >= 2
    auditor.close()


def test_minutes_and_documents_open_from_a_temporary_folder_removed_on_close(
        qtbot: QtBot, main_window: MainWindow, exported: ExportedMeeting) -> None:
    auditor = _open(qtbot, main_window, exported.bundle)
    opened: list[Path] = []
    auditor.open_external = opened.append
    with zipfile.ZipFile(exported.bundle) as archive:
        members = {n: archive.read(n) for n in archive.namelist()}
    with qtbot.waitSignal(auditor.browse.open_file_requested, timeout=10_000):
        auditor.browse.minutes.pdf_button.click()
    docs = auditor.browse.documents
    row = next(r for r in range(docs.model.rowCount())
               if docs.model.item_at(r).filename.endswith("rapport.txt"))
    docs.table.selectRow(row)
    with qtbot.waitSignal(auditor.browse.open_file_requested, timeout=10_000):
        docs.open_button.click()
    assert [p.name for p in opened] == ["1.pdf", opened[1].name]
    assert opened[0].read_bytes() == members["minutes/1.pdf"]
    assert opened[1].read_bytes() == b"Rapport de gestion 2025.\n"
    folder = auditor.browse.folder()
    assert all(p.is_relative_to(folder) for p in opened)
    printed = {docs.model.item_at(r).path for r in range(docs.model.rowCount())}
    assert {n for n in members if n.startswith("pdf/")} <= printed
    auditor.close()
    assert not folder.exists()


def test_a_tampered_ballot_shows_the_red_line_naming_its_file(
        qtbot: QtBot, main_window: MainWindow, exported: ExportedMeeting,
        tmp_path: Path) -> None:
    rewrite = Rewrite.of(exported.bundle, exported.assembly.org_key)
    ballot = next(n for n in sorted(rewrite.members) if n.startswith("ballots/"))
    tampered = rewrite.flip(ballot, 40).write(tmp_path / "tampered.zip", resign=False)
    auditor = _open(qtbot, main_window, tampered)
    assert auditor.opened is not None and not auditor.opened.verification.ok
    assert auditor.checklist.verdict.text().split(" ")[1:3] == ["of", str(
        len(auditor.opened.verification.lines))]
    red = [line for line in auditor.opened.verification.failures if line.file == ballot]
    assert red, auditor.opened.verification.failures
    current = auditor.checklist.tree.currentItem()
    assert current is not None and current.text(0).startswith("✗")
    places = [branch.child(j).text(1) for branch in auditor.checklist.branches()  # type: ignore[union-attr]
              for j in range(branch.childCount())]
    assert any(ballot in place for place in places)
    auditor.close()
