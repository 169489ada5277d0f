# SPDX-License-Identifier: GPL-3.0-or-later
"""The archive step of a publishing pass: a closed meeting whose minutes are signed.

Its archive (:func:`talagov.services.bundle_export.export_meeting`, made only when the
pass writes it, with the key) goes to ``archives/``, then a package of the meeting
naming the archive's SHA-256, the next sequence. That signed package is what makes the
archive the organisation's: a file under an archive's name proves nothing, so an archive
counts as published only when the newest package of ours names one the folder holds
with those bytes. A damaged one is never overwritten; a new archive is made instead.
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric import ec

from talagov.core import sync_format as sf
from talagov.core.canonical import sha256_hex
from talagov.core.errors import UserError
from talagov.core.meeting_package import (
    MeetingPackage,
    PackageArchive,
    content_digest,
    package_file,
)
from talagov.core.meetings import Meeting
from talagov.core.minutes_content import MinutesStatus
from talagov.core.sync_format import Kind
from talagov.services import bundle_export
from talagov.services.minutes import MINUTES
from talagov.services.sync_folder import FileState, archive_state
from talagov.services.sync_package import build_package
from talagov.services.sync_publish_meetings import (
    add_documents,
    plan_package,
    unpublishable,
    wanted,
)
from talagov.services.sync_publish_plan import (
    CHANGED,
    NEW,
    Pending,
    PlannedFile,
    Problem,
    SeenFolder,
    Survey,
)
from talagov.services.uow import UnitOfWork
from talagov.storage import minutes_repo

#: ``(uow, meeting id, organisation key) -> the archive's bytes``.
Export = Callable[[UnitOfWork, int, ec.EllipticCurvePrivateKey], bytes]


def minutes_signed(uow: UnitOfWork, meeting_id: int) -> bool:
    """Whether the minutes of the meeting are signed (its archive may be published)."""
    return any(r.kind == MINUTES and r.status == MinutesStatus.SIGNED.value
               for r in minutes_repo.minutes_of_meeting(uow.session, meeting_id))  # fmt: skip


def archive_bytes(uow: UnitOfWork, meeting_id: int, key: ec.EllipticCurvePrivateKey) -> bytes:
    """The meeting's archive bundle, signed with ``key``.

    Raises:
        UserError: from :func:`~talagov.services.bundle_export.export_meeting`.
    """
    # export_meeting writes a file: it goes to a private temporary directory, never
    # under a half-written name in the shared folder.
    with tempfile.TemporaryDirectory(prefix="talagov-archive-") as tmp:
        path = Path(tmp) / "archive.zip"
        bundle_export.export_meeting(uow, meeting_id, path, org_key=key)
        return path.read_bytes()


@dataclass
class _ArchiveCell:
    """The archive of one meeting as this pass makes it, for the package that names it."""

    previous: str | None  # SHA-256 of the archive the newest package names
    made: PackageArchive | None = None
    placed: PackageArchive | None = None  # once it is in the folder


def survey_archive(uow: UnitOfWork, survey: Survey, seen: SeenFolder, meeting: Meeting,
                   newest: MeetingPackage | None, now: datetime, lang: str, *,
                   export: Export) -> None:
    """A closed meeting with signed minutes: its archive is published when the newest
    package of ours names one that is in the folder with its SHA-256; else it is
    exported (by ``export``, when written), written, then named by a new package.

    The archive's maker raises ``UserError`` ``sync.archive_too_large`` past
    :data:`~talagov.core.sync_format.MAX_ARCHIVE` (the pass reports it as a problem).

    Raises:
        UserError: from :func:`~talagov.services.sync_package.build_package` (a library
            file missing or altered): a problem of this meeting only.
    """
    previous = None if newest is None else newest.archive
    if previous is not None:
        try:
            state = archive_state(seen.folder, previous)
        except UserError as exc:  # locked or not readable now: judged next time
            survey.problems.append(Problem(Kind.ARCHIVE, meeting.id, exc.code, exc.params))
            return
        if state is FileState.SAME:
            survey.unchanged += 2  # the archive and the package naming it
            return
        if state is FileState.OTHER:  # damaged or replaced: never overwritten
            seen.damaged.append(f"{sf.ARCHIVES_DIR}/{previous.file_name}")
    package, documents = build_package(uow, meeting.id, now=now, lang=lang)
    numbered = replace(package, sequence=seen.next_sequence(meeting.id))
    problem = unpublishable(numbered)
    if problem is not None:
        survey.problems.append(problem)
        return
    add_documents(survey, seen, numbered, documents)
    # Should the archive not be written this time, the members still hear of what the
    # package says (the meeting closed), as for a meeting without signed minutes.
    plain = wanted(meeting, newest) and (
        newest is None or content_digest(newest) != content_digest(numbered))
    cell = _ArchiveCell(None if previous is None else previous.sha256)

    def archive(key: ec.EllipticCurvePrivateKey | None) -> tuple[str, bytes]:
        assert key is not None, "an archive is made with the key"
        data = export(uow, meeting.id, key)
        if len(data) > sf.MAX_ARCHIVE:
            raise UserError("sync.archive_too_large", {
                "title": meeting.title, "size": len(data), "limit": sf.MAX_ARCHIVE})  # fmt: skip
        sha = sha256_hex(data)
        cell.made = PackageArchive(sha, sf.archive_name(meeting.id, sha[:16]), len(data))
        return cell.made.file_name, data

    def placed() -> None:
        cell.placed = cell.made

    def naming(key: ec.EllipticCurvePrivateKey) -> bytes | None:
        # Nothing to name when the archive could not be written (reported), or when it
        # is the very one the newest package names (its file was just put back).
        if cell.placed is None:
            return package_file(numbered, key) if plain else None
        if cell.placed.sha256 == cell.previous:
            return None
        return package_file(replace(numbered, archive=cell.placed), key)

    survey.pending.append(Pending(
        PlannedFile(f"{sf.ARCHIVES_DIR}/{sf.archive_name(meeting.id, '*')}", Kind.ARCHIVE,
                    meeting.id, NEW if previous is None else CHANGED),
        sf.ARCHIVES_DIR, archive, placed))  # fmt: skip
    plan_package(survey, numbered, NEW if newest is None else CHANGED, naming)
