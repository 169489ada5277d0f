# SPDX-License-Identifier: GPL-3.0-or-later
"""The files of this install's own directory of the folder, as the member's window shows
them: the ballots written and the proxies given.

``members/<install id>/`` is public (its name is in the folder), so anyone can drop a
file there. A ballot counts as written from here only if this member signed it under a
certificate of the organisation; a proxy counts as given only if it is signed under the
certificate installed now and names this member as principal. Anything else found there
is refused loudly (``member.not_written_here``): it is not this install's, and the
secretary's install will set it aside too.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Protocol, TypeVar

from cryptography import x509

from talagov.core import ballots, certificates, sync_proxy
from talagov.core.errors import UserError
from talagov.core.sync_format import BALLOTS, PROXIES, Kind
from talagov.services.member_home import Membership

_T = TypeVar("_T")


class Refused(Exception):
    """A file refused: ``code`` and the message's parameters."""

    def __init__(self, code: str, **params: object) -> None:
        super().__init__(code)
        self.code, self.params = code, params


class Files(Protocol):
    """What :class:`Own` needs of the folder's reader."""

    def own_files(self, directory: str, kind: Kind) -> list[tuple[Path, bytes]]:
        """This install's files of ``kind`` under ``directory``, with their bytes."""

    def attempt(self, path: Path, read: Callable[[], _T]) -> _T | None:
        """``read()``; ``None`` when it refused the file (then named) or failed."""


def issued_by(cert: x509.Certificate, authority: x509.Certificate) -> bool:
    """Whether ``authority`` signed ``cert`` (anything cryptography raises: no)."""
    try:
        cert.verify_directly_issued_by(authority)
    except Exception:  # InvalidSignature, ValueError, TypeError, UnsupportedAlgorithm...
        return False
    return True


def _parsed(parse: Callable[[bytes], _T], data: bytes) -> _T:
    """``parse(data)``; a file it refuses is not this install's."""
    try:
        return parse(data)
    except UserError as exc:
        raise Refused("member.not_written_here") from exc


class Own:
    """Judges the files of this install's directory."""

    def __init__(self, files: Files, membership: Membership,
                 installed: x509.Certificate | None) -> None:
        self.files, self.membership, self.installed = files, membership, installed

    def _signed_here(self, organisation: str, signer_id: int, cert: x509.Certificate,
                     valid: Callable[[], bool]) -> None:
        """Refuse a file unless this member signed it for this organisation (``valid()``:
        the signature verifies, asked only then), under a certificate of the organisation."""
        if organisation != self.membership.organisation \
                or signer_id != self.membership.member_id \
                or not valid() or certificates.member_id_of(cert) != self.membership.member_id \
                or not issued_by(cert, self.membership.certificate):
            raise Refused("member.not_written_here")

    def _judged(self, directory: str, kind: Kind, judge: Callable[[bytes], _T | None]) -> list[_T]:
        """What ``judge`` makes of each of this install's files of ``kind`` (a file it
        refused, or found genuine but not to show, is left out)."""
        if self.membership.member_id is None:
            return []  # no member yet: nothing can be theirs, nothing to judge
        found = []
        for path, data in self.files.own_files(directory, kind):
            item = self.files.attempt(path, partial(judge, data))
            if item is not None:
                found.append(item)
        return found

    def _ballot(self, data: bytes) -> tuple[str, tuple[int, int]]:
        ballot = _parsed(ballots.from_file, data)
        content = ballot.content
        self._signed_here(content.organisation, content.voter_id, ballot.certificate,
                          partial(ballots.signature_valid, ballot))
        return ballot.fingerprint, (content.meeting_id, content.poll_id)

    def ballots(self) -> list[tuple[str, tuple[int, int]]]:
        """``(fingerprint, (meeting, poll))`` of the ballots this member wrote here."""
        return self._judged(BALLOTS, Kind.BALLOT, self._ballot)

    def _proxy(self, data: bytes) -> sync_proxy.SignedProxy | None:
        proxy = _parsed(sync_proxy.parse_proxy, data)
        content = proxy.content
        self._signed_here(content.organisation, content.principal_id, proxy.certificate,
                          partial(sync_proxy.proxy_signature_valid, proxy))
        # Signed by this member, under an older key: genuine, but not shown as given.
        if self.installed is None or certificates.fingerprint(proxy.certificate) \
                != certificates.fingerprint(self.installed):
            return None
        return proxy

    def proxies(self) -> tuple[tuple[int, int | None], ...]:
        """``(meeting, holder)`` of the proxies given from here, oldest first."""
        found = {p.fingerprint: p.content for p in self._judged(PROXIES, Kind.PROXY, self._proxy)}
        ordered = sorted(found.values(), key=lambda c: (c.given_at, c.nonce))
        return tuple((c.meeting_id, c.holder_id) for c in ordered)
