# SPDX-License-Identifier: GPL-3.0-or-later
"""Bodies (board, gérance, committees...) and the mandates held in them."""

from __future__ import annotations

import enum
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date


class BodyKind(enum.StrEnum):
    """Kinds of bodies a cooperative or association has."""

    BOARD = "board"  # conseil d'administration
    SUPERVISORY_BOARD = "supervisory_board"  # conseil de surveillance
    MANAGEMENT = "management"  # gérance, présidence de SAS, directoire
    BUREAU = "bureau"
    COMMITTEE = "committee"
    WORKING_GROUP = "working_group"
    STEERING_COMMITTEE = "steering_committee"


# Bodies whose mandates count for the SCOP one-third rule (loi 78-763 art. 15).
GOVERNING_BODIES = frozenset({BodyKind.BOARD, BodyKind.SUPERVISORY_BOARD, BodyKind.MANAGEMENT})


class Role(enum.StrEnum):
    """The role a mandate confers."""

    PRESIDENT = "president"
    VICE_PRESIDENT = "vice_president"
    SECRETARY = "secretary"
    TREASURER = "treasurer"
    ADMINISTRATOR = "administrator"
    GERANT = "gerant"
    DIRECTOR_GENERAL = "director_general"
    MEMBER = "member"
    ADVISORY = "advisory"  # seat without a vote
    ENTITY_REPRESENTATIVE = "entity_representative"


@dataclass(frozen=True)
class Body:
    """A body of the organisation."""

    id: int
    kind: BodyKind
    name: str
    seats: int = 0  # 0 = not fixed by the statutes


@dataclass(frozen=True)
class Mandate:
    """A member's seat in a body, with its planned and actual end."""

    id: int
    body_id: int
    member_id: int
    role: Role
    start: date
    planned_end: date | None = None
    end: date | None = None
    end_reason: str = ""

    def active_on(self, at: date) -> bool:
        """In office on ``at``."""
        return self.start <= at and (self.end is None or at < self.end)

    @property
    def votes(self) -> bool:
        """Advisory seats do not vote nor count in the board's size."""
        return self.role is not Role.ADVISORY

    def term_months(self) -> int | None:
        """Planned length of the term in whole months, if a planned end is known."""
        if self.planned_end is None:
            return None
        months = (self.planned_end.year - self.start.year) * 12
        months += self.planned_end.month - self.start.month
        if self.planned_end.day < self.start.day:
            months -= 1
        return months


@dataclass(frozen=True)
class Handover:
    """The passation of an office from one person to another."""

    id: int
    body_id: int
    role: Role
    from_member_id: int | None
    to_member_id: int
    on: date
    note: str = ""


def active_mandates(mandates: Iterable[Mandate], at: date) -> list[Mandate]:
    """Mandates in office on ``at``."""
    return [m for m in mandates if m.active_on(at)]


def expiring(mandates: Iterable[Mandate], at: date, until: date) -> list[Mandate]:
    """Mandates in office on ``at`` whose planned end falls on or before ``until``.

    Used to list the seats to renew at the next AG (``until`` = its date); mandates
    already past their planned end but not closed are included too.
    """
    due = [
        m
        for m in mandates
        if m.active_on(at) and m.planned_end is not None and m.planned_end <= until
    ]
    return sorted(due, key=lambda m: (m.planned_end or at, m.id))
