# SPDX-License-Identifier: GPL-3.0-or-later
"""Convocations: the channel each member is convened by, and the log of sendings.

E-mail is allowed only towards a member who consented beforehand (C. com. R225-63 for
SA, R223-20-1 for SARL; domain-rules K3, case 18); everyone else gets a letter.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import date, datetime

from talagov.core.findings import Finding, Severity
from talagov.core.members import Member

CONSENT_SOURCE = "C. com. R225-63 ; R223-20-1"


class Channel(enum.StrEnum):
    """How a convocation reaches a member."""

    EMAIL = "email"  # only with the member's recorded prior consent (R225-63)
    POST = "post"  # ordinary letter, printed
    REGISTERED = "registered"  # registered letter (SARL R223-20), number typed in
    HAND = "hand"  # handed over against signature


class SendingStatus(enum.StrEnum):
    """Outcome of one sending."""

    SENT = "sent"
    FAILED = "failed"
    PREPARED = "prepared"  # printed for the post, not yet posted


@dataclass(frozen=True)
class Sending:
    """One line of the convocation log, with its evidence.

    Attributes:
        evidence: the e-mail's Message-ID, or the registered-letter number typed in.
        error: why a sending failed (shown, and the sending can be retried).
    """

    id: int
    meeting_id: int
    member_id: int
    channel: Channel
    at: datetime
    address: str
    status: SendingStatus
    evidence: str = ""
    error: str = ""


def may_email(member: Member, on: date) -> Finding | None:
    """Why ``member`` cannot be convened by e-mail on ``on`` (``None``: they can).

    Returns:
        ``"convocation.no_consent"`` when no consent is recorded on or before ``on``,
        ``"convocation.no_email"`` when the member has consented but has no address.
    """
    params = {"number": member.number, "name": member.display_name}
    if member.consent_date is None or member.consent_date > on:
        return Finding("convocation.no_consent", Severity.VIOLATION, source=CONSENT_SOURCE,
                       params=params, field="consent_date")
    if not (member.consent_address or member.email).strip():
        return Finding("convocation.no_email", Severity.VIOLATION, source=CONSENT_SOURCE,
                       params=params, field="email")
    return None


def channel_for(member: Member, on: date) -> Channel:
    """E-mail for a member who consented on or before ``on`` and has an address, else post."""
    return Channel.EMAIL if may_email(member, on) is None else Channel.POST


def email_address(member: Member) -> str:
    """The address a consenting member gave for convocations (their e-mail by default)."""
    return (member.consent_address or member.email).strip()
