# SPDX-License-Identifier: GPL-3.0-or-later
"""The recorded result of a poll (:class:`~talagov.core.tally.TallyResult`), its findings
and its hand count as plain JSON data: stored on the poll at closing, and archived in
the bundle's ``data/polls.json`` (docs/bundle-format.md § polls).

Reading is strict (:mod:`talagov.core.bundle_codec_base`): exact keys and types, so an
archived result is read back exactly or refused with a
:class:`~talagov.core.bundle_model.BundleDataError` naming the place.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from datetime import date
from typing import Any

from talagov.core.ballots import Channel
from talagov.core.bundle_codec_base import Node
from talagov.core.findings import Finding, Severity
from talagov.core.ratio import Ratio
from talagov.core.tally_model import (
    ChoiceCount,
    CollegeResult,
    ElectionResult,
    HandCount,
    TallyResult,
)

HAND_COUNT_FORMAT = "talagov.hand-count"
HAND_COUNT_VERSION = 1
_FINDING_KEYS = ("code", "severity", "source", "params", "field")


# -- findings --------------------------------------------------------------------------


def stored_text(data: Mapping[str, Any]) -> str:
    """The JSON text the database stores for a closed poll's result or setting (keys
    sorted, UTF-8 as is): the poll's closing entry in the journal hashes it, and an
    archive's verifier rebuilds it from the decoded values to compare."""
    return json.dumps(data, ensure_ascii=False, sort_keys=True)


def _param(value: Any) -> Any:
    # Finding parameters are ints, strings, dates or ratios: tag the last two.
    if isinstance(value, Ratio):
        return {"ratio": [value.num, value.den]}
    if isinstance(value, date):
        return {"date": value.isoformat()}
    if isinstance(value, tuple):
        return list(value)
    return value


def _scalar(node: Node) -> Any:
    value = node.value
    if value is None or isinstance(value, (str, bool)):
        return value
    return node.integer(None)


def _unparam(node: Node) -> Any:
    value = node.value
    if isinstance(value, dict):
        if set(value) == {"ratio"}:
            return node["ratio"].ratio()
        if set(value) == {"date"}:
            return node["date"].date()
        raise node.fail("a tagged ratio or date expected")
    if isinstance(value, list):
        return [_scalar(n) for n in node.items()]
    return _scalar(node)


def finding_to_data(finding: Finding) -> dict[str, Any]:
    """One finding as JSON data (ratios and dates tagged)."""
    return {"code": finding.code, "severity": finding.severity.value, "source": finding.source,
            "params": {k: _param(v) for k, v in finding.params.items()},
            "field": finding.field}  # fmt: skip


def finding_from_data(node: Node) -> Finding:
    """A finding back from :func:`finding_to_data` data."""
    node.object(_FINDING_KEYS)
    return Finding(node["code"].text(), node["severity"].enum(Severity), node["source"].text(),
                   {k: _unparam(v) for k, v in node["params"].mapping()},
                   node["field"].text())  # fmt: skip


# -- the result ------------------------------------------------------------------------


def _pair(value: tuple[int, int] | None) -> list[int] | None:
    return [value[0], value[1]] if value is not None else None


def _counts(node: Node) -> dict[str, int]:
    return {k: v.integer() for k, v in node.mapping()}


def result_to_data(result: TallyResult) -> dict[str, Any]:
    """The whole tally as JSON data (what closing a poll stores and the bundle archives)."""
    election = result.election
    return {
        "poll_id": result.poll_id, "total_votes": result.total_votes,
        "adopted": result.adopted, "base": result.base, "weighted": _pair(result.weighted),
        "casting_vote_used": result.casting_vote_used,
        "counts": [{"choice": c.choice, "votes": c.votes,
                    "by_channel": {k.value: n for k, n in c.by_channel.items()},
                    "by_college": dict(c.by_college)} for c in result.counts],
        "colleges": [{"key": c.key, "name": c.name, "votes": dict(c.votes), "base": c.base,
                      "share": _pair(c.share), "weight": _pair(c.weight), "empty": c.empty}
                     for c in result.colleges],
        "election": None if election is None else {
            "ranking": [[c, n] for c, n in election.ranking], "elected": list(election.elected),
            "tied": list(election.tied), "seats_unfilled": election.seats_unfilled},
        "explanation": [finding_to_data(f) for f in result.explanation],
    }  # fmt: skip


def _choice_count(node: Node) -> ChoiceCount:
    node.object(("choice", "votes", "by_channel", "by_college"))
    channels = {}
    for key, value in node["by_channel"].mapping():
        channels[Node(key, value.member, value.where).enum(Channel)] = value.integer()
    return ChoiceCount(node["choice"].text(), node["votes"].integer(), channels,
                       _counts(node["by_college"]))


def _college(node: Node) -> CollegeResult:
    node.object(("key", "name", "votes", "base", "share", "weight", "empty"))
    return CollegeResult(node["key"].text(), node["name"].text(), _counts(node["votes"]),
                         node["base"].integer(), node["share"].pair(), node["weight"].pair(),
                         node["empty"].boolean())  # fmt: skip


def _ranked(node: Node) -> tuple[str, int]:
    pair = node.items()
    if len(pair) != 2:
        raise node.fail("[choice, votes] expected")
    return pair[0].text(), pair[1].integer()


def _election(node: Node) -> ElectionResult:
    node.object(("ranking", "elected", "tied", "seats_unfilled"))
    return ElectionResult(node["ranking"].each(_ranked), node["elected"].texts(),
                          node["tied"].texts(), node["seats_unfilled"].integer())


def _adopted(node: Node) -> bool | None:
    return node.optional(Node.boolean)


def result_from_data(node: Node) -> TallyResult:
    """A tally back from :func:`result_to_data` data.

    Raises:
        BundleDataError: a missing, unexpected or mistyped key.
    """
    node.object(("poll_id", "total_votes", "adopted", "base", "weighted", "casting_vote_used",
                 "counts", "colleges", "election", "explanation"))
    return TallyResult(
        poll_id=node["poll_id"].integer(), counts=node["counts"].each(_choice_count),
        total_votes=node["total_votes"].integer(), adopted=_adopted(node["adopted"]),
        base=node["base"].integer(), colleges=node["colleges"].each(_college),
        weighted=node["weighted"].optional(Node.pair),
        election=node["election"].optional(_election),
        casting_vote_used=node["casting_vote_used"].boolean(),
        explanation=node["explanation"].each(finding_from_data),
    )  # fmt: skip


# -- the hand count --------------------------------------------------------------------


def hand_count_to_data(count: HandCount) -> dict[str, Any]:
    """A hand count's totals, scrutineers and time as JSON data."""
    return {"poll_id": count.poll_id,
            "counts": {k: dict(sorted(v.items())) for k, v in sorted(count.counts.items())},
            "scrutineers": list(count.scrutineers), "at": count.at}  # fmt: skip


def hand_count_from_data(node: Node) -> HandCount:
    """A hand count back from :func:`hand_count_to_data` data."""
    node.object(("poll_id", "counts", "scrutineers", "at"))
    counts: dict[str, Mapping[str, int]] = {k: _counts(v) for k, v in node["counts"].mapping()}
    at = node["at"]
    at.datetime()  # checked, kept as the text that was signed
    return HandCount(node["poll_id"].integer(), counts, node["scrutineers"].texts(), at.text())


def hand_count_payload(count: HandCount, *, organisation: str,
                       definition_hash: str) -> dict[str, Any]:
    """What the organisation key signs as witness of a hand count (canonical JSON)."""
    return {
        "format": HAND_COUNT_FORMAT, "version": HAND_COUNT_VERSION,
        "organisation": organisation, "poll_id": count.poll_id,
        "definition_hash": definition_hash,
        "counts": {k: dict(v) for k, v in count.counts.items()},
        "scrutineers": list(count.scrutineers), "at": count.at,
    }  # fmt: skip
