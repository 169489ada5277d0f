# SPDX-License-Identifier: GPL-3.0-or-later
"""Step 2: the voter unlocks their key with their passphrase.

The passphrase is handed to the service and the field is emptied as soon as it is
sent, whatever the outcome: a wrong one leaves the voter on this step with a plain
message. A voter who forgot it (or whose key lives on another computer) can create a
new key on the spot, the secretary checking who they are.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from talagov.gui.booth.page import PassphrasePage
from talagov.gui.booth.style import button, heading
from talagov.gui.help.terms import explain
from talagov.gui.i18n import arg


class UnlockPage(PassphrasePage):
    """The voter's name, the passphrase field, Unlock and "Create a new key".

    Signals:
        unlock_requested(str): the passphrase typed.
        enrol_requested(): the voter wants a new key.
    """

    unlock_requested = Signal(str)
    enrol_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Unlock your voting key"), parent)
        self.voter = heading("", self, "subheading")
        self.content.addWidget(self.voter)
        self.add_label(self.tr("Type the passphrase you chose when your key was created, "
                               "then press Enter. Nobody else sees it."))
        self.add_passphrase(self.tr("Your &passphrase:"), self.tr("Your passphrase"),
                            self.tr("The passphrase of your voting key. Enter: unlock. Escape: "
                                    "back to the list of names."))
        explain(self.passphrase, "cle_personnelle")
        self._description = self.passphrase.accessibleDescription()
        self.forgot = self.add_label(self.tr(
            "Forgot your passphrase, or your key is on another computer? Create a new key: "
            "the secretary checks your identity, and your old key stops working."))
        self.content.addStretch(1)
        self.new_key_button = self.add_button(button(
            self.tr("Create a &new key…"), self,
            self.tr("Replace your key by a new one, after the secretary checks your identity.")))
        self.unlock_button = self.add_button(button(
            self.tr("&Unlock"), self, self.tr("Unlock your key with the passphrase typed.")))
        self.new_key_button.clicked.connect(self.enrol_requested)
        self.unlock_button.clicked.connect(self.accept_enter)

    def set_voter(self, name: str, *, elsewhere: bool) -> None:
        """Greet the voter; ``elsewhere``: their key is on another computer."""
        self.clear()
        self.voter.setText(arg(self.tr("Hello, %1"), name))
        self.voter.setAccessibleName(self.voter.text())
        # Orca reads only the focused field here: the greeting rides on its description.
        self.passphrase.setAccessibleDescription(" ".join(
            (self.voter.text() + ".", self.title.text() + ".", self._description)))
        if elsewhere:
            self.show_error(self.tr("Your voting key is on another computer, not on this one. "
                                    "Create a new key here to vote (your other key will stop "
                                    "working)."))

    def accept_enter(self) -> None:
        """Send the passphrase and empty the field."""
        text = self.take_passphrase(self.tr("Type your passphrase first."))
        if text is not None:
            self.unlock_requested.emit(text)

    def clear(self) -> None:
        """Forget the voter's name and anything typed."""
        super().clear()
        self.voter.clear()
        self.voter.setAccessibleName("")
        self.passphrase.setAccessibleDescription(self._description)
