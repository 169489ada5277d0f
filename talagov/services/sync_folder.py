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
"""

from __future__ import annotations

import contextlib
import enum
import os
import secrets
from pathlib import Path

from cryptography import x509

from talagov.core import certificates
from talagov.core.errors import UserError
from talagov.core.meeting_package import MeetingPackage, read_package
from talagov.core.sync_format import (
    ARCHIVES_DIR,
    IDENTITY_DIR,
    MAX_PACKAGE,
    MAX_SMALL_FILE,
    MEETINGS_DIR,
    ORGANISATION_DIR,
    Kind,
    Name,
    parse_name,
)
from talagov.core.sync_identity import Identity, read_identity
from talagov.services.changes import Aggregate, Changes
from talagov.services.uow import UnitOfWork
from talagov.storage.settings_repo import get_setting, set_setting

SETTING = "sync_folder"


def sync_folder(uow: UnitOfWork) -> Path | None:
    """The shared folder chosen for this organisation, or ``None`` (never checked here:
    a folder on a removable disk may be away for a while)."""
    value = get_setting(uow.session, SETTING)
    return Path(value) if value else None


def check_folder(path: Path) -> Path:
    """``path`` made absolute, once it is an existing directory this install can write.

    Raises:
        UserError: ``sync.folder_missing``, ``sync.folder_not_dir``,
            ``sync.folder_unwritable`` (with ``path`` and ``reason``).
    """
    folder = Path(os.path.abspath(Path(path).expanduser()))
    if not folder.exists():
        raise UserError("sync.folder_missing", {"path": str(folder)})
    if not folder.is_dir():
        raise UserError("sync.folder_not_dir", {"path": str(folder)})
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
    """The chosen folder, checked as :func:`check_folder` does.

    Raises:
        UserError: ``sync.no_folder``, and as :func:`check_folder`.
    """
    folder = sync_folder(uow)
    if folder is None:
        raise UserError("sync.no_folder")
    return check_folder(folder)


def organisation_dir(folder: Path, relative: str = ORGANISATION_DIR) -> Path:
    """``folder / relative`` (an ``organisation/…`` directory of the layout), created
    when missing.

    Raises:
        UserError: ``sync.folder_unwritable``.
    """
    target = Path(folder) / relative
    try:
        target.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise UserError("sync.folder_unwritable", {
            "path": str(target), "reason": exc.strerror or str(exc)}) from exc  # fmt: skip
    return target


def list_names(folder: Path, relative: str, kinds: tuple[Kind, ...]) -> list[tuple[Name, str]]:
    """The files of ``folder / relative`` that are of ``kinds`` (conflict copies
    included, partial and stray names left out), with their actual names, sorted by name.
    A missing directory has none."""
    found: list[tuple[Name, str]] = []
    try:
        with os.scandir(Path(folder) / relative) as entries:
            for entry in entries:
                name = parse_name(entry.name, kinds)
                if name is not None and entry.is_file():
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
    """Whether ``path`` is missing, holds ``data``, or holds something else.

    Raises:
        UserError: ``file.unreadable``.
    """
    try:
        if Path(path).stat().st_size != len(data):
            return FileState.OTHER
        same = Path(path).read_bytes() == data
    except FileNotFoundError:
        return FileState.MISSING
    except OSError as exc:
        raise UserError("file.unreadable", {"path": str(path),
                                            "reason": exc.strerror or str(exc)}) from exc
    return FileState.SAME if same else FileState.OTHER


def _read(path: Path, limit: int) -> bytes | None:
    try:
        if path.stat().st_size > limit:
            return None
        return path.read_bytes()
    except OSError:
        return None  # gone, or not readable: as if absent (a sync engine holds it)


class OrganisationFiles:
    """What the folder's ``organisation/`` holds, as listed once: the packages by
    meeting and the meetings archived; the identity and packages are read on demand,
    and only those that verify under ``cert`` (the organisation's, trusted) count.

    Conflict copies count as the files they copy (same content, another name).
    """

    def __init__(self, folder: Path, cert: x509.Certificate) -> None:
        self.folder, self.cert = Path(folder), cert
        self.organisation = certificates.fingerprint(cert)
        self.packages: dict[int, list[tuple[int, str]]] = {}
        for name, actual in list_names(folder, MEETINGS_DIR, (Kind.PACKAGE,)):
            assert name.meeting_id is not None and name.sequence is not None
            self.packages.setdefault(name.meeting_id, []).append((name.sequence, actual))
        self.archived = {n.meeting_id for n, _ in
                         list_names(folder, ARCHIVES_DIR, (Kind.ARCHIVE,))}  # fmt: skip

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
        """The meeting's package of the highest sequence that verifies under ``cert``."""
        for _, actual in sorted(self.packages.get(meeting_id, ()), reverse=True):
            data = _read(self.folder / MEETINGS_DIR / actual, MAX_PACKAGE)
            try:
                found = read_package(data, self.cert) if data is not None else None
            except UserError:
                continue
            if found is not None and found.meeting_id == meeting_id:
                return found
        return None
