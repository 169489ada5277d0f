# SPDX-License-Identifier: GPL-3.0-or-later
"""What a member's install reads from the shared folder, judged against the trusted key.

Every file under ``organisation/`` must verify under the organisation certificate the
member trusted when joining (:mod:`talagov.services.member_home`). A file that names or
carries another organisation, or whose signature fails, is *refused*, and the refusal
is part of what is read (:class:`RefusedFile`) so that the window shows it in red: it
means someone wrote into the folder in the organisation's name. Reading never writes to
the folder; it may install in the keystore the certificate the secretary published for
the member's key (the pickup), and it remembers in the home the highest sequences
accepted (:mod:`talagov.services.member_seen`), so that deleting or replaying files
cannot roll the member's view back.

Newer versions of a file are new files with a higher sequence in their name: files are
read highest sequence first, and older ones are not read once one verifies.

Anyone can write into the folder, so nothing found there may stop a reading: files are
read without following links or blocking (:func:`talagov.services.files.read_regular`),
a directory that is a link is refused, and whatever a parser raises on a file refuses
that file only.
"""

from __future__ import annotations

import contextlib
import enum
import stat
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives.asymmetric import ec

from talagov.core import certificates, keyseal
from talagov.core.errors import UserError
from talagov.core.meeting_package import MeetingPackage
from talagov.core.sync_format import ARCHIVES_DIR, DOCUMENTS_DIR
from talagov.core.sync_identity import Identity
from talagov.services import member_own, member_seen, personal_keys
from talagov.services.files import read_file
from talagov.services.member_copies import CopyRefused, Problem, verified_copy
from talagov.services.member_home import Membership, keystore, load
from talagov.services.member_reader import Reader, RefusedFile, lstat_or_none

__all__ = ["ARCHIVE_COPIES", "DOCUMENT_COPIES", "CertificateState", "MemberView", "RefusedFile",
           "archive_path", "document_path", "read_folder"]

DOCUMENT_COPIES = "documents"  # under the home: the verified copies opened by the viewer
ARCHIVE_COPIES = "archives"


class CertificateState(enum.StrEnum):
    """Where the member's voting key stands.

    ``NONE``: no key in the keystore for this member, or its certificate expired (a new
    key is needed: ``member_actions.enrol(..., replace=True)`` when a key file exists);
    ``REQUESTED``: a key waits for its certificate; ``ISSUED``: a valid certificate is
    installed; ``REVOKED``: the organisation revoked it (a new key is needed).
    """

    NONE = "none"
    REQUESTED = "requested"
    ISSUED = "issued"
    REVOKED = "revoked"


@dataclass(frozen=True)
class MemberView:
    """The folder as this install sees it.

    Attributes:
        identity: the newest identity of the trusted organisation (``None``: none reads).
        meetings: the newest package of each meeting, newest meeting first.
        certificate: the member's certificate (also when ``REVOKED``).
        ballots_written: fingerprints of the ballot files written from this install
            (signed by this member under a certificate of the organisation).
        proxies_given: ``(meeting, holder or None for blank)`` written from this install
            and signed under the installed certificate, oldest first (the last one of a
            meeting is the member's latest choice).
        archives: ``(meeting, path in the folder)`` of the archives the newest trusted
            package of each meeting names, newest meeting first (open them through
            :func:`archive_path`, which checks them).
        refused: the files refused (forged, altered, malformed, rolled back).
        votes_written: ``(meeting, poll)`` of the ballots in ``ballots_written``.
        waiting: meetings left out of ``meetings`` for this reading because the package
            accepted last time cannot be read at this moment (locked or being rewritten
            by the sync engine): nothing is refused, an older package is not shown as
            current, and the next reading takes the meeting up again.
    """

    membership: Membership
    identity: Identity | None
    meetings: tuple[MeetingPackage, ...]
    certificate_state: CertificateState
    certificate: x509.Certificate | None
    ballots_written: tuple[str, ...] = ()
    proxies_given: tuple[tuple[int, int | None], ...] = ()
    archives: tuple[tuple[int, Path], ...] = ()
    refused: tuple[RefusedFile, ...] = ()
    votes_written: tuple[tuple[int, int], ...] = ()
    waiting: tuple[int, ...] = ()

    def meeting(self, meeting_id: int) -> MeetingPackage | None:
        """The newest package of ``meeting_id``, if the folder has one."""
        return next((p for p in self.meetings if p.meeting_id == meeting_id), None)


def read_folder(home: Path, *, now: datetime) -> MemberView:
    """Read the folder of the membership kept in ``home``.

    Every organisation file is verified under the trusted certificate; for each meeting
    the package with the highest sequence among those that verify is kept, unless it is
    older than one accepted before (refused as rolled back; but while the one accepted
    before cannot be read at this moment, the meeting only waits: see
    :attr:`MemberView.waiting`). A certificate published for the member whose key is
    the keystore's is installed there (pickup). The highest sequences accepted are
    remembered in ``home``.

    Raises:
        UserError: ``member.not_joined``, ``member.membership_damaged``,
            ``member.folder_missing``; from the pickup, ``file.unwritable``.
    """
    membership = load(home)
    if not membership.folder.is_dir():
        raise UserError("member.folder_missing", {"path": str(membership.folder)})
    reader = Reader(membership)
    seen = member_seen.load_seen(home, membership.organisation)
    identity = reader.identity()
    packages = reader.packages(seen.packages)
    meetings = sorted(packages, key=lambda p: (p.on, p.meeting_id), reverse=True)
    sequence, revoked = reader.revocations(seen)
    state, certificate = _certificate(reader, revoked, now)
    own = member_own.Own(reader, membership, certificate)
    ballots_written = own.ballots()
    # A home that cannot be written now: remembered at a later reading.
    with contextlib.suppress(UserError):
        member_seen.remember(home, membership.organisation, member_seen.Seen(
            {p.meeting_id: p.sequence for p in packages}, sequence, revoked))
    return MemberView(
        membership=membership, identity=identity, meetings=tuple(meetings),
        certificate_state=state, certificate=certificate,
        ballots_written=tuple(dict.fromkeys(f for f, _ in ballots_written)),
        proxies_given=own.proxies(), archives=_archives(membership, meetings),
        refused=tuple(reader.refused),
        votes_written=tuple(dict.fromkeys(v for _, v in ballots_written)),
        waiting=tuple(sorted(reader.held)),
    )  # fmt: skip


def _keystore_key(membership: Membership) -> ec.EllipticCurvePublicKey | None:
    assert membership.member_id is not None
    path = personal_keys.key_path(keystore(membership.home), membership.member_id)
    if not path.is_file():
        return None
    try:
        return keyseal.sealed_public_key(read_file(path))
    except UserError:
        return None  # a damaged key file is no key (enrolling again replaces it)


def _installed(membership: Membership) -> x509.Certificate | None:
    assert membership.member_id is not None
    path = personal_keys.certificate_path(keystore(membership.home), membership.member_id)
    try:
        return certificates.from_pem(path.read_bytes()) if path.is_file() else None
    except (OSError, UserError):
        return None


def _certificate(reader: Reader, revoked: frozenset[str],
                 now: datetime) -> tuple[CertificateState, x509.Certificate | None]:
    """The key's state after the pickup (see :class:`CertificateState`)."""
    membership = reader.membership
    if membership.member_id is None:
        return CertificateState.NONE, None
    public = _keystore_key(membership)
    if public is None:
        return CertificateState.NONE, None
    at = now.astimezone()

    def problem(cert: x509.Certificate) -> certificates.CertProblem | None:
        return certificates.check_member_certificate(
            cert, membership.certificate, at=at, revoked_serials=revoked,
            member_id=membership.member_id)

    installed = _installed(membership)
    if installed is not None and not certificates.matches(public, installed):
        installed = None  # left over from an older key
    if installed is None or problem(installed) is not None:
        # The newest valid certificate for this key, if the secretary published one.
        mine = [c for c in reader.member_certificates(membership.member_id)
                if certificates.matches(public, c)]
        fresh = [c for c in mine if problem(c) is None]
        if fresh:
            best = max(fresh, key=lambda c: c.not_valid_before_utc)
            pem = certificates.to_pem(best).encode("ascii")
            installed = personal_keys.install_certificate(keystore(membership.home), pem).certificate
        elif installed is None and mine:
            # Revoked (or expired) before this install picked it up: say so, rather
            # than "waiting for the secretary" for ever.
            newest = max(mine, key=lambda c: c.not_valid_before_utc)
            if any(certificates.serial_hex(c) in revoked for c in mine):
                return CertificateState.REVOKED, newest
            if all(at > c.not_valid_after_utc for c in mine):
                return CertificateState.NONE, None
    if installed is None:
        return CertificateState.REQUESTED, None
    found = problem(installed)
    if found is None:
        return CertificateState.ISSUED, installed
    if found is certificates.CertProblem.REVOKED:
        return CertificateState.REVOKED, installed
    if found is certificates.CertProblem.NOT_YET_VALID:
        return CertificateState.REQUESTED, None  # the member's clock is behind: soon
    return CertificateState.NONE, None  # expired: a new key is needed


def _archives(membership: Membership,
              meetings: list[MeetingPackage]) -> tuple[tuple[int, Path], ...]:
    """The archives the trusted packages name, present in the folder (or copied here)."""
    found = []
    for package in meetings:
        if package.archive is None:
            continue
        path = membership.folder / ARCHIVES_DIR / package.archive.file_name
        copy = Path(membership.home) / ARCHIVE_COPIES / package.archive.file_name
        if any((i := lstat_or_none(p)) is not None and stat.S_ISREG(i.st_mode) for p in (path, copy)):
            found.append((package.meeting_id, path))
    return tuple(sorted(found, key=lambda e: (-e[0], e[1].name)))


def document_path(view: MemberView, meeting_id: int, sha256: str) -> Path:
    """A verified copy, in the member's home, of a document of a meeting: its content
    checked against the SHA-256 and size the signed package gives (up to 64 MiB). Open
    the copy, never the folder's file (which could be swapped after the check).

    Raises:
        UserError: ``member.unknown_meeting``, ``member.document_missing`` (not in the
            package, or not (yet) in the folder), ``member.document_altered``;
            ``file.unwritable``, ``file.unsafe_dir`` (the home).
    """
    package = view.meeting(meeting_id)
    if package is None:
        raise UserError("member.unknown_meeting", {"meeting": str(meeting_id)})
    document = package.document(sha256)
    if document is None:
        raise UserError("member.document_missing", {"title": sha256[:16]})
    source = view.membership.folder / DOCUMENTS_DIR / document.file_name
    try:
        return verified_copy(source, view.membership.home, DOCUMENT_COPIES, document.file_name,
                             sha256=document.sha256, size=document.size)
    except CopyRefused as refused:
        code = "member.document_missing" if refused.problem is Problem.MISSING \
            else "member.document_altered"
        raise UserError(code, {"title": document.title}) from refused


def archive_path(view: MemberView, meeting_id: int, home: Path | None = None) -> Path:
    """A verified copy, in ``home`` (default: the membership's), of the archive the
    newest trusted package of the meeting names: its size and SHA-256 checked as it is
    copied (up to 512 MiB). Open that copy, with the expected organisation.

    Raises:
        UserError: ``member.unknown_meeting``, ``member.archive_missing`` (none named,
            or not (yet) in the folder), ``member.archive_altered``; ``file.unwritable``,
            ``file.unsafe_dir`` (the home).
    """
    package = view.meeting(meeting_id)
    if package is None:
        raise UserError("member.unknown_meeting", {"meeting": str(meeting_id)})
    archive = package.archive
    if archive is None:
        raise UserError("member.archive_missing", {"title": package.title})
    source = view.membership.folder / ARCHIVES_DIR / archive.file_name
    try:
        return verified_copy(source, home or view.membership.home, ARCHIVE_COPIES,
                             archive.file_name, sha256=archive.sha256, size=archive.size)
    except CopyRefused as refused:
        code = "member.archive_missing" if refused.problem is Problem.MISSING \
            else "member.archive_altered"
        raise UserError(code, {"title": package.title}) from refused
