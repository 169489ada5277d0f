# SPDX-License-Identifier: GPL-3.0-or-later
"""Background work on files, with no database: the verification of a bundle, extractions.

:class:`~talagov.gui.tasks.TaskRunner` opens a unit of work on the install's database
for every task; the auditor mode must never do so (an auditor may have no database at
all, and nothing in theirs may change). :class:`FileJobRunner` runs plain functions on a
private :class:`QThreadPool` of one thread instead. As with the task runner, the worker
never touches a widget: results, failures and progress travel back through the signals
of a :class:`FileJob` living on the GUI thread (queued connections).

Usage::

    job = runner.run(lambda progress, cancelled: verify_bundle(path, progress=progress,
                                                               cancelled=cancelled),
                     on_success=self._on_verified, on_failure=self._on_failed,
                     on_progress=self._on_progress)
    cancel_button.clicked.connect(job.cancel)

The callbacks are connected before the work starts, so that none of its signals is
emitted unseen.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal

log = logging.getLogger(__name__)

#: ``fn(progress, cancelled)``: ``progress(done, total)`` reports, ``cancelled()`` polls.
JobFunction = Callable[[Callable[[int, int], None], Callable[[], bool]], Any]


class FileJob(QObject):
    """One submitted job. Its signals are delivered on the GUI thread.

    Signals:
        progressed(int, int): ``(done, total)`` as the function reports it.
        succeeded(object): the function's result.
        failed(object): the exception it raised (cancellation included).
        finished(): after ``succeeded`` or ``failed``.
    """

    progressed = Signal(int, int)
    succeeded = Signal(object)
    failed = Signal(object)
    finished = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._cancel = threading.Event()
        self.done = False
        self.result: Any = None
        self.error: BaseException | None = None

    def cancel(self) -> None:
        """Ask the function to stop (it sees ``cancelled()`` turn true)."""
        self._cancel.set()

    def is_cancelled(self) -> bool:
        """Whether :meth:`cancel` was called (thread-safe)."""
        return self._cancel.is_set()


class _Runnable(QRunnable):
    def __init__(self, job: FileJob, fn: JobFunction) -> None:
        super().__init__()
        self.job, self.fn = job, fn

    def run(self) -> None:
        # Worker thread: only signals leave this method, never a widget call.
        job = self.job
        last = [-1]

        def progress(done: int, total: int) -> None:
            # A check of 5,000 ballots reports 5,000 times: one signal per percent is
            # enough for a progress bar and keeps the GUI thread's queue short.
            percent = done * 100 // total if total > 0 else 0
            if percent != last[0] or done >= total:
                last[0] = percent
                job.progressed.emit(done, total)

        try:
            result = self.fn(progress, job.is_cancelled)
        except BaseException as exc:  # reported on the GUI thread
            log.debug("file job failed", exc_info=exc)
            job.failed.emit(exc)
        else:
            job.succeeded.emit(result)
        finally:
            job.finished.emit()


class FileJobRunner(QObject):
    """Runs file jobs one at a time on a private worker thread."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._jobs: set[FileJob] = set()

    @property
    def busy(self) -> bool:
        """Whether a job is queued or running."""
        return bool(self._jobs)

    def run(
        self,
        fn: JobFunction,
        *,
        on_success: Callable[[Any], None] | None = None,
        on_failure: Callable[[BaseException], None] | None = None,
        on_progress: Callable[[int, int], None] | None = None,
    ) -> FileJob:
        """Submit ``fn(progress, cancelled)``; the callbacks run on the GUI thread."""
        job = FileJob(self)
        self._jobs.add(job)

        def done_ok(result: object) -> None:
            job.result = result
            if on_success is not None:
                on_success(result)

        def done_err(exc: object) -> None:
            assert isinstance(exc, BaseException)
            job.error = exc
            if on_failure is not None:
                on_failure(exc)

        def finish() -> None:
            job.done = True
            self._jobs.discard(job)

        job.succeeded.connect(done_ok, Qt.ConnectionType.QueuedConnection)
        job.failed.connect(done_err, Qt.ConnectionType.QueuedConnection)
        job.finished.connect(finish, Qt.ConnectionType.QueuedConnection)
        if on_progress is not None:
            job.progressed.connect(on_progress, Qt.ConnectionType.QueuedConnection)
        runnable = _Runnable(job, fn)
        runnable.setAutoDelete(True)
        self._pool.start(runnable)
        return job

    def shutdown(self) -> None:
        """Cancel every job and wait for the worker (called when the window closes)."""
        for job in list(self._jobs):
            job.cancel()
        self._pool.waitForDone()
