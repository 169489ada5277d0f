# SPDX-License-Identifier: GPL-3.0-or-later
"""Tables of the signed electronic votes: keys, certificates, revocations, polls,
ballots and hand counts. Created only by migration 0004.

Private keys are stored only sealed (``talagov.sealed-key`` JSON, Argon2id +
AES-256-GCM); ballots are stored exactly as received (the ballot file), so that a
later check re-verifies the very bytes that were signed.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, DateTime, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from talagov.storage.models import Base


class OrganisationKeyRow(Base):
    """The organisation's CA key (sealed) and self-signed certificate."""

    __tablename__ = "organisation_key"
    id: Mapped[int] = mapped_column(primary_key=True)
    certificate_pem: Mapped[str] = mapped_column(Text)
    fingerprint: Mapped[str] = mapped_column(String(64), unique=True)
    sealed_key: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(DateTime)
    retired_at: Mapped[datetime | None] = mapped_column(DateTime)


class MemberKeyRow(Base):
    """A member's certificate, and the sealed key when it was made on this laptop."""

    __tablename__ = "member_key"
    id: Mapped[int] = mapped_column(primary_key=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("member.id", ondelete="RESTRICT"), index=True)
    serial: Mapped[str] = mapped_column(String(40), unique=True)
    # SHA-256 of the DER: a ballot carrying this very certificate needs no second check of
    # the organisation's signature on it (the register records that it was issued here).
    fingerprint: Mapped[str] = mapped_column(String(64), unique=True)
    certificate_pem: Mapped[str] = mapped_column(Text)
    sealed_key: Mapped[str | None] = mapped_column(Text)  # None: the key lives elsewhere
    issued_at: Mapped[datetime] = mapped_column(DateTime)
    not_after: Mapped[datetime] = mapped_column(DateTime)
    revoked_at: Mapped[datetime | None] = mapped_column(DateTime)
    revoked_reason: Mapped[str] = mapped_column(Text, default="")


class RevocationListRow(Base):
    """One signed revocation list; the highest sequence is in force."""

    __tablename__ = "revocation_list"
    id: Mapped[int] = mapped_column(primary_key=True)
    sequence: Mapped[int] = mapped_column(Integer, unique=True)
    signed: Mapped[str] = mapped_column(Text)  # the signed file, JSON
    issued_at: Mapped[datetime] = mapped_column(DateTime)


class PollRow(Base):
    """The poll of one resolution or election item."""

    __tablename__ = "poll"
    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meeting.id", ondelete="RESTRICT"), index=True)
    item_id: Mapped[int] = mapped_column(ForeignKey("agenda_item.id", ondelete="RESTRICT"), unique=True)
    status: Mapped[str] = mapped_column(String(10), default="prepared")
    definition: Mapped[str] = mapped_column(Text, default="")  # payload JSON, frozen at opening
    definition_hash: Mapped[str] = mapped_column(String(64), default="")
    secret: Mapped[bool | None] = mapped_column(Boolean)  # None: the default by kind
    majority_override: Mapped[str] = mapped_column(Text, default="")  # JSON rule or ""
    majority_source: Mapped[str] = mapped_column(Text, default="")
    opened_at: Mapped[datetime | None] = mapped_column(DateTime)
    closed_at: Mapped[datetime | None] = mapped_column(DateTime)
    quorum_record_id: Mapped[int | None] = mapped_column(
        ForeignKey("quorum_record.id", ondelete="RESTRICT"))
    result: Mapped[str] = mapped_column(Text, default="")  # tally JSON at closing
    # The electorate and bases the closed poll was judged on (poll_settings_repo).
    setting: Mapped[str] = mapped_column(Text, default="")


class BallotRow(Base):
    """A ballot exactly as received, whatever its verdict (nothing is deleted)."""

    __tablename__ = "ballot"
    id: Mapped[int] = mapped_column(primary_key=True)
    poll_id: Mapped[int] = mapped_column(ForeignKey("poll.id", ondelete="RESTRICT"), index=True)
    channel: Mapped[str] = mapped_column(String(20))
    voter_id: Mapped[int] = mapped_column(Integer)  # as the ballot says: not a foreign key
    on_behalf_of: Mapped[int] = mapped_column(Integer)
    sequence: Mapped[int] = mapped_column(Integer)
    fingerprint: Mapped[str] = mapped_column(String(64), unique=True)
    envelope: Mapped[str] = mapped_column(Text)  # the ballot file (JSON)
    received_at: Mapped[datetime] = mapped_column(DateTime)
    origin: Mapped[str] = mapped_column(Text, default="")  # file name, "booth"...


class HandCountRow(Base):
    """Totals counted by hand in the room, signed by the organisation key as witness."""

    __tablename__ = "hand_count"
    id: Mapped[int] = mapped_column(primary_key=True)
    poll_id: Mapped[int] = mapped_column(ForeignKey("poll.id", ondelete="RESTRICT"), unique=True)
    counts: Mapped[str] = mapped_column(Text)  # JSON college -> choice -> n
    scrutineers: Mapped[str] = mapped_column(Text)  # JSON list of names
    at: Mapped[datetime] = mapped_column(DateTime)
    signature: Mapped[str] = mapped_column(Text, default="")  # base64, over the canonical payload


__all__ = [
    "BallotRow",
    "HandCountRow",
    "MemberKeyRow",
    "OrganisationKeyRow",
    "PollRow",
    "RevocationListRow",
]
