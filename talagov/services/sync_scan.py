# SPDX-License-Identifier: GPL-3.0-or-later
"""Listing and reading the members' directories of the shared folder, for the import.

Anyone able to write into the folder can leave anything there: a symbolic link (to
``/dev/zero``, to a private file), a pipe, a directory under a file's name, a name whose
bytes are not UTF-8 (a FAT USB key, an old share). The listing keeps only regular files
with a name the database can record, never following a link; a file is then read
without following a link or waiting on a pipe, and never beyond
:data:`~talagov.core.sync_format.MAX_SMALL_FILE` (a name listed as a regular file may
have been swapped since).

No directory of ``members/`` is followed either: an install directory or a
``requests/``, ``proxies/`` or ``ballots/`` directory that is a link (or a Windows
junction) is skipped like any other entry that is not ours, and a link in place of
``members/`` itself refuses the whole pass (``sync_import.folder_unsafe``): through it,
anyone able to write into the folder could have the secretary's install read files
from anywhere on the computer, and quietly drop every member's file when it is gone.
Before a file is read, the directories it was listed in are checked again, so a link
swapped in after the listing is not read through either.
"""

from __future__ import annotations

import os
import stat
import sys
from pathlib import Path
from typing import NamedTuple

from talagov.core.errors import UserError
from talagov.core.sync_format import (
    MAX_SMALL_FILE,
    MEMBER_KINDS,
    MEMBERS_DIR,
    is_install_id,
    is_partial,
)
from talagov.services.files import read_regular


class Found(NamedTuple):  # thousands per pass: a tuple is the cheapest record
    """A file as listed: where it is, and its size and time at the listing."""

    rel: str  # members/<install>/<dir>/<name>
    path: str
    install_id: str
    folder: str
    name: str
    size: int
    mtime_ns: int


def storable(name: str) -> bool:
    """Whether a listed name is text the database can keep: a name whose bytes are not
    UTF-8 comes back from ``os.scandir`` with lone surrogates, which SQLite refuses. No
    install writes such a name (every name of the layout is ASCII; a conflict copy may
    add a user's name, in UTF-8), so such a file is not ours and is left alone."""
    try:
        name.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _real(info: os.stat_result) -> bool:
    """Whether an ``lstat`` result is a directory, not a link nor a Windows junction."""
    return stat.S_ISDIR(info.st_mode) and getattr(info, "st_reparse_tag", 0) == 0


def _real_entry(entry: os.DirEntry[str]) -> bool:
    """Whether a listed entry is a real directory (never a link or a junction)."""
    if not entry.is_dir(follow_symlinks=False):
        return False
    if sys.platform != "win32":
        return True  # a junction is Windows' own
    try:
        return _real(entry.stat(follow_symlinks=False))
    except OSError:
        return False


def members_dir(folder: Path) -> Path | None:
    """``folder/members``, or ``None`` when it is not there (yet) or cannot be looked at
    (the next pass tries again).

    Raises:
        UserError: ``sync_import.folder_unsafe`` (``path``) when it is a link, a
            junction or a file.
    """
    path = Path(folder) / MEMBERS_DIR
    try:
        info = os.lstat(path)
    except OSError:
        return None
    if not _real(info):
        raise UserError("sync_import.folder_unsafe", {"path": str(path)})
    return path


def scan(folder: Path) -> tuple[list[Found], bool]:
    """The files of the members' directories, and whether every directory was listed.

    Raises:
        UserError: as :func:`members_dir` (nothing is listed through a link).
    """
    found: list[Found] = []
    members = members_dir(folder)
    if members is None:
        return found, False
    try:
        installs = [e for e in os.scandir(members) if is_install_id(e.name) and _real_entry(e)]
    except OSError:
        return found, False
    complete = True
    for install in installs:
        try:
            subs = [d for d in os.scandir(install.path)
                    if d.name in MEMBER_KINDS and _real_entry(d)]  # fmt: skip
        except OSError:
            complete = False
            continue
        for sub in subs:
            try:
                entries = list(os.scandir(sub.path))
            except OSError:
                complete = False
                continue
            for e in entries:
                # No symbolic link is followed: nothing outside the folder is ever read.
                if is_partial(e.name) or not storable(e.name) \
                        or not e.is_file(follow_symlinks=False):
                    continue
                try:
                    st = e.stat(follow_symlinks=False)
                except OSError:  # gone since it was listed
                    continue
                found.append(Found(f"{MEMBERS_DIR}/{install.name}/{sub.name}/{e.name}", e.path,
                                   install.name, sub.name, e.name, st.st_size, st.st_mtime_ns))
    return found, complete


def read_listed(f: Found) -> bytes | None:
    """The file's bytes, or ``None`` when it changed since it was listed (being written,
    or replaced by something that is not a regular file: the next listing tells).

    Raises:
        OSError: the file cannot be opened (``FileNotFoundError``: it is gone).
    """
    if not _listed_through_real_dirs(f):
        return None  # a directory swapped for a link since the listing: never read through
    try:
        # No link followed, no pipe waited on, never more than the limit read.
        data = read_regular(Path(f.path), MAX_SMALL_FILE)
    except UserError:  # file.not_regular, file.too_large: not the file that was listed
        return None
    if len(data) != f.size:
        return None
    st = os.stat(f.path, follow_symlinks=False)
    return data if (st.st_size, st.st_mtime_ns) == (f.size, f.mtime_ns) else None


def _listed_through_real_dirs(f: Found) -> bool:
    """Whether ``members/``, the install's and the kind's directories of a listed file
    are still real directories (``O_NOFOLLOW`` guards the file's own name only)."""
    sub = Path(f.path).parent
    for directory in (sub, sub.parent, sub.parent.parent):
        try:
            if not _real(os.lstat(directory)):
                return False
        except OSError:
            return False
    return True
