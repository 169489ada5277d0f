# SPDX-License-Identifier: GPL-3.0-or-later
"""PAdES signatures of the minutes, RFC 3161 time-stamps from a real local TSA, and the
checks that catch a flipped byte, a foreign certificate and a change after signing."""

from __future__ import annotations

import asyncio
import io
import logging
import shutil
import subprocess
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from functools import cache
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives.asymmetric import ec
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from reportlab.pdfgen import canvas

from talagov.core import certificates, pades
from talagov.core.errors import UserError
from talagov.core.pades import SignatureKind, SignedPdf
from talagov.core.signing import new_private_key
from tests.core.tsa_fixtures import LocalTsa, closed_port_url, running_tsa

REASON = "Signature du procès-verbal"


@dataclass(frozen=True)
class Signer:
    key: ec.EllipticCurvePrivateKey
    cert: x509.Certificate


@dataclass(frozen=True)
class Org:
    key: ec.EllipticCurvePrivateKey
    ca: x509.Certificate

    def member(self, member_id: int, name: str, *, now: datetime | None = None,
               days: int = certificates.MEMBER_DAYS) -> Signer:
        key = new_private_key()
        cert = certificates.issue_member_certificate(
            self.key, self.ca, key.public_key(), member_id=member_id, name=name,
            now=now or datetime.now(UTC), days=days)
        return Signer(key, cert)


def _org(name: str) -> Org:
    key = new_private_key()
    return Org(key, certificates.organisation_certificate(key, name=name, now=datetime.now(UTC)))


@cache
def coop() -> Org:
    return _org("Fonderie du Val")


@cache
def chair() -> Signer:
    return coop().member(3, "Jeanne Martin")


@cache
def secretary() -> Signer:
    return coop().member(4, "Paul Durand")


@cache
def minutes_pdf() -> bytes:
    buffer = io.BytesIO()
    page = canvas.Canvas(buffer)
    page.setTitle("Procès-verbal de l'assemblée générale")
    page.drawString(72, 720, "Procès-verbal de l'assemblée générale ordinaire")
    page.showPage()
    page.save()
    return buffer.getvalue()


def sign(pdf: bytes, who: Signer, field: str, *, org: Org | None = None,
         url: str = "") -> SignedPdf:
    return pades.sign_pdf(pdf, who.key, who.cert, (org or coop()).ca, field_name=field,
                          reason=REASON, location="Lyon", name="signatory", timestamp_url=url,
                          timeout=3)


@cache
def co_signed() -> tuple[bytes, bytes]:
    """The minutes signed by the chair, then by the secretary."""
    first = sign(minutes_pdf(), chair(), "Signature-chair").data
    return first, sign(first, secretary(), "Signature-secretary").data


@pytest.fixture(autouse=True)
def _no_proxy_for_loopback(monkeypatch: pytest.MonkeyPatch) -> None:
    # urllib honours http_proxy, even for 127.0.0.1, unless no_proxy says otherwise.
    monkeypatch.setenv("no_proxy", "127.0.0.1,localhost")
    monkeypatch.setenv("NO_PROXY", "127.0.0.1,localhost")


@pytest.fixture
def tsa() -> Iterator[LocalTsa]:
    with running_tsa() as running:
        yield running


def test_two_signatures_are_both_valid_and_the_first_revision_stays_a_prefix() -> None:
    first, both = co_signed()
    assert both.startswith(first)
    one, two = pades.validate(both, coop().ca)
    assert (one.field_name, one.signer_name, one.member_id) == ("Signature-chair", "Jeanne Martin", 3)
    assert (two.field_name, two.signer_name, two.member_id) == ("Signature-secretary", "Paul Durand", 4)
    assert one.fingerprint == certificates.fingerprint(chair().cert)
    assert all(s.kind is SignatureKind.SIGNATURE and s.intact and s.valid and not s.modified
               for s in (one, two))
    assert one.signed_revision_size == len(first) and two.signed_revision_size == len(both)
    assert (one.covers_whole, two.covers_whole) == (False, True)
    assert not one.timestamped and one.signed_at is not None


def test_poppler_pdfsig_verifies_both_signatures(tmp_path: Path) -> None:
    if shutil.which("pdfsig") is None:
        pytest.skip("poppler's pdfsig is not installed (apt-get install poppler-utils)")
    path = tmp_path / "pv.pdf"
    path.write_bytes(co_signed()[1])
    out = subprocess.run(["pdfsig", str(path)], capture_output=True, text=True, timeout=60,
                         env={"HOME": str(tmp_path), "PATH": "/usr/bin:/bin"}).stdout
    assert out.count("Signature is Valid.") == 2, out
    assert "ETSI.CAdES.detached" in out and "UID=3" in out and "UID=4" in out


def test_signature_time_stamped_by_the_authority(tsa: LocalTsa) -> None:
    before = datetime.now(UTC) - timedelta(seconds=2)
    signed = sign(minutes_pdf(), chair(), "Signature-chair", url=tsa.url)
    assert (signed.timestamped, signed.problem) == (True, "")
    assert tsa.queries >= 1
    (status,) = pades.validate(signed.data, coop().ca, tsa_roots=[tsa.certificate])
    assert status.valid and status.timestamped and status.timestamp_valid
    assert status.timestamp_trusted
    assert status.timestamp_at is not None and before <= status.timestamp_at <= datetime.now(UTC)
    # Without the TSA among the trusted roots the token still verifies, but vouches for nothing.
    (untrusted,) = pades.validate(signed.data, coop().ca)
    assert untrusted.valid and untrusted.timestamp_valid and not untrusted.timestamp_trusted


def test_authority_down_signs_without_time_stamp_and_says_so() -> None:
    signed = sign(minutes_pdf(), chair(), "Signature-chair", url=closed_port_url())
    assert not signed.timestamped and signed.reason == "tsa_unreachable"
    assert signed.problem.startswith("tsa_unreachable: ")
    (status,) = pades.validate(signed.data, coop().ca)
    assert status.valid and not status.timestamped


def test_authority_refusing_signs_without_time_stamp(tsa: LocalTsa) -> None:
    tsa.refuse = True
    signed = sign(minutes_pdf(), chair(), "Signature-chair", url=tsa.url)
    assert not signed.timestamped and signed.reason == "tsa_refused"
    assert "policy not accepted" in signed.problem
    assert pades.validate(signed.data, coop().ca)[0].valid


def test_document_time_stamp_added_later_keeps_earlier_signatures(tsa: LocalTsa) -> None:
    signed = co_signed()[1]
    stamped = pades.add_document_timestamp(signed, timestamp_url=tsa.url, timeout=3)
    assert stamped.startswith(signed) and len(stamped) > len(signed)
    one, two, stamp = pades.validate(stamped, coop().ca, tsa_roots=[tsa.certificate])
    assert all(s.valid and not s.modified for s in (one, two))
    assert two.signed_revision_size == len(signed)
    assert stamp.kind is SignatureKind.DOCUMENT_TIMESTAMP and stamp.valid
    assert stamp.covers_whole and stamp.timestamp_trusted and stamp.timestamp_at is not None
    assert stamp.signer_name == "Horodateur de test" and stamp.member_id is None


def test_document_time_stamp_with_authority_down_is_a_user_error() -> None:
    with pytest.raises(UserError) as caught:
        pades.add_document_timestamp(co_signed()[1], timestamp_url=closed_port_url(), timeout=3)
    assert caught.value.code == "minutes.tsa_unreachable" and caught.value.params["detail"]
    with pytest.raises(UserError, match="minutes.no_tsa"):
        pades.add_document_timestamp(co_signed()[1], timestamp_url="")


def test_document_time_stamp_whose_token_does_not_verify_is_refused(tsa: LocalTsa) -> None:
    # pyHanko embeds whatever token comes back: the minutes must not then claim a time-stamp.
    tsa.mangle = True
    with pytest.raises(UserError) as caught:
        pades.add_document_timestamp(co_signed()[1], timestamp_url=tsa.url, timeout=3)
    assert caught.value.code == "minutes.tsa_refused"


def test_signature_token_that_does_not_verify_signs_without_time_stamp(tsa: LocalTsa) -> None:
    tsa.mangle = True
    signed = sign(minutes_pdf(), chair(), "Signature-chair", url=tsa.url)
    assert not signed.timestamped and signed.reason == "tsa_refused"
    (status,) = pades.validate(signed.data, coop().ca)
    assert status.valid and not status.timestamped


@pytest.mark.parametrize(("old", "new"), [
    (b"/Size", b"/Sise"),  # the trailer loses its size: pyHanko raised a KeyError
    (b"608648016503040201", b"608648816503040201"),  # SHA-256's OID bent: an AttributeError
])
def test_a_mangled_file_is_reported_never_raised(old: bytes, new: bytes) -> None:
    mangled = co_signed()[1].replace(old, new)
    assert mangled != co_signed()[1]
    try:
        statuses = pades.validate(mangled, coop().ca)
    except UserError as exc:
        assert exc.code == "minutes.bad_pdf"
    else:
        assert not any(s.valid for s in statuses)


def test_flipped_byte_in_the_signed_range_is_caught() -> None:
    both = co_signed()[1]
    at = both.index(b"ReportLab")  # the producer, inside both signed ranges
    tampered = both[:at] + b"X" + both[at + 1:]
    statuses = pades.validate(tampered, coop().ca)
    assert len(statuses) == 2 and not any(s.intact or s.valid for s in statuses)


@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.data())
def test_any_changed_byte_of_the_first_revision_shows(data: st.DataObject) -> None:
    # Every byte the chair signed is also under the secretary's signature.
    first, both = co_signed()
    position = data.draw(st.sampled_from(_covered(first)).flatmap(lambda r: st.integers(*r)))
    new = data.draw(st.integers(0, 255).filter(lambda b: b != both[position]))
    tampered = both[:position] + bytes([new]) + both[position + 1:]
    try:
        statuses = pades.validate(tampered, coop().ca)
    except UserError as exc:  # no longer readable as a PDF: shows too
        assert exc.code == "minutes.bad_pdf"
        return
    assert not (len(statuses) == 2 and all(s.intact and s.valid for s in statuses))


def _covered(pdf: bytes) -> list[tuple[int, int]]:
    """The byte ranges the single signature of ``pdf`` covers (inclusive bounds)."""
    marker = pdf.rindex(b"/ByteRange")
    numbers = pdf[pdf.index(b"[", marker) + 1:pdf.index(b"]", marker)].split()
    a, b, c, d = (int(n) for n in numbers)
    return [(a, a + b - 1), (c, c + d - 1)]


def test_certificate_of_another_authority_is_refused(caplog: pytest.LogCaptureFixture) -> None:
    other = _org("Autre coopérative")
    stranger = other.member(3, "Jeanne Martin")
    signed = sign(minutes_pdf(), stranger, "Signature-chair", org=other).data
    with caplog.at_level(logging.WARNING):
        (status,) = pades.validate(signed, coop().ca)
    assert status.intact and not status.valid
    # An expected outcome, reported in the status: no warning traceback on the console.
    assert [r for r in caplog.records if r.levelno >= logging.WARNING] == []
    assert pades.validate(signed, other.ca)[0].valid
    with pytest.raises(UserError, match="minutes.foreign_certificate"):
        sign(minutes_pdf(), stranger, "Signature-chair")


def test_key_that_does_not_match_the_certificate_is_refused() -> None:
    with pytest.raises(UserError, match="minutes.key_mismatch"):
        pades.sign_pdf(minutes_pdf(), secretary().key, chair().cert, coop().ca,
                       field_name="Signature-chair", reason=REASON)


def test_change_appended_after_signing_shows() -> None:
    from pyhanko.pdf_utils import generic
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter

    signed = co_signed()[1]
    writer = IncrementalPdfFileWriter(io.BytesIO(signed))
    writer.root["/PageMode"] = generic.NameObject("/FullScreen")
    writer.update_root()
    out = io.BytesIO()
    writer.write(out)
    statuses = pades.validate(out.getvalue(), coop().ca)
    assert all(s.intact and not s.covers_whole and s.modified for s in statuses)


def test_expired_certificate_at_signing_time_is_not_valid() -> None:
    now = datetime.now(UTC)
    late = coop().member(5, "Marc Petit", now=now - timedelta(days=10), days=1)
    (status,) = pades.validate(sign(minutes_pdf(), late, "Signature-late").data, coop().ca)
    assert status.intact and not status.valid


@pytest.mark.slow
def test_signature_stays_valid_after_the_certificate_expires() -> None:
    # A certificate that expires 1.5 s from now: validation is judged at signing time.
    now = datetime.now(UTC)
    short = coop().member(6, "Lise Roy", now=now - timedelta(days=1, seconds=-1.5), days=1)
    signed = sign(minutes_pdf(), short, "Signature-short").data
    time.sleep(max(0.0, (short.cert.not_valid_after_utc - datetime.now(UTC)).total_seconds()) + 1.2)
    assert datetime.now(UTC) > short.cert.not_valid_after_utc
    assert pades.validate(signed, coop().ca)[0].valid


def test_signing_works_from_a_worker_thread_and_inside_a_running_loop(tsa: LocalTsa) -> None:
    results: list[SignedPdf] = []
    worker = threading.Thread(target=lambda: results.append(
        sign(minutes_pdf(), chair(), "Signature-chair", url=tsa.url)))
    worker.start()
    worker.join(30)

    async def from_a_coroutine() -> SignedPdf:
        return sign(minutes_pdf(), chair(), "Signature-chair", url=tsa.url)

    results.append(asyncio.run(from_a_coroutine()))
    assert [r.timestamped for r in results] == [True, True]
    assert all(pades.validate(r.data, coop().ca)[0].valid for r in results)


def test_unreadable_file_is_a_user_error() -> None:
    with pytest.raises(UserError, match="minutes.bad_pdf"):
        pades.validate(b"%PDF-1.4 not really", coop().ca)
    with pytest.raises(UserError, match="minutes.bad_pdf"):
        sign(b"not a pdf", chair(), "Signature-chair")


def test_a_field_is_signed_once() -> None:
    with pytest.raises(UserError, match="minutes.bad_pdf"):
        sign(co_signed()[0], secretary(), "Signature-chair")


def test_unsigned_file_has_no_signature() -> None:
    assert pades.validate(minutes_pdf(), coop().ca) == ()
