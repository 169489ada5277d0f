# SPDX-License-Identifier: GPL-3.0-or-later
"""End a mandate: the date and the reason (resignation, revocation, end of term…)."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QComboBox, QLabel, QWidget

from talagov.gui.context import AppContext
from talagov.gui.dialogs.task_dialog import TaskDialog
from talagov.gui.help.terms import explain
from talagov.gui.i18n import arg
from talagov.gui.labels import role_labels
from talagov.gui.widgets.date_edit import date_edit, edit_date, to_qdate
from talagov.services import mandates as mandates_service
from talagov.services.mandates import MandateListItem


class EndMandateDialog(TaskDialog):
    """Close ``item`` on a date, with a reason chosen from usual ones or typed."""

    def __init__(self, ctx: AppContext, item: MandateListItem, parent: QWidget | None = None) -> None:
        super().__init__(ctx, self.tr("End a mandate"), parent)
        self._item = item
        about = QLabel(arg(self.tr("%1, %2 of %3"), item.member_name, role_labels()[item.role].lower(),
                           item.body_name), self)
        about.setWordWrap(True)
        self.on = date_edit(self, ctx.today(), ctx.lang)
        self.on.setMinimumDate(to_qdate(item.start))
        self.on.setToolTip(self.tr("The last day of the mandate, not before its start."))
        self.reason = QComboBox(self)
        self.reason.setEditable(True)
        self.reason.addItems([self.tr("End of term"), self.tr("Resignation"), self.tr("Revocation"),
                              self.tr("Death"), self.tr("Loss of associate status")])
        self.reason.setToolTip(self.tr("Pick a reason or type another one."))
        explain(self.reason, "revocation")
        explain(self.add_row(self.tr("Mandate:"), about), "mandat")
        self.add_row(self.tr("&End date:"), self.on)
        self.add_row(self.tr("&Reason:"), self.reason)

    def task(self) -> Any:
        """Close the mandate."""
        mandate_id, on, reason = self._item.id, edit_date(self.on), self.reason.currentText()
        return lambda uow: mandates_service.end_mandate(uow, mandate_id, on=on, reason=reason)

    def task_label(self) -> str:
        """Shown if saving takes long."""
        return self.tr("Ending the mandate")
