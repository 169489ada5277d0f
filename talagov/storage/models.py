# SPDX-License-Identifier: GPL-3.0-or-later
"""SQLAlchemy 2 typed models. The schema is created only by Alembic migrations.

Rows are converted to core value types by the repositories; no ORM instance leaves a
unit of work. Dates are ``Date`` columns (ISO strings in SQLite).
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

# A naming convention makes Alembic's batch mode on SQLite able to find constraints.
NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    """Declarative base carrying the naming convention."""

    metadata = MetaData(naming_convention=NAMING)


class OrganisationRow(Base):
    """The organisation (one per database)."""

    __tablename__ = "organisation"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(300))
    form: Mapped[str] = mapped_column(String(20))
    siren: Mapped[str] = mapped_column(String(20), default="")
    registered_office: Mapped[str] = mapped_column(Text, default="")
    rcs_city: Mapped[str] = mapped_column(String(100), default="")
    fiscal_year_end_month: Mapped[int] = mapped_column(Integer, default=12)
    fiscal_year_end_day: Mapped[int] = mapped_column(Integer, default=31)
    share_nominal_cents: Mapped[int] = mapped_column(Integer, default=2500)
    created_at: Mapped[datetime] = mapped_column(DateTime)


class StatutesRow(Base):
    """A version of the statutes, as canonical JSON, applying from a date."""

    __tablename__ = "statutes_version"
    id: Mapped[int] = mapped_column(primary_key=True)
    organisation_id: Mapped[int] = mapped_column(ForeignKey("organisation.id"))
    effective_from: Mapped[date] = mapped_column(Date)
    data: Mapped[str] = mapped_column(Text)
    note: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(DateTime)


class CategoryRow(Base):
    """A configurable category of associates."""

    __tablename__ = "category"
    id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[str] = mapped_column(String(40), unique=True)
    label: Mapped[str] = mapped_column(String(200))
    role: Mapped[str] = mapped_column(String(20))
    position: Mapped[int] = mapped_column(Integer, default=0)


class MemberRow(Base):
    """An associate (natural person or legal entity)."""

    __tablename__ = "member"
    __table_args__ = (
        CheckConstraint("kind in ('natural', 'legal')", name="kind"),
        Index("ix_member_search", "search"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[str] = mapped_column(String(40), unique=True)
    kind: Mapped[str] = mapped_column(String(10))
    name: Mapped[str] = mapped_column(String(300))
    first_name: Mapped[str] = mapped_column(String(200), default="")
    email: Mapped[str] = mapped_column(String(300), default="")
    phone: Mapped[str] = mapped_column(String(60), default="")
    address: Mapped[str] = mapped_column(Text, default="")
    birth_date: Mapped[date | None] = mapped_column(Date)
    category_key: Mapped[str] = mapped_column(String(40), default="")
    college_key: Mapped[str] = mapped_column(String(40), default="")
    admission_date: Mapped[date | None] = mapped_column(Date)
    admission_decision: Mapped[str] = mapped_column(Text, default="")
    exit_date: Mapped[date | None] = mapped_column(Date)
    exit_cause: Mapped[str | None] = mapped_column(String(30))
    consent_date: Mapped[date | None] = mapped_column(Date)
    consent_address: Mapped[str] = mapped_column(String(300), default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    # Folded text (see core.text.search_key): SQLite's LIKE does not fold accents.
    search: Mapped[str] = mapped_column(Text, default="")
    updated_at: Mapped[datetime] = mapped_column(DateTime)

    aliases: Mapped[list[AliasRow]] = relationship(
        cascade="all, delete-orphan", order_by="AliasRow.id"
    )
    employment: Mapped[list[EmploymentRow]] = relationship(
        cascade="all, delete-orphan", order_by="EmploymentRow.start"
    )
    representatives: Mapped[list[RepresentativeRow]] = relationship(
        cascade="all, delete-orphan", order_by="RepresentativeRow.start"
    )
    arrears: Mapped[list[ArrearsRow]] = relationship(
        cascade="all, delete-orphan", order_by="ArrearsRow.notice_date"
    )


class AliasRow(Base):
    """Another spelling of a member's name, found by searches."""

    __tablename__ = "member_alias"
    id: Mapped[int] = mapped_column(primary_key=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("member.id", ondelete="CASCADE"), index=True)
    alias: Mapped[str] = mapped_column(String(300))


class EmploymentRow(Base):
    """A period of employment of a member."""

    __tablename__ = "employment_period"
    id: Mapped[int] = mapped_column(primary_key=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("member.id", ondelete="CASCADE"), index=True)
    start: Mapped[date] = mapped_column(Date)
    end: Mapped[date | None] = mapped_column(Date)
    end_cause: Mapped[str | None] = mapped_column(String(30))


class RepresentativeRow(Base):
    """A designation of the natural person representing a legal entity."""

    __tablename__ = "representative"
    id: Mapped[int] = mapped_column(primary_key=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("member.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(300))
    function: Mapped[str] = mapped_column(String(200), default="")
    start: Mapped[date] = mapped_column(Date)
    end: Mapped[date | None] = mapped_column(Date)


class ArrearsRow(Base):
    """A formal notice for unpaid subscriptions."""

    __tablename__ = "arrears"
    id: Mapped[int] = mapped_column(primary_key=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("member.id", ondelete="CASCADE"), index=True)
    notice_date: Mapped[date] = mapped_column(Date)
    cured_on: Mapped[date | None] = mapped_column(Date)


class ShareMovementRow(Base):
    """A line of the share register. Members referenced here can never be deleted."""

    __tablename__ = "share_movement"
    __table_args__ = (
        CheckConstraint("count > 0", name="count_positive"),
        CheckConstraint("nominal_cents > 0", name="nominal_positive"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(20))
    on: Mapped[date] = mapped_column(Date, index=True)
    count: Mapped[int] = mapped_column(Integer)
    nominal_cents: Mapped[int] = mapped_column(Integer)
    from_member_id: Mapped[int | None] = mapped_column(
        ForeignKey("member.id", ondelete="RESTRICT"), index=True
    )
    to_member_id: Mapped[int | None] = mapped_column(
        ForeignKey("member.id", ondelete="RESTRICT"), index=True
    )
    reference: Mapped[str] = mapped_column(String(200), default="")
    note: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(DateTime)


class BodyRow(Base):
    """A body of the organisation (board, gérance, committee...)."""

    __tablename__ = "body"
    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(30))
    name: Mapped[str] = mapped_column(String(200))
    seats: Mapped[int] = mapped_column(Integer, default=0)


class MandateRow(Base):
    """A seat held by a member in a body."""

    __tablename__ = "mandate"
    id: Mapped[int] = mapped_column(primary_key=True)
    body_id: Mapped[int] = mapped_column(ForeignKey("body.id", ondelete="RESTRICT"), index=True)
    member_id: Mapped[int] = mapped_column(
        ForeignKey("member.id", ondelete="RESTRICT"), index=True
    )
    role: Mapped[str] = mapped_column(String(30))
    start: Mapped[date] = mapped_column(Date)
    planned_end: Mapped[date | None] = mapped_column(Date)
    end: Mapped[date | None] = mapped_column(Date)
    end_reason: Mapped[str] = mapped_column(Text, default="")


class HandoverRow(Base):
    """The passation of an office."""

    __tablename__ = "handover"
    id: Mapped[int] = mapped_column(primary_key=True)
    body_id: Mapped[int] = mapped_column(ForeignKey("body.id", ondelete="RESTRICT"))
    role: Mapped[str] = mapped_column(String(30))
    from_member_id: Mapped[int | None] = mapped_column(ForeignKey("member.id", ondelete="RESTRICT"))
    to_member_id: Mapped[int] = mapped_column(ForeignKey("member.id", ondelete="RESTRICT"))
    on: Mapped[date] = mapped_column(Date)
    note: Mapped[str] = mapped_column(Text, default="")


class ApplicationRow(Base):
    """A membership application (or an employee expected to apply)."""

    __tablename__ = "application"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(300))
    first_name: Mapped[str] = mapped_column(String(200), default="")
    hired_on: Mapped[date | None] = mapped_column(Date)
    applied_on: Mapped[date | None] = mapped_column(Date)
    decision: Mapped[str] = mapped_column(String(20), default="pending")
    decided_on: Mapped[date | None] = mapped_column(Date)
    decided_by: Mapped[str] = mapped_column(Text, default="")
    member_id: Mapped[int | None] = mapped_column(ForeignKey("member.id", ondelete="SET NULL"))
    category_key: Mapped[str] = mapped_column(String(40), default="")
    notes: Mapped[str] = mapped_column(Text, default="")


class MeetingRow(Base):
    """A meeting of the AG or of a body."""

    __tablename__ = "meeting"
    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(300))
    type: Mapped[str] = mapped_column(String(20))
    on: Mapped[date] = mapped_column(Date, index=True)
    status: Mapped[str] = mapped_column(String(20), default="draft")
    body_id: Mapped[int | None] = mapped_column(ForeignKey("body.id", ondelete="RESTRICT"))
    start_time: Mapped[str] = mapped_column(String(5), default="")  # "HH:MM" or ""
    end_time: Mapped[str] = mapped_column(String(5), default="")
    place: Mapped[str] = mapped_column(Text, default="")
    remote_link: Mapped[str] = mapped_column(Text, default="")
    convocation: Mapped[int] = mapped_column(Integer, default=1)
    previous_id: Mapped[int | None] = mapped_column(ForeignKey("meeting.id", ondelete="SET NULL"))
    record_date: Mapped[date | None] = mapped_column(Date)
    notice_override: Mapped[str] = mapped_column(Text, default="")
    opened_at: Mapped[datetime | None] = mapped_column(DateTime)
    closed_at: Mapped[datetime | None] = mapped_column(DateTime)
    chair_member_id: Mapped[int | None] = mapped_column(ForeignKey("member.id", ondelete="RESTRICT"))
    secretary_name: Mapped[str] = mapped_column(String(300), default="")
    scrutineer_ids: Mapped[str] = mapped_column(String(200), default="")  # "12,40"
    notes: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(DateTime)


class AgendaItemRow(Base):
    """An item of a meeting's agenda."""

    __tablename__ = "agenda_item"
    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meeting.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    kind: Mapped[str] = mapped_column(String(20))
    title: Mapped[str] = mapped_column(Text)
    text: Mapped[str] = mapped_column(Text, default="")
    nature: Mapped[str] = mapped_column(String(20), default="ordinary")
    presenter: Mapped[str] = mapped_column(String(20), default="management")
    body_id: Mapped[int | None] = mapped_column(ForeignKey("body.id", ondelete="RESTRICT"))
    seats: Mapped[int] = mapped_column(Integer, default=0)

    candidates: Mapped[list[CandidateRow]] = relationship(
        cascade="all, delete-orphan", order_by="CandidateRow.id"
    )


class CandidateRow(Base):
    """A candidate of an election item."""

    __tablename__ = "election_candidate"
    id: Mapped[int] = mapped_column(primary_key=True)
    item_id: Mapped[int] = mapped_column(ForeignKey("agenda_item.id", ondelete="CASCADE"), index=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("member.id", ondelete="RESTRICT"))


class AmendmentRow(Base):
    """A logged change to the agenda of a convened meeting."""

    __tablename__ = "agenda_amendment"
    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meeting.id", ondelete="CASCADE"), index=True)
    at: Mapped[datetime] = mapped_column(DateTime)
    description: Mapped[str] = mapped_column(Text)
    reason: Mapped[str] = mapped_column(Text, default="")


class DocumentRow(Base):
    """A document of the governance library; the content is a file named by its hash."""

    __tablename__ = "document"
    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(300))
    kind: Mapped[str] = mapped_column(String(30))
    sha256: Mapped[str] = mapped_column(String(64), index=True)
    size: Mapped[int] = mapped_column(Integer)
    filename: Mapped[str] = mapped_column(String(300))
    media_type: Mapped[str] = mapped_column(String(100), default="application/octet-stream")
    version: Mapped[str] = mapped_column(String(60), default="")
    on: Mapped[date | None] = mapped_column(Date)
    added_at: Mapped[datetime] = mapped_column(DateTime)


class MeetingDocumentRow(Base):
    """A document attached to a meeting (and optionally to one of its items).

    Deleting a meeting removes the attachment, never the document.
    """

    __tablename__ = "meeting_document"
    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meeting.id", ondelete="CASCADE"), index=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("document.id", ondelete="RESTRICT"), index=True)
    item_id: Mapped[int | None] = mapped_column(ForeignKey("agenda_item.id", ondelete="CASCADE"))


class SendingRow(Base):
    """One line of the convocation log."""

    __tablename__ = "sending"
    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meeting.id", ondelete="RESTRICT"), index=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("member.id", ondelete="RESTRICT"))
    channel: Mapped[str] = mapped_column(String(20))
    at: Mapped[datetime] = mapped_column(DateTime)
    address: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str] = mapped_column(String(20))
    evidence: Mapped[str] = mapped_column(Text, default="")
    error: Mapped[str] = mapped_column(Text, default="")


class AttendanceRow(Base):
    """A line of the attendance sheet."""

    __tablename__ = "attendance"
    __table_args__ = (UniqueConstraint("meeting_id", "member_id", name="member"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meeting.id", ondelete="RESTRICT"), index=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("member.id", ondelete="RESTRICT"))
    status: Mapped[str] = mapped_column(String(20))
    arrived_at: Mapped[datetime | None] = mapped_column(DateTime)
    left_at: Mapped[datetime | None] = mapped_column(DateTime)
    signature: Mapped[str] = mapped_column(Text, default="")  # JSON strokes
    signed_at: Mapped[datetime | None] = mapped_column(DateTime)
    note: Mapped[str] = mapped_column(Text, default="")


class ProxyRow(Base):
    """A proxy given for a meeting; ``holder_id`` NULL is a blank proxy."""

    __tablename__ = "proxy"
    __table_args__ = (UniqueConstraint("meeting_id", "principal_id", name="principal"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meeting.id", ondelete="RESTRICT"), index=True)
    principal_id: Mapped[int] = mapped_column(ForeignKey("member.id", ondelete="RESTRICT"))
    holder_id: Mapped[int | None] = mapped_column(ForeignKey("member.id", ondelete="RESTRICT"))
    received_on: Mapped[date] = mapped_column(Date)
    document_id: Mapped[int | None] = mapped_column(ForeignKey("document.id", ondelete="RESTRICT"))
    note: Mapped[str] = mapped_column(Text, default="")


class CorrespondenceRow(Base):
    """A postal voting form, entered from paper."""

    __tablename__ = "correspondence_form"
    __table_args__ = (UniqueConstraint("meeting_id", "member_id", name="member"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meeting.id", ondelete="RESTRICT"), index=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("member.id", ondelete="RESTRICT"))
    received_at: Mapped[datetime] = mapped_column(DateTime)
    document_id: Mapped[int | None] = mapped_column(ForeignKey("document.id", ondelete="RESTRICT"))

    choices: Mapped[list[CorrespondenceChoiceRow]] = relationship(
        cascade="all, delete-orphan", order_by="CorrespondenceChoiceRow.item_id"
    )


class CorrespondenceChoiceRow(Base):
    """The direction given on one resolution of a postal form."""

    __tablename__ = "correspondence_choice"
    id: Mapped[int] = mapped_column(primary_key=True)
    form_id: Mapped[int] = mapped_column(
        ForeignKey("correspondence_form.id", ondelete="CASCADE"), index=True
    )
    item_id: Mapped[int] = mapped_column(ForeignKey("agenda_item.id", ondelete="RESTRICT"))
    choice: Mapped[str] = mapped_column(String(10))


class QuorumRecordRow(Base):
    """The quorum as recorded at the opening of the session or of one item."""

    __tablename__ = "quorum_record"
    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meeting.id", ondelete="RESTRICT"), index=True)
    item_id: Mapped[int | None] = mapped_column(ForeignKey("agenda_item.id", ondelete="RESTRICT"))
    at: Mapped[datetime] = mapped_column(DateTime)
    met: Mapped[bool] = mapped_column(Boolean)
    base: Mapped[int] = mapped_column(Integer)
    present: Mapped[int] = mapped_column(Integer)
    remote: Mapped[int] = mapped_column(Integer)
    represented: Mapped[int] = mapped_column(Integer)
    correspondence: Mapped[int] = mapped_column(Integer)
    participants: Mapped[int] = mapped_column(Integer)
    required: Mapped[int] = mapped_column(Integer)
    # The rule as applied then, so a later change of statutes never rewrites the record.
    ratio_num: Mapped[int] = mapped_column(Integer, default=0)
    ratio_den: Mapped[int] = mapped_column(Integer, default=1)
    source: Mapped[str] = mapped_column(Text, default="")
    reasons: Mapped[str] = mapped_column(Text, default="[]")  # JSON findings


class MailSettingsRow(Base):
    """The SMTP server convocations are sent through (one row). Never the password."""

    __tablename__ = "mail_settings"
    id: Mapped[int] = mapped_column(primary_key=True)
    host: Mapped[str] = mapped_column(String(300), default="")
    port: Mapped[int] = mapped_column(Integer, default=587)
    security: Mapped[str] = mapped_column(String(10), default="starttls")  # none|starttls|tls
    username: Mapped[str] = mapped_column(String(300), default="")
    sender: Mapped[str] = mapped_column(String(300), default="")


__all__ = [
    "AgendaItemRow",
    "AliasRow",
    "AmendmentRow",
    "ApplicationRow",
    "ArrearsRow",
    "AttendanceRow",
    "Base",
    "BodyRow",
    "CandidateRow",
    "CategoryRow",
    "CorrespondenceChoiceRow",
    "CorrespondenceRow",
    "DocumentRow",
    "EmploymentRow",
    "HandoverRow",
    "MailSettingsRow",
    "MandateRow",
    "MeetingDocumentRow",
    "MeetingRow",
    "MemberRow",
    "OrganisationRow",
    "ProxyRow",
    "QuorumRecordRow",
    "RepresentativeRow",
    "SendingRow",
    "ShareMovementRow",
    "StatutesRow",
]

# The vote, minutes, register, journal and sync tables live in their own modules (one concept
# per file); importing them here registers them on Base.metadata for Alembic and the
# repositories.
from talagov.storage import (  # noqa: E402, F401
    journal_models,
    minutes_models,
    sync_models,
    vote_models,
)
