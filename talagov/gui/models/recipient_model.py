# SPDX-License-Identifier: GPL-3.0-or-later
"""The recipients of a convocation: who is convened, by which channel, and the last sending."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont

from talagov.core.convocation import Channel, Sending, SendingStatus
from talagov.gui.convocation_labels import channel_label, sending_status_label
from talagov.gui.i18n import arg, show_date
from talagov.gui.models.record_table_model import RecordTableModel
from talagov.services.convocations import Recipient

AnyIndex = QModelIndex | QPersistentModelIndex


def show_datetime(value: datetime, lang: str) -> str:
    """A date and time as the interface shows them (``22/11/2026 10:05``)."""
    return f"{show_date(value.date(), lang)} {value:%H:%M}"


def sending_summary(sending: Sending | None, lang: str) -> str:
    """``Sent 22/11/2026 10:05 — <evidence>`` or ``FAILED … — <reason>``; empty for none."""
    if sending is None:
        return ""
    detail = sending.error if sending.status is SendingStatus.FAILED else sending.evidence
    text = arg("%1 %2", sending_status_label(sending.status), show_datetime(sending.at, lang))
    return arg("%1 — %2", text, detail) if detail else text


class RecipientTableModel(RecordTableModel):
    """One row per member convened: number, name, channel, address, last sending."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._items: list[Recipient] = []
        self._lang = "fr"

    def headers(self) -> list[str]:
        """The column titles, translated."""
        return [
            self.tr("Number"),
            self.tr("Name"),
            self.tr("Channel"),
            self.tr("Address or e-mail"),
            self.tr("Last sending"),
        ]

    def set_items(self, items: Sequence[Recipient], lang: str = "fr") -> None:
        """Replace the rows."""
        self.beginResetModel()
        self._items = list(items)
        self._lang = lang
        self.endResetModel()

    def items(self) -> list[Recipient]:
        """Every recipient, in row order."""
        return list(self._items)

    def item_at(self, row: int) -> Recipient:
        """The recipient shown at ``row``."""
        return self._items[row]

    def row_of(self, member_id: int) -> int | None:
        """The row of a member, if shown."""
        return next((i for i, r in enumerate(self._items) if r.member_id == member_id), None)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._items)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 5

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._items):
            return None
        item, column = self._items[index.row()], index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._text(item, column)
        if role == Qt.ItemDataRole.FontRole and column == 4 and _failed(item):
            font = QFont()
            font.setBold(True)
            return font
        return None

    def _text(self, item: Recipient, column: int) -> str:
        if column == 0:
            return item.number
        if column == 1:
            return item.name
        if column == 2:
            return channel_label(item.channel)
        if column == 3:
            return item.email if item.channel is Channel.EMAIL else item.address.replace("\n", ", ")
        return sending_summary(item.last_sending, self._lang)


def _failed(item: Recipient) -> bool:
    return item.last_sending is not None and item.last_sending.status is SendingStatus.FAILED
