# SPDX-License-Identifier: GPL-3.0-or-later
"""The shared folder's layout and file names (``docs/sync-format.md``).

Installs of one cooperative work together through one folder that a sync engine keeps in
step. Nothing here touches the disk: these are the names, and the rules that decide what a
name is. Two rules make the folder safe without any server or lock:

* each install writes only under its own directory (the organisation's install under
  ``organisation/``, a member's install under ``members/<install id>/``) and never deletes
  or rewrites a file, its own or another's;
* every name carries a digest of the file's content, so two installs never write the same
  name, and a file once written never changes.

Names that a sync engine makes (temporary ``.part`` files, Syncthing's ``.sync-conflict-``
copies, Nextcloud's and Dropbox's "conflicted copy") are recognised here, so that a reader
can skip the partial ones and read the conflict copies as the files they copy.
"""

from __future__ import annotations

import enum
import re
from dataclasses import dataclass

ORGANISATION_DIR = "organisation"
MEMBERS_DIR = "members"

# Under organisation/
IDENTITY_DIR = "organisation"  # organisation/identity-<h16>.json
MEETINGS_DIR = "organisation/meetings"  # meeting-<meeting>-<sequence>-<h16>.json
DOCUMENTS_DIR = "organisation/documents"  # <sha256>.<ext>
CERTIFICATES_DIR = "organisation/certificates"  # member-<member>-<h16>.pem
REVOCATIONS_DIR = "organisation/revocations"  # revocations-<sequence>-<h16>.json
ARCHIVES_DIR = "organisation/archives"  # meeting-<meeting>-<h16>.zip

# Under members/<install id>/
REQUESTS = "requests"  # request-<h16>.json
PROXIES = "proxies"  # proxy-<meeting>-<h16>.json
BALLOTS = "ballots"  # ballot-<meeting>-<poll>-<fingerprint 16>.json (core.ballots.file_name)

IDENTITY_FORMAT = "talagov.sync-identity"
PACKAGE_FORMAT = "talagov.meeting-package"
REQUEST_FORMAT = "talagov.certificate-request"
PROXY_FORMAT = "talagov.proxy"
MEMBERSHIP_FORMAT = "talagov.membership"
FORMAT_VERSION = 1

# A file bigger than this is not one of ours: it is quarantined unread. Documents and
# archives (read by member installs only, checked against their SHA-256) have their own.
MAX_SMALL_FILE = 4 * 1024 * 1024
MAX_DOCUMENT = 64 * 1024 * 1024
MAX_ARCHIVE = 512 * 1024 * 1024
# A meeting package carries every member of the roll with their certificate (under 1 kB
# each): a roll of thousands of members outgrows MAX_SMALL_FILE.
MAX_PACKAGE = 32 * 1024 * 1024

_HEX16 = r"[0-9a-f]{16}"
_INSTALL = re.compile(r"[0-9a-f]{32}")
_NUMBER = r"[1-9][0-9]{0,17}"


class Kind(enum.StrEnum):
    """What a file of the folder is, by its directory and name."""

    IDENTITY = "identity"
    PACKAGE = "package"
    DOCUMENT = "document"
    CERTIFICATE = "certificate"
    REVOCATIONS = "revocations"
    ARCHIVE = "archive"
    REQUEST = "request"
    PROXY = "proxy"
    BALLOT = "ballot"


_PATTERNS: dict[Kind, re.Pattern[str]] = {
    Kind.IDENTITY: re.compile(rf"identity-(?P<h>{_HEX16})\.json"),
    Kind.PACKAGE: re.compile(rf"meeting-(?P<meeting>{_NUMBER})-(?P<seq>{_NUMBER})-(?P<h>{_HEX16})\.json"),
    Kind.DOCUMENT: re.compile(r"(?P<h>[0-9a-f]{64})(?:\.[a-z0-9]{1,8})?"),
    Kind.CERTIFICATE: re.compile(rf"member-(?P<member>{_NUMBER})-(?P<h>{_HEX16})\.pem"),
    Kind.REVOCATIONS: re.compile(rf"revocations-(?P<seq>{_NUMBER})-(?P<h>{_HEX16})\.json"),
    Kind.ARCHIVE: re.compile(rf"meeting-(?P<meeting>{_NUMBER})-(?P<h>{_HEX16})\.zip"),
    Kind.REQUEST: re.compile(rf"request-(?P<h>{_HEX16})\.json"),
    Kind.PROXY: re.compile(rf"proxy-(?P<meeting>{_NUMBER})-(?P<h>{_HEX16})\.json"),
    Kind.BALLOT: re.compile(rf"ballot-(?P<meeting>{_NUMBER})-(?P<poll>{_NUMBER})-(?P<h>{_HEX16})\.json"),
}

# Which kinds live in which directory (relative to the folder; members' ones relative to
# members/<install id>/).
ORGANISATION_KINDS: dict[str, tuple[Kind, ...]] = {
    IDENTITY_DIR: (Kind.IDENTITY,),
    MEETINGS_DIR: (Kind.PACKAGE,),
    DOCUMENTS_DIR: (Kind.DOCUMENT,),
    CERTIFICATES_DIR: (Kind.CERTIFICATE,),
    REVOCATIONS_DIR: (Kind.REVOCATIONS,),
    ARCHIVES_DIR: (Kind.ARCHIVE,),
}
MEMBER_KINDS: dict[str, Kind] = {REQUESTS: Kind.REQUEST, PROXIES: Kind.PROXY, BALLOTS: Kind.BALLOT}

# Sync engines' conflict copies. Syncthing: "name.sync-conflict-20261201-101500-ABCDEF7.ext";
# Nextcloud: "name (conflicted copy 2026-12-01 101500).ext" or "name_conflict-2026…";
# Dropbox: "name (Jane's conflicted copy 2026-12-01).ext".
_CONFLICT = re.compile(
    r"(?P<stem>.+?)(?:\.sync-conflict-[0-9]{8}-[0-9]{6}-[A-Z0-9]{7}"
    r"| \([^()]*conflicted copy[^()]*\)"
    r"|_conflict-[0-9]{8}-[0-9]{6})(?P<ext>\.[A-Za-z0-9]{1,8})?"
)
# Temporary names of sync engines and of our own atomic writes: never read.
_PARTIAL_SUFFIXES = (".part", ".tmp", ".partial", ".crdownload", ".download", "~", ".swp")


@dataclass(frozen=True)
class Name:
    """A file name understood: its kind, the digest it carries, the numbers in it.

    Attributes:
        conflict: the name is a sync engine's conflict copy of ``canonical``.
        canonical: the name the file would have without the conflict suffix.
    """

    kind: Kind
    digest: str
    canonical: str
    conflict: bool = False
    meeting_id: int | None = None
    poll_id: int | None = None
    member_id: int | None = None
    sequence: int | None = None


def is_partial(name: str) -> bool:
    """A name that is being written (ours or a sync engine's) or hidden: never read."""
    return name.startswith((".", "~$")) or name.endswith(_PARTIAL_SUFFIXES)


def is_install_id(text: str) -> bool:
    """32 lowercase hex digits: the name of a member install's directory."""
    return _INSTALL.fullmatch(text) is not None


def parse_name(name: str, kinds: tuple[Kind, ...]) -> Name | None:
    """What ``name`` is, among ``kinds`` (those of its directory); ``None`` when it is none
    of them (a stray file, a partial one). A conflict copy is recognised as such."""
    if is_partial(name):
        return None
    canonical, conflict = name, False
    copy = _CONFLICT.fullmatch(name)
    if copy is not None:
        canonical, conflict = copy["stem"] + (copy["ext"] or ""), True
    for kind in kinds:
        found = _PATTERNS[kind].fullmatch(canonical)
        if found is None:
            continue
        groups = found.groupdict()
        return Name(
            kind, groups["h"], canonical, conflict,
            meeting_id=_opt_int(groups.get("meeting")), poll_id=_opt_int(groups.get("poll")),
            member_id=_opt_int(groups.get("member")), sequence=_opt_int(groups.get("seq")),
        )  # fmt: skip
    return None


def _opt_int(text: str | None) -> int | None:
    return None if text is None else int(text)


def identity_name(h16: str) -> str:
    """``identity-<h16>.json``: ``h16`` the first 16 hex digits of the file's SHA-256."""
    return f"identity-{h16}.json"


def package_name(meeting_id: int, sequence: int, h16: str) -> str:
    """``meeting-<id>-<sequence>-<h16>.json``."""
    return f"meeting-{meeting_id}-{sequence}-{h16}.json"


def document_name(sha256: str, extension: str) -> str:
    """``<sha256>.<ext>`` (the extension lowercased, without its dot; may be empty)."""
    ext = extension.lower().lstrip(".")
    return f"{sha256}.{ext}" if ext else sha256


def certificate_name(member_id: int, h16: str) -> str:
    """``member-<id>-<h16>.pem``: ``h16`` from the SHA-256 of the certificate's DER."""
    return f"member-{member_id}-{h16}.pem"


def revocations_name(sequence: int, h16: str) -> str:
    """``revocations-<sequence>-<h16>.json``."""
    return f"revocations-{sequence}-{h16}.json"


def archive_name(meeting_id: int, h16: str) -> str:
    """``meeting-<id>-<h16>.zip``."""
    return f"meeting-{meeting_id}-{h16}.zip"


def request_name(h16: str) -> str:
    """``request-<h16>.json``."""
    return f"request-{h16}.json"


def proxy_name(meeting_id: int, h16: str) -> str:
    """``proxy-<meeting>-<h16>.json``."""
    return f"proxy-{meeting_id}-{h16}.json"


def member_dir(install_id: str) -> str:
    """``members/<install id>`` (relative to the folder)."""
    return f"{MEMBERS_DIR}/{install_id}"
