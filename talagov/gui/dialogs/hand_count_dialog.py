# SPDX-License-Identifier: GPL-3.0-or-later
"""Votes counted by hand in the room, entered as totals with the scrutineers' names.

One spin box per choice, and per college when the poll has colleges. The service
refuses totals larger than the participants whose vote no other channel counts; the
refusal is shown here, and nothing is recorded.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QLabel, QLineEdit, QSpinBox, QWidget

from talagov.core.tally import HandCount
from talagov.gui.context import AppContext
from talagov.gui.dialogs.task_dialog import TaskDialog
from talagov.gui.help.terms import explain
from talagov.gui.i18n import arg, show_int
from talagov.gui.meeting.votes_labels import choice_label, poll_title
from talagov.services import hand_counts as hand_counts_service
from talagov.services.polls import PollView

Clock = Callable[[], datetime]
MAX_VOTES = 1_000_000


class HandCountDialog(TaskDialog):
    """Counts by college and choice, two scrutineers; Save records the totals."""

    def __init__(self, ctx: AppContext, poll: PollView, clock: Clock, *,
                 scrutineers: tuple[str, ...] = (), existing: HandCount | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(ctx, self.tr("Hand count"), parent)
        self.poll = poll
        self._clock = clock
        definition = poll.definition
        heading = QLabel(poll_title(poll.number, poll.title, poll.kind), self)
        heading.setWordWrap(True)
        heading.setTextFormat(Qt.TextFormat.PlainText)
        bold = heading.font()
        bold.setBold(True)
        heading.setFont(bold)
        about = QLabel(self.tr(
            "Enter the votes counted by the scrutineers in the room (show of hands or paper), "
            "as totals. Count only the participants whose vote is not recorded otherwise: "
            "signed ballots, postal forms and blank proxies are counted already."), self)
        about.setWordWrap(True)
        self.form.addRow(heading)
        self.form.addRow(about)
        colleges = [(c.key, c.name) for c in definition.colleges] or [("", "")]
        previous = existing.counts if existing is not None else {}
        self.spins: dict[tuple[str, str], QSpinBox] = {}
        grid = QGridLayout()
        for column, choice in enumerate(definition.choices, start=1):
            grid.addWidget(QLabel(choice_label(choice, definition), self), 0, column)
        for row, (key, name) in enumerate(colleges, start=1):
            if key:
                grid.addWidget(QLabel(name, self), row, 0)
            for column, choice in enumerate(definition.choices, start=1):
                spin = QSpinBox(self)
                spin.setRange(0, MAX_VOTES)
                spin.setValue(int(previous.get(key, {}).get(choice, 0)))
                words = choice_label(choice, definition)
                spin.setAccessibleName(arg(self.tr("%1 — %2"), name, words) if key else words)
                spin.setToolTip(self.tr("Votes counted for this choice in this college, a whole "
                                        "number.") if key
                                else self.tr("Votes counted for this choice, a whole number."))
                spin.valueChanged.connect(self._update_total)
                grid.addWidget(spin, row, column)
                self.spins[(key, choice)] = spin
        counts_label = QLabel(self.tr("&Votes counted:"), self)
        counts_label.setBuddy(next(iter(self.spins.values())))
        self.form.addRow(counts_label)
        self.form.addRow(grid)
        self.total = QLabel(self)
        self.form.addRow(self.total)
        names = [*scrutineers, "", ""]
        if existing is not None and existing.scrutineers:
            names = [*existing.scrutineers, "", ""]
        self.scrutineers = [QLineEdit(names[0], self), QLineEdit(names[1], self)]
        for field in self.scrutineers:
            field.setToolTip(self.tr("The name of a scrutineer who certifies the count."))
            explain(field, "scrutateur")
        self.add_row(self.tr("Scrutineer &1:"), self.scrutineers[0])
        self.add_row(self.tr("Scrutineer &2:"), self.scrutineers[1])
        self.ok_button.setText(self.tr("&Record the count"))
        self.ok_button.setToolTip(self.tr("Record these counts as the result of the show of "
                                          "hands."))
        self._update_total()

    def counts(self) -> dict[str, dict[str, int]]:
        """College key ("" without colleges) -> choice -> votes."""
        found: dict[str, dict[str, int]] = {}
        for (key, choice), spin in self.spins.items():
            found.setdefault(key, {})[choice] = spin.value()
        return found

    def scrutineer_names(self) -> tuple[str, ...]:
        """The names typed, without blanks."""
        return tuple(n for n in (f.text().strip() for f in self.scrutineers) if n)

    def _update_total(self, *_args: object) -> None:
        total = sum(spin.value() for spin in self.spins.values())
        text = arg(self.tr("Total counted by hand: %1"), show_int(total, self.ctx.lang))
        self.total.setText(text)
        self.total.setAccessibleName(text)

    def problems(self) -> list[str]:
        """The scrutineers who counted are named."""
        if not self.scrutineer_names():
            return [self.tr("Name the scrutineers who counted.")]
        return []

    def task(self) -> Callable[[Any], Any]:
        """Record the totals."""
        poll_id, counts, names, now = self.poll.id, self.counts(), self.scrutineer_names(), \
            self._clock()
        return lambda uow: hand_counts_service.record_hand_count(uow, poll_id, counts, names,
                                                                 now=now)

    def task_label(self) -> str:
        """Shown if saving takes long."""
        return self.tr("Recording the hand count")
