# SPDX-License-Identifier: GPL-3.0-or-later
"""Codec of ``data/meeting.json``: the meeting, its body, agenda, amendments and the
library documents attached to it.

``rule_kind`` and ``board`` are written for the human reader; they follow from the
meeting's type and body, and a file where they disagree is refused.
"""

from __future__ import annotations

from datetime import time
from typing import Any

from talagov.core import bundle_format as bf
from talagov.core.agenda import AgendaItem, Amendment, ItemKind, Presenter, ResolutionNature
from talagov.core.bundle_codec_base import Node, document, header, iso
from talagov.core.bundle_model import DocumentEntry, MeetingData
from talagov.core.library import DocumentKind
from talagov.core.mandates import Body, BodyKind
from talagov.core.meetings import Meeting, MeetingStatus, MeetingType
from talagov.core.statutes import Convocation

_MEETING_KEYS = ("id", "title", "type", "on", "status", "body_id", "start_time", "end_time",
                 "place", "remote_link", "convocation", "previous_id", "record_date",
                 "notice_override", "opened_at", "closed_at", "chair_member_id",
                 "secretary_name", "scrutineer_ids", "notes", "rule_kind")
_ITEM_KEYS = ("id", "meeting_id", "position", "kind", "title", "text", "nature", "presenter",
              "body_id", "seats", "candidate_ids")
_DOC_KEYS = ("document_id", "title", "kind", "filename", "media_type", "sha256", "size",
             "item_id", "path")


def _meeting_data(m: Meeting) -> dict[str, Any]:
    return {
        "id": m.id, "title": m.title, "type": m.type.value, "on": iso(m.on),
        "status": m.status.value, "body_id": m.body_id, "start_time": iso_time(m.start_time),
        "end_time": iso_time(m.end_time), "place": m.place, "remote_link": m.remote_link,
        "convocation": int(m.convocation), "previous_id": m.previous_id,
        "record_date": iso(m.record_date), "notice_override": m.notice_override,
        "opened_at": iso(m.opened_at), "closed_at": iso(m.closed_at),
        "chair_member_id": m.chair_member_id, "secretary_name": m.secretary_name,
        "scrutineer_ids": list(m.scrutineer_ids), "notes": m.notes,
        "rule_kind": m.rule_kind.value,
    }  # fmt: skip


def iso_time(value: time | None) -> str | None:
    """A time of day as ISO text (``14:30:00``)."""
    return None if value is None else value.isoformat()


def _time(node: Node) -> time:
    text = node.text()
    try:
        return time.fromisoformat(text)
    except ValueError:
        raise node.fail(f"ISO time expected, not {text!r}") from None


def _opt_int(node: Node) -> int | None:
    return node.optional(Node.integer)


def _convocation(node: Node) -> Convocation:
    value = node.integer(1)
    try:
        return Convocation(value)
    except ValueError:
        raise node.fail(f"unknown convocation {value}") from None


def _meeting(node: Node) -> Meeting:
    node.object(_MEETING_KEYS)
    meeting = Meeting(
        id=node["id"].integer(), title=node["title"].text(), type=node["type"].enum(MeetingType),
        on=node["on"].date(), status=node["status"].enum(MeetingStatus),
        body_id=_opt_int(node["body_id"]), start_time=node["start_time"].optional(_time),
        end_time=node["end_time"].optional(_time), place=node["place"].text(),
        remote_link=node["remote_link"].text(), convocation=_convocation(node["convocation"]),
        previous_id=_opt_int(node["previous_id"]),
        record_date=node["record_date"].optional(Node.date),
        notice_override=node["notice_override"].text(),
        opened_at=node["opened_at"].optional(Node.datetime),
        closed_at=node["closed_at"].optional(Node.datetime),
        chair_member_id=_opt_int(node["chair_member_id"]),
        secretary_name=node["secretary_name"].text(),
        scrutineer_ids=node["scrutineer_ids"].ints(), notes=node["notes"].text(),
    )  # fmt: skip
    if node["rule_kind"].value != meeting.rule_kind.value:
        raise node["rule_kind"].fail(f"{meeting.rule_kind.value!r} expected for this type")
    return meeting


def _item_data(i: AgendaItem) -> dict[str, Any]:
    return {"id": i.id, "meeting_id": i.meeting_id, "position": i.position, "kind": i.kind.value,
            "title": i.title, "text": i.text, "nature": i.nature.value,
            "presenter": i.presenter.value, "body_id": i.body_id, "seats": i.seats,
            "candidate_ids": list(i.candidate_ids)}  # fmt: skip


def _item(node: Node) -> AgendaItem:
    node.object(_ITEM_KEYS)
    return AgendaItem(
        id=node["id"].integer(), meeting_id=node["meeting_id"].integer(),
        position=node["position"].integer(), kind=node["kind"].enum(ItemKind),
        title=node["title"].text(), text=node["text"].text(),
        nature=node["nature"].enum(ResolutionNature),
        presenter=node["presenter"].enum(Presenter), body_id=_opt_int(node["body_id"]),
        seats=node["seats"].integer(), candidate_ids=node["candidate_ids"].ints(),
    )  # fmt: skip


def _amendment(node: Node) -> Amendment:
    node.object(("id", "meeting_id", "at", "description", "reason"))
    at = node["at"]
    at.datetime()
    return Amendment(node["id"].integer(), node["meeting_id"].integer(), at.text(),
                     node["description"].text(), node["reason"].text())


def _document_data(d: DocumentEntry) -> dict[str, Any]:
    return {"document_id": d.document_id, "title": d.title, "kind": d.kind.value,
            "filename": d.filename, "media_type": d.media_type, "sha256": d.sha256,
            "size": d.size, "item_id": d.item_id, "path": d.path}  # fmt: skip


def _document(node: Node) -> DocumentEntry:
    node.object(_DOC_KEYS)
    path = node["path"].text()
    if not (path.startswith(bf.DOCUMENTS_DIR) and bf.safe_name(path)):
        raise node["path"].fail(f"a member under {bf.DOCUMENTS_DIR} expected")
    return DocumentEntry(
        document_id=node["document_id"].integer(), title=node["title"].text(),
        kind=node["kind"].enum(DocumentKind), filename=node["filename"].text(),
        media_type=node["media_type"].text(), sha256=node["sha256"].hex64(),
        size=node["size"].integer(), item_id=_opt_int(node["item_id"]), path=path,
    )  # fmt: skip


def _body(node: Node) -> Body:
    node.object(("id", "kind", "name", "seats"))
    return Body(node["id"].integer(), node["kind"].enum(BodyKind), node["name"].text(),
                node["seats"].integer())


def encode_meeting(data: MeetingData) -> dict[str, Any]:
    """The object of ``data/meeting.json`` (agenda in order, documents by path)."""
    body = data.body
    return {
        **header("meeting"), "meeting": _meeting_data(data.meeting), "board": data.board,
        "body": None if body is None else {"id": body.id, "kind": body.kind.value,
                                           "name": body.name, "seats": body.seats},
        "agenda": [_item_data(i) for i in sorted(data.agenda, key=lambda i: (i.position, i.id))],
        "amendments": [{"id": a.id, "meeting_id": a.meeting_id, "at": a.at,
                        "description": a.description, "reason": a.reason}
                       for a in data.amendments],
        "documents": [_document_data(d) for d in sorted(data.documents, key=lambda d: d.path)],
    }  # fmt: skip


def decode_meeting(data: object) -> MeetingData:
    """``data/meeting.json`` back; a body that is not the meeting's is refused."""
    node = document(data, bf.MEETING, "meeting",
                    ("meeting", "board", "body", "agenda", "amendments", "documents"))
    meeting = _meeting(node["meeting"])
    body = node["body"].optional(_body)
    if (body.id if body is not None else None) != meeting.body_id:
        raise node["body"].fail("the body of the meeting expected")
    result = MeetingData(meeting, body, node["agenda"].each(_item),
                         node["amendments"].each(_amendment), node["documents"].each(_document))
    if node["board"].boolean() != result.board:
        raise node["board"].fail("true exactly for a meeting of a body")
    return result
