# SPDX-License-Identifier: GPL-3.0-or-later
"""The agenda (ordre du jour): ordered items of information, resolutions and elections.

Items are ordered by ``position`` (0, 1, 2...); :func:`move_item` returns the new order
after a drag or a keyboard move, and :func:`election_proposals` turns the mandates
that end before or at the AG into election items to propose.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date

from talagov.core.mandates import Body, Mandate, expiring


class ItemKind(enum.StrEnum):
    """The three kinds of agenda items."""

    INFORMATION = "information"
    RESOLUTION = "resolution"
    ELECTION = "election"


class ResolutionNature(enum.StrEnum):
    """Ordinary or extraordinary resolution (decides the majority applied)."""

    ORDINARY = "ordinary"
    EXTRAORDINARY = "extraordinary"


class Presenter(enum.StrEnum):
    """Who presents a resolution: blank proxies vote FOR management's (L225-106 III)."""

    MANAGEMENT = "management"
    MEMBERS = "members"


@dataclass(frozen=True)
class AgendaItem:
    """One item of the agenda.

    Attributes:
        position: 0-based order in the agenda.
        text: the draft resolution's text (resolutions) or a description.
        body_id, seats, candidate_ids: for elections, the body, the number of seats and
            the candidates (members eligible on the record date).
    """

    id: int
    meeting_id: int
    position: int
    kind: ItemKind
    title: str
    text: str = ""
    nature: ResolutionNature = ResolutionNature.ORDINARY
    presenter: Presenter = Presenter.MANAGEMENT
    body_id: int | None = None
    seats: int = 0
    candidate_ids: tuple[int, ...] = ()

    @property
    def votes(self) -> bool:
        """Resolutions and elections are put to the vote; information items are not."""
        return self.kind is not ItemKind.INFORMATION


@dataclass(frozen=True)
class Amendment:
    """A logged change to the agenda of a convened meeting."""

    id: int
    meeting_id: int
    at: str  # ISO timestamp, as recorded
    description: str
    reason: str


def move_item(ids: Sequence[int], item_id: int, new_index: int) -> tuple[int, ...]:
    """The agenda order after moving ``item_id`` to ``new_index`` (clamped).

    Raises:
        ValueError: ``item_id`` is not in ``ids``.
    """
    order = list(ids)
    order.remove(item_id)
    new_index = max(0, min(new_index, len(order)))
    order.insert(new_index, item_id)
    return tuple(order)


def resolution_numbers(items: Iterable[AgendaItem]) -> dict[int, int]:
    """Item id -> resolution number (1, 2...) for items put to the vote, in order."""
    voted = [i for i in sorted(items, key=lambda i: i.position) if i.votes]
    return {item.id: number for number, item in enumerate(voted, start=1)}


@dataclass(frozen=True)
class ElectionProposal:
    """An election item to propose: a body's seats whose mandates end by the AG."""

    body_id: int
    body_name: str
    seats: int
    outgoing_member_ids: tuple[int, ...]


def election_proposals(
    bodies: Iterable[Body], mandates: Iterable[Mandate], *, today: date, meeting_on: date
) -> tuple[ElectionProposal, ...]:
    """One proposal per body whose mandates end before or at the meeting.

    Mandates in office today with a planned end on or before ``meeting_on`` are due
    for renewal (outgoing members may stand again: they are candidates to propose).
    """
    due = expiring(mandates, today, meeting_on)
    proposals = []
    for body in bodies:
        outgoing = tuple(m.member_id for m in due if m.body_id == body.id and m.votes)
        if outgoing:
            proposals.append(ElectionProposal(body.id, body.name, len(outgoing), outgoing))
    return tuple(proposals)
