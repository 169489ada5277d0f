# SPDX-License-Identifier: GPL-3.0-or-later
"""The "Shares" page: the share register, the capital at a date, and register entries."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QItemSelectionModel, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from talagov.core.errors import UserError
from talagov.core.shares import MovementKind
from talagov.gui.context import AppContext
from talagov.gui.help.terms import explain
from talagov.gui.i18n import arg, show_date, show_int
from talagov.gui.labels import movement_kind_labels
from talagov.gui.models.share_movement_table_model import ShareMovementTableModel
from talagov.gui.pages.base import Page
from talagov.gui.widgets.capital_summary import CapitalSummaryWidget
from talagov.gui.widgets.date_edit import edit_date, to_qdate
from talagov.gui.widgets.filter_line_edit import FilterLineEdit
from talagov.gui.widgets.tables import make_button, make_table
from talagov.services import organisation as org_service
from talagov.services import shares as shares_service
from talagov.services.changes import Aggregate, Changes
from talagov.services.shares import CapitalSummary, MovementListItem
from talagov.services.uow import UnitOfWork


@dataclass(frozen=True)
class SharesData:
    """The register, the capital at the chosen date and the names of its keys."""

    movements: list[MovementListItem] | None  # None: only the summary was reloaded
    summary: CapitalSummary
    categories: dict[str, str]
    colleges: dict[str, str]


def load_shares(uow: UnitOfWork, at: date, with_movements: bool = True) -> SharesData:
    """Movements (unless only the date changed) and the capital summary on ``at``."""
    categories = {c.key: c.label for c in org_service.categories(uow)}
    try:
        colleges = {c.key: c.name for c in org_service.statutes_at(uow, at).colleges}
    except UserError:
        colleges = {}
    movements = shares_service.list_movements(uow) if with_movements else None
    return SharesData(movements, shares_service.capital_summary(uow, at), categories, colleges)


class SharesPage(Page):
    """Register of share movements with filter, capital summary and entry actions."""

    loaded = Signal()  # after every reload (tests wait on it)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.title = self.tr("Shares")
        self._generation = 0
        self.model = ShareMovementTableModel(self, lang=ctx.lang)
        self.filter = FilterLineEdit(self)
        self.filter.setPlaceholderText(self.tr("Member, number, reference, date…"))
        self.filter.setAccessibleName(self.tr("Search the register"))
        self.filter.setToolTip(self.tr("The register keeps the lines whose member, number, "
                                       "reference or date contains what you type; Escape clears."))
        filter_label = QLabel(self.tr("&Search:"), self)
        filter_label.setBuddy(self.filter)
        self.table = self._make_table()
        self.table.setToolTip(self.tr("Every subscription, transfer and redemption of shares, in "
                                      "date order."))
        explain(self.table, "part_sociale")
        table_label = QLabel(self.tr("Share &register:"), self)
        table_label.setBuddy(self.table)
        self.count_label = QLabel(self)
        self.subscribe_button = make_button(self, self.tr("New &subscription…"), self._on_subscribe_clicked)
        self.subscribe_button.setToolTip(self.tr("Record shares bought by a member at their "
                                                 "nominal value."))
        self.transfer_button = make_button(self, self.tr("&Transfer…"), self._on_transfer_clicked)
        self.transfer_button.setToolTip(self.tr("Record shares passed from one member to another."))
        self.redeem_button = make_button(self, self.tr("&Redemption…"), self._on_redeem_clicked)
        self.redeem_button.setToolTip(self.tr("Record shares paid back to a member by the "
                                              "cooperative."))
        self.delete_button = make_button(self, self.tr("&Delete entry"), self.delete_current)
        self.delete_button.setToolTip(self.tr("Remove the selected line if it was entered by "
                                              "mistake."))
        self.summary = CapitalSummaryWidget(ctx.lang, self)
        self.summary.set_date(to_qdate(ctx.today()))

        top = QHBoxLayout()
        top.addWidget(filter_label)
        top.addWidget(self.filter, 1)
        buttons = QHBoxLayout()
        for button in (self.subscribe_button, self.transfer_button, self.redeem_button,
                       self.delete_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        # The count goes above the table, not after the buttons: at 200 % the row of
        # buttons alone fills the width, and the capital's tables need the rest.
        heading = QHBoxLayout()
        heading.addWidget(table_label)
        heading.addStretch(1)
        heading.addWidget(self.count_label)
        register = QWidget(self)
        left = QVBoxLayout(register)
        left.setContentsMargins(0, 0, 0, 0)
        left.addLayout(top)
        left.addLayout(heading)
        left.addWidget(self.table, 1)
        left.addLayout(buttons)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(register)
        splitter.addWidget(self.summary)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

        self.filter.filter_changed.connect(self.model.set_filter)
        self.model.counts_changed.connect(self._on_model_counts_changed)
        self.model.modelReset.connect(self._update_actions)
        self.table.selectionModel().selectionChanged.connect(self._update_actions)
        self.summary.date_changed.connect(self._on_summary_date_changed)
        self._on_model_counts_changed(0, 0)
        self._update_actions()

    def _make_table(self) -> QTableView:
        return make_table(self, self.model, self.tr("Share register"), alternating=True)


    # -- loading ---------------------------------------------------------------------

    def refresh(self) -> None:
        """Reload the register and the capital at the chosen date."""
        self._load(with_movements=True)

    def on_changes(self, changes: Changes) -> None:
        """Reload when shares, members (names), categories or statutes (colleges) changed."""
        if changes.touches(Aggregate.SHARES, Aggregate.MEMBERS, Aggregate.CATEGORIES,
                           Aggregate.STATUTES):
            self.refresh()

    def _load(self, *, with_movements: bool) -> None:
        self._generation += 1
        generation, at = self._generation, edit_date(self.summary.at)
        self.ctx.runner.run(self, lambda uow: load_shares(uow, at, with_movements),
                            on_success=lambda data: self._on_loaded(generation, data),
                            label=self.tr("Loading the share register"))

    def _on_loaded(self, generation: int, data: SharesData) -> None:
        if generation != self._generation:
            return  # an older reload finished after a newer one was asked for
        if data.movements is not None:
            selected = self.current_movement_id()
            self.model.set_items(data.movements)
            if data.movements and self.table.columnWidth(0) <= self.table.horizontalHeader().defaultSectionSize():
                self.table.resizeColumnsToContents()
            if selected is not None:
                self.select_movement(selected)
        self.summary.show_summary(data.summary, data.categories, data.colleges)
        self.loaded.emit()

    def _on_summary_date_changed(self, _at: date) -> None:
        self._load(with_movements=False)

    def _on_model_counts_changed(self, shown: int, total: int) -> None:
        text = arg(self.tr("%Ln movement(s) shown of %1", "", shown), show_int(total, self.ctx.lang))
        self.count_label.setText(text)
        self.count_label.setAccessibleName(text)

    # -- selection and actions -----------------------------------------------------

    def current_movement_id(self) -> int | None:
        """The selected movement, if any."""
        rows = self.table.selectionModel().selectedRows()
        return self.model.item_at(rows[0].row()).id if rows else None

    def select_movement(self, movement_id: int) -> None:
        """Select a movement (no-op when filtered out)."""
        row = self.model.row_of(movement_id)
        if row is not None:
            index = self.model.index(row, 0)
            flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
            self.table.selectionModel().setCurrentIndex(index, flags)
            self.table.scrollTo(index)

    def focus_filter(self) -> None:
        """Ctrl+F: put the cursor in the search field."""
        self.filter.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.filter.selectAll()

    def _update_actions(self, *_args: object) -> None:
        self.delete_button.setEnabled(self.current_movement_id() is not None)

    def open_movement_dialog(self, kind: MovementKind) -> QWidget:
        """Open the dialog for a new movement of ``kind``; returns it (tests drive it)."""
        from talagov.gui.dialogs.share_movement_dialog import ShareMovementDialog

        dialog = ShareMovementDialog(self.ctx, kind, self)
        dialog.saved.connect(self._on_dialog_saved)
        dialog.open()
        return dialog

    def _on_subscribe_clicked(self) -> None:
        self.open_movement_dialog(MovementKind.SUBSCRIPTION)

    def _on_transfer_clicked(self) -> None:
        self.open_movement_dialog(MovementKind.TRANSFER)

    def _on_redeem_clicked(self) -> None:
        self.open_movement_dialog(MovementKind.REDEMPTION)

    def _on_dialog_saved(self, result: object) -> None:
        movement_id = result[0] if isinstance(result, tuple) else None

        def select() -> None:
            self.loaded.disconnect(select)
            if movement_id is not None:
                self.select_movement(int(movement_id))

        # The reload comes from changes_applied; select the new line once it is in.
        self.loaded.connect(select)

    def delete_current(self) -> None:
        """Delete the selected movement after confirmation (a line entered by mistake)."""
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return
        item = self.model.item_at(rows[0].row())
        who = item.to_name or item.from_name
        question = arg(self.tr("Delete the %1 of %2 share(s) on %3 (%4)? Only a line entered by "
                               "mistake should be deleted; a real redemption or transfer is "
                               "recorded as a new movement."),
                       movement_kind_labels()[item.kind].lower(), item.count,
                       show_date(item.on, self.ctx.lang), who)
        answer = QMessageBox.question(self, self.tr("Delete entry"), question)
        if answer != QMessageBox.StandardButton.Yes:
            return
        movement_id = item.id
        self.ctx.runner.run(self, lambda uow: shares_service.delete_movement(uow, movement_id),
                            label=self.tr("Deleting the entry"))
