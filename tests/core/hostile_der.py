# SPDX-License-Identifier: GPL-3.0-or-later
"""Certificates and requests that anyone can make and cryptography reads only lazily:
one byte of an extension's OID changed so that keyUsage is listed twice. Reading
``.extensions`` then raises ``x509.DuplicateExtension``, which is not a ``ValueError``
(security review of issue 7, HIGH 1). Deeply nested JSON is the other such input."""

from __future__ import annotations

import base64

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

SKI, KEY_USAGE = b"\x06\x03\x55\x1d\x0e", b"\x06\x03\x55\x1d\x0f"  # the two OIDs' DER
DEEP = b"[" * 100_000 + b"]" * 100_000  # beyond the JSON decoder's recursion


def pem(der: bytes, kind: str) -> str:
    """PEM text of DER bytes (``kind``: ``CERTIFICATE``, ``CERTIFICATE REQUEST``)."""
    text = base64.b64encode(der).decode("ascii")
    lines = "\n".join(text[i:i + 64] for i in range(0, len(text), 64))
    return f"-----BEGIN {kind}-----\n{lines}\n-----END {kind}-----\n"


def twice_key_usage(certificate_pem: str) -> str:
    """The certificate with its subjectKeyIdentifier renamed keyUsage."""
    der = x509.load_pem_x509_certificate(certificate_pem.encode("ascii")).public_bytes(
        serialization.Encoding.DER)
    assert SKI in der
    return pem(der.replace(SKI, KEY_USAGE, 1), "CERTIFICATE")


def request_twice_key_usage(member_id: int) -> str:
    """A PKCS#10 request for ``member_id`` (its own signature made before the change)
    that lists keyUsage twice."""
    key = ec.generate_private_key(ec.SECP256R1())
    csr = (x509.CertificateSigningRequestBuilder()
           .subject_name(x509.Name([x509.NameAttribute(NameOID.USER_ID, str(member_id))]))
           .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), False)
           .add_extension(x509.KeyUsage(True, False, False, False, False, False, False, False,
                                        False), True)
           .sign(key, hashes.SHA256()))  # fmt: skip
    der = csr.public_bytes(serialization.Encoding.DER)
    return pem(der.replace(SKI, KEY_USAGE, 1), "CERTIFICATE REQUEST")
