# SPDX-License-Identifier: GPL-3.0-or-later
"""The demo's convocations: convene a meeting and log one sending per recipient."""

from __future__ import annotations

from datetime import date, datetime, time

from talagov.core.convocation import Channel
from talagov.services import convocations
from talagov.services.convocation_data import Recipient
from talagov.services.uow import UnitOfWork


def send_convocations(uow: UnitOfWork, meeting_id: int, sending: date) -> list[Recipient]:
    """Convene the meeting on ``sending`` and log each recipient's sending with its
    evidence (a Message-ID by e-mail, a letter number by post); return the recipients."""
    sent_at = datetime.combine(sending, time(9, 30))
    convocations.convene(uow, meeting_id, sending_date=sending, now=sent_at)
    recipients = convocations.recipients(uow, meeting_id, on=sending)
    for n, r in enumerate(recipients):
        if r.channel is Channel.EMAIL:
            evidence = f"<convocation.{meeting_id}.{r.member_id}@demo.talagov.invalid>"
        else:
            evidence = f"Lettre simple n°{sending:%Y%m%d}-{n + 1:04d}"
        convocations.record_sending(uow, meeting_id, r.member_id, channel=r.channel,
                                    evidence=evidence, at=sent_at)  # fmt: skip
    return recipients
