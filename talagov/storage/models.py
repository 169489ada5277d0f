# SPDX-License-Identifier: GPL-3.0-or-later
"""SQLAlchemy 2 typed models. The schema is created only by Alembic migrations.

Rows are converted to core value types by the repositories; no ORM instance leaves a
unit of work. Dates are ``Date`` columns (ISO strings in SQLite).
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    CheckConstraint,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
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


__all__ = [
    "AliasRow",
    "ApplicationRow",
    "ArrearsRow",
    "Base",
    "BodyRow",
    "CategoryRow",
    "EmploymentRow",
    "HandoverRow",
    "MandateRow",
    "MemberRow",
    "OrganisationRow",
    "RepresentativeRow",
    "ShareMovementRow",
    "StatutesRow",
]
