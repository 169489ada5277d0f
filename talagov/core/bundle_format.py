# SPDX-License-Identifier: GPL-3.0-or-later
"""The layout of a meeting's archive bundle and its signed manifest (docs/bundle-format.md).

A bundle is one ZIP file. Its members are listed, with their SHA-256 and size, in
``manifest.json`` (RFC 8785 JSON) and in ``SHA256SUMS`` (the text ``sha256sum -c``
reads); the organisation's key signs both (``manifest.sig`` and ``SHA256SUMS.sig``, DER
ECDSA-SHA256, so that ``openssl dgst -sha256 -verify`` checks them). Every other member
is listed by both; those four are listed by neither.

This module holds the names, the limits a reader enforces on untrusted input and the
manifest codec. It reads no file: the exporter writes what it describes and the
verifier's reader checks a ZIP against it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from talagov.core.canonical import canonical, sha256_hex

FORMAT = "talagov.bundle"
VERSION = 1

MANIFEST = "manifest.json"
MANIFEST_SIG = "manifest.sig"
SUMS = "SHA256SUMS"
SUMS_SIG = "SHA256SUMS.sig"
#: The members that sign or list the others, and so are listed by neither.
UNLISTED = frozenset({MANIFEST, MANIFEST_SIG, SUMS, SUMS_SIG})

README_FR = "LISEZMOI.txt"
README_EN = "README.txt"

# Canonical JSON data (each an object with "format": "talagov.bundle.<name>", "version": 1).
ORGANISATION = "data/organisation.json"  # the organisation and its statutes as applied
ROLL = "data/roll.json"  # register of members and voting rights at the record date
MEETING = "data/meeting.json"  # the meeting, its body and its agenda
CONVOCATIONS = "data/convocations.json"  # sending log with its evidence
ATTENDANCE = "data/attendance.json"  # attendance (with signatures) and quorum records
PROXIES = "data/proxies.json"  # proxies and postal forms
POLLS = "data/polls.json"  # polls: definitions, settings, hand counts, results, ballot index
MINUTES = "data/minutes.json"  # minutes: status, signatures, register entries
JOURNAL = "data/journal.json"  # the journal, from the meeting's first entry to its last
KEYS = "data/keys.json"  # certificates index: which file is whose, revocations

ORG_CERT = "certificates/organisation.pem"
MEMBER_CERTS = "certificates/members/"  # <member id>-<serial hex>.pem
REVOCATIONS = "certificates/revocations.json"  # the organisation's signed list, as stored
BALLOTS = "ballots/"  # poll-<poll id>/<fingerprint>.json: ballot files, byte for byte
MINUTES_DIR = "minutes/"  # <minutes id>.content.json (the signed content bytes), .pdf
REGISTER_DIR = "register/"  # <register>-<number>.json (entry bytes) and .sig
PDF_DIR = "pdf/"  # convocation.pdf, attendance.pdf, results.pdf
DOCUMENTS_DIR = "documents/"  # <document id>-<file name>: the library's attached files

# Fixed ZIP metadata, so that the same meeting exported twice gives the same bytes.
ZIP_DATE = (1980, 1, 1, 0, 0, 0)

# What a reader accepts of an untrusted ZIP (docs/bundle-format.md § Limits).
MAX_MEMBERS = 200_000
MAX_MEMBER_SIZE = 256 * 1024 * 1024  # one uncompressed member
MAX_TOTAL_SIZE = 2 * 1024 * 1024 * 1024  # all members uncompressed
MAX_RATIO = 200  # uncompressed / compressed, per member above 1 MiB (zip bombs)
MAX_JSON_SIZE = 64 * 1024 * 1024  # one JSON member
MAX_NAME_LENGTH = 255

# Always used with fullmatch: "$" would let a final "\n" through.
_NAME = re.compile(r"[A-Za-z0-9._-]+(/[A-Za-z0-9._-]+)*")


def safe_name(name: str) -> bool:
    """Whether ``name`` is an acceptable member name: relative, ``/``-separated parts
    of ``[A-Za-z0-9._-]`` only, no ``.`` or ``..`` part, at most
    :data:`MAX_NAME_LENGTH` characters (what the exporter writes, nothing else)."""
    if not name or len(name) > MAX_NAME_LENGTH or not _NAME.fullmatch(name):
        return False
    return all(part not in (".", "..") for part in name.split("/"))


@dataclass(frozen=True)
class FileEntry:
    """One listed member: its name, SHA-256 (lowercase hex) and size in bytes."""

    path: str
    sha256: str
    size: int


@dataclass(frozen=True)
class Manifest:
    """What ``manifest.json`` says.

    Attributes:
        organisation: the organisation's name.
        organisation_fingerprint: SHA-256 of the organisation certificate's DER (hex),
            the digits printed on paper.
        meeting_id / meeting_title / meeting_date: the meeting archived (ISO date).
        exported_at: ISO time of the export, taken from the record (the meeting's
            closing, else its date), never the clock: exports stay byte-identical.
        generator: ``"TalaGov <version>"``.
        files: every listed member, sorted by path.
    """

    organisation: str
    organisation_fingerprint: str
    meeting_id: int
    meeting_title: str
    meeting_date: str
    exported_at: str
    generator: str
    files: tuple[FileEntry, ...]

    def payload(self) -> dict[str, Any]:
        """The JSON object of ``manifest.json``."""
        return {
            "format": FORMAT, "version": VERSION,
            "organisation": self.organisation,
            "organisation_fingerprint": self.organisation_fingerprint,
            "meeting": {"id": self.meeting_id, "title": self.meeting_title,
                        "date": self.meeting_date},
            "exported_at": self.exported_at, "generator": self.generator,
            "files": [{"path": f.path, "sha256": f.sha256, "size": f.size}
                      for f in sorted(self.files, key=lambda f: f.path)],
        }  # fmt: skip


class ManifestError(ValueError):
    """``manifest.json`` is not a manifest this version reads (``reason`` says why)."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def entries_for(members: Mapping[str, bytes]) -> tuple[FileEntry, ...]:
    """The manifest entries of ``members`` (name -> bytes), sorted by name."""
    return tuple(FileEntry(name, sha256_hex(data), len(data))
                 for name, data in sorted(members.items()))  # fmt: skip


def manifest_bytes(manifest: Manifest) -> bytes:
    """The bytes of ``manifest.json`` (RFC 8785): what ``manifest.sig`` signs."""
    return canonical(manifest.payload())


def sums_bytes(files: Iterable[FileEntry]) -> bytes:
    """The bytes of ``SHA256SUMS``: ``<hex>  <path>`` lines sorted by path, as
    ``sha256sum`` writes them (two spaces: text mode)."""
    lines = [f"{f.sha256}  {f.path}\n" for f in sorted(files, key=lambda f: f.path)]
    return "".join(lines).encode("ascii")


def _text(d: Mapping[str, Any], key: str) -> str:
    value = d.get(key)
    if not isinstance(value, str):
        raise ManifestError(f"{key}: text expected")
    return value


def _int(d: Mapping[str, Any], key: str) -> int:
    value = d.get(key)
    if type(value) is not int or value < 0:
        raise ManifestError(f"{key}: non-negative integer expected")
    return value


_HEX64 = re.compile(r"[0-9a-f]{64}")  # always fullmatch (see _NAME)


def parse_manifest(data: Any) -> Manifest:
    """A manifest from the parsed JSON of ``manifest.json``.

    Raises:
        ManifestError: not an object, another format, an unknown version, a missing or
            mistyped field, a file listed twice, an unsafe or unlisted name.
    """
    if not isinstance(data, dict):
        raise ManifestError("not a JSON object")
    if data.get("format") != FORMAT:
        raise ManifestError("not a TalaGov bundle manifest")
    if type(data.get("version")) is not int or data["version"] != VERSION:
        raise ManifestError(f"unsupported version: {data.get('version')!r}")
    meeting = data.get("meeting")
    if not isinstance(meeting, dict):
        raise ManifestError("meeting: object expected")
    files = data.get("files")
    if not isinstance(files, list):
        raise ManifestError("files: list expected")
    entries: list[FileEntry] = []
    seen: set[str] = set()
    for item in files:
        if not isinstance(item, dict):
            raise ManifestError("files: object expected")
        path, digest = _text(item, "path"), _text(item, "sha256")
        if not safe_name(path) or path in UNLISTED:
            raise ManifestError(f"unsafe file name: {path!r}")
        if path in seen:
            raise ManifestError(f"file listed twice: {path}")
        if not _HEX64.fullmatch(digest):
            raise ManifestError(f"sha256 of {path}: 64 lowercase hex digits expected")
        seen.add(path)
        entries.append(FileEntry(path, digest, _int(item, "size")))
    fingerprint = _text(data, "organisation_fingerprint")
    if not _HEX64.fullmatch(fingerprint):
        raise ManifestError("organisation_fingerprint: 64 lowercase hex digits expected")
    return Manifest(
        organisation=_text(data, "organisation"), organisation_fingerprint=fingerprint,
        meeting_id=_int(meeting, "id"), meeting_title=_text(meeting, "title"),
        meeting_date=_text(meeting, "date"), exported_at=_text(data, "exported_at"),
        generator=_text(data, "generator"), files=tuple(entries),
    )  # fmt: skip
