# SPDX-License-Identifier: GPL-3.0-or-later
"""The newest entries of the journal of governance events: number, time, what happened
(worded by the ``journal.kind.*`` catalogue), the meeting, and signed or pending."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime
from typing import Any

from PySide6.QtCore import Qt

from talagov.gui.i18n import arg, show_date, show_datetime
from talagov.gui.models.item_table_model import RIGHT, ItemTableModel
from talagov.messages import render
from talagov.services.journal import JournalLine
from talagov.services.journal_view import JournalMeeting

SEQUENCE, AT, KIND, MEETING, STATE = range(5)


def kind_text(kind: str, lang: str) -> str:
    """What an entry records, in words (a kind of a later version shows as written)."""
    return render(f"journal.kind.{kind}", {}, lang)


class JournalModel(ItemTableModel[JournalLine]):
    """One row per entry, oldest first (the newest at the bottom, as in the register)."""

    def __init__(self, parent: Any = None, *, lang: str = "fr") -> None:
        super().__init__(5, parent)
        self._lang = lang
        self._meetings: dict[int, JournalMeeting] = {}

    def headers(self) -> list[str]:
        """The column titles, translated."""
        return [self.tr("No."), self.tr("Time"), self.tr("Event"), self.tr("Meeting"),
                self.tr("Signature")]

    def set_lines(self, lines: Sequence[JournalLine],
                  meetings: Mapping[int, JournalMeeting]) -> None:
        """Replace the rows; ``meetings`` names the meetings the entries are about."""
        self.beginResetModel()
        self._items = list(lines)
        self._meetings = dict(meetings)
        self.endResetModel()

    def meeting_text(self, meeting_id: int | None) -> str:
        """« 22/11/2026 — Assemblée générale 2026 », or the id of a meeting deleted since."""
        if meeting_id is None:
            return ""
        meeting = self._meetings.get(meeting_id)
        if meeting is None or not meeting.title:
            return arg(self.tr("Meeting no. %1 (deleted)"), meeting_id)
        try:
            on = show_date(datetime.fromisoformat(meeting.on).date(), self._lang)
        except ValueError:
            return meeting.title
        return f"{on} — {meeting.title}"

    def _text(self, item: JournalLine, column: int) -> str:
        if column == SEQUENCE:
            return str(item.sequence)
        if column == AT:
            try:
                return show_datetime(datetime.fromisoformat(item.at), self._lang)
            except ValueError:  # shown as written: the check says what is wrong
                return item.at
        if column == KIND:
            return kind_text(item.kind, self._lang)
        if column == MEETING:
            return self.meeting_text(item.meeting_id)
        return self.tr("Signed") if item.signed else self.tr("Awaiting signature")

    def _tooltip(self, item: JournalLine, column: int) -> str | None:
        if column == SEQUENCE:
            return item.hash  # the entry's fingerprint, to compare with an earlier reading
        return self._text(item, column)

    def _alignment(self, column: int) -> Qt.AlignmentFlag | None:
        return RIGHT if column == SEQUENCE else None

    def _is_bold(self, item: JournalLine, column: int) -> bool:
        return column == STATE and not item.signed

    def _item_id(self, item: JournalLine) -> int:
        return item.sequence
