# SPDX-License-Identifier: GPL-3.0-or-later
"""Codecs of ``data/attendance.json`` (the sheet, its drawn signatures, the quorum
records) and ``data/proxies.json`` (proxies and postal forms)."""

from __future__ import annotations

from typing import Any

from talagov.core import bundle_format as bf
from talagov.core.attendance import AttendanceEntry, AttendanceStatus, Point, Signature, Stroke
from talagov.core.bundle_codec_base import Node, document, header, iso, ratio_data
from talagov.core.bundle_model import AttendanceData, ProxiesData, QuorumRecord
from talagov.core.correspondence import Choice, CorrespondenceForm
from talagov.core.proxies import Proxy
from talagov.core.tally_codec import finding_from_data, finding_to_data

_ENTRY_KEYS = ("member_id", "status", "arrived_at", "left_at", "signature", "note")
_RECORD_KEYS = ("id", "item_id", "at", "met", "base", "present", "remote", "represented",
                "correspondence", "participants", "required", "ratio", "source", "reasons")


# -- data/attendance.json -------------------------------------------------------------


def _entry_data(e: AttendanceEntry) -> dict[str, Any]:
    sig = e.signature
    return {
        "member_id": e.member_id, "status": e.status.value, "arrived_at": iso(e.arrived_at),
        "left_at": iso(e.left_at), "note": e.note,
        "signature": None if sig is None else {
            "strokes": [[list(p) for p in s] for s in sig.strokes],
            "signed_at": iso(sig.signed_at)},
    }  # fmt: skip


def _point(node: Node) -> Point:
    xy = node.ints()
    if len(xy) != 2:
        raise node.fail("[x, y] expected")
    return xy[0], xy[1]


def _stroke(node: Node) -> Stroke:
    return node.each(_point)


def _signature(node: Node) -> Signature:
    node.object(("strokes", "signed_at"))
    return Signature(node["strokes"].each(_stroke), node["signed_at"].datetime())


def _entry(node: Node) -> AttendanceEntry:
    node.object(_ENTRY_KEYS)
    return AttendanceEntry(
        member_id=node["member_id"].integer(), status=node["status"].enum(AttendanceStatus),
        arrived_at=node["arrived_at"].optional(Node.datetime),
        left_at=node["left_at"].optional(Node.datetime),
        signature=node["signature"].optional(_signature), note=node["note"].text(),
    )  # fmt: skip


def _record_data(r: QuorumRecord) -> dict[str, Any]:
    return {
        "id": r.id, "item_id": r.item_id, "at": iso(r.at), "met": r.met, "base": r.base,
        "present": r.present, "remote": r.remote, "represented": r.represented,
        "correspondence": r.correspondence, "participants": r.participants,
        "required": r.required, "ratio": ratio_data(r.ratio), "source": r.source,
        "reasons": [finding_to_data(f) for f in r.reasons],
    }  # fmt: skip


def _record(node: Node) -> QuorumRecord:
    node.object(_RECORD_KEYS)
    n = {k: node[k].integer() for k in ("base", "present", "remote", "represented",
                                        "correspondence", "participants", "required")}
    return QuorumRecord(
        id=node["id"].integer(), item_id=node["item_id"].optional(Node.integer),
        at=node["at"].datetime(), met=node["met"].boolean(), ratio=node["ratio"].ratio(),
        source=node["source"].text(), reasons=node["reasons"].each(finding_from_data), **n,
    )  # fmt: skip


def encode_attendance(data: AttendanceData) -> dict[str, Any]:
    """The object of ``data/attendance.json`` (entries by member, records oldest first)."""
    return {
        **header("attendance"),
        "entries": [_entry_data(e) for e in sorted(data.entries, key=lambda e: e.member_id)],
        "quorum_records": [_record_data(r) for r in data.quorum_records],
    }  # fmt: skip


def decode_attendance(data: object) -> AttendanceData:
    """``data/attendance.json`` back; a member with two entries is refused."""
    node = document(data, bf.ATTENDANCE, "attendance", ("entries", "quorum_records"))
    entries = node["entries"].each(_entry)
    if len({e.member_id for e in entries}) != len(entries):
        raise node["entries"].fail("a member has two entries")
    return AttendanceData(entries, node["quorum_records"].each(_record))


# -- data/proxies.json ----------------------------------------------------------------


def _proxy_data(p: Proxy) -> dict[str, Any]:
    return {"id": p.id, "meeting_id": p.meeting_id, "principal_id": p.principal_id,
            "holder_id": p.holder_id, "received_on": iso(p.received_on),
            "document_id": p.document_id, "note": p.note}  # fmt: skip


def _proxy(node: Node) -> Proxy:
    node.object(("id", "meeting_id", "principal_id", "holder_id", "received_on", "document_id",
                 "note"))
    return Proxy(
        id=node["id"].integer(), meeting_id=node["meeting_id"].integer(),
        principal_id=node["principal_id"].integer(),
        holder_id=node["holder_id"].optional(Node.integer),
        received_on=node["received_on"].date(),
        document_id=node["document_id"].optional(Node.integer), note=node["note"].text(),
    )  # fmt: skip


def _form_data(f: CorrespondenceForm) -> dict[str, Any]:
    return {"id": f.id, "meeting_id": f.meeting_id, "member_id": f.member_id,
            "received_at": iso(f.received_at), "document_id": f.document_id,
            "choices": [[item, choice.value] for item, choice in sorted(f.choices.items())]}


def _choice(node: Node) -> tuple[int, Choice]:
    pair = node.items()
    if len(pair) != 2:
        raise node.fail("[item id, choice] expected")
    return pair[0].integer(), pair[1].enum(Choice)


def _form(node: Node) -> CorrespondenceForm:
    node.object(("id", "meeting_id", "member_id", "received_at", "document_id", "choices"))
    choices = node["choices"].each(_choice)
    if len({item for item, _ in choices}) != len(choices):
        raise node["choices"].fail("an item has two directions")
    return CorrespondenceForm(
        id=node["id"].integer(), meeting_id=node["meeting_id"].integer(),
        member_id=node["member_id"].integer(), received_at=node["received_at"].datetime(),
        choices=dict(choices), document_id=node["document_id"].optional(Node.integer),
    )  # fmt: skip


def encode_proxies(data: ProxiesData) -> dict[str, Any]:
    """The object of ``data/proxies.json`` (in the order received, as decided)."""
    return {**header("proxies"), "proxies": [_proxy_data(p) for p in data.proxies],
            "forms": [_form_data(f) for f in data.forms]}


def decode_proxies(data: object) -> ProxiesData:
    """``data/proxies.json`` back."""
    node = document(data, bf.PROXIES, "proxies", ("proxies", "forms"))
    return ProxiesData(node["proxies"].each(_proxy), node["forms"].each(_form))
