# SPDX-License-Identifier: GPL-3.0-or-later
"""The meeting package (``talagov.meeting-package``): what a member's install needs of
one meeting, published by the organisation in the shared folder and signed by its key.

It carries the meeting (title, kind, date, place, status), the convocation's wording,
the agenda, the documents (by SHA-256: their bytes are in ``organisation/documents/``),
the polls open for remote voting with their definitions, the members on the roll with
their active certificate, and the valid named proxies, so that a holder's install may
vote for its principals. A newer package of the same meeting is a new file with a
higher ``sequence``; :func:`content_digest` tells whether anything but the sequence and
the time changed.

Payload (RFC 8785, inside :mod:`talagov.core.sync_envelope`)::

    {"organisation": hex, "organisation_name": str, "organisation_certificate_pem": str,
     "meeting_id": int, "sequence": int, "issued_at": ISO time with offset,
     "title": str, "kind": MeetingType, "on": ISO date, "starts_at": ISO date-time|null,
     "place": str, "remote_link": str, "status": MeetingStatus,
     "convocation_text": str, "convocation_document": sha256|null,
     "items": [{"id", "number", "title", "text", "kind"}],
     "documents": [{"sha256", "file_name", "title", "item_id"|null, "size"}],
     "polls": [{"id", "definition": talagov.poll payload, "hash"}],
     "members": [{"id", "name", "certificate_pem"|null}],
     "proxies": [{"principal", "holder"}],
     "archive": {"sha256", "file_name", "size"}|null}

The ``archive`` of a closed meeting is the signed bundle of its record (minutes,
attendance, results) published under ``organisation/archives/``: naming its SHA-256 in a
package signed by the organisation is what makes it the organisation's, since anyone
who writes to the folder can leave a file under an archive's name.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from cryptography import x509
from cryptography.hazmat.primitives.asymmetric import ec

from talagov.core import certificates
from talagov.core.agenda import ItemKind
from talagov.core.bundle_codec_base import Node
from talagov.core.canonical import canonical, digest
from talagov.core.errors import UserError
from talagov.core.meetings import MeetingStatus, MeetingType
from talagov.core.polls import PollDefinition, definition_hash
from talagov.core.sync_envelope import (
    LONG_TEXT,
    bounded_list,
    open_signed,
    seal,
    text,
    time_with_offset,
)
from talagov.core.sync_format import (
    MAX_ARCHIVE,
    MAX_DOCUMENT,
    MAX_PACKAGE,
    PACKAGE_FORMAT,
    Kind,
    archive_name,
    parse_name,
)

_KEYS = frozenset({
    "organisation", "organisation_name", "organisation_certificate_pem", "meeting_id",
    "sequence", "issued_at", "title", "kind", "on", "starts_at", "place", "remote_link",
    "status", "convocation_text", "convocation_document", "items", "documents", "polls",
    "members", "proxies", "archive",
})  # fmt: skip
_ITEM_KEYS = frozenset({"id", "number", "title", "text", "kind"})
_DOCUMENT_KEYS = frozenset({"sha256", "file_name", "title", "item_id", "size"})
_POLL_KEYS = frozenset({"id", "definition", "hash"})
_MEMBER_KEYS = frozenset({"id", "name", "certificate_pem"})
_PROXY_KEYS = frozenset({"principal", "holder"})
_ARCHIVE_KEYS = frozenset({"sha256", "file_name", "size"})
MAX_ENTRIES = 10_000  # items, documents, polls
MAX_MEMBERS = 100_000  # members and proxies
_PEM_LIMIT = 16_000
_OVER = frozenset({MeetingStatus.CLOSED.value, MeetingStatus.ARCHIVED.value})


@dataclass(frozen=True)
class PackageItem:
    """An agenda item; ``number`` is its resolution number (``""``: not voted)."""

    id: int
    number: str
    title: str
    text: str
    kind: str  # an ItemKind value


@dataclass(frozen=True)
class PackageDocument:
    """A document of the meeting (``item_id``: of one of its items), stored in the
    folder as ``organisation/documents/<file_name>``; ``size`` in bytes."""

    sha256: str
    file_name: str
    title: str
    item_id: int | None
    size: int


@dataclass(frozen=True)
class PackagePoll:
    """A poll open for remote voting: its id (what ballots name), definition, hash."""

    id: int
    definition: PollDefinition
    hash: str


@dataclass(frozen=True)
class PackageMember:
    """A member on the meeting's roll, with their active certificate (PEM) if any."""

    id: int
    name: str
    certificate_pem: str | None


@dataclass(frozen=True)
class PackageArchive:
    """The archive bundle of a closed meeting, stored in the folder as
    ``organisation/archives/<file_name>`` (``meeting-<id>-<sha256[:16]>.zip``); ``size``
    in bytes."""

    sha256: str
    file_name: str
    size: int


@dataclass(frozen=True)
class MeetingPackage:
    """One meeting as published (see the module docstring).

    Attributes:
        starts_at: the wall-clock start as on the convocation (``2026-06-30T14:00``).
        status: a :class:`~talagov.core.meetings.MeetingStatus` value.
        convocation_text: what the letter says, as plain text.
        convocation_document: SHA-256 of the convocation PDF among ``documents``.
        polls: the polls open now (empty when none is).
        proxies: ``(principal, holder)`` of the valid named proxies.
        archive: the closed meeting's archive, once it is published.
    """

    organisation: str
    organisation_name: str
    organisation_certificate_pem: str
    meeting_id: int
    sequence: int
    issued_at: str
    title: str
    kind: str
    on: date
    starts_at: str | None
    place: str
    remote_link: str
    status: str
    convocation_text: str
    convocation_document: str | None
    items: tuple[PackageItem, ...]
    documents: tuple[PackageDocument, ...]
    polls: tuple[PackagePoll, ...]
    members: tuple[PackageMember, ...]
    proxies: tuple[tuple[int, int], ...]
    archive: PackageArchive | None = None

    def poll(self, poll_id: int) -> PackagePoll | None:
        """The poll of that id, if the package carries it."""
        return next((p for p in self.polls if p.id == poll_id), None)

    def document(self, sha256: str) -> PackageDocument | None:
        """The (first) document of that content, if the package carries it."""
        return next((d for d in self.documents if d.sha256 == sha256), None)


def package_payload(p: MeetingPackage) -> dict[str, Any]:
    """The JSON object that is signed (see the module docstring)."""
    return {
        "organisation": p.organisation, "organisation_name": p.organisation_name,
        "organisation_certificate_pem": p.organisation_certificate_pem,
        "meeting_id": p.meeting_id, "sequence": p.sequence, "issued_at": p.issued_at,
        "title": p.title, "kind": p.kind, "on": p.on.isoformat(), "starts_at": p.starts_at,
        "place": p.place, "remote_link": p.remote_link, "status": p.status,
        "convocation_text": p.convocation_text, "convocation_document": p.convocation_document,
        "items": [{"id": i.id, "number": i.number, "title": i.title, "text": i.text,
                   "kind": i.kind} for i in p.items],
        "documents": [{"sha256": d.sha256, "file_name": d.file_name, "title": d.title,
                       "item_id": d.item_id, "size": d.size} for d in p.documents],
        "polls": [{"id": q.id, "definition": q.definition.payload(), "hash": q.hash}
                  for q in p.polls],
        "members": [{"id": m.id, "name": m.name, "certificate_pem": m.certificate_pem}
                    for m in p.members],
        "proxies": [{"principal": a, "holder": b} for a, b in p.proxies],
        "archive": None if p.archive is None else {
            "sha256": p.archive.sha256, "file_name": p.archive.file_name,
            "size": p.archive.size},
    }  # fmt: skip


def content_digest(p: MeetingPackage) -> str:
    """SHA-256 of the payload without ``sequence`` and ``issued_at``: a package with the
    same digest as the newest one published says nothing new."""
    payload = package_payload(p)
    del payload["sequence"], payload["issued_at"]
    return digest(payload)


def package_file(p: MeetingPackage, key: ec.EllipticCurvePrivateKey) -> bytes:
    """The package file's bytes, signed by the organisation ``key``."""
    return seal(PACKAGE_FORMAT, package_payload(p), key)


# -- reading ---------------------------------------------------------------------------


def _unique(values: list[Any], what: str) -> None:
    if len(set(values)) != len(values):
        raise ValueError(f"{what} listed twice")


def _item(node: Node) -> PackageItem:
    node.object(_ITEM_KEYS)
    return PackageItem(id=node["id"].integer(1), number=text(node["number"], limit=32),
                       title=text(node["title"]), text=text(node["text"], limit=LONG_TEXT),
                       kind=node["kind"].enum(ItemKind).value)  # fmt: skip


def _document(node: Node) -> PackageDocument:
    node.object(_DOCUMENT_KEYS)
    sha256, file_name = node["sha256"].hex64(), text(node["file_name"], limit=128)
    name = parse_name(file_name, (Kind.DOCUMENT,))
    if name is None or name.conflict or name.digest != sha256:
        raise node.fail("the file name is not the document's")
    size = node["size"].integer(0)
    if size > MAX_DOCUMENT:
        raise node.fail("document too large")
    return PackageDocument(sha256=sha256, file_name=file_name, title=text(node["title"]),
                           item_id=node["item_id"].optional(Node.integer), size=size)  # fmt: skip


def _definition(node: Node) -> PollDefinition:
    # PollDefinition.from_payload is lenient (it converts); the definition is taken only
    # if writing it back gives the very bytes received, which makes it strict.
    if not isinstance(node.value, dict):
        raise node.fail("object expected")
    try:
        definition = PollDefinition.from_payload(node.value)
    except (ValueError, KeyError, TypeError, AttributeError):
        raise node.fail("not a poll definition") from None
    if canonical(definition.payload()) != canonical(node.value):
        raise node.fail("not a poll definition")
    return definition


def _poll(node: Node) -> PackagePoll:
    node.object(_POLL_KEYS)
    definition = _definition(node["definition"])
    digest_ = node["hash"].hex64()
    if digest_ != definition_hash(definition):
        raise node.fail("the hash is not the definition's")
    return PackagePoll(id=node["id"].integer(1), definition=definition, hash=digest_)


def _member(node: Node) -> PackageMember:
    node.object(_MEMBER_KEYS)
    member_id = node["id"].integer(1)
    pem = node["certificate_pem"].optional(lambda n: text(n, limit=_PEM_LIMIT))
    if pem is not None:
        cert = certificates.from_pem(pem)
        if not certificates.is_member_profile(cert) or certificates.member_id_of(cert) != member_id:
            raise node.fail("the certificate is not this member's")
    return PackageMember(id=member_id, name=text(node["name"]), certificate_pem=pem)


def _proxy(node: Node) -> tuple[int, int]:
    node.object(_PROXY_KEYS)
    principal, holder = node["principal"].integer(1), node["holder"].integer(1)
    if principal == holder:
        raise node.fail("a member holds their own proxy")
    return principal, holder


def _archive(node: Node, meeting_id: int) -> PackageArchive:
    node.object(_ARCHIVE_KEYS)
    sha256, file_name = node["sha256"].hex64(), text(node["file_name"], limit=128)
    if file_name != archive_name(meeting_id, sha256[:16]):
        raise node.fail("the file name is not this meeting's archive's")
    size = node["size"].integer(1)
    if size > MAX_ARCHIVE:
        raise node.fail("archive too large")
    return PackageArchive(sha256=sha256, file_name=file_name, size=size)


def _starts_at(node: Node) -> str | None:
    if node.value is None:
        return None
    value = text(node, limit=64)
    try:
        if "T" not in value:
            raise ValueError(value)
        datetime.fromisoformat(value)
    except ValueError:
        raise node.fail("ISO date and time expected") from None
    return value


def _check(p: MeetingPackage) -> None:
    """The package's parts agree with one another. Raises ``ValueError``."""
    cert = certificates.from_pem(p.organisation_certificate_pem)
    if certificates.fingerprint(cert) != p.organisation:
        raise ValueError("the organisation certificate is not the one named")
    items = {i.id for i in p.items}
    _unique([i.id for i in p.items], "an item")
    _unique([(d.sha256, d.item_id) for d in p.documents], "a document")
    if any(d.item_id is not None and d.item_id not in items for d in p.documents):
        raise ValueError("a document of an unknown item")
    if p.convocation_document is not None and p.document(p.convocation_document) is None:
        raise ValueError("the convocation is not among the documents")
    _unique([q.id for q in p.polls], "a poll")
    for q in p.polls:
        d = q.definition
        if d.organisation != p.organisation or d.meeting_id != p.meeting_id \
                or d.item_id not in items:
            raise ValueError("a poll of another meeting")
    _unique([m.id for m in p.members], "a member")
    _unique([a for a, _ in p.proxies], "a principal")
    if p.archive is not None and p.status not in _OVER:
        raise ValueError("the archive of a meeting that is not over")


def parse_package(payload: dict[str, Any]) -> MeetingPackage:
    """A meeting package from its payload, strictly: exact keys and types (integers are
    never booleans), bounded texts and lists, poll definitions that hash to their
    ``hash``, document and archive names that carry their SHA-256, member certificates
    naming their member, and parts that agree (items, documents, polls of this meeting).

    The member certificates' signatures are not judged here: the reader checks them
    against the organisation certificate it trusts.

    Raises:
        UserError: ``sync.package_malformed``.
    """
    try:
        node = Node(payload, "package").object(_KEYS)
        meeting_id = node["meeting_id"].integer(1)
        package = MeetingPackage(
            organisation=node["organisation"].hex64(),
            organisation_name=text(node["organisation_name"]),
            organisation_certificate_pem=text(node["organisation_certificate_pem"],
                                              limit=_PEM_LIMIT),
            meeting_id=meeting_id, sequence=node["sequence"].integer(1),
            issued_at=time_with_offset(node["issued_at"]), title=text(node["title"]),
            kind=node["kind"].enum(MeetingType).value, on=node["on"].date(),
            starts_at=_starts_at(node["starts_at"]), place=text(node["place"]),
            remote_link=text(node["remote_link"]), status=node["status"].enum(MeetingStatus).value,
            convocation_text=text(node["convocation_text"], limit=LONG_TEXT),
            convocation_document=node["convocation_document"].optional(Node.hex64),
            items=tuple(_item(n) for n in bounded_list(node["items"], MAX_ENTRIES)),
            documents=tuple(_document(n) for n in bounded_list(node["documents"], MAX_ENTRIES)),
            polls=tuple(_poll(n) for n in bounded_list(node["polls"], MAX_ENTRIES)),
            members=tuple(_member(n) for n in bounded_list(node["members"], MAX_MEMBERS)),
            proxies=tuple(_proxy(n) for n in bounded_list(node["proxies"], MAX_MEMBERS)),
            archive=node["archive"].optional(lambda n: _archive(n, meeting_id)),
        )  # fmt: skip
        _check(package)
    except (ValueError, UserError) as exc:
        raise UserError("sync.package_malformed", {"meeting": _meeting_of(payload)}) from exc
    return package


def _meeting_of(payload: object) -> str:
    """The meeting id a malformed payload claims, for the message ("" when none)."""
    found = payload.get("meeting_id") if isinstance(payload, dict) else None
    return str(found) if type(found) is int else ""


def read_package(data: bytes, certificate: x509.Certificate) -> MeetingPackage:
    """A package file read, its signature verified under the trusted organisation
    ``certificate``, and parsed; it must name that organisation.

    Raises:
        UserError: ``sync.malformed``, ``sync.bad_signature``, ``sync.package_malformed``.
    """
    payload = open_signed(data, PACKAGE_FORMAT, certificate, limit=MAX_PACKAGE)
    package = parse_package(payload)
    if package.organisation != certificates.fingerprint(certificate):
        raise UserError("sync.package_malformed", {"meeting": str(package.meeting_id)})
    return package
