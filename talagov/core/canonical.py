# SPDX-License-Identifier: GPL-3.0-or-later
"""Canonical JSON (RFC 8785, JCS) and the digests and fingerprints built on it.

Everything TalaGov signs is a JSON object serialised by :func:`canonical`, so that any
implementation of RFC 8785 (and ``openssl dgst``) reproduces the exact signed bytes.
Only integers, strings, booleans, ``None``, lists and objects are used: no floats.
"""

from __future__ import annotations

import hashlib
from typing import Any

import rfc8785


def canonical(value: Any) -> bytes:
    """The RFC 8785 serialisation of a JSON-compatible value (UTF-8 bytes)."""
    return rfc8785.dumps(value)


def digest(value: Any) -> str:
    """SHA-256 of the canonical serialisation, as 64 lowercase hex digits."""
    return hashlib.sha256(canonical(value)).hexdigest()


def sha256_hex(data: bytes) -> str:
    """SHA-256 of raw bytes, as 64 lowercase hex digits."""
    return hashlib.sha256(data).hexdigest()


def readable_fingerprint(hex_digest: str, *, groups: int = 16) -> str:
    """A fingerprint a person can read aloud and compare: ``"3F2A 91C0 …"``.

    Upper-case hex in groups of four, ``groups`` groups (16 groups = the whole SHA-256).
    """
    text = hex_digest.upper()
    return " ".join(text[i:i + 4] for i in range(0, min(len(text), groups * 4), 4))
