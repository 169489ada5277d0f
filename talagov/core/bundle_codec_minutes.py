# SPDX-License-Identifier: GPL-3.0-or-later
"""Codecs of ``data/minutes.json`` (each minutes' status, members holding its content
and PDF, signatures, register entry) and ``data/keys.json`` (which certificate file is
whose, the revocation list), and the member names they point to."""

from __future__ import annotations

from typing import Any

from talagov.core import bundle_format as bf
from talagov.core.bundle_codec_base import Node, b64, document, header, iso
from talagov.core.bundle_model import (
    CertificateEntry,
    KeysIndex,
    MinutesRecord,
    MinutesSignatureRecord,
    RegisterRecord,
)
from talagov.core.minutes_content import MinutesStatus

_MINUTES_KEYS = ("id", "kind", "corrects_id", "status", "lang", "content", "content_hash",
                 "pdf", "signed_pdf_size", "timestamp", "submitted_at", "signed_at",
                 "signatures", "register")
_CERT_KEYS = ("member_id", "serial", "fingerprint", "issued_at", "not_after", "revoked_at",
              "revoked_reason", "path")
MINUTES_KINDS = ("minutes", "erratum")


def minutes_content_path(minutes_id: int) -> str:
    """The member holding a minutes' signed content bytes."""
    return f"{bf.MINUTES_DIR}{minutes_id}.content.json"


def minutes_pdf_path(minutes_id: int) -> str:
    """The member holding a minutes' PDF, signatures included."""
    return f"{bf.MINUTES_DIR}{minutes_id}.pdf"


def register_path(register: str, number: int) -> str:
    """The member holding a register entry's bytes (its signature: ``.sig`` instead)."""
    return f"{bf.REGISTER_DIR}{register}-{number}.json"


def member_certificate_path(member_id: int, serial: str) -> str:
    """The member holding one member certificate (PEM)."""
    return f"{bf.MEMBER_CERTS}{member_id}-{serial.lower()}.pem"


def _member_name(node: Node, prefix: str) -> str:
    path = node.text()
    if not (path.startswith(prefix) and bf.safe_name(path)):
        raise node.fail(f"a member under {prefix} expected")
    return path


# -- data/minutes.json ----------------------------------------------------------------


def _signature_data(s: MinutesSignatureRecord) -> dict[str, Any]:
    return {"member_id": s.member_id, "role": s.role, "certificate": s.certificate,
            "signature": b64(s.signature), "signed_at": iso(s.signed_at),
            "timestamped": s.timestamped}  # fmt: skip


def _signature(node: Node) -> MinutesSignatureRecord:
    node.object(("member_id", "role", "certificate", "signature", "signed_at", "timestamped"))
    return MinutesSignatureRecord(
        member_id=node["member_id"].integer(), role=node["role"].text(),
        certificate=_member_name(node["certificate"], bf.MEMBER_CERTS),
        signature=node["signature"].b64(), signed_at=node["signed_at"].datetime(),
        timestamped=node["timestamped"].boolean(),
    )  # fmt: skip


def _register(node: Node) -> RegisterRecord:
    node.object(("register", "number", "entry_hash", "entered_at", "path", "signature_path"))
    register, number = node["register"].text(), node["number"].integer(1)
    path = register_path(register, number)
    if node["path"].value != path or not bf.safe_name(path):
        raise node["path"].fail(f"{path!r} expected")
    if node["signature_path"].value != path[:-len(".json")] + ".sig":
        raise node["signature_path"].fail("the entry's path ending in .sig expected")
    return RegisterRecord(register, number, node["entry_hash"].hex64(),
                          node["entered_at"].datetime(), path, path[:-len(".json")] + ".sig")


def _minutes_data(m: MinutesRecord) -> dict[str, Any]:
    r = m.register
    return {
        "id": m.id, "kind": m.kind, "corrects_id": m.corrects_id, "status": m.status.value,
        "lang": m.lang, "content": m.content, "content_hash": m.content_hash, "pdf": m.pdf,
        "signed_pdf_size": m.signed_pdf_size, "timestamp": m.timestamp,
        "submitted_at": iso(m.submitted_at), "signed_at": iso(m.signed_at),
        "signatures": [_signature_data(s) for s in m.signatures],
        "register": None if r is None else {
            "register": r.register, "number": r.number, "entry_hash": r.entry_hash,
            "entered_at": iso(r.entered_at), "path": r.path, "signature_path": r.signature_path},
    }  # fmt: skip


def _minutes(node: Node) -> MinutesRecord:
    node.object(_MINUTES_KEYS)
    minutes_id = node["id"].integer()
    kind = node["kind"].text()
    if kind not in MINUTES_KINDS:
        raise node["kind"].fail(f"one of {MINUTES_KINDS} expected")
    content = node["content"].optional(Node.text)
    if content is not None and content != minutes_content_path(minutes_id):
        raise node["content"].fail(f"{minutes_content_path(minutes_id)!r} expected")
    pdf = node["pdf"].optional(Node.text)
    if pdf is not None and pdf != minutes_pdf_path(minutes_id):
        raise node["pdf"].fail(f"{minutes_pdf_path(minutes_id)!r} expected")
    digest = node["content_hash"]
    return MinutesRecord(
        id=minutes_id, kind=kind, corrects_id=node["corrects_id"].optional(Node.integer),
        status=node["status"].enum(MinutesStatus), lang=node["lang"].text(), content=content,
        content_hash=digest.hex64() if digest.value != "" else "", pdf=pdf,
        signed_pdf_size=node["signed_pdf_size"].integer(), timestamp=node["timestamp"].text(),
        submitted_at=node["submitted_at"].optional(Node.datetime),
        signed_at=node["signed_at"].optional(Node.datetime),
        signatures=node["signatures"].each(_signature),
        register=node["register"].optional(_register),
    )  # fmt: skip


def encode_minutes(minutes: tuple[MinutesRecord, ...]) -> dict[str, Any]:
    """The object of ``data/minutes.json`` (minutes by id, signatures in the order given:
    the order they were made)."""
    return {**header("minutes"),
            "minutes": [_minutes_data(m) for m in sorted(minutes, key=lambda m: m.id)]}


def decode_minutes(data: object) -> tuple[MinutesRecord, ...]:
    """``data/minutes.json`` back; a minutes listed twice is refused."""
    node = document(data, bf.MINUTES, "minutes", ("minutes",))
    minutes = node["minutes"].each(_minutes)
    if len({m.id for m in minutes}) != len(minutes):
        raise node["minutes"].fail("a minutes is listed twice")
    return minutes


# -- data/keys.json -------------------------------------------------------------------


def _certificate_data(c: CertificateEntry) -> dict[str, Any]:
    return {"member_id": c.member_id, "serial": c.serial, "fingerprint": c.fingerprint,
            "issued_at": iso(c.issued_at), "not_after": iso(c.not_after),
            "revoked_at": iso(c.revoked_at), "revoked_reason": c.revoked_reason,
            "path": c.path}  # fmt: skip


def _certificate(node: Node) -> CertificateEntry:
    node.object(_CERT_KEYS)
    member_id, serial = node["member_id"].integer(), node["serial"].text()
    path = member_certificate_path(member_id, serial)
    if node["path"].value != path or not bf.safe_name(path):
        raise node["path"].fail(f"{path!r} expected")
    return CertificateEntry(
        member_id=member_id, serial=serial, fingerprint=node["fingerprint"].hex64(),
        issued_at=node["issued_at"].datetime(), not_after=node["not_after"].datetime(),
        revoked_at=node["revoked_at"].optional(Node.datetime),
        revoked_reason=node["revoked_reason"].text(), path=path,
    )  # fmt: skip


def encode_keys(keys: KeysIndex) -> dict[str, Any]:
    """The object of ``data/keys.json`` (certificates by path)."""
    return {
        **header("keys"), "organisation": keys.organisation,
        "organisation_fingerprint": keys.organisation_fingerprint,
        "certificates": [_certificate_data(c)
                         for c in sorted(keys.certificates, key=lambda c: c.path)],
        "revocations": keys.revocations,
    }  # fmt: skip


def decode_keys(data: object) -> KeysIndex:
    """``data/keys.json`` back; a certificate file listed twice is refused."""
    node = document(data, bf.KEYS, "keys",
                    ("organisation", "organisation_fingerprint", "certificates", "revocations"))
    if node["organisation"].value != bf.ORG_CERT:
        raise node["organisation"].fail(f"{bf.ORG_CERT!r} expected")
    revocations = node["revocations"]
    if revocations.value not in (None, bf.REVOCATIONS):
        raise revocations.fail(f"{bf.REVOCATIONS!r} or null expected")
    certificates = node["certificates"].each(_certificate)
    if len({c.path for c in certificates}) != len(certificates):
        raise node["certificates"].fail("a certificate file is listed twice")
    return KeysIndex(bf.ORG_CERT, node["organisation_fingerprint"].hex64(), certificates,
                     bf.REVOCATIONS if revocations.value is not None else None)
