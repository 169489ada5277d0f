# SPDX-License-Identifier: GPL-3.0-or-later
"""Record a passation: the outgoing holder's mandate ends and the successor's starts."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtWidgets import QLabel, QLineEdit, QWidget

from talagov.gui.context import AppContext
from talagov.gui.dialogs.task_dialog import TaskDialog
from talagov.gui.i18n import arg, show_date
from talagov.gui.labels import role_labels
from talagov.gui.widgets.date_edit import date_edit, edit_date, to_qdate
from talagov.gui.widgets.member_picker import MemberPicker
from talagov.services import mandates as mandates_service
from talagov.services import members as members_service
from talagov.services.mandates import MandateListItem
from talagov.services.members import MemberListItem
from talagov.services.uow import UnitOfWork


def load_successors(uow: UnitOfWork, today: date) -> list[MemberListItem]:
    """Members in office on ``today``: the possible successors."""
    return [m for m in members_service.list_members(uow, today) if m.active_on(today)]


class HandoverDialog(TaskDialog):
    """Hand ``item``'s office over to another member on a date."""

    def __init__(self, ctx: AppContext, item: MandateListItem, parent: QWidget | None = None) -> None:
        super().__init__(ctx, self.tr("Handover"), parent)
        self._item = item
        role = role_labels()[item.role]
        about = QLabel(arg(self.tr("%1 of %2, held by %3 since %4"), role, item.body_name,
                           item.member_name, show_date(item.start, ctx.lang)), self)
        about.setWordWrap(True)
        self.successor = MemberPicker(self)
        self.successor.setToolTip(self.tr("The member who takes over the office; type part of a "
                                          "name or number."))
        self.on = date_edit(self, ctx.today(), ctx.lang)
        self.on.setMinimumDate(to_qdate(item.start))
        self.on.setToolTip(self.tr("The day the outgoing mandate ends and the successor's begins."))
        self.note = QLineEdit(self)
        self.note.setPlaceholderText(self.tr("e.g. board meeting of 2026-06-12, resolution 4"))
        self.note.setToolTip(self.tr("The decision that appointed the successor, e.g. board "
                                     "meeting of 2026-06-12, resolution 4."))
        explanation = QLabel(self.tr("The outgoing mandate ends on this date and the successor "
                                     "completes the term, keeping its planned end."), self)
        explanation.setWordWrap(True)
        self.add_row(self.tr("Office:"), about)
        self.add_row(self.tr("&Successor:"), self.successor)
        self.add_row(self.tr("&Date:"), self.on)
        self.add_row(self.tr("&Note:"), self.note)
        self.form.addRow(explanation)
        self.setEnabled(False)
        ctx.runner.run(self, lambda uow: load_successors(uow, ctx.today()),
                       on_success=self._on_successors_loaded, label=self.tr("Loading members"))

    def _on_successors_loaded(self, members: list[MemberListItem]) -> None:
        self.successor.set_members([m for m in members if m.id != self._item.member_id])
        self.setEnabled(True)
        self.successor.setFocus()
        self.loaded.emit()

    def problems(self) -> list[str]:
        """A successor is needed."""
        return [] if self.successor.member_id() is not None else [self.tr("Choose the successor.")]

    def task(self) -> Any:
        """Record the handover."""
        mandate_id, to_id = self._item.id, self.successor.member_id()
        on, note = edit_date(self.on), self.note.text().strip()
        assert to_id is not None
        return lambda uow: mandates_service.record_handover(
            uow, mandate_id=mandate_id, to_member_id=to_id, on=on, note=note)

    def task_label(self) -> str:
        """Shown if saving takes long."""
        return self.tr("Recording the handover")
