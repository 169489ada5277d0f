# SPDX-License-Identifier: GPL-3.0-or-later
"""Mandates as a table, with a status column that says which seats must be renewed.

A mandate "to renew" is in office today and its planned end falls on or before the
next annual meeting's deadline; the row is tinted AND its status says so in words.
"""

from __future__ import annotations

import enum
from collections.abc import Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QFont

from talagov.gui import theme
from talagov.gui.i18n import arg, show_date
from talagov.gui.labels import role_labels
from talagov.gui.models.record_table_model import RecordTableModel
from talagov.services.mandates import MandateListItem

ID_ROLE = Qt.ItemDataRole.UserRole + 1
STATUS_ROLE = Qt.ItemDataRole.UserRole + 2
AnyIndex = QModelIndex | QPersistentModelIndex
STATUS_COLUMN = 6
# Soft amber, with dark text forced so that it stays readable in a dark theme too.


class MandateStatus(enum.Enum):
    """Where a mandate stands on the page's date."""

    IN_OFFICE = "in_office"
    TO_RENEW = "to_renew"
    OVERDUE = "overdue"  # planned end passed, mandate not closed
    NOT_STARTED = "not_started"
    ENDED = "ended"


def status_of(item: MandateListItem, today: date, renew_until: date) -> MandateStatus:
    """The status of ``item`` on ``today`` with the next AG deadline ``renew_until``."""
    if item.end is not None and item.end <= today:
        return MandateStatus.ENDED
    if item.start > today:
        return MandateStatus.NOT_STARTED
    if item.planned_end is not None and item.planned_end < today:
        return MandateStatus.OVERDUE
    if item.planned_end is not None and item.planned_end <= renew_until:
        return MandateStatus.TO_RENEW
    return MandateStatus.IN_OFFICE


def _status_text(status: MandateStatus) -> str:
    return {
        MandateStatus.IN_OFFICE: QCoreApplication.translate("MandateTableModel", "In office"),
        MandateStatus.TO_RENEW: QCoreApplication.translate("MandateTableModel", "To renew at the next AG"),
        MandateStatus.OVERDUE: QCoreApplication.translate("MandateTableModel", "Term over, not closed"),
        MandateStatus.NOT_STARTED: QCoreApplication.translate("MandateTableModel", "Not started yet"),
        MandateStatus.ENDED: QCoreApplication.translate("MandateTableModel", "Ended"),
    }[status]


class MandateTableModel(RecordTableModel):
    """Mandates, optionally only current ones and only those of one body."""

    def __init__(self, parent: Any = None, *, lang: str = "fr") -> None:
        super().__init__(parent)
        self._lang = lang
        self._items: list[MandateListItem] = []
        self._status: list[MandateStatus] = []
        self._visible: list[int] = []
        self._current_only = True
        self._body_id: int | None = None
        self._today = date.min
        self._renew_until = date.min

    def set_items(self, items: Sequence[MandateListItem], today: date, renew_until: date) -> None:
        """Replace every mandate; ``renew_until`` is the next AG deadline."""
        self.beginResetModel()
        self._items, self._today, self._renew_until = list(items), today, renew_until
        self._status = [status_of(m, today, renew_until) for m in self._items]
        self._visible = self._compute()
        self.endResetModel()

    def set_current_only(self, current_only: bool) -> None:
        """Hide ended (and not yet started) mandates."""
        if current_only != self._current_only:
            self.beginResetModel()
            self._current_only = current_only
            self._visible = self._compute()
            self.endResetModel()

    def set_body(self, body_id: int | None) -> None:
        """Show only the mandates of one body (``None``: every body)."""
        if body_id != self._body_id:
            self.beginResetModel()
            self._body_id = body_id
            self._visible = self._compute()
            self.endResetModel()

    def _compute(self) -> list[int]:
        hidden = {MandateStatus.ENDED, MandateStatus.NOT_STARTED} if self._current_only else set()
        return [i for i, m in enumerate(self._items)
                if self._status[i] not in hidden and self._body_id in (None, m.body_id)]

    def item_at(self, row: int) -> MandateListItem:
        """The mandate at visible ``row``."""
        return self._items[self._visible[row]]

    def status_at(self, row: int) -> MandateStatus:
        """The status of the mandate at visible ``row``."""
        return self._status[self._visible[row]]

    def row_of(self, mandate_id: int) -> int | None:
        """The visible row of a mandate, or ``None``."""
        return next((r for r, i in enumerate(self._visible) if self._items[i].id == mandate_id), None)

    def _text(self, item: MandateListItem, status: MandateStatus, column: int) -> str:
        lang = self._lang
        if column == 0:
            return item.body_name
        if column == 1:
            return item.member_name
        if column == 2:
            return role_labels()[item.role]
        if column == 3:
            return show_date(item.start, lang)
        if column == 4:
            return show_date(item.planned_end, lang)
        if column == 5:
            return show_date(item.end, lang)
        return _status_text(status)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._visible)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 7

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._visible):
            return None
        position = self._visible[index.row()]
        item, status = self._items[position], self._status[position]
        renew = status in (MandateStatus.TO_RENEW, MandateStatus.OVERDUE)
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(item, status, index.column())
        if role == Qt.ItemDataRole.BackgroundRole and renew:
            return QBrush(theme.qcolour("attention_bg"))
        if role == Qt.ItemDataRole.ForegroundRole and renew:
            return QBrush(theme.qcolour("attention"))
        if role == Qt.ItemDataRole.FontRole and renew and index.column() == STATUS_COLUMN:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            if item.end is not None and item.end_reason:
                return arg(QCoreApplication.translate("MandateTableModel", "Ended on %1: %2"),
                           show_date(item.end, self._lang), item.end_reason)
            if renew:
                return arg(QCoreApplication.translate(
                    "MandateTableModel", "Planned end %1: to renew before the AG deadline (%2)"),
                    show_date(item.planned_end, self._lang), show_date(self._renew_until, self._lang))
            return None
        if role == ID_ROLE:
            return item.id
        if role == STATUS_ROLE:
            return status.value
        return None

    def headers(self) -> list[str]:
        """The column titles, translated."""
        return [QCoreApplication.translate("MandateTableModel", "Body"), QCoreApplication.translate("MandateTableModel", "Holder"),
                   QCoreApplication.translate("MandateTableModel", "Role"), QCoreApplication.translate("MandateTableModel", "Start"),
                   QCoreApplication.translate("MandateTableModel", "Planned end"), QCoreApplication.translate("MandateTableModel", "End"),
                   QCoreApplication.translate("MandateTableModel", "Status")]
