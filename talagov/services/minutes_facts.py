# SPDX-License-Identifier: GPL-3.0-or-later
"""What the record says about one meeting, loaded once for its minutes.

The minutes are drafted from what the other use cases already keep: the session's
attendance, proxies, postal forms and recorded quorums (:mod:`talagov.services.session`),
the polls and their recount (:mod:`talagov.services.tally`), the convocation log, the
documents attached from the library, the mandates in office and the organisation's
identity. :func:`load_facts` gathers them into one :class:`Facts`; the modules that word
the minutes read it and never query the database themselves.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime, time

from talagov.core.agenda import AgendaItem
from talagov.core.convocation import Sending
from talagov.core.mandates import Body
from talagov.core.meetings import Meeting
from talagov.core.members import Member
from talagov.core.organisation import Organisation
from talagov.core.polls import PollStatus
from talagov.core.quorum import QuorumResult
from talagov.core.shares import capital_at
from talagov.services import convocations, library, mandates, organisation, session, shares
from talagov.services.agenda import agenda, require_meeting
from talagov.services.library import AttachedDocument
from talagov.services.mandates import MandateListItem
from talagov.services.polls import PollView, list_polls
from talagov.services.roll_cache import roll_and_members
from talagov.services.session import SessionState
from talagov.services.tally import PollTally, tally_poll
from talagov.services.uow import UnitOfWork


@dataclass(frozen=True)
class Facts:
    """The record of one meeting, as its minutes need it.

    Attributes:
        state: the session as it stood at its closing (the attendance sheet's moment).
        members: every member by id (names, representatives, categories).
        body: the body that met (``None`` for a general assembly).
        mandates: the mandates in office on the meeting day, with their body.
        categories: category key -> label; colleges: college key -> name.
        tallies: the recount of every closed poll, by poll id.
        capital: the capital on the record date, in cents (for the legal mentions).
    """

    org: Organisation
    meeting: Meeting
    state: SessionState
    members: Mapping[int, Member]
    body: Body | None
    bodies: Mapping[int, Body]
    mandates: tuple[MandateListItem, ...]
    categories: Mapping[str, str]
    colleges: Mapping[str, str]
    agenda: tuple[AgendaItem, ...]
    polls: tuple[PollView, ...]
    tallies: Mapping[int, PollTally]
    documents: tuple[AttachedDocument, ...]
    sendings: tuple[Sending, ...]
    capital: int

    def name(self, member_id: int | None) -> str:
        """A member's display name, or an empty string."""
        member = self.members.get(member_id) if member_id is not None else None
        return member.display_name if member is not None else ""

    @property
    def opening_quorum(self) -> QuorumResult:
        """The quorum recorded when the session opened (else as it stands at the closing)."""
        opening = next((r for r in self.state.records if r.item_id is None), None)
        return opening.result if opening is not None else self.state.quorum


def _moment(meeting: Meeting) -> datetime:
    # A closed meeting is read at its closing, like its attendance sheet; one still
    # running, at the end of its day, so that every arrival and departure is seen.
    if meeting.closed_at is not None:
        return meeting.closed_at
    return datetime.combine(meeting.on, time(23, 59, 59))


def load_facts(uow: UnitOfWork, meeting_id: int) -> Facts:
    """Load everything the minutes of ``meeting_id`` say.

    Raises:
        NotFoundError: ``meeting.not_found``. UserError: ``org.missing`` before set-up.
    """
    org = organisation.require_organisation(uow)
    meeting = require_meeting(uow, meeting_id)
    state = session.session_state(uow, meeting_id, at=_moment(meeting))
    _, members = roll_and_members(uow, meeting.roll_date)
    bodies = {b.id: b for b in mandates.list_bodies(uow)}
    polls = tuple(list_polls(uow, meeting_id))
    statutes = organisation.statutes_at(uow, meeting.on)
    return Facts(
        org=org, meeting=meeting, state=state, members=members,
        body=bodies.get(meeting.body_id) if meeting.body_id is not None else None,
        bodies=bodies,
        mandates=tuple(m for m in mandates.list_mandates(uow) if m.active_on(meeting.on)),
        categories={c.key: c.label for c in organisation.categories(uow)},
        colleges={c.key: c.name for c in statutes.colleges},
        agenda=tuple(agenda(uow, meeting_id)), polls=polls,
        tallies={p.id: tally_poll(uow, p.id) for p in polls if p.status is PollStatus.CLOSED},
        documents=tuple(library.meeting_documents(uow, meeting_id)),
        sendings=tuple(convocations.sendings(uow, meeting_id)),
        capital=sum(capital_at(shares.movements(uow), meeting.roll_date).values()),
    )  # fmt: skip
