# SPDX-License-Identifier: GPL-3.0-or-later
"""Use cases: convening a meeting, its convocation PDFs and the log of sendings.

A meeting is convened (draft -> convened) once the notice period of the statutes is
checked against the sending date (K1, K4, domain-rules test 17); a late convocation
needs an explicit reason, which goes to the minutes. Members who consented are
convened by e-mail (:mod:`talagov.services.convocation_mail`, re-exported here), the
others by post: one merged PDF of letters followed by address labels.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime

from talagov.core.convocation import (
    Channel,
    Sending,
    SendingStatus,
    channel_for,
    email_address,
    may_email,
)
from talagov.core.errors import UserError
from talagov.core.journal import EventKind
from talagov.core.meetings import Meeting, MeetingStatus, check_transition
from talagov.core.members import Member
from talagov.core.notice import NoticeCheck, check_notice
from talagov.reports.convocation_pdf import convocation_pdf as render_convocation
from talagov.reports.convocation_pdf import convocations_pdf
from talagov.reports.convocation_texts import t
from talagov.reports.labels_pdf import Label
from talagov.reports.labels_pdf import labels_pdf as render_labels
from talagov.reports.table_layout import Cancellable, Progress
from talagov.services import journal
from talagov.services.agenda import require_meeting
from talagov.services.changes import Aggregate, Changes
from talagov.services.convocation_data import (
    Recipient,
    addressee,
    convened_members,
    convocation_data,
    recipients,
    require_recipient,
)
from talagov.services.convocation_mail import (
    MailSettings,
    SendReport,
    eml,
    ics,
    journal_sendings,
    mail_settings,
    save_mail_settings,
    send_emails,
    send_test_email,
)
from talagov.services.meetings import journal_subject
from talagov.services.organisation import require_organisation, statutes_at
from talagov.services.uow import UnitOfWork
from talagov.storage import convocations_repo, meetings_repo
from talagov.storage.models import MeetingRow

__all__ = [
    "MailSettings", "NoticeCheck", "Recipient", "SendReport", "convene", "convocation_pdf",
    "eml", "ics", "labels_pdf", "mail_settings", "notice_check", "postal_pdf", "recipients",
    "record_sending", "save_mail_settings", "send_emails", "send_test_email", "sendings",
]  # fmt: skip


def notice_check(uow: UnitOfWork, meeting_id: int, *, sending_date: date) -> NoticeCheck:
    """Whether convocations sent on ``sending_date`` respect the statutes' notice period.

    Raises:
        NotFoundError: ``meeting.not_found``.
    """
    return _notice(uow, require_meeting(uow, meeting_id), sending_date)


def _notice(uow: UnitOfWork, meeting: Meeting, sending_date: date) -> NoticeCheck:
    statutes = statutes_at(uow, meeting.on)
    return check_notice(statutes, meeting.rule_kind, meeting.convocation,
                        meeting_on=meeting.on, sending_date=sending_date)  # fmt: skip


def convene(
    uow: UnitOfWork, meeting_id: int, *, sending_date: date, now: datetime,
    override_reason: str = "",
) -> Changes:  # fmt: skip
    """Move a draft meeting to *convened*, the convocations being sent on ``sending_date``.

    Args:
        override_reason: why the meeting is convened despite a short notice (every
            member waived it, say); stored in ``Meeting.notice_override`` for the minutes.
            Ignored when the notice is long enough.

    Raises:
        NotFoundError: ``meeting.not_found``.
        UserError: ``meeting.same_status`` / ``meeting.illegal_transition`` (not a draft);
            ``convocation.empty_agenda``; ``convocation.notice_too_short`` (params
            ``required``, ``actual``, ``deadline``, ``source``) without a reason.
    """
    meeting = require_meeting(uow, meeting_id)
    code = check_transition(meeting.status, MeetingStatus.CONVENED)
    if code is not None:
        raise UserError(code, {"current": meeting.status.value,
                               "target": MeetingStatus.CONVENED.value})  # fmt: skip
    if not meetings_repo.agenda(uow.session, meeting_id):
        raise UserError("convocation.empty_agenda", {"title": meeting.title})
    check = _notice(uow, meeting, sending_date)
    reason = override_reason.strip()
    if not check.ok and not reason:
        raise UserError("convocation.notice_too_short", {
            "required": check.required_days, "actual": check.actual_days,
            "deadline": check.deadline, "source": check.source,
        })  # fmt: skip
    convened = replace(meeting, status=MeetingStatus.CONVENED,
                       notice_override="" if check.ok else reason)  # fmt: skip
    meetings_repo.apply_meeting(uow.session.get_one(MeetingRow, meeting_id), convened)
    journal.append(uow, EventKind.MEETING_CONVENED, meeting_id=meeting_id, now=now, subject={
        **journal_subject(convened), "from": meeting.status.value,
        "sending_date": sending_date.isoformat(), "notice_override": convened.notice_override,
    })  # fmt: skip
    return Changes.of(Aggregate.MEETINGS, ids=(meeting_id,))


def convocation_pdf(uow: UnitOfWork, meeting_id: int, member_id: int, *, lang: str = "fr") -> bytes:
    """The personal convocation of one member as PDF bytes.

    Raises:
        NotFoundError: ``meeting.not_found``, ``convocation.not_recipient``.
    """
    meeting = require_meeting(uow, meeting_id)
    member = require_recipient(uow, meeting, member_id)
    return render_convocation(convocation_data(uow, meeting), addressee(member), lang=lang)


def _postal_date(uow: UnitOfWork, meeting: Meeting) -> date:
    # The channel is decided on the sending date: the first logged sending, else the
    # meeting date (consents are recorded in the past, so it is "consents so far").
    logged = convocations_repo.sendings(uow.session, meeting.id)
    return min((s.at.date() for s in logged), default=meeting.on)


def _postal(uow: UnitOfWork, meeting: Meeting, on: date | None) -> list[Member]:
    when = on or _postal_date(uow, meeting)
    return [m for m in convened_members(uow, meeting) if channel_for(m, when) is not Channel.EMAIL]


def postal_pdf(
    uow: UnitOfWork, meeting_id: int, *, lang: str = "fr", on: date | None = None,
    progress: Progress | None = None, cancel: Cancellable | None = None,
) -> bytes:  # fmt: skip
    """The letters of every member convened by post, merged, then their address labels.

    Args:
        on: the sending date that decides who has consented to e-mail; by default
            the first logged sending, else the meeting date.
        progress, cancel: as in :mod:`talagov.services.reports` (one unit per letter
            and per label).

    Raises:
        NotFoundError: ``meeting.not_found``.
        Cancelled: through ``cancel``.
    """
    meeting = require_meeting(uow, meeting_id)
    members = _postal(uow, meeting, on)
    if cancel is not None:
        cancel.raise_if_cancelled()
    return convocations_pdf(
        convocation_data(uow, meeting), [addressee(m) for m in members], lang=lang,
        labels=[Label.of(m.display_name, m.address) for m in members],
        progress=progress, cancel=cancel,
    )  # fmt: skip


def labels_pdf(uow: UnitOfWork, meeting_id: int, *, lang: str = "fr",
               on: date | None = None) -> bytes:  # fmt: skip
    """The address labels of the members convened by post (A4, 3 x 8 labels).

    Raises:
        NotFoundError: ``meeting.not_found``.
    """
    meeting = require_meeting(uow, meeting_id)
    labels = [Label.of(m.display_name, m.address) for m in _postal(uow, meeting, on)]
    org = require_organisation(uow)
    return render_labels(labels, title=t("pdf.title", lang, title=meeting.title),
                         author=org.name, at=meeting.on, lang=lang)  # fmt: skip


def record_sending(
    uow: UnitOfWork, meeting_id: int, member_id: int, *, channel: Channel, evidence: str,
    at: datetime,
) -> Changes:  # fmt: skip
    """Log a convocation sent outside TalaGov: posted, registered letter, by hand.

    Args:
        evidence: the registered-letter number, or any note proving the sending.

    Raises:
        NotFoundError: ``meeting.not_found``, ``convocation.not_recipient``.
        UserError: ``convocation.not_convened`` (a draft); ``convocation.evidence_required``
            for a registered letter without its number; ``convocation.no_consent`` /
            ``convocation.no_email`` for an e-mail without recorded consent (test 18).
    """
    meeting = require_meeting(uow, meeting_id)
    if meeting.status is MeetingStatus.DRAFT:
        raise UserError("convocation.not_convened", {"title": meeting.title})
    member = require_recipient(uow, meeting, member_id)
    evidence = evidence.strip()
    if channel is Channel.REGISTERED and not evidence:
        raise UserError("convocation.evidence_required", {"name": member.display_name})
    if channel is Channel.EMAIL:
        refusal = may_email(member, at.date())
        if refusal is not None:
            raise UserError(refusal.code, refusal.params)
    address = email_address(member) if channel is Channel.EMAIL else member.address
    line = Sending(0, meeting_id, member_id, channel, at, address, SendingStatus.SENT, evidence)
    journal_sendings(uow, convocations_repo.add_sendings(uow.session, [line]),
                     {member_id: member.display_name})
    return Changes.of(Aggregate.CONVOCATIONS, ids=(meeting_id,))


def sendings(uow: UnitOfWork, meeting_id: int) -> list[Sending]:
    """The convocation log of a meeting, oldest first.

    Raises:
        NotFoundError: ``meeting.not_found``.
    """
    require_meeting(uow, meeting_id)
    return convocations_repo.sendings(uow.session, meeting_id)
