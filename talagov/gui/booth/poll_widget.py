# SPDX-License-Identifier: GPL-3.0-or-later
"""One ballot on screen: the question, on whose behalf, and the choices, nothing preselected.

A resolution offers three radio buttons (for, against, abstain); the arrow keys move
between them and Space ticks one. An election offers one check box per candidate, at
most ``seats`` of them ticked (the others are disabled once the seats are filled), and a
"Blank vote" box that clears the names and is cleared by any name. Used by the booth
and by the voting-package dialog alike.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractButton,
    QButtonGroup,
    QCheckBox,
    QGroupBox,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from talagov.core.polls import ABSTAIN, BLANK, PollKind
from talagov.gui.booth.style import describe, heading, paragraph
from talagov.gui.booth.vote_items import (
    VoteItem,
    behalf_text,
    choice_label,
    choice_meaning,
    poll_title,
    secret_note,
)
from talagov.gui.help.terms import explain
from talagov.gui.i18n import arg


class PollChoiceWidget(QWidget):
    """The choices of one :class:`VoteItem`.

    Signals:
        changed(): the voter ticked or cleared a choice.
    """

    changed = Signal()

    def __init__(self, item: VoteItem, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.item = item
        definition = item.definition
        self._election = definition.kind is PollKind.ELECTION
        self.behalf = heading(behalf_text(item), self, "subheading")
        self.title = heading(poll_title(definition), self, "heading")
        if not self._election:
            explain(self.title, "resolution")
        if not item.for_self:
            explain(self.behalf, "pouvoir")
        self.text = paragraph(definition.text, self)
        self.text.setVisible(bool(definition.text.strip()))
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.secret = paragraph(secret_note(), self)
        self.secret.setVisible(definition.secret)
        explain(self.secret, "scrutin_secret")
        self.hint = paragraph(self._hint(), self)
        self.box = QGroupBox(self)
        # A screen reader entering the choices hears the secrecy too, not only sighted voters.
        describe(self.box, poll_title(definition), " ".join(
            [self.hint.text(), *([secret_note()] if definition.secret else [])]))
        column = QVBoxLayout(self.box)
        self.buttons: dict[str, QAbstractButton] = {}
        self._group: QButtonGroup | None = None
        if self._election:
            self._build_election(column)
        else:
            self._build_resolution(column)
        layout = QVBoxLayout(self)
        for widget in (self.behalf, self.title, self.text, self.secret, self.hint):
            layout.addWidget(widget)
        layout.addWidget(self.box)
        layout.addStretch(1)

    def _hint(self) -> str:
        if not self._election:
            return self.tr("Choose one answer (arrow keys, then Space), then press Enter.")
        return self.tr("Tick up to %n name(s) with Space, or Blank vote, then press Enter.",
                       "", self.item.definition.seats)

    def _build_resolution(self, column: QVBoxLayout) -> None:
        self._group = QButtonGroup(self)
        self._group.setExclusive(True)
        definition = self.item.definition
        title = poll_title(definition)
        for choice in definition.choices:
            label = choice_label(definition, choice)
            radio = QRadioButton(label, self.box)
            describe(radio, label, " ".join([choice_meaning(definition, choice), arg(
                self.tr("%1 — %2"), title, behalf_text(self.item))]))
            radio.setToolTip(choice_meaning(definition, choice))
            if choice == ABSTAIN:
                explain(radio, "abstention")
            self._group.addButton(radio)
            self.buttons[choice] = radio
            column.addWidget(radio)
        self._group.buttonToggled.connect(self._on_group_button_toggled)

    def _build_election(self, column: QVBoxLayout) -> None:
        definition = self.item.definition
        title = poll_title(definition)
        for choice in definition.choices:
            label = choice_label(definition, choice)
            box = QCheckBox(label, self.box)
            describe(box, label, " ".join([choice_meaning(definition, choice), arg(
                self.tr("%1 — %2"), title, behalf_text(self.item))]))
            box.setToolTip(choice_meaning(definition, choice))
            box.toggled.connect(lambda checked, c=choice: self._on_candidate_toggled(c, checked))
            self.buttons[choice] = box
            column.addWidget(box)

    # -- behaviour ---------------------------------------------------------------------

    def _on_group_button_toggled(self, _button: QAbstractButton, checked: bool) -> None:
        if checked:
            self.changed.emit()

    def _on_candidate_toggled(self, choice: str, checked: bool) -> None:
        if checked and choice == BLANK:
            for other, box in self.buttons.items():
                if other != BLANK and box.isChecked():
                    box.setChecked(False)
        elif checked and BLANK in self.buttons and self.buttons[BLANK].isChecked():
            self.buttons[BLANK].setChecked(False)
        self._limit_seats()
        self.changed.emit()

    def _limit_seats(self) -> None:
        named = [c for c, b in self.buttons.items() if c != BLANK and b.isChecked()]
        full = len(named) >= self.item.definition.seats
        for choice, box in self.buttons.items():
            if choice != BLANK:
                box.setEnabled(box.isChecked() or not full)

    def choices(self) -> tuple[str, ...]:
        """The choices ticked, in the order of the ballot (empty: nothing chosen yet)."""
        return tuple(c for c in self.item.definition.choices if c in self.buttons
                     and self.buttons[c].isChecked())

    def set_choices(self, choices: tuple[str, ...]) -> None:
        """Tick ``choices`` (a voter coming back to change a ballot)."""
        for choice in choices:
            if choice in self.buttons:
                self.buttons[choice].setChecked(True)

    def focus_first(self) -> None:
        """Put the keyboard on the ticked choice, else the first one."""
        ticked = [b for b in self.buttons.values() if b.isChecked()]
        target = ticked[0] if ticked else next(iter(self.buttons.values()), None)
        if target is not None:
            target.setFocus(Qt.FocusReason.OtherFocusReason)
