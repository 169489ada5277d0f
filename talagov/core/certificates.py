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
from datetime import datetime

from cryptography import x509
from cryptography.hazmat.primitives.asymmetric import ec

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


def organisation_certificate(key: ec.EllipticCurvePrivateKey, *, name: str, now: datetime,
                             years: int = ORG_YEARS) -> x509.Certificate:
    """The organisation's self-signed CA certificate (``now`` is timezone-aware UTC)."""
    raise NotImplementedError


def certificate_request(key: ec.EllipticCurvePrivateKey, *, member_id: int,
                        name: str) -> x509.CertificateSigningRequest:
    """The request a member's install sends to the secretary (signed by the new key)."""
    raise NotImplementedError


def issue_member_certificate(ca_key: ec.EllipticCurvePrivateKey, ca_cert: x509.Certificate,
                             public_key: ec.EllipticCurvePublicKey, *, member_id: int,
                             name: str, now: datetime,
                             days: int = MEMBER_DAYS) -> x509.Certificate:
    """A member certificate signed by the organisation (random serial, key usage
    digitalSignature + nonRepudiation, not a CA)."""
    raise NotImplementedError


def issue_from_request(ca_key: ec.EllipticCurvePrivateKey, ca_cert: x509.Certificate,
                       request: x509.CertificateSigningRequest, *, member_id: int, name: str,
                       now: datetime) -> x509.Certificate:
    """Issue a certificate for a request after checking the request's own signature and
    that it names ``member_id``. Raises ``UserError`` (``cert.bad_request``)."""
    raise NotImplementedError


def check_member_certificate(cert: x509.Certificate, ca_cert: x509.Certificate, *,
                             at: datetime, revoked_serials: frozenset[str] = frozenset(),
                             member_id: int | None = None) -> CertProblem | None:
    """``None`` when ``cert`` is a valid member certificate of the organisation at ``at``
    (issued by it, in its validity, not revoked, naming ``member_id`` when given)."""
    raise NotImplementedError


def member_id_of(cert: x509.Certificate) -> int | None:
    """The member id in the subject's ``UID``, or ``None``."""
    raise NotImplementedError


def fingerprint(cert: x509.Certificate) -> str:
    """SHA-256 of the certificate's DER, as 64 lowercase hex digits."""
    raise NotImplementedError


def serial_hex(cert: x509.Certificate) -> str:
    """The serial number in lowercase hex (how revocation lists name certificates)."""
    raise NotImplementedError


def info(cert: x509.Certificate) -> CertificateInfo:
    """The displayable facts of a certificate."""
    raise NotImplementedError


def to_pem(cert: x509.Certificate) -> str:
    """PEM text of a certificate."""
    raise NotImplementedError


def from_pem(text: str | bytes) -> x509.Certificate:
    """A certificate from PEM. Raises ``UserError`` (``cert.malformed``)."""
    raise NotImplementedError


def request_to_pem(request: x509.CertificateSigningRequest) -> str:
    """PEM text of a certificate request."""
    raise NotImplementedError


def request_from_pem(text: str | bytes) -> x509.CertificateSigningRequest:
    """A certificate request from PEM. Raises ``UserError`` (``cert.bad_request``)."""
    raise NotImplementedError
