# SPDX-License-Identifier: GPL-3.0-or-later
"""PAdES signatures of a PDF (the minutes), RFC 3161 time-stamps, and their check.

Each signature is an incremental update (``ETSI.CAdES.detached``, SHA-256, the
organisation's CA certificate embedded), so earlier signatures stay valid and the file
as it was when signed remains a byte prefix of every later version. A signature
time-stamp makes it PAdES B-T; a document time-stamp added later (a ``DocTimeStamp``,
the B-LTA building block) dates the whole file without touching earlier revisions.

pyHanko is imported inside the functions: it pulls in aiohttp and lxml, and importing
``talagov.core`` must stay light. Its asynchronous API runs on an event loop of our own
(:func:`_run`), so these functions work from the GUI thread, a worker thread, or a
thread that already runs a loop. Nothing here touches the network except the
time-stamping authority's address the caller passes.
"""

from __future__ import annotations

import asyncio
import io
from collections.abc import Callable, Coroutine, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, TypeVar

from cryptography import x509
from cryptography.exceptions import InvalidSignature, UnsupportedAlgorithm
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec

from talagov.core import certificates
from talagov.core.errors import UserError
from talagov.core.pades_check import PdfSignatureStatus, SignatureKind, check_all
from talagov.core.tsa_client import TsaFailure, timestamper

if TYPE_CHECKING:
    from pyhanko.sign.signers import PdfSignatureMetadata, SimpleSigner
    from pyhanko.sign.timestamps.api import TimeStamper

__all__ = ["PdfSignatureStatus", "SignatureKind", "SignedPdf", "add_document_timestamp",
           "sign_pdf", "validate"]

_T = TypeVar("_T")
MD = "sha256"


@dataclass(frozen=True)
class SignedPdf:
    """The signed file, and whether the signature carries a time-stamp.

    ``problem`` is ``""`` or ``"<code>: <detail>"`` with code ``tsa_unreachable`` (no
    answer: refused connection, time-out, DNS) or ``tsa_refused`` (it answered, but not
    with a usable token); the file is then signed without a time-stamp.
    """

    data: bytes
    timestamped: bool
    problem: str = ""

    @property
    def reason(self) -> str:
        """The code part of ``problem`` (``""`` when there is none)."""
        return self.problem.partition(":")[0]


def _run(make: Callable[[], Coroutine[Any, Any, _T]]) -> _T:
    """Run a coroutine to completion on a fresh event loop.

    ``asyncio.run`` refuses to start inside a thread whose loop is already running;
    there the coroutine goes to a one-off thread instead.
    """
    try:
        asyncio.get_running_loop()
        busy = True
    except RuntimeError:
        busy = False
    # Outside the ``except`` block, or every error inside would chain to that RuntimeError.
    if not busy:
        return asyncio.run(make())
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="pades") as pool:
        return pool.submit(lambda: asyncio.run(make())).result()


def _check_signer(key: ec.EllipticCurvePrivateKey, certificate: x509.Certificate,
                  ca_certificate: x509.Certificate) -> None:
    if not certificates.matches(key.public_key(), certificate):
        raise UserError("minutes.key_mismatch")
    try:
        certificate.verify_directly_issued_by(ca_certificate)
    except (ValueError, TypeError, InvalidSignature, UnsupportedAlgorithm) as exc:
        raise UserError("minutes.foreign_certificate") from exc


def _signer(key: ec.EllipticCurvePrivateKey, certificate: x509.Certificate,
            ca_certificate: x509.Certificate) -> SimpleSigner:
    from asn1crypto import keys as asn1_keys
    from asn1crypto import x509 as asn1_x509
    from pyhanko.sign.signers import SimpleSigner
    from pyhanko_certvalidator.registry import SimpleCertificateStore

    def asn1(cert: x509.Certificate) -> Any:
        return asn1_x509.Certificate.load(cert.public_bytes(serialization.Encoding.DER))

    # asn1crypto wants the key as DER; it lives in this frame only and is never written.
    der = key.private_bytes(serialization.Encoding.DER, serialization.PrivateFormat.PKCS8,
                            serialization.NoEncryption())
    return SimpleSigner(signing_cert=asn1(certificate),
                        signing_key=asn1_keys.PrivateKeyInfo.load(der),
                        cert_registry=SimpleCertificateStore.from_certs(  # type: ignore[no-untyped-call]
                            [asn1(ca_certificate)]))


def _pdf_error_types() -> tuple[type[Exception], ...]:
    from pyhanko.pdf_utils.misc import PdfError
    from pyhanko.sign.general import SigningError

    return (PdfError, SigningError)


async def _sign(pdf: bytes, signer: SimpleSigner, meta: PdfSignatureMetadata,
                stamper: TimeStamper | None) -> bytes:
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign.signers import PdfSigner

    writer = IncrementalPdfFileWriter(io.BytesIO(pdf))
    output = await PdfSigner(meta, signer=signer, timestamper=stamper).async_sign_pdf(writer)
    return bytes(output.getvalue())


def sign_pdf(pdf: bytes, key: ec.EllipticCurvePrivateKey, certificate: x509.Certificate,
             ca_certificate: x509.Certificate, *, field_name: str, reason: str,
             location: str = "", name: str = "", timestamp_url: str = "",
             timeout: float = 10.0) -> SignedPdf:
    """Add a PAdES signature to ``pdf`` as an incremental update.

    With ``timestamp_url`` the RFC 3161 authority there time-stamps the signature (B-T);
    when it cannot be reached in ``timeout`` seconds or answers with an error, the file
    is signed without a time-stamp and :attr:`SignedPdf.problem` says why. The private
    key is used in memory only.

    Raises:
        UserError: ``minutes.key_mismatch`` (``key`` is not the certificate's),
            ``minutes.foreign_certificate`` (not issued by ``ca_certificate``),
            ``minutes.bad_pdf`` (unreadable file, or ``field_name`` already signed).
    """
    from pyhanko.sign.fields import SigSeedSubFilter
    from pyhanko.sign.signers import PdfSignatureMetadata

    _check_signer(key, certificate, ca_certificate)
    signer = _signer(key, certificate, ca_certificate)
    meta = PdfSignatureMetadata(field_name=field_name, md_algorithm=MD, reason=reason or None,
                                location=location or None, name=name or None,
                                subfilter=SigSeedSubFilter.PADES)

    def attempt(stamper: TimeStamper | None) -> bytes:
        try:
            return _run(lambda: _sign(pdf, signer, meta, stamper))
        except _pdf_error_types() as exc:
            raise UserError("minutes.bad_pdf", {"detail": str(exc)}) from exc

    if not timestamp_url:
        return SignedPdf(attempt(None), timestamped=False)
    try:
        data = attempt(timestamper(timestamp_url, timeout))
    except TsaFailure as failure:
        # A fresh writer: the failed attempt may have left its own half-built state.
        return SignedPdf(attempt(None), timestamped=False, problem=str(failure))
    # pyHanko embeds whatever token the authority sends; check it matches before saying so.
    checked = _run(lambda: check_all(data, ca_certificate, (), skip_diff=True))
    mine = [s for s in checked if s.field_name == field_name]
    if not mine or not mine[0].timestamp_valid:
        bad = TsaFailure("tsa_refused", "the token does not match the signature")
        return SignedPdf(attempt(None), timestamped=False, problem=str(bad))
    return SignedPdf(data, timestamped=True)


def add_document_timestamp(pdf: bytes, *, timestamp_url: str, timeout: float = 10.0) -> bytes:
    """Append a document time-stamp (``DocTimeStamp``, ``ETSI.RFC3161``) over the whole
    of ``pdf``; the input stays a byte prefix of the result and earlier signatures valid.

    Raises:
        UserError: ``minutes.no_tsa`` (empty address), ``minutes.tsa_unreachable`` or
            ``minutes.tsa_refused`` (with ``detail``), ``minutes.bad_pdf``.
    """
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign.signers import PdfTimeStamper

    if not timestamp_url:
        raise UserError("minutes.no_tsa")
    stamper = timestamper(timestamp_url, timeout)

    async def stamp() -> bytes:
        writer = IncrementalPdfFileWriter(io.BytesIO(pdf))
        output = await PdfTimeStamper(stamper).async_timestamp_pdf(writer, MD)
        return bytes(output.getvalue())

    try:
        stamped = _run(stamp)
    except TsaFailure as failure:
        raise UserError(f"minutes.{failure.code}", {"detail": failure.detail}) from failure
    except _pdf_error_types() as exc:
        raise UserError("minutes.bad_pdf", {"detail": str(exc)}) from exc
    # As for a signature's token (sign_pdf): pyHanko embeds whatever the authority sent,
    # so the new time-stamp is checked before anyone is told the minutes carry one.
    checked = _run(lambda: check_all(stamped, None, (), skip_diff=True))
    if not checked or checked[-1].kind is not SignatureKind.DOCUMENT_TIMESTAMP \
            or not checked[-1].valid or not checked[-1].covers_whole:
        raise UserError("minutes.tsa_refused",
                        {"detail": "the token does not match the document"})
    return stamped


def validate(pdf: bytes, ca_certificate: x509.Certificate, *,
             tsa_roots: Sequence[x509.Certificate] = ()) -> tuple[PdfSignatureStatus, ...]:
    """The status of every signature and document time-stamp in ``pdf``, in file order.

    Only ``ca_certificate`` is trusted for signers, and only ``tsa_roots`` for
    time-stamping authorities; nothing is fetched and revocation is not checked here
    (the revocation lists are the caller's). A signer's certificate is judged at the
    time of signing (its time-stamp's when it has one, else the time the signer's
    software wrote), so minutes stay valid after the member's certificate expires.

    Raises:
        UserError: ``minutes.bad_pdf`` when the file cannot be read as a PDF.
    """
    # A mangled CMS is a ValueError; a mangled cross-reference table or object can surface
    # from deep inside pyHanko as a KeyError, TypeError, AttributeError or IndexError.
    unreadable: tuple[type[Exception], ...] = (*_pdf_error_types(), ValueError, KeyError,
                                               TypeError, AttributeError, IndexError)
    try:
        return _run(lambda: check_all(pdf, ca_certificate, tsa_roots))
    except unreadable as exc:
        raise UserError("minutes.bad_pdf", {"detail": str(exc)}) from exc
