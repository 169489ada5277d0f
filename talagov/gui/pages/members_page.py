# SPDX-License-Identifier: GPL-3.0-or-later
"""The "Members" page: the register as a fast, filterable table, and the applications tab."""

from __future__ import annotations

import gc
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from talagov.core.errors import UserError
from talagov.gui.context import AppContext
from talagov.gui.help.terms import explain
from talagov.gui.i18n import arg, show_int
from talagov.gui.models.columns import COLUMNS, Labels
from talagov.gui.models.member_table_model import MemberTableModel
from talagov.gui.pages.base import Page
from talagov.gui.widgets.filter_line_edit import FilterLineEdit
from talagov.gui.widgets.tables import make_button, make_table
from talagov.services import members as members_service
from talagov.services import organisation as org_service
from talagov.services.changes import Aggregate, Changes
from talagov.services.members import MemberListItem
from talagov.services.uow import UnitOfWork


@dataclass(frozen=True)
class MembersData:
    """What the page loads in one task."""

    items: list[MemberListItem]
    labels: Labels
    today: date


def load_members(uow: UnitOfWork, today: date, lang: str) -> MembersData:
    """Members with their shares on ``today``, plus category and college names."""
    categories = {c.key: c.label for c in org_service.categories(uow)}
    try:
        colleges = {c.key: c.name for c in org_service.statutes_at(uow, today).colleges}
    except UserError:  # no statutes yet: the column stays empty
        colleges = {}
    items = members_service.list_members(uow, today)
    return MembersData(items, Labels(categories, colleges, lang), today)


def _applications_widget(ctx: AppContext, parent: QWidget) -> QWidget:
    from talagov.gui.widgets.applications_widget import ApplicationsWidget

    widget: QWidget = ApplicationsWidget(ctx, parent)
    return widget


class MembersPage(Page):
    """Register of members: filter, sort, add, edit, record an exit, delete a mistake."""

    loaded = Signal()  # after every reload (tests wait on it)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.title = self.tr("Members")
        self._generation = 0
        self._sized = False
        self.model = MemberTableModel(self)
        self.filter = FilterLineEdit(self)
        self.filter.setPlaceholderText(self.tr("Name, number, e-mail, town…"))
        self.filter.setAccessibleName(self.tr("Search members"))
        self.filter.setToolTip(self.tr("The list keeps the members whose name, number, e-mail or "
                                       "town contains what you type; Escape clears."))
        filter_label = QLabel(self.tr("&Search:"), self)
        filter_label.setBuddy(self.filter)
        self.show_former = QCheckBox(self.tr("Show f&ormer members"), self)
        self.show_former.setAccessibleName(self.tr("Show former members"))
        self.show_former.setToolTip(self.tr("Also list the members who have left, greyed out."))
        self.count_label = QLabel(self)
        self.table = self._make_table()
        self.table.setToolTip(self.tr("The members on record; double-click or press Enter to edit "
                                      "one."))
        explain(self.table, "associe")
        self.new_button = make_button(self, self.tr("&New member…"), self.new_member)
        self.new_button.setToolTip(self.tr("Enter a new member in the register."))
        self.edit_button = make_button(self, self.tr("E&dit…"), self.edit_current)
        self.edit_button.setToolTip(self.tr("Change the identity, membership or contact details of "
                                            "the selected member."))
        self.exit_button = make_button(self, self.tr("Record e&xit…"), self.exit_current)
        self.exit_button.setToolTip(self.tr("Record that the selected member leaves the "
                                            "cooperative, with the date and the reason."))
        self.delete_button = make_button(self, self.tr("De&lete"), self.delete_current)
        self.delete_button.setToolTip(self.tr("Remove a member entered by mistake; a member who "
                                              "left is recorded as an exit instead."))

        top = QHBoxLayout()
        top.addWidget(filter_label)
        top.addWidget(self.filter, 1)
        top.addWidget(self.show_former)
        buttons = QHBoxLayout()
        for button in (self.new_button, self.edit_button, self.exit_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.count_label)
        register = QWidget(self)
        inner = QVBoxLayout(register)
        inner.addLayout(top)
        inner.addWidget(self.table, 1)
        inner.addLayout(buttons)

        self.applications = _applications_widget(ctx, self)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(register, self.tr("Register"))
        self.tabs.addTab(self.applications, self.tr("Applications"))
        self.tabs.setTabToolTip(0, self.tr("The register of members, with their category, college "
                                           "and shares."))
        self.tabs.setTabToolTip(1, self.tr("Membership applications and the general meeting's "
                                           "decisions on them."))
        self.tabs.setAccessibleName(self.tr("Members"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)

        self.filter.filter_changed.connect(self.model.set_filter)
        self.show_former.toggled.connect(self.model.set_show_former)
        self.model.counts_changed.connect(self._on_model_counts_changed)
        self.model.modelReset.connect(self._on_model_reset)
        self.table.activated.connect(self._on_table_activated)
        self.table.selectionModel().selectionChanged.connect(self._update_actions)
        self._on_model_counts_changed(0, 0)
        self._update_actions()

    def _make_table(self) -> QTableView:
        table = make_table(self, self.model, self.tr("Members"), alternating=True)
        # Rows follow the font height (200 % zoom) without measuring 100,000 rows.
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() * 3 // 2)
        header = table.horizontalHeader()
        header.setSortIndicatorShown(True)
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        table.setSortingEnabled(True)
        return table


    # -- loading ---------------------------------------------------------------------

    def refresh(self) -> None:
        """Reload the register (results of an older reload are ignored)."""
        self._generation += 1
        generation, today, lang = self._generation, self.ctx.today(), self.ctx.lang
        self.ctx.runner.run(
            self, lambda uow: load_members(uow, today, lang),
            on_success=lambda data: self._on_loaded(generation, data),
            label=self.tr("Loading members"),
        )

    def on_changes(self, changes: Changes) -> None:
        """Reload on changes to members, shares, categories or statutes (college names)."""
        if changes.touches(Aggregate.MEMBERS, Aggregate.SHARES, Aggregate.CATEGORIES,
                           Aggregate.STATUTES):
            self.refresh()
        on_changes = getattr(self.applications, "on_changes", None)
        if on_changes is not None:
            on_changes(changes)

    def _on_loaded(self, generation: int, data: MembersData) -> None:
        if generation != self._generation:
            return
        selected = self.current_member_id()
        self.model.set_items(data.items, data.labels, data.today)
        # 100,000 long-lived list items made the cyclic GC's full passes land on
        # keystrokes (a 40 ms stall now and then); they hold no cycles, so move them out
        # of its reach. Plain reference counting still frees them on the next reload.
        gc.freeze()
        if data.items and not self._sized:
            self._sized = True
            self._size_columns()
        if selected is not None:
            self.select_member(selected)
        self.loaded.emit()

    def _size_columns(self) -> None:
        # Once, on the first load: later the user's own widths win.
        self.table.resizeColumnsToContents()
        metrics = self.table.fontMetrics()
        em = metrics.horizontalAdvance("M")
        for column in range(self.model.columnCount()):
            key = COLUMNS[column].key
            if key in ("admission", "exit"):
                # Sized for any date, not only the rows loaded (former members are hidden).
                header = str(self.model.headerData(column, Qt.Orientation.Horizontal))
                sample = max(metrics.horizontalAdvance("00/00/0000"), metrics.horizontalAdvance(header))
                self.table.setColumnWidth(column, sample + 2 * em)
            elif self.table.columnWidth(column) > 16 * em:
                self.table.setColumnWidth(column, 16 * em)  # long names elide; the tooltip has them

    def _on_model_counts_changed(self, shown: int, total: int) -> None:
        # %Ln: the count in the locale's digits (1 234 in French), like the total.
        text = arg(self.tr("%Ln member(s) shown of %1", "", shown), show_int(total, self.ctx.lang))
        self.count_label.setText(text)
        self.count_label.setAccessibleName(text)

    def _on_model_reset(self) -> None:
        self._update_actions()

    # -- selection and actions -----------------------------------------------------

    def current_member_id(self) -> int | None:
        """The id of the selected member, if any."""
        rows = self.table.selectionModel().selectedRows()
        return self.model.item_at(rows[0].row()).id if rows else None

    def select_member(self, member_id: int) -> None:
        """Select and show a member (no-op when filtered out)."""
        row = self.model.row_of(member_id)
        if row is None:
            return
        index = self.model.index(row, 0)
        flags = (QItemSelectionModel.SelectionFlag.ClearAndSelect
                 | QItemSelectionModel.SelectionFlag.Rows)
        self.table.selectionModel().setCurrentIndex(index, flags)
        self.table.scrollTo(index)

    def focus_filter(self) -> None:
        """Ctrl+F: put the cursor in the search field."""
        self.tabs.setCurrentIndex(0)
        self.filter.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.filter.selectAll()

    def _update_actions(self, *_args: object) -> None:
        member_id = self.current_member_id()
        has = member_id is not None
        self.edit_button.setEnabled(has)
        self.delete_button.setEnabled(has)
        rows = self.table.selectionModel().selectedRows()
        self.exit_button.setEnabled(has and not self.model.is_former(rows[0].row()))

    def _on_table_activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.edit_current()

    def new_member(self) -> None:
        """Open the dialog for a new member."""
        from talagov.gui.dialogs.edit_member_dialog import EditMemberDialog

        dialog = EditMemberDialog(self.ctx, None, self)
        dialog.saved.connect(self._on_dialog_saved)
        dialog.open()

    def edit_current(self) -> None:
        """Open the selected member."""
        from talagov.gui.dialogs.edit_member_dialog import EditMemberDialog

        member_id = self.current_member_id()
        if member_id is None:
            return
        dialog = EditMemberDialog(self.ctx, member_id, self)
        dialog.saved.connect(self._on_dialog_saved)
        dialog.open()

    def _on_dialog_saved(self, member_id: int) -> None:
        # The reload comes from changes_applied; select the member once it is in.
        def select() -> None:
            self.loaded.disconnect(select)
            self.select_member(member_id)

        self.loaded.connect(select)

    def exit_current(self) -> None:
        """Record the exit of the selected member (date and cause)."""
        from talagov.gui.dialogs.exit_member_dialog import ExitMemberDialog

        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return
        item = self.model.item_at(rows[0].row())
        dialog = ExitMemberDialog(self.ctx, item, self)
        dialog.open()

    def delete_current(self) -> None:
        """Delete the selected member after confirmation (only without history)."""
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return
        item = self.model.item_at(rows[0].row())
        question = arg(self.tr("Delete member %1 (%2)? Only a member entered by mistake "
                               "should be deleted; a member who left keeps their record."),
                       item.number, item.display_name)
        answer = QMessageBox.question(self, self.tr("Delete member"), question)
        if answer != QMessageBox.StandardButton.Yes:
            return
        member_id = item.id
        self.ctx.runner.run(self, lambda uow: members_service.delete_member(uow, member_id),
                            label=self.tr("Deleting member"))
