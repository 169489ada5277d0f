# SPDX-License-Identifier: GPL-3.0-or-later
"""The minutes: their signed content, each signatory's signature over it, and the PAdES
signatures of their PDF.

Each signatory signed twice with the same key (docs/minutes.md §4): an ECDSA signature
over the content's RFC 8785 bytes, and a PAdES signature in the PDF. Both are checked
here, with the certificate the content names for that signatory, issued by the
organisation and valid when they signed. The PDF is judged as the last signatory left
it (the prefix the register entry hashes); anything appended after it may only be
document time-stamps that change nothing.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, datetime

from cryptography import x509

from talagov.core import certificates, pades
from talagov.core.bundle_format import MINUTES
from talagov.core.bundle_model import BundleContents, MinutesRecord, MinutesSignatureRecord
from talagov.core.canonical import canonical, sha256_hex
from talagov.core.certificates import CertProblem
from talagov.core.errors import UserError
from talagov.core.minutes_codec import from_data
from talagov.core.minutes_content import MinutesContent, MinutesStatus
from talagov.core.signing import verify_bytes
from talagov.verifier.check_certificates import CertificateFacts
from talagov.verifier.lines import failed, minutes_subject, ok, warning
from talagov.verifier.reader import BundleFiles
from talagov.verifier.report import Area, CheckLine

_A = Area.MINUTES
MINUTES_KIND = "minutes"  # a record's kind: "minutes" or "erratum"


@dataclass(frozen=True)
class ReadMinutes:
    """One minutes' content, as read and decoded (``None`` where it could not be)."""

    record: MinutesRecord
    data: bytes | None
    content: MinutesContent | None


def _parse(data: bytes) -> tuple[object, bool]:
    """The content's JSON and whether the bytes are exactly its RFC 8785 form."""
    try:
        value = json.loads(data.decode("utf-8"))
        return value, canonical(value) == data
    except (ValueError, RecursionError):
        return None, False


def read_content(m: MinutesRecord, files: BundleFiles) -> tuple[ReadMinutes, list[CheckLine]]:
    """The content bytes: present, hashing to the recorded hash, canonical, and a
    ``talagov.minutes/1`` document."""
    subject = minutes_subject(m.id)
    if m.content is None:
        return ReadMinutes(m, None, None), []
    if m.content not in files:
        return ReadMinutes(m, None, None), [failed(_A, "verify.minutes.content_missing",
                                                   m.content, subject)]
    data = files.read(m.content)
    lines: list[CheckLine] = []
    if sha256_hex(data) != m.content_hash:
        lines.append(failed(_A, "verify.minutes.content_hash", m.content, subject,
                            recorded=m.content_hash, actual=sha256_hex(data)))
    value, exact = _parse(data)
    content = None
    if value is not None:
        try:
            content = from_data(value)
        except UserError:
            content = None
    if content is None or not exact:
        lines.append(failed(_A, "verify.minutes.content_malformed", m.content, subject))
    return ReadMinutes(m, data, content), lines


def _revoked_before(cert: x509.Certificate, facts: CertificateFacts, at: datetime) -> bool:
    since = facts.revoked_at.get(certificates.serial_hex(cert))
    return since is not None and at.astimezone(UTC) >= since


def _signature_problem(read: ReadMinutes, s: MinutesSignatureRecord, facts: CertificateFacts
                       ) -> str | None:
    """Why one signatory's content signature does not hold (``None``: it does)."""
    fingerprint = facts.paths.get(s.certificate)
    if fingerprint is None or facts.ca is None:
        return "certificate"  # absent, or not a certificate the organisation issued
    cert = facts.members[fingerprint]
    named = {x.member_id: x.certificate for x in read.content.signatories} \
        if read.content is not None else {}
    if certificates.member_id_of(cert) != s.member_id or named.get(s.member_id) != fingerprint:
        return "not_named"
    problem = certificates.check_member_certificate(cert, facts.ca, at=s.signed_at)
    if problem is not None and problem is not CertProblem.REVOKED:
        return "certificate_invalid"
    if _revoked_before(cert, facts, s.signed_at):
        return "certificate_revoked"
    key = certificates.ec_public_key(cert)
    if read.data is None or key is None or not verify_bytes(read.data, s.signature, key):
        return "signature"
    return None


def check_signatures(read: ReadMinutes, facts: CertificateFacts) -> list[CheckLine]:
    """Every signatory the content names signed (once the minutes is signed), and every
    signature holds over the content bytes."""
    m = read.record
    subject = minutes_subject(m.id)
    lines: list[CheckLine] = []
    named = {x.member_id for x in read.content.signatories} if read.content is not None else set()
    signed = {s.member_id for s in m.signatures}
    missing = named - signed if m.status is MinutesStatus.SIGNED else set()
    for member_id in sorted(missing | (signed - named)):
        code = "verify.minutes.signature_missing" if member_id in missing \
            else "verify.minutes.signatory_unnamed"
        lines.append(failed(_A, code, m.content or "", subject, member=member_id))
    for s in m.signatures:
        problem = _signature_problem(read, s, facts)
        if problem is not None:
            lines.append(failed(_A, f"verify.minutes.signature_{problem}", s.certificate,
                                subject, member=s.member_id, role=s.role))
    return lines


def _pades_lines(m: MinutesRecord, pdf: bytes, facts: CertificateFacts) -> list[CheckLine]:
    assert m.pdf is not None and facts.ca is not None
    subject = minutes_subject(m.id)
    size = m.signed_pdf_size if m.status is MinutesStatus.SIGNED else len(pdf)
    if size > len(pdf) or size <= 0:
        return [failed(_A, "verify.minutes.pdf_truncated", m.pdf, subject, size=size)]
    statuses = pades.validate(pdf[:size], facts.ca)
    valid = {p.fingerprint for p in statuses
             if p.kind is pades.SignatureKind.SIGNATURE and p.valid and p.intact}
    lines = [failed(_A, "verify.minutes.pades_invalid", m.pdf, subject, member=s.member_id,
                    role=s.role)
             for s in m.signatures if facts.paths.get(s.certificate) not in valid]
    if any(p.modified for p in statuses):
        lines.append(failed(_A, "verify.minutes.pdf_modified", m.pdf, subject))
    if size < len(pdf):
        later = [p for p in pades.validate(pdf, facts.ca) if p.signed_revision_size > size]
        if not (later and later[-1].covers_whole and not any(p.modified for p in later)
                and all(p.kind is pades.SignatureKind.DOCUMENT_TIMESTAMP and p.valid
                        for p in later)):
            lines.append(failed(_A, "verify.minutes.pdf_tail", m.pdf, subject, size=size))
    return lines


def check_pdf(m: MinutesRecord, files: BundleFiles, facts: CertificateFacts) -> list[CheckLine]:
    """The PAdES signatures of the PDF: one valid signature per signatory, chaining to
    the organisation's CA, in the revision the last signatory left."""
    subject = minutes_subject(m.id)
    if m.pdf is None:
        return []
    if m.pdf not in files:
        return [failed(_A, "verify.minutes.pdf_missing", m.pdf, subject)]
    if facts.ca is None:
        return [failed(_A, "verify.minutes.pdf_unchecked", m.pdf, subject)]
    try:
        return _pades_lines(m, files.read(m.pdf), facts)
    except UserError:
        return [failed(_A, "verify.minutes.pdf_unreadable", m.pdf, subject)]


def check_minutes(m: MinutesRecord, files: BundleFiles, facts: CertificateFacts
                  ) -> tuple[ReadMinutes, list[CheckLine]]:
    """One minutes: its content, signatures and PDF; one line per problem, else one
    line saying what holds."""
    subject = minutes_subject(m.id)
    read, lines = read_content(m, files)
    if m.status is MinutesStatus.DRAFT:
        return read, [*lines, warning(_A, "verify.minutes.draft", "", subject, id=m.id)]
    lines += check_signatures(read, facts)
    lines += check_pdf(m, files, facts)
    if not lines and m.status is MinutesStatus.SIGNED:
        lines.append(ok(_A, "verify.minutes.ok", m.content or "", subject, id=m.id,
                        signatures=len(m.signatures)))
    elif not lines:
        # Submitted minutes pin nothing yet: whoever holds the organisation key can turn
        # signed minutes back into submitted ones by dropping their signatures.
        lines.append(warning(_A, "verify.minutes.not_signed", m.content or "", subject,
                             id=m.id, signatures=len(m.signatures)))
    return read, lines


def signed_minutes_lines(contents: BundleContents) -> list[CheckLine]:
    """A warning when no minutes of the meeting (an erratum does not count) is signed.

    The signatories' signatures on the minutes are what pins the ballots kept and the
    results beyond the organisation key: without them, whoever holds that key can drop
    a ballot with its journal entry and count again, and only the voter's receipt
    finds it (its fingerprint is the ballot's file name under ``ballots/poll-N/``).
    """
    if any(m.kind == MINUTES_KIND and m.status is MinutesStatus.SIGNED
           for m in contents.minutes):
        return []
    return [warning(_A, "verify.minutes.none_signed", MINUTES, count=len(contents.minutes))]
