# SPDX-License-Identifier: GPL-3.0-or-later
"""Step 4: every choice listed before anything is signed; "Change" reopens a ballot."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QGridLayout, QScrollArea, QWidget

from talagov.gui.booth.page import BoothPage
from talagov.gui.booth.style import button, describe, paragraph
from talagov.gui.booth.vote_items import VoteItem, choices_text, poll_title, short_behalf
from talagov.gui.i18n import arg


class ReviewPage(BoothPage):
    """One line per ballot: the poll, on whose behalf, the choice, and a "Change" button.

    Signals:
        change_requested(int): the index of the ballot to reopen.
        confirmed(): the voter agrees with the list.
    """

    change_requested = Signal(int)
    confirmed = Signal()

    def __init__(self, parent: QWidget | None = None, *, confirm_text: str = "") -> None:
        super().__init__(self.tr("Check your choices"), parent)
        self.add_label(self.tr("Nothing is signed yet. Change a ballot if it is not what you "
                               "want; otherwise press Enter."))
        self.area = QScrollArea(self)
        self.area.setWidgetResizable(True)
        self.area.setFrameShape(QFrame.Shape.NoFrame)
        describe(self.area, self.tr("Your choices"), self.tr("One line per ballot."))
        self.content.addWidget(self.area, 1)
        self.confirm_button = self.add_button(button(
            confirm_text or self.tr("&These are my choices"), self,
            self.tr("Go on to sign and cast the ballots (Enter).")))
        self.confirm_button.clicked.connect(self.accept_enter)
        self.lines: list[str] = []
        self._inner: QWidget | None = None

    def set_choices(self, items: list[VoteItem],
                    choices: dict[tuple[int, int], tuple[str, ...]]) -> None:
        """List every ballot with its choice."""
        self.clear()
        inner = QWidget(self.area)
        grid = QGridLayout(inner)
        previous: QWidget | None = None
        for row, item in enumerate(items):
            behalf = short_behalf(item.for_self, item.principal_name)
            chosen = choices_text(item.definition, choices.get(item.key, ()))
            line = arg(self.tr("%1 — %2: %3"), poll_title(item.definition), behalf, chosen)
            label = paragraph(line, inner)
            grid.addWidget(label, row, 0)
            change = button(self.tr("Change"), inner,
                            arg(self.tr("Change the ballot: %1"), line))
            change.setAccessibleName(arg(self.tr("Change: %1"), poll_title(item.definition)))
            change.clicked.connect(lambda _checked=False, i=row: self.change_requested.emit(i))
            grid.addWidget(change, row, 1)
            if previous is not None:
                QWidget.setTabOrder(previous, change)
            previous = change
            self.lines.append(line)
        grid.setColumnStretch(0, 1)
        grid.setRowStretch(len(items), 1)
        self.area.setWidget(inner)
        if previous is not None:  # Tab follows the screen: the changes, then the confirmation
            QWidget.setTabOrder(previous, self.confirm_button)
        self._inner = inner

    def accept_enter(self) -> None:
        """The voter agrees."""
        self.confirmed.emit()

    def enter(self) -> None:
        """Keyboard on the confirmation."""
        self.focus(self.confirm_button)

    def clear(self) -> None:
        """Forget the list."""
        super().clear()
        taken = self.area.takeWidget()
        if taken is not None:
            taken.setParent(None)
            taken.deleteLater()
        self._inner = None
        self.lines = []
