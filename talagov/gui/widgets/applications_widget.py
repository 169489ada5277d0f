# SPDX-License-Identifier: GPL-3.0-or-later
"""Membership applications: the list, who is due, add/edit, and the AG's decision.

Shown as a tab of the Members page. An employee of a SCOP must apply within the
statutory delay and the AG must rule after a year of employment (domain-rules S4-S5):
those rows are tinted and their status says why, with the deadline.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from talagov.core.applications import Application, Decision, DueApplication
from talagov.core.members import Category
from talagov.gui.context import AppContext
from talagov.gui.help.terms import explain
from talagov.gui.i18n import arg
from talagov.gui.models.application_table_model import ApplicationTableModel
from talagov.gui.widgets.tables import make_button, make_table
from talagov.services import applications as applications_service
from talagov.services import organisation as org_service
from talagov.services.changes import Aggregate, Changes
from talagov.services.uow import UnitOfWork


@dataclass(frozen=True)
class ApplicationsData:
    """Applications, those due on the reference date, and the categories."""

    items: list[Application]
    due: list[DueApplication]
    categories: tuple[Category, ...]


def load_applications(uow: UnitOfWork, today: date) -> ApplicationsData:
    """Everything the widget shows, in one task."""
    return ApplicationsData(applications_service.list_applications(uow),
                            applications_service.due(uow, today), org_service.categories(uow))


class ApplicationsWidget(QWidget):
    """The applications list with its actions (a page-like widget without a sidebar entry)."""

    loaded = Signal()  # after every reload (tests wait on it)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._generation = 0
        self._categories: tuple[Category, ...] = ()
        self.model = ApplicationTableModel(self, lang=ctx.lang)
        self.table = make_table(self, self.model, self.tr("Applications"),
                                resize=QHeaderView.ResizeMode.ResizeToContents, word_wrap=True)
        self.table.setToolTip(self.tr("People who asked to join, with the date of their "
                                      "application and the decision taken."))
        explain(self.table, "associe")
        label = QLabel(self.tr("&Applications to become an associate:"), self)
        label.setBuddy(self.table)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.new_button = make_button(self, self.tr("&New application…"), self.new_application)
        self.new_button.setToolTip(self.tr("Record a request to become an associate, before the "
                                           "general meeting decides."))
        self.edit_button = make_button(self, self.tr("&Edit…"), self.edit_current)
        self.edit_button.setToolTip(self.tr("Change the details of the selected application."))
        self.decide_button = make_button(self, self.tr("Record the AG &decision…"), self.decide_current)
        self.decide_button.setToolTip(self.tr("Record whether the general meeting accepted or "
                                              "refused the selected application."))
        buttons = QHBoxLayout()
        for button in (self.new_button, self.edit_button, self.decide_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.model.modelReset.connect(self._update_actions)
        self.table.selectionModel().selectionChanged.connect(self._update_actions)
        self.table.activated.connect(self._on_table_activated)
        self._update_actions()


    def refresh(self) -> None:
        """Reload the applications."""
        self._generation += 1
        generation, today = self._generation, self.ctx.today()
        self.ctx.runner.run(self, lambda uow: load_applications(uow, today),
                            on_success=lambda data: self._on_loaded(generation, data),
                            label=self.tr("Loading applications"))

    def on_changes(self, changes: Changes) -> None:
        """Reload on applications, categories or statutes (delays) changes."""
        if changes.touches(Aggregate.APPLICATIONS, Aggregate.CATEGORIES, Aggregate.STATUTES):
            self.refresh()

    def _on_loaded(self, generation: int, data: ApplicationsData) -> None:
        if generation != self._generation:
            return
        selected = self.current_application()
        self._categories = data.categories
        self.model.set_items(data.items, data.due, {c.key: c.label for c in data.categories})
        pending = sum(1 for a in data.items if a.decision is Decision.PENDING)
        self.summary.setText(arg(self.tr("%n pending application(s), %1 needing attention.", "",
                                         pending), len(data.due)))
        if selected is not None:
            self.select_application(selected.id)
        self.loaded.emit()

    def current_application(self) -> Application | None:
        """The selected application, if any."""
        rows = self.table.selectionModel().selectedRows()
        return self.model.item_at(rows[0].row()) if rows else None

    def select_application(self, application_id: int) -> None:
        """Select an application."""
        row = self.model.row_of(application_id)
        if row is not None:
            flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
            self.table.selectionModel().setCurrentIndex(self.model.index(row, 0), flags)

    def _update_actions(self, *_args: object) -> None:
        app = self.current_application()
        pending = app is not None and app.decision is Decision.PENDING
        self.edit_button.setEnabled(pending)
        self.decide_button.setEnabled(pending)

    def _on_table_activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.edit_current()

    def new_application(self) -> QWidget:
        """Open the dialog for a new application."""
        from talagov.gui.dialogs.application_dialog import ApplicationDialog

        dialog = ApplicationDialog(self.ctx, None, self._categories, self)
        dialog.open()
        return dialog

    def edit_current(self) -> QWidget | None:
        """Open the selected (pending) application."""
        from talagov.gui.dialogs.application_dialog import ApplicationDialog

        app = self.current_application()
        if app is None or app.decision is not Decision.PENDING:
            return None
        dialog = ApplicationDialog(self.ctx, app, self._categories, self)
        dialog.open()
        return dialog

    def decide_current(self) -> QWidget | None:
        """Record the AG's decision on the selected application."""
        from talagov.gui.dialogs.decision_dialog import DecisionDialog

        app = self.current_application()
        if app is None or app.decision is not Decision.PENDING:
            return None
        dialog = DecisionDialog(self.ctx, app, self)
        dialog.open()
        return dialog
