# SPDX-License-Identifier: GPL-3.0-or-later
"""The organisation's CA and member certificates: issued, checked, refused, openssl-verifiable."""

from __future__ import annotations

import shutil
import subprocess
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from talagov.core import certificates as c
from talagov.core.certificates import CertProblem
from talagov.core.errors import UserError
from talagov.core.signing import new_private_key
from tests.core.hostile_der import request_twice_key_usage, twice_key_usage

NOW = datetime(2026, 11, 20, 9, 30, tzinfo=UTC)
ORG_KEY = new_private_key()
CA = c.organisation_certificate(ORG_KEY, name="Coopérative des Tilleuls", now=NOW)
MEMBER_KEY = new_private_key()
MEMBER = c.issue_member_certificate(ORG_KEY, CA, MEMBER_KEY.public_key(), member_id=42,
                                    name="Zoé Martin", now=NOW)


def test_the_organisation_certificate_is_a_small_ca() -> None:
    assert CA.subject == CA.issuer
    assert CA.subject.get_attributes_for_oid(NameOID.COMMON_NAME)[0].value \
        == "Coopérative des Tilleuls"
    constraints = CA.extensions.get_extension_for_class(x509.BasicConstraints)
    assert constraints.critical and constraints.value.ca and constraints.value.path_length == 0
    usage = CA.extensions.get_extension_for_class(x509.KeyUsage)
    assert usage.critical and usage.value.key_cert_sign and usage.value.crl_sign
    assert CA.not_valid_before_utc == NOW - timedelta(days=1)
    assert CA.not_valid_after_utc > NOW + timedelta(days=365 * c.ORG_YEARS)
    assert isinstance(CA.public_key(), ec.EllipticCurvePublicKey)
    CA.verify_directly_issued_by(CA)


def test_a_member_certificate_names_the_member_and_the_organisation() -> None:
    facts = c.info(MEMBER)
    assert facts.member_id == 42 and c.member_id_of(MEMBER) == 42
    assert facts.name == "Zoé Martin" and facts.organisation == "Coopérative des Tilleuls"
    assert facts.not_before == NOW - timedelta(minutes=5)
    assert facts.not_after == NOW + timedelta(days=c.MEMBER_DAYS)
    assert facts.serial == c.serial_hex(MEMBER) == format(MEMBER.serial_number, "x")
    assert len(facts.fingerprint) == 64 and facts.fingerprint == c.fingerprint(MEMBER)
    usage = MEMBER.extensions.get_extension_for_class(x509.KeyUsage).value
    assert usage.digital_signature and usage.content_commitment and not usage.key_cert_sign
    assert not MEMBER.extensions.get_extension_for_class(x509.BasicConstraints).value.ca
    assert c.info(CA).member_id is None


def test_two_certificates_have_different_serials() -> None:
    again = c.issue_member_certificate(ORG_KEY, CA, MEMBER_KEY.public_key(), member_id=42,
                                       name="Zoé Martin", now=NOW)
    assert c.serial_hex(again) != c.serial_hex(MEMBER)


def test_an_issued_certificate_is_accepted() -> None:
    assert c.check_member_certificate(MEMBER, CA, at=NOW, member_id=42) is None
    assert c.check_member_certificate(MEMBER, CA, at=NOW) is None


def test_naive_local_times_are_understood() -> None:
    local = (NOW + timedelta(days=1)).astimezone().replace(tzinfo=None)
    assert c.check_member_certificate(MEMBER, CA, at=local) is None


def test_another_organisations_certificate_is_refused() -> None:
    other_key = new_private_key()
    other_ca = c.organisation_certificate(other_key, name="Coopérative des Tilleuls", now=NOW)
    assert c.check_member_certificate(MEMBER, other_ca, at=NOW) is CertProblem.NOT_ISSUED_BY_ORG
    forged = c.issue_member_certificate(other_key, other_ca, MEMBER_KEY.public_key(),
                                        member_id=42, name="Zoé Martin", now=NOW)
    assert c.check_member_certificate(forged, CA, at=NOW) is CertProblem.NOT_ISSUED_BY_ORG


def test_validity_is_enforced() -> None:
    assert c.check_member_certificate(MEMBER, CA, at=NOW - timedelta(hours=1)) \
        is CertProblem.NOT_YET_VALID
    later = NOW + timedelta(days=c.MEMBER_DAYS, seconds=1)
    assert c.check_member_certificate(MEMBER, CA, at=later) is CertProblem.EXPIRED


def test_a_revoked_certificate_is_refused() -> None:
    revoked = frozenset({c.serial_hex(MEMBER)})
    assert c.check_member_certificate(MEMBER, CA, at=NOW, revoked_serials=revoked) \
        is CertProblem.REVOKED
    assert c.check_member_certificate(MEMBER, CA, at=NOW, revoked_serials=frozenset({"abc"})) \
        is None


def test_the_certificate_of_another_member_is_refused() -> None:
    assert c.check_member_certificate(MEMBER, CA, at=NOW, member_id=43) \
        is CertProblem.WRONG_MEMBER


def test_the_ca_itself_is_not_a_member_certificate() -> None:
    assert c.check_member_certificate(CA, CA, at=NOW) is CertProblem.MALFORMED


def test_a_certificate_without_member_id_is_malformed() -> None:
    subject = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Sans numéro")])
    cert = (
        x509.CertificateBuilder().subject_name(subject).issuer_name(CA.subject)
        .public_key(MEMBER_KEY.public_key()).serial_number(x509.random_serial_number())
        .not_valid_before(NOW - timedelta(days=1)).not_valid_after(NOW + timedelta(days=1))
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .sign(ORG_KEY, hashes.SHA256())
    )
    assert c.member_id_of(cert) is None
    assert c.check_member_certificate(cert, CA, at=NOW) is CertProblem.MALFORMED


def test_only_p256_keys_are_certified() -> None:
    with pytest.raises(ValueError):
        c.issue_member_certificate(ORG_KEY, CA, ec.generate_private_key(ec.SECP384R1())
                                   .public_key(), member_id=1, name="x", now=NOW)


def test_a_request_from_the_members_install_is_issued() -> None:
    key = new_private_key()
    request = c.request_from_pem(c.request_to_pem(c.certificate_request(key, member_id=9,
                                                                        name="Jean")))
    cert = c.issue_from_request(ORG_KEY, CA, request, member_id=9, name="Jean Dupont", now=NOW)
    assert c.check_member_certificate(cert, CA, at=NOW, member_id=9) is None
    assert c.info(cert).name == "Jean Dupont"
    assert c.matches(key.public_key(), cert)  # the member's own key, certified


def test_a_request_for_another_member_is_refused() -> None:
    request = c.certificate_request(new_private_key(), member_id=9, name="Jean")
    with pytest.raises(UserError) as caught:
        c.issue_from_request(ORG_KEY, CA, request, member_id=10, name="Jean", now=NOW)
    assert caught.value.code == "cert.bad_request"


@pytest.mark.parametrize("text", ["not a request", b"-----BEGIN CERTIFICATE REQUEST-----\nAA\n"])
def test_an_unreadable_request_is_refused(text: str | bytes) -> None:
    with pytest.raises(UserError) as caught:
        c.request_from_pem(text)
    assert caught.value.code == "cert.bad_request"


def test_pem_round_trip() -> None:
    assert c.from_pem(c.to_pem(MEMBER)) == MEMBER
    assert c.from_pem(c.to_pem(MEMBER).encode()) == MEMBER
    with pytest.raises(UserError) as caught:
        c.from_pem("-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n")
    assert caught.value.code == "cert.malformed"


@pytest.mark.skipif(shutil.which("openssl") is None, reason="openssl is not installed")
def test_openssl_verifies_a_member_certificate(tmp_path: Path) -> None:
    now = datetime.now(UTC)  # openssl checks validity against its own clock
    ca = c.organisation_certificate(ORG_KEY, name="Coopérative des Tilleuls", now=now)
    member = c.issue_member_certificate(ORG_KEY, ca, MEMBER_KEY.public_key(), member_id=42,
                                        name="Zoé Martin", now=now)
    (tmp_path / "org.pem").write_text(c.to_pem(ca))
    (tmp_path / "member.pem").write_text(c.to_pem(member))
    (tmp_path / "fake.pem").write_text(c.to_pem(c.issue_member_certificate(
        new_private_key(), c.organisation_certificate(new_private_key(), name="Autre", now=now),
        MEMBER_KEY.public_key(), member_id=42, name="Zoé Martin", now=now)))
    run = subprocess.run(["openssl", "verify", "-CAfile", "org.pem", "member.pem"],
                         cwd=tmp_path, capture_output=True, text=True)
    assert run.returncode == 0 and "member.pem: OK" in run.stdout, run.stdout + run.stderr
    refused = subprocess.run(["openssl", "verify", "-CAfile", "org.pem", "fake.pem"],
                             cwd=tmp_path, capture_output=True, text=True)
    assert refused.returncode != 0


def test_an_extension_listed_twice_is_malformed_not_a_crash() -> None:
    # cryptography raises DuplicateExtension (not a ValueError) only when the extensions
    # are read: from_pem reads them, and any such failure is one refusal.
    with pytest.raises(UserError) as caught:
        c.from_pem(twice_key_usage(c.to_pem(MEMBER)))
    assert caught.value.code == "cert.malformed"
    with pytest.raises(UserError) as request:
        c.request_from_pem(request_twice_key_usage(42))
    assert request.value.code == "cert.bad_request"
