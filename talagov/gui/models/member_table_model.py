# SPDX-License-Identifier: GPL-3.0-or-later
"""The members table: an adapter over ``list[MemberListItem]`` with its own sort and filter.

A ``QSortFilterProxyModel`` with a Python ``filterAcceptsRow`` calls back into Python
once per row and per keystroke, which is far too slow on 100,000 members. Here the
model keeps, per column, a sort order computed once (then cached), and the folded
``search`` string of every item; a keystroke is one list comprehension over the
current order followed by a model reset.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QGuiApplication, QPalette

from talagov.core.text import fold
from talagov.gui.i18n import arg, show_date
from talagov.gui.models.columns import COLUMNS, Labels, headers
from talagov.services.members import MemberListItem

ID_ROLE = Qt.ItemDataRole.UserRole + 1
AnyIndex = QModelIndex | QPersistentModelIndex


class MemberTableModel(QAbstractTableModel):
    """Members shown in the table, filtered by a needle and the "former members" toggle.

    ``row`` always means a visible row; ``self._visible[row]`` is the index of the item
    in ``self._items``.
    """

    counts_changed = Signal(int, int)  # (shown, total)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._items: list[MemberListItem] = []
        self._labels = Labels({}, {})
        self._search: list[str] = []
        self._former: list[bool] = []
        self._orders: dict[int, list[int]] = {}
        self._sort_column = -1
        self._sort_order = Qt.SortOrder.AscendingOrder
        self._needle = ""
        self._words: list[str] = []
        self._show_former = False
        self._visible: list[int] = []
        # needle -> visible rows, valid until the items, the sort or the toggle change
        self._recent: dict[str, list[int]] = {}

    # -- loading, filtering, sorting ------------------------------------------------

    def set_items(self, items: Sequence[MemberListItem], labels: Labels, today: date) -> None:
        """Replace every item (after a reload); keeps the filter and the sort."""
        self.beginResetModel()
        self._items = list(items)
        self._labels = labels
        self._search = [m.search for m in self._items]
        self._former = [m.exit_date is not None and m.exit_date <= today for m in self._items]
        self._orders = {}
        self._recent.clear()
        self._visible = self._compute(self._ordered())
        self.endResetModel()
        self._emit_counts()

    def set_filter(self, text: str) -> None:
        """Show only items whose ``search`` contains every word of ``text`` (folded)."""
        needle = fold(text)
        if needle == self._needle:
            return
        # Typing on: every item matching the longer needle matched the shorter one,
        # so only the rows shown now need checking.
        narrowing = bool(self._needle) and needle.startswith(self._needle)
        # Erasing goes back through needles typed moments ago: reuse their rows.
        self._recent[self._needle] = self._visible
        self._needle, self._words = needle, needle.split()
        self.beginResetModel()
        cached = self._recent.get(needle)
        if cached is not None:
            self._visible = cached
        else:
            self._visible = self._compute(self._visible if narrowing else self._ordered())
        if len(self._recent) > 64:
            self._recent.pop(next(iter(self._recent)))
        self.endResetModel()
        self._emit_counts()

    def set_show_former(self, show: bool) -> None:
        """Whether members who left are listed (greyed) or hidden."""
        if show == self._show_former:
            return
        self._show_former = show
        self.beginResetModel()
        self._recent.clear()
        self._visible = self._compute(self._ordered())
        self.endResetModel()
        self._emit_counts()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort by ``column`` (``-1``: the loading order, by number)."""
        self._sort_column, self._sort_order = column, order
        self.layoutAboutToBeChanged.emit()
        old = self.persistentIndexList()
        old_ids = [self._visible[i.row()] for i in old]
        self._recent.clear()
        self._visible = self._compute(self._ordered())
        if old:
            # Selection and current row follow their member, not their row number.
            where = {item: row for row, item in enumerate(self._visible)}
            new = [
                self.index(where[item], i.column()) if item in where else QModelIndex()
                for i, item in zip(old, old_ids, strict=True)
            ]
            self.changePersistentIndexList(old, new)
        self.layoutChanged.emit()

    def _ordered(self) -> list[int]:
        column = self._sort_column
        if not 0 <= column < len(COLUMNS):
            return list(range(len(self._items)))
        order = self._orders.get(column)
        if order is None:
            key, labels = COLUMNS[column].sort_key, self._labels
            keys = [key(m, labels) for m in self._items]
            order = sorted(range(len(keys)), key=keys.__getitem__)
            self._orders[column] = order
        return order[::-1] if self._sort_order == Qt.SortOrder.DescendingOrder else order

    def _compute(self, base: list[int]) -> list[int]:
        search, former = self._search, self._former
        rows = base if self._show_former else [i for i in base if not former[i]]
        # One comprehension per word, longest first: each pass is a tight C-level loop
        # and the longest word usually leaves the fewest rows for the next one.
        for w in sorted(self._words, key=len, reverse=True):
            rows = [i for i in rows if w in search[i]]
        return list(rows) if rows is base else rows

    def _emit_counts(self) -> None:
        self.counts_changed.emit(len(self._visible), len(self._items))

    # -- queries used by the page ------------------------------------------------------

    def item_at(self, row: int) -> MemberListItem:
        """The item shown at visible ``row``."""
        return self._items[self._visible[row]]

    def row_of(self, member_id: int) -> int | None:
        """The visible row of a member, or ``None`` when filtered out or unknown."""
        for row, index in enumerate(self._visible):
            if self._items[index].id == member_id:
                return row
        return None

    def is_former(self, row: int) -> bool:
        """Whether the member at ``row`` has left."""
        return self._former[self._visible[row]]

    def shown_count(self) -> int:
        """Rows visible after filtering."""
        return len(self._visible)

    def total_count(self) -> int:
        """Every loaded member, former ones included."""
        return len(self._items)

    # -- Qt model interface ------------------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._visible)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._visible):
            return None
        position = self._visible[index.row()]
        item = self._items[position]
        column = COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.display(item, self._labels)
        if role == Qt.ItemDataRole.ForegroundRole:
            if not self._former[position]:
                return None
            # Read at each paint: it follows a change of theme (View › High contrast).
            return QBrush(QGuiApplication.palette().color(QPalette.ColorGroup.Disabled,
                                                           QPalette.ColorRole.Text))
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(column.alignment)
        if role == Qt.ItemDataRole.ToolTipRole:
            # The full text of a cell narrower than its content, and why a row is grey.
            text = column.display(item, self._labels)
            if self._former[position]:
                left = QCoreApplication.translate("MemberTableModel", "Former member (left on %1)")
                text = f"{text}\n{arg(left, show_date(item.exit_date, self._labels.lang))}"
            return text
        if role == ID_ROLE:
            return item.id
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(COLUMNS):
            if role == Qt.ItemDataRole.DisplayRole:
                return headers()[section]
            if role == Qt.ItemDataRole.TextAlignmentRole:
                return int(COLUMNS[section].alignment)
            if role == Qt.ItemDataRole.ToolTipRole:
                return self.tr("Click to sort by this column; click again to reverse the order.")
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren
