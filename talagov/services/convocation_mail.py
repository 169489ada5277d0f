# SPDX-License-Identifier: GPL-3.0-or-later
"""Use cases: convocations by e-mail, the iCalendar invitation and the SMTP settings.

Only members whose prior consent is recorded are e-mailed (R225-63, R223-20-1,
domain-rules test 18). A batch is built first (letters, PDFs, invitation), then sent
over one SMTP connection, then logged: the database is written only at the end, and
a cancelled batch still logs what already left. The password is passed in by the
caller (keyring or typed), never stored nor logged here.
"""

from __future__ import annotations

import smtplib
import ssl
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import datetime
from email.message import EmailMessage
from email.utils import format_datetime, formataddr, make_msgid

from talagov.core.convocation import (
    Channel,
    Sending,
    SendingStatus,
    channel_for,
    email_address,
    may_email,
)
from talagov.core.errors import Cancelled, NotFoundError, UserError, ValidationError
from talagov.core.findings import Finding, Severity
from talagov.core.journal import EventKind
from talagov.core.meetings import MeetingStatus
from talagov.core.members import Member
from talagov.reports.convocation_content import ConvocationData, letter_text
from talagov.reports.convocation_pdf import ConvocationLayout, convocations_pdf
from talagov.reports.convocation_texts import long_date, t
from talagov.reports.table_layout import Cancellable, Progress
from talagov.services import journal
from talagov.services.agenda import require_meeting
from talagov.services.changes import Aggregate, Changes
from talagov.services.convocation_data import (
    addressee,
    convened_members,
    convocation_data,
    require_recipient,
)
from talagov.services.invitation import ics, invitation
from talagov.services.uow import UnitOfWork
from talagov.storage import convocations_repo
from talagov.storage.convocations_repo import SECURITY_MODES, MailSettings
from talagov.storage.models import SendingRow

__all__ = ["MailSettings", "SendReport", "eml", "ics", "mail_settings", "save_mail_settings",
           "send_emails", "send_test_email"]  # fmt: skip

TIMEOUT = 30.0  # seconds, per SMTP operation


@dataclass(frozen=True)
class SendReport:
    """The outcome of one batch of e-mails.

    Attributes:
        sent: member ids whose convocation the server accepted.
        failed: ``(member_id, error)`` for each one refused or lost; retry with these ids.
        cancelled: the user stopped the batch; the members not reached are in neither list.
    """

    sent: tuple[int, ...] = ()
    failed: tuple[tuple[int, str], ...] = ()
    cancelled: bool = False


def mail_settings(uow: UnitOfWork) -> MailSettings:
    """The SMTP settings (defaults before anything was saved)."""
    return convocations_repo.to_mail_settings(convocations_repo.mail_settings_row(uow.session))


def save_mail_settings(uow: UnitOfWork, s: MailSettings) -> Changes:
    """Save the SMTP settings (fields trimmed).

    Raises:
        ValidationError: ``mail.port_invalid``, ``mail.security_invalid``,
            ``mail.sender_invalid`` (findings name the field).
    """
    s = replace(s, host=s.host.strip(), username=s.username.strip(), sender=s.sender.strip())
    problems = []
    if not 0 < s.port < 65536:
        problems.append(Finding("mail.port_invalid", Severity.VIOLATION, field="port",
                                params={"port": s.port}))  # fmt: skip
    if s.security not in SECURITY_MODES:
        problems.append(Finding("mail.security_invalid", Severity.VIOLATION, field="security",
                                params={"value": s.security}))  # fmt: skip
    if s.sender and ("@" not in s.sender or " " in s.sender):
        problems.append(Finding("mail.sender_invalid", Severity.VIOLATION, field="sender",
                                params={"value": s.sender}))  # fmt: skip
    if problems:
        raise ValidationError(tuple(problems))
    convocations_repo.save_mail_settings(uow.session, s)
    return Changes.of(Aggregate.CONVOCATIONS)


# The documents of the meeting travel with each e-mail up to this total; beyond it the
# letter's "available at the registered office" stands (many servers refuse 20-25 MB).
DOCUMENTS_MAX_BYTES = 10 * 1024 * 1024

Attachment = tuple[str, str, bytes]  # file name, media type, content


def meeting_attachments(uow: UnitOfWork, meeting_id: int) -> list[Attachment]:
    """The library documents attached to the meeting and its items, once each, in order,
    while their total stays within :data:`DOCUMENTS_MAX_BYTES` (files missing on disk are
    left out: the letter says the documents are available at the registered office)."""
    from talagov.services import library

    found: list[Attachment] = []
    seen: set[str] = set()
    total = 0
    for attached in library.meeting_documents(uow, meeting_id):
        doc = attached.document
        if doc.sha256 in seen or total + doc.size > DOCUMENTS_MAX_BYTES:
            continue
        try:
            content = library.document_path(uow, doc.id).read_bytes()
        except (NotFoundError, OSError):
            continue
        seen.add(doc.sha256)
        total += len(content)
        found.append((doc.filename, doc.media_type, content))
    return found


def _message(data: ConvocationData, member: Member, pdf: bytes, invite: str, *,
             sender: str, lang: str, now: datetime,
             documents: Sequence[Attachment] = ()) -> EmailMessage:  # fmt: skip
    org, meeting = data.organisation, data.meeting
    to = addressee(member)
    msg = EmailMessage()
    msg["From"] = formataddr((org.name, sender)) if sender else org.name
    msg["To"] = formataddr((to.name, email_address(member)))
    msg["Subject"] = t("mail.subject", lang, title=meeting.title or org.name,
                       date=long_date(meeting.on, lang))  # fmt: skip
    msg["Date"] = format_datetime(now.astimezone())
    domain = sender.rpartition("@")[2] or "talagov.invalid"
    msg["Message-ID"] = make_msgid(f"conv.{meeting.id}.{member.id}", domain=domain)
    msg.set_content(letter_text(data, to, lang))
    number = member.number or str(member.id)
    msg.add_attachment(pdf, maintype="application", subtype="pdf",
                       filename=f"convocation-{number}.pdf")  # fmt: skip
    msg.add_attachment(invite, subtype="calendar", filename="invitation.ics",
                       params={"method": "PUBLISH"})  # fmt: skip
    for filename, media_type, content in documents:
        maintype, _, subtype = media_type.partition("/")
        msg.add_attachment(content, maintype=maintype or "application",
                           subtype=subtype or "octet-stream", filename=filename)  # fmt: skip
    return msg


def eml(uow: UnitOfWork, meeting_id: int, member_id: int, *, lang: str = "fr",
        now: datetime) -> bytes:  # fmt: skip
    """One member's convocation e-mail as ``.eml`` bytes, to send from one's own client.

    Raises:
        NotFoundError: ``meeting.not_found``, ``convocation.not_recipient``.
        UserError: ``convocation.no_consent`` / ``convocation.no_email`` (test 18).
    """
    meeting = require_meeting(uow, meeting_id)
    member = require_recipient(uow, meeting, member_id)
    _require_consent(member, now)
    data = convocation_data(uow, meeting)
    pdf = convocations_pdf(data, [addressee(member)], lang=lang)
    sender = mail_settings(uow).sender
    return _message(data, member, pdf, invitation(uow, data, lang), sender=sender,
                    lang=lang, now=now,
                    documents=meeting_attachments(uow, meeting_id)).as_bytes()  # fmt: skip


def _require_consent(member: Member, now: datetime) -> None:
    refusal = may_email(member, now.date())
    if refusal is not None:
        raise UserError(refusal.code, refusal.params)


def _connect(s: MailSettings, password: str) -> smtplib.SMTP:
    context = ssl.create_default_context()
    try:
        smtp: smtplib.SMTP
        if s.security == "tls":
            smtp = smtplib.SMTP_SSL(s.host, s.port, timeout=TIMEOUT, context=context)
        else:
            smtp = smtplib.SMTP(s.host, s.port, timeout=TIMEOUT)
            if s.security == "starttls":
                smtp.starttls(context=context)
    except (OSError, smtplib.SMTPException) as exc:
        raise UserError("mail.connection_failed", {"host": s.host, "error": str(exc)}) from None
    if s.username:
        try:
            smtp.login(s.username, password)
        except (OSError, smtplib.SMTPException) as exc:
            smtp.close()
            # The server's reply, never the password.
            raise UserError("mail.login_failed", {"user": s.username, "error": str(exc)}) from None
    return smtp


def _send_one(smtp: smtplib.SMTP, msg: EmailMessage) -> str:
    """``""`` when the server accepted the message, else the error."""
    try:
        refused = smtp.send_message(msg)
    except smtplib.SMTPRecipientsRefused as exc:
        return "; ".join(f"{addr}: {code} {reply.decode(errors='replace')}"
                         for addr, (code, reply) in exc.recipients.items())  # fmt: skip
    except (OSError, smtplib.SMTPException) as exc:
        return str(exc) or type(exc).__name__
    return "; ".join(f"{a}: {c} {r.decode(errors='replace')}" for a, (c, r) in refused.items())


def _configured(uow: UnitOfWork) -> MailSettings:
    settings = mail_settings(uow)
    if not settings.configured:
        raise UserError("mail.not_configured")
    return settings


def send_emails(
    uow: UnitOfWork, meeting_id: int, *, password: str, member_ids: Sequence[int] | None = None,
    lang: str = "fr", now: datetime, progress: Progress | None = None,
    cancel: Cancellable | None = None,
) -> tuple[SendReport, Changes]:  # fmt: skip
    """E-mail the convocations of a convened meeting, and log each attempt.

    Args:
        password: the SMTP password (unused without a user name in the settings).
        member_ids: whom to send to (a retry passes the failed ids); by default every
            convened member who consented.
        progress: ``(done, total)`` per message; cancel is checked between messages.

    Raises:
        NotFoundError: ``meeting.not_found``, ``convocation.not_recipient``.
        UserError: ``convocation.not_convened``; ``mail.not_configured``;
            ``convocation.no_consent`` / ``convocation.no_email`` when a chosen member
            has not consented (nothing is sent); ``mail.connection_failed`` /
            ``mail.login_failed`` (nothing is sent nor logged).
    """
    meeting = require_meeting(uow, meeting_id)
    if meeting.status is not MeetingStatus.CONVENED:
        raise UserError("convocation.not_convened", {"title": meeting.title})
    settings = _configured(uow)
    convened = {m.id: m for m in convened_members(uow, meeting)}
    if member_ids is None:
        chosen = [m for m in convened.values() if channel_for(m, now.date()) is Channel.EMAIL]
    else:
        missing = [i for i in member_ids if i not in convened]
        if missing:
            raise NotFoundError("convocation.not_recipient", {"id": missing[0]})
        chosen = [convened[i] for i in dict.fromkeys(member_ids)]
    for member in chosen:
        _require_consent(member, now)
    # 1. Build every message (no network, no database write).
    data = convocation_data(uow, meeting)
    layout, invite = ConvocationLayout(data, lang), invitation(uow, data, lang)
    documents = meeting_attachments(uow, meeting_id)
    messages = []
    for member in chosen:
        pdf = convocations_pdf(data, [addressee(member)], lang=lang, layout=layout)
        messages.append((member, _message(data, member, pdf, invite, sender=settings.sender,
                                          lang=lang, now=now, documents=documents)))  # fmt: skip
    # 2. Send over one connection.
    results: list[tuple[Member, EmailMessage, str]] = []
    cancelled = False
    if messages:
        smtp = _connect(settings, password)
        try:
            for done, (member, msg) in enumerate(messages):
                try:
                    if cancel is not None:
                        cancel.raise_if_cancelled()
                except Cancelled:
                    cancelled = True
                    break
                results.append((member, msg, _send_one(smtp, msg)))
                if progress is not None:
                    progress(done + 1, len(messages))
        finally:
            try:
                smtp.quit()
            except (OSError, smtplib.SMTPException):
                smtp.close()
    # 3. Log what happened.
    lines = [
        Sending(0, meeting_id, m.id, Channel.EMAIL, now, str(msg["To"].addresses[0].addr_spec),
                SendingStatus.FAILED if error else SendingStatus.SENT,
                evidence="" if error else str(msg["Message-ID"]), error=error)
        for m, msg, error in results
    ]  # fmt: skip
    journal_sendings(uow, convocations_repo.add_sendings(uow.session, lines),
                     {m.id: m.display_name for m, _, _ in results})
    report = SendReport(
        sent=tuple(m.id for m, _, error in results if not error),
        failed=tuple((m.id, error) for m, _, error in results if error),
        cancelled=cancelled,
    )
    return report, Changes.of(Aggregate.CONVOCATIONS, ids=(meeting_id,))


def journal_sendings(uow: UnitOfWork, rows: Sequence[SendingRow], names: dict[int, str]) -> None:
    """Journal each convocation the log records as sent (a failed attempt sent nothing)."""
    for row in rows:
        if row.status != SendingStatus.SENT.value:
            continue
        journal.append(uow, EventKind.CONVOCATION_SENT, meeting_id=row.meeting_id, now=row.at,
                       subject={"sending_id": row.id, "member_id": row.member_id,
                                "name": names.get(row.member_id, ""), "channel": row.channel,
                                "evidence": row.evidence})  # fmt: skip


def send_test_email(uow: UnitOfWork, *, password: str, now: datetime) -> None:
    """Send a short test message to the sender address, to check the settings.

    Raises:
        UserError: ``mail.not_configured``, ``mail.connection_failed``,
            ``mail.login_failed``, ``mail.test_failed`` (the server refused it).
    """
    settings = _configured(uow)
    msg = EmailMessage()
    msg["From"] = msg["To"] = settings.sender
    msg["Subject"] = "TalaGov — test"
    msg["Date"] = format_datetime(now.astimezone())
    msg["Message-ID"] = make_msgid("test", domain=settings.sender.rpartition("@")[2])
    msg.set_content("TalaGov: test e-mail / message de test.\n")
    smtp = _connect(settings, password)
    try:
        error = _send_one(smtp, msg)
    finally:
        smtp.close()
    if error:
        raise UserError("mail.test_failed", {"error": error})
