# SPDX-License-Identifier: GPL-3.0-or-later
"""Record the general meeting's decision on an application; acceptance creates the member."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QWidget

from talagov.core.applications import Application, Decision
from talagov.gui.context import AppContext
from talagov.gui.dialogs.task_dialog import TaskDialog
from talagov.gui.labels import decision_labels
from talagov.gui.widgets.date_edit import date_edit, edit_date
from talagov.services import applications as applications_service


class DecisionDialog(TaskDialog):
    """Decision, date, deciding body and (on acceptance) the membership number."""

    def __init__(self, ctx: AppContext, application: Application, parent: QWidget | None = None) -> None:
        super().__init__(ctx, self.tr("Decision on an application"), parent)
        self._application = application
        who = QLabel(f"{application.name} {application.first_name}".strip(), self)
        self.decision = QComboBox(self)
        labels = decision_labels()
        for decision in (Decision.ACCEPTED, Decision.REJECTED, Decision.WITHDRAWN):
            self.decision.addItem(labels[decision], decision.value)
            self.decision.setToolTip(self.tr("Accepted, refused, or withdrawn by the applicant."))
        self.on = date_edit(self, ctx.today(), ctx.lang)
        self.on.setToolTip(self.tr("The day of the decision, usually the day of the meeting."))
        self.decided_by = QLineEdit(self)
        self.decided_by.setPlaceholderText(self.tr("e.g. AGO of 2026-06-12, resolution 5"))
        self.decided_by.setToolTip(self.tr("Which meeting and resolution decided, e.g. AGO of "
                                           "2026-06-12, resolution 5; required."))
        self.number = QLineEdit(self)
        self.number.setPlaceholderText(self.tr("Leave empty for the next free number"))
        self.number.setToolTip(self.tr("The new associate's number in the register; leave empty "
                                       "to take the next free one."))
        self.add_row(self.tr("Applicant:"), who)
        self.add_row(self.tr("&Decision:"), self.decision)
        self.add_row(self.tr("D&ate:"), self.on)
        self.add_row(self.tr("Decided &by:"), self.decided_by)
        self.number_label = self.add_row(self.tr("Membership &number:"), self.number)
        self.decision.currentIndexChanged.connect(self._on_decision_current_index_changed)
        self._on_decision_current_index_changed()

    def current_decision(self) -> Decision:
        """The decision chosen."""
        return Decision(self.decision.currentData())

    def _on_decision_current_index_changed(self, *_args: object) -> None:
        accepted = self.current_decision() is Decision.ACCEPTED
        self.number.setVisible(accepted)
        self.number_label.setVisible(accepted)

    def problems(self) -> list[str]:
        """The deciding meeting must be named (it goes into the member's record)."""
        if not self.decided_by.text().strip():
            return [self.tr("Say which meeting decided (e.g. AGO of 2026-06-12).")]
        return []

    def task(self) -> Any:
        """Record the decision."""
        app_id, decision = self._application.id, self.current_decision()
        on, by = edit_date(self.on), self.decided_by.text().strip()
        number = self.number.text().strip() if decision is Decision.ACCEPTED else ""
        now = datetime.now()
        return lambda uow: applications_service.decide(uow, app_id, decision=decision, on=on,
                                                       decided_by=by, number=number, now=now)

    def task_label(self) -> str:
        """Shown if saving takes long."""
        return self.tr("Recording the decision")
