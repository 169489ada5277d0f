# SPDX-License-Identifier: GPL-3.0-or-later
"""An electronic proxy: a member gives their vote at a meeting to another member (or a
blank proxy, to the chair), signed with their own voting key.

The member's install writes it into ``members/<install id>/proxies/`` as
``proxy-<meeting>-<h16>.json`` (:func:`file_name`). The file (``talagov.proxy``) is
canonical JSON of ``{"certificate", "format", "payload", "signature", "version"}``; the
signature (ECDSA P-256, low s, :mod:`talagov.core.signing`) covers the RFC 8785 bytes of
the payload, which names the format again so that a proxy signature can never pass for a
ballot's::

    {"format": "talagov.proxy", "version": 1, "organisation": <fingerprint>,
     "meeting_id": 3, "principal_id": 7, "holder_id": 12 | null, "given_at": <ISO>,
     "nonce": <32 hex>}

The signer must be the principal (the certificate's member id): that, and whether the
certificate is the organisation's, is the secretary's install's to judge.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from cryptography import x509
from cryptography.hazmat.primitives.asymmetric import ec

from talagov.core import certificates
from talagov.core.canonical import canonical, sha256_hex
from talagov.core.errors import UserError
from talagov.core.signing import b64, sign, unb64, verify_bytes
from talagov.core.sync_format import FORMAT_VERSION, PROXY_FORMAT, proxy_name
from talagov.core.sync_member_file import check_object, read_object
from talagov.core.sync_request import aware_time

_CODE = "member.proxy_malformed"
_FILE_KEYS = frozenset({"certificate", "format", "payload", "signature", "version"})
_PAYLOAD_KEYS = frozenset({"format", "version", "organisation", "meeting_id", "principal_id",
                           "holder_id", "given_at", "nonce"})  # fmt: skip
_FINGERPRINT = re.compile(r"[0-9a-f]{64}")
_NONCE = re.compile(r"[0-9a-f]{32}")
_MAX_ID = 2**53 - 1  # the largest integer RFC 8785 writes


@dataclass(frozen=True)
class ProxyContent:
    """What the principal signs.

    Attributes:
        organisation: fingerprint (hex) of the organisation certificate.
        principal_id: the member who gives the proxy (the signer).
        holder_id: the member who receives it; ``None`` for a blank proxy (to the chair).
        given_at: ISO time with offset, from the member's clock (informative).
        nonce: 32 hex digits from ``os.urandom`` (two proxies never share a fingerprint).
    """

    organisation: str
    meeting_id: int
    principal_id: int
    holder_id: int | None
    given_at: str
    nonce: str

    def payload(self) -> dict[str, Any]:
        """The JSON object that is signed."""
        return {
            "format": PROXY_FORMAT, "version": FORMAT_VERSION, "organisation": self.organisation,
            "meeting_id": self.meeting_id, "principal_id": self.principal_id,
            "holder_id": self.holder_id, "given_at": self.given_at, "nonce": self.nonce,
        }  # fmt: skip


@dataclass(frozen=True)
class SignedProxy:
    """A proxy with its signature and the signer's certificate.

    Attributes:
        fingerprint: SHA-256 (hex) of canonical ``{"payload", "signature": base64}``.
    """

    content: ProxyContent
    certificate: x509.Certificate
    signature: bytes
    fingerprint: str


def _fingerprint(content: ProxyContent, signature: bytes) -> str:
    return sha256_hex(canonical({"payload": content.payload(), "signature": b64(signature)}))


def sign_proxy(content: ProxyContent, key: ec.EllipticCurvePrivateKey,
               certificate: x509.Certificate) -> SignedProxy:
    """Sign a proxy with the principal's key.

    Raises:
        ValueError: ``key`` is not the key of ``certificate`` (a bug of the caller).
    """
    if not certificates.matches(key.public_key(), certificate):
        raise ValueError("the key does not match the certificate")
    signature = sign(content.payload(), key)
    return SignedProxy(content, certificate, signature, _fingerprint(content, signature))


def proxy_file(p: SignedProxy) -> bytes:
    """The file's bytes (canonical JSON, one line; the certificate as PEM)."""
    return canonical({
        "certificate": certificates.to_pem(p.certificate), "format": PROXY_FORMAT,
        "payload": p.content.payload(), "signature": b64(p.signature), "version": FORMAT_VERSION,
    })  # fmt: skip


def file_name(p: SignedProxy) -> str:
    """``proxy-<meeting>-<h16>.json``, ``h16`` the first 16 hex of the file's SHA-256."""
    return proxy_name(p.content.meeting_id, sha256_hex(proxy_file(p))[:16])


def _malformed(detail: str) -> UserError:
    return UserError(_CODE, {"detail": detail})


def _id(value: object, key: str) -> int:
    if type(value) is not int or not 1 <= value <= _MAX_ID:  # bool is an int: refused
        raise _malformed(f"{key} must be a positive integer")
    return value


def _str(value: object, key: str) -> str:
    if not isinstance(value, str):
        raise _malformed(f"{key} must be a string")
    return value


def _content(payload: object) -> ProxyContent:
    fields = check_object(payload, _PAYLOAD_KEYS, PROXY_FORMAT, code=_CODE, kind="proxy",
                          where="payload: ")
    organisation = _str(fields["organisation"], "organisation")
    if _FINGERPRINT.fullmatch(organisation) is None:
        raise _malformed("organisation must be 64 lowercase hex digits")
    principal = _id(fields["principal_id"], "principal_id")
    holder = None if fields["holder_id"] is None else _id(fields["holder_id"], "holder_id")
    if holder == principal:
        raise _malformed("a member cannot hold their own proxy")
    given_at, nonce = _str(fields["given_at"], "given_at"), _str(fields["nonce"], "nonce")
    if not aware_time(given_at):
        raise _malformed("given_at must be an ISO time with offset")
    if _NONCE.fullmatch(nonce) is None:
        raise _malformed("nonce must be 32 lowercase hex digits")
    return ProxyContent(organisation=organisation, meeting_id=_id(fields["meeting_id"], "meeting_id"),
                        principal_id=principal, holder_id=holder, given_at=given_at, nonce=nonce)


def parse_proxy(data: bytes) -> SignedProxy:
    """Read a proxy file, strictly; the signature is *not* judged here
    (:func:`proxy_signature_valid`), nor whether the certificate is the organisation's.

    Raises:
        UserError: ``member.proxy_malformed`` (``detail`` says what, in English).
    """
    document = read_object(data, _FILE_KEYS, PROXY_FORMAT, code=_CODE, kind="proxy")
    content = _content(document["payload"])
    encoded, pem = _str(document["signature"], "signature"), _str(document["certificate"], "certificate")
    try:
        signature = unb64(encoded)
    except ValueError as exc:
        raise _malformed("bad signature encoding") from exc
    try:
        certificate = certificates.from_pem(pem)
    except UserError as exc:
        raise _malformed("bad certificate") from exc
    if certificates.ec_public_key(certificate) is None:
        raise _malformed("the certificate has no elliptic-curve key")
    try:
        fingerprint = _fingerprint(content, signature)
    except ValueError as exc:  # RFC 8785 cannot write it (the checks above should exclude it)
        raise _malformed("payload not serialisable as RFC 8785") from exc
    return SignedProxy(content, certificate, signature, fingerprint)


def proxy_signature_valid(p: SignedProxy) -> bool:
    """Whether the signature verifies under the key of the proxy's certificate."""
    key = certificates.ec_public_key(p.certificate)
    return key is not None and verify_bytes(canonical(p.content.payload()), p.signature, key)
