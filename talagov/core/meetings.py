# SPDX-License-Identifier: GPL-3.0-or-later
"""Meetings: which body meets, what kind of meeting, when and where, and its lifecycle.

A meeting goes ``draft -> convened -> in_session -> closed -> archived``; the moves
allowed are data (:data:`TRANSITIONS`) and :func:`check_transition` says why a move is
refused. A meeting that failed its quorum leads to a second convocation, a new meeting
linked to the first by ``previous_id``. Nothing here reads the clock.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import date, datetime, time

from talagov.core.statutes import Convocation, MeetingKind


class MeetingType(enum.StrEnum):
    """What kind of meeting it is (the statutes' rule follows from it)."""

    AGO = "ago"  # assemblée générale ordinaire
    AGE = "age"  # assemblée générale extraordinaire
    MIXED = "mixed"  # AG with ordinary and extraordinary items
    BOARD = "board"  # board, supervisory board, gérance
    OTHER = "other"  # committee, working group, steering committee

    @property
    def is_general_assembly(self) -> bool:
        """AGO, AGE and mixed AGs are general assemblies of the associates."""
        return self in (MeetingType.AGO, MeetingType.AGE, MeetingType.MIXED)


class MeetingStatus(enum.StrEnum):
    """Where the meeting is in its life."""

    DRAFT = "draft"
    CONVENED = "convened"
    IN_SESSION = "in_session"
    CLOSED = "closed"
    ARCHIVED = "archived"


# The legal moves. Going back from "convened" to "draft" is allowed only while no
# convocation has been sent (checked by the service, which knows the log).
TRANSITIONS: dict[MeetingStatus, frozenset[MeetingStatus]] = {
    MeetingStatus.DRAFT: frozenset({MeetingStatus.CONVENED}),
    MeetingStatus.CONVENED: frozenset({MeetingStatus.IN_SESSION, MeetingStatus.DRAFT}),
    MeetingStatus.IN_SESSION: frozenset({MeetingStatus.CLOSED}),
    MeetingStatus.CLOSED: frozenset({MeetingStatus.ARCHIVED}),
    MeetingStatus.ARCHIVED: frozenset(),
}


@dataclass(frozen=True)
class Meeting:
    """One meeting of a body.

    Attributes:
        body_id: the body that meets; ``None`` for a general assembly of the associates.
        convocation: 1 for a first convocation, 2 when ``previous_id`` failed its quorum.
        record_date: the date voting rights are taken on (defaults to the meeting date).
        notice_override: the reason the secretary gave for convening despite a short
            notice (empty when none); it goes to the minutes.
        opened_at: when the session was opened (correspondence forms received later do
            not count, L225-107 I).
    """

    id: int
    title: str
    type: MeetingType
    on: date
    status: MeetingStatus = MeetingStatus.DRAFT
    body_id: int | None = None
    start_time: time | None = None
    end_time: time | None = None
    place: str = ""
    remote_link: str = ""
    convocation: Convocation = Convocation.FIRST
    previous_id: int | None = None
    record_date: date | None = None
    notice_override: str = ""
    opened_at: datetime | None = None
    closed_at: datetime | None = None
    chair_member_id: int | None = None
    secretary_name: str = ""
    scrutineer_ids: tuple[int, ...] = ()
    notes: str = ""

    @property
    def roll_date(self) -> date:
        """The record date of the voting rights."""
        return self.record_date or self.on

    @property
    def rule_kind(self) -> MeetingKind:
        """The statutes' rule that decides quorum and notice for this meeting.

        A mixed AG is judged by the stricter extraordinary rule for its quorum and notice;
        its ordinary items still use the ordinary majority (see the agenda).
        """
        if self.type in (MeetingType.AGE, MeetingType.MIXED):
            return MeetingKind.AGE
        if self.type is MeetingType.AGO:
            return MeetingKind.AGO
        return MeetingKind.BOARD

    @property
    def agenda_locked(self) -> bool:
        """Once convened, the agenda changes only through a logged amendment."""
        return self.status is not MeetingStatus.DRAFT


def check_transition(current: MeetingStatus, target: MeetingStatus) -> str | None:
    """``None`` when ``current -> target`` is a legal move, else the refusal code."""
    if target == current:
        return "meeting.same_status"
    if target not in TRANSITIONS[current]:
        return "meeting.illegal_transition"
    return None


def next_statuses(current: MeetingStatus) -> tuple[MeetingStatus, ...]:
    """The statuses reachable from ``current``, in lifecycle order."""
    order = list(MeetingStatus)
    return tuple(sorted(TRANSITIONS[current], key=order.index))
