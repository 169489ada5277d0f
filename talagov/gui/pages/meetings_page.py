# SPDX-License-Identifier: GPL-3.0-or-later
"""The "Meetings" page: the list of meetings and the workspace of the selected one."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt, Signal
from PySide6.QtWidgets import (
    QHeaderView,
    QLabel,
    QMessageBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from talagov.gui.context import AppContext
from talagov.gui.i18n import arg
from talagov.gui.meeting.workspace import MINUTES_TAB, MeetingWorkspace
from talagov.gui.models.meeting_table_model import MeetingTableModel
from talagov.gui.pages.base import Page
from talagov.gui.widgets.tables import button_row, make_button, make_table, selected_row
from talagov.services import meetings as meetings_service
from talagov.services.changes import Aggregate, Changes
from talagov.services.meetings import MeetingListItem


class MeetingsPage(Page):
    """Meetings on the left (newest first), the selected meeting's workspace on the right."""

    loaded = Signal()  # after every reload of the list (tests wait on it)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.title = self.tr("Meetings")
        self._generation = 0
        self._select_after: int | None = None
        self.model = MeetingTableModel(self, lang=ctx.lang)
        self.table = make_table(self, self.model, self.tr("Meetings"),
                                resize=QHeaderView.ResizeMode.Interactive)
        self.table.setToolTip(self.tr("General meetings and board meetings; choose one to "
                                      "prepare, hold or archive it."))
        table_label = QLabel(self.tr("&Meetings:"), self)
        table_label.setBuddy(self.table)
        self.new_button = make_button(self, self.tr("&New meeting…"), self.new_meeting)
        self.new_button.setToolTip(self.tr("Plan a general meeting or a board meeting."))
        self.delete_button = make_button(self, self.tr("De&lete"), self.delete_current)
        self.delete_button.setToolTip(self.tr("Delete the selected meeting and its agenda; its "
                                              "documents stay in the library."))
        self.workspace = MeetingWorkspace(ctx, self)

        left = QWidget(self)
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(table_label)
        column.addWidget(self.table, 1)
        column.addLayout(button_row(self.new_button, self.delete_button))
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(left)
        splitter.addWidget(self.workspace)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 3)
        splitter.setChildrenCollapsible(False)
        em = self.fontMetrics().horizontalAdvance("M")
        # The workspace is where the work happens: the list gets about a quarter.
        splitter.setSizes([28 * em, 90 * em])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)

        self.table.selectionModel().currentRowChanged.connect(self._on_selection_current_row_changed)
        self.model.modelReset.connect(self._update_actions)
        self._update_actions()

    # -- loading -----------------------------------------------------------------------

    def refresh(self) -> None:
        """Reload the list of meetings."""
        self._generation += 1
        generation = self._generation
        self.ctx.runner.run(self, meetings_service.list_meetings,
                            on_success=lambda items: self._on_loaded(generation, items),
                            label=self.tr("Loading meetings"))

    def on_changes(self, changes: Changes) -> None:
        """Reload the list on meeting, agenda (item counts) or body changes; tell the workspace."""
        if changes.touches(Aggregate.MEETINGS, Aggregate.AGENDA, Aggregate.MANDATES):
            self.refresh()
        self.workspace.on_changes(changes)

    def _on_loaded(self, generation: int, items: list[MeetingListItem]) -> None:
        if generation != self._generation:
            return
        selected = self._select_after or self.current_meeting_id()
        self._select_after = None
        blocked = self.table.selectionModel().blockSignals(True)
        self.model.set_items(items)
        self.table.selectionModel().blockSignals(blocked)
        if self.model.rowCount() and not self.table.property("sized"):
            self.table.setProperty("sized", True)
            self.table.resizeColumnsToContents()
            em = self.table.fontMetrics().horizontalAdvance("M")
            # Long titles elide so that Type and Date stay in the 28 em pane at 1280 pixels.
            if self.table.columnWidth(0) > 11 * em:
                self.table.setColumnWidth(0, 11 * em)
        row = self.model.row_of(selected) if selected is not None else None
        if row is None and self.model.rowCount():
            row = 0
        if row is not None:
            self.select_meeting(self.model.item_at(row).id)
        else:
            self.workspace.set_meeting(None)
        self._update_actions()
        self.loaded.emit()

    # -- selection and actions ---------------------------------------------------------

    def current_meeting(self) -> MeetingListItem | None:
        """The selected meeting, if any."""
        row = selected_row(self.table)
        return self.model.item_at(row) if row is not None else None

    def current_meeting_id(self) -> int | None:
        """The id of the selected meeting."""
        item = self.current_meeting()
        return item.id if item else None

    def select_meeting(self, meeting_id: int) -> None:
        """Select a meeting and show its workspace."""
        row = self.model.row_of(meeting_id)
        if row is None:
            return
        flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        index = self.model.index(row, 0)
        self.table.selectionModel().setCurrentIndex(index, flags)
        self.table.scrollTo(index)
        self.workspace.set_meeting(meeting_id)

    def open_minutes(self, meeting_id: int) -> None:
        """Select ``meeting_id`` with its minutes tab in front (once the list is loaded)."""
        self.workspace.show_tab(meeting_id, MINUTES_TAB)
        if self.model.row_of(meeting_id) is None:
            self._select_after = meeting_id
        else:
            self.select_meeting(meeting_id)

    def _on_selection_current_row_changed(self, *_args: object) -> None:
        self.workspace.set_meeting(self.current_meeting_id())
        self._update_actions()

    def _update_actions(self, *_args: object) -> None:
        self.delete_button.setEnabled(self.current_meeting() is not None)

    def new_meeting(self) -> QWidget:
        """Open the dialog for a new meeting; it is selected once created."""
        from talagov.gui.dialogs.meeting_dialog import MeetingDialog

        dialog = MeetingDialog(self.ctx, None, self)
        dialog.saved.connect(self._on_dialog_saved)
        dialog.open()
        return dialog

    def _on_dialog_saved(self, meeting_id: object) -> None:
        # The reload comes from changes_applied, after this slot.
        self._select_after = int(str(meeting_id))

    def delete_current(self) -> None:
        """Delete the selected meeting (drafts only) after confirmation."""
        item = self.current_meeting()
        if item is None:
            return
        question = arg(self.tr("Delete the meeting “%1”? Its agenda goes with it; the documents "
                               "stay in the library. Only a meeting in preparation can be "
                               "deleted."), item.title)
        if QMessageBox.question(self, self.tr("Delete meeting"), question) \
                != QMessageBox.StandardButton.Yes:
            return
        meeting_id = item.id
        self.ctx.runner.run(self, lambda uow: meetings_service.delete_meeting(uow, meeting_id),
                            label=self.tr("Deleting the meeting"))
