# SPDX-License-Identifier: GPL-3.0-or-later
"""Private keys sealed under a passphrase: Argon2id + AES-256-GCM, or PKCS#12.

A sealed key is a small JSON document (format ``talagov.sealed-key``, documented in
``docs/formats.md``): the KDF parameters, the salt, the nonce, the ciphertext of the
PKCS#8 DER private key, and the public key, the header authenticated as GCM
associated data so that changing any byte is detected. ``cryptography``'s
``BestAvailableEncryption`` is never used (2,048 PBKDF2 rounds, tech notes).
"""

from __future__ import annotations

from dataclasses import dataclass

from cryptography import x509
from cryptography.hazmat.primitives.asymmetric import ec

FORMAT = "talagov.sealed-key"
FORMAT_VERSION = 1


@dataclass(frozen=True)
class KdfParams:
    """Argon2id cost: ``iterations`` passes over ``memory_kib`` KiB, ``lanes`` lanes."""

    iterations: int = 3
    memory_kib: int = 64 * 1024
    lanes: int = 4


DEFAULT_KDF = KdfParams()
# Only for the test suite and benchmarks: unlocking is then instant, never in a real file.
TEST_KDF = KdfParams(iterations=1, memory_kib=8 * 1024, lanes=1)
MIN_PASSPHRASE = 8  # characters
PKCS12_ROUNDS = 600_000  # PBKDF2-SHA256 rounds of an exported PKCS#12 file


def seal(key: ec.EllipticCurvePrivateKey, passphrase: str, *, label: str = "",
         params: KdfParams = DEFAULT_KDF) -> bytes:
    """The sealed-key JSON (UTF-8) of ``key`` under ``passphrase``.

    Raises:
        UserError: ``keys.passphrase_too_short`` below :data:`MIN_PASSPHRASE` characters.
    """
    raise NotImplementedError


def unseal(data: bytes, passphrase: str) -> ec.EllipticCurvePrivateKey:
    """The private key of a sealed-key document.

    Raises:
        UserError: ``keys.wrong_passphrase`` (wrong passphrase, or the file was altered:
            GCM cannot tell them apart), ``keys.not_a_key_file`` (not this format).
    """
    raise NotImplementedError


def sealed_public_key(data: bytes) -> ec.EllipticCurvePublicKey:
    """The public key stored in clear beside the sealed private key (no passphrase)."""
    raise NotImplementedError


def to_pkcs12(key: ec.EllipticCurvePrivateKey, certificate: x509.Certificate,
              passphrase: str, *, name: str, ca: x509.Certificate | None = None,
              rounds: int = PKCS12_ROUNDS) -> bytes:
    """A PKCS#12 file (key, certificate, CA) that other software opens: AES-256-CBC,
    PBKDF2-SHA256 with ``rounds`` rounds, built with ``encryption_builder()``."""
    raise NotImplementedError
