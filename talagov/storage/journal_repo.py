# SPDX-License-Identifier: GPL-3.0-or-later
"""Queries on the journal: append, read back, and the signatures added when sealing.

There is deliberately no update and no delete here (and SQLite's triggers refuse
them). Entry bytes are read back with ``CAST(data AS BLOB)``, so that a value rewritten
by hand as text, even invalid UTF-8, still reaches the check as the bytes it is.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import LargeBinary, Select, cast, func, select
from sqlalchemy.orm import Session

from talagov.core.journal import JournalRecord
from talagov.storage.journal_models import JournalEntryRow, JournalSignatureRow
from talagov.storage.models import MeetingRow
from talagov.storage.vote_models import OrganisationKeyRow

_DATA = cast(JournalEntryRow.data, LargeBinary)
_SIGNATURE = cast(JournalSignatureRow.signature, LargeBinary)


def last_entry(session: Session, install: str) -> tuple[int, str] | None:
    """``(sequence, hash)`` of the install's newest entry (one read of the unique index)."""
    row = session.execute(
        select(JournalEntryRow.sequence, JournalEntryRow.entry_hash)
        .where(JournalEntryRow.install == install)
        .order_by(JournalEntryRow.sequence.desc())
        .limit(1)
    ).first()
    return (int(row[0]), str(row[1])) if row is not None else None


def add_entry(session: Session, *, install: str, sequence: int, kind: str,
              meeting_id: int | None, data: bytes, entry_hash: str) -> None:
    """Append one entry (flushed with the caller's next query or commit)."""
    session.add(JournalEntryRow(install=install, sequence=sequence, kind=kind,
                                meeting_id=meeting_id, data=data, entry_hash=entry_hash))


def _select() -> Select[Any]:
    return (
        select(JournalEntryRow.sequence, _DATA, JournalEntryRow.entry_hash, _SIGNATURE,
               JournalSignatureRow.signer)
        .outerjoin(JournalSignatureRow, JournalSignatureRow.entry_id == JournalEntryRow.id)
        .order_by(JournalEntryRow.sequence, JournalEntryRow.id)
    )  # fmt: skip


def records(session: Session, *, meeting_id: int | None = None, install: str | None = None,
            between: tuple[int, int] | None = None) -> list[tuple[int, JournalRecord]]:
    """Entries in sequence order as ``(stored sequence, record)``, optionally only those
    of one meeting, of one install, or whose sequence is within ``between`` (inclusive)."""
    stmt = _select()
    if meeting_id is not None:
        stmt = stmt.where(JournalEntryRow.meeting_id == meeting_id)
    if install is not None:
        stmt = stmt.where(JournalEntryRow.install == install)
    if between is not None:
        stmt = stmt.where(JournalEntryRow.sequence.between(*between))
    return [
        (int(seq), JournalRecord(bytes(data), str(digest),
                                 bytes(signature) if signature is not None else None,
                                 str(signer) if signature is not None else ""))
        for seq, data, digest, signature, signer in session.execute(stmt)
    ]  # fmt: skip


def meeting_span(session: Session, install: str, meeting_id: int) -> tuple[int, int] | None:
    """The first and last sequence of the install's entries about one meeting (one read)."""
    row = session.execute(
        select(func.min(JournalEntryRow.sequence), func.max(JournalEntryRow.sequence))
        .where(JournalEntryRow.install == install, JournalEntryRow.meeting_id == meeting_id)
    ).first()
    if row is None or row[0] is None:
        return None
    return int(row[0]), int(row[1])


def pending(session: Session, install: str) -> list[tuple[int, int, bytes, str]]:
    """The install's unsigned entries in sequence order: ``(id, sequence, data, hash)``."""
    stmt = (
        select(JournalEntryRow.id, JournalEntryRow.sequence, _DATA, JournalEntryRow.entry_hash)
        .outerjoin(JournalSignatureRow, JournalSignatureRow.entry_id == JournalEntryRow.id)
        .where(JournalEntryRow.install == install, JournalSignatureRow.id.is_(None))
        .order_by(JournalEntryRow.sequence)
    )
    return [(int(i), int(s), bytes(d), str(h)) for i, s, d, h in session.execute(stmt)]


def pending_count(session: Session, install: str) -> int:
    """How many of the install's entries wait for a signature."""
    stmt = (
        select(func.count(JournalEntryRow.id))
        .outerjoin(JournalSignatureRow, JournalSignatureRow.entry_id == JournalEntryRow.id)
        .where(JournalEntryRow.install == install, JournalSignatureRow.id.is_(None))
    )
    return int(session.scalar(stmt) or 0)


def hash_at(session: Session, install: str, sequence: int) -> str | None:
    """The recorded hash of the install's entry ``sequence``, if there is one."""
    return session.scalar(select(JournalEntryRow.entry_hash).where(
        JournalEntryRow.install == install, JournalEntryRow.sequence == sequence))  # fmt: skip


def add_signatures(session: Session, signatures: Sequence[tuple[int, str, bytes]]) -> None:
    """Store ``(entry id, signer fingerprint, signature)`` for entries being sealed."""
    session.add_all(JournalSignatureRow(entry_id=e, signer=s, signature=sig)
                    for e, s, sig in signatures)  # fmt: skip
    session.flush()


def organisation_certificates(session: Session) -> list[str]:
    """Every organisation certificate (PEM) this database has held, retired ones too:
    entries signed before a change of key still verify."""
    return list(session.scalars(select(OrganisationKeyRow.certificate_pem)
                                .order_by(OrganisationKeyRow.id)))


def latest(session: Session, *, meeting_id: int | None, limit: int
           ) -> list[tuple[bytes, str, bool]]:
    """The newest ``limit`` entries (of one meeting when given), oldest first: their
    bytes, recorded hash and whether they are signed."""
    stmt = (
        select(_DATA, JournalEntryRow.entry_hash, JournalSignatureRow.id)
        .outerjoin(JournalSignatureRow, JournalSignatureRow.entry_id == JournalEntryRow.id)
        .order_by(JournalEntryRow.sequence.desc(), JournalEntryRow.id.desc())
        .limit(limit)
    )  # fmt: skip
    if meeting_id is not None:
        stmt = stmt.where(JournalEntryRow.meeting_id == meeting_id)
    rows = [(bytes(data), str(digest), signature_id is not None)
            for data, digest, signature_id in session.execute(stmt)]
    rows.reverse()
    return rows


def counts(session: Session) -> tuple[int, int]:
    """How many entries are stored, and how many carry a signature."""
    entries = session.scalar(select(func.count(JournalEntryRow.id))) or 0
    signed = session.scalar(select(func.count(JournalSignatureRow.id))) or 0
    return int(entries), int(signed)


def journaled_meetings(session: Session) -> list[tuple[int, str, str]]:
    """``(id, title, ISO date)`` of every meeting the journal has entries about
    (``""`` for a meeting since deleted)."""
    ids = select(JournalEntryRow.meeting_id).where(JournalEntryRow.meeting_id.is_not(None))
    known = {int(row.id): (row.title, row.on.isoformat()) for row in session.execute(
        select(MeetingRow.id, MeetingRow.title, MeetingRow.on)
        .where(MeetingRow.id.in_(ids.distinct())))}  # fmt: skip
    every = {int(i) for i in session.scalars(ids.distinct()) if i is not None}
    return [(i, *known.get(i, ("", ""))) for i in every]
