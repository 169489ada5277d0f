# SPDX-License-Identifier: GPL-3.0-or-later
"""Base of the read-only tables that show one DTO per row.

Subclasses fill ``_items`` between ``beginResetModel`` and ``endResetModel`` (their
``set_items`` says what else a load needs) and word the cells in :meth:`_text`.
Translated strings stay in the subclasses, where lupdate files them under the
subclass's context.
"""

from __future__ import annotations

from typing import Any, Generic, TypeVar

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont

from talagov.gui.models.record_table_model import RecordTableModel

ID_ROLE = Qt.ItemDataRole.UserRole + 1
AnyIndex = QModelIndex | QPersistentModelIndex
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter

T = TypeVar("T")


class ItemTableModel(RecordTableModel, Generic[T]):
    """Rows are ``_items`` in order; ``column_count`` columns, titled by :meth:`headers`.

    Hooks, all optional but :meth:`_text`: :meth:`_tooltip` (the cell text by default),
    :meth:`_alignment`, :meth:`_is_bold`, and :meth:`_item_id` (``ID_ROLE`` and
    :meth:`row_of`).
    """

    def __init__(self, column_count: int, parent: Any = None) -> None:
        super().__init__(parent)
        self._column_count = column_count
        self._items: list[T] = []

    def items(self) -> list[T]:
        """Every row's item, in row order."""
        return list(self._items)

    def item_at(self, row: int) -> T:
        """The item shown at ``row``."""
        return self._items[row]

    def row_of(self, item_id: int) -> int | None:
        """The first row whose item has ``item_id``, or ``None``."""
        return next((r for r, i in enumerate(self._items) if self._item_id(i) == item_id), None)

    # -- hooks -------------------------------------------------------------------------

    def _text(self, item: T, column: int) -> str:
        raise NotImplementedError

    def _tooltip(self, item: T, column: int) -> str | None:
        return self._text(item, column)

    def _alignment(self, column: int) -> Qt.AlignmentFlag | None:
        return None

    def _is_bold(self, item: T, column: int) -> bool:
        return False

    def _item_id(self, item: T) -> int | None:
        return None

    # -- Qt model ----------------------------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._items)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._column_count

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._items):
            return None
        item, column = self._items[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(item, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(item, column)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            alignment = self._alignment(column)
            return None if alignment is None else int(alignment)
        if role == Qt.ItemDataRole.FontRole and self._is_bold(item, column):
            font = QFont()
            font.setBold(True)
            return font
        if role == ID_ROLE:
            return self._item_id(item)
        return None
