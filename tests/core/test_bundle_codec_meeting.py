# SPDX-License-Identifier: GPL-3.0-or-later
"""The meeting file reads back exactly; inconsistent or mistyped files are refused."""

from __future__ import annotations

import json
from typing import Any

import pytest
from hypothesis import given, settings

from talagov.core.bundle_codec_meeting import decode_meeting, encode_meeting
from talagov.core.bundle_model import BundleDataError, MeetingData
from talagov.core.canonical import canonical
from tests.core.bundle_strategies import meetings


def through_json(data: dict[str, Any]) -> Any:
    return json.loads(canonical(data))


@settings(max_examples=100, deadline=None)
@given(meetings())
def test_the_meeting_reads_back_exactly(data: MeetingData) -> None:
    assert decode_meeting(through_json(encode_meeting(data))) == data


def _sample() -> dict[str, Any]:
    return {
        "format": "talagov.bundle.meeting", "version": 1, "board": False, "body": None,
        "meeting": {
            "id": 3, "title": "AG 2026", "type": "ago", "on": "2026-06-30", "status": "closed",
            "body_id": None, "start_time": "14:00:00", "end_time": None, "place": "",
            "remote_link": "", "convocation": 1, "previous_id": None, "record_date": None,
            "notice_override": "", "opened_at": "2026-06-30T14:02:00",
            "closed_at": "2026-06-30T16:00:00", "chair_member_id": 1, "secretary_name": "",
            "scrutineer_ids": [2], "notes": "", "rule_kind": "ago"},
        "agenda": [{"id": 8, "meeting_id": 3, "position": 0, "kind": "resolution",
                    "title": "Comptes", "text": "", "nature": "ordinary",
                    "presenter": "management", "body_id": None, "seats": 0,
                    "candidate_ids": []}],
        "amendments": [], "documents": [],
    }  # fmt: skip


def test_the_sample_reads() -> None:
    data = decode_meeting(_sample())
    assert data.meeting.chair_member_id == 1 and data.agenda[0].title == "Comptes"
    assert not data.board


@pytest.mark.parametrize(("change", "where"), [
    (lambda d: d["meeting"].update(rule_kind="age"), "meeting.rule_kind"),
    (lambda d: d.update(board=True), "board"),
    (lambda d: d["meeting"].update(convocation=3), "unknown convocation"),
    (lambda d: d["meeting"].update(convocation=True), "meeting.convocation"),
    (lambda d: d["meeting"].update(start_time="2 pm"), "ISO time"),
    (lambda d: d.update(body={"id": 4, "kind": "board", "name": "CA", "seats": 3}), "body"),
    (lambda d: d["agenda"][0].update(kind="motion"), "agenda[0].kind"),
    (lambda d: d["agenda"][0].pop("seats"), "agenda[0]"),
    (lambda d: d["documents"].append({
        "document_id": 1, "title": "", "kind": "report", "filename": "r.pdf",
        "media_type": "application/pdf", "sha256": "0" * 64, "size": 1, "item_id": None,
        "path": "../r.pdf"}), "documents[0].path"),
])
def test_a_wrong_meeting_file_is_refused(change: Any, where: str) -> None:
    data = _sample()
    change(data)
    with pytest.raises(BundleDataError) as caught:
        decode_meeting(data)
    assert caught.value.path == "data/meeting.json" and where in caught.value.detail
