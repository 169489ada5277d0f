# SPDX-License-Identifier: GPL-3.0-or-later
"""The polls of a meeting: one row per resolution or election put to the vote.

Rows are ``services.polls.PollView`` values; the majority is spelled out in words and
the result is the one the service stored when the poll closed (nothing is counted here).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import Qt

from talagov.core.polls import PollStatus
from talagov.gui.i18n import show_int
from talagov.gui.meeting.votes_labels import (
    majority_text,
    poll_kind_label,
    poll_status_label,
    result_text,
)
from talagov.gui.models.item_table_model import ID_ROLE as ID_ROLE
from talagov.gui.models.item_table_model import RIGHT, ItemTableModel
from talagov.gui.session_labels import yes_no
from talagov.services.polls import PollView

NUMBER, TITLE, KIND, STATUS, SECRET, MAJORITY, BALLOTS, RESULT = range(8)


class PollModel(ItemTableModel[PollView]):
    """One row per poll, in agenda order."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(8, parent)
        self._lang = "fr"

    def headers(self) -> list[str]:
        """The column titles, translated."""
        return [
            self.tr("No."),
            self.tr("Title"),
            self.tr("Kind"),
            self.tr("Status"),
            self.tr("Secret"),
            self.tr("Majority"),
            self.tr("Ballots"),
            self.tr("Result"),
        ]

    def set_items(self, items: Sequence[PollView], lang: str = "fr") -> None:
        """Replace the rows."""
        self.beginResetModel()
        self._items = list(items)
        self._lang = lang
        self.endResetModel()

    def _text(self, item: PollView, column: int) -> str:
        if column == NUMBER:
            return str(item.number)
        if column == TITLE:
            return item.title
        if column == KIND:
            return poll_kind_label(item.kind)
        if column == STATUS:
            return poll_status_label(item.status)
        if column == SECRET:
            return yes_no(item.secret)
        if column == MAJORITY:
            return majority_text(item.definition.majority)
        if column == BALLOTS:
            return show_int(item.ballots, self._lang)
        if column == RESULT:
            if item.status is not PollStatus.CLOSED:
                return "–"
            return result_text(item.result, item.definition)
        return ""

    def _tooltip(self, item: PollView, column: int) -> str | None:
        if column == MAJORITY and item.definition.majority_source:
            return f"{self._text(item, column)} ({item.definition.majority_source})"
        return self._text(item, column)

    def _alignment(self, column: int) -> Qt.AlignmentFlag | None:
        return RIGHT if column in (NUMBER, BALLOTS) else None

    def _is_bold(self, item: PollView, column: int) -> bool:
        return column == RESULT and item.status is PollStatus.CLOSED

    def _item_id(self, item: PollView) -> int:
        return item.id
