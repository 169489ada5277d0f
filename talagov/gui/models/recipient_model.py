# SPDX-License-Identifier: GPL-3.0-or-later
"""The recipients of a convocation: who is convened, by which channel, and the last sending."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from talagov.core.convocation import Channel, Sending, SendingStatus
from talagov.gui.convocation_labels import channel_label, sending_status_label
from talagov.gui.i18n import arg, show_datetime
from talagov.gui.models.item_table_model import ItemTableModel
from talagov.services.convocations import Recipient


def sending_summary(sending: Sending | None, lang: str) -> str:
    """``Sent 22/11/2026 10:05 — <evidence>`` or ``FAILED … — <reason>``; empty for none."""
    if sending is None:
        return ""
    detail = sending.error if sending.status is SendingStatus.FAILED else sending.evidence
    text = arg("%1 %2", sending_status_label(sending.status), show_datetime(sending.at, lang))
    return arg("%1 — %2", text, detail) if detail else text


class RecipientTableModel(ItemTableModel[Recipient]):
    """One row per member convened: number, name, channel, address, last sending."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(5, parent)
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

    def _is_bold(self, item: Recipient, column: int) -> bool:
        return column == 4 and _failed(item)

    def _item_id(self, item: Recipient) -> int:
        return item.member_id


def _failed(item: Recipient) -> bool:
    return item.last_sending is not None and item.last_sending.status is SendingStatus.FAILED
