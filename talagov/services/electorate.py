# SPDX-License-Identifier: GPL-3.0-or-later
"""Who may vote in a poll and through whom, and the numbers its majority is taken of.

:func:`load_setting` gathers, for one poll, the session's record (roll or body,
attendance, proxies, postal forms), the :class:`~talagov.core.ballot_check.Electorate`
(voters, proxies decided when the poll opened, colleges, the organisation's
certificate and the revoked serials) and the :class:`~talagov.core.tally.Bases`
(participants recorded with the quorum at opening, or the live quorum's). Every
service of the polls judges ballots through :func:`judge_stored`, so the booth, the
import, the hand count and the tally all apply the same rule.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from talagov.core.ballot_check import Electorate, PollJudgement, ReceivedBallot, judge
from talagov.core.errors import NotFoundError
from talagov.core.polls import Poll, PollStatus
from talagov.core.proxies import ProxyDecision
from talagov.core.session import poll_bases, poll_moments, proxy_maps
from talagov.core.tally import Bases
from talagov.services import keys
from talagov.services.roll_cache import roll_and_members
from talagov.services.session_context import SessionContext, load_context
from talagov.services.uow import UnitOfWork
from talagov.storage import keys_repo, poll_settings_repo, polls_repo


@dataclass(frozen=True)
class PollSetting:
    """One poll with everything needed to judge and count its ballots.

    Attributes:
        participants: members counted for the quorum at the moment the bases are taken
            (present, remote when deemed present, postal, represented).
    """

    poll: Poll
    context: SessionContext
    electorate: Electorate
    bases: Bases
    participants: frozenset[int]


def participant_ids(ctx: SessionContext, at: datetime,
                    decisions: tuple[ProxyDecision, ...]) -> frozenset[int]:
    """The members the quorum counts at ``at``, by id (attending, else a postal form
    received in time, else represented by a valid proxy whose holder attends)."""
    return ctx.quorum(at, decisions).participant_ids


def _issued(uow: UnitOfWork) -> frozenset[str]:
    org = keys.organisation_key(uow)
    if org is None:
        return frozenset()
    return keys_repo.issued_fingerprints(uow.session, since=org.created_at)


def build_electorate(uow: UnitOfWork, poll: Poll, ctx: SessionContext,
                     decisions: tuple[ProxyDecision, ...]) -> Electorate:
    """The electorate of ``poll``: proxies as ``decisions`` decided them
    (:func:`talagov.core.session.proxy_maps`), colleges from the voting roll."""
    maps = proxy_maps(decisions)
    colleges: dict[int, str] = {}
    if poll.definition.colleges:
        roll, _ = roll_and_members(uow, ctx.meeting.roll_date)
        colleges = {e.member_id: e.college_key for e in roll.voters if e.member_id in ctx.voters}
    revoked = keys.revocation_times(uow)  # one read and one signature check of the list
    return Electorate(
        voters=ctx.voters, proxies=maps.proxies, void_proxies=maps.void,
        blank_proxies=maps.blank, colleges=colleges,
        ca_certificate=keys.organisation_certificate(uow),
        revoked_serials=frozenset(revoked), revoked_at=revoked,
        issued_fingerprints=_issued(uow),
    )  # fmt: skip


def build_bases(uow: UnitOfWork, poll: Poll, ctx: SessionContext, electorate: Electorate,
                participants: frozenset[int]) -> Bases:
    """The bases of ``poll``: the participants recorded at opening when recorded."""
    recorded: tuple[int, bool] | None = None
    if poll.quorum_record_id is not None:
        record = polls_repo.quorum_record(uow.session, poll.quorum_record_id)
        if record is not None:
            recorded = (record.participants, record.met)
    return poll_bases(poll, ctx, electorate.colleges, participants, recorded)


def load_setting(uow: UnitOfWork, poll_id: int, *, at: datetime | None = None) -> PollSetting:
    """Load one poll and its electorate and bases.

    Proxies are decided when the poll opened (at ``at`` before it opens); the
    participants are those of the quorum recorded at opening, else those of the
    moment the poll closed (``at`` while it is open, its opening when ``at`` is
    ``None``): :func:`talagov.core.session.poll_moments`. A closed poll ignores ``at``:
    it is always judged as of its closing.

    Raises:
        NotFoundError: ``poll.not_found``.
    """
    row = polls_repo.poll_row(uow.session, poll_id)
    if row is None:
        raise NotFoundError("poll.not_found", {"id": poll_id})
    poll = polls_repo.to_poll(row)
    ctx = load_context(uow, poll.meeting_id)
    frozen = poll_settings_repo.setting_from_json(row.setting, keys.organisation_certificate(uow)) \
        if poll.status is PollStatus.CLOSED else None
    if frozen is not None:  # what it was judged on when it closed: its result is final
        electorate, bases, participants = frozen
        return PollSetting(poll, ctx, electorate, bases, participants)
    moments = poll_moments(poll, ctx, at)
    decisions = ctx.decisions(moments.decided_at)
    electorate = build_electorate(uow, poll, ctx, decisions)
    live = decisions if moments.counted_at == moments.decided_at \
        else ctx.decisions(moments.counted_at)
    participants = participant_ids(ctx, moments.counted_at, live)
    bases = build_bases(uow, poll, ctx, electorate, participants)
    return PollSetting(poll, ctx, electorate, bases, participants)


def stored_ballots(uow: UnitOfWork, poll_id: int, *,
                   on_behalf_of: int | None = None) -> list[ReceivedBallot]:
    """Every ballot received for a poll (or for one principal), as the judgement reads them."""
    rows = polls_repo.ballot_rows(uow.session, poll_id, on_behalf_of=on_behalf_of)
    return [polls_repo.to_received(r) for r in rows]


def judge_stored(uow: UnitOfWork, setting: PollSetting, *,
                 on_behalf_of: int | None = None) -> tuple[list[ReceivedBallot], PollJudgement]:
    """Judge the stored ballots of the poll (signatures, rights, proxies, revoting).

    The judgement of one principal depends only on the ballots cast on their behalf,
    so ``on_behalf_of`` judges those alone (one import among thousands stays fast).
    """
    received = stored_ballots(uow, setting.poll.id, on_behalf_of=on_behalf_of)
    return received, judge(setting.poll, received, setting.electorate)
