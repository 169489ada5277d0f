# SPDX-License-Identifier: GPL-3.0-or-later
"""Signing a submitted minutes, its time-stamp, and its entry in the register.

Each signatory unlocks their own key on this laptop. Their signature goes twice: an
ECDSA signature over the canonical content (what an auditor re-checks with
``openssl``), and a PAdES signature appended to the PDF (what a PDF reader and
poppler's ``pdfsig`` show). When a time-stamping authority is configured and answers,
the PDF signature carries an RFC 3161 time-stamp; otherwise the local time is recorded
and the minutes says plainly that none was obtained (:func:`add_timestamp` adds one
later). The last signature completes the minutes: it takes the next number of its
body's register in an entry chained to the previous one and signed by the
organisation key, in the same transaction.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime

from cryptography.hazmat.primitives.asymmetric import ec

from talagov.core import certificates, pades
from talagov.core.canonical import sha256_hex
from talagov.core.deliberations import EntryPayload, EntrySignature, next_previous
from talagov.core.errors import UserError
from talagov.core.journal import EventKind
from talagov.core.minutes_content import MinutesStatus
from talagov.core.signing import b64, sign_bytes, unb64, verify_bytes
from talagov.reports.minutes_pdf import minutes_pdf
from talagov.services import journal, keys
from talagov.services.changes import Aggregate, Changes
from talagov.services.key_lists import check_org_key
from talagov.services.minutes import ERRATUM, MinutesView, _row, get_minutes
from talagov.services.timestamping import tsa_url
from talagov.services.uow import UnitOfWork
from talagov.storage import minutes_repo
from talagov.storage.minutes_models import MinutesRow, MinutesSignatureRow, RegisterEntryRow

RFC3161, LOCAL = "rfc3161", "local"


@dataclass(frozen=True)
class SignOutcome:
    """What one signature achieved.

    Attributes:
        complete: every signatory has signed; the minutes is in the register.
        number: its number in the register when complete.
        timestamped: the PDF signature carries an RFC 3161 time-stamp.
        note: why no time-stamp was obtained ("" when one was, or none is configured).
    """

    complete: bool
    number: int | None
    timestamped: bool
    note: str


def organisation_fingerprint(uow: UnitOfWork) -> str:
    """The organisation certificate's fingerprint, readable; "" without a key."""
    key = keys.organisation_key(uow)
    return key.readable if key is not None else ""


def needs_organisation_key(uow: UnitOfWork, minutes_id: int) -> bool:
    """Whether the next signature is the last one (the register entry needs the
    organisation key, so the secretary's passphrase is asked too)."""
    view = get_minutes(uow, minutes_id)
    return view.status is MinutesStatus.SUBMITTED and len(view.waiting) == 1


def sign(uow: UnitOfWork, minutes_id: int, member_id: int, passphrase: str, *, now: datetime,
         org_key: ec.EllipticCurvePrivateKey | None = None) -> tuple[SignOutcome, Changes]:
    """Sign a submitted minutes as one of its signatories, with their key on this laptop.

    Raises:
        UserError: ``minutes.not_submitted``, ``minutes.not_signatory``,
            ``minutes.already_signed``, ``minutes.changed_since_submission`` (see
            :func:`check_frozen`), ``minutes.org_key_needed`` (this is the last
            signature and no organisation key was given), ``minutes.certificate_changed``
            (the signatory's certificate is not the one named in the content), and the
            key errors of :func:`talagov.services.keys.unlock_member` (wrong passphrase,
            revoked, expired, key elsewhere).
    """
    row = _row(uow, minutes_id)
    if (row.status != MinutesStatus.SUBMITTED.value or row.pdf is None
            or minutes_repo.entry_of(uow.session, row.id) is not None):
        raise UserError("minutes.not_submitted")
    view = get_minutes(uow, minutes_id)
    check_frozen(uow, row, view)
    signer = next((s for s in view.signatories if s.member_id == member_id), None)
    if signer is None:
        raise UserError("minutes.not_signatory", {"id": member_id})
    if signer.signed_at is not None:
        raise UserError("minutes.already_signed", {"name": signer.name})
    last = len(view.waiting) == 1
    if last and org_key is None:
        raise UserError("minutes.org_key_needed")
    ca_cert = keys.organisation_certificate(uow)
    if org_key is not None:
        check_org_key(org_key, ca_cert)
    key, cert = keys.unlock_member(uow, member_id, passphrase, at=now)
    content = view.content
    assert content is not None  # check_frozen: submitted minutes carry their content
    named = next(s.certificate for s in content.signatories if s.member_id == member_id)
    if certificates.fingerprint(cert) != named:
        raise UserError("minutes.certificate_changed", {"name": signer.name})
    url = tsa_url(uow)
    signed = pades.sign_pdf(row.pdf, key, cert, ca_cert, field_name=f"Signature{member_id}",
                            reason=signer.role_text, name=signer.name,
                            timestamp_url=url)  # fmt: skip
    uow.session.add(MinutesSignatureRow(
        minutes_id=row.id, member_id=member_id, role=signer.role.value,
        certificate_pem=certificates.to_pem(cert),
        signature=b64(sign_bytes(row.content.encode("utf-8"), key)), signed_at=now,
        timestamped=signed.timestamped,
    ))  # fmt: skip
    row.pdf, row.updated_at = signed.data, now
    note = _note(url, signed.problem)
    if not signed.timestamped:
        row.timestamp, row.timestamp_note = LOCAL, note
    elif row.timestamp != LOCAL:
        row.timestamp, row.timestamp_note = RFC3161, ""
    journal.append(uow, EventKind.MINUTES_SIGNED, meeting_id=row.meeting_id, now=now, subject={
        "minutes_id": row.id, "kind": row.kind, "member_id": member_id, "name": signer.name,
        "role": signer.role.value, "certificate": named, "content_hash": row.content_hash,
        "timestamped": signed.timestamped,
    })  # fmt: skip
    number = None
    if last:
        assert org_key is not None
        uow.session.flush()
        number = _enter(uow, row, org_key, now=now)
    if org_key is not None:
        journal.seal(uow, org_key)
    return (SignOutcome(last, number, signed.timestamped, note),
            Changes.of(Aggregate.MINUTES, ids=(row.meeting_id,)))  # fmt: skip


def check_frozen(uow: UnitOfWork, row: MinutesRow, view: MinutesView) -> None:
    """Refuse to sign minutes that changed since submission.

    The content is the one its hash names; the signatories are those the content names
    (one fewer and the last signature would enter minutes a signatory never signed);
    before the first signature the PDF is exactly the rendering of that content (so the
    page a signatory reads is the content they sign); after it, every signature given
    so far still holds over the content.

    Raises:
        UserError: ``minutes.changed_since_submission``.
    """
    changed = UserError("minutes.changed_since_submission")
    content = view.content
    data = row.content.encode("utf-8")
    if content is None or row.pdf is None or sha256_hex(data) != row.content_hash:
        raise changed
    if sorted(s.member_id for s in view.signatories) != sorted(
            s.member_id for s in content.signatories):  # fmt: skip
        raise changed
    given = minutes_repo.signatures(uow.session, row.id)
    if not given:
        if row.pdf != minutes_pdf(content, fingerprint=organisation_fingerprint(uow)):
            raise changed
        return
    for s in given:
        public_key = certificates.ec_public_key(certificates.from_pem(s.certificate_pem))
        try:
            holds = public_key is not None and verify_bytes(data, unb64(s.signature), public_key)
        except ValueError:  # not base64
            holds = False
        if not holds:
            raise changed


def _note(url: str, problem: str) -> str:
    if not url:
        return "no_tsa"
    return problem


def _enter(uow: UnitOfWork, row: MinutesRow, org_key: ec.EllipticCurvePrivateKey, *,
           now: datetime) -> int:
    """Complete the minutes and write its register entry (next number, chained, signed)."""
    assert row.pdf is not None
    generated = json.loads(row.generated)
    register = generated["body"]
    number, previous = next_previous(minutes_repo.stored(e)
                                     for e in minutes_repo.entries(uow.session, register))
    corrects = None
    if row.kind == ERRATUM and row.corrects_id is not None:
        corrected = minutes_repo.entry_of(uow.session, row.corrects_id)
        corrects = corrected.number if corrected is not None else None
    # The names as the signed content gives them.
    names = {s["member_id"]: str(s["name"]) for s in json.loads(row.content)["signatories"]}
    signatures = tuple(EntrySignature(
        member_id=s.member_id, name=names.get(s.member_id, str(s.member_id)), role=s.role,
        certificate=certificates.fingerprint(certificates.from_pem(s.certificate_pem)),
        signature=s.signature, signed_at=s.signed_at.isoformat(timespec="seconds"),
    ) for s in minutes_repo.signatures(uow.session, row.id))  # fmt: skip
    payload = EntryPayload(
        register=register, number=number, previous=previous, meeting_id=row.meeting_id,
        meeting_date=generated["header"]["date"], title=generated["header"]["title"],
        kind=row.kind, corrects=corrects, content_hash=row.content_hash,
        pdf_sha256=sha256_hex(row.pdf), pdf_size=len(row.pdf), signatures=signatures,
        entered_at=now.isoformat(timespec="seconds"),
        timestamp=RFC3161 if row.timestamp == RFC3161 else LOCAL,
    )  # fmt: skip
    data = payload.canonical()
    uow.session.add(RegisterEntryRow(
        register=register, number=number, minutes_id=row.id, data=data.decode("utf-8"),
        entry_hash=sha256_hex(data), signature=b64(sign_bytes(data, org_key)), entered_at=now,
    ))  # fmt: skip
    row.status, row.signed_at, row.signed_pdf_size = MinutesStatus.SIGNED.value, now, len(row.pdf)
    journal.append(uow, EventKind.MINUTES_REGISTERED, meeting_id=row.meeting_id, now=now, subject={
        "minutes_id": row.id, "kind": row.kind, "register": register, "number": number,
        "entry_hash": sha256_hex(data), "content_hash": row.content_hash,
    })  # fmt: skip
    return number


def add_timestamp(uow: UnitOfWork, minutes_id: int, *, now: datetime) -> Changes:
    """Add an RFC 3161 document time-stamp to a signed minutes that has none.

    The time-stamp is an incremental update: the signed revision the register hashes
    stays a byte-for-byte prefix of the file.

    Raises:
        UserError: ``minutes.not_signed``, ``minutes.already_timestamped``,
            ``minutes.no_tsa`` (no authority configured), ``minutes.tsa_unreachable``.
    """
    row = _row(uow, minutes_id)
    if row.status != MinutesStatus.SIGNED.value or row.pdf is None:
        raise UserError("minutes.not_signed")
    if row.timestamp == RFC3161:
        raise UserError("minutes.already_timestamped")
    url = tsa_url(uow)
    if not url:
        raise UserError("minutes.no_tsa")
    row.pdf = pades.add_document_timestamp(row.pdf, timestamp_url=url)
    row.timestamp, row.timestamp_note, row.updated_at = RFC3161, "", now
    return Changes.of(Aggregate.MINUTES, ids=(row.meeting_id,))
