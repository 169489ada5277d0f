# SPDX-License-Identifier: GPL-3.0-or-later
"""Reading and saving the user's files (CSV, PDF) with errors the user can act on.

The GUI never touches the file system for documents itself: these functions run on
the task runner's thread, and an ``OSError`` becomes a :class:`UserError` naming the
file and the reason, instead of an "unexpected error".
"""

from __future__ import annotations

from pathlib import Path

from talagov.core.errors import UserError
from talagov.storage.files import write_atomically


def read_file(path: Path) -> bytes:
    """The content of ``path``.

    Raises:
        UserError: ``file.unreadable`` with ``path`` and ``reason``.
    """
    try:
        return Path(path).read_bytes()
    except OSError as exc:
        raise UserError("file.unreadable", {"path": str(path), "reason": exc.strerror or str(exc)}) from exc


def save_file(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` atomically (temporary file, fsync, rename).

    Raises:
        UserError: ``file.unwritable`` with ``path`` and ``reason``; any previous
            file at ``path`` is left intact.
    """
    try:
        write_atomically(Path(path), data)
    except OSError as exc:
        raise UserError("file.unwritable", {"path": str(path), "reason": exc.strerror or str(exc)}) from exc
