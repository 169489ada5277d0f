# SPDX-License-Identifier: GPL-3.0-or-later
"""Step 5: the voter confirms; every ballot is signed and cast at once, or none is.

A refusal (a proxy found void, a poll closed meanwhile...) is shown in plain words and
nothing is recorded; the voter may go back and change their choices.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from talagov.gui.booth.page import BoothPage
from talagov.gui.booth.style import button
from talagov.gui.i18n import arg


class ConfirmPage(BoothPage):
    """The last word before signing.

    Signals:
        cast_requested(): sign and cast every ballot.
    """

    cast_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Cast your vote"), parent)
        self.summary = self.add_label()
        self.add_label(self.tr("Until a poll closes you may come back and vote again: only "
                               "your last ballot counts."))
        self.content.addStretch(1)
        self.cast_button = self.add_button(button(
            self.tr("&Sign and cast my vote"), self,
            self.tr("Sign every ballot with your key and record it (Enter). Escape: back to "
                    "the review.")))
        self.cast_button.clicked.connect(self.accept_enter)
        self._cast_description = self.cast_button.accessibleDescription()

    def set_count(self, count: int) -> None:
        """Say how many ballots will be signed."""
        self.clear()
        self.summary.setText(self.tr("Your key will sign %n ballot(s), recorded all together.",
                                     "", count))
        # The focus goes straight to the button: it says the count too (screen readers).
        self.cast_button.setAccessibleDescription(" ".join(
            (self.summary.text(), self._cast_description)))

    def accept_enter(self) -> None:
        """Ask for the casting."""
        self.show_error("")
        self.cast_requested.emit()

    def refused(self, message: str) -> None:
        """Nothing was recorded: say why."""
        self.show_error(arg(self.tr("Nothing was recorded. %1"), message))
        self.focus(self.cast_button)

    def enter(self) -> None:
        """Keyboard on the button."""
        self.focus(self.cast_button)

    def clear(self) -> None:
        """Forget the count and any refusal."""
        super().clear()
        self.summary.clear()
