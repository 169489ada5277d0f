# SPDX-License-Identifier: GPL-3.0-or-later
"""A member's certificate request as it travels through the shared folder.

A member's install makes a voting key, and writes its PKCS#10 request (signed by that
new key, naming the member in ``UID``) into ``members/<install id>/requests/``. The file
(``talagov.certificate-request``) is not signed by anything else: the request signs
itself, and the secretary trusts it only after comparing the key's fingerprint
(:func:`key_fingerprint`) with the one the member reads aloud.

The file is canonical JSON of ``{"format", "version", "organisation", "install_id",
"member_id", "name", "request_pem", "made_at"}``; its name is ``request-<h16>.json``
(:func:`file_name`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from cryptography import x509
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from talagov.core.canonical import canonical, sha256_hex
from talagov.core.errors import UserError
from talagov.core.sync_format import (
    FORMAT_VERSION,
    REQUEST_FORMAT,
    is_install_id,
    request_name,
)
from talagov.core.sync_member_file import read_object

_CODE = "member.request_malformed"
_KEYS = frozenset({"format", "version", "organisation", "install_id", "member_id", "name",
                   "request_pem", "made_at"})  # fmt: skip
_FINGERPRINT = re.compile(r"[0-9a-f]{64}")
_MAX_ID = 2**53 - 1  # the largest integer RFC 8785 writes (file names allow 18 digits)
MAX_NAME = 200


@dataclass(frozen=True)
class CertificateRequest:
    """A request read from (or to be written to) the folder.

    Attributes:
        organisation: fingerprint (hex) of the organisation certificate the member trusts.
        install_id: the member install's directory name (32 hex digits).
        member_id: who the member says they are (also the request's ``UID``).
        name: the member's name as they typed it (the certificate carries the register's).
        request_pem: the PKCS#10 request, PEM.
        made_at: ISO time with offset, from the member's clock (informative).
    """

    organisation: str
    install_id: str
    member_id: int
    name: str
    request_pem: str
    made_at: str


def request_file(r: CertificateRequest) -> bytes:
    """The file's bytes: canonical JSON of the request's fields with format and version."""
    return canonical({
        "format": REQUEST_FORMAT, "version": FORMAT_VERSION, "organisation": r.organisation,
        "install_id": r.install_id, "member_id": r.member_id, "name": r.name,
        "request_pem": r.request_pem, "made_at": r.made_at,
    })  # fmt: skip


def file_name(data: bytes) -> str:
    """``request-<h16>.json`` for the file's bytes (``h16``: first 16 hex of SHA-256)."""
    return request_name(sha256_hex(data)[:16])


def _malformed(detail: str) -> UserError:
    # The detail is for logs and --debug; the message itself does not quote it.
    return UserError(_CODE, {"detail": detail})


def _str(document: dict[str, Any], key: str) -> str:
    value = document[key]
    if not isinstance(value, str):
        raise _malformed(f"{key} must be a string")
    return value


def _encodes(text: str) -> bool:
    try:
        text.encode("utf-8")  # a lone surrogate (JSON "\\ud800") does not
    except UnicodeEncodeError:
        return False
    return True


def aware_time(text: str) -> bool:
    """Whether ``text`` is an ISO time carrying its UTC offset."""
    try:
        return datetime.fromisoformat(text).tzinfo is not None
    except ValueError:
        return False


def _request(pem: str) -> x509.CertificateSigningRequest:
    try:
        request = x509.load_pem_x509_csr(pem.encode("ascii"))
        _ = request.subject, request.extensions  # parsed lazily: check them now
        public = request.public_key()
        signed = request.is_signature_valid
    # The request comes from a file anyone may write: besides ValueError, cryptography's
    # lazy parsing raises InvalidVersion, DuplicateExtension (an extension listed twice),
    # UnsupportedAlgorithm... Each means an unreadable request, never a crash of the pass.
    except Exception as exc:
        raise _malformed("unreadable PKCS#10 request") from exc
    if not isinstance(public, ec.EllipticCurvePublicKey) or not isinstance(public.curve, ec.SECP256R1):
        raise _malformed("the request's key is not P-256")
    if not signed:
        raise _malformed("the request's signature does not verify")
    return request


def _uid(request: x509.CertificateSigningRequest) -> int | None:
    values = request.subject.get_attributes_for_oid(NameOID.USER_ID)
    text = values[0].value if values else ""
    if not isinstance(text, str) or not (text.isascii() and text.isdigit()) or len(text) > 18:
        return None
    return int(text)


def parse_request(data: bytes) -> CertificateRequest:
    """Read a request file, strictly.

    Checks: the first reading of :func:`talagov.core.sync_member_file.read_object` (small,
    UTF-8 JSON object with exactly the documented keys, this format and version 1), a
    64-hex organisation, an install id, a positive member id, a non-empty name, an ISO
    time with offset, and a PKCS#10 request with a P-256 key whose own signature verifies
    and whose ``UID`` is ``member_id``.

    Raises:
        UserError: ``member.request_malformed`` (``detail`` says what, in English).
    """
    document = read_object(data, _KEYS, REQUEST_FORMAT, code=_CODE,
                           kind="certificate request")
    member_id = document["member_id"]
    if type(member_id) is not int or not 1 <= member_id <= _MAX_ID:
        raise _malformed("member_id must be a positive integer")
    organisation, install_id = _str(document, "organisation"), _str(document, "install_id")
    if _FINGERPRINT.fullmatch(organisation) is None:
        raise _malformed("organisation must be 64 lowercase hex digits")
    if not is_install_id(install_id):
        raise _malformed("install_id must be 32 lowercase hex digits")
    name = _str(document, "name")
    if not name.strip() or len(name) > MAX_NAME or not name.isprintable() \
            or not _encodes(name):
        raise _malformed("name must be short printable text")
    made_at = _str(document, "made_at")
    if not aware_time(made_at):
        raise _malformed("made_at must be an ISO time with offset")
    pem = _str(document, "request_pem")
    if _uid(_request(pem)) != member_id:
        raise _malformed("the request names another member")
    return CertificateRequest(organisation=organisation, install_id=install_id,
                              member_id=member_id, name=name, request_pem=pem, made_at=made_at)


def public_key(r: CertificateRequest) -> ec.EllipticCurvePublicKey:
    """The request's public key (the member's new voting key).

    Raises:
        UserError: ``member.request_malformed`` when the PEM does not hold a valid request.
    """
    key = _request(r.request_pem).public_key()
    assert isinstance(key, ec.EllipticCurvePublicKey)  # _request refused anything else
    return key


def key_fingerprint(r: CertificateRequest) -> str:
    """SHA-256 (hex) of the request's public key as SubjectPublicKeyInfo DER: the member
    reads it aloud (:func:`talagov.core.canonical.readable_fingerprint`), the secretary
    compares it before issuing the certificate.

    Raises:
        UserError: ``member.request_malformed``.
    """
    return public_key_fingerprint(public_key(r))


def public_key_fingerprint(key: ec.EllipticCurvePublicKey) -> str:
    """SHA-256 (hex) of a public key's SubjectPublicKeyInfo DER (as :func:`key_fingerprint`)."""
    return sha256_hex(key.public_bytes(serialization.Encoding.DER,
                                       serialization.PublicFormat.SubjectPublicKeyInfo))
