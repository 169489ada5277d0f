# SPDX-License-Identifier: GPL-3.0-or-later
"""A shared folder written by hand, as the organisation's install would publish it, for
the tests of a member's install (no database: the organisation is a key and a
certificate, its files are sealed with ``core.sync_identity`` / ``core.meeting_package``),
and the member's install that joined it (:func:`joined_home`, :func:`certified`)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, timedelta
from functools import cache
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec

from talagov.core import certificates as c
from talagov.core import revocation
from talagov.core.canonical import sha256_hex
from talagov.core.errors import UserError
from talagov.core.keyseal import TEST_KDF
from talagov.core.meeting_package import (
    MeetingPackage,
    PackageArchive,
    PackageDocument,
    PackageItem,
    PackageMember,
    PackagePoll,
    package_file,
)
from talagov.core.polls import RESOLUTION_CHOICES, PollDefinition, PollKind, definition_hash
from talagov.core.signing import new_private_key
from talagov.core.sync_format import (
    CERTIFICATES_DIR,
    DOCUMENTS_DIR,
    IDENTITY_DIR,
    MEETINGS_DIR,
    REQUESTS,
    REVOCATIONS_DIR,
    certificate_name,
    document_name,
    identity_name,
    member_dir,
    package_name,
    revocations_name,
)
from talagov.core.sync_identity import Identity, identity_file
from talagov.core.sync_request import parse_request
from talagov.services.member_actions import enrol
from talagov.services.member_folder import MemberView, read_folder
from talagov.services.member_home import join, load

NOW = datetime(2026, 6, 20, 10, 0, tzinfo=UTC)
ISSUED = NOW - timedelta(days=30)
MEMBERS = ((1, "Alice Martin"), (2, "Bruno Lefèvre"), (3, "Chloé Dubois"))
PASSPHRASE = "une phrase de vote assez longue"
REPORT = b"%PDF-1.4\n% Rapport de gestion (une page)\n%%EOF\n"


@dataclass(frozen=True)
class Organisation:
    """An organisation's key and certificate (``name`` also on the certificate)."""

    key: ec.EllipticCurvePrivateKey
    cert: x509.Certificate
    name: str

    @property
    def fingerprint(self) -> str:
        """The certificate's fingerprint (hex)."""
        return c.fingerprint(self.cert)

    @property
    def pem(self) -> str:
        """The certificate, PEM."""
        return c.to_pem(self.cert)


@cache
def tilleuls() -> Organisation:
    """The member's organisation (made once)."""
    key = new_private_key()
    return Organisation(key, c.organisation_certificate(key, name="Coopérative des Tilleuls",
                                                        now=ISSUED), "Coopérative des Tilleuls")


@cache
def impostor() -> Organisation:
    """Someone else's key, with a certificate of the same name."""
    key = new_private_key()
    return Organisation(key, c.organisation_certificate(key, name="Coopérative des Tilleuls",
                                                        now=ISSUED), "Coopérative des Tilleuls")


def identity(org: Organisation, *, sequence: int = 1,
             members: tuple[tuple[int, str], ...] = MEMBERS) -> Identity:
    """The organisation's identity."""
    return Identity(organisation=org.fingerprint, name=org.name, certificate_pem=org.pem,
                    sequence=sequence, issued_at=ISSUED.isoformat(), members=members)


def definition(org: Organisation, meeting_id: int, item_id: int, number: int) -> PollDefinition:
    """A resolution of the meeting."""
    return PollDefinition(
        organisation=org.fingerprint, meeting_id=meeting_id, meeting_title="AG 2026",
        meeting_on="2026-06-30", item_id=item_id, number=number, title=f"Résolution {number}",
        text="L'assemblée approuve.", kind=PollKind.RESOLUTION, choices=RESOLUTION_CHOICES)


def package(org: Organisation, *, meeting_id: int = 3, sequence: int = 1, polls: int = 2,
            status: str = "convened", proxies: tuple[tuple[int, int], ...] = (),
            members: tuple[PackageMember, ...] | None = None, on: date = date(2026, 6, 30),
            documents: tuple[PackageDocument, ...] = (),
            archive: PackageArchive | None = None) -> MeetingPackage:
    """A meeting package with ``polls`` open resolutions (poll ids 70, 71…)."""
    items = tuple(PackageItem(id=20 + i, number=str(i + 1), title=f"Résolution {i + 1}",
                              text="", kind="resolution") for i in range(max(polls, 1)))
    open_polls = tuple(PackagePoll(id=70 + i, definition=(d := definition(org, meeting_id, 20 + i, i + 1)),
                                   hash=definition_hash(d)) for i in range(polls))
    roll = members if members is not None else tuple(PackageMember(i, n, None) for i, n in MEMBERS)
    return MeetingPackage(
        organisation=org.fingerprint, organisation_name=org.name,
        organisation_certificate_pem=org.pem, meeting_id=meeting_id, sequence=sequence,
        issued_at=(NOW - timedelta(hours=1)).isoformat(), title="AG 2026", kind="ago", on=on,
        starts_at="2026-06-30T14:00", place="Salle des fêtes", remote_link="",
        status=status, convocation_text="Vous êtes convoqués.", convocation_document=None,
        items=items, documents=documents, polls=open_polls, members=roll, proxies=proxies,
        archive=archive,
    )  # fmt: skip


@dataclass
class Folder:
    """A shared folder the tests write into as the organisation would."""

    root: Path
    org: Organisation = field(default_factory=tilleuls)

    def _write(self, directory: str, name: str, data: bytes) -> Path:
        path = self.root / directory / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
        return path

    def publish_identity(self, ident: Identity | None = None, *,
                         key: ec.EllipticCurvePrivateKey | None = None) -> Path:
        """Write an identity file (the organisation's, unless told otherwise)."""
        data = identity_file(ident or identity(self.org), key or self.org.key)
        return self._write(IDENTITY_DIR, identity_name(sha256_hex(data)[:16]), data)

    def publish_package(self, p: MeetingPackage, *,
                        key: ec.EllipticCurvePrivateKey | None = None) -> Path:
        """Write a package file."""
        data = package_file(p, key or self.org.key)
        return self._write(MEETINGS_DIR, package_name(p.meeting_id, p.sequence, sha256_hex(data)[:16]),
                           data)

    def publish_document(self, data: bytes, *, title: str = "Rapport", ext: str = "pdf") -> PackageDocument:
        """Write a document and return its package entry."""
        digest = sha256_hex(data)
        name = document_name(digest, ext)
        self._write(DOCUMENTS_DIR, name, data)
        return PackageDocument(sha256=digest, file_name=name, title=title, item_id=None, size=len(data))

    def publish_certificate(self, cert: x509.Certificate) -> Path:
        """Write a member certificate (PEM)."""
        der = cert.public_bytes(serialization.Encoding.DER)
        member = c.member_id_of(cert)
        assert member is not None
        return self._write(CERTIFICATES_DIR, certificate_name(member, sha256_hex(der)[:16]),
                           c.to_pem(cert).encode("ascii"))

    def issue(self, public_key: ec.EllipticCurvePublicKey, member_id: int, *,
              now: datetime = ISSUED, org: Organisation | None = None, days: int = 1095) -> x509.Certificate:
        """A member certificate issued by the organisation (or ``org``)."""
        signer = org or self.org
        return c.issue_member_certificate(signer.key, signer.cert, public_key, member_id=member_id,
                                          name=dict(MEMBERS).get(member_id, "?"), now=now, days=days)

    def approve_requests(self, install_id: str) -> list[x509.Certificate]:
        """Issue and publish a certificate for every request of an install (the secretary)."""
        issued = []
        for path in sorted((self.root / member_dir(install_id) / REQUESTS).glob("request-*.json")):
            request = parse_request(path.read_bytes())
            csr = c.request_from_pem(request.request_pem)
            key = csr.public_key()
            assert isinstance(key, ec.EllipticCurvePublicKey)
            cert = self.issue(key, request.member_id, now=NOW - timedelta(hours=2))
            self.publish_certificate(cert)
            issued.append(cert)
        return issued

    def publish_revocations(self, sequence: int, revoked: list[x509.Certificate], *,
                            key: ec.EllipticCurvePrivateKey | None = None,
                            organisation: str | None = None) -> Path:
        """Write a signed revocation list."""
        entries = tuple(revocation.Revoked(serial=c.serial_hex(x), member_id=c.member_id_of(x) or 0,
                                           revoked_at=NOW.isoformat(), reason="lost") for x in revoked)
        listed = revocation.RevocationList(organisation=organisation or self.org.fingerprint,
                                           sequence=sequence, issued_at=NOW.isoformat(), entries=entries)
        data = revocation.sign_list(listed, key or self.org.key)
        return self._write(REVOCATIONS_DIR, revocations_name(sequence, sha256_hex(data)[:16]), data)


def later(p: MeetingPackage, **changes: object) -> MeetingPackage:
    """The next package of the same meeting."""
    return replace(p, sequence=p.sequence + 1, **changes)  # type: ignore[arg-type]


def shared_folder(tmp_path: Path, *packages: MeetingPackage) -> Folder:
    """``tmp_path/shared``: the organisation's identity published (and ``packages``)."""
    shared = Folder(tmp_path / "shared")
    shared.publish_identity()
    for p in packages:
        shared.publish_package(p)
    return shared


def joined_home(folder: Folder, tmp_path: Path) -> Path:
    """``tmp_path/home``: a member's install that joined the folder's organisation as
    member 2 (Bruno)."""
    path = tmp_path / "home"
    join(path, folder.root, fingerprint=tilleuls().fingerprint, member_id=2, now=NOW)
    return path


def certified(folder: Folder, home: Path) -> MemberView:
    """The member's key made (under :data:`PASSPHRASE`) and its certificate issued by the
    secretary; the folder as the install then reads it."""
    enrol(home, passphrase=PASSPHRASE, now=NOW, kdf=TEST_KDF)
    folder.approve_requests(load(home).install_id)
    return read_folder(home, now=NOW)


def code_of(call: Callable[[], object]) -> str:
    """The code of the :class:`UserError` that ``call()`` raises."""
    with pytest.raises(UserError) as caught:
        call()
    return caught.value.code
