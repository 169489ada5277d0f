# SPDX-License-Identifier: GPL-3.0-or-later
"""The check of a signed PDF: what each signature and document time-stamp proves.

pyHanko does the work (byte-range digests, CMS signatures, path building, difference
analysis of later revisions); this module turns its reports into
:class:`PdfSignatureStatus` values. Trust is explicit: the organisation's CA for
signers, the caller's list for time-stamping authorities, nothing fetched. pyHanko is
imported lazily (see ``talagov.core.pades``).
"""

from __future__ import annotations

import enum
import io
import logging
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from cryptography import x509
from cryptography.hazmat.primitives import serialization

from talagov.core import certificates


class SignatureKind(enum.StrEnum):
    """A signer's signature (``/Sig``) or a document time-stamp (``/DocTimeStamp``)."""

    SIGNATURE = "signature"
    DOCUMENT_TIMESTAMP = "document_timestamp"


@dataclass(frozen=True)
class PdfSignatureStatus:
    """What one signature field of a PDF proves.

    For a document time-stamp the "signer" is the time-stamping authority: ``valid``
    then means intact with a token that verifies, and ``timestamp_*`` describe it.
    """

    field_name: str
    kind: SignatureKind
    signer_name: str  # the certificate's common name
    member_id: int | None  # the certificate's UID (None without one: a TSA), even if not valid
    fingerprint: str  # SHA-256 of the signer's certificate (DER), hex; "" when unreadable
    intact: bool  # the bytes it covers still hash to what was signed
    valid: bool  # intact, signature verifies, certificate chains to the organisation's CA
    covers_whole: bool  # nothing was appended after it (later signatures count)
    modified: bool  # after it, changes other than signatures and time-stamp data
    signed_revision_size: int  # bytes of the file as signed (a prefix of the file)
    signed_at: datetime | None  # the signing time the signer's software wrote (a claim)
    timestamped: bool  # it carries an RFC 3161 token
    timestamp_at: datetime | None  # the token's time
    timestamp_valid: bool  # the token is intact and its signature verifies
    timestamp_trusted: bool  # ... and the authority chains to one of the trusted TSA roots


# pyHanko logs a warning with a traceback for outcomes our statuses report anyway (a
# certificate that does not chain to a trusted root, a change after signing); the CLI
# shows warnings, so during a check these become debug records (seen with --debug).
_OUTCOME_LOGGERS = ("pyhanko.sign.validation.generic_cms", "pyhanko.sign.diff_analysis.policies")


def _demote(record: logging.LogRecord) -> bool:
    if record.levelno != logging.WARNING:
        return True
    record.levelno, record.levelname = logging.DEBUG, "DEBUG"
    return logging.getLogger(record.name).isEnabledFor(logging.DEBUG)


@contextmanager
def _outcomes_as_debug() -> Iterator[None]:
    loggers = [logging.getLogger(name) for name in _OUTCOME_LOGGERS]
    for logger in loggers:
        logger.addFilter(_demote)
    try:
        yield
    finally:
        for logger in loggers:
            logger.removeFilter(_demote)


def _asn1(cert: x509.Certificate) -> Any:
    from asn1crypto import x509 as asn1_x509

    return asn1_x509.Certificate.load(cert.public_bytes(serialization.Encoding.DER))


def _context(roots: Sequence[Any], moment: datetime | None) -> Any:
    from pyhanko_certvalidator import ValidationContext

    # Explicit roots (an empty list trusts nothing: pyHanko would otherwise fall back to
    # the system's TLS list); our member certificates carry no revocation URL to fetch.
    return ValidationContext(trust_roots=list(roots), moment=moment, allow_fetching=False,
                             revocation_mode="soft-fail")


def _token_time(signer_info: Any) -> datetime | None:
    """The time in a signature's time-stamp token (an unsigned attribute), if any."""
    attrs = signer_info["unsigned_attrs"]
    for attr in attrs if attrs.native is not None else ():
        if attr["type"].native == "signature_time_stamp_token":
            tst_info = attr["values"][0]["content"]["encap_content_info"]["content"].parsed
            when: datetime = tst_info["gen_time"].native
            return when
    return None


def _signer_facts(embedded: Any) -> tuple[str, int | None, str]:
    try:
        cert = x509.load_der_x509_certificate(embedded.signer_cert.dump())
    except (ValueError, KeyError, TypeError):
        return "", None, ""
    shown = certificates.info(cert)
    return shown.name, shown.member_id, shown.fingerprint


def _unchanged_after(status: Any) -> bool:
    from pyhanko.sign.diff_analysis import ModificationLevel

    # Later signatures fill form fields and time-stamps add LTA data; anything else
    # (new content, annotations, a changed catalogue) is a modification of the minutes.
    allowed = {ModificationLevel.NONE, ModificationLevel.LTA_UPDATES,
               ModificationLevel.FORM_FILLING}
    return status.modification_level in allowed


async def _check_one(embedded: Any, ca: Any, tsa_roots: Sequence[Any],
                     skip_diff: bool) -> PdfSignatureStatus:
    from pyhanko.sign.validation.pdf_embedded import (
        async_validate_pdf_signature,
        async_validate_pdf_timestamp,
    )
    from pyhanko.sign.validation.status import SignatureCoverageLevel

    name, member_id, fingerprint = _signer_facts(embedded)
    br = embedded.byte_range
    size = int(br[2]) + int(br[3]) if len(br) == 4 else 0
    is_doc_ts = embedded.sig_object_type == "/DocTimeStamp"
    if is_doc_ts:
        token_at: datetime | None = \
            embedded.signed_data["encap_content_info"]["content"].parsed["gen_time"].native
    else:
        token_at = _token_time(embedded.signer_info)
    signed_at = None if is_doc_ts else embedded.self_reported_timestamp
    ts_context = _context(tsa_roots, token_at)
    if is_doc_ts:
        doc = await async_validate_pdf_timestamp(embedded, ts_context, skip_diff=skip_diff)
        ok = bool(doc.intact and doc.valid)
        return PdfSignatureStatus(
            field_name=str(embedded.field_name), kind=SignatureKind.DOCUMENT_TIMESTAMP,
            signer_name=name, member_id=member_id, fingerprint=fingerprint,
            intact=bool(doc.intact), valid=ok,
            covers_whole=doc.coverage == SignatureCoverageLevel.ENTIRE_FILE,
            modified=not skip_diff and not _unchanged_after(doc), signed_revision_size=size,
            signed_at=doc.timestamp, timestamped=True, timestamp_at=doc.timestamp,
            timestamp_valid=ok, timestamp_trusted=ok and bool(doc.trusted),
        )  # fmt: skip
    # Judge the certificate at signing time, or expired members' minutes would turn invalid.
    context = _context([ca] if ca is not None else [], token_at or signed_at)
    sig = await async_validate_pdf_signature(embedded, context, ts_context, skip_diff=skip_diff)
    tst = sig.timestamp_validity
    tst_ok = tst is not None and bool(tst.intact and tst.valid)
    return PdfSignatureStatus(
        field_name=str(embedded.field_name), kind=SignatureKind.SIGNATURE,
        signer_name=name, member_id=member_id, fingerprint=fingerprint,
        intact=bool(sig.intact), valid=bool(sig.intact and sig.valid and sig.trusted),
        covers_whole=sig.coverage == SignatureCoverageLevel.ENTIRE_FILE,
        modified=not skip_diff and not _unchanged_after(sig), signed_revision_size=size,
        signed_at=signed_at, timestamped=tst is not None,
        timestamp_at=tst.timestamp if tst is not None else None,
        timestamp_valid=tst_ok, timestamp_trusted=tst_ok and bool(tst and tst.trusted),
    )  # fmt: skip


def _broken(embedded: Any) -> PdfSignatureStatus:
    """A field pyHanko could not even evaluate (mangled signature data): proves nothing."""
    name, member_id, fingerprint = _signer_facts(embedded)
    kind = (SignatureKind.DOCUMENT_TIMESTAMP if embedded.sig_object_type == "/DocTimeStamp"
            else SignatureKind.SIGNATURE)
    return PdfSignatureStatus(
        field_name=str(embedded.field_name), kind=kind, signer_name=name,
        member_id=member_id, fingerprint=fingerprint, intact=False, valid=False,
        covers_whole=False, modified=True, signed_revision_size=0, signed_at=None,
        timestamped=False, timestamp_at=None, timestamp_valid=False, timestamp_trusted=False,
    )  # fmt: skip


async def check_all(pdf: bytes, ca_certificate: x509.Certificate | None,
                    tsa_roots: Sequence[x509.Certificate] = (), *,
                    skip_diff: bool = False) -> tuple[PdfSignatureStatus, ...]:
    """Statuses of every signature field of ``pdf``, in the order they were added.

    ``skip_diff`` leaves out the difference analysis (``modified`` is then ``False``);
    the signing code uses it to look at its own fresh signature. Without
    ``ca_certificate`` no signer is trusted (``valid`` is then ``False`` for every
    signature); document time-stamps are judged as usual.

    Raises:
        pyhanko.pdf_utils.misc.PdfError: the file cannot be read as a PDF.
    """
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign.validation.errors import SignatureValidationError

    reader = PdfFileReader(io.BytesIO(pdf))
    ca = _asn1(ca_certificate) if ca_certificate is not None else None
    roots = [_asn1(c) for c in tsa_roots]
    found: list[PdfSignatureStatus] = []
    with _outcomes_as_debug():
        for embedded in reader.embedded_signatures:
            try:
                found.append(await _check_one(embedded, ca, roots, skip_diff))
            except (SignatureValidationError, ValueError, KeyError, TypeError, AttributeError,
                    IndexError):  # an unknown digest OID is an AttributeError in pyHanko
                found.append(_broken(embedded))
    return tuple(found)
