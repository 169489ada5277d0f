# SPDX-License-Identifier: GPL-3.0-or-later
"""The register entries of the meeting's minutes: their bytes, the organisation's
signature, the chain between the entries the bundle holds, and what each says of its
minutes.

A bundle holds the entries of one meeting, not the whole register: an entry whose
predecessor is not in the bundle is chained to it only through its ``previous`` hash,
which the printed register (or another meeting's bundle) anchors. Each entry is
stored as its exact RFC 8785 bytes, so a re-spaced or re-ordered copy is an
alteration (:func:`talagov.core.deliberations.canonical_again`).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from typing import Any

from cryptography.hazmat.primitives.asymmetric import ec

from talagov.core.bundle_model import MeetingData, RegisterRecord
from talagov.core.canonical import sha256_hex
from talagov.core.deliberations import FORMAT, GENESIS, canonical_again
from talagov.core.signing import b64, verify_bytes
from talagov.verifier.check_certificates import CertificateFacts
from talagov.verifier.check_minutes import ReadMinutes
from talagov.verifier.lines import failed, minutes_subject, ok
from talagov.verifier.reader import BundleFiles
from talagov.verifier.report import Area, CheckLine

_A = Area.MINUTES
_KEYS = frozenset({"format", "register", "number", "previous", "meeting_id", "meeting_date",
                   "title", "kind", "corrects", "content_hash", "pdf_sha256", "pdf_size",
                   "signatures", "entered_at", "timestamp"})


def entry_subject(r: RegisterRecord) -> str:
    """``"register ag 3"``: how a line names a register entry."""
    return f"register {r.register} {r.number}"


def _body(data: bytes) -> dict[str, Any] | None:
    try:
        value = json.loads(data.decode("utf-8"))
    except (ValueError, RecursionError):
        return None
    if not isinstance(value, dict) or set(value) != _KEYS or value["format"] != FORMAT:
        return None
    return value


def _chain_problem(r: RegisterRecord, body: Mapping[str, Any],
                   hashes: Mapping[tuple[str, int], str]) -> bool:
    before = GENESIS if r.number == 1 else hashes.get((r.register, r.number - 1))
    return before is not None and body["previous"] != before


def _signatures(read: ReadMinutes, facts: CertificateFacts) -> object:
    """The signatures as the entry must record them (the content's names)."""
    names = {s.member_id: s.name for s in read.content.signatories} \
        if read.content is not None else {}
    return _in_time_order([
        {"member_id": s.member_id, "name": names.get(s.member_id, str(s.member_id)),
         "role": s.role, "certificate": facts.paths.get(s.certificate, ""),
         "signature": b64(s.signature), "signed_at": s.signed_at.isoformat(timespec="seconds")}
        for s in read.record.signatures])


def _in_time_order(signatures: object) -> object:
    """Signatures by time, then member: the entry lists them in signing order and the
    minutes' data by time, which agree except within one second."""
    if not isinstance(signatures, list) or not all(
            isinstance(s, dict) and isinstance(s.get("signed_at"), str)
            and isinstance(s.get("member_id"), int) for s in signatures):
        return signatures
    return sorted(signatures, key=lambda s: (s["signed_at"], s["member_id"]))


def _matches(read: ReadMinutes, body: Mapping[str, Any], pdf: bytes | None,
             meeting: MeetingData, facts: CertificateFacts) -> list[str]:
    """What the entry says of its minutes that the bundle does not bear out."""
    m = read.record
    wrong = []
    if body["content_hash"] != m.content_hash or read.data is None \
            or sha256_hex(read.data) != body["content_hash"]:
        wrong.append("content_hash")
    size = body["pdf_size"]
    if pdf is None or type(size) is not int or size != m.signed_pdf_size or size > len(pdf) \
            or sha256_hex(pdf[:size]) != body["pdf_sha256"]:
        wrong.append("pdf_sha256")
    if body["meeting_id"] != meeting.meeting.id \
            or body["meeting_date"] != meeting.meeting.on.isoformat():
        wrong.append("meeting")
    if body["kind"] != m.kind:
        wrong.append("kind")
    if _in_time_order(body["signatures"]) != _signatures(read, facts):
        wrong.append("signatures")
    every = bool(m.signatures) and all(s.timestamped for s in m.signatures)
    if body["timestamp"] != ("rfc3161" if every else "local"):
        wrong.append("timestamp")
    return wrong


def check_entry(read: ReadMinutes, files: BundleFiles, meeting: MeetingData,
                facts: CertificateFacts, hashes: Mapping[tuple[str, int], str]
                ) -> list[CheckLine]:
    """One register entry: bytes, signature, chain, and its minutes."""
    r = read.record.register
    assert r is not None
    subject = entry_subject(r)
    if r.path not in files or r.signature_path not in files:
        return [failed(_A, "verify.register.missing", r.path, subject)]
    data, signature = files.read(r.path), files.read(r.signature_path)
    body = _body(data)
    if sha256_hex(data) != r.entry_hash or body is None or not canonical_again(data):
        return [failed(_A, "verify.register.altered", r.path, subject)]
    if body["register"] != r.register or body["number"] != r.number:
        return [failed(_A, "verify.register.misfiled", r.path, subject)]
    key: ec.EllipticCurvePublicKey | None = facts.public_key
    if key is None or not verify_bytes(data, signature, key):
        return [failed(_A, "verify.register.signature", r.signature_path, subject)]
    lines = []
    if _chain_problem(r, body, hashes):
        lines.append(failed(_A, "verify.register.chain", r.path, subject))
    m = read.record
    pdf = files.read(m.pdf) if m.pdf is not None and m.pdf in files else None
    lines += [failed(_A, f"verify.register.{what}", r.path, minutes_subject(m.id),
                     register=r.register, number=r.number)
              for what in _matches(read, body, pdf, meeting, facts)]
    if not lines:
        lines.append(ok(_A, "verify.register.ok", r.path, subject, register=r.register,
                        number=r.number))
    return lines


def check_register(minutes: Iterable[ReadMinutes], files: BundleFiles, meeting: MeetingData,
                   facts: CertificateFacts) -> list[CheckLine]:
    """Every register entry of the meeting's minutes; a signed minutes without one."""
    read = list(minutes)
    hashes = {(m.record.register.register, m.record.register.number): m.record.register.entry_hash
              for m in read if m.record.register is not None}
    lines: list[CheckLine] = []
    for m in read:
        if m.record.register is not None:
            lines += check_entry(m, files, meeting, facts, hashes)
        elif m.record.status.value == "signed":
            lines.append(failed(_A, "verify.register.not_entered", m.record.content or "",
                                minutes_subject(m.record.id)))
    return lines
