# SPDX-License-Identifier: GPL-3.0-or-later
"""« Create my key and request my certificate »: a passphrase twice, then the fingerprint.

The key is made on this computer and never leaves it, sealed under the passphrase; the
certificate request is written into the member install's directory of the shared folder,
where the secretary's TalaGov picks it up. The secretary issues the certificate only
after the member has read the key's fingerprint to them (by phone, at the office): the
dialog ends on that fingerprint, in large type.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from talagov.core.canonical import readable_fingerprint
from talagov.core.keyseal import DEFAULT_KDF, MIN_PASSPHRASE, KdfParams
from talagov.core.sync_request import CertificateRequest, key_fingerprint
from talagov.gui.auditor.file_jobs import FileJobRunner
from talagov.gui.booth.style import font_rules, paragraph, set_error
from talagov.gui.i18n import arg
from talagov.gui.member.jobs import run_refusable
from talagov.services import member_actions

#: The key-derivation cost of the keys made here; tests set ``TEST_KDF``.
KDF: KdfParams = DEFAULT_KDF


class EnrolDialog(QDialog):
    """Passphrase twice → key and request made → the key's fingerprint to read aloud.

    ``replace``: a key exists already (requested, or revoked) and the member makes a
    new one. ``fingerprint`` is set once the request is written.
    """

    def __init__(self, home: Path, jobs: FileJobRunner, lang: str, *, replace: bool = False,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.home, self.jobs, self.lang, self.replace = home, jobs, lang, replace
        self.clock: Callable[[], datetime] = lambda: datetime.now().astimezone()
        self.fingerprint: str | None = None
        self.busy = False
        self.setWindowTitle(self.tr("Create my voting key"))
        self.setSizeGripEnabled(True)
        self.setStyleSheet(font_rules(self.font()))
        intro = paragraph(self.tr(
            "Your key is created on this computer and stays here, sealed under your "
            "passphrase: nobody can recover a forgotten passphrase. TalaGov writes the "
            "request for your certificate into the shared folder; the secretary issues it "
            "once you have read them your key's fingerprint."), self)
        if replace:
            intro.setText(intro.text() + " " + self.tr(
                "The key already on this computer will be replaced by the new one."))
        self.first = QLineEdit(self)
        self.second = QLineEdit(self)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        for text, field in ((self.tr("&Passphrase:"), self.first),
                            (self.tr("&Repeat the passphrase:"), self.second)):
            field.setEchoMode(QLineEdit.EchoMode.Password)
            field.setAccessibleName(text.replace("&", "").rstrip(":"))
            label = QLabel(text, self)
            label.setBuddy(field)
            form.addRow(label, field)
        self.first.setAccessibleDescription(self.tr(
            "At least %n character(s). Nobody can recover it.", "", MIN_PASSPHRASE))
        self.error = paragraph("", self, "error")
        self.error.setStyleSheet("color: #a00000; font-weight: bold;")
        self.error.hide()
        self.outcome = paragraph("", self)
        self.outcome.hide()
        self.key_print = paragraph("", self, "bigprint")
        self.key_print.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.key_print.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("&Create my key"))
        self.ok_button.setAccessibleName(self.tr("Create my key"))
        self.close_button = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.create_key)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.outcome)
        layout.addWidget(self.key_print)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("M") * 40)

    def problem(self) -> str:
        """What is wrong with the passphrases typed, in plain words (empty: nothing)."""
        if len(self.first.text()) < MIN_PASSPHRASE:
            return self.tr("The passphrase is too short: at least %n character(s).", "",
                           MIN_PASSPHRASE)
        if self.first.text() != self.second.text():
            return self.tr("The two passphrases differ. Type them again.")
        return ""

    def show_problem(self, text: str) -> None:
        """A problem under the form (empty: hidden)."""
        set_error(self.error, text)

    def set_busy(self, busy: bool) -> None:
        """No second key while the first is being made."""
        self.busy = busy
        self.ok_button.setEnabled(not busy)
        self.close_button.setEnabled(not busy)

    def reject(self) -> None:
        """Escape and the window's close button wait for the key work to end (its
        result comes back to this dialog)."""
        if not self.busy:
            super().reject()

    def create_key(self) -> None:
        """Check the passphrases, then make the key and write the request (off the GUI thread)."""
        if self.busy:
            return
        problem = self.problem()
        passphrase = self.first.text()
        self.first.clear()
        self.second.clear()
        if problem:
            self.show_problem(problem)
            self.first.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        self.show_problem("")
        home, now, replace, kdf = self.home, self.clock(), self.replace, KDF

        def work() -> str:
            request: CertificateRequest = member_actions.enrol(
                home, passphrase=passphrase, now=now, kdf=kdf, replace=replace)
            return key_fingerprint(request)

        run_refusable(self.jobs, self, work, self._on_enrolled, self.show_problem,
                      lang=self.lang, busy=self.set_busy)

    def _on_enrolled(self, fingerprint: str) -> None:
        self.fingerprint = fingerprint
        readable = readable_fingerprint(fingerprint)
        for field in (self.first, self.second):
            field.setEnabled(False)
        self.outcome.setText(self.tr(
            "Your key is created and your request is in the shared folder. Read this "
            "fingerprint to the secretary: they issue your certificate only if it is the "
            "same as the one their TalaGov shows. It stays under « My key »."))
        self.outcome.setAccessibleName(self.outcome.text())
        self.key_print.setText(readable)
        self.key_print.setAccessibleName(arg(self.tr("Fingerprint of your key: %1"), readable))
        for widget in (self.outcome, self.key_print):
            widget.show()
        self.ok_button.hide()
        self.close_button.setText(self.tr("&Close"))
        self.close_button.setAccessibleName(self.tr("Close"))
        self.close_button.setFocus()
