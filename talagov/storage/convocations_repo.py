# SPDX-License-Identifier: GPL-3.0-or-later
"""The convocation log and the mail settings: conversion between rows and values.

The mail settings are a plain value defined here (the core has no use for them); the
SMTP password is never among them: it lives in the system keyring
(:mod:`talagov.services.secrets`) or is typed for each sending.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from talagov.core.convocation import Channel, Sending, SendingStatus
from talagov.storage.models import MailSettingsRow, SendingRow

SECURITY_MODES = ("none", "starttls", "tls")


@dataclass(frozen=True)
class MailSettings:
    """The SMTP server convocations are sent through.

    Attributes:
        security: ``"starttls"`` (port 587), ``"tls"`` (implicit TLS, port 465) or
            ``"none"`` (a local relay only).
        sender: the From address; also where a test e-mail goes.
    """

    host: str = ""
    port: int = 587
    security: str = "starttls"
    username: str = ""
    sender: str = ""

    @property
    def configured(self) -> bool:
        """A server and a sender address are set."""
        return bool(self.host.strip() and self.sender.strip())


def to_sending(row: SendingRow) -> Sending:
    """Convert a row to a core value."""
    return Sending(
        id=row.id, meeting_id=row.meeting_id, member_id=row.member_id,
        channel=Channel(row.channel), at=row.at, address=row.address,
        status=SendingStatus(row.status), evidence=row.evidence, error=row.error,
    )  # fmt: skip


def add_sendings(session: Session, sendings: Iterable[Sending]) -> list[SendingRow]:
    """Append lines to the log (the ids of the values are ignored); returns the rows."""
    rows = [
        SendingRow(meeting_id=s.meeting_id, member_id=s.member_id, channel=s.channel.value,
                   at=s.at, address=s.address, status=s.status.value, evidence=s.evidence,
                   error=s.error)
        for s in sendings
    ]  # fmt: skip
    session.add_all(rows)
    session.flush()
    return rows


def sendings(session: Session, meeting_id: int) -> list[Sending]:
    """The log of a meeting, oldest first."""
    rows = session.scalars(
        select(SendingRow)
        .where(SendingRow.meeting_id == meeting_id)
        .order_by(SendingRow.at, SendingRow.id)
    )
    return [to_sending(r) for r in rows]


def last_sendings(session: Session, meeting_id: int) -> dict[int, Sending]:
    """The latest sending of each member of a meeting, by member id."""
    return {s.member_id: s for s in sendings(session, meeting_id)}


def to_mail_settings(row: MailSettingsRow | None) -> MailSettings:
    """Convert the row (``None`` before anything was saved: the defaults)."""
    if row is None:
        return MailSettings()
    return MailSettings(host=row.host, port=row.port, security=row.security,
                        username=row.username, sender=row.sender)  # fmt: skip


def mail_settings_row(session: Session) -> MailSettingsRow | None:
    """The one row of mail settings, or ``None``."""
    return session.scalars(select(MailSettingsRow).order_by(MailSettingsRow.id).limit(1)).first()


def save_mail_settings(session: Session, settings: MailSettings) -> None:
    """Create or update the row of mail settings."""
    row = mail_settings_row(session)
    if row is None:
        row = MailSettingsRow()
        session.add(row)
    row.host = settings.host
    row.port = settings.port
    row.security = settings.security
    row.username = settings.username
    row.sender = settings.sender
