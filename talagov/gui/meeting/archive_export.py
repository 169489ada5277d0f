# SPDX-License-Identifier: GPL-3.0-or-later
"""Export a meeting's archive: where to (a save dialog), then the organisation's
passphrase, then the export on the task runner with its progress and Cancel.

The passphrase unlocks the organisation key on the worker, inside the export's own
task: the key never comes back to the GUI thread. A wrong passphrase, a meeting that
is not closed or a folder that cannot be written is said in the dialog, which stays
open; the export writes to a temporary name and renames it at the end, so a refusal
or a cancel leaves no file and the previous archive, if any, as it was.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QDir, Signal
from PySide6.QtWidgets import QFileDialog, QWidget

from talagov.core.cancel import CancelToken
from talagov.core.errors import Cancelled
from talagov.gui.context import AppContext
from talagov.gui.dialogs.passphrase_dialog import PassphraseDialog, TaskOf
from talagov.gui.help.terms import explain
from talagov.gui.i18n import arg
from talagov.gui.meeting.archive_data import with_suffix
from talagov.services import keys as keys_service
from talagov.services.uow import UnitOfWork

#: ``export_meeting``'s shape: ``(uow, meeting_id, path, *, org_key, progress, cancelled)``.
ExportFn = Callable[..., Any]
Progress = Callable[[int, int], None]


def ask_archive_path(parent: QWidget, suggested: Path) -> Path | None:
    """Ask where to write the archive, proposing ``suggested`` (``None``: cancelled)."""
    chosen, _ = QFileDialog.getSaveFileName(
        parent, QCoreApplication.translate("ArchiveExport", "Export the archive"), str(suggested),
        QCoreApplication.translate("ArchiveExport", "Archives (*.zip)"))
    return with_suffix(Path(chosen)) if chosen else None


def suggested_path(name: str, last: Path | None) -> Path:
    """``name`` in the folder of the last export, else in the home folder."""
    folder = last.parent if last is not None and last.parent.is_dir() else Path(QDir.homePath())
    return folder / name


def export_task(export: ExportFn, meeting_id: int, path: Path) -> TaskOf:
    """The task the passphrase dialog runs: unlock the key, then export with progress
    and cancel (the runner shows the progress dialog for a three-parameter task)."""

    def task_of(passphrase: str) -> Callable[[Any], Any]:
        def work(uow: UnitOfWork, progress: Progress, cancel: CancelToken) -> Any:
            org_key = keys_service.unlock_organisation(uow, passphrase)
            cancel.raise_if_cancelled()
            return export(uow, meeting_id, path, org_key=org_key, progress=progress,
                          cancelled=lambda: cancel.cancelled)

        return work  # type: ignore[return-value]  # the runner passes progress and cancel

    return task_of


class ExportDialog(PassphraseDialog):
    """The passphrase dialog of the export; a cancel during the export closes it.

    Signals:
        cancelled(): the export was cancelled from its progress dialog (nothing written).
    """

    cancelled = Signal()

    def __init__(self, ctx: AppContext, meeting_title: str, path: Path, task_of: TaskOf,
                 parent: QWidget | None = None) -> None:
        super().__init__(
            ctx, self.tr("Export the archive"),
            arg(self.tr("Export the archive of “%1” to %2? The organisation's passphrase "
                        "signs the list of its files and their fingerprints, so that anyone "
                        "can check that nothing was added, removed or changed."),
                meeting_title, str(path)),
            task_of, action=self.tr("&Export"), label=self.tr("Exporting the archive"),
            parent=parent)
        self.path = path
        self.passphrase.setToolTip(self.tr("The passphrase of the organisation's key, which "
                                           "signs the archive."))
        self.ok_button.setToolTip(self.tr("Write the signed archive to the file chosen."))
        explain(self.ok_button, "archive")

    def submit(self, fn: Callable[[Any], Any], label: str) -> None:
        """Run the export; as the base class, and a cancel also ends the dialog."""
        self._busy = True
        self.ok_button.setEnabled(False)
        task = self.ctx.runner.run(self, fn, on_success=self._on_task_succeeded,
                                   on_failure=self._on_task_failed, label=label)
        # The runner drops a Cancelled without calling on_failure; its error is set by
        # then (that slot was connected first). Cancel needs a click on the progress
        # dialog, so it cannot come before this connection.
        task.finished.connect(lambda: self._on_finished(task.error))

    def _on_finished(self, error: BaseException | None) -> None:
        if isinstance(error, Cancelled):
            self._busy = False
            self.ok_button.setEnabled(True)
            self.passphrase.clear()
            self.cancelled.emit()
            self.reject()
