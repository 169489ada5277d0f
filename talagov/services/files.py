# SPDX-License-Identifier: GPL-3.0-or-later
"""Reading and saving the user's files (CSV, PDF) with errors the user can act on.

The GUI never touches the file system for documents itself: these functions run on
the task runner's thread, and an ``OSError`` becomes a :class:`UserError` naming the
file and the reason, instead of an "unexpected error".
"""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path, PurePosixPath

from talagov.core.errors import UserError
from talagov.storage.files import write_atomically

# O_NOFOLLOW / O_NONBLOCK do not exist on Windows; the lstat check below stands in.
_READ_FLAGS = (
    os.O_RDONLY
    | getattr(os, "O_NOFOLLOW", 0)
    | getattr(os, "O_NONBLOCK", 0)
    | getattr(os, "O_CLOEXEC", 0)
    | getattr(os, "O_BINARY", 0)
)
_CHUNK = 1 << 20


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


def read_regular(path: Path, limit: int) -> bytes:
    """Read a regular file of the shared folder without following a link or blocking.

    Anyone who can write to the shared folder can leave a symbolic link (to
    ``/dev/zero``, to a private file), a FIFO or a directory under a name we read:
    the file is opened with ``O_NOFOLLOW | O_NONBLOCK``, checked with ``fstat`` on the
    descriptor actually opened (no race with a swap), and at most ``limit + 1`` bytes
    are read.

    Raises:
        UserError: ``file.not_regular`` (``path``) for a link, FIFO, device or
            directory; ``file.too_large`` (``path``, ``limit``) beyond ``limit`` bytes.
        OSError: the file vanished or is locked; callers read it again next time.
    """
    path = Path(path)
    if not hasattr(os, "O_NOFOLLOW") and _is_link(path):
        raise UserError("file.not_regular", {"path": str(path)})
    try:
        fd = os.open(path, _READ_FLAGS)
    except OSError as exc:
        # ELOOP (Linux, macOS) / EMLINK (FreeBSD): the last component is a link;
        # a directory on Windows fails to open with a permission error.
        if exc.errno in (errno.ELOOP, errno.EMLINK) or _not_regular(path):
            raise UserError("file.not_regular", {"path": str(path)}) from exc
        raise
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise UserError("file.not_regular", {"path": str(path)})
        if info.st_size > limit:
            raise UserError("file.too_large", {"path": str(path), "limit": limit})
        chunks: list[bytes] = []
        size = 0
        while size <= limit:
            chunk = os.read(fd, min(_CHUNK, limit + 1 - size))
            if not chunk:
                break
            chunks.append(chunk)
            size += len(chunk)
    finally:
        os.close(fd)
    if size > limit:  # grew after fstat
        raise UserError("file.too_large", {"path": str(path), "limit": limit})
    return b"".join(chunks)


def ensure_real_dir(root: Path, relative: str) -> Path:
    """``root / relative``, created one component at a time if needed.

    ``root`` is the folder the user chose (it may itself be a link they made); every
    component of ``relative`` below it must be a real directory: a symbolic link (or
    Windows junction) planted in the shared folder would send our files elsewhere.

    Raises:
        UserError: ``file.unsafe_dir`` (``path``) for a component that is a link, not a
            directory, or ``..``; ``file.unwritable`` when a directory cannot be made.
    """
    current = Path(root)
    for part in PurePosixPath(relative).parts:
        if part in ("", ".", "..", "/") or "\\" in part:
            raise UserError("file.unsafe_dir", {"path": str(current / part)})
        current = current / part
        try:
            os.mkdir(current)
        except FileExistsError:
            pass
        except OSError as exc:
            raise UserError(
                "file.unwritable", {"path": str(current), "reason": exc.strerror or str(exc)}
            ) from exc
        try:
            info = os.lstat(current)
        except OSError as exc:
            raise UserError(
                "file.unwritable", {"path": str(current), "reason": exc.strerror or str(exc)}
            ) from exc
        if not stat.S_ISDIR(info.st_mode) or getattr(info, "st_reparse_tag", 0) != 0:
            raise UserError("file.unsafe_dir", {"path": str(current)})
    return current


def _is_link(path: Path) -> bool:
    try:
        info = os.lstat(path)
    except OSError:
        return False
    return stat.S_ISLNK(info.st_mode) or getattr(info, "st_reparse_tag", 0) != 0


def _not_regular(path: Path) -> bool:
    try:
        info = os.lstat(path)
    except OSError:
        return False
    return not stat.S_ISREG(info.st_mode)
