# SPDX-License-Identifier: GPL-3.0-or-later
"""The polls file (definitions, settings, hand counts, results, ballot index) reads back
exactly; a definition that would not hash to the same bytes is refused."""

from __future__ import annotations

import json
from typing import Any

import pytest
from hypothesis import given, settings

from talagov.core.bundle_codec_polls import ballot_path, decode_polls, encode_polls
from talagov.core.bundle_model import BundleDataError, PollRecord
from talagov.core.canonical import canonical
from talagov.core.polls import Poll, PollDefinition, PollKind, PollStatus, definition_hash
from tests.core.bundle_strategies import polls

DEFINITION = PollDefinition(
    organisation="ab" * 32, meeting_id=3, meeting_title="AG 2026", meeting_on="2026-06-30",
    item_id=8, number=1, title="Comptes", text="", kind=PollKind.RESOLUTION,
    choices=("for", "against", "abstain"))


def through_json(data: dict[str, Any]) -> Any:
    return json.loads(canonical(data))


@settings(max_examples=80, deadline=None)
@given(polls)
def test_the_polls_read_back_exactly(records: tuple[PollRecord, ...]) -> None:
    assert decode_polls(through_json(encode_polls(records))) == records


def _sample() -> dict[str, Any]:
    poll = Poll(5, 3, 8, PollStatus.CLOSED, DEFINITION, definition_hash(DEFINITION))
    return through_json(encode_polls((PollRecord(poll, None, None, None, None),)))


def _ballot(**change: Any) -> dict[str, Any]:
    fingerprint = "c" * 64
    return {"id": 1, "path": ballot_path(5, fingerprint), "fingerprint": fingerprint,
            "channel": "booth", "received_at": "2026-06-30T14:10:00", "origin": "booth",
            "verdict": "counted", "reason": None, "detail": {}, **change}


@pytest.mark.parametrize(("change", "where"), [
    (lambda p: p["definition"].update(seats=True), "polls[0].definition"),
    (lambda p: p["definition"].update(number="1"), "polls[0].definition"),
    (lambda p: p["definition"].update(extra=1), "polls[0].definition"),
    (lambda p: p["definition"].update(version=2), "polls[0].definition"),
    (lambda p: p.update(definition_hash=""), "polls[0].definition_hash"),
    (lambda p: p.update(status="paused"), "polls[0].status"),
    (lambda p: p.update(hand_count_signature="not base64!"), "hand_count_signature"),
    (lambda p: p["ballots"].append(_ballot(path="ballots/poll-6/" + "c" * 64 + ".json")),
     "ballots[0].path"),
    (lambda p: p["ballots"].append(_ballot(verdict="rejected")), "ballots[0].reason"),
    (lambda p: p["ballots"].append(_ballot(reason="bad_signature")), "ballots[0].reason"),
    (lambda p: p["ballots"].append(_ballot(detail={"x": 1.5})), "ballots[0].detail.x"),
    (lambda p: p["ballots"].extend([_ballot(), _ballot()]), "listed twice"),
    (lambda p: p.update(hand_count={"poll_id": 6, "counts": {}, "scrutineers": [],
                                    "at": "2026-06-30T14:00:00"}), "hand_count.poll_id"),
    (lambda p: p.update(result={"poll_id": 5}), "polls[0].result"),
])
def test_a_wrong_poll_is_refused(change: Any, where: str) -> None:
    data = _sample()
    change(data["polls"][0])
    with pytest.raises(BundleDataError) as caught:
        decode_polls(data)
    assert caught.value.path == "data/polls.json" and where in caught.value.detail


def test_the_same_ballot_file_under_two_polls_is_refused() -> None:
    data = _sample()
    data["polls"][0]["ballots"].append(_ballot())
    data["polls"].append({**data["polls"][0], "id": 6})
    with pytest.raises(BundleDataError):
        decode_polls(data)
