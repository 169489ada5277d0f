# SPDX-License-Identifier: GPL-3.0-or-later
"""Attendance (with drawn signatures and quorum records) and proxies read back exactly."""

from __future__ import annotations

import json
from typing import Any

import pytest
from hypothesis import given, settings

from talagov.core.bundle_codec_session import (
    decode_attendance,
    decode_proxies,
    encode_attendance,
    encode_proxies,
)
from talagov.core.bundle_model import AttendanceData, BundleDataError, ProxiesData
from talagov.core.canonical import canonical
from tests.core.bundle_strategies import attendances, proxies


def through_json(data: dict[str, Any]) -> Any:
    return json.loads(canonical(data))


@settings(max_examples=100, deadline=None)
@given(attendances)
def test_the_attendance_reads_back_exactly(data: AttendanceData) -> None:
    assert decode_attendance(through_json(encode_attendance(data))) == data


@settings(max_examples=100, deadline=None)
@given(proxies)
def test_the_proxies_and_postal_forms_read_back_exactly(data: ProxiesData) -> None:
    assert decode_proxies(through_json(encode_proxies(data))) == data


def _entry(**change: Any) -> dict[str, Any]:
    return {"member_id": 4, "status": "present", "arrived_at": "2026-06-30T14:00:00",
            "left_at": None, "note": "",
            "signature": {"strokes": [[[1, 2], [3, 4]]], "signed_at": "2026-06-30T14:00:00"},
            **change}


@pytest.mark.parametrize(("entries", "where"), [
    ([_entry(), _entry()], "two entries"),
    ([_entry(status="here")], "entries[0].status"),
    ([_entry(signature={"strokes": [[[1, 2, 3]]], "signed_at": "2026-06-30T14:00:00"})],
     "strokes[0][0]"),
    ([_entry(signature={"strokes": [[[1, "2"]]], "signed_at": "2026-06-30T14:00:00"})],
     "strokes[0][0][1]"),
    ([_entry(arrived_at=1)], "entries[0].arrived_at"),
])
def test_a_wrong_attendance_file_is_refused(entries: list[Any], where: str) -> None:
    data = {"format": "talagov.bundle.attendance", "version": 1, "entries": entries,
            "quorum_records": []}
    with pytest.raises(BundleDataError) as caught:
        decode_attendance(data)
    assert caught.value.path == "data/attendance.json" and where in caught.value.detail


def test_a_quorum_record_must_carry_its_rule_as_a_ratio() -> None:
    record = {"id": 1, "item_id": None, "at": "2026-06-30T14:05:00", "met": True, "base": 10,
              "present": 6, "remote": 0, "represented": 0, "correspondence": 0,
              "participants": 6, "required": 5, "ratio": "1/2", "source": "", "reasons": []}
    data = {"format": "talagov.bundle.attendance", "version": 1, "entries": [],
            "quorum_records": [record]}
    with pytest.raises(BundleDataError, match=r"quorum_records\[0\]\.ratio"):
        decode_attendance(data)
    record["ratio"] = [1, 2]
    record["met"] = 1
    with pytest.raises(BundleDataError, match=r"quorum_records\[0\]\.met: boolean expected"):
        decode_attendance(data)


def test_a_postal_form_giving_two_directions_on_one_item_is_refused() -> None:
    form = {"id": 1, "meeting_id": 3, "member_id": 4, "received_at": "2026-06-20T09:00:00",
            "document_id": None, "choices": [[8, "for"], [8, "against"]]}
    data = {"format": "talagov.bundle.proxies", "version": 1, "proxies": [], "forms": [form]}
    with pytest.raises(BundleDataError, match="two directions"):
        decode_proxies(data)
    form["choices"] = [[8, "maybe"]]
    with pytest.raises(BundleDataError, match="unknown Choice"):
        decode_proxies(data)
