# SPDX-License-Identifier: GPL-3.0-or-later
"""Exporting the archive from its tab: where to, the organisation's passphrase, the
export with progress and Cancel (the export function injected), refusals that change
nothing; then end to end, a closed AG with signed minutes exported through the main
window into a ZIP whose manifest names the meeting, and verified at once in the
auditor's window."""

from __future__ import annotations

import json
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric import ec
from PySide6.QtWidgets import QFileDialog, QProgressDialog, QWidget
from pytestqt.qtbot import QtBot

from talagov.core import bundle_format
from talagov.core.meetings import MeetingStatus
from talagov.gui.context import AppContext
from talagov.gui.meeting.archive_data import remember_export, remembered_export
from talagov.gui.meeting.archive_tab import ArchiveTab
from talagov.messages import render_error
from talagov.services import journal, keys
from talagov.services.uow import UnitOfWork
from tests.gui.conftest import type_text
from tests.gui.meeting.archive_setup import FakeExport, close_tab, open_tab, start_export
from tests.gui.meeting.minutes_setup import ORG_PASS, ClosedMeeting, make_closed_meeting
from tests.gui.test_accessibility import _unnamed


@pytest.fixture
def out(tmp_path: Path) -> Path:
    """Where archives are written (the test database sits in ``tmp_path``)."""
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


@pytest.fixture
def closed(ctx: AppContext) -> ClosedMeeting:
    return make_closed_meeting(ctx.db)


@pytest.fixture
def tab(qtbot: QtBot, ctx: AppContext, closed: ClosedMeeting) -> Iterator[ArchiveTab]:
    widget = open_tab(qtbot, ctx, closed.meeting_id)
    yield widget
    close_tab(qtbot, ctx, widget)


# -- the flow, with the export injected --------------------------------------------------


def test_export_asks_where_then_the_passphrase_and_shows_the_archive(
        qtbot: QtBot, ctx: AppContext, tab: ArchiveTab, closed: ClosedMeeting,
        out: Path) -> None:
    fake = FakeExport()
    tab.export = fake
    asked: list[Path] = []

    def ask(_parent: QWidget, suggested: Path) -> Path:
        asked.append(suggested)
        return out / "ag.zip"

    assert tab.export_button.isEnabled()
    tab.ask_path = ask
    tab.export_button.click()
    dialog = tab.dialog
    assert dialog is not None and dialog.isVisible()
    assert asked[0].name.startswith("2026-11-22-") and asked[0].suffix == ".zip"
    assert str(out / "ag.zip") in dialog.intro.text()
    assert _unnamed(dialog) == []
    type_text(dialog.passphrase, ORG_PASS)
    with qtbot.waitSignal(tab.exported, timeout=10_000) as exported:
        dialog.ok_button.click()
    assert exported.args == [out / "ag.zip"]
    assert not dialog.isVisible()
    assert [(c["meeting_id"], c["path"]) for c in fake.calls] == [
        (closed.meeting_id, out / "ag.zip")]
    assert isinstance(fake.calls[0]["org_key"], ec.EllipticCurvePrivateKey)  # unlocked
    qtbot.waitUntil(lambda: tab.last_box.isVisible(), timeout=10_000)
    assert tab.path_field.text() == str(out / "ag.zip")
    assert tab.size_label.text() == "Size: 22 octets"
    with UnitOfWork(ctx.db) as uow:
        key = keys.organisation_key(uow)
    assert key is not None and tab.fingerprint.text() == key.readable
    assert "The archive was exported" in tab.notice.text()
    assert tab.window().focusWidget() is tab.verify_button  # the next step
    assert remembered_export(ctx.db.path, closed.meeting_id) == out / "ag.zip"
    requested: list[object] = []
    opened: list[Path] = []
    tab.verify_requested.connect(requested.append)
    tab.open_auditor = opened.append
    tab.verify_button.click()
    assert requested == [out / "ag.zip"] and opened == [out / "ag.zip"]


def test_the_next_export_is_proposed_in_the_folder_of_the_last(
        qtbot: QtBot, ctx: AppContext, closed: ClosedMeeting, out: Path) -> None:
    remember_export(ctx.db.path, closed.meeting_id, out / "old-name.zip")
    (out / "old-name.zip").write_bytes(b"PK")
    widget = open_tab(qtbot, ctx, closed.meeting_id)
    assert widget.path_field.text() == str(out / "old-name.zip")  # shown on loading
    asked: list[Path] = []

    def cancelled(_parent: QWidget, suggested: Path) -> None:
        asked.append(suggested)

    widget.ask_path = cancelled
    assert widget.start_export() is None  # the save dialog was cancelled: nothing asked
    assert asked[0].parent == out and asked[0].name.startswith("2026-11-22-")
    close_tab(qtbot, ctx, widget)


def test_a_wrong_passphrase_is_said_and_nothing_is_written(
        qtbot: QtBot, ctx: AppContext, tab: ArchiveTab, closed: ClosedMeeting,
        out: Path) -> None:
    fake = FakeExport()
    tab.export = fake
    dialog = start_export(tab, out / "ag.zip", "pas la bonne")
    with qtbot.waitSignal(dialog.failed, timeout=10_000):
        dialog.ok_button.click()
    assert dialog.isVisible() and dialog.passphrase.text() == ""
    assert dialog.message_bar.text() == render_error("keys.wrong_passphrase", {}, "fr")
    assert fake.calls == [] and list(out.iterdir()) == []
    assert remembered_export(ctx.db.path, closed.meeting_id) is None
    assert tab.last_box.isHidden()
    dialog.reject()


def test_cancel_in_the_progress_dialog_stops_the_export_and_says_so(
        qtbot: QtBot, ctx: AppContext, tab: ArchiveTab, closed: ClosedMeeting,
        out: Path) -> None:
    fake = FakeExport(wait_for_cancel=True)
    tab.export = fake
    dialog = start_export(tab, out / "ag.zip")
    dialog.ok_button.click()

    def progress() -> QProgressDialog | None:
        found = [w for w in dialog.findChildren(QProgressDialog) if w.isVisible()]
        return found[0] if found else None

    qtbot.waitUntil(lambda: progress() is not None, timeout=10_000)  # after half a second
    shown = progress()
    assert shown is not None and shown.labelText() == "Exporting the archive"
    with qtbot.waitSignal(dialog.cancelled, timeout=10_000):
        shown.cancel()
    assert not dialog.isVisible()
    assert tab.notice.text() == "Export cancelled: no archive was written."
    assert len(fake.calls) == 1 and list(out.iterdir()) == []
    assert remembered_export(ctx.db.path, closed.meeting_id) is None


# -- end to end: the real export -----------------------------------------------------------


def test_a_closed_ag_with_signed_minutes_is_exported_then_verified_in_the_auditor_window(
        qtbot: QtBot, ctx: AppContext, closed: ClosedMeeting, out: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    from talagov.gui.main_window import MEETINGS_PAGE, MainWindow
    from talagov.gui.meeting.workspace import ARCHIVE_TAB

    closed.sign_all()
    asked: list[str] = []

    def save_dialog(_parent: QWidget, _title: str, suggested: str, _filters: str) -> tuple[str, str]:
        asked.append(suggested)
        return str(out / "ag-2026"), "Archives (*.zip)"  # typed without its suffix

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_dialog)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    window.sidebar.setCurrentRow(MEETINGS_PAGE)
    workspace = window.meetings_page.workspace
    qtbot.waitUntil(lambda: workspace.meeting is not None, timeout=10_000)
    workspace.tabs.setCurrentIndex(ARCHIVE_TAB)
    tab = workspace.archive
    qtbot.waitUntil(lambda: tab.data is not None and tab.data.meeting.id == closed.meeting_id,
                    timeout=10_000)
    assert "its archive is complete" in tab.state.text()
    tab.export_button.click()
    dialog = tab.dialog
    assert dialog is not None and dialog.isVisible()
    assert Path(asked[0]).name == "2026-11-22-assemblee-generale-2026.zip"
    type_text(dialog.passphrase, ORG_PASS)
    target = out / "ag-2026.zip"
    with qtbot.waitSignal(tab.exported, timeout=60_000):
        dialog.ok_button.click()
    with zipfile.ZipFile(target) as bundle:
        assert bundle.testzip() is None
        manifest = bundle_format.parse_manifest(json.loads(bundle.read(bundle_format.MANIFEST)))
        names = set(bundle.namelist())
    assert (manifest.meeting_id, manifest.meeting_title) == (closed.meeting_id,
                                                             "Assemblée générale 2026")
    assert {bundle_format.README_FR, bundle_format.MINUTES, bundle_format.POLLS} <= names
    with UnitOfWork(ctx.db) as uow:
        key = keys.organisation_key(uow)
        assert journal.pending(uow) == 0  # the export sealed the journal
    assert key is not None and manifest.organisation_fingerprint == key.fingerprint
    qtbot.waitUntil(lambda: tab.last_box.isVisible(), timeout=10_000)
    assert tab.path_field.text() == str(target)
    assert tab.fingerprint.text() == key.readable
    assert tab.size_label.text() == "Size: " + tab.size_text(target.stat().st_size)
    tab.verify_button.click()
    auditor = window.auditor_windows[-1]
    with qtbot.waitSignal(auditor.verified, timeout=60_000):
        pass
    assert auditor.path == target
    assert auditor.opened is not None and auditor.opened.verification.ok
    auditor.close()
    qtbot.waitUntil(lambda: not ctx.runner.busy, timeout=10_000)


def test_an_unwritable_folder_is_said_in_the_dialog_and_changes_nothing(
        qtbot: QtBot, ctx: AppContext, tab: ArchiveTab, closed: ClosedMeeting,
        out: Path) -> None:
    target = out / "clé débranchée" / "ag.zip"
    with UnitOfWork(ctx.db) as uow:
        pending = journal.pending(uow)
    assert pending > 0
    dialog = start_export(tab, target)
    with qtbot.waitSignal(dialog.failed, timeout=60_000):
        dialog.ok_button.click()
    assert dialog.isVisible()
    assert dialog.message_bar.text() == render_error(
        "file.unwritable", {"path": str(target), "reason": "No such file or directory"}, "fr")
    with UnitOfWork(ctx.db) as uow:
        assert journal.pending(uow) == pending  # the sealing was rolled back with the rest
    assert remembered_export(ctx.db.path, closed.meeting_id) is None
    assert tab.last_box.isHidden() and tab.notice.isHidden()
    assert list(out.iterdir()) == []
    dialog.reject()


def test_a_meeting_that_is_not_closed_is_refused_in_the_dialog(
        qtbot: QtBot, ctx: AppContext, out: Path) -> None:
    from dataclasses import replace

    from tests.gui.meeting.votes_setup import make_votes_meeting

    assembly = make_votes_meeting(ctx.db)  # in session
    widget = open_tab(qtbot, ctx, assembly.meeting_id)
    assert widget.data is not None and not widget.export_button.isEnabled()
    # What the tab believed a moment ago (say, from another window): the export checks again.
    stale = replace(widget.data, meeting=replace(widget.data.meeting, status=MeetingStatus.CLOSED))
    widget._show(stale)
    dialog = start_export(widget, out / "ag.zip")
    with qtbot.waitSignal(dialog.failed, timeout=60_000):
        dialog.ok_button.click()
    assert dialog.message_bar.text() == render_error(
        "archive.not_closed", {"title": "Assemblée générale 2026"}, "fr")
    assert list(out.iterdir()) == []
    dialog.reject()
    close_tab(qtbot, ctx, widget)
