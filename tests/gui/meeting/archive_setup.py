# SPDX-License-Identifier: GPL-3.0-or-later
"""Helpers of the archive tab tests: a stand-in for ``export_meeting``, a tab loaded on
a meeting, and the start of an export up to the passphrase typed."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

from pytestqt.qtbot import QtBot

from talagov.core.errors import Cancelled
from talagov.gui.context import AppContext
from talagov.gui.meeting.archive_export import ExportDialog
from talagov.gui.meeting.archive_tab import ArchiveTab
from talagov.services.uow import UnitOfWork
from tests.gui.conftest import type_text
from tests.gui.meeting.minutes_setup import ORG_PASS
from tests.gui.meeting.votes_setup import close_widget

EMPTY_ZIP = b"PK\x05\x06" + bytes(18)


class FakeExport:
    """Stands for ``export_meeting``: records its calls and writes an empty ZIP, or fails
    with ``fail``, or (``wait_for_cancel``) waits until it is cancelled."""

    def __init__(self, fail: BaseException | None = None, *, wait_for_cancel: bool = False) -> None:
        self.calls: list[dict[str, Any]] = []
        self.fail, self.wait_for_cancel = fail, wait_for_cancel

    def __call__(self, uow: UnitOfWork, meeting_id: int, path: Path, *, org_key: object,
                 progress: Any, cancelled: Any) -> str:
        self.calls.append({"meeting_id": meeting_id, "path": path, "org_key": org_key})
        progress(1, 3)
        if self.wait_for_cancel:
            deadline = time.monotonic() + 10
            while not cancelled() and time.monotonic() < deadline:
                time.sleep(0.01)
            raise Cancelled()
        if self.fail is not None:
            raise self.fail
        path.write_bytes(EMPTY_ZIP)
        progress(3, 3)
        return "exported"


def open_tab(qtbot: QtBot, ctx: AppContext, meeting_id: int) -> ArchiveTab:
    """An archive tab shown on ``meeting_id``, following the runner's changes."""
    widget = ArchiveTab(ctx)
    ctx.runner.changes_applied.connect(widget.on_changes)
    widget.resize(900, 700)
    widget.show()
    with qtbot.waitSignal(widget.loaded, timeout=10_000):
        widget.set_meeting(meeting_id)
    return widget


def close_tab(qtbot: QtBot, ctx: AppContext, widget: ArchiveTab) -> None:
    """Stop following the runner, let its tasks end, close the tab."""
    ctx.runner.changes_applied.disconnect(widget.on_changes)
    qtbot.waitUntil(lambda: not ctx.runner.busy, timeout=10_000)
    close_widget(widget)


def start_export(tab: ArchiveTab, target: Path, passphrase: str = ORG_PASS) -> ExportDialog:
    """Export to ``target`` (the save dialog answered) up to the passphrase typed."""
    tab.ask_path = lambda _parent, _suggested: target
    dialog = tab.start_export()
    assert dialog is not None and dialog.isVisible()
    type_text(dialog.passphrase, passphrase)
    return dialog
