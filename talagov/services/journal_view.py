# SPDX-License-Identifier: GPL-3.0-or-later
"""What the journal section of the Registers page shows without re-reading the journal.

The journal grows with nearly every change (a member admitted, a ballot received), so
the page reloads it after each one: this read costs a few counts and the newest
entries only (``limit``), whatever the journal's length. The full check, which reads
and verifies every entry, stays ``services.journal.verify``.
"""

from __future__ import annotations

from dataclasses import dataclass

from talagov.services import journal
from talagov.services.journal import JournalLine
from talagov.services.uow import UnitOfWork
from talagov.storage import journal_repo
from talagov.storage.settings_repo import get_setting

LATEST = 200  # rows the page shows: the newest, enough to follow a session


@dataclass(frozen=True)
class JournalMeeting:
    """A meeting the journal has entries about (``title`` is "" once it is deleted)."""

    meeting_id: int
    title: str
    on: str  # ISO date, "" when unknown


@dataclass(frozen=True)
class JournalOverview:
    """The counts of the journal and its newest entries, oldest first.

    Attributes:
        install: this install's id, "" before its first entry.
        entries: every stored entry (of the whole journal, whatever the selection, so
            the counts match the check's).
        signed: entries that carry a signature.
        pending: entries of this install waiting for the organisation key.
        lines: the newest ``limit`` entries of the selection, in sequence order.
        meetings: the meetings that have entries, newest first.
    """

    install: str
    entries: int
    signed: int
    pending: int
    lines: tuple[JournalLine, ...]
    meetings: tuple[JournalMeeting, ...]


def overview(uow: UnitOfWork, *, meeting_id: int | None = None,
             limit: int = LATEST) -> JournalOverview:
    """The counts of the whole journal and its newest ``limit`` entries (those of
    ``meeting_id`` only, when given), without verifying anything."""
    session = uow.session
    entries, signed = journal_repo.counts(session)
    found = (journal.line_of(data, digest, is_signed) for data, digest, is_signed
             in journal_repo.latest(session, meeting_id=meeting_id, limit=limit))
    meetings = sorted((JournalMeeting(i, title, on)
                       for i, title, on in journal_repo.journaled_meetings(session)),
                      key=lambda m: (m.on, m.meeting_id), reverse=True)  # fmt: skip
    # Read, not created: a look at the page writes nothing.
    install = get_setting(session, journal.INSTALL_SETTING)
    return JournalOverview(install, entries, signed, journal.pending(uow),
                           tuple(line for line in found if line is not None),
                           tuple(meetings))  # fmt: skip
