# SPDX-License-Identifier: GPL-3.0-or-later
"""Enter a postal voting form from paper: member, when received, a direction per resolution.

Each resolution gets a group of four radio buttons (For, Against, Abstain, No
direction); Tab moves from group to group and the arrow keys choose within one. A
form received after the opening is kept by the service but never counted.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtCore import QDateTime, QTime
from PySide6.QtWidgets import (
    QButtonGroup,
    QDateTimeEdit,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from talagov.core.agenda import ItemKind
from talagov.core.correspondence import Choice, CorrespondenceForm
from talagov.core.library import DocumentKind
from talagov.gui.context import AppContext
from talagov.gui.dialogs.task_dialog import TaskDialog
from talagov.gui.help.terms import explain
from talagov.gui.i18n import arg, date_display_format, to_qdate
from talagov.gui.meeting.session_data import Clock, SessionData, roll_items, with_scanned_form
from talagov.gui.meeting.session_file_field import ScannedFormField
from talagov.gui.session_labels import choice_labels, no_direction_label
from talagov.gui.widgets.member_picker import MemberPicker
from talagov.services import session as session_service
from talagov.services.uow import UnitOfWork

NO_DIRECTION = len(Choice)  # the button id after For, Against, Abstain (ids must be >= 0)


class CorrespondenceDialog(TaskDialog):
    """Record one postal form for the meeting of ``data``."""

    def __init__(self, ctx: AppContext, data: SessionData, clock: Clock,
                 member_id: int | None = None, parent: QWidget | None = None) -> None:
        super().__init__(ctx, self.tr("New postal vote"), parent)
        self._meeting_id = data.meeting_id
        self._clock = clock
        self._names = {line.member_id: line.name for line in data.state.lines}
        self.member = MemberPicker(self)
        self.member.set_members(roll_items(data.state.lines), member_id)
        self.member.setToolTip(self.tr("The member who sent the postal vote form; type part of a "
                                       "name or number."))
        explain(self.member, "vote_par_correspondance")
        now = clock()
        self.received = QDateTimeEdit(QDateTime(to_qdate(now.date()), QTime(now.hour, now.minute)),
                                      self)
        self.received.setCalendarPopup(True)
        self.received.setDisplayFormat(date_display_format(ctx.lang) + " HH:mm")
        self.received.setToolTip(self.tr("When the form was received; the statutes may set a "
                                         "deadline before the meeting."))
        self.scan = ScannedFormField(self)
        self.add_row(self.tr("&Member:"), self.member).setWordWrap(False)
        self.add_row(self.tr("&Received on:"), self.received).setWordWrap(False)
        self.add_row(self.tr("Scanned &form:"), self.scan).setWordWrap(False)
        self.groups: dict[int, QButtonGroup] = {}
        self.form.addRow(self._choices(data))
        self.ok_button.setText(self.tr("Recor&d postal vote"))
        self.ok_button.setToolTip(self.tr("Record the form's choices; the member counts as "
                                          "present for the quorum."))
        metrics = self.fontMetrics()
        self.resize(60 * metrics.horizontalAdvance("M"), 30 * metrics.height())

    def _choices(self, data: SessionData) -> QWidget:
        inner = QWidget(self)
        column = QVBoxLayout(inner)
        # A postal form says for / against / abstain: it cannot name candidates, and the
        # tally takes no postal ballot on an election, so elections get no directions here.
        items = [(n, i) for n, i in data.voting_items() if i.kind is not ItemKind.ELECTION]
        if not items:
            column.addWidget(QLabel(self.tr("The agenda has no resolution to vote on."), inner))
        labels = list(choice_labels().items())
        tips = (self.tr("The form votes for this resolution."),
                self.tr("The form votes against this resolution."),
                self.tr("The form abstains on this resolution."),
                self.tr("The form marks no choice here: it counts for the quorum only."))
        for number, item in items:
            title = arg(self.tr("Resolution %1: %2"), number, item.title)
            box = QGroupBox(title, inner)
            box.setAccessibleName(title)
            row = QHBoxLayout(box)
            group = QButtonGroup(box)
            for index, (_choice, label) in enumerate([*labels, (None, no_direction_label())]):
                button = QRadioButton(label, box)
                button.setAccessibleName(arg(self.tr("%1 — %2"), label, title))
                button.setToolTip(tips[index])
                group.addButton(button, index)
                row.addWidget(button)
            row.addStretch(1)
            group.button(NO_DIRECTION).setChecked(True)
            self.groups[item.id] = group
            column.addWidget(box)
        column.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        scroll.setAccessibleName(self.tr("Directions per resolution"))
        return scroll

    def set_choice(self, item_id: int, choice: Choice | None) -> None:
        """Tick ``choice`` for the item (``None``: no direction)."""
        index = NO_DIRECTION if choice is None else list(choice_labels()).index(choice)
        self.groups[item_id].button(index).setChecked(True)

    def choices(self) -> dict[int, Choice]:
        """Item id -> direction, leaving out the items without one."""
        order = list(choice_labels())
        return {item_id: order[group.checkedId()] for item_id, group in self.groups.items()
                if 0 <= group.checkedId() < NO_DIRECTION}

    def correspondence_form(self) -> CorrespondenceForm:
        """The form as entered (member ``0`` when none is chosen)."""
        value = self.received.dateTime()
        qdate, qtime = value.date(), value.time()
        received = datetime(qdate.year(), qdate.month(), qdate.day(), qtime.hour(), qtime.minute())
        return CorrespondenceForm(0, self._meeting_id, self.member.member_id() or 0, received,
                                  self.choices())

    def problems(self) -> list[str]:
        """The member must be on the roll."""
        if self.member.member_id() is None:
            return [self.tr("Choose the member who sent the form.")]
        return []

    def task(self) -> Any:
        """Store the scanned form (if any), then record the postal vote."""
        form = self.correspondence_form()
        title = arg(self.tr("Postal vote of %1"), self._names.get(form.member_id, ""))

        def record(uow: UnitOfWork, document_id: int | None) -> tuple[int, Any]:
            return session_service.record_correspondence(uow, CorrespondenceForm(
                form.id, form.meeting_id, form.member_id, form.received_at, form.choices,
                document_id))

        return with_scanned_form(self.scan.path(), title, DocumentKind.CORRESPONDENCE_FORM,
                                 self._clock(), record)

    def task_label(self) -> str:
        """Shown if saving takes long."""
        return self.tr("Recording the postal vote")
