# SPDX-License-Identifier: GPL-3.0-or-later
"""What every session action loads first: the meeting, who takes part, the statutes,
the attendance, the proxies and the postal forms (one :class:`SessionContext`)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from talagov.core.attendance import AttendanceEntry, AttendanceStatus
from talagov.core.errors import NotFoundError, UserError
from talagov.core.meetings import Meeting, MeetingStatus
from talagov.core.members import Member
from talagov.core.session import Session
from talagov.services.changes import Aggregate, Changes
from talagov.services.organisation import statutes_at
from talagov.services.roll_cache import roll_and_members
from talagov.services.uow import UnitOfWork
from talagov.storage import mandates_repo, meetings_repo, session_repo
from talagov.storage.models import (
    AttendanceRow,
    MeetingRow,
)

OPEN_STATUSES = frozenset({MeetingStatus.DRAFT, MeetingStatus.CONVENED, MeetingStatus.IN_SESSION})
# Statuses a proxy or a postal form puts on an otherwise empty attendance line.
PASSIVE_STATUSES = frozenset({AttendanceStatus.ABSENT, AttendanceStatus.EXCUSED})


@dataclass(frozen=True)
class SessionContext(Session):
    """The loaded record of one meeting's session, and the rules applied to it
    (:class:`~talagov.core.session.Session`), with the members by id."""

    members: Mapping[int, Member]

    def entry(self, member_id: int) -> AttendanceEntry:
        """The member's attendance entry (absent when none was recorded)."""
        return self.entries.get(member_id) or AttendanceEntry(member_id)


def meeting_row(uow: UnitOfWork, meeting_id: int) -> MeetingRow:
    """The meeting's row. Raises ``NotFoundError`` (``meeting.not_found``)."""
    row = uow.session.get(MeetingRow, meeting_id)
    if row is None:
        raise NotFoundError("meeting.not_found", {"id": meeting_id})
    return row


def open_meeting(uow: UnitOfWork, meeting_id: int) -> Meeting:
    """The meeting, refused with ``session.closed`` once closed or archived."""
    meeting = meetings_repo.to_meeting(meeting_row(uow, meeting_id))
    if meeting.status not in OPEN_STATUSES:
        raise UserError("session.closed", {"title": meeting.title})
    return meeting


def load_context(uow: UnitOfWork, meeting_id: int, *, require_open: bool = False) -> SessionContext:
    """Load the session's record: participants (roll or body), statutes, entries.

    Args:
        require_open: refuse a closed or archived meeting, as :func:`open_meeting`,
            before loading anything else.
    """
    if require_open:
        meeting = open_meeting(uow, meeting_id)
    else:
        meeting = meetings_repo.to_meeting(meeting_row(uow, meeting_id))
    roll, members = roll_and_members(uow, meeting.roll_date)
    statutes = statutes_at(uow, meeting.on)
    board = meeting.body_id is not None
    if board:
        voters = frozenset(m.member_id for m in mandates_repo.all_mandates(uow.session)
                           if m.body_id == meeting.body_id and m.votes
                           and m.active_on(meeting.on))  # fmt: skip
    else:
        voters = frozenset(e.member_id for e in roll.voters)
    return SessionContext(
        meeting=meeting, statutes=statutes, board=board, voters=voters, members=members,
        entries={e.member_id: e for e in session_repo.attendance(uow.session, meeting_id)},
        proxies=tuple(session_repo.proxies(uow.session, meeting_id)),
        forms=tuple(session_repo.forms(uow.session, meeting_id)),
    )  # fmt: skip


def changes_of(meeting_id: int, *extra: Aggregate) -> Changes:
    """The change summary of a session action."""
    return Changes.of(Aggregate.SESSION, *extra, ids=(meeting_id,))


def member_name(ctx: SessionContext, member_id: int | None) -> str:
    """A member's display name, or an empty string."""
    member = ctx.members.get(member_id) if member_id is not None else None
    return member.display_name if member is not None else ""


def require_voter(ctx: SessionContext, member_id: int) -> None:
    """Refuse (``session.not_on_roll``) a member who does not take part."""
    if member_id not in ctx.voters:
        raise UserError("session.not_on_roll", {"name": member_name(ctx, member_id) or str(member_id)})


def stored_entry(uow: UnitOfWork, meeting_id: int, member_id: int) -> AttendanceEntry:
    """The member's recorded attendance entry (absent when none was recorded).

    One row, for actions that need no roll: :meth:`SessionContext.entry` gives the same.
    """
    row = session_repo.attendance_row(uow.session, meeting_id, member_id)
    return session_repo.to_entry(row) if row is not None else AttendanceEntry(member_id)


def save_entry(uow: UnitOfWork, meeting_id: int, entry: AttendanceEntry) -> None:
    """Insert or update the member's attendance line."""
    row = session_repo.attendance_row(uow.session, meeting_id, entry.member_id)
    if row is None:
        row = AttendanceRow(meeting_id=meeting_id)
        uow.session.add(row)
    session_repo.apply_entry(row, entry)
    uow.session.flush()


