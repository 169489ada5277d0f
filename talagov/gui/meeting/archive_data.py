# SPDX-License-Identifier: GPL-3.0-or-later
"""What the archive tab loads, the file name it proposes, and the export it remembers.

:func:`load_archive` runs on the task runner's worker and returns frozen values only:
the meeting, the status of its minutes, the organisation key's fingerprint and what is
known of the last export (its path and, if the file is still there, its size).

The last export's path is user-interface state, not a record of the cooperative: it is
kept in QSettings (through :mod:`talagov.gui.settings`), one key per database and
meeting, and nothing in the database changes.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

from talagov.core.meetings import Meeting, MeetingStatus
from talagov.core.minutes_content import MinutesStatus
from talagov.core.text import fold
from talagov.gui import settings
from talagov.services import keys as keys_service
from talagov.services import meetings as meetings_service
from talagov.services import minutes as minutes_service
from talagov.services.minutes import MINUTES
from talagov.services.uow import UnitOfWork

#: The statuses whose meeting can be archived: the session is over.
EXPORTABLE = (MeetingStatus.CLOSED, MeetingStatus.ARCHIVED)
SUFFIX = ".zip"
_TITLE_CHARS = 60  # enough to recognise the meeting, short enough for any file system


@dataclass(frozen=True)
class LastExport:
    """The last archive exported for the meeting: where, and its size if it is still there."""

    path: Path
    size: int | None

    @property
    def present(self) -> bool:
        """Whether the file is still where it was written."""
        return self.size is not None


@dataclass(frozen=True)
class ArchiveData:
    """The meeting, its minutes' status (``None``: none drafted), the organisation key's
    fingerprint (hex; ``None``: no key yet) and the last export (``None``: never)."""

    meeting: Meeting
    minutes_status: MinutesStatus | None
    fingerprint: str | None
    last: LastExport | None

    @property
    def exportable(self) -> bool:
        """Whether « Export the archive… » can be offered: the session is closed and the
        organisation has the key that signs the archive."""
        return self.meeting.status in EXPORTABLE and self.fingerprint is not None


def load_archive(uow: UnitOfWork, meeting_id: int, remembered: Path | None) -> ArchiveData:
    """The meeting, its minutes' status, the organisation key and ``remembered`` (the
    last export's path) with its current size."""
    meeting = meetings_service.get_meeting(uow, meeting_id)
    status = None
    if meeting.status in EXPORTABLE:
        status = next((m.status for m in minutes_service.minutes_of(uow, meeting_id)
                       if m.kind == MINUTES), None)  # fmt: skip
    key = keys_service.organisation_key(uow)
    return ArchiveData(meeting, status, key.fingerprint if key is not None else None,
                       last_export(remembered))


def last_export(path: Path | None) -> LastExport | None:
    """What is known of an archive written at ``path`` (``None``: nothing remembered)."""
    if path is None:
        return None
    try:
        size = path.stat().st_size if path.is_file() else None
    except OSError:  # an unplugged key or a share gone: the file is just not there now
        size = None
    return LastExport(path, size)


def file_name(meeting: Meeting) -> str:
    """The proposed file name: the meeting's date, then its title in plain ASCII, e.g.
    ``2026-06-13-assemblee-generale-ordinaire.zip`` (safe on every file system and in a
    synchronised folder)."""
    folded = fold(meeting.title).replace("'", " ")
    words = "".join(ch if ch.isascii() and ch.isalnum() else " " for ch in folded).split()
    title = "-".join(words)[:_TITLE_CHARS].rstrip("-")
    stem = f"{meeting.on.isoformat()}-{title}" if title else meeting.on.isoformat()
    return stem + SUFFIX


def with_suffix(path: Path) -> Path:
    """``path`` ending in ``.zip`` (a name typed without it gets it)."""
    return path if path.suffix.lower() == SUFFIX else path.with_name(path.name + SUFFIX)


def _option(db_path: Path, meeting_id: int) -> settings.Option[str]:
    # Meeting ids restart in each database: the key names the database too (hashed, so
    # that a path's slashes do not become QSettings groups).
    database = hashlib.sha256(str(Path(db_path).resolve()).encode("utf-8")).hexdigest()[:16]
    return settings.Option(f"archive/last_export/{database}-{meeting_id}", "",
                           "path of the last archive exported for a meeting")


def remembered_export(db_path: Path, meeting_id: int) -> Path | None:
    """The path of the last archive exported for ``meeting_id`` of the database at
    ``db_path`` (``None``: never exported here)."""
    value = settings.get(_option(db_path, meeting_id))
    return Path(value) if value else None


def remember_export(db_path: Path, meeting_id: int, path: Path) -> None:
    """Remember ``path`` as the last archive exported for ``meeting_id``."""
    settings.put(_option(db_path, meeting_id), str(path))
