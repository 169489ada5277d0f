# SPDX-License-Identifier: GPL-3.0-or-later
"""Votes counted by hand in the room, entered as totals with the scrutineers' names.

A hand count covers only the participants counted by no other channel (the rule of
:mod:`talagov.core.ballot_check`): its total may not exceed the participants of the
poll minus those whose vote already counts by a signed ballot, a postal form or a
proxy. It may be corrected while the poll is open (the new totals replace the old);
closing the poll signs it with the organisation's key as witness.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime

from talagov.core.correspondence import choice_on, counts
from talagov.core.errors import UserError
from talagov.core.polls import PollDefinition, PollKind, PollStatus
from talagov.core.tally import HandCount
from talagov.services.changes import Aggregate, Changes
from talagov.services.electorate import PollSetting, judge_stored, load_setting
from talagov.services.uow import UnitOfWork
from talagov.storage import polls_repo
from talagov.storage.vote_models import HandCountRow


def _clean_counts(definition: PollDefinition,
                  counts: Mapping[str, Mapping[str, int]]) -> dict[str, dict[str, int]]:
    colleges = {c.key for c in definition.colleges} or {""}
    cleaned: dict[str, dict[str, int]] = {}
    for college, by_choice in counts.items():
        if college not in colleges:
            raise UserError("hand_count.unknown_college", {"college": college})
        for choice, n in by_choice.items():
            if choice not in definition.choices:
                raise UserError("hand_count.unknown_choice", {"choice": choice})
            if isinstance(n, bool) or not isinstance(n, int) or n < 0:
                raise UserError("hand_count.negative", {"choice": choice, "count": str(n)})
        cleaned[college] = {c: int(by_choice.get(c, 0)) for c in definition.choices}
    return cleaned


def _ballots_implied(definition: PollDefinition, by_choice: Mapping[str, int]) -> int:
    # A ballot of a multi-seat election may name several candidates: the number of
    # ballots is then at least the largest count, not the sum.
    if definition.kind is PollKind.ELECTION and definition.seats > 1:
        return max(by_choice.values(), default=0)
    return sum(by_choice.values())


def _postal(setting: PollSetting) -> set[int]:
    # Forms in time become witness ballots only at closing: their members are counted
    # (unless they attend when the poll opens: they vote in the room, see polls.close_poll).
    ctx, poll = setting.context, setting.poll
    if not ctx.correspondence_allowed or poll.definition.kind is not PollKind.RESOLUTION:
        return set()
    attending = ctx.attending(poll.opened_at) if poll.opened_at is not None else frozenset()
    return {f.member_id for f in ctx.forms
            if f.member_id in ctx.voters and f.member_id not in attending
            and choice_on(f, poll.item_id) is not None
            and counts(f, opened_at=ctx.meeting.opened_at)}  # fmt: skip


def counted_otherwise(uow: UnitOfWork, setting: PollSetting) -> set[int]:
    """The members whose vote reaches the poll by another channel than a show of hands:
    a counted signed ballot or blank proxy, or a postal form that will be witnessed at
    closing. A hand count may only cover the other participants."""
    _, judgement = judge_stored(uow, setting)
    return {v.principal_id for v in judgement.counted} | _postal(setting)


def _check_room(setting: PollSetting, uow: UnitOfWork,
                totals: Mapping[str, Mapping[str, int]]) -> None:
    definition = setting.poll.definition
    counted = counted_otherwise(uow, setting)
    total = _ballots_implied(definition, {
        c: sum(by[c] for by in totals.values()) for c in definition.choices})
    already = len(counted & setting.participants)
    remaining = max(0, setting.bases.participants - already)
    if total > remaining:
        raise UserError("hand_count.exceeds", {
            "total": total, "remaining": remaining, "participants": setting.bases.participants,
            "counted": already})  # fmt: skip
    colleges = setting.electorate.colleges
    names = {c.key: c.name for c in definition.colleges}
    for college, by_choice in totals.items():
        if not college:
            continue
        base = setting.bases.participants_by_college.get(college, 0)
        done = sum(1 for m in counted & setting.participants if colleges.get(m, "") == college)
        left = max(0, base - done)
        implied = _ballots_implied(definition, by_choice)
        if implied > left:
            # The college's name, as the dialog shows it (its key is an identifier).
            raise UserError("hand_count.exceeds_college", {
                "college": names.get(college, college), "total": implied,
                "remaining": left})  # fmt: skip


def record_hand_count(uow: UnitOfWork, poll_id: int, counts: Mapping[str, Mapping[str, int]],
                      scrutineers: Sequence[str], *, now: datetime) -> Changes:
    """Enter (or correct) the totals counted by hand for an open poll.

    Args:
        counts: college key ("" without colleges) -> choice of the definition -> votes;
            a choice left out counts 0.
        scrutineers: the names of those who counted (at least one).

    Raises:
        UserError: ``poll.not_open``, ``poll.closed``, ``hand_count.unknown_college``,
            ``hand_count.unknown_choice``, ``hand_count.negative``,
            ``hand_count.scrutineer_required``, ``hand_count.exceeds`` (with the
            numbers), ``hand_count.exceeds_college``.
    """
    setting = load_setting(uow, poll_id, at=now)
    poll = setting.poll
    if poll.status is not PollStatus.OPEN:
        code = "poll.closed" if poll.status is PollStatus.CLOSED else "poll.not_open"
        raise UserError(code, {"number": poll.definition.number})
    names = tuple(n.strip() for n in scrutineers if n.strip())
    if not names:
        raise UserError("hand_count.scrutineer_required")
    cleaned = _clean_counts(poll.definition, counts)
    _check_room(setting, uow, cleaned)
    row = polls_repo.hand_count_row(uow.session, poll_id)
    if row is None:
        row = HandCountRow(poll_id=poll_id)
        uow.session.add(row)
    row.counts = polls_repo.counts_to_json(cleaned)
    row.scrutineers = polls_repo.names_to_json(names)
    row.at = now
    row.signature = ""  # signed at closing
    uow.session.flush()
    return Changes.of(Aggregate.POLLS, ids=(poll.meeting_id,))


def recheck(uow: UnitOfWork, poll_id: int, *, at: datetime) -> None:
    """Refuse to close a poll whose hand count no longer fits: signed ballots that
    arrived after it leave too few participants for its totals (``hand_count.stale``, or
    ``hand_count.stale_college`` when one college is overtaken).
    """
    row = polls_repo.hand_count_row(uow.session, poll_id)
    if row is None:
        return
    setting = load_setting(uow, poll_id, at=at)
    count = polls_repo.to_hand_count(row)
    try:
        _check_room(setting, uow, count.counts)
    except UserError as exc:
        # Overtaken in one college: its numbers, which are not the whole count's, name it.
        code = "hand_count.stale_college" if "college" in exc.params else "hand_count.stale"
        raise UserError(code, {**exc.params, "number": setting.poll.definition.number}) from exc


def hand_count_of(uow: UnitOfWork, poll_id: int) -> HandCount | None:
    """The hand count of a poll, if one was entered."""
    row = polls_repo.hand_count_row(uow.session, poll_id)
    return polls_repo.to_hand_count(row) if row is not None else None
