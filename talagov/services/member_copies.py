# SPDX-License-Identifier: GPL-3.0-or-later
"""Verified copies, in the member's home, of the folder's documents and archives.

A document or an archive is checked against the SHA-256 and size the organisation signed
in the meeting's package. Checking the file in the shared folder and then handing its
*path* to a viewer would leave a gap: on a share where someone can rename files, the
file could be swapped between the check and the viewer's open. So the bytes are copied,
as they are hashed, into ``home/<directory>/<file name>`` (a temporary ``.part`` file,
renamed only once the digest matched), and the viewer opens that copy, which only this
install writes. A copy already there is used again once it verifies.

The folder's file is opened without following a link and without blocking (a FIFO or a
link to ``/dev/zero`` planted under the name is refused, never read forever), and never
more than the announced size is read.
"""

from __future__ import annotations

import contextlib
import enum
import hashlib
import os
import secrets
import stat
import sys
from collections.abc import Callable
from pathlib import Path

from talagov.core.errors import UserError
from talagov.services.files import ensure_real_dir

_FLAGS = (os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0)
          | getattr(os, "O_CLOEXEC", 0) | getattr(os, "O_BINARY", 0))  # fmt: skip
_CHUNK = 1 << 20


class Problem(enum.Enum):
    """Why no verified copy could be made."""

    MISSING = "missing"  # not in the folder (yet), or locked: try again later
    ALTERED = "altered"  # not the bytes the organisation signed (or not a regular file)


class CopyRefused(Exception):
    """No verified copy: :attr:`problem` says why."""

    def __init__(self, problem: Problem) -> None:
        super().__init__(problem.value)
        self.problem = problem


def verified_copy(source: Path, home: Path, directory: str, name: str, *, sha256: str,
                  size: int) -> Path:
    """``home/directory/name``, holding exactly the ``size`` bytes of SHA-256 ``sha256``:
    the copy already there if it verifies, else a copy of ``source`` made as it is hashed.

    Raises:
        CopyRefused: ``MISSING`` or ``ALTERED`` (see :class:`Problem`).
        UserError: ``file.unsafe_dir``, ``file.unwritable`` (the home).
    """
    target = ensure_real_dir(home, directory) / name
    try:
        _digest(target, size, sha256)
        return target
    except CopyRefused:
        pass  # no copy yet (or a damaged one): made again from the folder
    temp = target.with_name(f".{name}.{secrets.token_hex(4)}.part")
    try:
        with open(temp, "xb") as out:
            _digest(source, size, sha256, out=out.write)
            out.flush()
            os.fsync(out.fileno())
        os.replace(temp, target)
    except OSError as exc:
        raise UserError("file.unwritable", {"path": str(target),
                                            "reason": exc.strerror or str(exc)}) from exc
    finally:
        with contextlib.suppress(OSError):
            temp.unlink()
    _fsync_directory(target.parent)
    return target


def _digest(path: Path, size: int, sha256: str, *,
            out: Callable[[bytes], object] | None = None) -> None:
    """Stream ``path`` (a regular file, not followed), check its size and digest, and
    hand each chunk to ``out`` (a ``write``) if given."""
    try:
        fd = os.open(path, _FLAGS)
    except OSError as exc:
        lstat = _lstat(path)
        if lstat is not None and not stat.S_ISREG(lstat.st_mode):
            raise CopyRefused(Problem.ALTERED) from exc  # a link, a FIFO: not the document
        raise CopyRefused(Problem.MISSING) from exc
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode) or info.st_size != size:
            raise CopyRefused(Problem.ALTERED)
        digest, read = hashlib.sha256(), 0
        while read <= size:
            chunk = os.read(fd, min(_CHUNK, size + 1 - read))
            if not chunk:
                break
            read += len(chunk)
            digest.update(chunk)
            if out is not None and read <= size:
                out(chunk)
    except OSError as exc:
        raise CopyRefused(Problem.MISSING) from exc
    finally:
        os.close(fd)
    if read != size or digest.hexdigest() != sha256:
        raise CopyRefused(Problem.ALTERED)


def _lstat(path: Path) -> os.stat_result | None:
    try:
        return os.lstat(path)
    except OSError:
        return None


def _fsync_directory(directory: Path) -> None:
    # Makes the rename durable on POSIX; Windows cannot open a directory for this.
    if sys.platform == "win32":
        return
    with contextlib.suppress(OSError):
        fd = os.open(directory, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
