# SPDX-License-Identifier: GPL-3.0-or-later
"""The polls of the bundle: each poll's question, rule and recorded result, and its
ballots — every ballot with voter and choice for an open poll, totals only for a
secret one (no screen of TalaGov shows who chose what in a secret poll)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QHeaderView,
    QListWidget,
    QSizePolicy,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from talagov.core.ballot_check import Verdict
from talagov.core.polls import PollDefinition
from talagov.core.tally_model import ChoiceCount
from talagov.gui.auditor.opened import PollView
from talagov.gui.auditor.register_tabs import caption
from talagov.gui.i18n import arg, show_datetime, show_int
from talagov.gui.meeting.votes_labels import (
    choice_label,
    majority_text,
    poll_status_label,
    poll_title,
    result_text,
    verdict_labels,
)
from talagov.gui.models.ballot_model import BallotModel
from talagov.gui.models.item_table_model import RIGHT, ItemTableModel
from talagov.gui.widgets.tables import make_table


class ChoiceCountModel(ItemTableModel[ChoiceCount]):
    """The recorded result of one poll: votes per choice."""

    CHOICE, VOTES = range(2)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(2, parent)
        self._lang = "fr"
        self._definition: PollDefinition | None = None

    def headers(self) -> list[str]:
        """The column titles, translated."""
        return [self.tr("Choice"), self.tr("Votes")]

    def set_items(self, counts: Sequence[ChoiceCount], definition: PollDefinition | None,
                  lang: str) -> None:  # fmt: skip
        """Replace the rows."""
        self.beginResetModel()
        self._items, self._definition, self._lang = list(counts), definition, lang
        self.endResetModel()

    def _text(self, item: ChoiceCount, column: int) -> str:
        if column == self.CHOICE:
            return choice_label(item.choice, self._definition)
        return show_int(item.votes, self._lang)

    def _alignment(self, column: int) -> Qt.AlignmentFlag | None:
        return RIGHT if column == self.VOTES else None


class PollsTab(QWidget):
    """A list of the polls; the chosen one's rule, result and ballots beside it."""

    def __init__(self, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lang = lang
        self.polls: list[PollView] = []
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Polls"))
        self.list.setToolTip(self.tr("Choose a poll to see its result and its ballots."))
        self.list.setWordWrap(True)
        self.title = caption(self, bold=True)
        self.details = caption(self)
        self.details.setAccessibleName(self.tr("The poll's rule and state"))
        self.counts = ChoiceCountModel(self)
        self.counts_table = make_table(self, self.counts, self.tr("Recorded result"),
                                       resize=QHeaderView.ResizeMode.ResizeToContents)
        self.counts_table.setToolTip(self.tr("The votes for each choice as the secretary "
                                             "recorded them at the closing."))
        self.counts_table.horizontalHeader().setStretchLastSection(False)
        self.counts_table.setSizeAdjustPolicy(QAbstractScrollArea.SizeAdjustPolicy.AdjustToContents)
        self.counts_table.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Maximum)
        self.result = caption(self, bold=True)
        self.ballots_caption = caption(self)
        self.ballots_caption.setAccessibleName(self.tr("Ballots received"))
        self.ballots = BallotModel(self)
        self.ballots_table = make_table(self, self.ballots, self.tr("Ballots of the poll"),
                                        alternating=True)
        self.ballots_table.setToolTip(self.tr("Every ballot of the poll with the check of its "
                                              "signature."))
        detail = QWidget(self)
        right = QVBoxLayout(detail)
        right.setContentsMargins(0, 0, 0, 0)
        right.addWidget(self.title)
        right.addWidget(self.details)
        right.addWidget(self.counts_table)
        right.addWidget(self.result)
        right.addWidget(self.ballots_caption)
        right.addWidget(self.ballots_table, 2)
        splitter = QSplitter(self)
        splitter.addWidget(self.list)
        splitter.addWidget(detail)
        splitter.setStretchFactor(1, 3)
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        self.list.currentRowChanged.connect(self._on_list_current_row_changed)

    def show_polls(self, polls: Sequence[PollView]) -> None:
        """Show ``polls`` (the first one chosen)."""
        self.polls = list(polls)
        blocked = self.list.blockSignals(True)
        self.list.clear()
        for view in self.polls:
            d = view.record.poll.definition
            self.list.addItem(poll_title(d.number, d.title, d.kind))
        self.list.blockSignals(blocked)
        self.list.setCurrentRow(0 if self.polls else -1)
        self._show(self.polls[0] if self.polls else None)

    def current(self) -> PollView | None:
        """The poll shown."""
        row = self.list.currentRow()
        return self.polls[row] if 0 <= row < len(self.polls) else None

    def _on_list_current_row_changed(self, _row: int) -> None:
        self._show(self.current())

    def _show(self, view: PollView | None) -> None:
        if view is None:
            self.title.setText("" if self.polls else self.tr("This meeting had no poll."))
            for label in (self.details, self.result, self.ballots_caption):
                label.setText("")
            self.counts.set_items((), None, self.lang)
            self.ballots.set_items((), None, self.lang)
            self.ballots_table.hide()
            return
        poll, result = view.record.poll, view.record.result
        d = poll.definition
        self.title.setText(poll_title(d.number, d.title, d.kind))
        self.details.setText(self._details(view))
        self.counts.set_items(result.counts if result is not None else (), d, self.lang)
        self.result.setText(result_text(result, d) if result is not None
                            else self.tr("No result was recorded."))
        self.ballots_caption.setText(self._ballots_text(view))
        # A secret poll shows totals only: not even the list of who sent a ballot.
        self.ballots.set_items(() if view.secret else view.ballots, d, self.lang)
        self.ballots_table.setVisible(not view.secret)
        self.counts_table.resizeColumnsToContents()
        self.ballots_table.resizeColumnsToContents()

    def _details(self, view: PollView) -> str:
        poll, record = view.record.poll, view.record
        d = poll.definition
        lines = [arg(self.tr("State: %1"), poll_status_label(poll.status)),
                 arg(self.tr("Majority: %1"), majority_text(d.majority))]
        if d.majority_source:
            lines.append(arg(self.tr("Rule from: %1"), d.majority_source))
        if poll.opened_at is not None:
            closed = show_datetime(poll.closed_at, self.lang) if poll.closed_at else "…"
            lines.append(arg(self.tr("Open from %1 to %2"),
                             show_datetime(poll.opened_at, self.lang), closed))
        if view.secret:
            lines.append(self.tr("Secret ballot: only the totals are shown."))
        if record.hand_count is not None:
            hand = record.hand_count
            lines.append(arg(self.tr("Counted by hand: %1 votes (scrutineers: %2)"),
                             show_int(hand.total, self.lang), ", ".join(hand.scrutineers)))
        if d.text:
            lines.append(d.text)
        return "\n".join(lines)

    def _ballots_text(self, view: PollView) -> str:
        total = sum(view.verdicts.values())
        if not total:
            return self.tr("No ballot was received for this poll.")
        labels = verdict_labels()
        parts = [arg(self.tr("%1: %2"), labels[v], show_int(view.verdicts[v], self.lang))
                 for v in Verdict if view.verdicts.get(v)]
        return arg(self.tr("%1 ballots received — %2"), show_int(total, self.lang),
                   ", ".join(parts))
