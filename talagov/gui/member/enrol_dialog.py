# SPDX-License-Identifier: GPL-3.0-or-later
"""« Create my key and request my certificate »: a passphrase twice, then the fingerprint.

The key is made on this computer and never leaves it, sealed under the passphrase; the
certificate request is written into the member install's directory of the shared folder,
where the secretary's TalaGov picks it up. The secretary issues the certificate only
after the member has read the key's fingerprint to them (by phone, at the office): the
dialog ends on that fingerprint, in large type.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QWidget

from talagov.core.canonical import readable_fingerprint
from talagov.core.keyseal import DEFAULT_KDF, MIN_PASSPHRASE, KdfParams
from talagov.core.sync_request import CertificateRequest, key_fingerprint
from talagov.gui.auditor.file_jobs import FileJobRunner
from talagov.gui.booth.style import font_rules, paragraph
from talagov.gui.dialogs.form_parts import column, error_line, labelled_form
from talagov.gui.help.terms import explain
from talagov.gui.i18n import arg
from talagov.gui.member.work_dialog import FolderWorkDialog
from talagov.services import member_actions

#: The key-derivation cost of the keys made here; tests set ``TEST_KDF``.
KDF: KdfParams = DEFAULT_KDF


class EnrolDialog(FolderWorkDialog):
    """Passphrase twice → key and request made → the key's fingerprint to read aloud.

    ``replace``: a key exists already (requested, or revoked) and the member makes a
    new one. ``fingerprint`` is set once the request is written.
    """

    def __init__(self, home: Path, jobs: FileJobRunner, lang: str, *, replace: bool = False,
                 parent: QWidget | None = None) -> None:
        super().__init__(jobs, lang, parent)
        self.home, self.replace = home, replace
        self.fingerprint: str | None = None
        self.setWindowTitle(self.tr("Create my voting key"))
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
        rows = ((self.tr("&Passphrase:"), self.first),
                (self.tr("&Repeat the passphrase:"), self.second))
        for text, field in rows:
            field.setEchoMode(QLineEdit.EchoMode.Password)
            field.setAccessibleName(text.replace("&", "").rstrip(":"))
        form = labelled_form(self, rows)
        self.first.setAccessibleDescription(self.tr(
            "At least %n character(s). Nobody can recover it.", "", MIN_PASSPHRASE))
        self.first.setToolTip(self.first.accessibleDescription())
        self.second.setToolTip(self.tr("The same passphrase again, to rule out a typing "
                                       "mistake."))
        self.error = error_line(self)
        self.outcome = paragraph("", self)
        self.outcome.hide()
        self.key_print = paragraph("", self, "bigprint")
        self.key_print.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.key_print.hide()
        self.add_buttons(self.tr("&Create my key"), self.tr("Create my key"), self.create_key)
        self.ok_button.setToolTip(self.tr("Create the key on this computer and write the request "
                                          "for your certificate into the shared folder."))
        explain(self.ok_button, "certificat")
        column(self, (intro, form, self.error, self.outcome, self.key_print), self.buttons,
               ems=40)

    def problem(self) -> str:
        """What is wrong with the passphrases typed, in plain words (empty: nothing)."""
        if len(self.first.text()) < MIN_PASSPHRASE:
            return self.tr("The passphrase is too short: at least %n character(s).", "",
                           MIN_PASSPHRASE)
        if self.first.text() != self.second.text():
            return self.tr("The two passphrases differ. Type them again.")
        return ""

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

        self.run_step(work, self._on_enrolled, self.show_problem)

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
        self.show_closing(self.tr("&Close"), self.tr("Close"))
