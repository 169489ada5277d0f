# SPDX-License-Identifier: GPL-3.0-or-later
"""What the Convocation tab loads in one task (on the worker thread)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from talagov.core.convocation import Sending
from talagov.core.meetings import Meeting
from talagov.core.notice import NoticeCheck
from talagov.services import convocations, meetings
from talagov.services.convocations import Recipient
from talagov.services.uow import UnitOfWork


@dataclass(frozen=True)
class ConvocationData:
    """Everything the tab shows, loaded in one task."""

    meeting: Meeting
    check: NoticeCheck
    recipients: list[Recipient]
    sendings: list[Sending]


def load_convocation(uow: UnitOfWork, meeting_id: int, sending_date: date) -> ConvocationData:
    """The meeting, the notice check for ``sending_date``, the recipients and the log."""
    return ConvocationData(meetings.get_meeting(uow, meeting_id),
                           convocations.notice_check(uow, meeting_id, sending_date=sending_date),
                           convocations.recipients(uow, meeting_id, on=sending_date),
                           convocations.sendings(uow, meeting_id))
