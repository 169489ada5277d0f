# SPDX-License-Identifier: GPL-3.0-or-later
"""The recorded quorums recomputed from the attendance sheet."""

from __future__ import annotations

from typing import Any

from talagov.core import bundle_format as bf
from tests.verifier.conftest import Tamper, failed_with


def _entry(data: dict[str, Any], member_id: int) -> dict[str, Any]:
    entry: dict[str, Any] = next(e for e in data["entries"] if e["member_id"] == member_id)
    return entry


def test_an_altered_attendance_changes_the_quorum(tampered: Tamper) -> None:
    def edit(data: dict[str, Any]) -> None:
        entry = _entry(data, 2)
        entry["status"], entry["arrived_at"] = "absent", None

    result = tampered(lambda r: r.edit_json(bf.ATTENDANCE, edit))
    differs = failed_with(result, "verify.quorum.differs")
    assert {x.params["field"] for x in differs} >= {"present", "participants"}
    present = next(x for x in differs if x.params["field"] == "present")
    assert (present.params["recorded"], present.params["computed"]) == ("3", "2")
    assert {x.subject for x in differs} == {f"quorum {i}" for i in (1, 2, 3, 4)}
    # The minutes report the attendance of the sheet they were signed with.
    assert failed_with(result, "verify.minutes.attendance_differs")


def test_a_recorded_quorum_rewritten_is_caught(tampered: Tamper) -> None:
    def edit(data: dict[str, Any]) -> None:
        record = data["quorum_records"][0]
        record["required"], record["participants"] = 6, 6

    result = tampered(lambda r: r.edit_json(bf.ATTENDANCE, edit))
    fields = {x.params["field"] for x in failed_with(result, "verify.quorum.differs")}
    assert fields == {"required", "participants"}


def test_a_poll_naming_another_item_s_quorum_is_caught(tampered: Tamper) -> None:
    def edit(data: dict[str, Any]) -> None:
        data["polls"][0]["quorum_record_id"] = 1  # the session's, not its item's

    result = tampered(lambda r: r.edit_json(bf.POLLS, edit))
    assert failed_with(result, "verify.quorum.poll_link")
