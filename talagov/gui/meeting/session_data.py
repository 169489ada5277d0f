# SPDX-License-Identifier: GPL-3.0-or-later
"""What the session tab loads in one task, and the small adapters its dialogs share.

Everything runs on the task runner's worker: :func:`load_session` returns frozen
values only (the service's ``SessionState``, the agenda, college names).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from talagov.core.agenda import AgendaItem, resolution_numbers
from talagov.core.errors import UserError
from talagov.core.library import DocumentKind
from talagov.core.meetings import MeetingStatus
from talagov.core.members import PersonKind
from talagov.core.text import search_key
from talagov.services import library as library_service
from talagov.services import meetings as meetings_service
from talagov.services import organisation as org_service
from talagov.services import session as session_service
from talagov.services.changes import Changes
from talagov.services.members import MemberListItem
from talagov.services.session import AttendanceLine, SessionState
from talagov.services.uow import UnitOfWork

Clock = Callable[[], datetime]
_EDITABLE = (MeetingStatus.DRAFT, MeetingStatus.CONVENED, MeetingStatus.IN_SESSION)


@dataclass(frozen=True)
class SessionData:
    """The session's state with the agenda and the names of the colleges."""

    state: SessionState
    agenda: tuple[AgendaItem, ...] = ()
    colleges: dict[str, str] = field(default_factory=dict)

    @property
    def editable(self) -> bool:
        """Whether the sheet still changes (once closed it is evidence)."""
        return self.state.meeting.status in _EDITABLE

    @property
    def meeting_id(self) -> int:
        """The meeting shown."""
        return self.state.meeting.id

    def voting_items(self) -> list[tuple[int, AgendaItem]]:
        """``(resolution number, item)`` of the items put to the vote, in agenda order."""
        numbers = resolution_numbers(self.agenda)
        return [(numbers[i.id], i) for i in sorted(self.agenda, key=lambda i: i.position)
                if i.id in numbers]

    def attendees(self) -> list[AttendanceLine]:
        """Lines of members present or remote (the bureau is chosen among them)."""
        return [line for line in self.state.lines if line.entry.status.attends]

    def line_of(self, member_id: int) -> AttendanceLine | None:
        """The attendance line of a member, if on the roll."""
        return next((line for line in self.state.lines if line.member_id == member_id), None)


def load_session(uow: UnitOfWork, meeting_id: int, at: datetime) -> SessionData:
    """The session state at ``at``, the agenda, and the college names of the statutes."""
    state = session_service.session_state(uow, meeting_id, at=at)
    items = tuple(meetings_service.agenda(uow, meeting_id))
    try:
        colleges = {c.key: c.name for c in org_service.statutes_at(uow, state.meeting.on).colleges}
    except UserError:  # no statutes in force: the college column shows the keys
        colleges = {}
    return SessionData(state, items, colleges)


def roll_items(lines: Sequence[AttendanceLine]) -> list[MemberListItem]:
    """The members of the roll as items a :class:`MemberPicker` offers (number and name)."""
    return [MemberListItem(line.member_id, line.number, PersonKind.NATURAL, line.name, "",
                           "", line.college_key, "", None, None, 0,
                           search_key(line.number, line.name))
            for line in lines]


def with_scanned_form(
    path: Path | None, title: str, kind: DocumentKind, now: datetime,
    record: Callable[[UnitOfWork, int | None], tuple[int, Changes]],
) -> Callable[[UnitOfWork], tuple[int, Changes]]:
    """A task that adds the scanned form at ``path`` (if any) to the library, then records.

    Both happen in one unit of work: when ``record`` is refused, the document row is
    rolled back too (the file stored under its hash is harmless and reused if added
    again).
    """
    def task(uow: UnitOfWork) -> tuple[int, Changes]:
        document_id: int | None = None
        library_changes = Changes.of()
        if path is not None:
            document_id, library_changes = library_service.add_document(
                uow, path.read_bytes(), filename=path.name, title=title, kind=kind,
                on=now.date(), now=now)
        new_id, changes = record(uow, document_id)
        merged = Changes(changes.aggregates | library_changes.aggregates,
                         changes.ids | library_changes.ids)
        return new_id, merged

    return task
