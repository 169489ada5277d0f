# SPDX-License-Identifier: GPL-3.0-or-later
"""Which shared folder this organisation's install works through (setting ``sync_folder``).

The folder is any directory a sync engine keeps in step (Nextcloud, Syncthing, a network
share, a USB key). It is remembered in the database, next to the records it publishes,
so the GUI and ``talagov sync`` agree on it. Choosing one checks that it exists and that
this install can write into it, by writing a hidden temporary file (which sync engines
skip) and removing it.

The helpers below read the folder without a database, for any install: the names of a
directory (:func:`list_names`), whether a name already holds given bytes
(:func:`file_state`), and the newest identity and packages of ``organisation/`` that
verify under the organisation's certificate (:class:`OrganisationFiles`).

Anyone who can write into the folder can replace a directory of ``organisation/`` by a
symbolic link (a sync engine carries links as links), or a file by a link or a FIFO.
So the directories are checked before anything is read or written under them
(:func:`check_tree`, ``sync.folder_unsafe``), created without following a link
(:func:`organisation_dir`), and files are read without following one or blocking
(:func:`~talagov.services.files.read_regular`).
"""

from __future__ import annotations

import contextlib
import enum
import hashlib
import os
import secrets
import stat
from pathlib import Path, PurePosixPath

from cryptography import x509

from talagov.core import certificates
from talagov.core.errors import UserError
from talagov.core.meeting_package import MeetingPackage, PackageArchive, read_package
from talagov.core.sync_envelope import open_signed
from talagov.core.sync_format import (
    ARCHIVES_DIR,
    IDENTITY_DIR,
    MAX_PACKAGE,
    MAX_SMALL_FILE,
    MEETINGS_DIR,
    ORGANISATION_DIR,
    ORGANISATION_KINDS,
    PACKAGE_FORMAT,
    Kind,
    Name,
    parse_name,
)
from talagov.core.sync_identity import Identity, read_identity
from talagov.services.changes import Aggregate, Changes
from talagov.services.files import ensure_real_dir, read_regular
from talagov.services.uow import UnitOfWork
from talagov.storage.settings_repo import get_setting, set_setting

SETTING = "sync_folder"
# O_NOFOLLOW / O_NONBLOCK are POSIX: on Windows the lstat of check_tree stands in.
_READ_FLAGS = (os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0)
               | getattr(os, "O_CLOEXEC", 0) | getattr(os, "O_BINARY", 0))
_CHUNK = 1 << 20


def sync_folder(uow: UnitOfWork) -> Path | None:
    """The shared folder chosen for this organisation, or ``None`` (never checked here:
    a folder on a removable disk may be away for a while)."""
    value = get_setting(uow.session, SETTING)
    return Path(value) if value else None


def check_folder(path: Path, *, writable: bool = True) -> Path:
    """``path`` made absolute, once it is an existing directory (this install can write
    to, with ``writable``: checked by writing and removing an empty hidden ``.part``
    file, so only when the secretary chooses the folder, never at each pass).

    Raises:
        UserError: ``sync.folder_missing``, ``sync.folder_not_dir``,
            ``sync.folder_unwritable`` (with ``path`` and ``reason``).
    """
    folder = Path(os.path.abspath(Path(path).expanduser()))
    if not folder.exists():
        raise UserError("sync.folder_missing", {"path": str(folder)})
    if not folder.is_dir():
        raise UserError("sync.folder_not_dir", {"path": str(folder)})
    if not writable:
        return folder
    # os.access says little about network shares and Windows ACLs: try it for real.
    probe = folder / f".talagov-probe-{secrets.token_hex(4)}.part"
    try:
        with open(probe, "xb") as handle:
            handle.write(b"")
    except OSError as exc:
        raise UserError("sync.folder_unwritable", {
            "path": str(folder), "reason": exc.strerror or str(exc)}) from exc  # fmt: skip
    finally:
        with contextlib.suppress(OSError):
            probe.unlink()
    return folder


def set_sync_folder(uow: UnitOfWork, path: Path | None) -> Changes:
    """Remember ``path`` as the shared folder (``None``: forget it; the folder's files
    stay where they are).

    Raises:
        UserError: as :func:`check_folder`.
    """
    value = "" if path is None else str(check_folder(path))
    set_setting(uow.session, SETTING, value)
    return Changes.of(Aggregate.SYNC)


def require_folder(uow: UnitOfWork) -> Path:
    """The chosen folder, there and a directory. A pass never writes a probe into it
    (an import only reads the folder, and a pass killed between writing and removing
    the probe would leave it behind); a folder that became read-only shows when
    publishing writes, as ``file.unwritable``.

    Raises:
        UserError: ``sync.no_folder``, ``sync.folder_missing``, ``sync.folder_not_dir``.
    """
    folder = sync_folder(uow)
    if folder is None:
        raise UserError("sync.no_folder")
    return check_folder(folder, writable=False)


def organisation_dir(folder: Path, relative: str = ORGANISATION_DIR) -> Path:
    """``folder / relative`` (an ``organisation/…`` directory of the layout), created
    when missing, one real directory at a time: a link planted in its place is refused,
    never followed (the organisation's files would go wherever it points).

    Raises:
        UserError: ``sync.folder_unsafe`` (``path``), ``sync.folder_unwritable``.
    """
    try:
        return ensure_real_dir(Path(folder), relative)
    except UserError as exc:
        if exc.code == "file.unsafe_dir":
            raise UserError("sync.folder_unsafe", {"path": exc.params["path"]}) from exc
        if exc.code == "file.unwritable":
            raise UserError("sync.folder_unwritable", dict(exc.params)) from exc
        raise


def _real_dir(folder: Path, relative: str) -> bool:
    """Whether ``folder / relative`` exists, each component below ``folder`` being a real
    directory (``False``: some component is missing).

    Raises:
        UserError: ``sync.folder_unsafe`` for a link, a junction or a file in the way.
    """
    current = Path(folder)
    for part in PurePosixPath(relative).parts:
        current = current / part
        try:
            info = os.lstat(current)
        except FileNotFoundError:
            return False
        except OSError as exc:
            raise UserError("sync.folder_unreadable", {
                "path": str(current), "reason": exc.strerror or str(exc)}) from exc  # fmt: skip
        if not stat.S_ISDIR(info.st_mode) or getattr(info, "st_reparse_tag", 0) != 0:
            raise UserError("sync.folder_unsafe", {"path": str(current)})
    return True


def check_tree(folder: Path) -> None:
    """Check that every directory of ``organisation/`` that exists is a real one, before
    a pass reads or writes anything under it (nothing is created).

    Raises:
        UserError: ``sync.folder_unsafe`` (``path``), ``sync.folder_unreadable``.
    """
    for relative in (ORGANISATION_DIR, *ORGANISATION_KINDS):
        _real_dir(folder, relative)


def list_names(folder: Path, relative: str, kinds: tuple[Kind, ...]) -> list[tuple[Name, str]]:
    """The files of ``folder / relative`` that are of ``kinds`` (conflict copies
    included, partial and stray names left out), with their actual names, sorted by name.
    A missing directory has none.

    Raises:
        UserError: ``sync.folder_unsafe`` when the directory is a link (never listed),
            ``sync.folder_unreadable``.
    """
    found: list[tuple[Name, str]] = []
    if not _real_dir(folder, relative):
        return []
    try:
        with os.scandir(Path(folder) / relative) as entries:
            for entry in entries:
                name = parse_name(entry.name, kinds)
                if name is not None and entry.is_file(follow_symlinks=False):
                    found.append((name, entry.name))
    except (FileNotFoundError, NotADirectoryError):
        return []
    except OSError as exc:
        raise UserError("sync.folder_unreadable", {
            "path": str(Path(folder) / relative), "reason": exc.strerror or str(exc)}) from exc  # fmt: skip
    return sorted(found, key=lambda pair: pair[1])


class FileState(enum.Enum):
    """What the folder holds under a name we are about to write."""

    MISSING = "missing"
    SAME = "same"  # these very bytes: nothing to do
    OTHER = "other"  # other bytes under a content name: damaged, never overwritten


def file_state(path: Path, data: bytes) -> FileState:
    """Whether ``path`` is missing, holds ``data``, or holds something else (a link, a
    FIFO or a directory under that name is something else: never followed, never
    replaced).

    Raises:
        UserError: ``file.unreadable``.
    """
    try:
        same = read_regular(Path(path), len(data)) == data
    except FileNotFoundError:
        return FileState.MISSING
    except UserError:  # file.not_regular, file.too_large
        return FileState.OTHER
    except OSError as exc:
        raise UserError("file.unreadable", {"path": str(path),
                                            "reason": exc.strerror or str(exc)}) from exc
    return FileState.SAME if same else FileState.OTHER


def archive_state(folder: Path, archive: PackageArchive) -> FileState:
    """Whether the archive a package names is in ``organisation/archives/`` with its
    size and SHA-256 (read in chunks: an archive may be large), without following a link.

    Raises:
        UserError: ``file.unreadable`` (locked, no permission: judged next time).
    """
    path = Path(folder) / ARCHIVES_DIR / archive.file_name
    try:
        fd = os.open(path, _READ_FLAGS)
    except FileNotFoundError:
        return FileState.MISSING
    except OSError as exc:
        if not _regular_or_missing(path):  # a link, a FIFO, a directory: not ours
            return FileState.OTHER
        raise UserError("file.unreadable", {"path": str(path),
                                            "reason": exc.strerror or str(exc)}) from exc
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode) or info.st_size != archive.size:
            return FileState.OTHER
        hashed, size = hashlib.sha256(), 0
        while size <= archive.size:
            chunk = os.read(fd, _CHUNK)
            if not chunk:
                break
            hashed.update(chunk)
            size += len(chunk)
    except OSError as exc:
        raise UserError("file.unreadable", {"path": str(path),
                                            "reason": exc.strerror or str(exc)}) from exc
    finally:
        os.close(fd)
    same = size == archive.size and hashed.hexdigest() == archive.sha256
    return FileState.SAME if same else FileState.OTHER


def _regular_or_missing(path: Path) -> bool:
    try:
        return stat.S_ISREG(os.lstat(path).st_mode)
    except OSError:
        return True


def _read(path: Path, limit: int) -> bytes | None:
    try:
        return read_regular(path, limit)
    except (OSError, UserError):
        # gone, held by a sync engine, too large, or not a regular file: as if absent
        return None


class OrganisationFiles:
    """What the folder's ``organisation/`` holds, as listed once: the packages by
    meeting; the identity and packages are read on demand, and only those that verify
    under ``cert`` (the organisation's, trusted) count. An archive counts only as named
    by such a package (:func:`archive_state`): a file under an archive's name proves
    nothing, anyone may leave one.

    Conflict copies count as the files they copy (same content, another name).

    Raises:
        UserError: ``sync.folder_unsafe``, ``sync.folder_unreadable`` (on creation).
    """

    def __init__(self, folder: Path, cert: x509.Certificate) -> None:
        self.folder, self.cert = Path(folder), cert
        self.organisation = certificates.fingerprint(cert)
        check_tree(self.folder)
        self.packages: dict[int, list[tuple[int, str]]] = {}
        for name, actual in list_names(folder, MEETINGS_DIR, (Kind.PACKAGE,)):
            assert name.meeting_id is not None and name.sequence is not None
            self.packages.setdefault(name.meeting_id, []).append((name.sequence, actual))
        # The highest sequence of a file we signed but cannot take (by meeting).
        self._signed_only: dict[int, int] = {}
        self._newest: dict[int, MeetingPackage | None] = {}  # read once per meeting

    def newest_identity(self) -> Identity | None:
        """The identity of the highest sequence that names ``cert`` and verifies."""
        best: Identity | None = None
        for _, actual in list_names(self.folder, IDENTITY_DIR, (Kind.IDENTITY,)):
            data = _read(self.folder / IDENTITY_DIR / actual, MAX_SMALL_FILE)
            try:
                found = read_identity(data) if data is not None else None
            except UserError:
                continue  # damaged, or someone else's: readers skip it too
            if found is not None and found.organisation == self.organisation \
                    and (best is None or found.sequence > best.sequence):
                best = found
        return best

    def newest_package(self, meeting_id: int) -> MeetingPackage | None:
        """The meeting's package of the highest sequence that verifies under ``cert``
        and carries the sequence its name says."""
        if meeting_id not in self._newest:
            self._newest[meeting_id] = self._read_newest(meeting_id)
        return self._newest[meeting_id]

    def _read_newest(self, meeting_id: int) -> MeetingPackage | None:
        for sequence, actual in sorted(self.packages.get(meeting_id, ()), reverse=True):
            data = _read(self.folder / MEETINGS_DIR / actual, MAX_PACKAGE)
            if data is None:
                continue
            try:
                found = read_package(data, self.cert)
            except UserError:
                if self._signed_by_us(data, meeting_id, sequence):
                    self._signed_only[meeting_id] = max(
                        sequence, self._signed_only.get(meeting_id, 0))
                continue
            # A package of ours copied under another name (a replay) is not that name's.
            if found.meeting_id == meeting_id and found.sequence == sequence:
                return found
        return None

    def _signed_by_us(self, data: bytes, meeting_id: int, sequence: int) -> bool:
        """Whether ``data`` is a package we signed as this meeting's ``sequence``,
        though it does not read as one (so its name is ours, not a replay's)."""
        try:
            payload = open_signed(data, PACKAGE_FORMAT, self.cert, limit=MAX_PACKAGE)
        except UserError:
            return False
        found = (payload.get("meeting_id"), payload.get("sequence"))
        return all(type(v) is int for v in found) and found == (meeting_id, sequence)

    def next_sequence(self, meeting_id: int) -> int:
        """The sequence of the meeting's next package: above every package file of ours
        in the folder, the newest valid one and any we signed that readers cannot take
        (an older version's, one over a reader's limit), so that the next one reads as
        newer and a pass never takes "no package yet" again and again.

        The names of files that do not verify under ``cert`` do not count: anyone may
        leave ``meeting-<id>-<huge number>-….json`` to push the sequence out of range.
        """
        newest = self.newest_package(meeting_id)  # also notes the signed-only ones
        highest = max(0 if newest is None else newest.sequence,
                      self._signed_only.get(meeting_id, 0))
        return highest + 1
