# SPDX-License-Identifier: GPL-3.0-or-later
"""Create the organisation key: the passphrase twice, a strength hint, and a warning.

The key is generated and sealed on the task runner (Argon2 takes about 0.2 s). Its
passphrase is the secretary's: it closes polls, issues members' certificates and lets
the booth be left. Nobody can recover a lost passphrase: only a new key, and new
certificates for every member, replace it.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QWidget

from talagov.core.keyseal import DEFAULT_KDF, MIN_PASSPHRASE, KdfParams
from talagov.gui.context import AppContext
from talagov.gui.dialogs.task_dialog import TaskDialog
from talagov.gui.i18n import arg
from talagov.services import keys as keys_service

Clock = Callable[[], datetime]


class OrgKeyDialog(TaskDialog):
    """Passphrase and confirmation; Create generates the key and its certificate.

    ``kdf`` is the sealing cost: the default everywhere but in the test suite.
    """

    def __init__(self, ctx: AppContext, clock: Clock = datetime.now, *,
                 kdf: KdfParams = DEFAULT_KDF, parent: QWidget | None = None) -> None:
        super().__init__(ctx, self.tr("Create the organisation key"), parent)
        self._clock = clock
        self._kdf = kdf
        about = QLabel(self.tr(
            "The organisation key signs the members' certificates, the postal votes entered "
            "as witness, the hand counts and the results. Its fingerprint is printed in every "
            "convocation and minutes, so that members can check that a file comes from the "
            "cooperative."), self)
        warning = QLabel(self.tr(
            "Choose a passphrase the secretary will remember, and keep it safe: nobody can "
            "recover a lost passphrase. A new key would be needed, and every member would "
            "need a new certificate."), self)
        for label in (about, warning):
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.PlainText)
        bold = warning.font()
        bold.setBold(True)
        warning.setFont(bold)
        self.form.addRow(about)
        self.form.addRow(warning)
        self.passphrase = QLineEdit(self)
        self.confirmation = QLineEdit(self)
        for field in (self.passphrase, self.confirmation):
            field.setEchoMode(QLineEdit.EchoMode.Password)
            field.textChanged.connect(self._update_hint)
        self.add_row(self.tr("&Passphrase:"), self.passphrase)
        self.add_row(self.tr("&Again:"), self.confirmation)
        self.passphrase.setAccessibleName(self.tr("Passphrase"))
        self.passphrase.setToolTip(self.tr("A long sentence only you know; nobody can recover it "
                                           "if it is forgotten."))
        self.confirmation.setAccessibleName(self.tr("Passphrase again"))
        self.confirmation.setToolTip(self.tr("Type the same passphrase again, to catch a typing "
                                             "mistake."))
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        self.form.addRow(self.hint)
        self.ok_button.setText(self.tr("&Create the key"))
        self.ok_button.setToolTip(self.tr("Create the organisation's key and seal it under this "
                                          "passphrase."))
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("M") * 36)
        self._update_hint()

    def _update_hint(self, *_args: object) -> None:
        typed = len(self.passphrase.text())
        if typed < MIN_PASSPHRASE:
            text = arg(self.tr("At least %1 characters (%2 typed). A sentence of several "
                               "words is easier to remember and harder to guess."),
                       MIN_PASSPHRASE, typed)
        elif self.confirmation.text() and self.confirmation.text() != self.passphrase.text():
            text = self.tr("The two passphrases differ.")
        else:
            text = self.tr("Long enough.")
        self.hint.setText(text)
        self.hint.setAccessibleName(text)

    def problems(self) -> list[str]:
        """Too short, or the two fields differ."""
        found = []
        if len(self.passphrase.text()) < MIN_PASSPHRASE:
            found.append(arg(self.tr("The passphrase needs at least %1 characters."),
                             MIN_PASSPHRASE))
        if self.passphrase.text() != self.confirmation.text():
            found.append(self.tr("Type the same passphrase twice."))
        return found

    def task(self) -> Callable[[Any], Any]:
        """Generate and seal the key, issue its certificate."""
        passphrase, now, kdf = self.passphrase.text(), self._clock(), self._kdf
        return lambda uow: keys_service.create_organisation_key(uow, passphrase, now=now, kdf=kdf)

    def task_label(self) -> str:
        """Shown if sealing takes long."""
        return self.tr("Creating the organisation key")

    def _on_task_succeeded(self, result: object) -> None:
        self.passphrase.clear()
        self.confirmation.clear()
        super()._on_task_succeeded(result)
