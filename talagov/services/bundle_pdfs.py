# SPDX-License-Identifier: GPL-3.0-or-later
"""The printed documents of a meeting's archive (``pdf/``), made by the existing report
builders from the record: the convocation (the letter every member received, with an
anonymous addressee), the attendance sheet as at the closing, and the results of the
polls. Every builder writes in reportlab's invariant mode, so the same record always
gives the same bytes.
"""

from __future__ import annotations

from datetime import datetime, time

from talagov.core.meetings import Meeting
from talagov.reports.convocation_content import Addressee
from talagov.reports.convocation_pdf import convocation_pdf
from talagov.services.attendance_sheet import attendance_sheet
from talagov.services.convocation_data import convocation_data
from talagov.services.results_report import results_report
from talagov.services.uow import UnitOfWork

CONVOCATION = "pdf/convocation.pdf"
ATTENDANCE = "pdf/attendance.pdf"
RESULTS = "pdf/results.pdf"
#: Printed where a member's name goes: the archive keeps the model, not each letter.
MODEL_ADDRESSEE = {"fr": "Modèle de convocation", "en": "Convocation model"}


def meeting_pdfs(uow: UnitOfWork, meeting: Meeting, *, polls: bool, lang: str = "fr"
                 ) -> dict[str, bytes]:
    """Member name -> PDF bytes; the results only when the meeting had polls.

    A closed meeting is always printed as at its closing, never as at the clock.
    """
    moment = meeting.closed_at or datetime.combine(meeting.on, time(23, 59))
    files = {
        CONVOCATION: convocation_pdf(convocation_data(uow, meeting),
                                     Addressee(MODEL_ADDRESSEE[lang]), lang=lang),
        ATTENDANCE: attendance_sheet(uow, meeting.id, now=moment, lang=lang),
    }
    if polls:
        files[RESULTS] = results_report(uow, meeting.id, lang=lang)
    return files
