# SPDX-License-Identifier: GPL-3.0-or-later
"""The recorded results and the hand count against the recount."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from talagov.core import bundle_format as bf
from talagov.verifier.api import verify_bundle
from talagov.verifier.check_tally import compare
from talagov.verifier.lines import poll_subject
from talagov.verifier.report import Status
from tests.verifier.conftest import Tamper, failed_with
from tests.verifier.meeting_setup import ExportedMeeting


def _result(data: dict[str, Any], index: int) -> dict[str, Any]:
    result: dict[str, Any] = data["polls"][index]["result"]
    return result


def test_an_altered_tally_is_named_choice_by_choice(tampered: Tamper) -> None:
    def edit(data: dict[str, Any]) -> None:
        counts = _result(data, 0)["counts"]
        counts[0]["votes"], counts[1]["votes"] = 2, 3  # for and against swapped

    result = tampered(lambda r: r.edit_json(bf.POLLS, edit))
    lines = failed_with(result, "verify.tally.votes_differ")
    assert {(x.params["choice"], x.params["recorded"], x.params["computed"]) for x in lines} \
        == {("for", 2, 3), ("against", 3, 2)}
    assert {x.subject for x in lines} == {poll_subject(1)}


def test_a_decision_turned_over_is_named(tampered: Tamper) -> None:
    result = tampered(lambda r: r.edit_json(
        bf.POLLS, lambda d: _result(d, 0).update(adopted=False)))
    [line] = failed_with(result, "verify.tally.adoption_differs")
    assert (line.params["recorded"], line.params["computed"]) == (False, True)


def test_a_hand_count_changed_after_closing_loses_its_witness_signature(tampered: Tamper) -> None:
    def edit(data: dict[str, Any]) -> None:
        data["polls"][1]["hand_count"]["counts"][""]["for"] = 2

    result = tampered(lambda r: r.edit_json(bf.POLLS, edit))
    assert [x.subject for x in failed_with(result, "verify.tally.hand_count_signature")] \
        == [poll_subject(2)]


def test_compare_names_every_field_that_differs(exported: ExportedMeeting) -> None:
    contents = verify_bundle(exported.bundle).contents
    recorded = contents.polls[0].result
    assert compare(1, recorded, recorded) == []
    other = replace(recorded, base=recorded.base + 1, casting_vote_used=True)
    lines = compare(1, recorded, other)
    assert {x.params["field"] for x in lines} == {"base", "casting_vote_used"}
    assert all(x.status is Status.FAILED for x in lines)


def test_a_poll_closed_without_result_fails(tampered: Tamper) -> None:
    result = tampered(lambda r: r.edit_json(bf.POLLS, lambda d: d["polls"][2].update(result=None)))
    assert failed_with(result, "verify.tally.not_recorded")
