# SPDX-License-Identifier: GPL-3.0-or-later
"""Signed ballots: the content a voter signs, the file that carries it, the receipt.

A ballot names the organisation, the meeting, the poll and the hash of the poll
definition, the voter and on whose behalf they vote (themselves, or the principal of
a proxy they hold), the choices, a random nonce, the time and a sequence number; it
is signed with the voter's ECDSA P-256 key over the RFC 8785 JSON of its payload. The
ballot file (``talagov.ballot``) carries the payload, the signature and the voter's
certificate. A postal form entered by the secretary becomes a ballot of the
``correspondence`` channel signed by the organisation's key as witness.
"""

from __future__ import annotations

import enum
import json
import os
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from functools import cached_property
from typing import Any

from cryptography import x509
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec

from talagov.core import certificates
from talagov.core.canonical import canonical, sha256_hex
from talagov.core.errors import UserError
from talagov.core.signing import b64, sign_bytes, unb64, verify_bytes

FORMAT = "talagov.ballot"
FORMAT_VERSION = 1
NONCE_BYTES = 16
_PAYLOAD_KEYS = frozenset({
    "format", "version", "organisation", "meeting_id", "poll_id", "definition_hash",
    "voter_id", "on_behalf_of", "choices", "nonce", "cast_at", "sequence",
})
_FILE_KEYS = frozenset({"format", "version", "payload", "signature", "certificate"})


def _int(data: dict[str, Any], key: str) -> int:
    value = data[key]
    if type(value) is not int:  # bool is an int subclass: refused
        raise TypeError(f"{key} must be an integer")
    return value


def _str(data: dict[str, Any], key: str) -> str:
    value = data[key]
    if not isinstance(value, str):
        raise TypeError(f"{key} must be a string")
    return value


class Channel(enum.StrEnum):
    """How a vote reached the tally (its provenance)."""

    BOOTH = "booth"  # signed on the secretary's laptop turned into a booth
    FILE = "file"  # a ballot file written by the member's own TalaGov
    CORRESPONDENCE = "correspondence"  # a postal form, witnessed by the organisation key
    BLANK_PROXY = "blank_proxy"  # a blank proxy's direction (L225-106 III), no ballot
    HAND = "hand"  # counted by hand in the room, entered as totals


@dataclass(frozen=True)
class BallotContent:
    """What the voter signs.

    Attributes:
        organisation: fingerprint (hex) of the organisation certificate.
        definition_hash: :func:`talagov.core.polls.definition_hash` of the poll.
        voter_id: the member who signs (for a witnessed postal form: the member whose
            form it is; the signer is then the organisation).
        on_behalf_of: ``voter_id`` for their own vote, else the principal of a proxy.
        choices: one choice for a resolution; up to ``seats`` candidates, or
            ``("blank",)``, for an election.
        nonce: 32 hex digits from ``os.urandom`` (two identical votes differ).
        cast_at: ISO timestamp with offset, from the voter's clock (informative).
        sequence: 1, 2... per (poll, voter, on_behalf_of): the highest counts.
    """

    organisation: str
    meeting_id: int
    poll_id: int
    definition_hash: str
    voter_id: int
    on_behalf_of: int
    choices: tuple[str, ...]
    nonce: str
    cast_at: str
    sequence: int

    def payload(self) -> dict[str, Any]:
        """The JSON object that is signed (documented in ``docs/formats.md``)."""
        return {
            "format": FORMAT,
            "version": FORMAT_VERSION,
            "organisation": self.organisation,
            "meeting_id": self.meeting_id,
            "poll_id": self.poll_id,
            "definition_hash": self.definition_hash,
            "voter_id": self.voter_id,
            "on_behalf_of": self.on_behalf_of,
            "choices": list(self.choices),
            "nonce": self.nonce,
            "cast_at": self.cast_at,
            "sequence": self.sequence,
        }

    @classmethod
    def from_payload(cls, data: dict[str, Any]) -> BallotContent:
        """Read a payload back. Raises ``ValueError``/``KeyError``/``TypeError``.

        Strict: exactly the documented keys, integers that are not booleans, a list of
        strings for ``choices``, this format and version, a sequence of at least 1.
        """
        if not isinstance(data, dict):
            raise TypeError("the payload must be an object")
        if set(data) != _PAYLOAD_KEYS:
            missing = sorted(_PAYLOAD_KEYS - set(data))
            extra = sorted(set(data) - _PAYLOAD_KEYS)
            raise KeyError(f"payload keys: missing {missing}, unexpected {extra}")
        if data["format"] != FORMAT or _int(data, "version") != FORMAT_VERSION:
            raise ValueError("not a version 1 TalaGov ballot")
        choices = data["choices"]
        if not isinstance(choices, list) or not all(isinstance(c, str) for c in choices):
            raise TypeError("choices must be a list of strings")
        sequence = _int(data, "sequence")
        if sequence < 1:
            raise ValueError("sequence must be at least 1")
        return cls(
            organisation=_str(data, "organisation"),
            meeting_id=_int(data, "meeting_id"),
            poll_id=_int(data, "poll_id"),
            definition_hash=_str(data, "definition_hash"),
            voter_id=_int(data, "voter_id"),
            on_behalf_of=_int(data, "on_behalf_of"),
            choices=tuple(choices),
            nonce=_str(data, "nonce"),
            cast_at=_str(data, "cast_at"),
            sequence=sequence,
        )


@dataclass(frozen=True)
class SignedBallot:
    """A ballot with its signature and the signer's certificate."""

    content: BallotContent
    signature: bytes
    certificate: x509.Certificate

    # Both are computed once per object (``cached_property`` writes the instance
    # ``__dict__`` directly, which a frozen dataclass without slots allows): judging a
    # poll reads them for every ballot, receipts and duplicates use the fingerprint.

    @cached_property
    def signed_bytes(self) -> bytes | None:
        """The RFC 8785 bytes of the payload: what the signature covers (``None`` when
        the payload cannot be serialised, so cannot have been signed)."""
        return payload_bytes(self.content)

    @cached_property
    def fingerprint(self) -> str:
        """The receipt fingerprint: SHA-256 (hex) of the canonical
        ``{"payload": ..., "signature": base64}``; unique per ballot (nonce).

        The canonical form of that object is ``{"payload":`` + the payload's bytes +
        ``,"signature":"`` + base64 + ``"}`` (keys sorted, values serialised on their
        own), so it is composed from :attr:`signed_bytes`. An unserialisable payload
        gets ``"!"`` + the signature's digest: stable, and never a real fingerprint.
        """
        data = self.signed_bytes
        if data is None:
            return "!" + sha256_hex(self.signature)
        return sha256_hex(b'{"payload":' + data + b',"signature":"'
                          + b64(self.signature).encode("ascii") + b'"}')


_SAFE_INT = 2**53 - 1  # RFC 8785 numbers are IEEE doubles: integers up to 2^53 - 1
# What json.dumps(..., ensure_ascii=False, sort_keys=True, separators=(",", ":")) builds
# on every call, built once: a payload is a dozen values, the encoder's setup costs more.
_COMPACT_SORTED = json.JSONEncoder(ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def _writable(values: Iterable[object]) -> bool:
    """Whether ``json.dumps`` writes every one of ``values`` as RFC 8785 does: a string,
    a safe integer (not a boolean) or a list of strings.

    One loop over a payload's dozen values, not a generator call per value: judging
    10,000 ballots asks this 10,000 times."""
    for value in values:
        kind = type(value)
        if kind is str:
            continue
        if kind is int:
            if not -_SAFE_INT <= value <= _SAFE_INT:  # type: ignore[operator]
                return False
        elif kind is not list or not all(type(v) is str for v in value):  # type: ignore[attr-defined]
            return False
    return True


def payload_bytes(content: BallotContent) -> bytes | None:
    """The RFC 8785 bytes of a ballot's payload, or ``None`` when it cannot be serialised.

    A payload is made of strings, safe integers and a list of strings, which
    ``json.dumps`` (sorted keys, no spaces, UTF-8) writes exactly as RFC 8785 does, in C:
    the same escapes, and the keys, all ASCII, in the same order (judging 10,000
    ballots serialises 10,000 payloads). A lone surrogate, which RFC 8785 refuses,
    does not encode to UTF-8: ``None``. Anything else goes through
    :func:`talagov.core.canonical.canonical`.
    """
    payload = content.payload()
    if _writable(payload.values()):
        try:
            return _COMPACT_SORTED.encode(payload).encode("utf-8")
        except UnicodeEncodeError:
            return None
    try:
        return canonical(payload)
    except ValueError:
        return None


def new_nonce() -> str:
    """A fresh random nonce (:data:`NONCE_BYTES` bytes from ``os.urandom``, hex)."""
    return os.urandom(NONCE_BYTES).hex()


def sign_ballot(content: BallotContent, key: ec.EllipticCurvePrivateKey,
                certificate: x509.Certificate) -> SignedBallot:
    """Sign a ballot. Raises ``ValueError`` when ``key`` does not match ``certificate``."""
    if not certificates.matches(key.public_key(), certificate):
        raise ValueError("the key does not match the certificate")
    signature = sign_bytes(canonical(content.payload()), key)
    return SignedBallot(content=content, signature=signature, certificate=certificate)


def signature_valid(ballot: SignedBallot) -> bool:
    """Whether the signature verifies under the public key of the ballot's certificate."""
    public_key = certificates.ec_public_key(ballot.certificate)
    signed = ballot.signed_bytes  # None: an integer beyond RFC 8785's range, never signed
    return public_key is not None and signed is not None \
        and verify_bytes(signed, ballot.signature, public_key)


def to_file(ballot: SignedBallot) -> bytes:
    """The ballot file: UTF-8 JSON ``{"format", "version", "payload", "signature",
    "certificate"}`` (certificate as PEM).

    The file is written as RFC 8785 JSON itself (one line, keys sorted), so the signed
    payload bytes appear verbatim between ``"payload":`` and ``,"signature":`` and can
    be cut out with ``sed`` to check the signature with ``openssl`` (docs/formats.md).
    """
    return canonical({
        "format": FORMAT,
        "version": FORMAT_VERSION,
        "payload": ballot.content.payload(),
        "signature": b64(ballot.signature),
        "certificate": ballot.certificate.public_bytes(serialization.Encoding.PEM)
        .decode("ascii"),
    })


#: What is wrong with a file that is not a well-formed ballot -> the end of its code
#: (``ballot.malformed.<problem>``, worded in each language); ``reason`` keeps the detail.
MALFORMED = {
    "not UTF-8": "not_utf8", "not JSON": "not_json", "not a JSON object": "not_object",
    "not a TalaGov ballot": "not_ballot", "unsupported version": "unsupported_version",
    "missing or unexpected keys": "bad_keys", "bad payload": "bad_payload",
    "bad signature encoding": "bad_signature_encoding", "bad certificate": "bad_certificate",
}  # fmt: skip


def _malformed(reason: str, detail: object = None) -> UserError:
    code = f"ballot.malformed.{MALFORMED[reason]}"
    return UserError(code, {"reason": reason if detail is None else f"{reason}: {detail}"})


def from_file(data: bytes, *, known: dict[str, x509.Certificate] | None = None
              ) -> SignedBallot:
    """Read a ballot file. Raises ``UserError`` (``ballot.malformed.<problem>``, see
    :data:`MALFORMED`) on anything that is not a well-formed ballot file; the signature
    is *not* checked here.

    Args:
        known: certificates already read by the caller, by their PEM text, filled in
            as files are read: thousands of ballots carry a few hundred certificates,
            and a PEM text read once is the same certificate each time (a text that
            does not read is not remembered, and is refused again).
    """
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise _malformed("not UTF-8") from exc
    try:
        document = json.loads(text)
    # Deeply nested arrays (a few hundred kB of "[") exhaust the decoder's recursion:
    # RecursionError is not a ValueError, and such a file is no more JSON than another.
    except (ValueError, RecursionError) as exc:
        raise _malformed("not JSON") from exc
    if not isinstance(document, dict):
        raise _malformed("not a JSON object")
    if document.get("format") != FORMAT:
        raise _malformed("not a TalaGov ballot")
    if type(document.get("version")) is not int or document["version"] != FORMAT_VERSION:
        raise _malformed("unsupported version")
    if set(document) != _FILE_KEYS:
        raise _malformed("missing or unexpected keys")
    try:
        content = BallotContent.from_payload(document["payload"])
    except (KeyError, TypeError, ValueError) as exc:
        raise _malformed("bad payload", exc) from exc
    # What the signature covers, once: None exactly when RFC 8785 cannot write it.
    signed = payload_bytes(content)
    if signed is None:
        raise _malformed("bad payload", "not serialisable as RFC 8785")
    if not isinstance(document["signature"], str):
        raise _malformed("bad signature encoding")
    try:
        signature = unb64(document["signature"])
    except ValueError as exc:
        raise _malformed("bad signature encoding") from exc
    pem = document["certificate"]
    if not isinstance(pem, str):
        raise _malformed("bad certificate")
    certificate = known.get(pem) if known is not None else None
    if certificate is None:
        certificate = _certificate(pem)
        if known is not None:
            known[pem] = certificate
    ballot = SignedBallot(content=content, signature=signature, certificate=certificate)
    ballot.__dict__["signed_bytes"] = signed  # the cached_property, already computed
    return ballot


def _certificate(pem: str) -> x509.Certificate:
    # certificates.from_pem touches the lazily parsed names and extensions, so that a
    # malformed one is refused here rather than crashing the judgement later, and turns
    # whatever cryptography raises (DuplicateExtension...) into one refusal.
    try:
        return certificates.from_pem(pem)
    except UserError as exc:
        raise _malformed("bad certificate") from exc


def file_name(ballot: SignedBallot) -> str:
    """A unique file name: ``ballot-<meeting>-<poll>-<first 16 hex of fingerprint>.json``."""
    return (f"ballot-{ballot.content.meeting_id}-{ballot.content.poll_id}-"
            f"{ballot.fingerprint[:16]}.json")


def receipt_time(at: datetime) -> str:
    """ISO text of a timezone-aware time, seconds precision (ballots and receipts)."""
    return at.isoformat(timespec="seconds")
