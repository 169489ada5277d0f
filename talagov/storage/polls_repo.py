# SPDX-License-Identifier: GPL-3.0-or-later
"""Polls, ballots and hand counts: conversion between rows and core values, and queries.

A poll row keeps its definition as the JSON of :meth:`PollDefinition.payload` (refreshed
while prepared, frozen at opening), the secretary's options, and at closing the tally
as JSON (:func:`result_to_json`). A ballot row keeps the ballot file exactly
as received, so every later check re-verifies the bytes that were signed.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from datetime import datetime

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from talagov.core import tally_codec
from talagov.core.ballot_check import ReceivedBallot
from talagov.core.ballots import Channel, SignedBallot, from_file, to_file
from talagov.core.bundle_codec_base import Node
from talagov.core.polls import Poll, PollDefinition, PollOptions, PollStatus
from talagov.core.ratio import Ratio
from talagov.core.statutes import MajorityBase, MajorityRule
from talagov.core.tally import HandCount, TallyResult
from talagov.core.tally_codec import (
    hand_count_payload as hand_count_payload,  # the services sign it
)
from talagov.storage.models import AgendaItemRow, QuorumRecordRow
from talagov.storage.vote_models import BallotRow, HandCountRow, PollRow


def majority_to_json(rule: MajorityRule | None) -> str:
    """A majority override as compact JSON ("" when the statutes decide)."""
    if rule is None:
        return ""
    return json.dumps({"num": rule.ratio.num, "den": rule.ratio.den, "strict": rule.strict,
                       "base": rule.base.value}, sort_keys=True)  # fmt: skip


def majority_from_json(text: str) -> MajorityRule | None:
    """The override stored by :func:`majority_to_json` (``None`` for "")."""
    if not text:
        return None
    data = json.loads(text)
    return MajorityRule(Ratio(int(data["num"]), int(data["den"])), bool(data["strict"]),
                        MajorityBase(data["base"]))  # fmt: skip


def to_options(row: PollRow) -> PollOptions:
    """The secretary's options of a poll."""
    return PollOptions(majority_from_json(row.majority_override), row.majority_source, row.secret)


def apply_options(row: PollRow, options: PollOptions) -> None:
    """Copy options onto a row."""
    row.majority_override = majority_to_json(options.majority)
    row.majority_source = options.majority_source.strip() if options.majority else ""
    row.secret = options.secret


def definition_to_json(definition: PollDefinition) -> str:
    """The definition's payload as JSON text (readable; the hash uses RFC 8785)."""
    return json.dumps(definition.payload(), ensure_ascii=False, sort_keys=True)


def definition_of(row: PollRow) -> PollDefinition:
    """The definition stored on a poll row."""
    return PollDefinition.from_payload(json.loads(row.definition))


def to_poll(row: PollRow) -> Poll:
    """Convert a row to a core value."""
    return Poll(
        id=row.id, meeting_id=row.meeting_id, item_id=row.item_id,
        status=PollStatus(row.status), definition=definition_of(row),
        definition_hash=row.definition_hash, opened_at=row.opened_at, closed_at=row.closed_at,
        quorum_record_id=row.quorum_record_id,
    )  # fmt: skip


def poll_rows(session: Session, meeting_id: int) -> list[PollRow]:
    """The polls of a meeting, in agenda order."""
    stmt = (select(PollRow).join(AgendaItemRow, AgendaItemRow.id == PollRow.item_id)
            .where(PollRow.meeting_id == meeting_id)
            .order_by(AgendaItemRow.position, PollRow.id))  # fmt: skip
    return list(session.scalars(stmt))


def open_poll_numbers(session: Session, meeting_id: int) -> list[int]:
    """The resolution numbers of a meeting's polls that are open (agenda order)."""
    return [definition_of(r).number for r in poll_rows(session, meeting_id)
            if r.status == PollStatus.OPEN.value]


def poll_row(session: Session, poll_id: int) -> PollRow | None:
    """One poll row, or ``None``."""
    return session.get(PollRow, poll_id)


def delete_prepared_polls_of_item(session: Session, item_id: int) -> int:
    """Delete the prepared poll of an agenda item (before the item itself is deleted).

    Open and closed polls are never deleted; returns how many rows went.
    """
    result = session.execute(delete(PollRow).where(PollRow.item_id == item_id,
                                                   PollRow.status == PollStatus.PREPARED.value))
    return int(getattr(result, "rowcount", 0) or 0)


def delete_prepared_polls_of_meeting(session: Session, meeting_id: int) -> int:
    """Delete a meeting's prepared polls (before the meeting itself is deleted)."""
    result = session.execute(delete(PollRow).where(PollRow.meeting_id == meeting_id,
                                                   PollRow.status == PollStatus.PREPARED.value))
    return int(getattr(result, "rowcount", 0) or 0)


def has_started_poll(session: Session, *, item_id: int | None = None,
                     meeting_id: int | None = None) -> bool:
    """Whether an item (or a meeting) has a poll that was opened (open or closed)."""
    stmt = select(func.count()).select_from(PollRow).where(
        PollRow.status != PollStatus.PREPARED.value)
    if item_id is not None:
        stmt = stmt.where(PollRow.item_id == item_id)
    if meeting_id is not None:
        stmt = stmt.where(PollRow.meeting_id == meeting_id)
    return bool(session.scalar(stmt))


def ballot_counts(session: Session, poll_ids: Iterable[int]) -> dict[int, int]:
    """Poll id -> number of ballots received (every verdict)."""
    ids = list(poll_ids)
    if not ids:
        return {}
    stmt = (select(BallotRow.poll_id, func.count()).where(BallotRow.poll_id.in_(ids))
            .group_by(BallotRow.poll_id))  # fmt: skip
    return {int(p): int(n) for p, n in session.execute(stmt)}


def new_ballot_row(poll_id: int, ballot: SignedBallot, *, channel: Channel, received_at: datetime,
                   origin: str) -> BallotRow:
    """A new row holding a ballot file as received."""
    content = ballot.content
    return BallotRow(
        poll_id=poll_id, channel=channel.value, voter_id=content.voter_id,
        on_behalf_of=content.on_behalf_of, sequence=content.sequence,
        fingerprint=ballot.fingerprint, envelope=to_file(ballot).decode("utf-8"),
        received_at=received_at, origin=origin,
    )  # fmt: skip


def ballot_rows(session: Session, poll_id: int, *,
                on_behalf_of: int | None = None) -> list[BallotRow]:
    """Every ballot of a poll (only those for one principal when given), as received."""
    stmt = select(BallotRow).where(BallotRow.poll_id == poll_id)
    if on_behalf_of is not None:
        stmt = stmt.where(BallotRow.on_behalf_of == on_behalf_of)
    return list(session.scalars(stmt.order_by(BallotRow.id)))


def to_received(row: BallotRow) -> ReceivedBallot:
    """Convert a row to the core value the judgement reads (the file is parsed again)."""
    return ReceivedBallot(row.id, from_file(row.envelope.encode("utf-8")), Channel(row.channel),
                          row.received_at)  # fmt: skip


def ballot_id_by_fingerprint(session: Session, fingerprint: str) -> int | None:
    """The id of the ballot with this fingerprint, if one was received."""
    return session.scalar(select(BallotRow.id).where(BallotRow.fingerprint == fingerprint))


def max_sequence(session: Session, poll_id: int, voter_id: int, on_behalf_of: int) -> int:
    """The highest sequence stored for (poll, voter, principal); 0 when none."""
    found = session.scalar(select(func.max(BallotRow.sequence)).where(
        BallotRow.poll_id == poll_id, BallotRow.voter_id == voter_id,
        BallotRow.on_behalf_of == on_behalf_of))  # fmt: skip
    return int(found or 0)


def hand_count_row(session: Session, poll_id: int) -> HandCountRow | None:
    """The hand count of a poll, if entered."""
    return session.scalars(select(HandCountRow).where(HandCountRow.poll_id == poll_id)).first()


def to_hand_count(row: HandCountRow) -> HandCount:
    """Convert a row to a core value."""
    counts = json.loads(row.counts)
    return HandCount(
        poll_id=row.poll_id,
        counts={str(k): {str(c): int(n) for c, n in v.items()} for k, v in counts.items()},
        scrutineers=tuple(str(s) for s in json.loads(row.scrutineers)),
        at=row.at.isoformat(timespec="seconds"),
    )  # fmt: skip


def counts_to_json(counts: Mapping[str, Mapping[str, int]]) -> str:
    """Hand-count totals (college -> choice -> n) as sorted JSON."""
    return json.dumps({k: dict(sorted(v.items())) for k, v in sorted(counts.items())},
                      ensure_ascii=False, sort_keys=True)  # fmt: skip


def names_to_json(names: Iterable[str]) -> str:
    """The scrutineers' names as a JSON list."""
    return json.dumps(list(names), ensure_ascii=False)


def latest_quorum_record_id(session: Session, meeting_id: int, item_id: int | None) -> int | None:
    """The newest quorum record of a meeting's item (``None``: of the session)."""
    item_filter = (QuorumRecordRow.item_id.is_(None) if item_id is None
                   else QuorumRecordRow.item_id == item_id)  # fmt: skip
    return session.scalar(select(QuorumRecordRow.id)
                          .where(QuorumRecordRow.meeting_id == meeting_id, item_filter)
                          .order_by(QuorumRecordRow.at.desc(), QuorumRecordRow.id.desc())
                          .limit(1))  # fmt: skip


def quorum_record(session: Session, record_id: int) -> QuorumRecordRow | None:
    """One recorded quorum."""
    return session.get(QuorumRecordRow, record_id)


def result_to_json(result: TallyResult) -> str:
    """The whole tally as JSON text (:func:`talagov.core.tally_codec.result_to_data`),
    stored on the poll at closing."""
    return tally_codec.stored_text(tally_codec.result_to_data(result))


def result_from_json(text: str) -> TallyResult | None:
    """The tally stored by :func:`result_to_json` (``None`` for "").

    Raises:
        ValueError: not a stored tally (a ``BundleDataError`` naming the place).
    """
    if not text:
        return None
    return tally_codec.result_from_data(Node(json.loads(text), "poll.result"))
