# SPDX-License-Identifier: GPL-3.0-or-later
"""The attendance sheet as a table: one row per member on the roll, filtered as you type.

An adapter over ``AttendanceLine`` DTOs from ``services.session``: the rules (who
counts, which proxy is valid) are decided by the service; the model only words them.
The filter keeps every line whose folded number, name, college and status contain
each folded word typed ("elodie" finds "Élodie", "present" finds "Présent").
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime
from typing import Any

from PySide6.QtCore import Qt, Signal

from talagov.core.text import fold, search_key
from talagov.gui.i18n import arg
from talagov.gui.models.item_table_model import ID_ROLE as ID_ROLE
from talagov.gui.models.item_table_model import ItemTableModel
from talagov.gui.session_labels import attendance_status_label, blank_proxy_label, yes_no
from talagov.services.session import AttendanceLine

# What the secretary watches during the session comes first; the college last.
NUMBER, NAME, STATUS, ARRIVAL, DEPARTURE, SIGNED, PROXY, HOLDS, POSTAL, COLLEGE = range(10)
_CENTRED = (ARRIVAL, DEPARTURE, SIGNED, HOLDS, POSTAL)


def show_time(value: datetime | None) -> str:
    """``10:05``, or empty."""
    return f"{value:%H:%M}" if value is not None else ""


class AttendanceModel(ItemTableModel[AttendanceLine]):
    """Rows of the attendance sheet; ``row`` always means a visible (filtered) row.

    ``_lines`` holds every line, ``_items`` (the rows) those the filter keeps.
    """

    counts_changed = Signal(int, int)  # (shown, total)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(10, parent)
        self._lines: list[AttendanceLine] = []
        self._colleges: Mapping[str, str] = {}
        self._keys: list[str] = []
        self._words: list[str] = []

    def headers(self) -> list[str]:
        """The column titles, translated."""
        return [
            self.tr("Number"),
            self.tr("Name"),
            self.tr("Status"),
            self.tr("Arrival"),
            self.tr("Departure"),
            self.tr("Signed"),
            self.tr("Represented by"),
            self.tr("Proxies held"),
            self.tr("Postal vote"),
            self.tr("College"),
        ]

    # -- content -----------------------------------------------------------------------

    def set_lines(self, lines: Sequence[AttendanceLine], colleges: Mapping[str, str]) -> None:
        """Replace every line (after a reload); keeps the filter."""
        self.beginResetModel()
        self._lines = list(lines)
        self._colleges = dict(colleges)
        self._keys = [search_key(line.number, line.name, self.college_of(line),
                                 attendance_status_label(line.entry.status))
                      for line in self._lines]
        self._items = self._compute()
        self.endResetModel()
        self.counts_changed.emit(len(self._items), len(self._lines))

    def set_filter(self, text: str) -> None:
        """Show only the lines matching every word of ``text`` (accents and case ignored)."""
        words = fold(text).split()
        if words == self._words:
            return
        self.beginResetModel()
        self._words = words
        self._items = self._compute()
        self.endResetModel()
        self.counts_changed.emit(len(self._items), len(self._lines))

    def _compute(self) -> list[AttendanceLine]:
        if not self._words:
            return list(self._lines)
        return [line for line, key in zip(self._lines, self._keys, strict=True)
                if all(w in key for w in self._words)]

    def college_of(self, line: AttendanceLine) -> str:
        """The college's name (its key when the statutes no longer name it)."""
        return self._colleges.get(line.college_key, line.college_key)

    # -- cells -------------------------------------------------------------------------

    def _alignment(self, column: int) -> Qt.AlignmentFlag:
        horizontal = Qt.AlignmentFlag.AlignHCenter if column in _CENTRED else Qt.AlignmentFlag.AlignLeft
        return horizontal | Qt.AlignmentFlag.AlignVCenter

    def _item_id(self, item: AttendanceLine) -> int:
        return item.member_id

    def _text(self, line: AttendanceLine, column: int) -> str:
        entry = line.entry
        if column == NUMBER:
            return line.number
        if column == NAME:
            return line.name
        if column == COLLEGE:
            return self.college_of(line)
        if column == STATUS:
            return attendance_status_label(entry.status)
        if column == ARRIVAL:
            return show_time(entry.arrived_at)
        if column == DEPARTURE:
            return show_time(entry.left_at)
        if column == SIGNED:
            signature = entry.signature
            if signature is None:
                # "No" only where a signature is expected: who is in the room or connected.
                return yes_no(False) if entry.status.attends else ""
            return arg(self.tr("Yes, %1"), show_time(signature.signed_at))
        if column == PROXY:
            if line.blank_proxy:
                return blank_proxy_label()
            return line.proxy_holder_name
        if column == HOLDS:
            return str(line.holds) if line.holds else ""
        if column == POSTAL:
            return yes_no(True) if line.correspondence else ""
        return ""
