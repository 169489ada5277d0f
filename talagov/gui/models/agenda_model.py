# SPDX-License-Identifier: GPL-3.0-or-later
"""The agenda of one meeting as a table, with drag-and-drop reordering.

The model never reorders itself: a drop emits :attr:`AgendaModel.move_requested`
(item id, new index) and the view asks the service, which may need an amendment
reason first; the agenda is reloaded from the service afterwards, so what is shown
is always what is stored.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from PySide6.QtCore import (
    QByteArray,
    QCoreApplication,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from talagov.core.agenda import AgendaItem, ItemKind, resolution_numbers
from talagov.gui.i18n import arg
from talagov.gui.meeting_labels import item_kind_label, nature_label, presenter_label
from talagov.gui.models.item_table_model import ID_ROLE as ID_ROLE
from talagov.gui.models.item_table_model import RIGHT, ItemTableModel

MIME_TYPE = "application/x-talagov-agenda-item"
AnyIndex = QModelIndex | QPersistentModelIndex
COLUMNS = ("number", "kind", "title", "nature", "presenter")


def drop_index(source_row: int, drop_row: int, count: int) -> int:
    """The new index of an item dragged from ``source_row`` and dropped before ``drop_row``.

    ``drop_row`` counts rows before the item is taken out (``-1`` or ``count``: the end).
    """
    if drop_row < 0 or drop_row > count:
        drop_row = count
    return drop_row - 1 if drop_row > source_row else drop_row


class AgendaModel(ItemTableModel[AgendaItem]):
    """The items of an agenda in order; movable by drag when :meth:`set_movable` allows."""

    move_requested = Signal(int, int)  # item id, new 0-based index

    def __init__(self, parent: Any = None) -> None:
        super().__init__(len(COLUMNS), parent)
        self._rows: dict[int, int] = {}
        self._numbers: dict[int, int] = {}
        self._bodies: Mapping[int, str] = {}
        self._movable = True

    def set_items(self, items: Sequence[AgendaItem], bodies: Mapping[int, str] | None = None) -> None:
        """Replace the agenda (sorted by position); ``bodies`` names election bodies."""
        self.beginResetModel()
        self._items = sorted(items, key=lambda i: i.position)
        self._rows = {item.id: row for row, item in enumerate(self._items)}
        self._numbers = resolution_numbers(self._items)
        self._bodies = dict(bodies or {})
        self.endResetModel()

    def set_movable(self, movable: bool) -> None:
        """Whether rows may be dragged (not once the session is open)."""
        self._movable = movable

    def ids(self) -> list[int]:
        """The item ids in agenda order."""
        return [i.id for i in self._items]

    def row_of(self, item_id: int) -> int | None:
        """The row of an item, or ``None``."""
        return self._rows.get(item_id)

    def _text(self, item: AgendaItem, column: int) -> str:
        key = COLUMNS[column]
        if key == "number":
            return str(self._rows[item.id] + 1)
        if key == "kind":
            number = self._numbers.get(item.id)
            if number is None:
                return item_kind_label(item.kind)
            return arg(QCoreApplication.translate("AgendaModel", "%1 no. %2"),
                       item_kind_label(item.kind), number)
        if key == "title":
            return item.title
        if key == "nature":
            if item.kind is ItemKind.RESOLUTION:
                return nature_label(item.nature)
            if item.kind is ItemKind.ELECTION:
                seats = item.seats  # lupdate sees a plural only with a plain name as count
                return self.tr("%n seat(s)", "", seats)
            return ""
        if item.kind is ItemKind.RESOLUTION:
            return presenter_label(item.presenter)
        return ""

    def _tooltip(self, item: AgendaItem, column: int) -> str | None:
        if item.kind is ItemKind.ELECTION:
            body = self._bodies.get(item.body_id or 0, "")
            candidates = len(item.candidate_ids)
            return arg(self.tr("%1: %n candidate(s)", "", candidates), body)
        return item.text or None

    def _alignment(self, column: int) -> Qt.AlignmentFlag | None:
        return RIGHT if column == 0 else None

    def _item_id(self, item: AgendaItem) -> int:
        return item.id

    def headers(self) -> list[str]:
        """The column titles, translated."""
        return [
            QCoreApplication.translate("AgendaModel", "No."),
            QCoreApplication.translate("AgendaModel", "Kind"),
            QCoreApplication.translate("AgendaModel", "Title"),
            QCoreApplication.translate("AgendaModel", "Nature"),
            QCoreApplication.translate("AgendaModel", "Presented by"),
        ]

    # -- drag and drop -----------------------------------------------------------------

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            # Dropping between rows lands on the (invalid) root.
            return Qt.ItemFlag.ItemIsDropEnabled if self._movable else Qt.ItemFlag.NoItemFlags
        flags = super().flags(index)
        if self._movable:
            flags |= Qt.ItemFlag.ItemIsDragEnabled
        return flags

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [MIME_TYPE]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        data = QMimeData()
        rows = sorted({i.row() for i in indexes if i.isValid()})
        if rows:
            data.setData(MIME_TYPE, QByteArray(str(self._items[rows[0]].id).encode("ascii")))
        return data

    def canDropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int,
                        parent: AnyIndex) -> bool:
        return self._movable and action == Qt.DropAction.MoveAction and data.hasFormat(MIME_TYPE)

    def dropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int,
                     parent: AnyIndex) -> bool:
        if not self.canDropMimeData(data, action, row, column, parent):
            return False
        try:
            item_id = int(bytes(data.data(MIME_TYPE).data()).decode("ascii"))
        except ValueError:
            return False
        source = self.row_of(item_id)
        if source is None:
            return False
        if row < 0 and parent.isValid():
            target = parent.row()  # dropped onto an item: take its place
        else:
            target = drop_index(source, row, len(self._items))
        if target != source:
            self.move_requested.emit(item_id, target)
        # False: the view must not remove the dragged row itself, the reload will move it.
        return False
