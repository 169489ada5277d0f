# SPDX-License-Identifier: GPL-3.0-or-later
"""Results, findings and hand counts read back exactly; mistyped data is refused."""

from __future__ import annotations

import json
from typing import Any

import pytest
from hypothesis import given, settings

from talagov.core.bundle_codec_base import Node
from talagov.core.bundle_model import BundleDataError
from talagov.core.canonical import canonical
from talagov.core.findings import Finding
from talagov.core.tally_codec import (
    finding_from_data,
    finding_to_data,
    hand_count_from_data,
    hand_count_payload,
    hand_count_to_data,
    result_from_data,
    result_to_data,
)
from talagov.core.tally_model import HandCount, TallyResult
from tests.core.bundle_strategies import findings, hand_counts, results


def node(data: dict[str, Any]) -> Node:
    return Node(json.loads(canonical(data)), "poll.result")


@settings(max_examples=100, deadline=None)
@given(results)
def test_a_result_reads_back_exactly(result: TallyResult) -> None:
    assert result_from_data(node(result_to_data(result))) == result


@settings(max_examples=100, deadline=None)
@given(findings)
def test_a_finding_reads_back_exactly_with_its_ratios_and_dates(finding: Finding) -> None:
    assert finding_from_data(node(finding_to_data(finding))) == finding


@settings(max_examples=100, deadline=None)
@given(hand_counts)
def test_a_hand_count_reads_back_exactly(count: HandCount) -> None:
    assert hand_count_from_data(node(hand_count_to_data(count))) == count


def test_the_witness_payload_names_the_poll_definition_and_totals() -> None:
    count = HandCount(5, {"": {"for": 3}}, ("Léa",), "2026-06-30T14:15:00")
    payload = hand_count_payload(count, organisation="ab" * 32, definition_hash="cd" * 32)
    assert payload["format"] == "talagov.hand-count" and payload["counts"] == {"": {"for": 3}}
    assert payload["definition_hash"] == "cd" * 32 and payload["at"] == count.at


@pytest.mark.parametrize(("change", "where"), [
    (lambda d: d.update(adopted=1), "adopted"),
    (lambda d: d.update(weighted=[1]), "weighted"),
    (lambda d: d.update(counts=[{"choice": "for", "votes": 1, "by_channel": {"fax": 1},
                                 "by_college": {}}]), "by_channel.fax"),
    (lambda d: d.update(explanation=[{"code": "x", "severity": "fatal", "source": "",
                                      "params": {}, "field": ""}]), "severity"),
    (lambda d: d.update(explanation=[{"code": "x", "severity": "info", "source": "",
                                      "params": {"p": {"euros": 3}}, "field": ""}]), "params.p"),
    (lambda d: d.pop("base"), "missing ['base']"),
])
def test_a_mistyped_result_is_refused(change: Any, where: str) -> None:
    data = result_to_data(TallyResult(5, (), 0, None, 0))
    change(data)
    with pytest.raises(BundleDataError) as caught:
        result_from_data(Node(data, "poll.result"))
    assert where in caught.value.detail
