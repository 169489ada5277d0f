# SPDX-License-Identifier: GPL-3.0-or-later
"""The signed envelope of the organisation's files in the shared folder.

A file is the RFC 8785 JSON of ``{"format": F, "version": 1, "payload": {...},
"signature": base64}``, the signature being the organisation key's ECDSA P-256
signature over the canonical bytes of ``payload`` (:mod:`talagov.core.signing`). The
bytes must be exactly that canonical form: a file re-encoded, with a key twice, a float,
or a stray space is refused, so a file's name (its digest) says everything about it.

Reading is in two steps: :func:`peek` parses strictly without judging the signature
(to find the certificate an identity carries, or to tell what a file claims to be), and
:func:`open_signed` also verifies the signature under a certificate the caller trusts.
The helpers at the end read the fields of a payload strictly (exact keys, integers that
are never booleans, texts of bounded length) for the formats built on this envelope.
"""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

from cryptography import x509
from cryptography.exceptions import UnsupportedAlgorithm
from cryptography.hazmat.primitives.asymmetric import ec

from talagov.core.bundle_codec_base import Node
from talagov.core.canonical import canonical
from talagov.core.errors import UserError
from talagov.core.signing import b64, sign, unb64, verify_bytes
from talagov.core.sync_format import FORMAT_VERSION, MAX_SMALL_FILE

ENVELOPE_KEYS = frozenset({"format", "version", "payload", "signature"})
# Bounds of the texts read from payloads: generous for what people type, small enough
# that a hostile file cannot make a reader hold or show megabytes in one field.
# (The file's own size limit is the real bound; these catch a field that is absurd.)
SHORT_TEXT = 10_000
LONG_TEXT = 1_000_000


class _NotPlain(ValueError):
    """A float or a JSON constant (NaN, Infinity): never written by TalaGov."""


def _refuse(text: str) -> Any:
    raise _NotPlain(text)


def _loads(data: bytes) -> Any:
    """The JSON value of ``data``, which must be its own RFC 8785 form.

    Comparing with the canonical form refuses duplicate keys, unsorted keys, spaces,
    other escapes and integers beyond 2**53 at once. Raises ``ValueError``.
    """
    try:
        value = json.loads(data.decode("utf-8"), parse_float=_refuse, parse_constant=_refuse)
    except RecursionError as exc:
        raise ValueError("nested too deep") from exc
    if canonical(value) != data:
        raise ValueError("not in canonical form")
    return value


def seal(format: str, payload: dict[str, Any], key: ec.EllipticCurvePrivateKey) -> bytes:
    """The bytes of a file of ``format`` carrying ``payload``, signed by ``key``.

    Raises:
        ValueError: ``payload`` holds something RFC 8785 cannot write (a float, an
            integer beyond 2**53, a lone surrogate): a bug of the caller.
    """
    signature = sign(payload, key)
    return canonical({"format": format, "version": FORMAT_VERSION, "payload": payload,
                      "signature": b64(signature)})  # fmt: skip


def _parse(data: bytes, format: str, limit: int) -> tuple[dict[str, Any], bytes]:
    """The payload and the signature of an envelope, strictly. Raises ``UserError``."""
    try:
        if len(data) > limit:
            raise ValueError("too large")
        envelope = _loads(data)
        if not isinstance(envelope, dict) or set(envelope) != ENVELOPE_KEYS:
            raise ValueError("envelope keys")
        version = envelope["version"]
        if envelope["format"] != format or type(version) is not int or version != FORMAT_VERSION:
            raise ValueError("another format or version")
        payload, signature = envelope["payload"], envelope["signature"]
        if not isinstance(payload, dict) or not isinstance(signature, str):
            raise ValueError("payload or signature")
        return payload, unb64(signature)
    except (ValueError, UnicodeDecodeError, TypeError) as exc:
        raise UserError("sync.malformed", {"format": format}) from exc


def peek(data: bytes, format: str, *, limit: int = MAX_SMALL_FILE) -> dict[str, Any]:
    """The payload of a file of ``format``, parsed strictly but NOT verified.

    Args:
        limit: the largest file accepted, in bytes (bigger: refused unread).

    Raises:
        UserError: ``sync.malformed`` (``format``): too large, not canonical JSON, not
            an envelope of this format and version.
    """
    return _parse(data, format, limit)[0]


def open_signed(data: bytes, format: str, certificate: x509.Certificate, *,
                limit: int = MAX_SMALL_FILE) -> dict[str, Any]:
    """The payload of a file of ``format`` whose signature verifies under
    ``certificate``'s key.

    Raises:
        UserError: ``sync.malformed`` (as :func:`peek`); ``sync.bad_signature``
            (``format``): signed by another key, or altered.
    """
    payload, signature = _parse(data, format, limit)
    try:
        public = certificate.public_key()
    except (ValueError, UnsupportedAlgorithm) as exc:
        raise UserError("sync.bad_signature", {"format": format}) from exc
    if not isinstance(public, ec.EllipticCurvePublicKey) \
            or not verify_bytes(canonical(payload), signature, public):
        raise UserError("sync.bad_signature", {"format": format})
    return payload


# -- strict fields ---------------------------------------------------------------------


def text(node: Node, *, limit: int = SHORT_TEXT) -> str:
    """A string of at most ``limit`` characters. Raises ``ValueError``."""
    value = node.text()
    if len(value) > limit:
        raise node.fail(f"text of at most {limit} characters expected")
    return value


def time_with_offset(node: Node) -> str:
    """An ISO date and time with its UTC offset (``2026-06-30T14:00:00+02:00``), kept as
    written. Raises ``ValueError``."""
    value = text(node, limit=64)
    try:
        parsed = datetime.fromisoformat(value)
    except ValueError:
        raise node.fail("ISO date and time expected") from None
    if "T" not in value or parsed.tzinfo is None:
        raise node.fail("ISO date and time with an offset expected")
    return value


def bounded_list(node: Node, limit: int) -> list[Node]:
    """The elements of a list of at most ``limit`` elements. Raises ``ValueError``."""
    items = node.items()
    if len(items) > limit:
        raise node.fail(f"at most {limit} elements expected")
    return items
