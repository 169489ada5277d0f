# SPDX-License-Identifier: GPL-3.0-or-later
"""The ZIP of an archive, byte for byte the same for the same members.

Members are written in sorted order with :data:`~talagov.core.bundle_format.ZIP_DATE`,
Unix permissions ``rw-r--r--``, no extra field and DEFLATE at level 9, so that the same
meeting exported twice gives identical files (what ``sha256sum`` of two exports shows).
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Callable, Mapping

from talagov.core import bundle_format as bf
from talagov.core.errors import Cancelled

_UNIX = 3  # ZipInfo.create_system: the permissions below are Unix ones on every platform
_MODE = 0o100644  # a regular file, rw-r--r--


def zip_bytes(members: Mapping[str, bytes], *,
              progress: Callable[[int, int], None] | None = None,
              cancelled: Callable[[], bool] | None = None) -> bytes:
    """The ZIP holding ``members`` (name -> bytes).

    Raises:
        ValueError: a name the bundle format does not allow (a bug of the caller).
        Cancelled: ``cancelled()`` became true.
    """
    buffer = io.BytesIO()
    names = sorted(members)
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=9) as zf:
        for done, name in enumerate(names, start=1):
            if not bf.safe_name(name):
                raise ValueError(f"unsafe member name {name!r}")
            if cancelled is not None and cancelled():
                raise Cancelled()
            info = zipfile.ZipInfo(name, date_time=bf.ZIP_DATE)
            info.create_system = _UNIX
            info.external_attr = _MODE << 16
            info.compress_type = zipfile.ZIP_DEFLATED
            zf.writestr(info, members[name], compresslevel=9)
            if progress is not None:
                progress(done, len(names))
    return buffer.getvalue()
