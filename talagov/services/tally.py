# SPDX-License-Identifier: GPL-3.0-or-later
"""The tally of a poll or a meeting, recomputed from the stored ballots.

Every ballot is judged again (signature, certificate, voting right, proxy, window,
definition, revoting, channels) and the votes that count are tallied with the hand
count under the poll's majority rule (:mod:`talagov.core.tally`). The stored result of
a closed poll is what was decided; :func:`tally_poll` recomputes it from the same
bytes, so anyone can check it.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime

from talagov.core.ballot_check import PollJudgement, ReceivedBallot
from talagov.core.polls import PollDefinition, PollStatus
from talagov.core.tally import TallyResult, tally
from talagov.messages import render_finding
from talagov.services.agenda import require_meeting
from talagov.services.electorate import PollSetting, judge_stored, load_setting
from talagov.services.polls import PollView, get_poll
from talagov.services.uow import UnitOfWork
from talagov.storage import polls_repo


@dataclass(frozen=True)
class PollTally:
    """A poll, its recomputed result, and the verdict on each of its ballots."""

    poll: PollView
    result: TallyResult
    judgement: PollJudgement


@dataclass(frozen=True)
class Computed:
    """Everything one count went through (for the services that need more than the
    result: the booth, the import, the hand count)."""

    setting: PollSetting
    received: tuple[ReceivedBallot, ...]
    judgement: PollJudgement
    result: TallyResult


def compute(uow: UnitOfWork, poll_id: int, *, at: datetime | None = None) -> Computed:
    """Judge and count one poll as things stand at ``at``.

    A closed poll is always counted as of its closing; an open one as of ``at`` (when
    ``None``: its opening).

    Raises:
        NotFoundError: ``poll.not_found``.
    """
    setting = load_setting(uow, poll_id, at=at)
    received, judgement = judge_stored(uow, setting)
    hand = polls_repo.hand_count_row(uow.session, poll_id)
    hands = [polls_repo.to_hand_count(hand)] if hand is not None else []
    result = tally(setting.poll.definition, judgement.counted, hands, setting.bases)
    if result.poll_id != poll_id:  # the definition names the item, not the poll
        result = replace(result, poll_id=poll_id)
    return Computed(setting, tuple(received), judgement, result)


def tally_poll(uow: UnitOfWork, poll_id: int, *, now: datetime | None = None) -> PollTally:
    """The result of one poll, recomputed from its stored ballots.

    Args:
        now: the moment an open poll is counted at (its participants then); a closed
            poll is counted as of its closing whatever ``now`` says.

    Raises:
        NotFoundError: ``poll.not_found``.
    """
    done = compute(uow, poll_id, at=now)
    return PollTally(get_poll(uow, poll_id), done.result, done.judgement)


def tally_meeting(uow: UnitOfWork, meeting_id: int, *,
                  now: datetime | None = None) -> list[PollTally]:
    """The results of every open or closed poll of a meeting, in agenda order.

    Raises:
        NotFoundError: ``meeting.not_found``.
    """
    require_meeting(uow, meeting_id)
    rows = polls_repo.poll_rows(uow.session, meeting_id)
    return [tally_poll(uow, r.id, now=now) for r in rows if r.status != PollStatus.PREPARED.value]


def explain(result: TallyResult, definition: PollDefinition, *, lang: str = "fr") -> list[str]:
    """The result in plain sentences: the tally's findings, each with its legal source.

    The findings already carry the candidates' names (the core takes them from
    ``definition``'s labels when counting), so the sentences need nothing more from it.
    """
    del definition
    return [render_finding(finding, lang) for finding in result.explanation]
