# SPDX-License-Identifier: GPL-3.0-or-later
"""The organisation as a small certificate authority, and its members' certificates.

The organisation has an ECDSA P-256 key and a self-signed X.509 certificate (CA, path
length 0). Each member who votes electronically has a P-256 key generated on the laptop
where it is used, and a certificate issued by the organisation whose subject carries
the member id (``UID``), the name (``CN``) and the organisation (``O``). All of it goes
through ``cryptography.x509``; ``openssl verify -CAfile org.pem member.pem`` accepts it.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from cryptography import x509
from cryptography.exceptions import InvalidSignature, UnsupportedAlgorithm
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from talagov.core.canonical import sha256_hex
from talagov.core.errors import UserError

ORG_YEARS = 10
MEMBER_DAYS = 3 * 365  # a member certificate is valid three years


class CertProblem(enum.StrEnum):
    """Why a member certificate is not accepted (codes ``cert.<value>``)."""

    NOT_ISSUED_BY_ORG = "not_issued_by_org"  # signature does not verify under the CA
    NOT_YET_VALID = "not_yet_valid"
    EXPIRED = "expired"
    REVOKED = "revoked"
    WRONG_MEMBER = "wrong_member"  # the subject's member id is not the voter
    MALFORMED = "malformed"  # no member id, not P-256, CA flag set...


@dataclass(frozen=True)
class CertificateInfo:
    """What the GUI shows of a certificate."""

    serial: str  # hex
    member_id: int | None  # None for the organisation's certificate
    name: str
    organisation: str
    not_before: datetime
    not_after: datetime
    fingerprint: str  # SHA-256 of the DER, hex


def _utc(at: datetime) -> datetime:
    """``at`` in UTC (a naive time is taken as local time, like ``astimezone`` does)."""
    return at.astimezone(UTC)


def _check_p256(key: object) -> None:
    if not isinstance(key, (ec.EllipticCurvePrivateKey, ec.EllipticCurvePublicKey)) \
            or not isinstance(key.curve, ec.SECP256R1):
        raise ValueError("only ECDSA P-256 keys are used")


def _attribute(name: x509.Name, oid: x509.ObjectIdentifier) -> str:
    values = name.get_attributes_for_oid(oid)
    if not values:
        return ""
    value = values[0].value
    return value if isinstance(value, str) else value.decode("utf-8", "replace")


def organisation_certificate(key: ec.EllipticCurvePrivateKey, *, name: str, now: datetime,
                             years: int = ORG_YEARS) -> x509.Certificate:
    """The organisation's self-signed CA certificate (``now`` is timezone-aware UTC)."""
    _check_p256(key)
    now = _utc(now)
    subject = x509.Name([
        x509.NameAttribute(NameOID.COMMON_NAME, name),
        x509.NameAttribute(NameOID.ORGANIZATION_NAME, name),
    ])
    public_key = key.public_key()
    builder = (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(subject)
        .public_key(public_key)
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - timedelta(days=1))
        .not_valid_after(now + timedelta(days=365 * years + years // 4))
        .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
        .add_extension(
            x509.KeyUsage(digital_signature=True, content_commitment=False,
                          key_encipherment=False, data_encipherment=False, key_agreement=False,
                          key_cert_sign=True, crl_sign=True, encipher_only=False,
                          decipher_only=False),
            critical=True,
        )
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(public_key), critical=False)
    )
    return builder.sign(key, hashes.SHA256())


def _member_name(member_id: int, name: str, organisation: str | None = None) -> x509.Name:
    attributes = [x509.NameAttribute(NameOID.COMMON_NAME, name)]
    if organisation:
        attributes.append(x509.NameAttribute(NameOID.ORGANIZATION_NAME, organisation))
    attributes.append(x509.NameAttribute(NameOID.USER_ID, str(member_id)))
    return x509.Name(attributes)


def certificate_request(key: ec.EllipticCurvePrivateKey, *, member_id: int,
                        name: str) -> x509.CertificateSigningRequest:
    """The request a member's install sends to the secretary (signed by the new key)."""
    _check_p256(key)
    return (
        x509.CertificateSigningRequestBuilder()
        .subject_name(_member_name(member_id, name))
        .sign(key, hashes.SHA256())
    )


def issue_member_certificate(ca_key: ec.EllipticCurvePrivateKey, ca_cert: x509.Certificate,
                             public_key: ec.EllipticCurvePublicKey, *, member_id: int,
                             name: str, now: datetime,
                             days: int = MEMBER_DAYS) -> x509.Certificate:
    """A member certificate signed by the organisation (random serial, key usage
    digitalSignature + nonRepudiation, not a CA)."""
    _check_p256(public_key)
    now = _utc(now)
    organisation = _attribute(ca_cert.subject, NameOID.ORGANIZATION_NAME)
    try:
        ca_ski = ca_cert.extensions.get_extension_for_class(x509.SubjectKeyIdentifier).value
        aki = x509.AuthorityKeyIdentifier.from_issuer_subject_key_identifier(ca_ski)
    except x509.ExtensionNotFound:
        aki = x509.AuthorityKeyIdentifier.from_issuer_public_key(ca_key.public_key())
    builder = (
        x509.CertificateBuilder()
        .subject_name(_member_name(member_id, name, organisation))
        .issuer_name(ca_cert.subject)
        .public_key(public_key)
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - timedelta(minutes=5))
        .not_valid_after(now + timedelta(days=days))
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(
            x509.KeyUsage(digital_signature=True, content_commitment=True,
                          key_encipherment=False, data_encipherment=False, key_agreement=False,
                          key_cert_sign=False, crl_sign=False, encipher_only=False,
                          decipher_only=False),
            critical=True,
        )
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(public_key), critical=False)
        .add_extension(aki, critical=False)
    )
    return builder.sign(ca_key, hashes.SHA256())


def issue_from_request(ca_key: ec.EllipticCurvePrivateKey, ca_cert: x509.Certificate,
                       request: x509.CertificateSigningRequest, *, member_id: int, name: str,
                       now: datetime) -> x509.Certificate:
    """Issue a certificate for a request after checking the request's own signature and
    that it names ``member_id``. Raises ``UserError`` (``cert.bad_request``).

    The certificate carries ``name`` (the register's), not the name in the request.
    """
    try:
        public_key = request.public_key()
        signed = request.is_signature_valid
    except (ValueError, TypeError, UnsupportedAlgorithm) as exc:
        raise UserError("cert.bad_request") from exc
    if not signed or not isinstance(public_key, ec.EllipticCurvePublicKey) \
            or not isinstance(public_key.curve, ec.SECP256R1):
        raise UserError("cert.bad_request")
    if _uid(request.subject) != member_id:
        raise UserError("cert.bad_request")
    return issue_member_certificate(ca_key, ca_cert, public_key, member_id=member_id,
                                    name=name, now=now)


def _is_member_profile(cert: x509.Certificate) -> bool:
    try:
        constraints = cert.extensions.get_extension_for_class(x509.BasicConstraints).value
        usage = cert.extensions.get_extension_for_class(x509.KeyUsage).value
        public_key = cert.public_key()
    except (x509.ExtensionNotFound, ValueError, UnsupportedAlgorithm):
        return False
    return (not constraints.ca and usage.digital_signature
            and isinstance(public_key, ec.EllipticCurvePublicKey)
            and isinstance(public_key.curve, ec.SECP256R1)
            and member_id_of(cert) is not None)


def is_member_profile(cert: x509.Certificate) -> bool:
    """Whether ``cert`` has the member profile: not a CA, digital signature, a P-256 key,
    a member id in ``UID`` (the checks of :func:`check_member_certificate` that do not
    involve the organisation's signature)."""
    return _is_member_profile(cert)


def check_member_certificate(cert: x509.Certificate, ca_cert: x509.Certificate, *,
                             at: datetime, revoked_serials: frozenset[str] = frozenset(),
                             member_id: int | None = None) -> CertProblem | None:
    """``None`` when ``cert`` is a valid member certificate of the organisation at ``at``
    (issued by it, in its validity, not revoked, naming ``member_id`` when given).

    The checks run in this order, the first failure is returned: signature and issuer
    (``NOT_ISSUED_BY_ORG``), profile (``MALFORMED``), validity, revocation, member.
    """
    try:
        cert.verify_directly_issued_by(ca_cert)
    except (ValueError, TypeError, InvalidSignature, UnsupportedAlgorithm):
        return CertProblem.NOT_ISSUED_BY_ORG
    if not _is_member_profile(cert):
        return CertProblem.MALFORMED
    at = _utc(at)
    if at < cert.not_valid_before_utc:
        return CertProblem.NOT_YET_VALID
    if at > cert.not_valid_after_utc:
        return CertProblem.EXPIRED
    if revoked_serials and serial_hex(cert) in revoked_serials:
        return CertProblem.REVOKED
    if member_id is not None and member_id_of(cert) != member_id:
        return CertProblem.WRONG_MEMBER
    return None


def _uid(name: x509.Name) -> int | None:
    text = _attribute(name, NameOID.USER_ID)
    if not text or not text.isascii() or not text.isdigit() or len(text) > 18:
        return None
    return int(text)


def member_id_of(cert: x509.Certificate) -> int | None:
    """The member id in the subject's ``UID``, or ``None``."""
    return _uid(cert.subject)


def ec_public_key(cert: x509.Certificate) -> ec.EllipticCurvePublicKey | None:
    """The certificate's elliptic-curve public key, or ``None`` (another kind, or one
    ``cryptography`` cannot read)."""
    try:
        key = cert.public_key()
    except (ValueError, UnsupportedAlgorithm):
        return None
    return key if isinstance(key, ec.EllipticCurvePublicKey) else None


def matches(public_key: object, cert: x509.Certificate) -> bool:
    """Whether ``public_key`` is the certificate's own (a key and its certificate)."""
    own = ec_public_key(cert)
    return own is not None and isinstance(public_key, ec.EllipticCurvePublicKey) \
        and own.public_numbers() == public_key.public_numbers()


def fingerprint(cert: x509.Certificate) -> str:
    """SHA-256 of the certificate's DER, as 64 lowercase hex digits."""
    return sha256_hex(cert.public_bytes(serialization.Encoding.DER))


def serial_hex(cert: x509.Certificate) -> str:
    """The serial number in lowercase hex (how revocation lists name certificates)."""
    return format(cert.serial_number, "x")


def info(cert: x509.Certificate) -> CertificateInfo:
    """The displayable facts of a certificate."""
    return CertificateInfo(
        serial=serial_hex(cert),
        member_id=member_id_of(cert),
        name=_attribute(cert.subject, NameOID.COMMON_NAME),
        organisation=_attribute(cert.subject, NameOID.ORGANIZATION_NAME),
        not_before=cert.not_valid_before_utc,
        not_after=cert.not_valid_after_utc,
        fingerprint=fingerprint(cert),
    )


def to_pem(cert: x509.Certificate) -> str:
    """PEM text of a certificate."""
    return cert.public_bytes(serialization.Encoding.PEM).decode("ascii")


def _as_bytes(text: str | bytes) -> bytes:
    return text.encode("utf-8") if isinstance(text, str) else text


def from_pem(text: str | bytes) -> x509.Certificate:
    """A certificate from PEM, its names and extensions checked now. Raises ``UserError``
    (``cert.malformed``) on anything else, whatever ``cryptography`` raised."""
    try:
        cert = x509.load_pem_x509_certificate(_as_bytes(text))
        _ = cert.subject, cert.issuer, cert.extensions  # parsed lazily: check them now
        return cert
    # Certificates come from files anyone may write, and cryptography's lazy parsing
    # raises more than ValueError: InvalidVersion (a flipped version byte),
    # DuplicateExtension (an extension listed twice), UnsupportedGeneralNameType... Any
    # of them means "not a certificate we can use", never a crash of the caller.
    except Exception as exc:
        raise UserError("cert.malformed") from exc


def request_to_pem(request: x509.CertificateSigningRequest) -> str:
    """PEM text of a certificate request."""
    return request.public_bytes(serialization.Encoding.PEM).decode("ascii")


def request_from_pem(text: str | bytes) -> x509.CertificateSigningRequest:
    """A certificate request from PEM. Raises ``UserError`` (``cert.bad_request``)."""
    try:
        request = x509.load_pem_x509_csr(_as_bytes(text))
        _ = request.subject, request.extensions  # parsed lazily: check them now
        return request
    except Exception as exc:  # as in from_pem: any parsing failure is a bad request
        raise UserError("cert.bad_request") from exc
