# SPDX-License-Identifier: GPL-3.0-or-later
"""Convocations: the channel each member is convened by, and the log of sendings."""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import datetime


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
