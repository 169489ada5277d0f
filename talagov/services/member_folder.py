# SPDX-License-Identifier: GPL-3.0-or-later
"""What a member's install reads from the shared folder, judged against the trusted key.

Every file under ``organisation/`` must verify under the organisation certificate the
member trusted when joining (:mod:`talagov.services.member_home`). A file that names or
carries another organisation, or whose signature fails, is *refused*, and the refusal
is part of what is read (:class:`RefusedFile`) so that the window shows it in red: it
means someone wrote into the folder in the organisation's name. Reading never writes to
the folder; it may install in the keystore the certificate the secretary published for
the member's key (the pickup).

Newer versions of a file are new files with a higher sequence in their name: files are
read highest sequence first, and older ones are not read once one verifies.
"""

from __future__ import annotations

import enum
import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import datetime
from functools import partial
from pathlib import Path
from typing import TypeVar

from cryptography import x509
from cryptography.exceptions import InvalidSignature, UnsupportedAlgorithm
from cryptography.hazmat.primitives.asymmetric import ec

from talagov.core import ballots, certificates, keyseal, revocation, sync_proxy
from talagov.core.canonical import readable_fingerprint, sha256_hex
from talagov.core.errors import UserError
from talagov.core.meeting_package import MeetingPackage, parse_package
from talagov.core.sync_envelope import open_signed, peek
from talagov.core.sync_format import (
    ARCHIVES_DIR,
    BALLOTS,
    CERTIFICATES_DIR,
    DOCUMENTS_DIR,
    IDENTITY_DIR,
    IDENTITY_FORMAT,
    MAX_DOCUMENT,
    MAX_PACKAGE,
    MAX_SMALL_FILE,
    MEETINGS_DIR,
    PACKAGE_FORMAT,
    PROXIES,
    REVOCATIONS_DIR,
    Kind,
    Name,
    parse_name,
)
from talagov.core.sync_identity import Identity, parse_identity
from talagov.services import personal_keys
from talagov.services.files import read_file
from talagov.services.member_home import Membership, keystore, load

_T = TypeVar("_T")


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
class RefusedFile:
    """An organisation file that was not accepted.

    Attributes:
        path: relative to the folder, with ``/``.
        reason_code: ``member.foreign_signature`` (it names or carries another
            organisation: ``expected`` and ``found`` fingerprints, readable),
            ``member.bad_signature`` (altered, or signed by another key: ``expected``)
            or ``member.file_malformed`` (``cause``: the reader's code). All are shown
            loudly: none is written by the organisation's TalaGov.
        params: the message's parameters (``path`` among them).
    """

    path: str
    reason_code: str
    params: dict[str, object]


@dataclass(frozen=True)
class MemberView:
    """The folder as this install sees it.

    Attributes:
        identity: the newest identity of the trusted organisation (``None``: none reads).
        meetings: the newest package of each meeting, newest meeting first.
        certificate: the member's installed certificate (also when ``REVOKED``).
        ballots_written: fingerprints of the ballot files written from this install.
        proxies_given: ``(meeting, holder or None for blank)`` written from this install,
            oldest first (the last one of a meeting is the member's latest choice).
        archives: ``(meeting, path)`` of the published archives, newest meeting first.
        refused: the organisation files refused (forged, altered, malformed).
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

    def meeting(self, meeting_id: int) -> MeetingPackage | None:
        """The newest package of ``meeting_id``, if the folder has one."""
        return next((p for p in self.meetings if p.meeting_id == meeting_id), None)


class _Refused(Exception):
    """A file refused: ``code`` and the message's parameters."""

    def __init__(self, code: str, **params: object) -> None:
        super().__init__(code)
        self.code, self.params = code, params


class _Unreadable(Exception):
    """A file that vanished or is locked (by the sync engine): read it next time."""


def _entries(directory: Path, kind: Kind) -> list[tuple[Path, Name]]:
    """The files of ``directory`` named as ``kind`` (conflict copies too), highest
    sequence first; partial and stray files are left out."""
    try:
        paths = sorted(directory.iterdir())
    except OSError:
        return []  # not there (yet)
    found = [(p, n) for p in paths if (n := parse_name(p.name, (kind,))) is not None]
    return sorted(found, key=lambda e: -(e[1].sequence or 0))


class _Reader:
    """Judges the organisation's files of one folder against the trusted certificate."""

    def __init__(self, membership: Membership) -> None:
        self.membership = membership
        self.folder = membership.folder
        self.trusted = membership.certificate
        self.expected = readable_fingerprint(membership.organisation)
        self.refused: list[RefusedFile] = []

    def _rel(self, path: Path) -> str:
        return path.relative_to(self.folder).as_posix()

    def _read(self, path: Path, limit: int) -> bytes:
        try:
            if path.stat().st_size > limit:
                raise _Refused("member.file_malformed", cause="too_large")
            data = path.read_bytes()
        except OSError as exc:
            raise _Unreadable(str(path)) from exc
        if not _complete(path, data):
            # Cut short under its final name: a network share or a USB copy still writing
            # it. Read it again next time rather than show the member a red refusal for
            # an ordinary sync; a file that is whole but wrong is still refused.
            raise _Unreadable(str(path))
        return data

    def _refuse(self, path: Path, refusal: _Refused) -> None:
        params: dict[str, object] = {"path": self._rel(path), **refusal.params}
        self.refused.append(RefusedFile(self._rel(path), refusal.code, params))

    def _judge(self, carried: str, data: bytes, format: str, limit: int) -> None:
        """Refuse a file that names another organisation, or does not verify."""
        if carried != self.membership.organisation:
            raise _Refused("member.foreign_signature", expected=self.expected,
                           found=readable_fingerprint(carried))
        try:
            open_signed(data, format, self.trusted, limit=limit)
        except UserError as exc:
            raise _Refused("member.bad_signature", expected=self.expected) from exc

    def _accepted(self, directory: str, kind: Kind, read: Callable[[Path, Name], _T], *,
                  first: bool) -> list[_T]:
        """What ``read`` accepts of the files (highest sequence in the name first): all
        of them, or only the ``first`` one."""
        accepted: list[_T] = []
        for path, name in _entries(self.folder / directory, kind):
            try:
                accepted.append(read(path, name))
            except _Refused as refusal:
                self._refuse(path, refusal)
                continue
            except _Unreadable:
                continue
            if first:
                break
        return accepted

    def identity(self) -> Identity | None:
        """The newest identity of the trusted organisation."""
        def read(path: Path, name: Name) -> Identity:
            data = self._read(path, MAX_SMALL_FILE)
            identity = _parsed(lambda: parse_identity(peek(data, IDENTITY_FORMAT)))
            self._judge(identity.organisation, data, IDENTITY_FORMAT, MAX_SMALL_FILE)
            return identity

        # An identity's name carries no sequence: every one is read (there are few).
        found = self._accepted(IDENTITY_DIR, Kind.IDENTITY, read, first=False)
        return max(found, key=lambda i: (i.sequence, i.issued_at), default=None)

    def packages(self) -> list[MeetingPackage]:
        """The newest package that verifies of each meeting."""
        by_meeting: dict[int, list[tuple[Path, Name]]] = {}
        for path, name in _entries(self.folder / MEETINGS_DIR, Kind.PACKAGE):
            by_meeting.setdefault(name.meeting_id or 0, []).append((path, name))
        newest: list[MeetingPackage] = []
        for files in by_meeting.values():
            for path, name in files:  # highest sequence first
                try:
                    newest.append(self._package(path, name))
                    break
                except _Refused as refusal:
                    self._refuse(path, refusal)
                except _Unreadable:
                    continue
        return newest

    def _package(self, path: Path, name: Name) -> MeetingPackage:
        data = self._read(path, MAX_PACKAGE)
        # parse_package checks that the certificate carried is the organisation named.
        package = _parsed(lambda: parse_package(peek(data, PACKAGE_FORMAT, limit=MAX_PACKAGE)))
        self._judge(package.organisation, data, PACKAGE_FORMAT, MAX_PACKAGE)
        if (package.meeting_id, package.sequence) != (name.meeting_id, name.sequence):
            raise _Refused("member.file_malformed", cause="misnamed")
        return package

    def revoked_serials(self) -> frozenset[str]:
        """The serials of the newest revocation list that verifies (none: empty)."""
        public = certificates.ec_public_key(self.trusted)

        def read(path: Path, name: Name) -> revocation.RevocationList:
            data = self._read(path, MAX_SMALL_FILE)
            assert public is not None  # the membership's certificate is a P-256 CA's
            try:
                listed = revocation.read_list(data, public)
            except UserError as exc:
                code = "member.bad_signature" if exc.code == "revocation.bad_signature" \
                    else "member.file_malformed"
                raise _Refused(code, expected=self.expected, cause=exc.code) from exc
            if listed.organisation != self.membership.organisation:
                raise _Refused("member.foreign_signature", expected=self.expected,
                               found=readable_fingerprint(listed.organisation))
            return listed

        found = self._accepted(REVOCATIONS_DIR, Kind.REVOCATIONS, read, first=True)
        return found[0].serials if found else frozenset()

    def member_certificates(self, member_id: int) -> Iterator[x509.Certificate]:
        """The organisation's certificates published for ``member_id`` (others refused)."""
        for path, name in _entries(self.folder / CERTIFICATES_DIR, Kind.CERTIFICATE):
            if name.member_id != member_id:
                continue  # another member's: not this install's business
            try:
                data = self._read(path, MAX_SMALL_FILE)
                cert = _parsed(partial(certificates.from_pem, data))
                try:
                    cert.verify_directly_issued_by(self.trusted)
                except (ValueError, TypeError, InvalidSignature, UnsupportedAlgorithm) as exc:
                    raise _Refused("member.bad_signature", expected=self.expected) from exc
                if certificates.member_id_of(cert) != member_id:
                    raise _Refused("member.file_malformed", cause="misnamed")
            except _Refused as refusal:
                self._refuse(path, refusal)
                continue
            except _Unreadable:
                continue
            yield cert

    def own_files(self, directory: str, kind: Kind) -> Iterator[bytes]:
        """The bytes of this install's own files of ``kind`` (unreadable ones skipped)."""
        for path, _ in _entries(self.membership.own_dir / directory, kind):
            try:
                yield self._read(path, MAX_SMALL_FILE)
            except (_Refused, _Unreadable):
                continue


def _complete(path: Path, data: bytes) -> bool:
    """Whether ``data`` is at least a whole JSON text or PEM block (not its beginning)."""
    if path.suffix == ".pem":
        return b"-----END " in data
    if path.suffix == ".json":
        try:
            json.loads(data)
        except ValueError:  # UnicodeDecodeError and JSONDecodeError are ValueErrors
            return False
    return True


def _parsed(parse: Callable[[], _T]) -> _T:
    try:
        return parse()
    except UserError as exc:
        raise _Refused("member.file_malformed", cause=exc.code) from exc
    # The parsers are strict and raise UserError; a hostile file must still never crash
    # the member's window, whatever slipped through them.
    except (ValueError, TypeError, KeyError, IndexError, AttributeError) as exc:
        raise _Refused("member.file_malformed", cause=type(exc).__name__) from exc


def read_folder(home: Path, *, now: datetime) -> MemberView:
    """Read the folder of the membership kept in ``home``.

    Every organisation file is verified under the trusted certificate; for each meeting
    the package with the highest sequence among those that verify is kept. A certificate
    published for the member whose key is the keystore's is installed there (pickup).

    Raises:
        UserError: ``member.not_joined``, ``member.membership_damaged``,
            ``member.folder_missing``; from the pickup, ``file.unwritable``.
    """
    membership = load(home)
    if not membership.folder.is_dir():
        raise UserError("member.folder_missing", {"path": str(membership.folder)})
    reader = _Reader(membership)
    identity = reader.identity()
    meetings = sorted(reader.packages(), key=lambda p: (p.on, p.meeting_id), reverse=True)
    state, certificate = _certificate(reader, reader.revoked_serials(), now)
    written = dict.fromkeys(_ballot_fingerprints(reader))
    return MemberView(
        membership=membership, identity=identity, meetings=tuple(meetings),
        certificate_state=state, certificate=certificate, ballots_written=tuple(written),
        proxies_given=_proxies(reader), archives=_archives(membership.folder),
        refused=tuple(reader.refused),
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


def _certificate(reader: _Reader, revoked: frozenset[str],
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
        fresh = [c for c in reader.member_certificates(membership.member_id)
                 if certificates.matches(public, c) and problem(c) is None]
        if fresh:
            best = max(fresh, key=lambda c: c.not_valid_before_utc)
            pem = certificates.to_pem(best).encode("ascii")
            installed = personal_keys.install_certificate(keystore(membership.home), pem).certificate
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


def _ballot_fingerprints(reader: _Reader) -> Iterator[str]:
    for data in reader.own_files(BALLOTS, Kind.BALLOT):
        try:
            yield ballots.from_file(data).fingerprint
        except UserError:
            continue  # not one this install wrote whole: the secretary's side judges


def _proxies(reader: _Reader) -> tuple[tuple[int, int | None], ...]:
    found: dict[str, sync_proxy.ProxyContent] = {}
    for data in reader.own_files(PROXIES, Kind.PROXY):
        try:
            proxy = sync_proxy.parse_proxy(data)
        except UserError:
            continue
        found[proxy.fingerprint] = proxy.content
    ordered = sorted(found.values(), key=lambda c: (c.given_at, c.nonce))
    return tuple((c.meeting_id, c.holder_id) for c in ordered)


def _archives(folder: Path) -> tuple[tuple[int, Path], ...]:
    found = [(name.meeting_id or 0, path) for path, name in _entries(folder / ARCHIVES_DIR, Kind.ARCHIVE)]
    return tuple(sorted(found, key=lambda e: (-e[0], e[1].name)))


def document_path(view: MemberView, meeting_id: int, sha256: str) -> Path:
    """Where a document of a meeting is in the folder, once its content was checked
    against the SHA-256 the signed package gives (it is read whole: up to 64 MiB).

    Raises:
        UserError: ``member.unknown_meeting``, ``member.document_missing`` (not in the
            package, or not (yet) in the folder), ``member.document_altered``.
    """
    package = view.meeting(meeting_id)
    if package is None:
        raise UserError("member.unknown_meeting", {"meeting": str(meeting_id)})
    document = package.document(sha256)
    if document is None:
        raise UserError("member.document_missing", {"title": sha256[:16]})
    path = view.membership.folder / DOCUMENTS_DIR / document.file_name
    try:
        if path.stat().st_size > MAX_DOCUMENT:
            raise UserError("member.document_altered", {"title": document.title})
        data = path.read_bytes()
    except OSError as exc:  # not synchronised yet, most likely
        raise UserError("member.document_missing", {"title": document.title}) from exc
    if sha256_hex(data) != document.sha256:
        raise UserError("member.document_altered", {"title": document.title})
    return path
