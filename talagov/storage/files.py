# SPDX-License-Identifier: GPL-3.0-or-later
"""Saving files so that a crash or a synchronised folder never sees half a file.

The data goes to a temporary ``.<name>.<random>.part`` file in the target directory
(Nextcloud and our Syncthing ``.stignore`` skip ``*.part``; a ``.tmp`` would be
uploaded), is flushed to disk, then renamed over the target in one step.
"""

from __future__ import annotations

import contextlib
import os
import secrets
import sys
import time
from pathlib import Path

_REPLACE_ATTEMPTS = 10
_REPLACE_PAUSE = 0.05  # seconds; antivirus or indexers hold files only briefly


def write_atomically(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path``, replacing any previous file in one step.

    Readers see either the old content or the new one, never a mix. The directory
    must exist.

    Raises:
        OSError: the directory is not writable or the disk is full; the temporary
            file is removed and the previous content is left intact.
    """
    path = Path(path)
    directory = path.parent
    temp = directory / f".{path.name}.{secrets.token_hex(4)}.part"
    try:
        with open(temp, "xb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        _replace(temp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            temp.unlink()
        raise
    _fsync_directory(directory)


def _replace(source: Path, target: Path) -> None:
    # On Windows os.replace fails with PermissionError while another process (a PDF
    # viewer, an antivirus, a sync client) has the target open; it usually lets go soon.
    for attempt in range(_REPLACE_ATTEMPTS):
        try:
            os.replace(source, target)
            return
        except PermissionError:
            if sys.platform != "win32" or attempt == _REPLACE_ATTEMPTS - 1:
                raise
            time.sleep(_REPLACE_PAUSE * (attempt + 1))


def _fsync_directory(directory: Path) -> None:
    # Makes the rename itself durable on POSIX; Windows cannot open a directory for this.
    if sys.platform == "win32":
        return
    fd = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
