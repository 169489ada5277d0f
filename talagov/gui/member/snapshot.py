# SPDX-License-Identifier: GPL-3.0-or-later
"""One reading of the shared folder, done off the GUI thread, and what the window shows of it.

:func:`read_snapshot` calls :func:`talagov.services.member_folder.read_folder` (which
verifies every file of ``organisation/`` against the trusted certificate) and adds what
the window needs besides: the fingerprint of the member's key to read to the secretary
(of the certificate's key, else of the key waiting in the keystore), and which polls
already have a ballot this member signed from this install.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from talagov.core import certificates, keyseal
from talagov.core.errors import UserError
from talagov.core.sync_request import public_key_fingerprint
from talagov.services import member_folder, member_home, personal_keys
from talagov.services.files import read_file
from talagov.services.member_folder import MemberView
from talagov.services.member_home import Membership


@dataclass(frozen=True)
class Snapshot:
    """The folder as read at ``read_at``.

    Attributes:
        key_fingerprint: SHA-256 (hex) of the member's public key (SubjectPublicKeyInfo
            DER, as the secretary's install shows it; ``None``: no key).
        voted: meeting id → the ids of the polls with a ballot file written from here.
    """

    view: MemberView
    read_at: datetime
    key_fingerprint: str | None = None
    voted: dict[int, frozenset[int]] = field(default_factory=dict)

    @property
    def membership(self) -> Membership:
        """Who and where the member is."""
        return self.view.membership


def read_snapshot(home: Path, now: datetime) -> Snapshot:
    """Read the folder for the member install at ``home`` (run it on a worker thread).

    Raises:
        UserError: from ``read_folder`` (``member.not_joined``, ``member.folder_missing``…).
    """
    view = member_folder.read_folder(home, now=now)
    return Snapshot(view, now, _key_fingerprint(view), _voted(view))


def _key_fingerprint(view: MemberView) -> str | None:
    """Of the certificate's key once issued, else of the key waiting in the keystore."""
    if view.certificate is not None:
        public = certificates.ec_public_key(view.certificate)
        if public is not None:
            return public_key_fingerprint(public)
    membership = view.membership
    if membership.member_id is None:
        return None
    path = personal_keys.key_path(member_home.keystore(membership.home), membership.member_id)
    try:
        return public_key_fingerprint(keyseal.sealed_public_key(read_file(path)))
    except (OSError, UserError):
        return None  # no key (yet), or a damaged one: enrolling again replaces it


def _voted(view: MemberView) -> dict[int, frozenset[int]]:
    """The polls with a ballot this member signed here (judged by content, not by the
    file names: anyone can drop a file named like a ballot into the install's directory)."""
    found: dict[int, set[int]] = {}
    for meeting_id, poll_id in view.votes_written:
        found.setdefault(meeting_id, set()).add(poll_id)
    return {meeting: frozenset(polls) for meeting, polls in found.items()}
