# SPDX-License-Identifier: GPL-3.0-or-later
"""Background work: one serial executor for database tasks, results back on the GUI thread.

Every service call runs on a single worker thread (SQLite writes are serialised, the
GUI never blocks); the worker never touches a widget. Results, failures and progress
travel back through Qt signals of a relay object living in the GUI thread (queued
connections). A progress dialog appears only if the task lasts more than 500 ms;
its Cancel button sets the task's :class:`~talagov.core.cancel.CancelToken`.

Usage::

    ctx.runner.run(self, lambda uow: members.add_member(uow, draft, now=now),
                   on_success=self._on_saved, label=self.tr("Saving member"))

A task function taking three parameters receives ``(uow, progress, cancel)``.
"""

from __future__ import annotations

import inspect
import logging
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from talagov.core.cancel import CancelToken
from talagov.core.errors import Cancelled
from talagov.services.changes import Changes
from talagov.services.uow import UnitOfWork
from talagov.storage.database import Database

log = logging.getLogger(__name__)

SHOW_PROGRESS_AFTER_MS = 500


class Task(QObject):
    """One submitted task. Its signals are delivered on the GUI thread."""

    succeeded = Signal(object)
    failed = Signal(object)
    progressed = Signal(int, int)
    finished = Signal()  # after succeeded or failed (for tests and chaining)

    def __init__(self, label: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.label = label
        self.token = CancelToken()
        self.result: Any = None
        self.error: BaseException | None = None


class TaskRunner(QObject):
    """Runs service calls on one worker thread and reports back on the GUI thread.

    ``changes_applied`` is emitted (after ``on_success``) whenever a task returns a
    :class:`Changes` — alone or as the last element of a tuple — so that every view
    can refresh what concerns it.
    """

    changes_applied = Signal(object)
    busy_changed = Signal(bool)

    def __init__(self, db: Database, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="talagov-db")
        self._pending = 0
        self._tasks: set[Task] = set()
        self._closed = False

    @property
    def busy(self) -> bool:
        """Whether a task is queued or running."""
        return self._pending > 0

    def run(
        self,
        parent: QWidget | None,
        fn: Callable[..., Any],
        *,
        on_success: Callable[[Any], None] | None = None,
        on_failure: Callable[[BaseException], None] | None = None,
        label: str = "",
        progress: bool = False,
    ) -> Task:
        """Submit ``fn`` (see module docstring); returns the :class:`Task`.

        After :meth:`shutdown` (the window closed) nothing runs any more: a timer or a
        queued refresh that fires then gets a task that never starts, not an error."""
        task = Task(label, self)
        if self._closed:
            return task
        self._tasks.add(task)
        wants_progress = len(inspect.signature(fn).parameters) >= 3
        dialog = self._progress_dialog(parent, task) if (progress or wants_progress) else None

        def done_ok(result: object) -> None:
            task.result = result
            if on_success is not None:
                on_success(result)
            changes = _changes_of(result)
            if changes is not None:
                self.changes_applied.emit(changes)

        def done_err(exc: object) -> None:
            assert isinstance(exc, BaseException)
            task.error = exc
            if isinstance(exc, Cancelled):
                return
            if on_failure is not None:
                on_failure(exc)
            else:
                from talagov.gui.errors import show_error

                show_error(parent, exc)

        def finish() -> None:
            if dialog is not None:
                dialog.reset()
                dialog.deleteLater()
            self._tasks.discard(task)
            self._pending -= 1
            if self._pending == 0:
                self.busy_changed.emit(False)

        task.succeeded.connect(done_ok, Qt.ConnectionType.QueuedConnection)
        task.failed.connect(done_err, Qt.ConnectionType.QueuedConnection)
        task.finished.connect(finish, Qt.ConnectionType.QueuedConnection)
        self._pending += 1
        if self._pending == 1:
            self.busy_changed.emit(True)
        self._pool.submit(self._work, task, fn, wants_progress)
        return task

    def _work(self, task: Task, fn: Callable[..., Any], wants_progress: bool) -> None:
        # Worker thread: only signals leave this function, never a widget call.
        try:
            with UnitOfWork(self.db) as uow:
                if wants_progress:
                    result = fn(uow, lambda done, total: task.progressed.emit(done, total), task.token)
                else:
                    result = fn(uow)
        except BaseException as exc:  # reported on the GUI thread
            if not isinstance(exc, Cancelled):
                log.debug("task %r failed", task.label, exc_info=exc)
            task.failed.emit(exc)
        else:
            task.succeeded.emit(result)
        finally:
            task.finished.emit()

    def _progress_dialog(self, parent: QWidget | None, task: Task) -> QProgressDialog:
        dialog = QProgressDialog(task.label, self.tr("Cancel"), 0, 0, parent)
        dialog.setWindowTitle(task.label or "TalaGov")
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(SHOW_PROGRESS_AFTER_MS)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.setAccessibleName(task.label)
        dialog.canceled.connect(task.token.cancel)

        def on_progress(done: int, total: int) -> None:
            dialog.setMaximum(max(total, 0))
            dialog.setValue(min(done, total) if total > 0 else 0)

        task.progressed.connect(on_progress, Qt.ConnectionType.QueuedConnection)
        # QProgressDialog only starts its timer on the first setValue.
        QTimer.singleShot(0, lambda: dialog.setValue(0))
        return dialog

    def shutdown(self) -> None:
        """Wait for running work and stop the worker (called when the window closes)."""
        self._closed = True
        self._pool.shutdown(wait=True, cancel_futures=False)


def _changes_of(result: object) -> Changes | None:
    if isinstance(result, Changes):
        return result
    if isinstance(result, tuple) and result and isinstance(result[-1], Changes):
        return result[-1]
    return None
