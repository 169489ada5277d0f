# SPDX-License-Identifier: GPL-3.0-or-later
"""The entries of one register of deliberations: N°, date, title, kind, signatories,
time-stamp and the start of the entry's hash (what a printed register shows too)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import Qt

from talagov.gui.i18n import arg, show_date, show_datetime
from talagov.gui.models.item_table_model import RIGHT, ItemTableModel
from talagov.services.deliberations import EntryView

NUMBER, DATE, TITLE, KIND, SIGNATORIES, TIMESTAMP, HASH = range(7)
HASH_CHARS = 16  # 64 bits: enough to compare with the printed register at a glance


def short_hash(value: str) -> str:
    """The first characters of a hash in groups of four (« 3F2A 9C01 … »)."""
    head = value[:HASH_CHARS].upper()
    return " ".join(head[i:i + 4] for i in range(0, len(head), 4))


class RegisterEntryModel(ItemTableModel[EntryView]):
    """One row per entry, in register order."""

    def __init__(self, parent: Any = None, *, lang: str = "fr") -> None:
        super().__init__(7, parent)
        self._lang = lang

    def headers(self) -> list[str]:
        """The column titles, translated."""
        return [self.tr("No."), self.tr("Meeting date"), self.tr("Title"), self.tr("Kind"),
                self.tr("Signatories"), self.tr("Time-stamp"), self.tr("Entry hash")]

    def set_entries(self, entries: Sequence[EntryView]) -> None:
        """Replace the rows."""
        self.beginResetModel()
        self._items = list(entries)
        self.endResetModel()

    def _text(self, item: EntryView, column: int) -> str:
        if column == NUMBER:
            return str(item.number)
        if column == DATE:
            try:
                return show_date(date.fromisoformat(item.meeting_date), self._lang)
            except ValueError:  # shown as stored: the verification says what is wrong
                return item.meeting_date
        if column == TITLE:
            return item.title
        if column == KIND:
            if item.kind == "erratum":
                if item.corrects is not None:
                    return arg(self.tr("Erratum to no. %1"), item.corrects)
                return self.tr("Erratum")
            return self.tr("Minutes")
        if column == SIGNATORIES:
            return ", ".join(item.signatories)
        if column == TIMESTAMP:
            return self.tr("RFC 3161") if item.timestamp == "rfc3161" else self.tr("Local time")
        return short_hash(item.entry_hash)

    def _tooltip(self, item: EntryView, column: int) -> str | None:
        if column == HASH:
            return item.entry_hash
        if column == TIMESTAMP:
            return arg(self.tr("Entered on %1"), show_datetime(item.entered_at, self._lang))
        return self._text(item, column)

    def _alignment(self, column: int) -> Qt.AlignmentFlag | None:
        return RIGHT if column == NUMBER else None

    def _item_id(self, item: EntryView) -> int:
        return item.number
