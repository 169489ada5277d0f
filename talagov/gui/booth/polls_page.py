# SPDX-License-Identifier: GPL-3.0-or-later
"""Step 3: the ballots, one at a time: first the voter's own, then one per proxy held.

Enter records the choice and moves on; the last ballot (or a ballot reopened from the
review with "Change") leads to the review. Nothing is preselected and a ballot without
a choice cannot be passed: abstaining or a blank vote are choices of their own.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QScrollArea, QWidget

from talagov.gui.booth.page import BoothPage
from talagov.gui.booth.poll_widget import PollChoiceWidget
from talagov.gui.booth.style import button, describe
from talagov.gui.booth.vote_items import VoteItem
from talagov.gui.i18n import arg

Choices = dict[tuple[int, int], tuple[str, ...]]


class PollsPage(BoothPage):
    """Shows :attr:`items` one by one and keeps the choices made.

    Signals:
        finished(): every ballot has a choice (go to the review).
        back_requested(): Escape or "Back" on the first ballot.
    """

    finished = Signal()
    back_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Your ballots"), parent)
        self.progress = self.add_label()
        self.area = QScrollArea(self)
        self.area.setWidgetResizable(True)
        self.area.setFrameShape(QFrame.Shape.NoFrame)
        describe(self.area, self.tr("Ballot"), self.tr("The question and its choices."))
        self.content.addWidget(self.area, 1)
        self.back_button = self.add_button(button(
            self.tr("&Back"), self, self.tr("The previous ballot (Escape).")))
        self.next_button = self.add_button(button(
            self.tr("&Next"), self, self.tr("Record this choice and go on (Enter).")))
        self.back_button.clicked.connect(self.go_back)
        self.next_button.clicked.connect(self.accept_enter)
        self.items: list[VoteItem] = []
        self.choices: Choices = {}
        self.index = 0
        self.widget: PollChoiceWidget | None = None
        self._to_review = False

    def start(self, items: list[VoteItem], choices: Choices | None = None) -> None:
        """Begin with the first ballot of ``items`` (``choices``: already made)."""
        self.clear()
        self.items = list(items)
        self.choices = dict(choices or {})
        self._show(0)

    def reopen(self, index: int) -> None:
        """Show ballot ``index`` again from the review; Enter then returns there."""
        self._to_review = True
        self._show(index)

    def _show(self, index: int) -> None:
        self._drop_widget()
        self.show_error("")
        self.index = index
        if not self.items:
            return
        item = self.items[index]
        self.widget = PollChoiceWidget(item, self)
        self.widget.set_choices(self.choices.get(item.key, ()))
        self.widget.changed.connect(self._on_widget_changed)
        self.area.setWidget(self.widget)
        self.progress.setText(arg(self.tr("Ballot %1 of %2"), index + 1, len(self.items)))
        last = index == len(self.items) - 1
        self.next_button.setText(self.tr("&Review my choices") if last or self._to_review
                                 else self.tr("&Next"))
        self.next_button.setAccessibleName(self.next_button.text().replace("&", ""))
        # Orca speaks the name of a panel the focus enters, not the text beside it: the box
        # of choices carries what is voted on, so that a blind voter hears the resolution.
        self.widget.box.setAccessibleName(" ".join(
            label.text() for label in (self.progress, self.widget.behalf, self.widget.title,
                                       self.widget.text, self.widget.secret)
            if not label.isHidden() and label.text().strip()))
        self.widget.focus_first()

    def _drop_widget(self) -> None:
        if self.widget is not None:
            taken = self.area.takeWidget()
            if taken is not None:
                taken.setParent(None)  # no longer a child: nothing of it stays findable
                taken.deleteLater()
            self.widget = None

    def _on_widget_changed(self) -> None:
        self.show_error("")
        if self.widget is not None:
            self.choices[self.widget.item.key] = self.widget.choices()

    def accept_enter(self) -> None:
        """Keep the choice and go on (a choice is required)."""
        if self.widget is None:
            return
        chosen = self.widget.choices()
        if not chosen:
            self.show_error(self.tr("Make a choice first. To express no opinion, choose "
                                    "Abstain (or Blank vote in an election)."))
            return  # the problem has the keyboard; a key goes back to the choices
        self.choices[self.widget.item.key] = chosen
        if self._to_review or self.index == len(self.items) - 1:
            self._to_review = False
            self.finished.emit()
        else:
            self._show(self.index + 1)

    def go_back(self) -> None:
        """The previous ballot, or leave the step from the first one."""
        if self.widget is not None:
            self.choices[self.widget.item.key] = self.widget.choices()
        if self._to_review:
            self._to_review = False
            self.finished.emit()
        elif self.index > 0:
            self._show(self.index - 1)
        else:
            self.back_requested.emit()

    def show_last(self) -> None:
        """Come back from the review to the last ballot."""
        self._to_review = False
        if self.items:
            self._show(len(self.items) - 1)

    def enter(self) -> None:
        """Keyboard on the choices."""
        if self.widget is not None:
            self.widget.focus_first()

    def clear(self) -> None:
        """Forget the ballots and the choices."""
        super().clear()
        self._drop_widget()
        self.items, self.choices, self.index, self._to_review = [], {}, 0, False
        self.progress.clear()
