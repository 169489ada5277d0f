# SPDX-License-Identifier: GPL-3.0-or-later
"""What the minutes say of the votes and the attendance, against the record."""

from __future__ import annotations

import json
from dataclasses import replace
from typing import Any

import pytest

from talagov.core.bundle_model import BundleContents
from talagov.core.minutes_codec import from_data
from talagov.core.minutes_content import Attendance, MinutesContent
from talagov.core.tally_model import TallyResult
from talagov.verifier.api import verify_bundle
from talagov.verifier.check_minutes_facts import attendance_counts, check_facts, expected_quorum_met
from talagov.verifier.report import Status
from talagov.verifier.session_record import SessionRecord, session_record
from tests.verifier.meeting_setup import ExportedMeeting
from tests.verifier.tamper import Rewrite


@pytest.fixture(scope="module")
def facts(exported: ExportedMeeting) -> tuple[MinutesContent, SessionRecord,
                                              dict[int, TallyResult]]:
    contents = verify_bundle(exported.bundle).contents
    assert isinstance(contents, BundleContents)
    data: Any = json.loads(Rewrite.of(exported.bundle, exported.assembly.org_key)
                           .members["minutes/1.content.json"])
    results = {r.poll.item_id: r.result for r in contents.polls if r.result is not None}
    return from_data(data), session_record(contents), results


def _codes(content: MinutesContent, facts: Any) -> list[str]:
    _, session, results = facts
    return [x.code for x in check_facts(1, "minutes/1.content.json", content, session, results)
            if x.status is Status.FAILED]


def test_the_signed_minutes_report_the_record(facts: Any) -> None:
    content, session, results = facts
    lines = check_facts(1, "minutes/1.content.json", content, session, results)
    assert [x.code for x in lines] == ["verify.minutes.facts_ok"]
    assert lines[0].params["votes"] == 3


def test_attendance_counts_follow_the_summary_s_layout(facts: Any) -> None:
    content, session, _ = facts
    # voters, present, remote, represented, postal, excused, absent
    assert attendance_counts(session) == [6, 3, 0, 1, 1, 0, 1]
    assert [n for _, n in content.generated.attendance.lines] == attendance_counts(session)
    assert expected_quorum_met(session) is True


def test_other_votes_or_another_decision_are_named(facts: Any) -> None:
    content = facts[0]
    first = content.items[0]
    assert first.vote is not None
    altered = replace(first, vote=replace(first.vote, choices=((first.vote.choices[0][0], 9),
                                                               *first.vote.choices[1:])))
    assert _codes(replace(content, items=(altered, *content.items[1:])), facts) \
        == ["verify.minutes.votes_differ"]
    turned = replace(first, vote=replace(first.vote, adopted=False))
    assert _codes(replace(content, items=(turned, *content.items[1:])), facts) \
        == ["verify.minutes.decision_differs"]


def test_another_attendance_or_quorum_is_named(facts: Any) -> None:
    content = facts[0]
    g = content.generated
    lines = ((g.attendance.lines[0][0], 7), *g.attendance.lines[1:])
    other = replace(content, generated=replace(g, attendance=Attendance(
        lines, g.attendance.quorum, g.attendance.quorum_met)))
    assert _codes(other, facts) == ["verify.minutes.attendance_differs"]
    no_quorum = replace(content, generated=replace(g, attendance=replace(
        g.attendance, quorum_met=False)))
    assert _codes(no_quorum, facts) == ["verify.minutes.quorum_differs"]
