# SPDX-License-Identifier: GPL-3.0-or-later
"""The "Mandates" page: bodies, who holds which seat, and what must be renewed."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from talagov.core.annual_meeting import next_annual_meeting_deadline
from talagov.core.mandates import Body
from talagov.gui.context import AppContext
from talagov.gui.help.terms import explain
from talagov.gui.i18n import arg, show_date
from talagov.gui.labels import body_kind_labels
from talagov.gui.models.mandate_table_model import MandateStatus, MandateTableModel, status_of
from talagov.gui.pages.base import Page
from talagov.gui.widgets.tables import make_button, make_table
from talagov.services import mandates as mandates_service
from talagov.services import organisation as org_service
from talagov.services.changes import Aggregate, Changes
from talagov.services.mandates import MandateListItem
from talagov.services.uow import UnitOfWork


@dataclass(frozen=True)
class MandatesData:
    """Bodies, every mandate and the next AG deadline."""

    bodies: list[Body]
    mandates: list[MandateListItem]
    deadline: date


def load_mandates(uow: UnitOfWork, today: date) -> MandatesData:
    """What the page shows, in one task."""
    org = org_service.require_organisation(uow)
    return MandatesData(mandates_service.list_bodies(uow), mandates_service.list_mandates(uow),
                        next_annual_meeting_deadline(org.fiscal_year_end, today))


class MandatesPage(Page):
    """Bodies on the left, their mandates on the right, with the passation actions."""

    loaded = Signal()  # after every reload (tests wait on it)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.title = self.tr("Mandates")
        self._generation = 0
        self.model = MandateTableModel(self, lang=ctx.lang)
        self.bodies = QListWidget(self)
        self.bodies.setAccessibleName(self.tr("Bodies"))
        self.bodies.setToolTip(self.tr("The boards and committees of the cooperative; choose one "
                                       "to list its mandates."))
        bodies_label = QLabel(self.tr("&Bodies:"), self)
        bodies_label.setBuddy(self.bodies)
        self.new_body_button = make_button(self, self.tr("New &body…"), self.new_body)
        self.new_body_button.setToolTip(self.tr("Add a board, a committee or a management "
                                                "position."))
        self.current_only = QCheckBox(self.tr("&Current mandates only"), self)
        self.current_only.setAccessibleName(self.tr("Current mandates only"))
        self.current_only.setToolTip(self.tr("Hide the mandates that have already ended."))
        self.current_only.setChecked(True)
        self.deadline_label = QLabel(self)
        self.deadline_label.setWordWrap(True)
        self.table = self._make_table()
        self.table.setToolTip(self.tr("Who holds which office, since when and until when; "
                                      "double-click to edit."))
        explain(self.table, "mandat")
        table_label = QLabel(self.tr("&Mandates:"), self)
        table_label.setBuddy(self.table)
        self.new_button = make_button(self, self.tr("&New mandate…"), self.new_mandate)
        self.new_button.setToolTip(self.tr("Record that a member takes an office in a body."))
        self.end_button = make_button(self, self.tr("&End mandate…"), self.end_current)
        self.end_button.setToolTip(self.tr("Record the end of the selected mandate, with its date "
                                           "and reason."))
        self.handover_button = make_button(self, self.tr("&Handover…"), self.handover_current)
        self.handover_button.setToolTip(self.tr("End the selected mandate and give the same office "
                                                "to a successor on the same day."))

        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(bodies_label)
        left_layout.addWidget(self.bodies, 1)
        left_layout.addWidget(self.new_body_button)
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.deadline_label)
        top = QHBoxLayout()
        top.addWidget(table_label)
        top.addStretch(1)
        top.addWidget(self.current_only)
        right_layout.addLayout(top)
        right_layout.addWidget(self.table, 1)
        buttons = QHBoxLayout()
        for button in (self.new_button, self.end_button, self.handover_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        right_layout.addLayout(buttons)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 3)
        splitter.setChildrenCollapsible(False)
        QVBoxLayout(self).addWidget(splitter)

        self.current_only.toggled.connect(self.model.set_current_only)
        self.bodies.currentRowChanged.connect(self._on_bodies_current_row_changed)
        self.model.modelReset.connect(self._update_actions)
        self.table.selectionModel().selectionChanged.connect(self._update_actions)
        self.table.activated.connect(self._on_table_activated)
        self._update_actions()

    def _make_table(self) -> QTableView:
        return make_table(self, self.model, self.tr("Mandates"),
                          resize=QHeaderView.ResizeMode.ResizeToContents)


    # -- loading ---------------------------------------------------------------------

    def refresh(self) -> None:
        """Reload bodies and mandates."""
        self._generation += 1
        generation, today = self._generation, self.ctx.today()
        self.ctx.runner.run(self, lambda uow: load_mandates(uow, today),
                            on_success=lambda data: self._on_loaded(generation, data),
                            label=self.tr("Loading mandates"))

    def on_changes(self, changes: Changes) -> None:
        """Reload on mandates, members (names) or organisation (year end) changes."""
        if changes.touches(Aggregate.MANDATES, Aggregate.MEMBERS, Aggregate.ORGANISATION):
            self.refresh()

    def _on_loaded(self, generation: int, data: MandatesData) -> None:
        if generation != self._generation:
            return
        selected_body = self.current_body_id()
        selected = self.current_mandate_id()
        blocked = self.bodies.blockSignals(True)
        self.bodies.clear()
        everything = QListWidgetItem(self.tr("All bodies"), self.bodies)
        everything.setData(Qt.ItemDataRole.UserRole, None)
        kinds = body_kind_labels()
        for body in data.bodies:
            item = QListWidgetItem(body.name, self.bodies)
            item.setData(Qt.ItemDataRole.UserRole, body.id)
            item.setToolTip(kinds[body.kind])
        rows = [r for r in range(self.bodies.count())
                if self.bodies.item(r).data(Qt.ItemDataRole.UserRole) == selected_body]
        self.bodies.setCurrentRow(rows[0] if rows else 0)
        self.bodies.blockSignals(blocked)
        today = self.ctx.today()
        self.model.set_items(data.mandates, today, data.deadline)
        self.model.set_body(self.current_body_id())
        renew = sum(1 for m in data.mandates
                    if status_of(m, today, data.deadline) is MandateStatus.TO_RENEW)
        self.deadline_label.setText(arg(
            self.tr("Next annual general meeting: by %1. %n mandate(s) to renew by then.", "", renew),
            show_date(data.deadline, self.ctx.lang)))
        if selected is not None:
            self.select_mandate(selected)
        self.loaded.emit()

    def _on_bodies_current_row_changed(self, _row: int) -> None:
        self.model.set_body(self.current_body_id())

    # -- selection and actions -----------------------------------------------------

    def current_body_id(self) -> int | None:
        """The body chosen on the left (``None``: all bodies)."""
        item = self.bodies.currentItem()
        value = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        return int(value) if value is not None else None

    def current_mandate(self) -> MandateListItem | None:
        """The selected mandate, if any."""
        rows = self.table.selectionModel().selectedRows()
        return self.model.item_at(rows[0].row()) if rows else None

    def current_mandate_id(self) -> int | None:
        """The id of the selected mandate, if any."""
        item = self.current_mandate()
        return item.id if item else None

    def select_mandate(self, mandate_id: int) -> None:
        """Select a mandate when it is shown."""
        row = self.model.row_of(mandate_id)
        if row is not None:
            flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
            self.table.selectionModel().setCurrentIndex(self.model.index(row, 0), flags)

    def _update_actions(self, *_args: object) -> None:
        item = self.current_mandate()
        open_ = item is not None and item.end is None
        self.end_button.setEnabled(open_)
        self.handover_button.setEnabled(open_)

    def _on_table_activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.handover_current()

    def _open(self, dialog: QWidget) -> QWidget:
        dialog.open()  # type: ignore[attr-defined]
        return dialog

    def new_body(self) -> QWidget:
        """Open the "new body" dialog."""
        from talagov.gui.dialogs.body_dialog import BodyDialog

        return self._open(BodyDialog(self.ctx, self))

    def new_mandate(self) -> QWidget:
        """Open the "new mandate" dialog, on the body chosen on the left."""
        from talagov.gui.dialogs.mandate_dialog import MandateDialog

        return self._open(MandateDialog(self.ctx, self.current_body_id(), self))

    def end_current(self) -> QWidget | None:
        """Open the dialog that ends the selected mandate."""
        from talagov.gui.dialogs.end_mandate_dialog import EndMandateDialog

        item = self.current_mandate()
        return self._open(EndMandateDialog(self.ctx, item, self)) if item and item.end is None else None

    def handover_current(self) -> QWidget | None:
        """Open the passation dialog for the selected mandate."""
        from talagov.gui.dialogs.handover_dialog import HandoverDialog

        item = self.current_mandate()
        return self._open(HandoverDialog(self.ctx, item, self)) if item and item.end is None else None
