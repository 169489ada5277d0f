# SPDX-License-Identifier: GPL-3.0-or-later
"""Convene despite a short notice: the secretary's explicit reason, which goes to the minutes."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from PySide6.QtWidgets import QComboBox, QLabel, QWidget

from talagov.gui.context import AppContext
from talagov.gui.dialogs.task_dialog import TaskDialog
from talagov.gui.help.terms import explain
from talagov.services import convocations


class OverrideDialog(TaskDialog):
    """Shows why the notice is too short and asks for the reason to convene anyway."""

    def __init__(self, ctx: AppContext, meeting_id: int, sending_date: date, refusal: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(ctx, self.tr("Convene despite a short notice"), parent)
        self._meeting_id, self._sending_date = meeting_id, sending_date
        self.refusal = QLabel(refusal, self)
        self.refusal.setWordWrap(True)
        explanation = QLabel(self.tr(
            "The convocation is refused by the rule above. You may convene anyway only for a "
            "lawful reason, for example if every member has waived the notice period in writing. "
            "The reason you give is recorded with the meeting and goes to the minutes."), self)
        explanation.setWordWrap(True)
        self.reason = QComboBox(self)
        self.reason.setEditable(True)
        self.reason.addItems([
            "",
            self.tr("Every member waived the notice period in writing"),
            self.tr("Every member is present or represented and agreed to meet"),
        ])
        self.reason.setCurrentIndex(0)
        self.reason.setToolTip(self.tr("Pick a lawful reason or type your own; it is recorded "
                                       "and goes to the minutes."))
        self.add_row(self.tr("Refusal:"), self.refusal)
        self.add_row(self.tr("Why:"), explanation)
        self.add_row(self.tr("&Reason for the minutes:"), self.reason)
        self.ok_button.setText(self.tr("&Convene anyway"))
        self.ok_button.setToolTip(self.tr("Send the convocation despite the short notice, with "
                                          "the reason given."))
        explain(self.ok_button, "convocation")
        self.reason.setFocus()

    def reason_text(self) -> str:
        """The reason typed or chosen, trimmed."""
        return self.reason.currentText().strip()

    def set_reason(self, text: str) -> None:
        """Type ``text`` as the reason (callers that already know it, tests)."""
        self.reason.setEditText(text)

    def problems(self) -> list[str]:
        """The reason is required."""
        if not self.reason_text():
            return [self.tr("Give the reason for convening despite the short notice.")]
        return []

    def task(self) -> Any:
        """Convene with the override reason."""
        meeting_id, on, reason, now = self._meeting_id, self._sending_date, self.reason_text(), \
            datetime.now()
        return lambda uow: convocations.convene(uow, meeting_id, sending_date=on, now=now,
                                                override_reason=reason)

    def task_label(self) -> str:
        """Shown if convening takes long."""
        return self.tr("Convening the meeting")
