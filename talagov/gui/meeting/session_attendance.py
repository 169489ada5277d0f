# SPDX-License-Identifier: GPL-3.0-or-later
"""The attendance sheet of the session tab: filter, table and the actions on one member.

Each action builds the member's new :class:`AttendanceEntry` and hands it to
``services.session.set_attendance`` through the task runner; the reload comes back
through the tab's ``on_changes``. The shortcuts work while the focus is anywhere in
this widget, and each button's tooltip names its shortcut.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QHeaderView, QLabel, QPushButton, QVBoxLayout, QWidget

from talagov.core.attendance import AttendanceEntry, AttendanceStatus
from talagov.gui.context import AppContext
from talagov.gui.help.terms import explain
from talagov.gui.i18n import arg, show_int
from talagov.gui.meeting.session_data import Clock, SessionData
from talagov.gui.models.attendance_model import NAME, AttendanceModel
from talagov.gui.widgets.filter_line_edit import FilterLineEdit
from talagov.gui.widgets.tables import (
    follow_selection,
    make_button,
    make_table,
    selected_row,
    stretch_column,
)
from talagov.services import session as session_service
from talagov.services.session import AttendanceLine


class AttendanceWidget(QWidget):
    """The attendance table with Present, Remote, Excused, Absent, Arrival, Departure, Sign."""

    def __init__(self, ctx: AppContext, clock: Clock, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._clock = clock
        self.data: SessionData | None = None
        self.model = AttendanceModel(self)
        self.filter = FilterLineEdit(self)
        self.filter.setPlaceholderText(self.tr("Name, number, college, status…"))
        self.filter.setAccessibleName(self.tr("Search the attendance sheet"))
        self.filter.setToolTip(self.tr("Type part of a name, number, college or status to "
                                       "show only the matching lines."))
        filter_label = QLabel(self.tr("Sea&rch:"), self)
        filter_label.setBuddy(self.filter)
        self.count_label = QLabel(self)
        self.table = make_table(self, self.model, self.tr("Attendance sheet"), alternating=True)
        self.table.setToolTip(self.tr("One line per member; select a line, then mark their "
                                      "presence with the buttons or their shortcuts."))
        explain(self.table, "feuille_de_presence")
        stretch_column(self.table, NAME)  # Status and Signed must show at 1280 pixels
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() * 3 // 2)
        self.buttons: dict[str, QPushButton] = {}
        status = AttendanceStatus
        actions: list[tuple[str, str, str, str, Callable[[], None]]] = [
            ("present", self.tr("Present"), "Ctrl+P", self.tr("Mark the member present"),
             lambda: self.mark(status.PRESENT)),
            ("remote", self.tr("Remote"), "Ctrl+R", self.tr("Mark the member connected remotely"),
             lambda: self.mark(status.REMOTE)),
            ("excused", self.tr("Excused"), "Ctrl+E", self.tr("Mark the member excused"),
             lambda: self.mark(status.EXCUSED)),
            ("absent", self.tr("Absent"), "Ctrl+B", self.tr("Mark the member absent"),
             lambda: self.mark(status.ABSENT)),
            ("arrival", self.tr("Arrival"), "Ctrl+I", self.tr("Record the member's arrival now"),
             self.record_arrival),
            ("departure", self.tr("Departure"), "Ctrl+D",
             self.tr("Record the member's departure now (no longer counted for the quorum)"),
             self.record_departure),
            ("sign", self.tr("Sign…"), "Ctrl+G", self.tr("Let the member sign the sheet"),
             self.sign_current),
        ]
        column = QVBoxLayout()
        for key, text, keys, tip, slot in actions:
            sequence = QKeySequence(keys)
            button = make_button(self, text, slot)
            shown = sequence.toString(QKeySequence.SequenceFormat.NativeText)
            button.setToolTip(arg(self.tr("%1 (%2)"), tip, shown))
            button.setAccessibleDescription(button.toolTip())
            shortcut = QShortcut(sequence, self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(button.click)
            self.buttons[key] = button
            column.addWidget(button)
        column.addStretch(1)

        top = QHBoxLayout()
        top.addWidget(filter_label)
        top.addWidget(self.filter, 1)
        top.addWidget(self.count_label)
        body = QHBoxLayout()
        body.addWidget(self.table, 1)
        body.addLayout(column)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(body, 1)

        self.filter.filter_changed.connect(self.model.set_filter)
        self.model.counts_changed.connect(self._on_model_counts_changed)
        follow_selection(self.table, self._update_actions)
        self._on_model_counts_changed(0, 0)
        self._update_actions()

    # -- content -----------------------------------------------------------------------

    def set_data(self, data: SessionData | None) -> None:
        """Show the lines of ``data`` (``None``: empty), keeping the selected member."""
        selected = self.current_line()
        first = self.data is None or data is None or self.data.meeting_id != data.meeting_id
        self.data = data
        self.model.set_lines(data.state.lines if data else (), data.colleges if data else {})
        if first and data is not None:
            self._size_columns()
        if selected is not None and not first:
            self.select_member(selected.member_id)
        self._update_actions()

    def _size_columns(self) -> None:
        # Once per meeting: long names and colleges elide (the tooltip has them), so the
        # status, times and signature stay in sight at 200 % zoom.
        self.table.resizeColumnsToContents()
        widest = 20 * self.fontMetrics().horizontalAdvance("M")
        for column in range(self.model.columnCount()):
            if self.table.columnWidth(column) > widest:
                self.table.setColumnWidth(column, widest)

    def current_line(self) -> AttendanceLine | None:
        """The selected member's line, if any."""
        row = selected_row(self.table)
        return self.model.item_at(row) if row is not None else None

    def select_member(self, member_id: int) -> None:
        """Select a member's row (no-op when filtered out)."""
        row = self.model.row_of(member_id)
        if row is None:
            return
        flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        index = self.model.index(row, 0)
        self.table.selectionModel().setCurrentIndex(index, flags)
        self.table.scrollTo(index)

    def _on_model_counts_changed(self, shown: int, total: int) -> None:
        text = arg(self.tr("%Ln member(s) shown of %1", "", shown), show_int(total, self.ctx.lang))
        self.count_label.setText(text)
        self.count_label.setAccessibleName(text)

    def _update_actions(self, *_args: object) -> None:
        line = self.current_line()
        editable = self.data is not None and self.data.editable
        attends = line is not None and line.entry.status.attends
        for key, button in self.buttons.items():
            enabled = editable and line is not None
            if key == "departure":
                enabled = enabled and attends and line is not None and line.entry.left_at is None
            elif key == "sign":
                enabled = enabled and attends
            button.setEnabled(enabled)

    # -- actions -----------------------------------------------------------------------

    def _save(self, entry: AttendanceEntry) -> None:
        if self.data is None:
            return
        meeting_id, now = self.data.meeting_id, self._clock()
        self.ctx.runner.run(
            self, lambda uow: session_service.set_attendance(uow, meeting_id, entry, now=now),
            label=self.tr("Recording attendance"))

    def _entry(self) -> AttendanceEntry | None:
        line = self.current_line()
        if line is None or not self.buttons["present"].isEnabled():
            return None
        # The signature is left out: the service keeps the one already given.
        return replace(line.entry, member_id=line.member_id, signature=None)

    def mark(self, status: AttendanceStatus) -> None:
        """Set the selected member's status; present or remote sets the arrival if none."""
        entry = self._entry()
        if entry is None:
            return
        if status.attends:
            entry = replace(entry, status=status, arrived_at=entry.arrived_at or self._clock())
        else:
            entry = replace(entry, status=status, arrived_at=None, left_at=None)
        self._save(entry)

    def record_arrival(self) -> None:
        """The member arrives (or comes back) now: present unless already remote."""
        entry = self._entry()
        if entry is None:
            return
        status = entry.status if entry.status.attends else AttendanceStatus.PRESENT
        self._save(replace(entry, status=status, arrived_at=self._clock(), left_at=None))

    def record_departure(self) -> None:
        """The member leaves now: no longer counted for what follows."""
        entry = self._entry()
        if entry is None or not self.buttons["departure"].isEnabled():
            return
        self._save(replace(entry, left_at=self._clock()))

    def sign_current(self) -> None:
        """Open the signature pad for the selected member."""
        from talagov.gui.dialogs.signature_dialog import SignatureDialog

        line = self.current_line()
        if line is None or self.data is None or not self.buttons["sign"].isEnabled():
            return
        dialog = SignatureDialog(self.ctx, self.data.meeting_id, line.member_id, line.name,
                                 self._clock, self)
        dialog.open()
