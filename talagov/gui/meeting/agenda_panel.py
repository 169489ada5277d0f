# SPDX-License-Identifier: GPL-3.0-or-later
"""The agenda editor of the preparation tab, with the amendments log below it.

Items move by drag and drop or from the keyboard (Alt+Up, Alt+Down, or the Move
buttons); every change goes through the agenda service, and once the meeting is
convened each one first asks for the amendment's reason. From the opening of the
session the agenda is read-only.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from datetime import datetime
from typing import Any

from PySide6.QtCore import QEvent, QItemSelectionModel, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QMessageBox,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from talagov.core.agenda import AgendaItem, Amendment, ItemKind, move_item
from talagov.core.meetings import Meeting, MeetingStatus
from talagov.gui.context import AppContext
from talagov.gui.dialogs.amendment_dialog import AmendmentDialog, ask_reason
from talagov.gui.help.terms import explain
from talagov.gui.i18n import arg, show_datetime
from talagov.gui.models.agenda_model import AgendaModel
from talagov.gui.widgets.tables import (
    button_row,
    follow_selection,
    make_button,
    make_table,
    selected_row,
)
from talagov.services import meetings as meetings_service


def amendment_time(at: str, lang: str) -> str:
    """An amendment's ISO timestamp as the interface shows it."""
    try:
        moment = datetime.fromisoformat(at)
    except ValueError:
        return at
    return show_datetime(moment, lang)


class AgendaPanel(QWidget):
    """Agenda table, its actions and the amendments log of one meeting."""

    dialog_opened = Signal(object)  # every dialog this panel opens (tests follow them)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.meeting: Meeting | None = None
        self._select_after: int | None = None
        self.reason_dialog: AmendmentDialog | None = None
        self.model = AgendaModel(self)
        self.table = make_table(self, self.model, self.tr("Agenda"),
                                resize=QHeaderView.ResizeMode.Interactive)
        self.table.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.table.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.table.setDragDropOverwriteMode(False)
        self.table.setDropIndicatorShown(True)
        self.table.installEventFilter(self)
        self.table.setToolTip(self.tr("The items in the order of the meeting; drag a row to "
                                      "move it, Enter or double-click to edit it."))
        label = QLabel(self.tr("A&genda:"), self)
        label.setBuddy(self.table)
        explain(label, "ordre_du_jour")
        self.locked_label = QLabel(self)
        self.locked_label.setWordWrap(True)
        self.locked_label.hide()
        self.add_information_button = make_button(
            self, self.tr("Add &information…"), lambda: self.add_item(ItemKind.INFORMATION))
        self.add_resolution_button = make_button(
            self, self.tr("Add &resolution…"), lambda: self.add_item(ItemKind.RESOLUTION))
        self.add_election_button = make_button(
            self, self.tr("Add &election…"), lambda: self.add_item(ItemKind.ELECTION))
        self.propose_button = make_button(self, self.tr("&Propose elections…"), self.propose_elections)
        self.edit_button = make_button(self, self.tr("Ed&it…"), self.edit_current)
        self.delete_button = make_button(self, self.tr("&Delete"), self.delete_current)
        self.up_button = make_button(self, self.tr("Move &up"), lambda: self.move_current(-1))
        self.down_button = make_button(self, self.tr("Move do&wn"), lambda: self.move_current(1))
        self.add_information_button.setToolTip(self.tr("Add an item that is discussed but not "
                                                       "voted on."))
        self.add_resolution_button.setToolTip(self.tr("Add a decision put to the vote."))
        explain(self.add_resolution_button, "resolution")
        self.add_election_button.setToolTip(self.tr("Add the election of people to a body "
                                                    "(board, manager…)."))
        self.propose_button.setToolTip(self.tr("List the mandates that end by this meeting and "
                                               "choose the elections to add."))
        explain(self.propose_button, "mandat")
        self.edit_button.setToolTip(self.tr("Change the selected item."))
        self.delete_button.setToolTip(self.tr("Remove the selected item from the agenda."))
        self.up_button.setToolTip(self.tr("Move the selected item up the agenda (Alt+Up)."))
        self.down_button.setToolTip(self.tr("Move the selected item down the agenda (Alt+Down)."))
        self.amendments = QTreeWidget(self)
        self.amendments.setRootIsDecorated(False)
        self.amendments.setHeaderLabels([self.tr("When"), self.tr("Change"), self.tr("Reason")])
        self.amendments.setAccessibleName(self.tr("Amendments of the agenda"))
        self.amendments.setToolTip(self.tr("Every change made to the agenda after the notice "
                                           "was sent, with its reason."))
        self.amendments.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.amendments.setWordWrap(True)
        self.amendments_label = QLabel(self.tr("A&mendments since the convocation:"), self)
        self.amendments_label.setBuddy(self.amendments)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(label)
        layout.addWidget(self.locked_label)
        layout.addWidget(self.table, 3)
        layout.addLayout(button_row(self.add_information_button, self.add_resolution_button,
                                    self.add_election_button, self.propose_button))
        layout.addLayout(button_row(self.edit_button, self.delete_button, self.up_button,
                                    self.down_button))
        layout.addWidget(self.amendments_label)
        layout.addWidget(self.amendments, 1)

        self.model.move_requested.connect(self._on_model_move_requested,
                                          Qt.ConnectionType.QueuedConnection)
        follow_selection(self.table, self._update_actions)
        self.table.activated.connect(lambda _index: self.edit_current())
        self.set_state(None, [], [], {})

    # -- state -------------------------------------------------------------------------

    def editable(self) -> bool:
        """Whether the agenda may change (draft, or convened with an amendment)."""
        return self.meeting is not None and self.meeting.status in (
            MeetingStatus.DRAFT, MeetingStatus.CONVENED)

    def set_state(self, meeting: Meeting | None, items: Sequence[AgendaItem],
                  amendments: Sequence[Amendment], bodies: Mapping[int, str]) -> None:
        """Show ``meeting``'s agenda and amendments."""
        selected = self._select_after or self.current_item_id()
        self._select_after = None
        self.meeting = meeting
        self.model.set_movable(self.editable())
        self.model.set_items(items, bodies)
        self.table.setDragEnabled(self.editable())
        self.table.setAcceptDrops(self.editable())
        if meeting is not None and not self.editable():
            self.locked_label.setText(self.tr("The session is open or over: the agenda can no "
                                              "longer change."))
        elif meeting is not None and meeting.status is MeetingStatus.CONVENED:
            self.locked_label.setText(self.tr("The meeting is convened: each change is an "
                                              "amendment, logged with its reason."))
        self.locked_label.setVisible(meeting is not None and meeting.status is not MeetingStatus.DRAFT)
        self.amendments.clear()
        for amendment in amendments:
            QTreeWidgetItem(self.amendments, [amendment_time(amendment.at, self.ctx.lang),
                                              amendment.description, amendment.reason])
        shown = bool(amendments) or (meeting is not None and meeting.status is not MeetingStatus.DRAFT)
        self.amendments.setVisible(shown)
        self.amendments_label.setVisible(shown)
        if selected is not None:
            self.select_item(selected)
        self.table.resizeColumnsToContents()
        self._update_actions()

    def current_item(self) -> AgendaItem | None:
        """The selected item."""
        row = selected_row(self.table)
        return self.model.item_at(row) if row is not None else None

    def current_item_id(self) -> int | None:
        """The id of the selected item."""
        item = self.current_item()
        return item.id if item else None

    def select_item(self, item_id: int) -> None:
        """Select an item when it is shown."""
        row = self.model.row_of(item_id)
        if row is not None:
            flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
            self.table.selectionModel().setCurrentIndex(self.model.index(row, 0), flags)

    def _update_actions(self, *_args: object) -> None:
        editable = self.editable()
        item = self.current_item()
        row = self.model.row_of(item.id) if item else None
        for button in (self.add_information_button, self.add_resolution_button,
                       self.add_election_button, self.propose_button):
            button.setEnabled(editable)
        self.edit_button.setEnabled(item is not None)
        self.delete_button.setEnabled(editable and item is not None)
        self.up_button.setEnabled(editable and row is not None and row > 0)
        self.down_button.setEnabled(editable and row is not None and row < self.model.rowCount() - 1)

    # -- keyboard ----------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Alt+Up and Alt+Down on the table move the selected item."""
        if watched is self.table and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.modifiers() == Qt.KeyboardModifier.AltModifier and \
                    event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down):
                self.move_current(-1 if event.key() == Qt.Key.Key_Up else 1)
                return True
        return super().eventFilter(watched, event)

    # -- changes -----------------------------------------------------------------------

    def _with_reason(self, change: str, action: Callable[[str], None]) -> None:
        """Run ``action(reason)``: at once for a draft, after the reason when convened."""
        if self.meeting is not None and self.meeting.status is MeetingStatus.CONVENED:
            self.reason_dialog = ask_reason(self, change, action)
            self.dialog_opened.emit(self.reason_dialog)
        else:
            action("")

    def _run(self, fn: Callable[[Any], Any], label: str) -> None:
        self.ctx.runner.run(self, fn, label=label)

    def move_current(self, step: int) -> None:
        """Move the selected item up (``-1``) or down (``1``)."""
        item = self.current_item()
        row = self.model.row_of(item.id) if item else None
        if item is None or row is None or not self.editable():
            return
        if 0 <= row + step < self.model.rowCount():
            self.move_item_to(item.id, row + step)

    def _on_model_move_requested(self, item_id: int, new_index: int) -> None:
        self.move_item_to(item_id, new_index)

    def move_item_to(self, item_id: int, new_index: int) -> None:
        """Put an item at ``new_index`` through the service."""
        if self.meeting is None or not self.editable():
            return
        ids = self.model.ids()
        order = move_item(ids, item_id, new_index)
        if list(order) == ids:
            return
        meeting_id, item = self.meeting.id, self.model.item_at(self.model.row_of(item_id) or 0)
        change = arg(self.tr("Move the item “%1” to position %2."), item.title,
                     order.index(item_id) + 1)

        def reorder(reason: str) -> None:
            self._select_after = item_id
            now = datetime.now()
            self._run(lambda uow: meetings_service.reorder_items(uow, meeting_id, order, now=now,
                                                                 reason=reason),
                      self.tr("Reordering the agenda"))

        self._with_reason(change, reorder)

    def add_item(self, kind: ItemKind) -> QWidget | None:
        """Open the dialog for a new item of ``kind``."""
        from talagov.gui.dialogs.agenda_item_dialog import AgendaItemDialog

        if self.meeting is None or not self.editable():
            return None
        return self._open(AgendaItemDialog(self.ctx, self.meeting, kind, None, self))

    def edit_current(self) -> QWidget | None:
        """Open the selected item (read-only once the agenda is locked)."""
        from talagov.gui.dialogs.agenda_item_dialog import AgendaItemDialog

        item = self.current_item()
        if self.meeting is None or item is None:
            return None
        dialog = AgendaItemDialog(self.ctx, self.meeting, item.kind, item, self)
        if not self.editable():
            dialog.ok_button.setEnabled(False)
            dialog.ok_button.hide()
        self._select_after = item.id
        return self._open(dialog)

    def propose_elections(self) -> QWidget | None:
        """Open the list of elections due at this meeting."""
        from talagov.gui.dialogs.election_proposals_dialog import ElectionProposalsDialog

        if self.meeting is None or not self.editable():
            return None
        return self._open(ElectionProposalsDialog(self.ctx, self.meeting, self))

    def _open(self, dialog: QWidget) -> QWidget:
        dialog.open()  # type: ignore[attr-defined]
        self.dialog_opened.emit(dialog)
        return dialog

    def delete_current(self) -> None:
        """Delete the selected item after confirmation."""
        item = self.current_item()
        if self.meeting is None or item is None or not self.editable():
            return
        question = arg(self.tr("Remove the item “%1” from the agenda?"), item.title)
        if QMessageBox.question(self, self.tr("Delete agenda item"), question) \
                != QMessageBox.StandardButton.Yes:
            return
        item_id = item.id

        def delete(reason: str) -> None:
            now = datetime.now()
            self._run(lambda uow: meetings_service.delete_item(uow, item_id, now=now, reason=reason),
                      self.tr("Deleting the agenda item"))

        self._with_reason(arg(self.tr("Remove the item “%1”."), item.title), delete)
