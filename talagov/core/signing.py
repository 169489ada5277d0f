# SPDX-License-Identifier: GPL-3.0-or-later
"""ECDSA P-256 signatures over canonical JSON, through ``cryptography`` only.

A signature is the DER encoding ECDSA with SHA-256 produces, over the RFC 8785 bytes of
a payload: ``openssl dgst -sha256 -verify pub.pem -signature sig.der payload.json``
checks it when ``payload.json`` holds those canonical bytes.
"""

from __future__ import annotations

import base64
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.asymmetric.utils import (
    decode_dss_signature,
    encode_dss_signature,
)

from talagov.core.canonical import canonical

# Deterministic ECDSA (RFC 6979): the signature nonce is derived from the key and the
# message, so a weak random source can never leak the key, and the same content signed
# twice gives the same bytes (reproducible demo and test data). Verification is unchanged.
_ALGORITHM = ec.ECDSA(hashes.SHA256(), deterministic_signing=True)


_VERIFY = ec.ECDSA(hashes.SHA256())
# The order of the P-256 group. An ECDSA signature (r, s) stays valid as (r, n - s): we
# always sign with the low s and refuse the high one, so that nobody can derive a second
# valid signature of a ballot (a second fingerprint for the same vote).
P256_ORDER = 0xFFFFFFFF00000000FFFFFFFFFFFFFFFFBCE6FAADA7179E84F3B9CAC2FC632551


def new_private_key() -> ec.EllipticCurvePrivateKey:
    """A fresh ECDSA P-256 private key (from the operating system's random source)."""
    return ec.generate_private_key(ec.SECP256R1())


def sign(payload: Any, key: ec.EllipticCurvePrivateKey) -> bytes:
    """The DER ECDSA-SHA256 signature (low s) of the canonical serialisation of ``payload``."""
    return sign_bytes(canonical(payload), key)


def sign_bytes(data: bytes, key: ec.EllipticCurvePrivateKey) -> bytes:
    """The DER ECDSA-SHA256 signature of raw ``data``, normalised to the low ``s``."""
    r, s = decode_dss_signature(key.sign(data, _ALGORITHM))
    if s > P256_ORDER // 2:
        s = P256_ORDER - s
    return encode_dss_signature(r, s)


def verify(payload: Any, signature: bytes, public_key: ec.EllipticCurvePublicKey) -> bool:
    """Whether ``signature`` is a valid signature of ``payload`` by ``public_key``."""
    return verify_bytes(canonical(payload), signature, public_key)


def verify_bytes(data: bytes, signature: bytes, public_key: ec.EllipticCurvePublicKey) -> bool:
    """Whether ``signature`` is valid over raw ``data`` (already canonical).

    A signature with the high ``s`` is refused even though the curve would accept it:
    TalaGov never makes one, so it can only be a copy altered by someone else.
    """
    try:
        if decode_dss_signature(signature)[1] > P256_ORDER // 2:
            return False
        public_key.verify(signature, data, _VERIFY)
    except (InvalidSignature, ValueError):
        return False
    return True


def b64(data: bytes) -> str:
    """Standard base64 text of bytes (how signatures travel inside JSON)."""
    return base64.b64encode(data).decode("ascii")


def unb64(text: str) -> bytes:
    """Bytes of standard base64 text. Raises ``ValueError`` on anything else."""
    try:
        return base64.b64decode(text.encode("ascii"), validate=True)
    except (UnicodeEncodeError, base64.binascii.Error) as exc:  # type: ignore[attr-defined]
        raise ValueError("invalid base64") from exc
