# SPDX-License-Identifier: GPL-3.0-or-later
"""A new mandate: body, holder, role, start and planned end.

The planned end is proposed from the statutes' :class:`MandateRules` (start plus the
maximum term, or the gérant's term for a gérant) until the user sets it by hand.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtWidgets import QComboBox, QLabel, QWidget

from talagov.core.applications import add_months
from talagov.core.mandates import Body, Mandate, Role
from talagov.core.statutes import MandateRules
from talagov.gui.context import AppContext
from talagov.gui.dialogs.task_dialog import TaskDialog
from talagov.gui.help.terms import explain
from talagov.gui.i18n import arg
from talagov.gui.labels import role_labels
from talagov.gui.widgets.date_edit import date_edit, edit_date
from talagov.gui.widgets.member_picker import MemberPicker
from talagov.gui.widgets.optional_date_edit import OptionalDateEdit
from talagov.services import mandates as mandates_service
from talagov.services import members as members_service
from talagov.services import organisation as org_service
from talagov.services.members import MemberListItem
from talagov.services.uow import UnitOfWork


@dataclass(frozen=True)
class MandateFormData:
    """Bodies, members and the mandate rules in force."""

    bodies: list[Body]
    members: list[MemberListItem]
    rules: MandateRules


def load_mandate_form(uow: UnitOfWork, today: date) -> MandateFormData:
    """What the mandate dialog offers."""
    return MandateFormData(mandates_service.list_bodies(uow), members_service.list_members(uow, today),
                           org_service.statutes_at(uow, today).mandates)


def term_years(rules: MandateRules, role: Role) -> int:
    """The longest term the statutes allow for ``role``, in years (0: no limit)."""
    if role is Role.GERANT and rules.gerant_term_max_years > 0:
        return rules.gerant_term_max_years
    return rules.term_max_years


class MandateDialog(TaskDialog):
    """Enter a mandate; ``body_id`` preselects a body."""

    def __init__(self, ctx: AppContext, body_id: int | None = None, parent: QWidget | None = None) -> None:
        super().__init__(ctx, self.tr("New mandate"), parent)
        self._rules = MandateRules()
        self._body_id = body_id
        self._end_touched = False
        self.body = QComboBox(self)
        self.body.setToolTip(self.tr("The board or committee in which the office is held."))
        self.member = MemberPicker(self)
        self.member.setToolTip(self.tr("The associate who holds the office; type part of a name "
                                       "or number."))
        self.role = QComboBox(self)
        for role, label in role_labels().items():
            self.role.addItem(label, role.value)
        self.role.setCurrentIndex(self.role.findData(Role.ADMINISTRATOR.value))
        self.role.setToolTip(self.tr("The office held: chair, director, gérant…"))
        explain(self.role, "gerant")
        self.start = date_edit(self, ctx.today(), ctx.lang)
        self.start.setToolTip(self.tr("The first day of the mandate, usually the day of the "
                                      "electing meeting."))
        self.planned_end = OptionalDateEdit(self, lang=ctx.lang, default=ctx.today)
        self.planned_end.setToolTip(self.tr("When the mandate should end; proposed from the "
                                            "longest term the statutes allow."))
        explain(self.planned_end, "mandat")
        self.term_hint = QLabel(self)
        self.term_hint.setWordWrap(True)
        self.add_row(self.tr("&Body:"), self.body)
        self.add_row(self.tr("&Holder:"), self.member)
        self.add_row(self.tr("&Role:"), self.role)
        self.add_row(self.tr("S&tart:"), self.start)
        self.add_row(self.tr("&Planned end:"), self.planned_end)
        self.form.addRow("", self.term_hint)
        self.role.currentIndexChanged.connect(self._propose_end)
        self.start.dateChanged.connect(self._propose_end)
        self.planned_end.value_changed.connect(self._on_planned_end_value_changed)
        self.setEnabled(False)
        ctx.runner.run(self, lambda uow: load_mandate_form(uow, ctx.today()),
                       on_success=self._on_form_loaded, label=self.tr("Loading bodies and members"))

    def _on_form_loaded(self, data: MandateFormData) -> None:
        self._rules = data.rules
        for body in data.bodies:
            self.body.addItem(body.name, body.id)
        if self._body_id is not None:
            self.body.setCurrentIndex(max(0, self.body.findData(self._body_id)))
        self.member.set_members([m for m in data.members if m.active_on(self.ctx.today())])
        self._propose_end()
        self.setEnabled(True)
        self.member.setFocus()
        self.loaded.emit()

    def _propose_end(self, *_args: object) -> None:
        years = term_years(self._rules, Role(self.role.currentData()))
        if years <= 0:
            self.term_hint.setText(self.tr("The statutes set no maximum term for this role."))
            return
        self.term_hint.setText(arg(self.tr("The statutes allow at most %1 years for this role."), years))
        if not self._end_touched:
            proposed = add_months(edit_date(self.start), 12 * years)
            blocked = self.planned_end.blockSignals(True)
            self.planned_end.setValue(proposed)
            self.planned_end.blockSignals(blocked)

    def _on_planned_end_value_changed(self, _value: object) -> None:
        self._end_touched = True

    def mandate(self) -> Mandate:
        """The mandate as entered (ids of ``0`` when nothing is chosen)."""
        return Mandate(0, int(self.body.currentData() or 0), self.member.member_id() or 0,
                       Role(self.role.currentData()), edit_date(self.start),
                       self.planned_end.value())

    def problems(self) -> list[str]:
        """Body and holder are needed; a planned end beyond the statutes' term is refused."""
        found = []
        if self.body.currentData() is None:
            found.append(self.tr("Create a body first (Mandates page, “New body…”)."))
        if self.member.member_id() is None:
            found.append(self.tr("Choose the holder among the current members."))
        mandate = self.mandate()
        years = term_years(self._rules, mandate.role)
        if years > 0 and mandate.planned_end is not None \
                and mandate.planned_end > add_months(mandate.start, 12 * years):
            found.append(arg(self.tr("The planned end is beyond the %1-year maximum term of the "
                                     "statutes."), years))
        return found

    def task(self) -> Any:
        """Record the mandate."""
        mandate = self.mandate()
        return lambda uow: mandates_service.add_mandate(uow, mandate)

    def task_label(self) -> str:
        """Shown if saving takes long."""
        return self.tr("Recording the mandate")
