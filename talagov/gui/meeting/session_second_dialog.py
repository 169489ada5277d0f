# SPDX-License-Identifier: GPL-3.0-or-later
"""Create the second convocation of a meeting whose quorum failed: choose its date.

The new meeting is a draft with the same type, body, place and agenda; the notice
period of the second convocation is checked when it is convened.
"""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from PySide6.QtWidgets import QLabel, QWidget

from talagov.core.meetings import Meeting
from talagov.gui.context import AppContext
from talagov.gui.dialogs.task_dialog import TaskDialog
from talagov.gui.help.terms import explain
from talagov.gui.i18n import arg, show_date
from talagov.gui.meeting.session_data import Clock
from talagov.gui.widgets.date_edit import date_edit, edit_date, to_qdate
from talagov.services import meetings as meetings_service

# A first guess only: the notice of a second convocation is 10 days for an SA (R225-69).
PROPOSED_DELAY_DAYS = 15


class SecondConvocationDialog(TaskDialog):
    """Date of the second convocation of ``meeting``; ``saved`` carries ``(new_id, changes)``."""

    def __init__(self, ctx: AppContext, meeting: Meeting, clock: Clock,
                 parent: QWidget | None = None) -> None:
        super().__init__(ctx, self.tr("Second convocation"), parent)
        self._meeting_id = meeting.id
        self._clock = clock
        start = max(meeting.on, clock().date())
        intro = QLabel(arg(self.tr("“%1” of %2 did not reach its quorum. A new meeting will be "
                                   "prepared with the same agenda, to be convened again."),
                           meeting.title, show_date(meeting.on, ctx.lang)), self)
        intro.setWordWrap(True)
        self.form.addRow(intro)
        self.on = date_edit(self, start + timedelta(days=PROPOSED_DELAY_DAYS), ctx.lang)
        self.on.setMinimumDate(to_qdate(meeting.on + timedelta(days=1)))
        self.add_row(self.tr("&Date of the second meeting:"), self.on)
        self.on.setToolTip(self.tr("The day the meeting is held again; leave time for the "
                                   "notice period."))
        self.ok_button.setText(self.tr("&Create"))
        self.ok_button.setToolTip(self.tr("Create the new meeting as a draft, with the same "
                                          "agenda."))
        explain(intro, "deuxieme_convocation")
        self.resize(self.fontMetrics().horizontalAdvance("M") * 45, self.sizeHint().height())

    def task(self) -> Any:
        """Create the second convocation as a draft."""
        meeting_id, on, now = self._meeting_id, edit_date(self.on), self._clock()
        return lambda uow: meetings_service.second_convocation(uow, meeting_id, on=on, now=now)

    def task_label(self) -> str:
        """Shown if creating takes long."""
        return self.tr("Creating the second convocation")
