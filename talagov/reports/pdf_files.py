# SPDX-License-Identifier: GPL-3.0-or-later
"""Saving a finished PDF in one step, for the ``write_*_pdf`` functions of this layer.

Reports may not import the storage layer, whose ``write_atomically`` the services use,
so the same discipline is repeated here in short: a temporary ``.part`` file in the
target's folder (synchronised folders skip those), flushed and synced to disk, renamed
over the target, then the folder synced. A reader sees the old file or the new one,
never half of one; a failure leaves the old file as it was.
"""

from __future__ import annotations

import contextlib
import os
import secrets
import sys
from pathlib import Path

from talagov.core.errors import UserError


def save_pdf(path: Path, data: bytes) -> Path:
    """Write ``data`` to ``path`` atomically and return the path.

    Raises:
        UserError: ``file.unwritable`` with ``path`` and ``reason`` (the folder is
            missing or read-only, the disk is full...); any previous file is intact.
    """
    path = Path(path)
    temp = path.parent / f".{path.name}.{secrets.token_hex(4)}.part"
    try:
        try:
            with open(temp, "xb") as handle:
                handle.write(data)
                handle.flush()
                os.fsync(handle.fileno())
            os.replace(temp, path)
        except BaseException:
            with contextlib.suppress(OSError):
                temp.unlink()
            raise
        if sys.platform != "win32":  # Windows cannot open a folder to sync it
            fd = os.open(path.parent, os.O_RDONLY)
            try:
                os.fsync(fd)
            finally:
                os.close(fd)
    except OSError as exc:
        raise UserError("file.unwritable",
                        {"path": str(path), "reason": exc.strerror or str(exc)}) from exc  # fmt: skip
    return path
