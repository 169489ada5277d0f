# SPDX-License-Identifier: GPL-3.0-or-later
"""Tables of the minutes and the register of deliberations. Created by migration 0005.

A minutes row keeps the generated half (drafted from the record at closing) and the
written half (the secretary's autosave) as JSON, then, from submission, the frozen
content exactly as signed and the PDF with its signatures appended. Register entries
are stored as the very bytes that were hashed and signed, so that a check re-hashes
what was written and any altered byte shows.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import DateTime, ForeignKey, Integer, LargeBinary, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from talagov.storage.models import Base


class MinutesRow(Base):
    """A procès-verbal (or an erratum to one) of a meeting."""

    __tablename__ = "minutes"
    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meeting.id", ondelete="RESTRICT"), index=True)
    kind: Mapped[str] = mapped_column(String(10), default="minutes")  # or "erratum"
    corrects_id: Mapped[int | None] = mapped_column(ForeignKey("minutes.id", ondelete="RESTRICT"))
    status: Mapped[str] = mapped_column(String(10), default="draft")
    lang: Mapped[str] = mapped_column(String(5), default="fr")
    generated: Mapped[str] = mapped_column(Text, default="")  # JSON, from the record
    written: Mapped[str] = mapped_column(Text, default="")  # JSON, the secretary's parts
    signatories: Mapped[str] = mapped_column(Text, default="[]")  # JSON [{member_id, role}]
    content: Mapped[str] = mapped_column(Text, default="")  # RFC 8785, frozen at submission
    content_hash: Mapped[str] = mapped_column(String(64), default="")
    pdf: Mapped[bytes | None] = mapped_column(LargeBinary)  # with every signature so far
    # The PDF's size when the last signatory signed: the register hashes that prefix, so a
    # time-stamp added later (an incremental update) keeps the entry true.
    signed_pdf_size: Mapped[int] = mapped_column(Integer, default=0)
    timestamp: Mapped[str] = mapped_column(String(10), default="")  # "", "rfc3161", "local"
    timestamp_note: Mapped[str] = mapped_column(Text, default="")  # why none was obtained
    created_at: Mapped[datetime] = mapped_column(DateTime)
    updated_at: Mapped[datetime] = mapped_column(DateTime)
    submitted_at: Mapped[datetime | None] = mapped_column(DateTime)
    signed_at: Mapped[datetime | None] = mapped_column(DateTime)


class MinutesSignatureRow(Base):
    """One signatory's signature: over the canonical content, and in the PDF."""

    __tablename__ = "minutes_signature"
    __table_args__ = (UniqueConstraint("minutes_id", "member_id", name="signer"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    minutes_id: Mapped[int] = mapped_column(ForeignKey("minutes.id", ondelete="RESTRICT"), index=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("member.id", ondelete="RESTRICT"))
    role: Mapped[str] = mapped_column(String(20))
    certificate_pem: Mapped[str] = mapped_column(Text)
    signature: Mapped[str] = mapped_column(Text)  # base64 ECDSA over the content bytes
    signed_at: Mapped[datetime] = mapped_column(DateTime)
    timestamped: Mapped[bool] = mapped_column(default=False)  # the PDF signature has a TST


class RegisterEntryRow(Base):
    """One entry of a register of deliberations (see ``core.deliberations``)."""

    __tablename__ = "register_entry"
    __table_args__ = (UniqueConstraint("register", "number", name="number"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    register: Mapped[str] = mapped_column(String(40), index=True)
    number: Mapped[int] = mapped_column(Integer)
    minutes_id: Mapped[int] = mapped_column(ForeignKey("minutes.id", ondelete="RESTRICT"), unique=True)
    data: Mapped[str] = mapped_column(Text)  # the canonical entry, exactly as hashed
    entry_hash: Mapped[str] = mapped_column(String(64))
    signature: Mapped[str] = mapped_column(Text)  # base64, the organisation key over data
    entered_at: Mapped[datetime] = mapped_column(DateTime)


class SettingRow(Base):
    """A setting of this install (the time-stamping authority's address...)."""

    __tablename__ = "setting"
    key: Mapped[str] = mapped_column(String(60), primary_key=True)
    value: Mapped[str] = mapped_column(Text, default="")


__all__ = ["MinutesRow", "MinutesSignatureRow", "RegisterEntryRow", "SettingRow"]
