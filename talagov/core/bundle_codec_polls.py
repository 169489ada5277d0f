# SPDX-License-Identifier: GPL-3.0-or-later
"""Codec of ``data/polls.json``: every poll that was opened, with its definition
(:meth:`~talagov.core.polls.PollDefinition.payload`) and hash, window, frozen setting,
hand count and witness signature, recorded result and ballot index.

The definition reader of :mod:`talagov.core.polls` converts leniently, so a decoded
definition must write back to the very same canonical JSON (what its hash covers).
"""

from __future__ import annotations

import re
from datetime import datetime
from typing import Any

from talagov.core import bundle_format as bf
from talagov.core.ballot_check import RejectReason, Verdict
from talagov.core.ballots import Channel
from talagov.core.bundle_codec_base import MAX_INT, Node, b64, document, header, iso
from talagov.core.bundle_model import BallotEntry, PollRecord
from talagov.core.canonical import canonical
from talagov.core.poll_setting_codec import setting_from_data, setting_to_data
from talagov.core.polls import Poll, PollDefinition, PollStatus
from talagov.core.tally_codec import (
    hand_count_from_data,
    hand_count_to_data,
    result_from_data,
    result_to_data,
)

_POLL_KEYS = ("id", "meeting_id", "item_id", "status", "definition", "definition_hash",
              "opened_at", "closed_at", "quorum_record_id", "setting", "hand_count",
              "hand_count_signature", "result", "ballots")
_BALLOT_KEYS = ("id", "path", "fingerprint", "channel", "received_at", "origin", "verdict",
                "reason", "detail")


def ballot_path(poll_id: int, fingerprint: str) -> str:
    """The member holding one ballot file."""
    return f"{bf.BALLOTS}poll-{poll_id}/{fingerprint}.json"


def _ballot_data(b: BallotEntry) -> dict[str, Any]:
    return {"id": b.id, "path": b.path, "fingerprint": b.fingerprint,
            "channel": b.channel.value, "received_at": iso(b.received_at), "origin": b.origin,
            "verdict": b.verdict.value, "reason": None if b.reason is None else b.reason.value,
            "detail": dict(sorted(b.detail.items()))}  # fmt: skip


def _detail_value(node: Node) -> object:
    value = node.value
    if value is None or isinstance(value, (str, bool)):
        return value
    return node.integer(None)


_BALLOT_KEY_SET = frozenset(_BALLOT_KEYS)
_HEX64 = re.compile(r"[0-9a-f]{64}")


def _plain_int(value: object) -> bool:
    return type(value) is int and abs(value) <= MAX_INT


def _ballot_as_written(value: object, poll_id: int) -> BallotEntry | None:
    """A ballot entry read directly, when it is exactly as TalaGov writes it; ``None``
    for anything else, which :func:`_ballot` then reads (and refuses) with the place
    of the problem. An index lists thousands of ballots: this is the path they take.
    It accepts nothing that :func:`_ballot` refuses and gives the same entry."""
    if type(value) is not dict or value.keys() != _BALLOT_KEY_SET:
        return None
    ballot_id, fingerprint, received = value["id"], value["fingerprint"], value["received_at"]
    verdict, reason, detail = value["verdict"], value["reason"], value["detail"]
    origin, channel = value["origin"], value["channel"]
    if not (_plain_int(ballot_id) and ballot_id >= 0 and type(fingerprint) is str
            and _HEX64.fullmatch(fingerprint) and type(origin) is str
            and type(received) is str and "T" in received and type(detail) is dict
            and value["path"] == ballot_path(poll_id, fingerprint)
            and all(v is None or type(v) in (str, bool) or _plain_int(v)
                    for v in detail.values())):
        return None
    try:
        verdict_value = Verdict(verdict) if type(verdict) is str else None
        reason_value = RejectReason(reason) if type(reason) is str else None
        channel_value = Channel(channel) if type(channel) is str else None
        at = datetime.fromisoformat(received)
    except ValueError:
        return None
    if verdict_value is None or channel_value is None \
            or (reason is not None and reason_value is None) \
            or (verdict_value is Verdict.REJECTED) != (reason_value is not None):
        return None
    return BallotEntry(id=ballot_id, path=value["path"], fingerprint=fingerprint,
                       channel=channel_value, received_at=at, origin=origin,
                       verdict=verdict_value, reason=reason_value, detail=dict(detail))


def _ballot(node: Node, poll_id: int) -> BallotEntry:
    fast = _ballot_as_written(node.value, poll_id)
    if fast is not None:
        return fast
    node.object(_BALLOT_KEYS)
    fingerprint = node["fingerprint"].hex64()
    path = node["path"].text()
    if path != ballot_path(poll_id, fingerprint):
        raise node["path"].fail(f"{ballot_path(poll_id, fingerprint)!r} expected")
    verdict = node["verdict"].enum(Verdict)
    reason = node["reason"].optional(lambda n: n.enum(RejectReason))
    if (verdict is Verdict.REJECTED) != (reason is not None):
        raise node["reason"].fail("a reason is given exactly for a rejected ballot")
    return BallotEntry(
        id=node["id"].integer(), path=path, fingerprint=fingerprint,
        channel=node["channel"].enum(Channel), received_at=node["received_at"].datetime(),
        origin=node["origin"].text(), verdict=verdict, reason=reason,
        detail={k: _detail_value(v) for k, v in node["detail"].mapping()},
    )  # fmt: skip


def _poll_data(r: PollRecord) -> dict[str, Any]:
    p = r.poll
    return {
        "id": p.id, "meeting_id": p.meeting_id, "item_id": p.item_id, "status": p.status.value,
        "definition": p.definition.payload(), "definition_hash": p.definition_hash,
        "opened_at": iso(p.opened_at), "closed_at": iso(p.closed_at),
        "quorum_record_id": p.quorum_record_id,
        "setting": None if r.setting is None else setting_to_data(r.setting),
        "hand_count": None if r.hand_count is None else hand_count_to_data(r.hand_count),
        "hand_count_signature": None if r.hand_count_signature is None
        else b64(r.hand_count_signature),
        "result": None if r.result is None else result_to_data(r.result),
        "ballots": [_ballot_data(b) for b in sorted(r.ballots, key=lambda b: b.id)],
    }  # fmt: skip


def _definition(node: Node) -> PollDefinition:
    raw = node.value
    if not isinstance(raw, dict):
        raise node.fail("object expected")
    try:
        definition = PollDefinition.from_payload(raw)
        same = canonical(definition.payload()) == canonical(raw)
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise node.fail(f"not a poll definition of this version ({exc})") from None
    if not same:
        raise node.fail("not exactly a poll definition (a key or a type differs)")
    return definition


def _poll(node: Node) -> PollRecord:
    node.object(_POLL_KEYS)
    poll_id = node["id"].integer()
    poll = Poll(
        id=poll_id, meeting_id=node["meeting_id"].integer(), item_id=node["item_id"].integer(),
        status=node["status"].enum(PollStatus), definition=_definition(node["definition"]),
        definition_hash=node["definition_hash"].hex64(),
        opened_at=node["opened_at"].optional(Node.datetime),
        closed_at=node["closed_at"].optional(Node.datetime),
        quorum_record_id=node["quorum_record_id"].optional(Node.integer),
    )  # fmt: skip
    hand = node["hand_count"].optional(hand_count_from_data)
    if hand is not None and hand.poll_id != poll_id:
        raise node["hand_count"]["poll_id"].fail(f"{poll_id} expected")
    ballots = tuple(_ballot(b, poll_id) for b in node["ballots"].items())
    if len({b.id for b in ballots}) != len(ballots):
        raise node["ballots"].fail("a ballot is listed twice")
    return PollRecord(
        poll=poll, setting=node["setting"].optional(setting_from_data), hand_count=hand,
        hand_count_signature=node["hand_count_signature"].optional(Node.b64),
        result=node["result"].optional(result_from_data), ballots=ballots,
    )  # fmt: skip


def encode_polls(polls: tuple[PollRecord, ...]) -> dict[str, Any]:
    """The object of ``data/polls.json`` (polls in agenda order, ballots by id)."""
    return {**header("polls"), "polls": [_poll_data(r) for r in polls]}


def decode_polls(data: object) -> tuple[PollRecord, ...]:
    """``data/polls.json`` back; a poll listed twice, or a ballot file listed by two
    polls, is refused."""
    node = document(data, bf.POLLS, "polls", ("polls",))
    polls = node["polls"].each(_poll)
    if len({r.poll.id for r in polls}) != len(polls):
        raise node["polls"].fail("a poll is listed twice")
    paths = [b.path for r in polls for b in r.ballots]
    if len(set(paths)) != len(paths):
        raise node["polls"].fail("a ballot file is listed twice")
    return polls
