# SPDX-License-Identifier: GPL-3.0-or-later
"""The result of the poll selected: counts by choice and channel, the SCIC colleges with
their shares and weights, the decision in bold and the explanation in sentences.

It only displays what the service computed when the poll closed. While a poll is open
no count is shown (a partial count could sway the voters); a secret poll says plainly
what its secrecy is worth.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from talagov.core.polls import PollKind, PollStatus
from talagov.core.tally import TallyResult
from talagov.gui.help.terms import explain
from talagov.gui.i18n import arg, show_date, show_int
from talagov.gui.meeting.votes_data import PollDetail
from talagov.gui.meeting.votes_labels import (
    channel_labels,
    choice_label,
    fraction_text,
    majority_text,
    poll_title,
    result_text,
)

RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


def _grid(parent: QWidget, name: str) -> QTableWidget:
    table = QTableWidget(parent)
    table.setAccessibleName(name)
    table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move in it
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
    table.verticalHeader().hide()
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    table.setSizeAdjustPolicy(QAbstractItemView.SizeAdjustPolicy.AdjustToContents)
    return table


def _fill(table: QTableWidget, headers: list[str], rows: list[list[str]]) -> None:
    table.clear()
    table.setColumnCount(len(headers))
    table.setRowCount(len(rows))
    table.setHorizontalHeaderLabels(headers)
    for r, cells in enumerate(rows):
        for c, text in enumerate(cells):
            item = QTableWidgetItem(text)
            if c > 0:
                item.setTextAlignment(RIGHT)
            table.setItem(r, c, item)
    # As tall and as wide as its cells: the panel scrolls, not each little table, and the
    # numbers stay next to their labels.
    table.resizeColumnsToContents()
    table.resizeRowsToContents()
    frame = 2 * table.frameWidth()
    table.setFixedHeight(table.horizontalHeader().height() + frame
                         + sum(table.rowHeight(r) for r in range(len(rows))))
    table.setMaximumWidth(frame + sum(table.columnWidth(c) for c in range(len(headers))))
    table.setVisible(bool(rows))


class ResultsPanel(QWidget):
    """Heading, state, secret notice, decision, counts, colleges and explanation."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._lang = "fr"
        self.heading = QLabel(self)
        font = QFont(self.heading.font())
        font.setBold(True)
        self.heading.setFont(font)
        self.state = QLabel(self)
        self.secret_notice = QLabel(self.tr(
            "Secret ballot: only the totals are shown. Beware: the secretariat's database can "
            "link each voter to their choice; fully verifiable secrecy is not available yet."),
            self)
        self.secret_notice.setFrameShape(QLabel.Shape.StyledPanel)
        explain(self.secret_notice, "scrutin_secret")
        self.secret_notice.setMargin(self.fontMetrics().height() // 3)
        self.rule = QLabel(self)
        self.decision = QLabel(self)
        big = QFont(self.decision.font())
        big.setBold(True)
        big.setPointSizeF(big.pointSizeF() * 1.25)
        self.decision.setFont(big)
        self.counts = _grid(self, self.tr("Votes by choice and channel"))
        self.colleges = _grid(self, self.tr("Colleges"))
        self.counts.setToolTip(self.tr("The votes for each choice, by the way they were cast."))
        self.colleges.setToolTip(self.tr("The votes within each college and the weight of each "
                                         "college in the result."))
        explain(self.colleges, "college")
        self.weighted = QLabel(self)
        self.explanation = QLabel(self)
        self.hand_count = QLabel(self)
        labels = (self.heading, self.state, self.rule, self.secret_notice, self.decision,
                  self.weighted,
                  self.explanation, self.hand_count)
        for label in labels:
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(self)
        for widget in (self.heading, self.state, self.rule, self.secret_notice, self.decision,
                       self.counts,
                       self.colleges, self.weighted, self.explanation, self.hand_count):
            layout.addWidget(widget)
        layout.addStretch(1)
        self.set_detail(None, "fr")

    def set_detail(self, detail: PollDetail | None, lang: str) -> None:
        """Show the poll of ``detail`` (``None``: a hint to choose one)."""
        self._lang = lang
        if detail is None:
            self.heading.setText(self.tr("Choose a poll in the list to see its result."))
            for label in (self.state, self.rule, self.decision, self.weighted, self.explanation,
                          self.hand_count):
                label.clear()
                label.hide()
            self.secret_notice.hide()
            self.counts.hide()
            self.colleges.hide()
            return
        poll = detail.poll
        self.heading.setText(poll_title(poll.number, poll.title, poll.kind))
        self.secret_notice.setVisible(poll.secret)
        definition = poll.definition
        rule = majority_text(definition.majority)
        self.rule.setText(arg(self.tr("Majority required: %1 (%2)"), rule,
                              definition.majority_source) if definition.majority_source
                          else arg(self.tr("Majority required: %1"), rule))
        self.rule.show()
        self._show_state(detail)
        self._show_result(detail, detail.result)
        hand = detail.hand_count
        text = arg(self.tr("Counted by hand: %1 votes, by %2."), show_int(hand.total, lang),
                   ", ".join(hand.scrutineers)) if hand is not None else ""
        self.hand_count.setText(text)
        self.hand_count.setVisible(bool(text))
        self.setAccessibleDescription("\n".join(
            t for t in (self.heading.text(), self.state.text(), self.rule.text(),
                        self.decision.text(), self.explanation.text()) if t))

    def _show_state(self, detail: PollDetail) -> None:
        poll, lang = detail.poll, self._lang
        ballots = show_int(len(detail.ballots), lang)
        if poll.status is PollStatus.PREPARED:
            text = self.tr("Not open yet: its question and majority may still change.")
        elif poll.status is PollStatus.OPEN:
            opened = poll.opened_at
            when = f"{show_date(opened.date(), lang)} {opened:%H:%M}" if opened else ""
            text = arg(self.tr("Open since %1; %2 ballot(s) received. The result is computed "
                               "when the poll closes."), when, ballots)
        else:
            closed = poll.closed_at
            when = f"{show_date(closed.date(), lang)} {closed:%H:%M}" if closed else ""
            text = arg(self.tr("Closed on %1; %2 ballot(s) received."), when, ballots)
        self.state.setText(text)
        self.state.show()

    def _show_result(self, detail: PollDetail, result: TallyResult | None) -> None:
        definition, lang = detail.poll.definition, self._lang
        if result is None:
            for widget in (self.decision, self.counts, self.colleges, self.weighted,
                           self.explanation):
                widget.hide()
            return
        self.decision.setText(result_text(result, definition))
        self.decision.setAccessibleName(self.decision.text())
        self.decision.show()
        used = [c for c in channel_labels()
                if any(count.by_channel.get(c, 0) for count in result.counts)]
        headers = [self.tr("Choice"), *(channel_labels()[c] for c in used), self.tr("Total")]
        rows = []
        for count in result.counts:
            rows.append([choice_label(count.choice, definition),
                         *(show_int(count.by_channel.get(c, 0), lang) for c in used),
                         show_int(count.votes, lang)])
        rows.append([self.tr("Votes"), *("" for _ in used), show_int(result.total_votes, lang)])
        _fill(self.counts, headers, rows)
        self._show_colleges(detail, result)
        sentences = detail.explanation
        self.explanation.setText("\n".join(f"• {s}" for s in sentences))
        self.explanation.setVisible(bool(sentences))

    def _show_colleges(self, detail: PollDetail, result: TallyResult) -> None:
        definition, lang = detail.poll.definition, self._lang
        if not result.colleges:
            self.colleges.hide()
            self.weighted.hide()
            return
        # The share of "for" is what a resolution weighs; an election ranks candidates.
        resolution = definition.kind is PollKind.RESOLUTION
        headers = [self.tr("College"), *(choice_label(c, definition) for c in definition.choices),
                   self.tr("Base"), *([self.tr("Share for")] if resolution else []),
                   self.tr("Weight")]
        rows = []
        for college in result.colleges:
            share = self.tr("empty") if college.empty else fraction_text(college.share, lang)
            rows.append([college.name,
                         *(show_int(college.votes.get(c, 0), lang) for c in definition.choices),
                         show_int(college.base, lang), *([share] if resolution else []),
                         fraction_text(college.weight, lang)])
        _fill(self.colleges, headers, rows)
        if result.weighted is not None:
            self.weighted.setText(arg(self.tr("Weighted result R = Σ weight × share = %1"),
                                      fraction_text(result.weighted, lang)))
            self.weighted.show()
        else:
            self.weighted.hide()
