# SPDX-License-Identifier: GPL-3.0-or-later
"""Each poll's definition against the bundle's agenda, meeting and statutes."""

from __future__ import annotations

from typing import Any

from talagov.core import bundle_format as bf
from talagov.core.canonical import digest
from talagov.verifier.lines import poll_subject
from talagov.verifier.report import Status
from tests.verifier.conftest import Tamper, failed_with


def _ago_rule(data: dict[str, Any]) -> dict[str, Any]:
    rule: dict[str, Any] = next(m for m in data["statutes"]["meetings"]
                                if m["kind"] == "ago" and m["convocation"] == 1)
    return rule


def test_statutes_altered_to_another_majority_are_caught(tampered: Tamper) -> None:
    def edit(data: dict[str, Any]) -> None:
        _ago_rule(data)["majority"] = {"base": "cast", "ratio": "2/3", "strict": False}

    result = tampered(lambda r: r.edit_json(bf.ORGANISATION, edit))
    lines = failed_with(result, "verify.polls.majority_differs")
    # Every ordinary poll (both resolutions and the election) was decided by another rule.
    assert {x.subject for x in lines} == {poll_subject(1), poll_subject(2), poll_subject(3)}
    assert lines[0].params["statutes"] == "≥ 2/3 (cast)"


def test_a_definition_rewritten_with_its_hash_no_longer_matches_its_ballots(
        tampered: Tamper) -> None:
    def edit(data: dict[str, Any]) -> None:
        poll = data["polls"][0]
        poll["definition"]["majority"]["strict"] = False
        poll["definition_hash"] = digest(poll["definition"])

    result = tampered(lambda r: r.edit_json(bf.POLLS, edit))
    assert failed_with(result, "verify.polls.majority_differs")
    # Every ballot names the definition it was cast under: now none of them counts.
    assert len(failed_with(result, "verify.ballots.verdict_differs")) >= 5


def test_a_definition_changed_without_its_hash_is_named(tampered: Tamper) -> None:
    result = tampered(lambda r: r.edit_json(
        bf.POLLS, lambda d: d["polls"][1]["definition"].update(title="Autre question")))
    assert [x.subject for x in failed_with(result, "verify.polls.hash_differs")] \
        == [poll_subject(2)]


def test_a_majority_set_for_the_poll_is_reported_not_refused(tampered: Tamper) -> None:
    def edit(data: dict[str, Any]) -> None:
        poll = data["polls"][1]
        poll["definition"]["majority_source"] = "Art. 12 des statuts"
        poll["definition_hash"] = digest(poll["definition"])

    result = tampered(lambda r: r.edit_json(bf.POLLS, edit))
    warned = [x for x in result.lines if x.code == "verify.polls.majority_override"]
    assert warned and warned[0].status is Status.WARNING
    assert not failed_with(result, "verify.polls.majority_differs")
