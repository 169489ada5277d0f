# SPDX-License-Identifier: GPL-3.0-or-later
"""The organisation's identity in the shared folder (``talagov.sync-identity``).

The identity file tells a member's install who the organisation is: its name, its CA
certificate (whose fingerprint the member compares with the one printed on their
convocation before trusting it) and its current members, so the member can say who
they are. It is self-signed: the envelope's signature verifies under the certificate it
carries, which proves only that whoever wrote it holds that key; the trust comes from
the member's comparison of the fingerprint.

Payload (RFC 8785, inside :mod:`talagov.core.sync_envelope`)::

    {"organisation": <sha256 hex of the certificate's DER>, "name": str,
     "certificate_pem": str, "sequence": int >= 1, "issued_at": ISO time with offset,
     "members": [{"id": int >= 1, "name": str}, ...]}
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

from cryptography import x509
from cryptography.hazmat.primitives.asymmetric import ec

from talagov.core import certificates
from talagov.core.bundle_codec_base import Node
from talagov.core.canonical import digest
from talagov.core.errors import UserError
from talagov.core.sync_envelope import (
    SHORT_TEXT,
    bounded_list,
    open_signed,
    peek,
    seal,
    text,
    time_with_offset,
)
from talagov.core.sync_format import IDENTITY_FORMAT

_KEYS = frozenset({"organisation", "name", "certificate_pem", "sequence", "issued_at",
                   "members"})  # fmt: skip
_MEMBER_KEYS = frozenset({"id", "name"})
MAX_MEMBERS = 100_000
_PEM_LIMIT = 16_000  # a P-256 certificate's PEM is under 1 kB


@dataclass(frozen=True)
class Identity:
    """The organisation as its folder presents it.

    Attributes:
        organisation: SHA-256 (hex) of the DER of ``certificate_pem``.
        certificate_pem: the organisation's self-signed CA certificate.
        sequence: 1, 2…: a newer identity is a new file with a higher sequence.
        issued_at: ISO time with offset, when it was published.
        members: ``(id, display name)`` of the current members.
    """

    organisation: str
    name: str
    certificate_pem: str
    sequence: int
    issued_at: str
    members: tuple[tuple[int, str], ...]


def identity_payload(identity: Identity) -> dict[str, Any]:
    """The JSON object that is signed (see the module docstring)."""
    return {
        "organisation": identity.organisation, "name": identity.name,
        "certificate_pem": identity.certificate_pem, "sequence": identity.sequence,
        "issued_at": identity.issued_at,
        "members": [{"id": i, "name": n} for i, n in identity.members],
    }  # fmt: skip


def identity_digest(identity: Identity) -> str:
    """SHA-256 of the payload without ``sequence`` and ``issued_at``: two identities with
    the same digest say the same thing, and publishing the second would add nothing."""
    payload = identity_payload(replace(identity, sequence=1, issued_at=""))
    del payload["sequence"], payload["issued_at"]
    return digest(payload)


def _is_authority(cert: x509.Certificate) -> bool:
    key = certificates.ec_public_key(cert)
    try:
        constraints = cert.extensions.get_extension_for_class(x509.BasicConstraints).value
    except x509.ExtensionNotFound:
        return False
    return constraints.ca and key is not None and isinstance(key.curve, ec.SECP256R1)


def _member(node: Node) -> tuple[int, str]:
    node.object(_MEMBER_KEYS)
    return node["id"].integer(1), text(node["name"])


def parse_identity(payload: dict[str, Any]) -> Identity:
    """An identity from its payload, strictly (exact keys and types, a P-256 CA
    certificate whose fingerprint is ``organisation``, member ids unique).

    Raises:
        UserError: ``sync.identity_malformed``.
    """
    try:
        node = Node(payload, "identity").object(_KEYS)
        pem = text(node["certificate_pem"], limit=_PEM_LIMIT)
        cert = certificates.from_pem(pem)
        organisation = node["organisation"].hex64()
        if certificates.fingerprint(cert) != organisation:
            raise ValueError("the certificate is not the one named")
        if not _is_authority(cert):
            raise ValueError("not an organisation's P-256 CA certificate")
        members = tuple(_member(m) for m in bounded_list(node["members"], MAX_MEMBERS))
        if len({i for i, _ in members}) != len(members):
            raise ValueError("a member is listed twice")
        return Identity(
            organisation=organisation, name=text(node["name"], limit=SHORT_TEXT),
            certificate_pem=pem, sequence=node["sequence"].integer(1),
            issued_at=time_with_offset(node["issued_at"]), members=members,
        )  # fmt: skip
    except (ValueError, UserError) as exc:
        raise UserError("sync.identity_malformed") from exc


def certificate(identity: Identity) -> x509.Certificate:
    """The organisation's certificate (already checked by :func:`parse_identity`)."""
    return certificates.from_pem(identity.certificate_pem)


def identity_file(identity: Identity, key: ec.EllipticCurvePrivateKey) -> bytes:
    """The identity file's bytes, signed by the organisation ``key``."""
    return seal(IDENTITY_FORMAT, identity_payload(identity), key)


def read_identity(data: bytes) -> Identity:
    """An identity file read and checked: strict, and signed by the key of the
    certificate it carries. Whether that certificate is to be trusted is the member's
    decision (its fingerprint), or the caller's (compare ``organisation``).

    Raises:
        UserError: ``sync.malformed``, ``sync.identity_malformed``, ``sync.bad_signature``.
    """
    identity = parse_identity(peek(data, IDENTITY_FORMAT))
    open_signed(data, IDENTITY_FORMAT, certificate(identity))
    return identity
