# SPDX-License-Identifier: GPL-3.0-or-later
"""The meetings list: title, kind, date, status, body and convocation number."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont

from talagov.core.meetings import MeetingStatus
from talagov.gui.i18n import arg, show_date
from talagov.gui.meeting_labels import (
    meeting_status_label,
    meeting_type_label,
    meeting_type_short_label,
)
from talagov.gui.models.record_table_model import RecordTableModel
from talagov.services.meetings import MeetingListItem

ID_ROLE = Qt.ItemDataRole.UserRole + 1
AnyIndex = QModelIndex | QPersistentModelIndex
COLUMNS = ("title", "type", "date", "status", "body", "convocation")


def convocation_text(number: int) -> str:
    """"First", "Second" or "No. 3" for a convocation number."""
    if number == 1:
        return QCoreApplication.translate("MeetingTableModel", "First")
    if number == 2:
        return QCoreApplication.translate("MeetingTableModel", "Second")
    return arg(QCoreApplication.translate("MeetingTableModel", "No. %1"), number)


class MeetingTableModel(RecordTableModel):
    """Meetings as the service lists them (newest first)."""

    def __init__(self, parent: Any = None, *, lang: str = "fr") -> None:
        super().__init__(parent)
        self._lang = lang
        self._items: list[MeetingListItem] = []

    def set_items(self, items: Sequence[MeetingListItem]) -> None:
        """Replace every meeting."""
        self.beginResetModel()
        self._items = list(items)
        self.endResetModel()

    def item_at(self, row: int) -> MeetingListItem:
        """The meeting at ``row``."""
        return self._items[row]

    def row_of(self, meeting_id: int) -> int | None:
        """The row of a meeting, or ``None``."""
        return next((r for r, m in enumerate(self._items) if m.id == meeting_id), None)

    def _text(self, item: MeetingListItem, column: int) -> str:
        key = COLUMNS[column]
        if key == "title":
            return item.title
        if key == "type":
            return meeting_type_short_label(item.type)
        if key == "date":
            return show_date(item.on, self._lang)
        if key == "status":
            return meeting_status_label(item.status)
        if key == "body":
            return item.body_name or QCoreApplication.translate(
                "MeetingTableModel", "General meeting")
        return convocation_text(item.convocation)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._items)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._items):
            return None
        item = self._items[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(item, index.column())
        if role == Qt.ItemDataRole.ToolTipRole and COLUMNS[index.column()] == "type":
            return meeting_type_label(item.type)
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 0:
            return QCoreApplication.translate("MeetingTableModel", "%n agenda item(s)", "",
                                              item.items)
        if role == Qt.ItemDataRole.FontRole and item.status is MeetingStatus.IN_SESSION:
            font = QFont()
            font.setBold(True)
            return font
        if role == ID_ROLE:
            return item.id
        return None

    def headers(self) -> list[str]:
        """The column titles, translated."""
        return [
            QCoreApplication.translate("MeetingTableModel", "Title"),
            QCoreApplication.translate("MeetingTableModel", "Kind"),
            QCoreApplication.translate("MeetingTableModel", "Date"),
            QCoreApplication.translate("MeetingTableModel", "Status"),
            QCoreApplication.translate("MeetingTableModel", "Body"),
            QCoreApplication.translate("MeetingTableModel", "Convocation"),
        ]
