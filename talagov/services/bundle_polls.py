# SPDX-License-Identifier: GPL-3.0-or-later
"""The polls of a meeting's archive: definitions, frozen settings, hand counts, results,
and every ballot file byte for byte with the verdict TalaGov gives it.

One read of the polls, one of every ballot of the meeting and one of the hand counts,
whatever the number of ballots: a meeting of 5,000 ballots is read in three queries.
A closed poll is judged under the setting frozen at its closing (what its result was
decided on); a poll still open is judged as things stand, as the Votes tab shows it.
Polls that never opened decided nothing and are left out.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from typing import Any

from cryptography import x509
from sqlalchemy import select

from talagov.core.ballot_check import BallotJudgement, Electorate, ReceivedBallot, judge
from talagov.core.ballots import Channel, from_file
from talagov.core.bundle_codec_polls import ballot_path
from talagov.core.bundle_model import BallotEntry, FrozenSetting, PollRecord
from talagov.core.poll_setting_codec import setting_of
from talagov.core.polls import PollStatus
from talagov.core.signing import unb64
from talagov.services import keys
from talagov.services.electorate import load_setting
from talagov.services.uow import UnitOfWork
from talagov.storage import poll_settings_repo, polls_repo
from talagov.storage.vote_models import BallotRow, HandCountRow, PollRow


@dataclass(frozen=True)
class GatheredPolls:
    """The polls' records and the ballot files they point to (member name -> bytes)."""

    records: tuple[PollRecord, ...]
    files: dict[str, bytes]

    @property
    def ballots(self) -> int:
        """How many ballot files."""
        return len(self.files)


def _ballot_rows(uow: UnitOfWork, poll_ids: list[int]) -> dict[int, list[Any]]:
    by_poll: dict[int, list[Any]] = defaultdict(list)
    if not poll_ids:
        return by_poll
    # Plain column rows: thousands of ballots need no ORM identity map.
    table = BallotRow.__table__
    stmt = select(table).where(table.c.poll_id.in_(poll_ids)).order_by(table.c.id)
    for row in uow.session.execute(stmt):
        by_poll[row.poll_id].append(row)
    return by_poll


def _hand_rows(uow: UnitOfWork, poll_ids: list[int]) -> dict[int, HandCountRow]:
    if not poll_ids:
        return {}
    rows = uow.session.scalars(select(HandCountRow).where(HandCountRow.poll_id.in_(poll_ids)))
    return {r.poll_id: r for r in rows}


def _setting(uow: UnitOfWork, row: PollRow, ca: x509.Certificate
             ) -> tuple[Electorate, FrozenSetting]:
    frozen = poll_settings_repo.setting_from_json(row.setting, ca) \
        if row.status == PollStatus.CLOSED.value else None
    if frozen is None:
        live = load_setting(uow, row.id)
        frozen = (live.electorate, live.bases, live.participants)
    electorate, bases, participants = frozen
    return electorate, setting_of(electorate, bases, participants)


def _entry(row: Any, judgement: BallotJudgement | None) -> BallotEntry:
    if judgement is None:  # judge() gives every ballot a verdict; kept total for safety
        raise AssertionError(f"ballot {row.id} was not judged")
    return BallotEntry(
        id=row.id, path=ballot_path(row.poll_id, row.fingerprint), fingerprint=row.fingerprint,
        channel=Channel(row.channel), received_at=row.received_at, origin=row.origin,
        verdict=judgement.verdict, reason=judgement.reason,
        detail={k: v if isinstance(v, (str, int, bool)) or v is None else str(v)
                for k, v in sorted(judgement.detail.items())},
    )  # fmt: skip


def gather_polls(uow: UnitOfWork, meeting_id: int) -> GatheredPolls:
    """Every opened poll of the meeting (agenda order) and its ballot files."""
    rows = [r for r in polls_repo.poll_rows(uow.session, meeting_id)
            if r.status != PollStatus.PREPARED.value]
    ids = [r.id for r in rows]
    ballots, hands = _ballot_rows(uow, ids), _hand_rows(uow, ids)
    ca = keys.organisation_certificate(uow) if rows else None
    records, files = [], {}
    for row in rows:
        assert ca is not None
        poll = polls_repo.to_poll(row)
        electorate, setting = _setting(uow, row, ca)
        stored = ballots.get(row.id, [])
        received = [ReceivedBallot(b.id, from_file(b.envelope.encode("utf-8")), Channel(b.channel),
                                   b.received_at) for b in stored]  # fmt: skip
        verdicts = {j.ballot_id: j for j in judge(poll, received, electorate).judgements}
        entries = []
        for b in stored:
            entry = _entry(b, verdicts.get(b.id))
            files[entry.path] = b.envelope.encode("utf-8")
            entries.append(entry)
        hand = hands.get(row.id)
        records.append(PollRecord(
            poll=poll, setting=setting,
            hand_count=polls_repo.to_hand_count(hand) if hand is not None else None,
            hand_count_signature=unb64(hand.signature) if hand is not None and hand.signature
            else None,
            result=polls_repo.result_from_json(row.result), ballots=tuple(entries)))  # fmt: skip
    return GatheredPolls(tuple(records), files)
