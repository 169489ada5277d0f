# SPDX-License-Identifier: GPL-3.0-or-later
"""The certificates and documents of a meeting's archive.

Certificates: the organisation's (the CA every other one is checked against), every
member certificate it issued (the register's ``member_key`` rows since the key in force
was created) and the revocation list in force, exactly as signed. Documents: the
library files attached to the meeting or its items, checked against the hash the
library names them by before they are written.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from cryptography.hazmat.primitives.asymmetric import ec
from sqlalchemy import select

from talagov.core import bundle_format as bf
from talagov.core import certificates, revocation
from talagov.core.bundle_codec_minutes import member_certificate_path
from talagov.core.bundle_model import CertificateEntry, DocumentEntry, KeysIndex
from talagov.core.errors import UserError
from talagov.core.library import content_hash
from talagov.services.key_lists import org_row
from talagov.services.library import library_dir
from talagov.services.uow import UnitOfWork
from talagov.storage import keys_repo, library_repo
from talagov.storage.vote_models import MemberKeyRow

_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")
_NAME_MAX = 120


@dataclass(frozen=True)
class GatheredKeys:
    """The keys index and its files (member name -> bytes)."""

    index: KeysIndex
    files: dict[str, bytes]


def _revocations(uow: UnitOfWork, fingerprint: str, public: ec.EllipticCurvePublicKey
                 ) -> bytes | None:
    # The newest list that verifies and names this organisation, as key_lists applies it.
    for stored in keys_repo.revocation_lists(uow.session):
        data = stored.signed.encode("utf-8")
        try:
            found = revocation.read_list(data, public)
        except UserError:
            continue
        if found.organisation == fingerprint:
            return data
    return None


def gather_keys(uow: UnitOfWork, extra: dict[str, bytes]) -> GatheredKeys:
    """The organisation certificate, the member certificates it issued and the
    revocation list; ``extra`` (member -> PEM) adds the certificates the minutes'
    signatories used, should one be missing from the register.

    Raises:
        UserError: ``keys.no_org_key``.
    """
    org = org_row(uow)
    ca = certificates.from_pem(org.certificate_pem)
    public = certificates.ec_public_key(ca)
    if public is None:
        raise UserError("cert.malformed")
    files: dict[str, bytes] = {bf.ORG_CERT: certificates.to_pem(ca).encode("ascii")}
    entries = []
    rows = uow.session.scalars(select(MemberKeyRow).where(MemberKeyRow.issued_at >= org.created_at)
                               .order_by(MemberKeyRow.id))  # fmt: skip
    for row in rows:
        path = member_certificate_path(row.member_id, row.serial)
        files[path] = row.certificate_pem.encode("ascii")
        entries.append(CertificateEntry(
            member_id=row.member_id, serial=row.serial, fingerprint=row.fingerprint,
            issued_at=row.issued_at, not_after=row.not_after, revoked_at=row.revoked_at,
            revoked_reason=row.revoked_reason, path=path))  # fmt: skip
    for path, pem in sorted(extra.items()):
        if path not in files:
            cert = certificates.from_pem(pem)
            files[path] = pem
            entries.append(CertificateEntry(
                member_id=certificates.member_id_of(cert) or 0,
                serial=certificates.serial_hex(cert), fingerprint=certificates.fingerprint(cert),
                issued_at=cert.not_valid_before_utc, not_after=cert.not_valid_after_utc,
                revoked_at=None, revoked_reason="", path=path))  # fmt: skip
    listed = _revocations(uow, org.fingerprint, public)
    if listed is not None:
        files[bf.REVOCATIONS] = listed
    index = KeysIndex(bf.ORG_CERT, org.fingerprint, tuple(sorted(entries, key=lambda c: c.path)),
                      bf.REVOCATIONS if listed is not None else None)
    return GatheredKeys(index, files)


def safe_file_name(name: str) -> str:
    """A file name made of ``[A-Za-z0-9._-]`` only (accents dropped, other characters
    replaced by ``_``), at most 120 characters, keeping the extension."""
    folded = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii")
    cleaned = _UNSAFE.sub("_", folded).strip("._") or "document"
    if len(cleaned) > _NAME_MAX:
        stem, dot, ext = cleaned.rpartition(".")
        cleaned = (stem[: _NAME_MAX - len(ext) - 1] + dot + ext) if dot and len(ext) < 10 \
            else cleaned[:_NAME_MAX]
    return cleaned


def gather_documents(uow: UnitOfWork, meeting_id: int
                     ) -> tuple[tuple[DocumentEntry, ...], dict[str, bytes]]:
    """The documents attached to the meeting and their files.

    Raises:
        UserError: ``archive.document_missing`` (the file left the library folder),
            ``archive.document_altered`` (its bytes no longer give its hash).
    """
    folder = library_dir(uow)
    entries, files = [], {}
    for document, item_id in library_repo.attachments(uow.session, meeting_id):
        path = f"{bf.DOCUMENTS_DIR}{document.id}-{safe_file_name(document.filename)}"
        if path not in files:
            source = folder / document.sha256[:2] / document.sha256
            try:
                data = source.read_bytes()
            except OSError:
                raise UserError("archive.document_missing",
                                {"title": document.title, "path": str(source)}) from None
            if content_hash(data) != document.sha256:
                raise UserError("archive.document_altered",
                                {"title": document.title, "path": str(source)})
            files[path] = data
        entries.append(DocumentEntry(
            document_id=document.id, title=document.title, kind=document.kind,
            filename=document.filename, media_type=document.media_type, sha256=document.sha256,
            size=document.size, item_id=item_id, path=path))  # fmt: skip
    return tuple(entries), files
