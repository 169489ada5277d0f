# SPDX-License-Identifier: GPL-3.0-or-later
"""« Synchronise now »: one pass over the shared folder, in three tasks.

1. The plan (``sync_publish.plan_publish``): what ``organisation/`` lacks; no key.
2. Publishing: when something must be signed, the organisation's passphrase is asked
   (``PublishPassphraseDialog``); « Not now » publishes what needs no signature. Else
   publishing runs at once, without the key.
3. Reading the members' directories (``sync_import.import_folder``). Its ``Changes``
   reach every view through the task runner: the ballots show in the votes tab.

Publishing that is refused as a whole (a directory of ``organisation/`` replaced by a
link, another pass running, no organisation key) never keeps the members' files from
being read: the refusal is handed to the page (``publish_refused``) and the reading
runs all the same. A bug still ends the pass.

Publishing and reading show the runner's progress dialog, whose Cancel stops them; the
runner calls no callback for a cancelled task, so the work itself tells the GUI thread
(a queued signal) and the pass ends cleanly. What was done before the cancel stays: the
next pass finishes the work.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any, TypeVar

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QWidget

from talagov.core.cancel import CancelToken
from talagov.core.errors import Cancelled, UserError
from talagov.gui.context import AppContext
from talagov.gui.widgets.sync_publish_dialog import PublishPassphraseDialog
from talagov.services import sync_import, sync_publish
from talagov.services.changes import Changes
from talagov.services.sync_import import ImportReport
from talagov.services.sync_publish import PublishPlan, PublishReport

T = TypeVar("T")


class SyncPass(QObject):
    """Runs passes for ``parent`` (the page), one at a time.

    Signals:
        published(object): the ``PublishReport`` (also when there was nothing to write).
        publish_refused(object): the ``UserError`` that kept the pass from publishing
            anything; the reading follows all the same.
        read(object): the ``ImportReport`` of the reading.
        ended(): the pass is over, done, failed or cancelled.
        cancelled(): the user cancelled it.
        failed(object): the exception that stopped it (the caller shows it).
    """

    published = Signal(object)
    publish_refused = Signal(object)
    read = Signal(object)
    ended = Signal()
    cancelled = Signal()
    failed = Signal(object)
    _cancelled_on_worker = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.widget = parent
        self.clock: Callable[[], datetime] = datetime.now
        self.dialog: PublishPassphraseDialog | None = None
        self.running = False
        self._cancelled_on_worker.connect(self._on_cancelled, Qt.ConnectionType.QueuedConnection)

    def start(self, folder: Path) -> bool:
        """Start a pass over ``folder``; ``False`` if one is under way."""
        if self.running:
            return False
        self.running = True
        now, lang = self.clock(), self.ctx.lang
        self.ctx.runner.run(self.widget,
                            lambda uow: sync_publish.plan_publish(uow, folder, now=now, lang=lang),
                            on_success=lambda plan: self._on_planned(folder, plan),
                            on_failure=lambda exc: self._on_publish_failed(folder, exc),
                            label=self.tr("Preparing the synchronisation"))
        return True

    def _on_planned(self, folder: Path, plan: PublishPlan) -> None:
        if not plan.files:
            self._on_published(folder, PublishReport((), 0, (), plan.damaged, plan.problems))
        elif plan.needs_key:
            self.dialog = PublishPassphraseDialog(self.ctx, folder, plan, self.clock, self.relay,
                                                  parent=self.widget)
            self.dialog.saved.connect(lambda report: self._on_published(folder, report))
            self.dialog.declined.connect(lambda: self._publish(folder))
            self.dialog.open()
        else:
            self._publish(folder)

    def _publish(self, folder: Path) -> None:
        """Publish what needs no signature (the rest is ``left`` in the report)."""
        self.dialog = None
        now, lang, relay = self.clock(), self.ctx.lang, self.relay

        def work(uow: Any, progress: Any, cancel: CancelToken) -> PublishReport:
            return relay(lambda: sync_publish.publish(uow, folder, org_key=None, now=now,
                                                      cancel=cancel, progress=progress, lang=lang))

        self.ctx.runner.run(self.widget, work, on_success=lambda r: self._on_published(folder, r),
                            on_failure=lambda exc: self._on_publish_failed(folder, exc),
                            label=self.tr("Publishing"))

    def _on_publish_failed(self, folder: Path, exc: BaseException) -> None:
        """A refusal to publish is said and the folder read anyway; a bug ends the pass."""
        if not isinstance(exc, UserError):
            self._on_failed(exc)
            return
        self.dialog = None
        self.publish_refused.emit(exc)
        self._read(folder)

    def _on_published(self, folder: Path, report: object) -> None:
        self.dialog = None
        self.published.emit(report)
        self._read(folder)

    def _read(self, folder: Path) -> None:
        now, relay = self.clock(), self.relay

        def work(uow: Any, progress: Any, cancel: CancelToken) -> tuple[ImportReport, Changes]:
            return relay(lambda: sync_import.import_folder(uow, folder, now=now, cancel=cancel,
                                                           progress=progress))

        self.ctx.runner.run(self.widget, work, on_success=self._on_read,
                            on_failure=self._on_failed, label=self.tr("Reading the shared folder"))

    def _on_read(self, result: tuple[ImportReport, Changes]) -> None:
        self.read.emit(result[0])
        self._end()

    def relay(self, fn: Callable[[], T]) -> T:
        """Run ``fn`` (on the worker) and tell the GUI thread if it was cancelled."""
        try:
            return fn()
        except Cancelled:
            self._cancelled_on_worker.emit()
            raise

    def _on_cancelled(self) -> None:
        if self.dialog is not None:
            self.dialog.close_quietly()
        self.cancelled.emit()
        self._end()

    def _on_failed(self, exc: BaseException) -> None:
        self.failed.emit(exc)
        self._end()

    def _end(self) -> None:
        self.dialog = None
        self.running = False
        self.ended.emit()
