# SPDX-License-Identifier: GPL-3.0-or-later
"""Reading the shared folder's files for a member's install, safely, one file at a time.

:class:`Reader` judges the files of one folder against the organisation certificate the
member trusted when joining; :mod:`talagov.services.member_folder` puts what it accepts
together. Anyone can write into the folder, so nothing found there may stop a reading:
files are read without following links or blocking
(:func:`talagov.services.files.read_regular`), a directory that is a link is refused,
and whatever a parser raises on a file refuses that file only (:meth:`Reader.attempt`).
"""

from __future__ import annotations

import json
import os
import stat
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from functools import partial
from pathlib import Path, PurePosixPath
from typing import TypeVar

from cryptography import x509

from talagov.core import certificates, revocation
from talagov.core.canonical import readable_fingerprint
from talagov.core.errors import UserError
from talagov.core.meeting_package import MeetingPackage, parse_package
from talagov.core.sync_envelope import open_signed, peek
from talagov.core.sync_format import (
    CERTIFICATES_DIR,
    IDENTITY_DIR,
    IDENTITY_FORMAT,
    MAX_PACKAGE,
    MAX_SMALL_FILE,
    MEETINGS_DIR,
    PACKAGE_FORMAT,
    REVOCATIONS_DIR,
    Kind,
    Name,
    member_dir,
    parse_name,
)
from talagov.core.sync_identity import Identity, parse_identity
from talagov.services import member_own, member_seen
from talagov.services.files import read_regular
from talagov.services.member_home import Membership
from talagov.services.member_own import Refused

_T = TypeVar("_T")


@dataclass(frozen=True)
class RefusedFile:
    """A file of the folder that was not accepted.

    Attributes:
        path: relative to the folder, with ``/``.
        reason_code: ``member.foreign_signature`` (it names or carries another
            organisation: ``expected`` and ``found`` fingerprints, readable),
            ``member.bad_signature`` (altered, or signed by another key: ``expected``),
            ``member.file_malformed`` (``cause``: the reader's code),
            ``member.not_regular`` (a link, a FIFO, a directory under a file's name),
            ``member.rolled_back`` (older than one already accepted: ``sequence``,
            ``seen``), ``member.not_written_here`` (in this install's own directory,
            not signed by this member) or ``file.unsafe_dir`` (a directory that is a
            link). All are shown loudly: none is written by the organisation's TalaGov.
        params: the message's parameters (``path`` among them).
    """

    path: str
    reason_code: str
    params: dict[str, object]


class Unreadable(Exception):
    """A file that vanished or is locked (by the sync engine): read it next time."""




def entries_of(directory: Path, kind: Kind) -> list[tuple[Path, Name]]:
    """The files of ``directory`` named as ``kind`` (conflict copies too), highest
    sequence first; partial and stray files are left out."""
    try:
        paths = sorted(directory.iterdir())
    except OSError:
        return []  # not there (yet)
    found = [(p, n) for p in paths if (n := parse_name(p.name, (kind,))) is not None]
    return sorted(found, key=lambda e: -(e[1].sequence or 0))


def lstat_or_none(path: Path) -> os.stat_result | None:
    try:
        return os.lstat(path)
    except OSError:
        return None


class Reader:
    """Judges the files of one folder against the trusted certificate."""

    def __init__(self, membership: Membership) -> None:
        self.membership = membership
        self.folder = membership.folder
        self.trusted = membership.certificate
        self.expected = readable_fingerprint(membership.organisation)
        self.refused: list[RefusedFile] = []
        # Meetings whose newest accepted package could not be read at this moment.
        self.held: set[int] = set()
        self._unsafe: set[str] = set()

    def _rel(self, path: Path) -> str:
        try:
            return path.relative_to(self.folder).as_posix()
        except ValueError:
            return str(path)

    def read(self, path: Path, limit: int) -> bytes:
        """The bytes of a regular file (at most ``limit``), whole."""
        try:
            data = read_regular(path, limit)
        except UserError as exc:
            if exc.code == "file.too_large":
                raise Refused("member.file_malformed", cause="too_large") from exc
            raise Refused("member.not_regular") from exc
        except OSError as exc:
            raise Unreadable(str(path)) from exc
        if not _complete(path, data):
            # Cut short under its final name: a network share or a USB copy still writing
            # it. Read it again next time rather than show the member a red refusal for
            # an ordinary sync; a file that is whole but wrong is still refused.
            raise Unreadable(str(path))
        return data

    def refuse(self, path: Path, refusal: Refused) -> None:
        """Name ``path`` among the refused files."""
        params: dict[str, object] = {"path": self._rel(path), **refusal.params}
        self.refused.append(RefusedFile(self._rel(path), refusal.code, params))

    def attempt(self, path: Path, read: Callable[[], _T]) -> _T | None:
        """``read()``, or ``None`` when it refused the file (named) or could not read it."""
        return self._attempt_unreadable(path, read)[0]

    def _attempt_unreadable(self, path: Path, read: Callable[[], _T]) -> tuple[_T | None, bool]:
        """:meth:`attempt`, and whether the file could not be read at this moment."""
        try:
            return read(), False
        except Refused as refusal:
            self.refuse(path, refusal)
        except Unreadable:
            return None, True  # read it again next time
        # The last line of defence: the parsers are strict and raise UserError, but a
        # refresh must never die on folder content, whatever slipped through them.
        except Exception as exc:
            self.refuse(path, Refused("member.file_malformed", cause=type(exc).__name__))
        return None, False

    def real_dir(self, relative: str) -> bool:
        """Whether ``relative`` is a directory of the folder with no link on the way (a
        link is refused, once): a link planted there would lead the reading elsewhere."""
        current = self.folder
        for part in PurePosixPath(relative).parts:
            current = current / part
            info = lstat_or_none(current)
            if info is None:
                return False  # not there (yet)
            if not stat.S_ISDIR(info.st_mode) or getattr(info, "st_reparse_tag", 0) != 0:
                rel = self._rel(current)
                if rel not in self._unsafe:
                    self._unsafe.add(rel)
                    self.refused.append(RefusedFile(rel, "file.unsafe_dir", {"path": rel}))
                return False
        return True

    def entries(self, relative: str, kind: Kind) -> list[tuple[Path, Name]]:
        """:func:`entries_of` of a real directory of the folder."""
        return entries_of(self.folder / relative, kind) if self.real_dir(relative) else []

    def _judge(self, carried: str, data: bytes, format: str, limit: int) -> None:
        """Refuse a file that names another organisation, or does not verify."""
        if carried != self.membership.organisation:
            raise Refused("member.foreign_signature", expected=self.expected,
                           found=readable_fingerprint(carried))
        try:
            open_signed(data, format, self.trusted, limit=limit)
        except UserError as exc:
            raise Refused("member.bad_signature", expected=self.expected) from exc

    def identity(self) -> Identity | None:
        """The newest identity of the trusted organisation."""
        def read(path: Path) -> Identity:
            data = self.read(path, MAX_SMALL_FILE)
            identity = parsed(lambda: parse_identity(peek(data, IDENTITY_FORMAT)))
            self._judge(identity.organisation, data, IDENTITY_FORMAT, MAX_SMALL_FILE)
            return identity

        # An identity's name carries no sequence: every one is read (there are few).
        found = [i for path, _ in self.entries(IDENTITY_DIR, Kind.IDENTITY)
                 if (i := self.attempt(path, partial(read, path))) is not None]  # fmt: skip
        return max(found, key=lambda i: (i.sequence, i.issued_at), default=None)

    def packages(self, seen: Mapping[int, int]) -> list[MeetingPackage]:
        """The newest package that verifies of each meeting; one older than the package
        already accepted for that meeting (``seen``) is refused as rolled back.

        A meeting whose package accepted last time is there but cannot be read at this
        moment (locked, or being rewritten by the sync engine) is left out of this
        reading, without a refusal: an older one is neither shown as current nor called
        rolled back (:attr:`held` names the meeting). Gone, or replaced by something that
        does not verify, it is still a rollback.
        """
        by_meeting: dict[int, list[tuple[Path, Name]]] = {}
        for path, name in self.entries(MEETINGS_DIR, Kind.PACKAGE):
            by_meeting.setdefault(name.meeting_id or 0, []).append((path, name))
        newest: list[MeetingPackage] = []
        for meeting_id, files in by_meeting.items():
            floor = seen.get(meeting_id, 0)
            waiting = False  # the package accepted last time, unreadable just now
            for path, name in files:  # highest sequence first
                if (name.sequence or 0) < floor:
                    if waiting:
                        self.held.add(meeting_id)
                    else:
                        self.refuse(path, Refused("member.rolled_back",
                                                   sequence=name.sequence, seen=floor))
                    break
                package, unreadable = self._attempt_unreadable(
                    path, partial(self._package, path, name))
                if package is not None:
                    newest.append(package)
                    break
                # Only the very version accepted: a newer one unreadable while that one
                # is gone is no excuse (a rollback hidden behind a truncated file).
                waiting = waiting or (unreadable and floor > 0 and name.sequence == floor)
            else:
                if waiting:
                    self.held.add(meeting_id)
        return newest

    def _package(self, path: Path, name: Name) -> MeetingPackage:
        data = self.read(path, MAX_PACKAGE)
        # parse_package checks that the certificate carried is the organisation named.
        package = parsed(lambda: parse_package(peek(data, PACKAGE_FORMAT, limit=MAX_PACKAGE)))
        self._judge(package.organisation, data, PACKAGE_FORMAT, MAX_PACKAGE)
        if (package.meeting_id, package.sequence) != (name.meeting_id, name.sequence):
            raise Refused("member.file_malformed", cause="misnamed")
        return package

    def revocations(self, seen: member_seen.Seen) -> tuple[int, frozenset[str]]:
        """The sequence and serials of the newest revocation list that verifies; one
        older than the list already accepted is refused, and that list's serials kept."""
        public = certificates.ec_public_key(self.trusted)

        def read(path: Path, name: Name) -> revocation.RevocationList:
            data = self.read(path, MAX_SMALL_FILE)
            assert public is not None  # the membership's certificate is a P-256 CA's
            try:
                listed = revocation.read_list(data, public)
            except UserError as exc:
                code = "member.bad_signature" if exc.code == "revocation.bad_signature" \
                    else "member.file_malformed"
                raise Refused(code, expected=self.expected, cause=exc.code) from exc
            if listed.organisation != self.membership.organisation:
                raise Refused("member.foreign_signature", expected=self.expected,
                               found=readable_fingerprint(listed.organisation))
            # The genuine list of sequence 1 copied as "revocations-99-…" must not win.
            if listed.sequence != name.sequence:
                raise Refused("member.file_malformed", cause="misnamed")
            return listed

        waiting = False  # as for packages: the newest accepted, unreadable just now
        for path, name in self.entries(REVOCATIONS_DIR, Kind.REVOCATIONS):
            if (name.sequence or 0) < seen.revocations:
                if not waiting:
                    self.refuse(path, Refused("member.rolled_back", sequence=name.sequence,
                                               seen=seen.revocations))
                break
            listed, unreadable = self._attempt_unreadable(path, partial(read, path, name))
            if listed is not None:
                return listed.sequence, listed.serials
            waiting = waiting or (unreadable and seen.revocations > 0
                                  and name.sequence == seen.revocations)
        return seen.revocations, seen.revoked  # the serials remembered stay revoked

    def member_certificates(self, member_id: int) -> list[x509.Certificate]:
        """The organisation's certificates published for ``member_id`` (others refused)."""
        def read(path: Path) -> x509.Certificate:
            cert = parsed(partial(certificates.from_pem, self.read(path, MAX_SMALL_FILE)))
            if not member_own.issued_by(cert, self.trusted):
                raise Refused("member.bad_signature", expected=self.expected)
            if certificates.member_id_of(cert) != member_id:
                raise Refused("member.file_malformed", cause="misnamed")
            return cert

        return [cert for path, name in self.entries(CERTIFICATES_DIR, Kind.CERTIFICATE)
                if name.member_id == member_id  # another member's: not this install's business
                and (cert := self.attempt(path, partial(read, path))) is not None]  # fmt: skip

    def own_files(self, directory: str, kind: Kind) -> list[tuple[Path, bytes]]:
        """This install's own files of ``kind`` with their bytes (a linked directory is
        refused: what it holds is not in the folder the secretary reads)."""
        relative = f"{member_dir(self.membership.install_id)}/{directory}"
        return [(path, data) for path, _ in self.entries(relative, kind)
                if (data := self.attempt(path, partial(self.read, path, MAX_SMALL_FILE)))
                is not None]  # fmt: skip


def _complete(path: Path, data: bytes) -> bool:
    """Whether ``data`` is at least a whole JSON text or PEM block (not its beginning)."""
    if path.suffix == ".pem":
        return b"-----END " in data
    if path.suffix == ".json":
        try:
            json.loads(data)
        except ValueError:  # UnicodeDecodeError and JSONDecodeError are ValueErrors
            return False
        except RecursionError:
            return True  # deeply nested: whole, and the parser refuses it
    return True


def parsed(parse: Callable[[], _T]) -> _T:
    try:
        return parse()
    except UserError as exc:
        raise Refused("member.file_malformed", cause=exc.code) from exc
    # The parsers are strict and raise UserError; a hostile file (deeply nested JSON, a
    # certificate with a duplicated extension...) must still never crash the reading.
    except Exception as exc:
        raise Refused("member.file_malformed", cause=type(exc).__name__) from exc
