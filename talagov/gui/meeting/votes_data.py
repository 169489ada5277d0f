# SPDX-License-Identifier: GPL-3.0-or-later
"""What the votes tab loads, in one task each: the polls of the meeting, and the detail
of the poll selected (its ballots, its result and the explanation of the decision).

Everything here runs on the task runner's worker and returns frozen values only.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime

from talagov.core.agenda import resolution_numbers
from talagov.core.errors import NotFoundError
from talagov.core.meetings import Meeting, MeetingStatus
from talagov.core.members import PersonKind
from talagov.core.polls import PollStatus
from talagov.core.tally import HandCount, TallyResult
from talagov.core.text import search_key
from talagov.services import ballots as ballots_service
from talagov.services import hand_counts as hand_counts_service
from talagov.services import keys as keys_service
from talagov.services import meetings as meetings_service
from talagov.services import members as members_service
from talagov.services import polls as polls_service
from talagov.services import tally as tally_service
from talagov.services.ballots import BallotLine, BoothVoter
from talagov.services.keys import OrganisationKeyView
from talagov.services.members import MemberListItem
from talagov.services.polls import PollView
from talagov.services.uow import UnitOfWork

Clock = Callable[[], datetime]
_CHANGING = (MeetingStatus.DRAFT, MeetingStatus.CONVENED, MeetingStatus.IN_SESSION)


@dataclass(frozen=True)
class VotesData:
    """The polls of one meeting and what the actions need to know.

    Attributes:
        voting_items: how many agenda items are put to the vote (one poll each).
        org_key: the organisation key (``None`` until created in the settings).
        scrutineers: names of the bureau's scrutineers (to prefill a hand count).
    """

    meeting: Meeting
    polls: tuple[PollView, ...]
    voting_items: int
    org_key: OrganisationKeyView | None
    scrutineers: tuple[str, ...] = ()

    @property
    def changing(self) -> bool:
        """Whether polls may still be prepared, opened or closed (the meeting is not over)."""
        return self.meeting.status in _CHANGING

    @property
    def needs_preparation(self) -> bool:
        """Polls are missing, or some are still prepared (they follow the agenda)."""
        return len(self.polls) < self.voting_items or any(
            p.status is PollStatus.PREPARED for p in self.polls)

    def any_poll(self, status: PollStatus) -> bool:
        """Whether one poll at least has ``status``."""
        return any(p.status is status for p in self.polls)

    def poll(self, poll_id: int) -> PollView | None:
        """The poll with ``poll_id``, if it belongs to the meeting."""
        return next((p for p in self.polls if p.id == poll_id), None)


@dataclass(frozen=True)
class PollDetail:
    """One poll with its ballots and, once closed, its result explained in sentences."""

    poll: PollView
    ballots: tuple[BallotLine, ...]
    result: TallyResult | None
    explanation: tuple[str, ...]
    hand_count: HandCount | None


def load_votes(uow: UnitOfWork, meeting_id: int) -> VotesData:
    """The polls of the meeting, how many items vote, the organisation key and the bureau."""
    meeting = meetings_service.get_meeting(uow, meeting_id)
    polls = tuple(polls_service.list_polls(uow, meeting_id))
    voting = len(resolution_numbers(meetings_service.agenda(uow, meeting_id)))
    scrutineers = []
    for member_id in meeting.scrutineer_ids:
        try:
            scrutineers.append(members_service.get_member(uow, member_id).display_name)
        except NotFoundError:  # removed since: the name is typed again
            continue
    return VotesData(meeting, polls, voting, keys_service.organisation_key(uow), tuple(scrutineers))


def load_poll_detail(uow: UnitOfWork, poll_id: int, lang: str) -> PollDetail:
    """The ballots of a poll and, when it is closed, its result and explanation.

    No result is shown while the poll is open: a partial count could sway the voters.
    """
    poll = polls_service.get_poll(uow, poll_id)
    lines = tuple(ballots_service.ballots_of(uow, poll_id))
    result: TallyResult | None = None
    if poll.status is PollStatus.CLOSED:
        result = poll.result if poll.result is not None else \
            tally_service.tally_poll(uow, poll_id).result
    explanation = tuple(tally_service.explain(result, poll.definition, lang=lang)) \
        if result is not None else ()
    return PollDetail(poll, lines, result, explanation,
                      hand_counts_service.hand_count_of(uow, poll_id))


def voter_items(voters: Sequence[BoothVoter]) -> list[MemberListItem]:
    """The voters of the meeting as items a ``MemberPicker`` offers.

    Members voting from their own TalaGov hold a certificate but no key on this laptop,
    so everyone on the roll is offered; the service refuses one without a certificate.
    """
    return [MemberListItem(v.member_id, v.number, PersonKind.NATURAL, v.name, "", "", "", "",
                           None, None, 0, search_key(v.number, v.name))
            for v in voters]
