# SPDX-License-Identifier: GPL-3.0-or-later
"""Tables of the journal of governance events. Created by migration 0006.

An entry is stored as the very bytes that were hashed (and later signed), so that a
check re-hashes what was written. Signatures live in a table of their own because an
entry is written *pending* and signed later, when the organisation key is unlocked:
neither table is ever updated. Migration 0006 adds SQLite triggers refusing UPDATE and
DELETE on both (a later migration that rebuilds these tables must create them again).
"""

from __future__ import annotations

from sqlalchemy import ForeignKey, Integer, LargeBinary, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from talagov.storage.models import Base


class JournalEntryRow(Base):
    """One entry of an install's journal (see ``core.journal``)."""

    __tablename__ = "journal_entry"
    __table_args__ = (UniqueConstraint("install", "sequence", name="journal_sequence"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    install: Mapped[str] = mapped_column(String(32))
    sequence: Mapped[int] = mapped_column(Integer)
    kind: Mapped[str] = mapped_column(String(40))
    # No foreign key: the journal outlives what it records (a draft meeting deleted).
    meeting_id: Mapped[int | None] = mapped_column(Integer, index=True)
    data: Mapped[bytes] = mapped_column(LargeBinary)  # the canonical entry, exactly as hashed
    entry_hash: Mapped[str] = mapped_column(String(64))


class JournalSignatureRow(Base):
    """The signature of one entry, by the key the install holds."""

    __tablename__ = "journal_signature"
    id: Mapped[int] = mapped_column(primary_key=True)
    entry_id: Mapped[int] = mapped_column(
        ForeignKey("journal_entry.id", ondelete="RESTRICT"), unique=True)
    signer: Mapped[str] = mapped_column(String(64))  # SHA-256 of the certificate's DER
    signature: Mapped[bytes] = mapped_column(LargeBinary)  # DER ECDSA over the entry's data


__all__ = ["JournalEntryRow", "JournalSignatureRow"]
