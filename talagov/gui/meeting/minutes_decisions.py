# SPDX-License-Identifier: GPL-3.0-or-later
"""The decisions table of the minutes: N°, action à mener, qui, échéance.

The owner (« qui ») may be a person or an organisation: the editor completes it from
the participants' names and organisations, but any text is accepted. The due date is
free text (« fin juin », « prochaine AG »). Rows are added, removed and moved with the
buttons beside the table; every change fires ``edited`` (the tab's autosave).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QStringListModel,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCompleter,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from talagov.core.minutes_content import Decision
from talagov.gui.widgets.tables import make_button

AnyIndex = QModelIndex | QPersistentModelIndex
NUMBER, ACTION, WHO, DUE = range(4)


class DecisionTableModel(QAbstractTableModel):
    """The decisions as rows of three texts; the number is the row's position."""

    edited = Signal()

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[list[str]] = []
        self.read_only = False

    def set_decisions(self, decisions: Sequence[Decision]) -> None:
        """Show ``decisions`` (no ``edited`` signal)."""
        self.beginResetModel()
        self._rows = [[d.action, d.who, d.due] for d in decisions]
        self.endResetModel()

    def decisions(self) -> tuple[Decision, ...]:
        """The rows as decisions, spaces trimmed."""
        return tuple(Decision(a.strip(), w.strip(), d.strip()) for a, w, d in self._rows)

    def headers(self) -> list[str]:
        """The column titles, translated."""
        return [self.tr("No."), self.tr("Action to carry out"), self.tr("Who"), self.tr("Due")]

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 4

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        headers = self.headers()
        return headers[section] if 0 <= section < len(headers) else None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole,
                    Qt.ItemDataRole.ToolTipRole):
            if index.column() == NUMBER:
                return str(index.row() + 1)
            return self._rows[index.row()][index.column() - 1]
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable \
            | Qt.ItemFlag.ItemNeverHasChildren
        if index.column() != NUMBER and not self.read_only:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if (role != Qt.ItemDataRole.EditRole or not index.isValid() or index.column() == NUMBER
                or self.read_only):
            return False
        row = self._rows[index.row()]
        text = str(value)
        if row[index.column() - 1] == text:
            return True
        row[index.column() - 1] = text
        self.dataChanged.emit(index, index)
        self.edited.emit()
        return True

    def add_row(self, at: int | None = None) -> int:
        """Insert an empty decision at ``at`` (default: the end); returns its row.

        An empty line is not saved by itself: the autosave waits for its action.
        """
        row = len(self._rows) if at is None else max(0, min(at, len(self._rows)))
        self.beginInsertRows(QModelIndex(), row, row)
        self._rows.insert(row, ["", "", ""])
        self.endInsertRows()
        self._renumber(row)
        return row

    def remove_row(self, row: int) -> None:
        """Remove the decision at ``row``."""
        if not 0 <= row < len(self._rows):
            return
        self.beginRemoveRows(QModelIndex(), row, row)
        del self._rows[row]
        self.endRemoveRows()
        self._renumber(row)
        self.edited.emit()

    def move_row(self, row: int, delta: int) -> int:
        """Move the decision at ``row`` up (``-1``) or down (``+1``); returns where it is."""
        target = row + delta
        if not (0 <= row < len(self._rows) and 0 <= target < len(self._rows)) or delta == 0:
            return row
        # Qt's destination is the row *before which* it lands, in the list before the move.
        self.beginMoveRows(QModelIndex(), row, row, QModelIndex(), target + (1 if delta > 0 else 0))
        self._rows.insert(target, self._rows.pop(row))
        self.endMoveRows()
        self._renumber(min(row, target))
        self.edited.emit()
        return target

    def _renumber(self, first: int) -> None:
        if first < len(self._rows):
            last = self.index(len(self._rows) - 1, NUMBER)
            self.dataChanged.emit(self.index(first, NUMBER), last)


class _WhoDelegate(QStyledItemDelegate):
    """Edits « qui » with a completer over the participants and their organisations."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.names = QStringListModel(self)

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,
                     index: AnyIndex) -> QWidget:
        editor = QLineEdit(parent)
        editor.setAccessibleName(self.tr("Who"))
        editor.setToolTip(self.tr("Who carries out the action: a person or an organisation."))
        completer = QCompleter(self.names, editor)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        editor.setCompleter(completer)
        return editor


class DecisionsPanel(QWidget):
    """The table and its buttons (add, remove, move up, move down)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = DecisionTableModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Decisions"))
        self.table.setToolTip(self.tr("The actions the meeting decided; double-click or F2 to "
                                      "edit a cell."))
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move in it
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        # Rows grow with their wrapped text (a long action stays readable at 200 % zoom).
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(NUMBER, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(ACTION, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(WHO, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(DUE, QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        em = self.fontMetrics().horizontalAdvance("M")
        self.table.setColumnWidth(WHO, em * 16)
        self.table.setColumnWidth(DUE, em * 10)
        self.who_delegate = _WhoDelegate(self.table)
        self.table.setItemDelegateForColumn(WHO, self.who_delegate)
        label = QLabel(self.tr("&Actions decided — who carries them out, and by when:"), self)
        label.setBuddy(self.table)
        label.setWordWrap(True)
        self.add_button = make_button(self, self.tr("Add a decisio&n"), self.add_decision)
        self.remove_button = make_button(self, self.tr("Remove t&he line"), self.remove_decision)
        self.up_button = make_button(self, self.tr("Move &up"), lambda: self.move_decision(-1))
        self.down_button = make_button(self, self.tr("Move do&wn"), lambda: self.move_decision(1))
        for button, tip in ((self.add_button, self.tr("Add a line for a decided action.")),
                            (self.remove_button, self.tr("Remove the selected line.")),
                            (self.up_button, self.tr("Move the selected line up.")),
                            (self.down_button, self.tr("Move the selected line down."))):
            button.setToolTip(tip)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.remove_button, self.up_button, self.down_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(label)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)

    def set_owners(self, names: Sequence[str]) -> None:
        """The names « qui » completes from."""
        self.who_delegate.names.setStringList(list(names))

    def set_read_only(self, read_only: bool) -> None:
        """Lock the table (a submitted or signed minutes)."""
        self.model.read_only = read_only
        for button in (self.add_button, self.remove_button, self.up_button, self.down_button):
            button.setVisible(not read_only)
        triggers = QAbstractItemView.EditTrigger
        self.table.setEditTriggers(triggers.NoEditTriggers if read_only else
                                   triggers.DoubleClicked | triggers.EditKeyPressed
                                   | triggers.AnyKeyPressed)  # fmt: skip

    def _selected(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].row() if rows else None

    def add_decision(self) -> None:
        """Add a line after the selected one (or at the end) and start typing its action."""
        selected = self._selected()
        row = self.model.add_row(None if selected is None else selected + 1)
        index = self.model.index(row, ACTION)
        self.table.selectRow(row)
        self.table.setCurrentIndex(index)
        self.table.setFocus()
        self.table.edit(index)

    def remove_decision(self) -> None:
        """Remove the selected line."""
        row = self._selected()
        if row is not None:
            self.model.remove_row(row)

    def move_decision(self, delta: int) -> None:
        """Move the selected line up or down."""
        row = self._selected()
        if row is not None:
            self.table.selectRow(self.model.move_row(row, delta))
