# SPDX-License-Identifier: GPL-3.0-or-later
"""One pass over the shared folder at a time, per database.

The secretary's window watches the folder while ``talagov sync`` may run from a
terminal, or a second window may be open on the same database. Two passes that listed
the folder together would both import the same files, and the second to write would
fail on a unique constraint: nothing lost, but an "unexpected error" for the user. The
pass takes an advisory lock on a small file beside the database (``flock`` on Unix,
``msvcrt.locking`` on Windows) without waiting: a pass that finds it held says so, and
the next one does the work. The lock goes with the process (a killed pass never leaves
it held), and the file is never deleted (deleting it would let two holders coexist).
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

SUFFIX = ".sync-lock"


def lock_path(database: Path) -> Path:
    """The lock file of a database: ``<database>.sync-lock`` beside it."""
    return database.with_name(database.name + SUFFIX)


def _try_lock(fd: int) -> bool:
    if sys.platform == "win32":
        import msvcrt

        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True
    import fcntl

    try:
        # flock, not lockf: its lock belongs to the open file, so two passes of the same
        # process (the watcher and « Synchronise now ») exclude each other too.
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:  # BlockingIOError: held by another pass
        return False
    return True


def _unlock(fd: int) -> None:
    if sys.platform == "win32":
        import msvcrt

        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
    else:
        import fcntl

        fcntl.flock(fd, fcntl.LOCK_UN)


@contextmanager
def held(database: Path) -> Iterator[bool]:
    """Hold the pass lock of ``database`` for the block.

    Yields ``True`` when this pass may run: the lock is held, or the lock file cannot be
    made at all (a read-only directory: the database's own constraints still keep every
    ballot once, see ``services.sync_import``). Yields ``False`` when another pass holds
    it; nothing is waited for.
    """
    try:
        fd = os.open(lock_path(database), os.O_RDWR | os.O_CREAT | getattr(os, "O_CLOEXEC", 0),
                     0o600)
    except OSError:
        yield True
        return
    try:
        if not _try_lock(fd):
            yield False
            return
        try:
            yield True
        finally:
            _unlock(fd)
    finally:
        os.close(fd)
