# SPDX-License-Identifier: GPL-3.0-or-later
"""The share register as a table: one row per movement, in date order, filterable."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from talagov.core.text import fold
from talagov.gui.i18n import show_date, show_int
from talagov.gui.labels import movement_kind_labels
from talagov.gui.money import show_cents
from talagov.services.shares import MovementListItem

ID_ROLE = Qt.ItemDataRole.UserRole + 1
AnyIndex = QModelIndex | QPersistentModelIndex
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
_LEFT = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)


def _columns(lang: str) -> list[tuple[str, Callable[[MovementListItem], str], int]]:
    kinds = movement_kind_labels()
    return [
        ("date", lambda m: show_date(m.on, lang), _RIGHT),
        ("kind", lambda m: kinds[m.kind], _LEFT),
        ("count", lambda m: show_int(m.count, lang), _RIGHT),
        ("amount", lambda m: show_cents(m.amount_cents, lang), _RIGHT),
        ("from", lambda m: m.from_name, _LEFT),
        ("to", lambda m: m.to_name, _LEFT),
        ("reference", lambda m: m.reference, _LEFT),
        ("note", lambda m: m.note, _LEFT),
    ]


def _headers() -> list[str]:
    return [
        QCoreApplication.translate("ShareMovementTableModel", "Date"),
        QCoreApplication.translate("ShareMovementTableModel", "Movement"),
        QCoreApplication.translate("ShareMovementTableModel", "Shares"),
        QCoreApplication.translate("ShareMovementTableModel", "Amount"),
        QCoreApplication.translate("ShareMovementTableModel", "From"),
        QCoreApplication.translate("ShareMovementTableModel", "To"),
        QCoreApplication.translate("ShareMovementTableModel", "Reference"),
        QCoreApplication.translate("ShareMovementTableModel", "Note"),
    ]


class ShareMovementTableModel(QAbstractTableModel):
    """Movements shown in the register table; ``set_filter`` keeps rows matching every word.

    Display texts are computed once per load (registers have at most a few thousand
    lines), and the filter runs over their folded concatenation.
    """

    counts_changed = Signal(int, int)  # (shown, total)

    def __init__(self, parent: Any = None, *, lang: str = "fr") -> None:
        super().__init__(parent)
        self._lang = lang
        self._columns = _columns(lang)
        self._items: list[MovementListItem] = []
        self._texts: list[list[str]] = []
        self._search: list[str] = []
        self._words: list[str] = []
        self._visible: list[int] = []

    def set_items(self, items: Sequence[MovementListItem]) -> None:
        """Replace every movement (after a reload); the filter is kept."""
        self.beginResetModel()
        self._items = list(items)
        self._texts = [[show(m) for _key, show, _align in self._columns] for m in self._items]
        self._search = [fold(" | ".join(texts)) for texts in self._texts]
        self._visible = self._compute()
        self.endResetModel()
        self.counts_changed.emit(len(self._visible), len(self._items))

    def set_filter(self, text: str) -> None:
        """Show only movements whose texts contain every word of ``text`` (accents ignored)."""
        words = fold(text).split()
        if words == self._words:
            return
        self.beginResetModel()
        self._words = words
        self._visible = self._compute()
        self.endResetModel()
        self.counts_changed.emit(len(self._visible), len(self._items))

    def _compute(self) -> list[int]:
        words = self._words
        return [i for i, s in enumerate(self._search) if all(w in s for w in words)]

    def item_at(self, row: int) -> MovementListItem:
        """The movement shown at visible ``row``."""
        return self._items[self._visible[row]]

    def row_of(self, movement_id: int) -> int | None:
        """The visible row of a movement, or ``None``."""
        for row, index in enumerate(self._visible):
            if self._items[index].id == movement_id:
                return row
        return None

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._visible)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._visible):
            return None
        position = self._visible[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._texts[position][index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return self._columns[index.column()][2]
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 7:
            return self._items[position].note or None
        if role == ID_ROLE:
            return self._items[position].id
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self._columns):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return _headers()[section]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return self._columns[section][2]
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren
