# SPDX-License-Identifier: GPL-3.0-or-later
"""The options of a prepared poll: secret or not, and the majority when it is not the
statutes' (unanimity asked by the law for this decision, a clause of the statutes...).

The statutes' own rule for the item is loaded in the background and named in the first
choice, so the secretary sees what an override replaces. An override needs its source.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QLabel, QLineEdit, QWidget

from talagov.core.polls import PollKind, PollOptions, statutes_majority
from talagov.core.ratio import Ratio
from talagov.core.statutes import MajorityBase, MajorityRule
from talagov.gui.context import AppContext
from talagov.gui.dialogs.task_dialog import TaskDialog
from talagov.gui.help.terms import explain
from talagov.gui.i18n import arg
from talagov.gui.meeting.votes_labels import majority_text, poll_title
from talagov.services import meetings as meetings_service
from talagov.services import organisation as org_service
from talagov.services import polls as polls_service
from talagov.services.polls import PollView
from talagov.services.uow import UnitOfWork

STATUTES, SIMPLE, TWO_THIRDS, THREE_QUARTERS, UNANIMITY, RELATIVE = range(6)
_FRACTIONS: dict[int, tuple[Ratio, bool]] = {
    SIMPLE: (Ratio(1, 2), True), TWO_THIRDS: (Ratio(2, 3), False),
    THREE_QUARTERS: (Ratio(3, 4), False), UNANIMITY: (Ratio(1, 1), False),
    RELATIVE: (Ratio(0, 1), True),
}
_BASES = (MajorityBase.CAST, MajorityBase.PRESENT_OR_REPRESENTED, MajorityBase.TOTAL)


def load_statutes_rule(uow: UnitOfWork, poll: PollView) -> tuple[MajorityRule, str]:
    """The majority the statutes set for the poll's item, and its source."""
    meeting = meetings_service.get_meeting(uow, poll.meeting_id)
    item = next(i for i in meetings_service.agenda(uow, poll.meeting_id) if i.id == poll.item_id)
    statutes = org_service.statutes_at(uow, meeting.on)
    return statutes_majority(statutes, item, board=meeting.body_id is not None,
                             meeting_kind=meeting.rule_kind, convocation=meeting.convocation)


def rule_choice(rule: MajorityRule) -> int | None:
    """Which choice of the list a rule is (``None``: none of them, a rule of the statutes)."""
    for choice, (ratio, strict) in _FRACTIONS.items():
        if rule.ratio == ratio and (rule.strict == strict or choice == UNANIMITY):
            return choice
    return None


class PollOptionsDialog(TaskDialog):
    """Secret ballot, majority and its source, for one prepared poll."""

    def __init__(self, ctx: AppContext, poll: PollView, parent: QWidget | None = None) -> None:
        super().__init__(ctx, self.tr("Options of the poll"), parent)
        self.poll = poll
        definition = poll.definition
        self._statutes: tuple[MajorityRule, str] | None = None
        heading = QLabel(poll_title(poll.number, poll.title, poll.kind), self)
        heading.setWordWrap(True)
        heading.setTextFormat(Qt.TextFormat.PlainText)
        bold = heading.font()
        bold.setBold(True)
        heading.setFont(bold)
        self.form.addRow(heading)
        self.secret = QCheckBox(self.tr("&Secret ballot: results show totals only"), self)
        self.secret.setAccessibleName(self.tr("Secret ballot"))
        self.secret.setToolTip(self.tr("Results then show only the totals, never who voted what."))
        explain(self.secret, "scrutin_secret")
        self.secret.setChecked(definition.secret)
        self.form.addRow(self.secret)
        notice = QLabel(self.tr(
            "Even in a secret poll, the secretariat's database can link each voter to their "
            "choice: fully verifiable secrecy is not available yet."), self)
        notice.setWordWrap(True)
        notice.setTextFormat(Qt.TextFormat.PlainText)
        self.form.addRow(notice)
        self.majority = QComboBox(self)
        self.majority.addItems([self.tr("As the statutes say"), self.tr("Simple majority"),
                                self.tr("Two thirds"), self.tr("Three quarters"),
                                self.tr("Unanimity"), self.tr("Relative majority (elections)")])
        if poll.kind is not PollKind.ELECTION:
            self.majority.removeItem(RELATIVE)
        # The statutes' rule is named in the first item once loaded: the combo box must
        # not widen the dialog then.
        self.majority.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.majority.setMinimumContentsLength(30)
        self.majority.setToolTip(self.tr("The majority needed for the poll to pass; by default "
                                         "the one the statutes set for this meeting."))
        explain(self.majority, "majorite_simple")
        explain(self.majority, "majorite_qualifiee")
        self.base = QComboBox(self)
        self.base.addItems([self.tr("of votes cast"),
                            self.tr("of associates present or represented"),
                            self.tr("of all associates")])
        self.base.setToolTip(self.tr("What the majority is counted on: the votes cast, the "
                                     "associates present or represented, or all."))
        explain(self.base, "voix_exprimees")
        self.source = QLineEdit(self)
        self.source.setPlaceholderText(self.tr("e.g. art. 24 of the statutes, L223-30"))
        self.source.setToolTip(self.tr("The article that sets a majority other than the "
                                       "statutes' default, e.g. art. 24 of the statutes."))
        self.add_row(self.tr("&Majority:"), self.majority)
        self.add_row(self.tr("&Base:"), self.base)
        self.add_row(self.tr("S&ource:"), self.source)
        self.rule_label = QLabel(self)
        self.rule_label.setWordWrap(True)
        self.form.addRow(self.rule_label)
        self._show_current(definition.majority, definition.majority_source)
        self.majority.currentIndexChanged.connect(self._on_majority_current_index_changed)
        self.base.currentIndexChanged.connect(self._update)
        self.ok_button.setText(self.tr("&Save options"))
        self.ok_button.setToolTip(self.tr("Save the secrecy and the majority of this poll."))
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("M") * 40)
        self._update()
        poll_copy = poll
        ctx.runner.run(self, lambda uow: load_statutes_rule(uow, poll_copy),
                       on_success=self._on_statutes_loaded, on_failure=lambda _exc: None,
                       label=self.tr("Loading the statutes"))

    def _show_current(self, rule: MajorityRule, source: str) -> None:
        choice = rule_choice(rule)
        if choice is None or choice >= self.majority.count():
            self.majority.setCurrentIndex(STATUTES)
        else:
            self.majority.setCurrentIndex(choice)
            self.source.setText(source)
        self.base.setCurrentIndex(_BASES.index(rule.base))

    def _on_statutes_loaded(self, found: tuple[MajorityRule, str]) -> None:
        self._statutes = found
        rule, source = found
        current = self.poll.definition
        if current.majority == rule and current.majority_source == source:
            self.majority.setCurrentIndex(STATUTES)
            self.source.clear()
        self.majority.setItemText(STATUTES, arg(self.tr("As the statutes say: %1"),
                                                majority_text(rule)))
        self._update()
        self.adjustSize()  # the rule's sentence may need another line
        self.loaded.emit()

    def _on_majority_current_index_changed(self, index: int) -> None:
        if index == UNANIMITY:  # usually of every associate (SARL L223-30, SAS L227-19)
            self.base.setCurrentIndex(_BASES.index(MajorityBase.TOTAL))
        self._update()

    def chosen_rule(self) -> MajorityRule | None:
        """The override chosen (``None``: the statutes' rule)."""
        choice = self.majority.currentIndex()
        if choice == STATUTES:
            return None
        ratio, strict = _FRACTIONS[choice]
        base = MajorityBase.CAST if choice == RELATIVE else _BASES[self.base.currentIndex()]
        return MajorityRule(ratio, strict, base)

    def _update(self, *_args: object) -> None:
        rule = self.chosen_rule()
        self.base.setEnabled(rule is not None and self.majority.currentIndex() != RELATIVE)
        self.source.setEnabled(rule is not None)
        if rule is None:
            if self._statutes is not None:
                text = arg(self.tr("Rule applied: %1 (%2)."), majority_text(self._statutes[0]),
                           self._statutes[1] or self.tr("statutes"))
            else:
                text = self.tr("Rule applied: the statutes' rule for this item.")
        else:
            text = arg(self.tr("Rule applied: %1."), majority_text(rule))
        self.rule_label.setText(text)
        self.rule_label.setAccessibleName(text)

    def options(self) -> PollOptions:
        """The options to save."""
        rule = self.chosen_rule()
        return PollOptions(majority=rule, majority_source=self.source.text().strip() if rule else "",
                           secret=self.secret.isChecked())

    def problems(self) -> list[str]:
        """An override says where it comes from."""
        if self.chosen_rule() is not None and not self.source.text().strip():
            return [self.tr("Say where this majority comes from (an article of the statutes, "
                            "the law, a decision of the assembly).")]
        return []

    def task(self) -> Callable[[Any], Any]:
        """Save the options."""
        poll_id, options = self.poll.id, self.options()
        return lambda uow: polls_service.set_options(uow, poll_id, options)

    def task_label(self) -> str:
        """Shown if saving takes long."""
        return self.tr("Saving the options of the poll")
