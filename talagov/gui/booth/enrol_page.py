# SPDX-License-Identifier: GPL-3.0-or-later
"""Step 2, second path: a new key created on the spot, the secretary vouching for the voter.

The secretary ticks that they have checked the person's identity; the member types a
new passphrase twice (at least :data:`~talagov.core.keyseal.MIN_PASSPHRASE`
characters). The booth then has the organisation (whose key it holds while open)
issue the certificate; an earlier key of the member stops working.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QLabel, QLineEdit, QWidget

from talagov.core.keyseal import MIN_PASSPHRASE
from talagov.gui.booth.page import BoothPage
from talagov.gui.booth.style import button, describe, heading
from talagov.gui.help.terms import explain
from talagov.gui.i18n import arg


class EnrolPage(BoothPage):
    """The identity check box and the new passphrase, twice.

    Signals:
        enrol_requested(str): the new passphrase (checked: long enough, typed twice alike).
    """

    enrol_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Create your voting key"), parent)
        self.voter = heading("", self, "subheading")
        self.content.addWidget(self.voter)
        self.note = self.add_label()
        self.identity = QCheckBox(self.tr("I, the secretary, have checked this person's "
                                          "&identity"), self)
        describe(self.identity, self.identity.text().replace("&", ""),
                 self.tr("For the secretary: tick with Space once you have checked who the "
                         "person is."))
        self._identity_description = self.identity.accessibleDescription()
        self.content.addWidget(self.identity)
        self.add_label(arg(self.tr(
            "Now the member chooses a passphrase of at least %1 characters and types it twice. "
            "Nobody can recover it: if it is forgotten, a new key is created."), MIN_PASSPHRASE))
        self.first = self._field(self.tr("New &passphrase:"), self.tr("New passphrase"),
                                 self.tr("At least %n character(s).", "", MIN_PASSPHRASE))
        self.second = self._field(self.tr("&Repeat the passphrase:"),
                                  self.tr("Repeat the passphrase"),
                                  self.tr("The same passphrase again, to rule out a typing "
                                          "mistake."))
        self.content.addStretch(1)
        self.create_button = self.add_button(button(
            self.tr("&Create my key"), self,
            self.tr("Create the key, sealed under the passphrase, and have the organisation "
                    "certify it.")))
        explain(self.create_button, "certificat")
        self.create_button.clicked.connect(self.accept_enter)

    def _field(self, text: str, name: str, description: str) -> QLineEdit:
        label = QLabel(text, self)
        field = QLineEdit(self)
        field.setEchoMode(QLineEdit.EchoMode.Password)
        describe(field, name, description)
        label.setBuddy(field)
        self.content.addWidget(label)
        self.content.addWidget(field)
        return field

    def set_voter(self, name: str, *, has_key: bool) -> None:
        """Name the member; ``has_key``: an earlier key exists and will be replaced."""
        self.clear()
        self.voter.setText(name)
        self.voter.setAccessibleName(name)
        if has_key:
            self.note.setText(self.tr("The new key replaces the earlier one, which stops "
                                      "working."))
        else:
            self.note.setText(self.tr("You have no voting key yet: let us create one."))
        # The focus goes straight to the secretary's box: it says whose key it is too.
        self.identity.setAccessibleDescription(" ".join(
            (self.title.text() + ".", name + ".", self.note.text(), self._identity_description)))

    def problem(self) -> str:
        """What prevents the creation, in plain words (empty: nothing)."""
        if not self.identity.isChecked():
            return self.tr("The secretary must first check the person's identity and tick "
                           "the box.")
        if len(self.first.text()) < MIN_PASSPHRASE:
            return self.tr("The passphrase is too short: at least %n character(s).", "",
                           MIN_PASSPHRASE)
        if self.first.text() != self.second.text():
            return self.tr("The two passphrases differ. Type them again.")
        return ""

    def accept_enter(self) -> None:
        """Check the form; send the passphrase, or say what is missing."""
        problem = self.problem()
        if problem:
            # Hidden text cannot be corrected: both fields start again.
            self.first.clear()
            self.second.clear()
            self.show_error(problem)
            self.focus(self.first if self.identity.isChecked() else self.identity)
            return
        text = self.first.text()
        self.first.clear()
        self.second.clear()
        self.show_error("")
        self.enrol_requested.emit(text)

    def refused(self, message: str) -> None:
        """The service refused: say why and let the member type again."""
        self.show_error(message)
        self.focus(self.first)

    def enter(self) -> None:
        """Start on the secretary's box."""
        self.focus(self.identity)

    def clear(self) -> None:
        """Forget the member and anything typed or ticked."""
        super().clear()
        for field in (self.first, self.second):
            field.clear()
        self.identity.setChecked(False)
        self.voter.clear()
        self.voter.setAccessibleName("")
        self.note.clear()
        self.identity.setAccessibleDescription(self._identity_description)
