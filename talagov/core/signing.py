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

from talagov.core.canonical import canonical

# Deterministic ECDSA (RFC 6979): the signature nonce is derived from the key and the
# message, so a weak random source can never leak the key, and the same content signed
# twice gives the same bytes (reproducible demo and test data). Verification is unchanged.
_ALGORITHM = ec.ECDSA(hashes.SHA256(), deterministic_signing=True)


_VERIFY = ec.ECDSA(hashes.SHA256())


def new_private_key() -> ec.EllipticCurvePrivateKey:
    """A fresh ECDSA P-256 private key (from the operating system's random source)."""
    return ec.generate_private_key(ec.SECP256R1())


def sign(payload: Any, key: ec.EllipticCurvePrivateKey) -> bytes:
    """The DER ECDSA-SHA256 signature of the canonical serialisation of ``payload``."""
    return key.sign(canonical(payload), _ALGORITHM)


def verify(payload: Any, signature: bytes, public_key: ec.EllipticCurvePublicKey) -> bool:
    """Whether ``signature`` is a valid signature of ``payload`` by ``public_key``."""
    return verify_bytes(canonical(payload), signature, public_key)


def verify_bytes(data: bytes, signature: bytes, public_key: ec.EllipticCurvePublicKey) -> bool:
    """Whether ``signature`` is valid over raw ``data`` (already canonical)."""
    try:
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
