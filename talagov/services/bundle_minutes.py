# SPDX-License-Identifier: GPL-3.0-or-later
"""The minutes of a meeting's archive: each minutes' signed content bytes and PDF as
stored, its signatories' signatures, and the register entry recording it (its exact
bytes and the organisation's signature), read in one query per kind."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from talagov.core import certificates
from talagov.core.bundle_codec_minutes import (
    member_certificate_path,
    minutes_content_path,
    minutes_pdf_path,
    register_path,
)
from talagov.core.bundle_model import MinutesRecord, MinutesSignatureRecord, RegisterRecord
from talagov.core.minutes_content import MinutesStatus
from talagov.core.signing import unb64
from talagov.services.uow import UnitOfWork
from talagov.storage.minutes_models import MinutesRow, MinutesSignatureRow, RegisterEntryRow


@dataclass(frozen=True)
class GatheredMinutes:
    """The minutes' records, their files (member -> bytes) and the certificates their
    signatories used (member -> PEM bytes)."""

    records: tuple[MinutesRecord, ...]
    files: dict[str, bytes]
    certificates: dict[str, bytes]


def _signature(row: MinutesSignatureRow, certs: dict[str, bytes]) -> MinutesSignatureRecord:
    cert = certificates.from_pem(row.certificate_pem)
    path = member_certificate_path(row.member_id, certificates.serial_hex(cert))
    certs[path] = row.certificate_pem.encode("ascii")
    return MinutesSignatureRecord(row.member_id, row.role, path, unb64(row.signature),
                                  row.signed_at, row.timestamped)


def gather_minutes(uow: UnitOfWork, meeting_id: int) -> GatheredMinutes:
    """Every minutes and erratum of the meeting, by id."""
    s = uow.session
    rows = list(s.scalars(select(MinutesRow).where(MinutesRow.meeting_id == meeting_id)
                          .order_by(MinutesRow.id)))  # fmt: skip
    ids = [r.id for r in rows]
    signatures: dict[int, list[MinutesSignatureRow]] = {i: [] for i in ids}
    entries: dict[int, RegisterEntryRow] = {}
    if ids:
        for sig in s.scalars(select(MinutesSignatureRow)
                             .where(MinutesSignatureRow.minutes_id.in_(ids))
                             .order_by(MinutesSignatureRow.id)):  # fmt: skip
            signatures[sig.minutes_id].append(sig)
        for entry in s.scalars(select(RegisterEntryRow).where(RegisterEntryRow.minutes_id.in_(ids))):
            entries[entry.minutes_id] = entry
    records: list[MinutesRecord] = []
    files: dict[str, bytes] = {}
    certs: dict[str, bytes] = {}
    for row in rows:
        content = pdf = None
        if row.content:
            content = minutes_content_path(row.id)
            files[content] = row.content.encode("utf-8")
        if row.pdf:
            pdf = minutes_pdf_path(row.id)
            files[pdf] = bytes(row.pdf)
        register = None
        found = entries.get(row.id)
        if found is not None:
            path = register_path(found.register, found.number)
            register = RegisterRecord(found.register, found.number, found.entry_hash,
                                      found.entered_at, path, path[:-len(".json")] + ".sig")
            files[path] = found.data.encode("utf-8")
            files[register.signature_path] = unb64(found.signature)
        records.append(MinutesRecord(
            id=row.id, kind=row.kind, corrects_id=row.corrects_id,
            status=MinutesStatus(row.status), lang=row.lang, content=content,
            content_hash=row.content_hash, pdf=pdf, signed_pdf_size=row.signed_pdf_size,
            timestamp=row.timestamp, submitted_at=row.submitted_at, signed_at=row.signed_at,
            signatures=tuple(_signature(sig, certs) for sig in signatures[row.id]),
            register=register))  # fmt: skip
    return GatheredMinutes(tuple(records), files, certs)
