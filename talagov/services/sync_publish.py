# SPDX-License-Identifier: GPL-3.0-or-later
"""Publishing the organisation's files into the shared folder's ``organisation/``.

A pass compares what the database says with what the folder already holds, and writes
only what is new: the identity when its content changed; a package for every convened
or in-session meeting whose content digest differs from the newest valid one in the
folder, and one last package when a published meeting changed status (closed, back to
draft); the documents of those packages; every member certificate in force; the newest
revocation list; the archive of each closed meeting whose minutes are signed, followed
by a package of that meeting naming the archive's SHA-256 (that signed package is what
makes the archive the organisation's: a file under an archive's name proves nothing).
What the folder holds is judged by reading it (only files that verify under the
organisation's certificate count), so a second pass over an unchanged database writes
nothing, and a pass killed half-way is finished by the next.

A package is checked as every reader will read it before it is planned: one that a
member's install would refuse (a document over the size limit, too long a text) is a
:class:`Problem` ``sync.package_unpublishable`` for the secretary, never published.

Nothing is ever overwritten or deleted: a name is a content digest, so a name already
present holds the same bytes, or is damaged (a link or a FIFO under it too), which is
reported and left alone; a directory of ``organisation/`` replaced by a link stops the
pass (``sync.folder_unsafe``) before anything is written through it. Identity,
packages and archives are signed, so they need the organisation's key; documents,
certificates and the (already signed) revocation list do not. :func:`plan_publish` says
what a pass would write without the key (a signed file's digest is not known before it
is signed: its name shows ``*`` instead).
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import datetime
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives.asymmetric import ec

from talagov.core import certificates, revocation
from talagov.core import sync_format as sf
from talagov.core.cancel import CancelToken
from talagov.core.canonical import sha256_hex
from talagov.core.errors import UserError
from talagov.core.meeting_package import (
    MeetingPackage,
    PackageArchive,
    content_digest,
    package_file,
)
from talagov.core.meetings import Meeting, MeetingStatus
from talagov.core.minutes_content import MinutesStatus
from talagov.core.sync_format import Kind
from talagov.core.sync_identity import identity_digest, identity_file
from talagov.services import bundle_export, keys
from talagov.services.files import save_file
from talagov.services.key_lists import check_org_key
from talagov.services.minutes import MINUTES
from talagov.services.sync_folder import (
    FileState,
    OrganisationFiles,
    archive_state,
    file_state,
    organisation_dir,
)
from talagov.services.sync_package import (
    active_certificates,
    build_identity,
    build_package,
    unreadable_cause,
)
from talagov.services.uow import UnitOfWork
from talagov.storage import keys_repo, meetings_repo, minutes_repo

Progress = Callable[[int, int], None]
NEW, CHANGED = "new", "changed"
_ACTIVE = frozenset({MeetingStatus.CONVENED, MeetingStatus.IN_SESSION})
_ENDED = frozenset({MeetingStatus.CLOSED.value, MeetingStatus.ARCHIVED.value})
_SIGNED_KINDS = frozenset({Kind.IDENTITY, Kind.PACKAGE, Kind.ARCHIVE})
# What a file names is written before it: documents and archives before packages.
_ORDER = (Kind.IDENTITY, Kind.CERTIFICATE, Kind.REVOCATIONS, Kind.DOCUMENT, Kind.ARCHIVE,
          Kind.PACKAGE)


@dataclass(frozen=True)
class PlannedFile:
    """One file a pass writes: its path relative to the folder (POSIX; ``*`` for the
    digest of a file not signed yet), kind, meeting, and ``reason`` (``new``: nothing
    of it in the folder yet; ``changed``: a newer version of one that is)."""

    path: str
    kind: Kind
    meeting_id: int | None
    reason: str


@dataclass(frozen=True)
class Problem:
    """What a pass could not publish of one meeting (its package, its archive), and
    why: a :class:`UserError`'s code and params, to translate. The rest is published."""

    kind: Kind
    meeting_id: int | None
    code: str
    params: dict[str, object]


@dataclass(frozen=True)
class PublishPlan:
    """What a pass would write; ``needs_key`` when some of it must be signed.

    ``damaged``: names in the folder holding other bytes than ours (never overwritten).
    """

    files: tuple[PlannedFile, ...]
    needs_key: bool
    damaged: tuple[str, ...] = ()
    problems: tuple[Problem, ...] = ()


@dataclass(frozen=True)
class PublishReport:
    """What a pass wrote (with the actual names), how many files were already up to
    date, those it ``left`` for want of the key, the ``damaged`` names it met and the
    ``problems`` that kept a meeting's files from being made."""

    written: tuple[PlannedFile, ...]
    unchanged: int
    left: tuple[PlannedFile, ...] = ()
    damaged: tuple[str, ...] = ()
    problems: tuple[Problem, ...] = ()


# -> (name, bytes), or None when there is nothing to write after all (what it depends
# on could not be written, and was reported); the key is None for the kinds needing none.
Maker = Callable[[ec.EllipticCurvePrivateKey | None], tuple[str, bytes] | None]


@dataclass(frozen=True)
class _Pending:
    planned: PlannedFile
    directory: str
    make: Maker
    placed: Callable[[], None] | None = None  # called once the file is in the folder


@dataclass
class _Survey:
    pending: list[_Pending]
    unchanged: int = 0
    damaged: tuple[str, ...] = ()
    problems: list[Problem] = field(default_factory=list)


def _ready(directory: str, name: str, data: bytes) -> Maker:
    return lambda _key: (name, data)


def _signed(directory: str, make_bytes: Callable[[ec.EllipticCurvePrivateKey], bytes],
            name_of: Callable[[str], str]) -> Maker:
    def make(key: ec.EllipticCurvePrivateKey | None) -> tuple[str, bytes]:
        assert key is not None, "a signed file is made with the key"
        data = make_bytes(key)
        return name_of(sha256_hex(data)[:16]), data

    return make


class _Folder(OrganisationFiles):
    """What the folder holds, and what this pass found damaged or already planned."""

    def __init__(self, folder: Path, cert: x509.Certificate) -> None:
        super().__init__(folder, cert)
        self.damaged: list[str] = []
        self.planned: set[str] = set()  # names already planned (a document of two meetings)

    def check(self, directory: str, name: str, data: bytes) -> FileState:
        """The state of one name; a damaged one is remembered for the report."""
        state = file_state(self.folder / directory / name, data)
        if state is FileState.OTHER:
            self.damaged.append(f"{directory}/{name}")
        return state


def _add_ready(survey: _Survey, seen: _Folder, kind: Kind, directory: str, name: str,
               data: bytes, meeting_id: int | None = None) -> None:
    path = f"{directory}/{name}"
    if path in seen.planned:
        return
    seen.planned.add(path)
    state = seen.check(directory, name, data)
    if state is FileState.MISSING:
        survey.pending.append(_Pending(PlannedFile(path, kind, meeting_id, NEW),
                                       directory, _ready(directory, name, data)))  # fmt: skip
    elif state is FileState.SAME:
        survey.unchanged += 1


def _survey_identity(uow: UnitOfWork, survey: _Survey, seen: _Folder, now: datetime) -> None:
    current = build_identity(uow, now=now)
    newest = seen.newest_identity()
    if newest is not None and identity_digest(newest) == identity_digest(current):
        survey.unchanged += 1
        return
    identity = replace(current, sequence=1 if newest is None else newest.sequence + 1)
    survey.pending.append(_Pending(
        PlannedFile(f"{sf.IDENTITY_DIR}/{sf.identity_name('*')}", Kind.IDENTITY, None,
                    NEW if newest is None else CHANGED),
        sf.IDENTITY_DIR,
        _signed(sf.IDENTITY_DIR, lambda key: identity_file(identity, key), sf.identity_name),
    ))  # fmt: skip


def _wanted(meeting: Meeting, newest: MeetingPackage | None) -> bool:
    """Whether a meeting's package is to be built and compared at all."""
    if meeting.status in _ACTIVE:
        return True
    if newest is None:  # never published (or nothing of it verifies): nothing to follow up
        return False
    # A published meeting that left the convened states gets one package saying so,
    # and no more once it is over (its archive then follows).
    return newest.status != meeting.status.value and not (
        newest.status in _ENDED and meeting.status.value in _ENDED)


def _unpublishable(package: MeetingPackage) -> Problem | None:
    """The problem of a package members' installs would refuse, if it is one."""
    cause = unreadable_cause(package)
    if cause is None:
        return None
    return Problem(Kind.PACKAGE, package.meeting_id, "sync.package_unpublishable",
                   {"meeting": str(package.meeting_id), "title": package.title,
                    "cause": cause})  # fmt: skip


def _add_documents(survey: _Survey, seen: _Folder, package: MeetingPackage,
                   documents: dict[str, bytes]) -> None:
    for doc in package.documents:
        if doc.sha256 in documents:
            _add_ready(survey, seen, Kind.DOCUMENT, sf.DOCUMENTS_DIR, doc.file_name,
                       documents.pop(doc.sha256), package.meeting_id)


def _plan_package(survey: _Survey, numbered: MeetingPackage, reason: str,
                  make: Callable[[ec.EllipticCurvePrivateKey], bytes | None]) -> None:
    meeting_id, sequence = numbered.meeting_id, numbered.sequence

    def signed(key: ec.EllipticCurvePrivateKey | None) -> tuple[str, bytes] | None:
        assert key is not None, "a package is made with the key"
        data = make(key)
        if data is None:
            return None
        if len(data) > sf.MAX_PACKAGE:  # no reader would take it: the secretary hears why
            raise UserError("sync.package_unpublishable", {
                "meeting": str(meeting_id), "title": numbered.title,
                "cause": f"{len(data)} > {sf.MAX_PACKAGE} bytes"})  # fmt: skip
        return sf.package_name(meeting_id, sequence, sha256_hex(data)[:16]), data

    survey.pending.append(_Pending(
        PlannedFile(f"{sf.MEETINGS_DIR}/{sf.package_name(meeting_id, sequence, '*')}",
                    Kind.PACKAGE, meeting_id, reason), sf.MEETINGS_DIR, signed))  # fmt: skip


def _survey_meeting(uow: UnitOfWork, survey: _Survey, seen: _Folder, meeting: Meeting,
                    now: datetime, lang: str) -> None:
    published = meeting.id in seen.packages
    newest = seen.newest_package(meeting.id) if published else None
    if meeting.status.value in _ENDED and _minutes_signed(uow, meeting.id):
        _survey_archive(uow, survey, seen, meeting, newest, now, lang)
        return
    if not _wanted(meeting, newest):
        return
    package, documents = build_package(uow, meeting.id, now=now, lang=lang)
    if newest is not None and content_digest(newest) == content_digest(package):
        _add_documents(survey, seen, package, documents)
        survey.unchanged += 1
        return
    # Numbered after every package of ours, even one that does not read: never the
    # same sequence again and again behind an unreadable newest file.
    numbered = replace(package, sequence=seen.next_sequence(meeting.id))
    problem = _unpublishable(numbered)
    if problem is not None:  # nor its documents: no package would name them
        survey.problems.append(problem)
        return
    _add_documents(survey, seen, numbered, documents)
    _plan_package(survey, numbered, NEW if newest is None else CHANGED,
                  lambda key: package_file(numbered, key))


def _minutes_signed(uow: UnitOfWork, meeting_id: int) -> bool:
    return any(r.kind == MINUTES and r.status == MinutesStatus.SIGNED.value
               for r in minutes_repo.minutes_of_meeting(uow.session, meeting_id))  # fmt: skip


def _archive_bytes(uow: UnitOfWork, meeting_id: int, key: ec.EllipticCurvePrivateKey) -> bytes:
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


def _survey_archive(uow: UnitOfWork, survey: _Survey, seen: _Folder, meeting: Meeting,
                    newest: MeetingPackage | None, now: datetime, lang: str) -> None:
    """A closed meeting with signed minutes: its archive is published when the newest
    package of ours names one that is in the folder with its SHA-256; else it is
    exported, written, then named by a new package (the next sequence)."""
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
    problem = _unpublishable(numbered)
    if problem is not None:
        survey.problems.append(problem)
        return
    _add_documents(survey, seen, numbered, documents)
    # Should the archive not be written this time, the members still hear of what the
    # package says (the meeting closed), as for a meeting without signed minutes.
    plain = _wanted(meeting, newest) and (
        newest is None or content_digest(newest) != content_digest(numbered))
    cell = _ArchiveCell(None if previous is None else previous.sha256)

    def archive(key: ec.EllipticCurvePrivateKey | None) -> tuple[str, bytes]:
        assert key is not None, "an archive is made with the key"
        data = _archive_bytes(uow, meeting.id, key)
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

    survey.pending.append(_Pending(
        PlannedFile(f"{sf.ARCHIVES_DIR}/{sf.archive_name(meeting.id, '*')}", Kind.ARCHIVE,
                    meeting.id, NEW if previous is None else CHANGED),
        sf.ARCHIVES_DIR, archive, placed))  # fmt: skip
    _plan_package(survey, numbered, NEW if newest is None else CHANGED, naming)


def _survey_keys(uow: UnitOfWork, survey: _Survey, seen: _Folder, now: datetime) -> None:
    for active in active_certificates(uow, at=now):
        data = active.pem.encode("ascii")
        h16 = certificates.fingerprint(certificates.from_pem(data))[:16]
        _add_ready(survey, seen, Kind.CERTIFICATE, sf.CERTIFICATES_DIR,
                   sf.certificate_name(active.member_id, h16), data)
    public = certificates.ec_public_key(seen.cert)
    for stored in keys_repo.revocation_lists(uow.session):  # the highest sequence first
        data = stored.signed.encode("utf-8")
        try:
            found = revocation.read_list(data, public) if public is not None else None
        except UserError:
            continue  # altered in the database: the one before is in force
        if found is None or found.organisation != seen.organisation:
            continue
        # Sequence 0 is the empty list of a new key: no list in the folder says as much.
        if found.sequence >= 1:
            _add_ready(survey, seen, Kind.REVOCATIONS, sf.REVOCATIONS_DIR,
                       sf.revocations_name(found.sequence, sha256_hex(data)[:16]), data)
        return


def _survey(uow: UnitOfWork, folder: Path, now: datetime, lang: str) -> _Survey:
    org = keys.organisation_key(uow)
    if org is None:
        raise UserError("keys.no_org_key")
    seen = _Folder(Path(folder), certificates.from_pem(org.certificate_pem))
    survey = _Survey(pending=[])
    _survey_identity(uow, survey, seen, now)
    _survey_keys(uow, survey, seen, now)
    rows = sorted((r for r, _, _ in meetings_repo.list_rows(uow.session)), key=lambda r: r.id)
    for row in rows:
        meeting = meetings_repo.to_meeting(row)
        try:
            _survey_meeting(uow, survey, seen, meeting, now, lang)
        except UserError as exc:  # a library file gone: the other meetings still go out
            survey.problems.append(Problem(Kind.PACKAGE, meeting.id, exc.code, exc.params))
    # A stable sort: what a file names is written before it (documents and archives
    # before packages).
    survey.pending.sort(key=lambda p: _ORDER.index(p.planned.kind))
    survey.damaged = tuple(dict.fromkeys(seen.damaged))
    return survey


def plan_publish(uow: UnitOfWork, folder: Path, *, now: datetime, lang: str = "fr") -> PublishPlan:
    """What :func:`publish` would write now, without the key and without writing.

    Raises:
        UserError: ``keys.no_org_key``, ``org.missing``, ``sync.folder_unreadable``,
            ``sync.folder_unsafe`` (a directory of ``organisation/`` is a link or a
            file: nothing is read or written through it), ``file.unreadable``. A
            meeting whose package cannot be built (a library file missing or altered)
            or would not be read (``sync.package_unpublishable``) is a :class:`Problem`
            of the plan; the rest goes on.
    """
    survey = _survey(uow, folder, now, lang)
    files = tuple(p.planned for p in survey.pending)
    return PublishPlan(files, any(f.kind in _SIGNED_KINDS for f in files), survey.damaged,
                       tuple(survey.problems))


def publish(uow: UnitOfWork, folder: Path, *, org_key: ec.EllipticCurvePrivateKey | None,
            now: datetime, cancel: CancelToken | None = None, progress: Progress | None = None,
            lang: str = "fr") -> PublishReport:
    """Write what :func:`plan_publish` finds missing, in an order a reader can follow
    (identity, certificates, revocations, documents and archives, then the packages that
    name them).

    Args:
        org_key: the organisation's unlocked key; ``None`` writes only what needs none
            and reports the rest as ``left``.
        progress: called with ``(done, total)`` after each file.
        cancel: checked before each file; the files already written stay (the next
            pass does not write them again).

    Raises:
        UserError: as :func:`plan_publish`; ``keys.org_key_mismatch``,
            ``sync.folder_unwritable``, ``sync.folder_unsafe`` (a link planted since the
            survey), ``file.unwritable`` (what one meeting's package
            or archive cannot be made of is a :class:`Problem` of the report instead).
        Cancelled: through ``cancel``.
    """
    survey = _survey(uow, folder, now, lang)
    if org_key is not None:
        check_org_key(org_key, keys.organisation_certificate(uow))
    out = _Outcome(damaged=list(survey.damaged), problems=survey.problems)
    total = len(survey.pending)
    for done, pending in enumerate(survey.pending, start=1):
        if cancel is not None:
            cancel.raise_if_cancelled()
        _write(Path(folder), pending, org_key, out)
        if progress is not None:
            progress(done, total)
    return PublishReport(tuple(out.written), survey.unchanged, tuple(out.left),
                         tuple(out.damaged), tuple(out.problems))


@dataclass
class _Outcome:
    damaged: list[str]
    problems: list[Problem]
    written: list[PlannedFile] = field(default_factory=list)
    left: list[PlannedFile] = field(default_factory=list)


def _write(folder: Path, pending: _Pending, org_key: ec.EllipticCurvePrivateKey | None,
           out: _Outcome) -> None:
    """Make one file and write it under its name, unless that name is already taken."""
    planned = pending.planned
    if planned.kind in _SIGNED_KINDS and org_key is None:
        out.left.append(planned)
        return
    try:
        made = pending.make(org_key)
        if made is None:
            return
        name, data = made
        # Created (or checked) now, one real directory at a time: a link planted since
        # the survey is refused (sync.folder_unsafe), never written through.
        target = organisation_dir(folder, pending.directory) / name
        state = file_state(target, data)
    except UserError as exc:
        if exc.code.startswith("sync.folder_"):
            raise
        # An archive that cannot be exported, a file that cannot be read back: reported,
        # not fatal (what names it is not written either).
        out.problems.append(Problem(planned.kind, planned.meeting_id, exc.code, exc.params))
        return
    if state is FileState.MISSING:
        save_file(target, data)
        out.written.append(replace(planned, path=f"{pending.directory}/{name}"))
    elif state is FileState.OTHER:
        if f"{pending.directory}/{name}" not in out.damaged:
            out.damaged.append(f"{pending.directory}/{name}")
        return
    if pending.placed is not None:
        pending.placed()
