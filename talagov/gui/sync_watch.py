# SPDX-License-Identifier: GPL-3.0-or-later
"""Watching the shared folder: an import-only pass when members' files arrive.

A :class:`QFileSystemWatcher` follows ``members/`` and, under it, each install's
directory and its ``requests/``, ``proxies/`` and ``ballots/`` (the folder itself too, so
that a ``members/`` created later is seen). Only directories are watched: a new file
changes its directory, and a sync engine renames its temporary file into place, which
is a change of the directory as well. New directories (a member's install joining)
re-arm the watcher at each event and at each tick.

Events come in bursts (a sync engine writes many files, each in several steps): a pass
starts :data:`QUIET_MS` after the last event, but never later than :data:`MAX_DELAY_MS`
after the first, so that a folder that never stays quiet is still read. A 30-second
timer runs a pass anyway, since a network share (SMB, NFS) does not notify changes made
by other machines. A pass runs on the task runner with no dialog (it is background
work); only one runs at a time, and an event during a pass asks for one more after it.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QElapsedTimer, QFileSystemWatcher, QObject, QTimer, Signal

from talagov.core import sync_format
from talagov.core.cancel import CancelToken
from talagov.gui.tasks import Task, TaskRunner
from talagov.services import sync_import

log = logging.getLogger(__name__)

POLL_MS = 30_000  # a pass at least this often, notified or not
QUIET_MS = 1_500  # the burst is over when nothing changed for this long
MAX_DELAY_MS = 10_000  # ... or when this long has passed since its first event

#: ``(uow, folder, cancel) -> result``: the pass (``sync_import.import_folder`` by default).
PassFn = Callable[[Any, Path, CancelToken], Any]


def watched_directories(folder: Path) -> list[Path]:
    """The folder, ``members/``, each install's directory and its three sub-directories
    that exist now (sorted, so that re-arming compares lists)."""
    found = [folder]
    members = folder / sync_format.MEMBERS_DIR
    if not members.is_dir():
        return found
    found.append(members)
    try:
        installs = sorted(p for p in members.iterdir() if p.is_dir() and not p.name.startswith("."))
    except OSError:  # unmounted share, permissions: the next tick tries again
        return found
    for install in installs:
        found.append(install)
        found.extend(sub for name in sync_format.MEMBER_KINDS
                     if (sub := install / name).is_dir())
    return found


def import_pass(clock: Callable[[], datetime]) -> PassFn:
    """The import-only pass of the organisation's install, stamped by ``clock``."""

    def work(uow: Any, folder: Path, cancel: CancelToken) -> Any:
        return sync_import.import_folder(uow, folder, now=clock(), cancel=cancel)

    return work


class SyncWatcher(QObject):
    """Runs ``work`` on ``runner`` when the watched folder changes, and every tick.

    ``hold()`` keeps it from starting a pass (while the page runs its own full pass);
    ``release()`` runs the one asked for meanwhile. The page owns the result: signals
    carry it, and the runner emits its ``Changes`` for every view.

    Signals:
        pass_started(): a pass was submitted.
        pass_finished(object): its result (``(ImportReport, Changes)`` by default).
        pass_failed(object): the exception it raised (not for a cancelled pass).
        armed(): the directories watched were re-read (tests wait on it).
    """

    pass_started = Signal()
    pass_finished = Signal(object)
    pass_failed = Signal(object)
    armed = Signal()

    def __init__(self, runner: TaskRunner, parent: QObject | None = None, *,
                 work: PassFn | None = None, poll_ms: int = POLL_MS, quiet_ms: int = QUIET_MS,
                 max_delay_ms: int = MAX_DELAY_MS) -> None:
        super().__init__(parent)
        self.runner = runner
        self.clock: Callable[[], datetime] = datetime.now
        self.work: PassFn = work if work is not None else import_pass(lambda: self.clock())
        self.folder: Path | None = None
        self.task: Task | None = None
        self._token: CancelToken | None = None
        self._held = False
        self._wanted = False
        self._max_delay_ms = max_delay_ms
        self._since_first = QElapsedTimer()
        self.watcher = QFileSystemWatcher(self)
        self.watcher.directoryChanged.connect(self._on_watcher_directory_changed)
        self.quiet = QTimer(self)
        self.quiet.setSingleShot(True)
        self.quiet.setInterval(quiet_ms)
        self.quiet.timeout.connect(self._on_quiet_timeout)
        self.tick = QTimer(self)
        self.tick.setInterval(poll_ms)
        self.tick.timeout.connect(self._on_tick_timeout)

    # -- state -------------------------------------------------------------------------

    @property
    def active(self) -> bool:
        """Whether a folder is being watched."""
        return self.folder is not None

    @property
    def running(self) -> bool:
        """Whether a pass of this watcher is submitted and not finished."""
        return self.task is not None

    def watch(self, folder: Path | None) -> None:
        """Watch ``folder`` (``None``: stop). A pass runs at once, to catch up with what
        arrived while nobody was watching."""
        self.stop()
        if folder is None:
            return
        self.folder = Path(folder)
        self.rearm()
        self.tick.start()
        self.request()

    def stop(self) -> None:
        """Stop watching; a pass under way is asked to stop (its batch is rolled back and
        the next pass finishes the work)."""
        self.folder = None
        self.tick.stop()
        self.quiet.stop()
        self._wanted = False
        paths = self.watcher.directories()
        if paths:
            self.watcher.removePaths(paths)
        if self._token is not None:
            self._token.cancel()
        self.task, self._token = None, None

    def hold(self) -> None:
        """Start no pass until :meth:`release` (the page runs one of its own)."""
        self._held = True

    def release(self) -> None:
        """Allow passes again, and run the one asked for while held."""
        self._held = False
        if self._wanted:
            self._start()

    # -- triggers ----------------------------------------------------------------------

    def rearm(self) -> None:
        """Watch the directories that exist now (new installs, new sub-directories)."""
        if self.folder is None:
            return
        wanted = {str(p) for p in watched_directories(self.folder)}
        current = set(self.watcher.directories())
        gone, new = sorted(current - wanted), sorted(wanted - current)
        if gone:
            self.watcher.removePaths(gone)
        if new:
            failed = self.watcher.addPaths(new)
            if failed:  # out of inotify watches: the tick still reads the folder
                log.info("not watched: %s", failed)
        self.armed.emit()

    def request(self) -> None:
        """Ask for a pass: at once if none is running, else one more after it."""
        self._wanted = True
        self.quiet.stop()
        self._start()

    def _on_watcher_directory_changed(self, _path: str) -> None:
        self.rearm()
        if not self.quiet.isActive():
            self._since_first.start()
        if self._since_first.isValid() and self._since_first.elapsed() >= self._max_delay_ms:
            self.request()  # the folder never stays quiet: read it now
        else:
            self.quiet.start()

    def _on_quiet_timeout(self) -> None:
        self.request()

    def _on_tick_timeout(self) -> None:
        self.rearm()
        self.request()

    # -- the pass ----------------------------------------------------------------------

    def _start(self) -> None:
        if self.folder is None or self._held or self.task is not None:
            return  # a pass is running: _finish starts the one wanted
        self._wanted = False
        self._since_first.invalidate()
        folder, work, token = self.folder, self.work, CancelToken()
        self._token = token

        # One parameter: the runner shows no progress dialog for background work.
        def run(uow: Any) -> Any:
            return work(uow, folder, token)

        def succeeded(result: object) -> None:
            if self._finish(token):
                self.pass_finished.emit(result)

        def failed(exc: BaseException) -> None:
            if self._finish(token):
                self.pass_failed.emit(exc)

        try:
            # A cancelled task calls neither callback: stop() forgets it instead.
            self.task = self.runner.run(None, run, on_success=succeeded, on_failure=failed,
                                        label=self.tr("Reading the shared folder"))
        except RuntimeError:  # the runner is shut down: the window is closing
            self.stop()
            return
        self.pass_started.emit()

    def _finish(self, token: CancelToken) -> bool:
        """The pass of ``token`` ended; whether it is still the current one."""
        if token is not self._token:
            return False  # a pass stopped and forgotten, which ended anyway
        self.task, self._token = None, None
        if self._wanted:
            QTimer.singleShot(0, self._start)  # after the result is shown
        return True
