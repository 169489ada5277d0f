# SPDX-License-Identifier: GPL-3.0-or-later
"""On a member's own TalaGov: create my voting key, install the certificate sent back.

The key is made here and never leaves this computer: it is sealed under the member's
passphrase in the keystore (a folder of the user's data directory, no database needed)
and only a certificate request goes to the secretary, who returns the certificate the
organisation issued. Nobody can recover a forgotten passphrase: a new key replaces it.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QDir, Qt
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QFileDialog,
    QLineEdit,
    QMessageBox,
    QSpinBox,
    QWidget,
)

from talagov.core.keyseal import DEFAULT_KDF, MIN_PASSPHRASE, KdfParams
from talagov.gui.booth.style import paragraph, set_error
from talagov.gui.booth.work import BusyDialog
from talagov.gui.context import AppContext
from talagov.gui.dialogs.form_parts import column, error_line, labelled_form, ok_cancel
from talagov.gui.errors import show_error
from talagov.gui.i18n import arg
from talagov.services import personal_keys
from talagov.services.files import read_file, save_file

#: The key-derivation cost of the keys created here; tests set ``TEST_KDF``.
KDF: KdfParams = DEFAULT_KDF


class PersonalKeyDialog(BusyDialog):
    """Member id and name as on the convocation, a passphrase twice; saves the request.

    ``ask_path`` asks where to save the certificate request (tests replace it).
    """

    def __init__(self, ctx: AppContext, keystore: Path | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.keystore = keystore or personal_keys.default_keystore()
        self.ask_path: Callable[[int], Path | None] = self._ask_path
        self.confirm_replace: Callable[[], bool] = self._confirm_replace
        self.request_path: Path | None = None
        self.setWindowTitle(self.tr("Create my voting key"))
        self.setSizeGripEnabled(True)
        intro = paragraph(self.tr(
            "Your key is created on this computer and stays here, sealed under your passphrase. "
            "TalaGov then saves a certificate request: send it to the secretary, who sends "
            "back your certificate (File > Install my certificate…)."), self)
        self.member_id = QSpinBox(self)
        self.member_id.setRange(0, 999_999_999)
        self.member_id.setSpecialValueText("—")
        self.member_id.setAccessibleDescription(self.tr(
            "The member id printed on your convocation letter (ask the secretary if unsure)."))
        self.name = QLineEdit(self)
        self.name.setAccessibleDescription(self.tr("Your name as printed on your convocation."))
        self.first = QLineEdit(self)
        self.second = QLineEdit(self)
        for field in (self.first, self.second):
            field.setEchoMode(QLineEdit.EchoMode.Password)
        self.second.setToolTip(self.tr("Type the same passphrase again, to catch a typing "
                                       "mistake."))
        self.first.setAccessibleDescription(self.tr("At least %n character(s). Nobody can "
                                                    "recover it.", "", MIN_PASSPHRASE))
        self.error = error_line(self)
        self.outcome = paragraph("", self)
        self.outcome.hide()
        rows = ((self.tr("Member &id:"), self.member_id), (self.tr("&Name:"), self.name),
                (self.tr("&Passphrase:"), self.first),
                (self.tr("&Repeat the passphrase:"), self.second))
        for text, widget in rows:
            widget.setAccessibleName(text.replace("&", "").rstrip(":"))
        form = labelled_form(self, rows, wrap=False)
        self.buttons, self.ok_button, _ = ok_cancel(self, self.tr("&Create my key…"),
                                                    self.tr("Create my key"))
        self.ok_button.setToolTip(self.tr("Create the key on this computer and save the request "
                                          "to send to the secretary."))
        self.buttons.accepted.connect(self.create_key)
        self.buttons.rejected.connect(self.reject)
        column(self, (intro, form, self.error, self.outcome), self.buttons, ems=36)

    def set_busy(self, busy: bool) -> None:
        """No second click while the key is being made."""
        super().set_busy(busy)
        self.ok_button.setEnabled(not busy)

    def problem(self) -> str:
        """What is missing, in plain words (empty: nothing)."""
        if self.member_id.value() <= 0:
            return self.tr("Type your member id, as printed on your convocation.")
        if not self.name.text().strip():
            return self.tr("Type your name.")
        if len(self.first.text()) < MIN_PASSPHRASE:
            return self.tr("The passphrase is too short: at least %n character(s).", "",
                           MIN_PASSPHRASE)
        if self.first.text() != self.second.text():
            return self.tr("The two passphrases differ. Type them again.")
        return ""

    def show_problem(self, text: str) -> None:
        """Show a problem under the form (empty: hide it)."""
        set_error(self.error, text)

    def create_key(self) -> None:
        """Check the form, ask where to save the request, then make the key."""
        problem = self.problem()
        if problem:
            self.first.clear()
            self.second.clear()
            self.show_problem(problem)
            return
        member_id = self.member_id.value()
        replace = personal_keys.key_path(self.keystore, member_id).exists()
        if replace and not self.confirm_replace():
            return
        path = self.ask_path(member_id)
        if path is None:
            return
        keystore, name, passphrase, kdf = self.keystore, self.name.text(), self.first.text(), KDF

        def work(_uow: Any) -> Path:
            request = personal_keys.create_personal_key(
                keystore, member_id=member_id, name=name, passphrase=passphrase, kdf=kdf,
                replace=replace)
            save_file(path, request.encode("ascii"))
            return path

        self.show_problem("")
        self.run(work, self._on_created, self.show_problem, self.tr("Creating your key"))

    def _confirm_replace(self) -> bool:
        answer = QMessageBox.question(self, self.windowTitle(), self.tr(
            "This computer already has a voting key for this member id. Replace it by a new "
            "one? The old key and its certificate will stop working here."))
        return answer == QMessageBox.StandardButton.Yes

    def _on_created(self, path: Path) -> None:
        self.request_path = path
        for field in (self.first, self.second):
            field.clear()
        for widget in (self.member_id, self.name, self.first, self.second):
            widget.setEnabled(False)
        self.outcome.setText(arg(self.tr(
            "Your key is created. Send the certificate request %1 to the secretary; install "
            "the certificate they send back with File > Install my certificate…"), str(path)))
        self.outcome.setAccessibleName(self.outcome.text())
        self.outcome.show()
        self.ok_button.hide()
        close = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        close.setText(self.tr("&Close"))
        close.setFocus()

    def _ask_path(self, member_id: int) -> Path | None:
        chosen, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the certificate request"),
            str(Path(QDir.homePath()) / f"demande-certificat-{member_id}.pem"),
            self.tr("Certificate requests (*.pem)"))
        return Path(chosen) if chosen else None


def create_my_key(parent: QWidget, ctx: AppContext,
                  keystore: Path | None = None) -> PersonalKeyDialog:
    """Open the "Create my voting key" dialog (deleted once closed)."""
    dialog = PersonalKeyDialog(ctx, keystore, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog


def install_my_certificate(parent: QWidget, ctx: AppContext, path: Path | None = None,
                           keystore: Path | None = None,
                           on_done: Callable[[personal_keys.PersonalKey], None] | None = None
                           ) -> None:
    """Pick the certificate the secretary sent back (unless given) and install it."""
    if path is None:
        chosen, _ = QFileDialog.getOpenFileName(
            parent, QCoreApplication.translate("PersonalKeyDialog", "Install my certificate"),
            QDir.homePath(), QCoreApplication.translate(
                "PersonalKeyDialog", "Certificates (*.pem *.crt);;All files (*)"))
        if not chosen:
            return
        path = Path(chosen)
    store, source = keystore or personal_keys.default_keystore(), path

    def work(_uow: Any) -> personal_keys.PersonalKey:
        return personal_keys.install_certificate(store, read_file(source))

    def done(key: personal_keys.PersonalKey) -> None:
        if on_done is not None:
            on_done(key)
            return
        box = QMessageBox(QMessageBox.Icon.Information,
                          QCoreApplication.translate("PersonalKeyDialog", "Install my certificate"),
                          arg(QCoreApplication.translate(
                              "PersonalKeyDialog", "The certificate of %1 (member %2) is "
                              "installed: you can vote from a voting package."),
                              key.name, key.member_id), QMessageBox.StandardButton.Ok, parent)
        box.setAccessibleName(box.windowTitle())
        box.open()

    ctx.runner.run(parent, work, on_success=done, on_failure=lambda exc: show_error(parent, exc),
                   label=QCoreApplication.translate("PersonalKeyDialog", "Installing the "
                                                                         "certificate"))
