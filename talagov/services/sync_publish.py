# SPDX-License-Identifier: GPL-3.0-or-later
"""Publishing the organisation's files into the shared folder's ``organisation/``.

A pass compares what the database says with what the folder already holds, and writes
only what is new: the identity when its content changed; a package for every convened
or in-session meeting whose content digest differs from the newest valid one in the
folder, and one last package when a published meeting changed status (closed, back to
draft); the documents of those packages; every member certificate in force; the newest
revocation list; the archive of each closed meeting whose minutes are signed. What the
folder holds is judged by reading it (only files that verify under the organisation's
certificate count), so a second pass over an unchanged database writes nothing, and a
pass killed half-way is finished by the next.

Nothing is ever overwritten or deleted: a name is a content digest, so a name already
present holds the same bytes, or is damaged, which is reported and left alone. Identity,
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
from talagov.core.meeting_package import MeetingPackage, content_digest, package_file
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
    file_state,
    organisation_dir,
)
from talagov.services.sync_package import active_certificates, build_identity, build_package
from talagov.services.uow import UnitOfWork
from talagov.storage import keys_repo, meetings_repo, minutes_repo

Progress = Callable[[int, int], None]
NEW, CHANGED = "new", "changed"
_ACTIVE = frozenset({MeetingStatus.CONVENED, MeetingStatus.IN_SESSION})
_ENDED = frozenset({MeetingStatus.CLOSED.value, MeetingStatus.ARCHIVED.value})
_SIGNED_KINDS = frozenset({Kind.IDENTITY, Kind.PACKAGE, Kind.ARCHIVE})
_ORDER = (Kind.IDENTITY, Kind.CERTIFICATE, Kind.REVOCATIONS, Kind.DOCUMENT, Kind.PACKAGE,
          Kind.ARCHIVE)


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


Maker = Callable[[ec.EllipticCurvePrivateKey | None], tuple[str, bytes]]


@dataclass(frozen=True)
class _Pending:
    planned: PlannedFile
    directory: str
    make: Maker  # -> (name, bytes); the key is None for the kinds that need none


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


def _survey_meeting(uow: UnitOfWork, survey: _Survey, seen: _Folder, meeting: Meeting,
                    now: datetime, lang: str) -> None:
    published = meeting.id in seen.packages
    newest = seen.newest_package(meeting.id) if published else None
    if not _wanted(meeting, newest):
        return
    package, documents = build_package(uow, meeting.id, now=now, lang=lang)
    for doc in package.documents:
        if doc.sha256 in documents:
            _add_ready(survey, seen, Kind.DOCUMENT, sf.DOCUMENTS_DIR, doc.file_name,
                       documents.pop(doc.sha256), meeting.id)
    if newest is not None and content_digest(newest) == content_digest(package):
        survey.unchanged += 1
        return
    sequence = 1 if newest is None else newest.sequence + 1
    numbered = replace(package, sequence=sequence)
    survey.pending.append(_Pending(
        PlannedFile(f"{sf.MEETINGS_DIR}/{sf.package_name(meeting.id, sequence, '*')}",
                    Kind.PACKAGE, meeting.id, NEW if newest is None else CHANGED),
        sf.MEETINGS_DIR,
        _signed(sf.MEETINGS_DIR, lambda key: package_file(numbered, key),
                lambda h: sf.package_name(meeting.id, sequence, h)),
    ))  # fmt: skip


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


def _survey_archive(uow: UnitOfWork, survey: _Survey, seen: _Folder, meeting: Meeting) -> None:
    if meeting.status.value not in _ENDED or not _minutes_signed(uow, meeting.id):
        return
    if meeting.id in seen.archived:
        survey.unchanged += 1
        return
    survey.pending.append(_Pending(
        PlannedFile(f"{sf.ARCHIVES_DIR}/{sf.archive_name(meeting.id, '*')}", Kind.ARCHIVE,
                    meeting.id, NEW),
        sf.ARCHIVES_DIR,
        _signed(sf.ARCHIVES_DIR, lambda key: _archive_bytes(uow, meeting.id, key),
                lambda h: sf.archive_name(meeting.id, h)),
    ))  # fmt: skip


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
        _survey_archive(uow, survey, seen, meeting)
    # A stable sort: what a file names is written before it (documents before packages).
    survey.pending.sort(key=lambda p: _ORDER.index(p.planned.kind))
    survey.damaged = tuple(seen.damaged)
    return survey


def plan_publish(uow: UnitOfWork, folder: Path, *, now: datetime, lang: str = "fr") -> PublishPlan:
    """What :func:`publish` would write now, without the key and without writing.

    Raises:
        UserError: ``keys.no_org_key``, ``org.missing``, ``sync.folder_unreadable``,
            ``file.unreadable``. A meeting whose package cannot be built (a library file
            missing or altered) is a :class:`Problem` of the plan; the rest goes on.
    """
    survey = _survey(uow, folder, now, lang)
    files = tuple(p.planned for p in survey.pending)
    return PublishPlan(files, any(f.kind in _SIGNED_KINDS for f in files), survey.damaged,
                       tuple(survey.problems))


def publish(uow: UnitOfWork, folder: Path, *, org_key: ec.EllipticCurvePrivateKey | None,
            now: datetime, cancel: CancelToken | None = None, progress: Progress | None = None,
            lang: str = "fr") -> PublishReport:
    """Write what :func:`plan_publish` finds missing, in an order a reader can follow
    (identity, certificates, revocations, documents, then the packages that name them,
    archives last).

    Args:
        org_key: the organisation's unlocked key; ``None`` writes only what needs none
            and reports the rest as ``left``.
        progress: called with ``(done, total)`` after each file.
        cancel: checked before each file; the files already written stay (the next
            pass does not write them again).

    Raises:
        UserError: as :func:`plan_publish`; ``keys.org_key_mismatch``,
            ``sync.folder_unwritable``, ``file.unwritable`` (what one meeting's package
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
        name, data = pending.make(org_key)
    except UserError as exc:  # an archive that cannot be exported: reported, not fatal
        out.problems.append(Problem(planned.kind, planned.meeting_id, exc.code, exc.params))
        return
    target = organisation_dir(folder, pending.directory) / name
    state = file_state(target, data)
    if state is FileState.MISSING:
        save_file(target, data)
        out.written.append(replace(planned, path=f"{pending.directory}/{name}"))
    elif state is FileState.OTHER:
        out.damaged.append(f"{pending.directory}/{name}")
