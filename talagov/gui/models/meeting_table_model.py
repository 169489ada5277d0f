# SPDX-License-Identifier: GPL-3.0-or-later
"""The meetings list: title, kind, date, status, body and convocation number."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication

from talagov.core.meetings import MeetingStatus
from talagov.gui.i18n import arg, show_date
from talagov.gui.meeting_labels import (
    meeting_status_label,
    meeting_type_label,
    meeting_type_short_label,
)
from talagov.gui.models.item_table_model import ID_ROLE as ID_ROLE
from talagov.gui.models.item_table_model import ItemTableModel
from talagov.services.meetings import MeetingListItem

COLUMNS = ("title", "type", "date", "status", "body", "convocation")


def convocation_text(number: int) -> str:
    """"First", "Second" or "No. 3" for a convocation number."""
    if number == 1:
        return QCoreApplication.translate("MeetingTableModel", "First")
    if number == 2:
        return QCoreApplication.translate("MeetingTableModel", "Second")
    return arg(QCoreApplication.translate("MeetingTableModel", "No. %1"), number)


class MeetingTableModel(ItemTableModel[MeetingListItem]):
    """Meetings as the service lists them (newest first); a meeting in session in bold."""

    def __init__(self, parent: Any = None, *, lang: str = "fr") -> None:
        super().__init__(len(COLUMNS), parent)
        self._lang = lang

    def set_items(self, items: Sequence[MeetingListItem]) -> None:
        """Replace every meeting."""
        self.beginResetModel()
        self._items = list(items)
        self.endResetModel()

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

    def _tooltip(self, item: MeetingListItem, column: int) -> str | None:
        if COLUMNS[column] == "type":
            return meeting_type_label(item.type)
        if column == 0:
            count = item.items  # lupdate sees a plural only with a plain name as count
            return self.tr("%n agenda item(s)", "", count)
        return None

    def _is_bold(self, item: MeetingListItem, column: int) -> bool:
        return item.status is MeetingStatus.IN_SESSION

    def _item_id(self, item: MeetingListItem) -> int:
        return item.id

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
