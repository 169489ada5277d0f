# SPDX-License-Identifier: GPL-3.0-or-later
"""Notice when the secretary publishes something: a file watcher, and a timer as backstop.

:class:`QFileSystemWatcher` sees a new file in a watched directory at once on a local
disk, but not always on a network share or when a sync engine renames into place from
elsewhere, hence the 30-second timer. Bursts (a sync engine writing twenty files) are
folded into one :attr:`FolderWatcher.changed` after a short quiet time.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QFileSystemWatcher, QObject, QTimer, Signal

from talagov.core.sync_format import ORGANISATION_KINDS

POLL_MS = 30_000
QUIET_MS = 1_000


class FolderWatcher(QObject):
    """Watches ``<folder>/organisation`` and its directories.

    Signals:
        changed(): something may have changed; read the folder again.
    """

    changed = Signal()

    def __init__(self, parent: QObject | None = None, *, poll_ms: int = POLL_MS,
                 quiet_ms: int = QUIET_MS) -> None:  # fmt: skip
        super().__init__(parent)
        self.folder: Path | None = None
        self._watcher = QFileSystemWatcher(self)
        self._watcher.directoryChanged.connect(self._on_watcher_directory_changed)
        self._poll = QTimer(self)
        self._poll.setInterval(poll_ms)
        self._poll.timeout.connect(self._on_poll_timeout)
        self._quiet = QTimer(self)
        self._quiet.setSingleShot(True)
        self._quiet.setInterval(quiet_ms)
        self._quiet.timeout.connect(self.changed)

    def watch(self, folder: Path | None) -> None:
        """Watch ``folder`` (``None``: stop watching)."""
        self.folder = folder
        self._reset_paths()
        if folder is None:
            self._poll.stop()
            self._quiet.stop()
        else:
            self._poll.start()

    @property
    def watched(self) -> list[str]:
        """The directories watched now."""
        return self._watcher.directories()

    def _reset_paths(self) -> None:
        old = self._watcher.directories()
        if old:
            self._watcher.removePaths(old)
        if self.folder is None:
            return
        # organisation/ itself (the identity lives there, and its subdirectories may
        # appear later), then each subdirectory that exists already.
        wanted = [self.folder / directory for directory in ORGANISATION_KINDS]
        existing = [str(p) for p in dict.fromkeys(wanted) if p.is_dir()]
        if existing:
            self._watcher.addPaths(existing)

    def _on_watcher_directory_changed(self, _path: str) -> None:
        # A directory created after watching began is watched from now on.
        self._reset_paths()
        self._quiet.start()

    def _on_poll_timeout(self) -> None:
        self._reset_paths()
        self.changed.emit()
