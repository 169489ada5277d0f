# SPDX-License-Identifier: GPL-3.0-or-later
"""The way out of the booth: the secretary's passphrase (that of the organisation key).

It is a step of the booth's own window rather than a dialog: a full-screen window
with a dialog on top is at the window manager's mercy (the dialog may open behind).
Escape returns to the step the booth was on; nothing typed is kept.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from talagov.gui.booth.page import PassphrasePage
from talagov.gui.booth.style import button


class GatePage(PassphrasePage):
    """The secretary's passphrase field, "Close the booth" and "Cancel".

    Signals:
        close_requested(str): the passphrase typed.
        cancelled(): back to the booth.
    """

    close_requested = Signal(str)
    cancelled = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Close the booth"), parent)
        self.add_label(self.tr("Only the secretary may close the booth. Type the passphrase of "
                               "the organisation's key."))
        self.add_passphrase(self.tr("Secretary's &passphrase:"), self.tr("Secretary's passphrase"),
                            self.tr("The passphrase of the organisation's key. Enter: close the "
                                    "booth. Escape: back to the booth."))
        self.content.addStretch(1)
        self.cancel_button = self.add_button(button(
            self.tr("&Back to the booth"), self, self.tr("Keep the booth open (Escape).")))
        self.close_button = self.add_button(button(
            self.tr("&Close the booth"), self, self.tr("Close the booth with this passphrase.")))
        self.cancel_button.clicked.connect(self.cancelled)
        self.close_button.clicked.connect(self.accept_enter)

    def accept_enter(self) -> None:
        """Send the passphrase; the field is emptied."""
        text = self.take_passphrase(self.tr("Type the secretary's passphrase."))
        if text is not None:
            self.close_requested.emit(text)
