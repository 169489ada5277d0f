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

This module runs a pass (the identity, certificates and revocations are surveyed here);
its parts live beside it: the values a pass returns and its working state
(:mod:`~talagov.services.sync_publish_plan`, re-exported here), the packages and
documents of meetings (:mod:`~talagov.services.sync_publish_meetings`), the archives of
closed ones (:mod:`~talagov.services.sync_publish_archive`) and the writing of each file
(:mod:`~talagov.services.sync_publish_write`).
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric import ec

from talagov.core import certificates, revocation
from talagov.core import sync_format as sf
from talagov.core.cancel import CancelToken
from talagov.core.canonical import sha256_hex
from talagov.core.errors import UserError
from talagov.core.meetings import Meeting
from talagov.core.sync_format import Kind
from talagov.core.sync_identity import identity_digest, identity_file
from talagov.services import keys
from talagov.services.key_lists import check_org_key
from talagov.services.sync_package import active_certificates, build_identity
from talagov.services.sync_publish_archive import archive_bytes as _archive_bytes
from talagov.services.sync_publish_archive import minutes_signed as _minutes_signed
from talagov.services.sync_publish_archive import survey_archive
from talagov.services.sync_publish_meetings import ENDED, survey_package
from talagov.services.sync_publish_plan import (
    CHANGED,
    NEW,
    ORDER,
    SIGNED_KINDS,
    Maker,
    Pending,
    PlannedFile,
    Problem,
    Progress,
    PublishPlan,
    PublishReport,
    SeenFolder,
    Survey,
    add_ready,
    signed,
)
from talagov.services.sync_publish_write import Outcome, write_pending
from talagov.services.uow import UnitOfWork
from talagov.storage import keys_repo, meetings_repo, pass_lock

__all__ = ["CHANGED", "NEW", "SIGNED_KINDS", "Maker", "PlannedFile", "Problem", "Progress", "PublishPlan",
           "PublishReport", "plan_publish", "publish"]


def _survey_identity(uow: UnitOfWork, survey: Survey, seen: SeenFolder, now: datetime) -> None:
    current = build_identity(uow, now=now)
    newest = seen.newest_identity()
    if newest is not None and identity_digest(newest) == identity_digest(current):
        survey.unchanged += 1
        return
    identity = replace(current, sequence=1 if newest is None else newest.sequence + 1)
    survey.pending.append(Pending(
        PlannedFile(f"{sf.IDENTITY_DIR}/{sf.identity_name('*')}", Kind.IDENTITY, None,
                    NEW if newest is None else CHANGED),
        sf.IDENTITY_DIR, signed(lambda key: identity_file(identity, key), sf.identity_name),
    ))  # fmt: skip


def _survey_keys(uow: UnitOfWork, survey: Survey, seen: SeenFolder, now: datetime) -> None:
    for active in active_certificates(uow, at=now):
        data = active.pem.encode("ascii")
        h16 = certificates.fingerprint(certificates.from_pem(data))[:16]
        add_ready(survey, seen, Kind.CERTIFICATE, sf.CERTIFICATES_DIR,
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
            add_ready(survey, seen, Kind.REVOCATIONS, sf.REVOCATIONS_DIR,
                      sf.revocations_name(found.sequence, sha256_hex(data)[:16]), data)
        return


def _survey_meeting(uow: UnitOfWork, survey: Survey, seen: SeenFolder, meeting: Meeting,
                    now: datetime, lang: str) -> None:
    published = meeting.id in seen.packages
    newest = seen.newest_package(meeting.id) if published else None
    # _minutes_signed and _archive_bytes are looked up here at each pass: the seams a
    # test replaces (a real archive needs signed minutes and takes a second to export).
    if meeting.status.value in ENDED and _minutes_signed(uow, meeting.id):
        survey_archive(uow, survey, seen, meeting, newest, now, lang, export=_archive_bytes)
    else:
        survey_package(uow, survey, seen, meeting, newest, now, lang)


def _survey(uow: UnitOfWork, folder: Path, now: datetime, lang: str) -> Survey:
    org = keys.organisation_key(uow)
    if org is None:
        raise UserError("keys.no_org_key")
    seen = SeenFolder(Path(folder), certificates.from_pem(org.certificate_pem))
    survey = Survey(pending=[])
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
    survey.pending.sort(key=lambda p: ORDER.index(p.planned.kind))
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
    return PublishPlan(files, any(f.kind in SIGNED_KINDS for f in files), survey.damaged,
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
        UserError: as :func:`plan_publish`; ``sync.busy`` when another pass (a
            publication or an import) runs on the same database: nothing is written;
            ``keys.org_key_mismatch``,
            ``sync.folder_unwritable``, ``sync.folder_unsafe`` (a link planted since the
            survey), ``file.unwritable`` (what one meeting's package
            or archive cannot be made of is a :class:`Problem` of the report instead).
        Cancelled: through ``cancel``.
    """
    # One pass at a time per database, the import's lock (LOW 1 of the review, for
    # publishing too): two publishers that surveyed together would both number their
    # package of a meeting alike. Held for the writing only, and released before the
    # import of the same pass takes it (the lock belongs to the open file: holding it
    # across both would make the import meet itself as "another pass").
    with pass_lock.held(uow.db.path) as ours:
        if not ours:
            raise UserError("sync.busy")
        return _publish(uow, folder, org_key=org_key, now=now, cancel=cancel,
                        progress=progress, lang=lang)


def _publish(uow: UnitOfWork, folder: Path, *, org_key: ec.EllipticCurvePrivateKey | None,
             now: datetime, cancel: CancelToken | None, progress: Progress | None,
             lang: str) -> PublishReport:
    survey = _survey(uow, folder, now, lang)
    if org_key is not None:
        check_org_key(org_key, keys.organisation_certificate(uow))
    out = Outcome(damaged=list(survey.damaged), problems=survey.problems)
    total = len(survey.pending)
    for done, pending in enumerate(survey.pending, start=1):
        if cancel is not None:
            cancel.raise_if_cancelled()
        write_pending(Path(folder), pending, org_key, out)
        if progress is not None:
            progress(done, total)
    return PublishReport(tuple(out.written), survey.unchanged, tuple(out.left),
                         tuple(out.damaged), tuple(out.problems))
