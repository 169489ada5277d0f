# SPDX-License-Identifier: GPL-3.0-or-later
"""What the journal section of the Registers page shows without re-reading the journal.

The journal grows with nearly every change (a member admitted, a ballot received), so
the page reloads it after each one: this read costs a few counts and the newest
entries only (``limit``), whatever the journal's length. The full check, which reads
and verifies every entry, stays ``services.journal.verify``.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import LargeBinary, cast, func, select

from talagov.core.journal import parse_payload
from talagov.services import journal
from talagov.services.journal import JournalLine
from talagov.services.uow import UnitOfWork
from talagov.storage.journal_models import JournalEntryRow, JournalSignatureRow
from talagov.storage.models import MeetingRow
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


def _latest(uow: UnitOfWork, meeting_id: int | None, limit: int) -> list[JournalLine]:
    stmt = (
        select(cast(JournalEntryRow.data, LargeBinary), JournalEntryRow.entry_hash,
               JournalSignatureRow.id)
        .outerjoin(JournalSignatureRow, JournalSignatureRow.entry_id == JournalEntryRow.id)
        .order_by(JournalEntryRow.sequence.desc(), JournalEntryRow.id.desc())
        .limit(limit)
    )  # fmt: skip
    if meeting_id is not None:
        stmt = stmt.where(JournalEntryRow.meeting_id == meeting_id)
    out = []
    for data, digest, signature_id in uow.session.execute(stmt):
        try:
            p = parse_payload(bytes(data))
        except ValueError:  # left out, as ``journal.lines`` does: the check names it
            continue
        out.append(JournalLine(p.sequence, p.at, p.kind, p.meeting_id, p.subject,
                               signature_id is not None, str(digest)))  # fmt: skip
    out.reverse()
    return out


def _meetings(uow: UnitOfWork) -> list[JournalMeeting]:
    ids = select(JournalEntryRow.meeting_id).where(JournalEntryRow.meeting_id.is_not(None))
    known = {
        int(row.id): JournalMeeting(int(row.id), row.title, row.on.isoformat())
        for row in uow.session.execute(
            select(MeetingRow.id, MeetingRow.title, MeetingRow.on)
            .where(MeetingRow.id.in_(ids.distinct())))
    }  # fmt: skip
    every = {int(i) for i in uow.session.scalars(ids.distinct()) if i is not None}
    found = [known.get(i, JournalMeeting(i, "", "")) for i in every]
    return sorted(found, key=lambda m: (m.on, m.meeting_id), reverse=True)


def overview(uow: UnitOfWork, *, meeting_id: int | None = None,
             limit: int = LATEST) -> JournalOverview:
    """The counts of the whole journal and its newest ``limit`` entries (those of
    ``meeting_id`` only, when given), without verifying anything."""
    session = uow.session
    entries = int(session.scalar(select(func.count(JournalEntryRow.id))) or 0)
    signed = int(session.scalar(select(func.count(JournalSignatureRow.id))) or 0)
    # Read, not created: a look at the page writes nothing.
    install = get_setting(session, journal.INSTALL_SETTING)
    return JournalOverview(install, entries, signed,
                           journal.pending(uow), tuple(_latest(uow, meeting_id, limit)),
                           tuple(_meetings(uow)))  # fmt: skip
