# SPDX-License-Identifier: GPL-3.0-or-later
"""Ballots: cast in the booth, imported from members' ballot files, and listed.

The booth signs each ballot with the member's unlocked key and checks it before
storing anything: a ballot the tally would reject is refused at once, with its reason,
and none of the voter's ballots is stored (all or nothing). An imported ballot file is
always stored, whatever its verdict (a rejected one is kept aside, its reason
recomputed by every judgement), except when it is the very same ballot again.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Literal

from cryptography import x509
from cryptography.hazmat.primitives.asymmetric import ec

from talagov.core.ballot_check import ReceivedBallot, RejectReason, Verdict, check_one
from talagov.core.ballots import (
    BallotContent,
    Channel,
    from_file,
    new_nonce,
    receipt_time,
    sign_ballot,
)
from talagov.core.canonical import readable_fingerprint
from talagov.core.errors import UserError
from talagov.core.journal import EventKind
from talagov.core.polls import PollDefinition, PollStatus
from talagov.messages import render
from talagov.services import keys
from talagov.services.changes import Aggregate, Changes
from talagov.services.electorate import PollSetting, judge_stored, load_setting
from talagov.services.polls import PollView, journal_ballot, list_polls
from talagov.services.session_context import load_context, member_name
from talagov.services.uow import UnitOfWork
from talagov.storage import polls_repo

ImportStatus = Literal["counted", "superseded", "overridden", "rejected", "duplicate"]
_STATUS: dict[Verdict, ImportStatus] = {
    Verdict.COUNTED: "counted", Verdict.SUPERSEDED: "superseded",
    Verdict.OVERRIDDEN: "overridden", Verdict.REJECTED: "rejected",
}  # fmt: skip


@dataclass(frozen=True)
class BoothVoter:
    """A member who may vote at the booth; ``has_key``: an active key sealed on this
    laptop (otherwise the secretary enrols one on the spot)."""

    member_id: int
    name: str
    number: str
    has_key: bool


@dataclass(frozen=True)
class BoothTask:
    """One ballot to cast at the booth: a poll, for the voter or a principal."""

    poll: PollView
    on_behalf_of: int
    principal_name: str


@dataclass(frozen=True)
class Receipt:
    """What the voter takes away for each ballot: its fingerprint, to check later."""

    poll_id: int
    number: int
    title: str
    on_behalf_of: int
    principal_name: str
    choice_labels: tuple[str, ...]
    fingerprint: str
    readable: str  # the first 8 groups of four, to read aloud
    cast_at: datetime


@dataclass(frozen=True)
class BallotLine:
    """One received ballot as the Votes tab lists it (no choices for a secret poll)."""

    id: int
    channel: Channel
    voter_name: str
    principal_name: str
    sequence: int
    received_at: datetime
    verdict: Verdict
    reason: RejectReason | None
    detail: Mapping[str, object]
    fingerprint: str
    choices: tuple[str, ...]
    origin: str


@dataclass(frozen=True)
class ImportOutcome:
    """What became of one imported ballot file."""

    status: ImportStatus
    ballot_id: int | None
    reason: RejectReason | None = None
    detail: Mapping[str, object] = field(default_factory=dict)
    poll_id: int | None = None
    number: int = 0  # the poll's number


def choice_label(definition: PollDefinition, choice: str, lang: str = "fr") -> str:
    """A choice as the voter reads it: the candidate's name, or "Pour" / "For"..."""
    if choice in definition.labels:
        return definition.labels[choice]
    return render(f"poll.choice.{choice}", {}, lang)


def booth_voters(uow: UnitOfWork, meeting_id: int) -> list[BoothVoter]:
    """Every member who takes part in the meeting, by membership number."""
    ctx = load_context(uow, meeting_id)
    here = {k.member_id for k in keys.member_keys(uow) if k.revoked_at is None and k.on_this_laptop}
    voters = sorted(ctx.voters, key=lambda m: (ctx.members[m].number, m))
    return [BoothVoter(m, ctx.members[m].display_name, ctx.members[m].number, m in here)
            for m in voters]  # fmt: skip


def booth_tasks(uow: UnitOfWork, meeting_id: int, voter_id: int, *, at: datetime) -> list[BoothTask]:
    """The ballots a voter may cast now: every open poll for themselves, then for each
    principal whose valid named proxy they hold (as decided when the poll opened).

    Blank proxies are not offered: their direction is applied by the tally.
    """
    ctx = load_context(uow, meeting_id)
    polls = [p for p in list_polls(uow, meeting_id) if p.status is PollStatus.OPEN]
    by_principal: dict[int, list[PollView]] = {}
    decided: dict[datetime, set[int]] = {}
    for poll in polls:
        opened = poll.opened_at or at
        if opened not in decided:
            decided[opened] = {d.proxy.principal_id for d in ctx.decisions(opened)
                               if d.valid and not d.proxy.blank and d.holder_id == voter_id}
        principals = ([voter_id] if voter_id in ctx.voters else []) + sorted(decided[opened])
        for principal in principals:
            by_principal.setdefault(principal, []).append(poll)
    order = sorted(by_principal, key=lambda m: (m != voter_id, ctx.members[m].number, m))
    return [BoothTask(poll, m, member_name(ctx, m)) for m in order for poll in by_principal[m]]


def cast(uow: UnitOfWork, meeting_id: int, votes: Sequence[tuple[int, int, tuple[str, ...]]], *,
         voter_id: int, key: ec.EllipticCurvePrivateKey, certificate: x509.Certificate,
         now: datetime, lang: str = "fr") -> tuple[list[Receipt], Changes]:
    """Sign and store the booth ballots of one voter: ``(poll_id, on_behalf_of, choices)``.

    Each ballot is checked as the tally will check it before anything is stored; a
    second ballot for the same poll and principal supersedes the first (revoting).

    Raises:
        UserError: ``ballot.rejected.<reason>`` with the reason's details and the
            poll's ``poll`` number (nothing stored), ``ballot.unknown_poll``,
            ``ballot.key_mismatch``, ``ballot.nothing_to_cast``.
    """
    if not votes:
        raise UserError("ballot.nothing_to_cast")
    cast_at = receipt_time(now.astimezone(UTC))
    settings: dict[int, PollSetting] = {}
    sequences: dict[tuple[int, int], int] = {}
    accepted = []
    for poll_id, principal, choices in votes:
        setting = settings.get(poll_id)
        if setting is None:
            row = polls_repo.poll_row(uow.session, poll_id)
            if row is None or row.meeting_id != meeting_id:
                raise UserError("ballot.unknown_poll", {"poll": poll_id})
            setting = settings[poll_id] = load_setting(uow, poll_id, at=now)
        poll = setting.poll
        slot = (poll_id, principal)
        if slot not in sequences:
            sequences[slot] = polls_repo.max_sequence(uow.session, poll_id, voter_id, principal)
        sequences[slot] += 1
        content = BallotContent(
            organisation=poll.definition.organisation, meeting_id=meeting_id, poll_id=poll_id,
            definition_hash=poll.definition_hash, voter_id=voter_id, on_behalf_of=principal,
            choices=tuple(choices), nonce=new_nonce(), cast_at=cast_at, sequence=sequences[slot],
        )  # fmt: skip
        try:
            ballot = sign_ballot(content, key, certificate)
        except ValueError as exc:
            raise UserError("ballot.key_mismatch") from exc
        refused = check_one(ReceivedBallot(0, ballot, Channel.BOOTH, now), poll, setting.electorate)
        if refused is not None:
            reason, detail = refused
            raise UserError(f"ballot.rejected.{reason.value}",
                            {**detail, "poll": poll.definition.number})  # fmt: skip
        accepted.append((setting, ballot))
    receipts = []
    stored = []
    for setting, ballot in accepted:
        c, d = ballot.content, setting.poll.definition
        stored.append(polls_repo.new_ballot_row(c.poll_id, ballot, channel=Channel.BOOTH,
                                                received_at=now, origin="booth"))
        uow.session.add(stored[-1])
        receipts.append(Receipt(
            c.poll_id, d.number, d.title, c.on_behalf_of,
            member_name(setting.context, c.on_behalf_of),
            tuple(choice_label(d, choice, lang) for choice in c.choices), ballot.fingerprint,
            readable_fingerprint(ballot.fingerprint, groups=8), now,
        ))  # fmt: skip
    uow.session.flush()
    for ballot_row, (setting, ballot) in zip(stored, accepted, strict=True):
        journal_ballot(uow, EventKind.BALLOT_ACCEPTED, ballot_row.id, ballot, Channel.BOOTH,
                       setting.poll.definition.number, now=now)
    return receipts, Changes.of(Aggregate.POLLS, ids=(meeting_id,))


def import_ballot_file(uow: UnitOfWork, data: bytes, *, origin: str,
                       now: datetime) -> tuple[ImportOutcome, Changes]:
    """Store a ballot file from a member's own TalaGov and say what became of it.

    Raises:
        UserError: ``ballot.malformed.*`` (not a ballot file), ``ballot.unknown_poll``,
            ``poll.closed`` (the result is final); nothing is stored then.
    """
    ballot = from_file(data)
    content = ballot.content
    row = polls_repo.poll_row(uow.session, content.poll_id)
    if row is None:
        raise UserError("ballot.unknown_poll", {"poll": content.poll_id})
    number = polls_repo.definition_of(row).number
    if row.status == PollStatus.CLOSED.value:
        raise UserError("poll.closed", {"number": number})
    existing = polls_repo.ballot_id_by_fingerprint(uow.session, ballot.fingerprint)
    if existing is not None:
        return ImportOutcome("duplicate", existing, poll_id=row.id, number=number), Changes.of()
    stored = polls_repo.new_ballot_row(row.id, ballot, channel=Channel.FILE, received_at=now,
                                       origin=origin)  # fmt: skip
    uow.session.add(stored)
    uow.session.flush()
    setting = load_setting(uow, row.id, at=now)
    _, judgement = judge_stored(uow, setting, on_behalf_of=content.on_behalf_of)
    verdict = judgement.verdict_of(stored.id)
    assert verdict is not None  # every ballot given to judge gets a verdict
    outcome = ImportOutcome(_STATUS[verdict.verdict], stored.id, verdict.reason, dict(verdict.detail),
                            row.id, number)  # fmt: skip
    if verdict.verdict is Verdict.REJECTED:
        journal_ballot(uow, EventKind.BALLOT_REJECTED, stored.id, ballot, Channel.FILE, number,
                       now=now, origin=origin,
                       reason=verdict.reason.value if verdict.reason is not None else None)
    else:
        journal_ballot(uow, EventKind.BALLOT_ACCEPTED, stored.id, ballot, Channel.FILE, number,
                       now=now, origin=origin, status=outcome.status)
    return outcome, Changes.of(Aggregate.POLLS, ids=(row.meeting_id,))


def ballots_of(uow: UnitOfWork, poll_id: int) -> list[BallotLine]:
    """Every ballot received for a poll with its verdict, in the order received.

    Raises:
        NotFoundError: ``poll.not_found``.
    """
    setting = load_setting(uow, poll_id)
    received, judgement = judge_stored(uow, setting)
    rows = {r.id: r for r in polls_repo.ballot_rows(uow.session, poll_id)}
    secret = setting.poll.definition.secret
    ctx = setting.context
    verdicts = {j.ballot_id: j for j in judgement.judgements}
    lines = []
    for r in received:
        j = verdicts.get(r.id)
        c = r.ballot.content
        lines.append(BallotLine(
            id=r.id, channel=r.channel, voter_name=member_name(ctx, c.voter_id) or str(c.voter_id),
            principal_name=member_name(ctx, c.on_behalf_of) or str(c.on_behalf_of),
            sequence=c.sequence, received_at=r.received_at,
            verdict=j.verdict if j is not None else Verdict.REJECTED,
            reason=j.reason if j is not None else None,
            detail=dict(j.detail) if j is not None else {}, fingerprint=r.ballot.fingerprint,
            choices=() if secret else c.choices, origin=rows[r.id].origin,
        ))  # fmt: skip
    return lines
