# SPDX-License-Identifier: GPL-3.0-or-later
"""The signatures and fingerprints of one poll's ballots, each payload serialised once.

Judging a poll costs one ECDSA verification per ballot; everything else must stay
small next to it. A ballot's payload is serialised to its RFC 8785 bytes once, and
those bytes serve both the signature check and the fingerprint: the canonical form of
``{"payload": P, "signature": S}`` is ``{"payload":`` + canonical(P) + ``,"signature":``
+ canonical(S) + ``}`` (members sorted by key, no whitespace, values serialised on
their own). The payload is made of printable ASCII strings, safe integers and a list
of strings, which RFC 8785 writes as they are: those are written directly, anything
else (escapes, non-ASCII text, other types) goes through
:func:`talagov.core.canonical.canonical`.
The results are those of
:func:`talagov.core.ballots.signature_valid` and ``SignedBallot.fingerprint``.
"""

from __future__ import annotations

from cryptography.hazmat.primitives.asymmetric import ec

from talagov.core.ballots import BallotContent, SignedBallot
from talagov.core.canonical import canonical, sha256_hex
from talagov.core.signing import b64, verify_bytes

_SAFE_INT = 2**53 - 1  # RFC 8785 numbers are IEEE doubles: integers up to 2^53 - 1


def _plain(text: str) -> bool:
    """Whether RFC 8785 writes ``text`` as is between quotes (printable ASCII, no quote
    or backslash); other texts go through the general serialiser."""
    return text.isascii() and text.isprintable() and '"' not in text and "\\" not in text


def signed_bytes(content: BallotContent) -> bytes | None:
    """The RFC 8785 bytes of a ballot's payload (what is signed), or ``None`` when the
    payload cannot be serialised (then it cannot have been signed)."""
    payload = content.payload()
    parts: list[str] = []
    texts: list[str] = list(payload)
    for key in sorted(payload):
        value = payload[key]
        kind = type(value)
        if kind is str:
            texts.append(value)
            parts.append(f'"{key}":"{value}"')
        elif kind is int and -_SAFE_INT <= value <= _SAFE_INT:
            parts.append(f'"{key}":{value}')
        elif kind is list and all(type(v) is str for v in value):
            texts += value
            parts.append(f'"{key}":[' + ",".join(f'"{v}"' for v in value) + "]")
        else:
            break
    else:
        if _plain("".join(texts)):
            return ("{" + ",".join(parts) + "}").encode("ascii")
    try:
        return canonical(payload)
    except ValueError:
        return None


def fingerprint_from(ballot: SignedBallot, data: bytes | None) -> str:
    """The ballot's fingerprint, composed from its payload bytes when the ballot has not
    computed it yet (equal to ``ballot.fingerprint``)."""
    known = getattr(ballot, "__dict__", {}).get("fingerprint")  # cached_property's value
    if isinstance(known, str):
        return known
    if data is None:  # unserialisable: no real fingerprint; stable and unique enough
        return "!" + sha256_hex(ballot.signature)
    whole = b'{"payload":' + data + b',"signature":"' + b64(ballot.signature).encode("ascii") \
        + b'"}'
    return sha256_hex(whole)


def signature_ok(data: bytes | None, signature: bytes,
                 public_key: ec.EllipticCurvePublicKey | None) -> bool:
    """Whether ``signature`` verifies over the payload bytes ``data`` under ``public_key``
    (``False`` when either is missing)."""
    return data is not None and public_key is not None \
        and verify_bytes(data, signature, public_key)
