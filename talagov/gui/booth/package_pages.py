# SPDX-License-Identifier: GPL-3.0-or-later
"""The two steps a voting package adds before the ballots, on the member's own TalaGov.

First the member compares the organisation's fingerprint, shown in large type, with
the one printed on their convocation letter: a package signed by anybody else would
carry another fingerprint. Then they choose their key and type its passphrase.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QLabel, QLineEdit, QWidget

from talagov.gui.booth.page import BoothPage
from talagov.gui.booth.style import button, describe, paragraph
from talagov.gui.help.terms import explain
from talagov.gui.i18n import arg, show_date
from talagov.services.personal_keys import PersonalKey
from talagov.services.voting_package import VotingPackage


class FingerprintPage(BoothPage):
    """The package's organisation, meeting, voter, and the fingerprint to compare.

    Signals:
        accepted(): the member ticked "It matches" and goes on.
    """

    accepted = Signal()

    def __init__(self, package: VotingPackage, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Check who sent this voting package"), parent)
        self.add_label(arg(self.tr("%1 — %2 of %3"), package.organisation_name,
                           package.meeting_title, show_date(package.meeting_on, lang)))
        self.add_label(arg(self.tr("Voting package of %1."), package.voter_name))
        self.add_label(self.tr("Compare this fingerprint, group by group, with the one printed "
                               "on your convocation letter:"))
        self.fingerprint = paragraph(package.readable, self, "bigprint")
        self.fingerprint.setAccessibleName(arg(self.tr("Organisation fingerprint: %1"),
                                               package.readable))
        explain(self.fingerprint, "empreinte")
        self.content.addWidget(self.fingerprint)
        self.add_label(self.tr("If it differs, do not vote with this package: tell the "
                               "secretary."))
        self.matches = QCheckBox(self.tr("It &matches the fingerprint on my convocation"), self)
        describe(self.matches, self.matches.text().replace("&", ""),
                 self.tr("Tick only if every group is the same as on your letter."))
        self.content.addWidget(self.matches)
        self.content.addStretch(1)
        self.next_button = self.add_button(button(
            self.tr("&Next"), self, self.tr("Go on to your key (Enter).")))
        self.next_button.clicked.connect(self.accept_enter)
        self.matches.toggled.connect(lambda _checked: self.show_error(""))

    def accept_enter(self) -> None:
        """Go on only once the member said the fingerprints match."""
        if not self.matches.isChecked():
            self.show_error(self.tr("Compare the fingerprints first, then tick the box."))
            self.focus(self.matches)
            return
        self.accepted.emit()

    def enter(self) -> None:
        """Keyboard on the check box."""
        self.focus(self.matches)


class PersonalUnlockPage(BoothPage):
    """The member's key (from the keystore) and its passphrase.

    Signals:
        unlock_requested(int, str): the member id of the key chosen, the passphrase.
    """

    unlock_requested = Signal(int, str)

    def __init__(self, package: VotingPackage, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Unlock your voting key"), parent)
        self._voter_id = package.voter_id
        label = QLabel(self.tr("Your &key:"), self)
        self.keys = QComboBox(self)
        describe(self.keys, self.tr("Your key"), self.tr("The voting keys on this computer."))
        label.setBuddy(self.keys)
        explain(self.keys, "cle_personnelle")
        self.missing = self.add_label()
        explain(self.missing, "certificat")
        self.content.addWidget(label)
        self.content.addWidget(self.keys)
        label = QLabel(self.tr("Your &passphrase:"), self)
        self.passphrase = QLineEdit(self)
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        describe(self.passphrase, self.tr("Your passphrase"),
                 self.tr("The passphrase of the key chosen. Enter: unlock."))
        label.setBuddy(self.passphrase)
        self.content.addWidget(label)
        self.content.addWidget(self.passphrase)
        self.content.addStretch(1)
        self.unlock_button = self.add_button(button(
            self.tr("&Unlock"), self, self.tr("Unlock the key with the passphrase typed.")))
        self.unlock_button.clicked.connect(self.accept_enter)

    def set_keys(self, keys: list[PersonalKey]) -> None:
        """Offer the keys of the keystore, the voter's own first."""
        self.keys.clear()
        ordered = sorted(keys, key=lambda k: (k.member_id != self._voter_id, k.member_id))
        for key in ordered:
            text = self.tr("%1 — member %2") if key.certificate is not None \
                else self.tr("%1 — member %2 (no certificate yet)")
            self.keys.addItem(arg(text, key.name, key.member_id), key.member_id)
        if not any(k.member_id == self._voter_id and k.certificate is not None for k in keys):
            self.missing.setText(self.tr(
                "No key of this voter with its certificate is on this computer. Create your "
                "key (File menu), send the request to the secretary, and install the "
                "certificate they send back."))
        else:
            self.missing.clear()
        self.missing.setVisible(bool(self.missing.text()))

    def accept_enter(self) -> None:
        """Send the key chosen and the passphrase; the field is emptied."""
        member_id = self.keys.currentData()
        text = self.passphrase.text()
        self.passphrase.clear()
        if member_id is None:
            self.show_error(self.tr("There is no key to unlock."))
            return
        if not text:
            self.show_error(self.tr("Type your passphrase first."))
            self.focus(self.passphrase)
            return
        self.show_error("")
        self.unlock_requested.emit(int(member_id), text)

    def refused(self, message: str) -> None:
        """Wrong passphrase (or no certificate yet): say so and stay."""
        self.show_error(message)
        self.focus(self.passphrase)

    def enter(self) -> None:
        """Keyboard on the passphrase."""
        self.focus(self.passphrase)
