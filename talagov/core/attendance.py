# SPDX-License-Identifier: GPL-3.0-or-later
"""The attendance sheet (feuille de présence): how each member takes part in a meeting.

Each member on the voting roll has one :class:`AttendanceEntry`. A handwritten
signature is kept as vector strokes (points in a 0..1000 box), so the PDF draws it
sharply at any size and the same signature always gives the same bytes.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import datetime

SIGNATURE_BOX = 1000  # strokes are in a SIGNATURE_BOX x (SIGNATURE_BOX / 3) box

Point = tuple[int, int]
Stroke = tuple[Point, ...]


class AttendanceStatus(enum.StrEnum):
    """How a member takes part (R225-95)."""

    PRESENT = "present"
    REMOTE = "remote"  # visio or telephone; deemed present only if the statutes allow it
    REPRESENTED = "represented"  # by a proxy holder
    CORRESPONDENCE = "correspondence"  # voted by a postal form
    EXCUSED = "excused"
    ABSENT = "absent"

    @property
    def attends(self) -> bool:
        """In the room or connected: a proxy given by this member is void."""
        return self in (AttendanceStatus.PRESENT, AttendanceStatus.REMOTE)


@dataclass(frozen=True)
class Signature:
    """A handwritten signature captured on the laptop, with the time it was given."""

    strokes: tuple[Stroke, ...]
    signed_at: datetime

    @property
    def empty(self) -> bool:
        """No stroke long enough to be a signature."""
        return not any(len(s) >= 2 for s in self.strokes)


@dataclass(frozen=True)
class AttendanceEntry:
    """One line of the attendance sheet.

    Attributes:
        arrived_at, left_at: arrival and departure (a member who left no longer counts
            for the quorum of the items that follow).
    """

    member_id: int
    status: AttendanceStatus = AttendanceStatus.ABSENT
    arrived_at: datetime | None = None
    left_at: datetime | None = None
    signature: Signature | None = None
    note: str = ""

    def attending_at(self, at: datetime) -> bool:
        """Present or remote, arrived at or before ``at`` and not left by then."""
        if not self.status.attends:
            return False
        if self.arrived_at is not None and self.arrived_at > at:
            return False
        return self.left_at is None or self.left_at > at
