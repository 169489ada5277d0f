# SPDX-License-Identifier: GPL-3.0-or-later
"""The ballots of the poll selected, each with its channel and verdict, filterable.

For a secret poll the choice column stays empty (the model sees to it), and a line says
why: only the totals are shown.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from talagov.core.ballot_check import Verdict
from talagov.gui.help.terms import explain
from talagov.gui.i18n import arg
from talagov.gui.meeting.votes_data import PollDetail
from talagov.gui.meeting.votes_labels import verdict_labels
from talagov.gui.models.ballot_model import BallotModel
from talagov.gui.widgets.tables import make_table


class BallotsWidget(QWidget):
    """A verdict filter, a count and the table of ballots."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._lang = "fr"
        self.model = BallotModel(self)
        self.table = make_table(self, self.model, self.tr("Ballots"))
        self.filter = QComboBox(self)
        self.filter.addItem(self.tr("All ballots"), None)
        for verdict, label in verdict_labels().items():
            self.filter.addItem(label, verdict.value)
        self.filter.setAccessibleName(self.tr("Show ballots"))
        self.filter.setToolTip(self.tr("Show every ballot, or only those with one verdict."))
        self.table.setToolTip(self.tr("The ballots of the poll, each with its signature check "
                                      "and verdict."))
        filter_label = QLabel(self.tr("Sho&w:"), self)
        filter_label.setBuddy(self.filter)
        self.count = QLabel(self)
        self.secret_hint = QLabel(self.tr("Secret ballot: the choices are not shown."), self)
        self.secret_hint.setWordWrap(True)
        explain(self.secret_hint, "scrutin_secret")
        self.secret_hint.setTextFormat(Qt.TextFormat.PlainText)
        row = QHBoxLayout()
        row.addWidget(filter_label)
        row.addWidget(self.filter)
        row.addWidget(self.count, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.secret_hint)
        layout.addWidget(self.table, 1)
        self.filter.currentIndexChanged.connect(self._on_filter_current_index_changed)
        self.set_detail(None, "fr")

    def set_detail(self, detail: PollDetail | None, lang: str) -> None:
        """Show the ballots of ``detail`` (``None``: none)."""
        self._lang = lang
        if detail is None:
            self.model.set_items((), None, lang)
        else:
            self.model.set_items(detail.ballots, detail.poll.definition, lang)
        self.secret_hint.setVisible(self.model.secret)
        self.table.resizeColumnsToContents()
        self._update_count()

    def verdict_filter(self) -> Verdict | None:
        """The verdict shown (``None``: every ballot)."""
        value = self.filter.currentData()
        return Verdict(value) if value else None

    def _on_filter_current_index_changed(self, _index: int) -> None:
        self.model.set_verdict_filter(self.verdict_filter())
        self._update_count()

    def _update_count(self) -> None:
        shown, total = self.model.rowCount(), self.model.total()
        text = arg(self.tr("%1 of %2 ballot(s) shown"), shown, total) \
            if shown != total else arg(self.tr("%1 ballot(s)"), total)
        self.count.setText(text)
        self.count.setAccessibleName(text)
