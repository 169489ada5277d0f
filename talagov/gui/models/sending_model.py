# SPDX-License-Identifier: GPL-3.0-or-later
"""The convocation log: every sending, failures marked with a word (and in bold)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from talagov.core.convocation import Sending, SendingStatus
from talagov.gui.convocation_labels import channel_label, sending_status_label
from talagov.gui.i18n import show_datetime
from talagov.gui.models.item_table_model import ItemTableModel


class SendingTableModel(ItemTableModel[Sending]):
    """One row per sending: date, member, channel, address, outcome, evidence or reason."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(6, parent)
        self._names: Mapping[int, str] = {}
        self._lang = "fr"

    def headers(self) -> list[str]:
        """The column titles, translated."""
        return [
            self.tr("Date"),
            self.tr("Member"),
            self.tr("Channel"),
            self.tr("Address"),
            self.tr("Outcome"),
            self.tr("Evidence or reason"),
        ]

    def set_items(self, items: Sequence[Sending], names: Mapping[int, str], lang: str = "fr") -> None:
        """Replace the rows; ``names`` maps member ids to the names shown."""
        self.beginResetModel()
        self._items = sorted(items, key=lambda s: (s.at, s.id), reverse=True)
        self._names = dict(names)
        self._lang = lang
        self.endResetModel()

    def failed_count(self) -> int:
        """How many lines record a failure."""
        return sum(1 for s in self._items if s.status is SendingStatus.FAILED)

    def _text(self, item: Sending, column: int) -> str:
        if column == 0:
            return show_datetime(item.at, self._lang)
        if column == 1:
            return self._names.get(item.member_id, str(item.member_id))
        if column == 2:
            return channel_label(item.channel)
        if column == 3:
            return item.address.replace("\n", ", ")
        if column == 4:
            return sending_status_label(item.status)
        return item.error if item.status is SendingStatus.FAILED else item.evidence

    def _is_bold(self, item: Sending, column: int) -> bool:
        return item.status is SendingStatus.FAILED
