# SPDX-License-Identifier: GPL-3.0-or-later
"""Private keys sealed under a passphrase: Argon2id + AES-256-GCM, or PKCS#12.

A sealed key is a small JSON document (format ``talagov.sealed-key``, documented in
``docs/formats.md``): the KDF parameters, the salt, the nonce, the ciphertext of the
PKCS#8 DER private key, and the public key, the header authenticated as GCM
associated data so that changing any byte is detected. ``cryptography``'s
``BestAvailableEncryption`` is never used (2,048 PBKDF2 rounds, tech notes).
"""

from __future__ import annotations

import json
import os
import unicodedata
from dataclasses import dataclass
from typing import Any

from cryptography import x509
from cryptography.exceptions import InvalidTag, UnsupportedAlgorithm
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.argon2 import Argon2id
from cryptography.hazmat.primitives.serialization import pkcs12

from talagov.core.canonical import canonical
from talagov.core.errors import UserError
from talagov.core.signing import b64, unb64

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
SALT_BYTES = 16
NONCE_BYTES = 12
# Above these a file is not one of ours (and would make unsealing hang or exhaust memory).
_MAX_ITERATIONS = 64
_MAX_MEMORY_KIB = 4 * 1024 * 1024
_MAX_LANES = 64
_KEYS = frozenset({"format", "version", "label", "kdf", "cipher", "public_key", "ciphertext"})
_KDF_KEYS = frozenset({"name", "iterations", "memory_kib", "lanes", "salt"})


def _normalise(passphrase: str) -> bytes:
    return unicodedata.normalize("NFC", passphrase).encode("utf-8")


def _derive(passphrase: str, salt: bytes, params: KdfParams) -> bytes:
    kdf = Argon2id(salt=salt, length=32, iterations=params.iterations, lanes=params.lanes,
                   memory_cost=params.memory_kib)
    return kdf.derive(_normalise(passphrase))


def _public_pem(public_key: ec.EllipticCurvePublicKey) -> str:
    return public_key.public_bytes(
        serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
    ).decode("ascii")


def seal(key: ec.EllipticCurvePrivateKey, passphrase: str, *, label: str = "",
         params: KdfParams = DEFAULT_KDF) -> bytes:
    """The sealed-key JSON (UTF-8) of ``key`` under ``passphrase``.

    Raises:
        UserError: ``keys.passphrase_too_short`` below :data:`MIN_PASSPHRASE` characters.
    """
    if len(unicodedata.normalize("NFC", passphrase)) < MIN_PASSPHRASE:
        raise UserError("keys.passphrase_too_short", {"min": MIN_PASSPHRASE})
    salt = os.urandom(SALT_BYTES)
    nonce = os.urandom(NONCE_BYTES)
    header: dict[str, Any] = {
        "format": FORMAT,
        "version": FORMAT_VERSION,
        "label": label,
        "kdf": {
            "name": "argon2id",
            "iterations": params.iterations,
            "memory_kib": params.memory_kib,
            "lanes": params.lanes,
            "salt": b64(salt),
        },
        "cipher": {"name": "aes-256-gcm", "nonce": b64(nonce)},
        "public_key": _public_pem(key.public_key()),
    }
    plaintext = key.private_bytes(serialization.Encoding.DER, serialization.PrivateFormat.PKCS8,
                                  serialization.NoEncryption())
    ciphertext = AESGCM(_derive(passphrase, salt, params)).encrypt(nonce, plaintext,
                                                                   canonical(header))
    document = dict(header, ciphertext=b64(ciphertext))
    return json.dumps(document, indent=2, ensure_ascii=False).encode("utf-8") + b"\n"


@dataclass(frozen=True)
class _Parsed:
    header: dict[str, Any]
    params: KdfParams
    salt: bytes
    nonce: bytes
    public_key: ec.EllipticCurvePublicKey
    ciphertext: bytes


def _not_a_key_file() -> UserError:
    return UserError("keys.not_a_key_file")


def _int_between(value: object, minimum: int, maximum: int) -> int:
    if type(value) is not int or not minimum <= value <= maximum:
        raise _not_a_key_file()
    return value


def _parse(data: bytes) -> _Parsed:
    """The checked fields of a sealed-key document (no passphrase needed)."""
    try:
        document = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError) as exc:
        raise _not_a_key_file() from exc
    if not isinstance(document, dict) or set(document) != _KEYS:
        raise _not_a_key_file()
    if document["format"] != FORMAT or document["version"] != FORMAT_VERSION \
            or type(document["version"]) is not int or not isinstance(document["label"], str):
        raise _not_a_key_file()
    kdf, cipher = document["kdf"], document["cipher"]
    if not isinstance(kdf, dict) or set(kdf) != _KDF_KEYS or kdf["name"] != "argon2id":
        raise _not_a_key_file()
    if not isinstance(cipher, dict) or set(cipher) != {"name", "nonce"} \
            or cipher["name"] != "aes-256-gcm":
        raise _not_a_key_file()
    params = KdfParams(
        iterations=_int_between(kdf["iterations"], TEST_KDF.iterations, _MAX_ITERATIONS),
        memory_kib=_int_between(kdf["memory_kib"], TEST_KDF.memory_kib, _MAX_MEMORY_KIB),
        lanes=_int_between(kdf["lanes"], TEST_KDF.lanes, _MAX_LANES),
    )
    try:
        salt = unb64(kdf["salt"])
        nonce = unb64(cipher["nonce"])
        ciphertext = unb64(document["ciphertext"])
        public_key = serialization.load_pem_public_key(document["public_key"].encode("ascii"))
    except (AttributeError, TypeError, ValueError, UnicodeEncodeError,
            UnsupportedAlgorithm) as exc:
        raise _not_a_key_file() from exc
    if len(salt) != SALT_BYTES or len(nonce) != NONCE_BYTES or len(ciphertext) < 16 \
            or not isinstance(public_key, ec.EllipticCurvePublicKey) \
            or not isinstance(public_key.curve, ec.SECP256R1):
        raise _not_a_key_file()
    header = {k: v for k, v in document.items() if k != "ciphertext"}
    try:  # a label with a lone surrogate cannot be canonicalised: not one of ours
        canonical(header)
    except ValueError as exc:
        raise _not_a_key_file() from exc
    return _Parsed(header, params, salt, nonce, public_key, ciphertext)


def unseal(data: bytes, passphrase: str) -> ec.EllipticCurvePrivateKey:
    """The private key of a sealed-key document.

    Raises:
        UserError: ``keys.wrong_passphrase`` (wrong passphrase, or the file was altered:
            GCM cannot tell them apart), ``keys.not_a_key_file`` (not this format).
    """
    parsed = _parse(data)
    aead = AESGCM(_derive(passphrase, parsed.salt, parsed.params))
    try:
        plaintext = aead.decrypt(parsed.nonce, parsed.ciphertext, canonical(parsed.header))
    except InvalidTag as exc:
        raise UserError("keys.wrong_passphrase") from exc
    try:
        key = serialization.load_der_private_key(plaintext, password=None)
    except (TypeError, ValueError) as exc:
        raise UserError("keys.wrong_passphrase") from exc
    if not isinstance(key, ec.EllipticCurvePrivateKey) \
            or key.public_key().public_numbers() != parsed.public_key.public_numbers():
        raise UserError("keys.wrong_passphrase")
    return key


def sealed_public_key(data: bytes) -> ec.EllipticCurvePublicKey:
    """The public key stored in clear beside the sealed private key (no passphrase).

    Raises:
        UserError: ``keys.not_a_key_file``.
    """
    return _parse(data).public_key


def sealed_label(data: bytes) -> str:
    """The label stored in clear in a sealed-key document. Raises like :func:`sealed_public_key`."""
    return str(_parse(data).header["label"])


def to_pkcs12(key: ec.EllipticCurvePrivateKey, certificate: x509.Certificate,
              passphrase: str, *, name: str, ca: x509.Certificate | None = None,
              rounds: int = PKCS12_ROUNDS) -> bytes:
    """A PKCS#12 file (key, certificate, CA) that other software opens: AES-256-CBC,
    PBKDF2-SHA256 with ``rounds`` rounds, built with ``encryption_builder()``.

    Raises:
        UserError: ``keys.passphrase_too_short`` below :data:`MIN_PASSPHRASE` characters.
    """
    if len(unicodedata.normalize("NFC", passphrase)) < MIN_PASSPHRASE:
        raise UserError("keys.passphrase_too_short", {"min": MIN_PASSPHRASE})
    encryption = (
        serialization.PrivateFormat.PKCS12.encryption_builder()
        .kdf_rounds(rounds)
        .key_cert_algorithm(pkcs12.PBES.PBESv2SHA256AndAES256CBC)
        .hmac_hash(hashes.SHA256())
        .build(_normalise(passphrase))
    )
    return pkcs12.serialize_key_and_certificates(
        name.encode("utf-8"), key, certificate, [ca] if ca is not None else None, encryption
    )
