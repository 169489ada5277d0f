# SPDX-License-Identifier: GPL-3.0-or-later
"""« Give a proxy… »: to another member called to the meeting, or blank (to the chair).

The proxy is signed with the member's voting key (its passphrase is asked here) and
written into the member install's directory of the shared folder; the secretary's
TalaGov records it, applying the statutes' rules (how many proxies one may hold, no
chains…). The unlocked key is dropped as soon as the proxy is signed.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QWidget

from talagov.core.meeting_package import MeetingPackage
from talagov.core.text import fold
from talagov.gui.auditor.file_jobs import FileJobRunner
from talagov.gui.booth.style import describe, paragraph
from talagov.gui.dialogs.form_parts import column, error_line, labelled_form
from talagov.gui.help.terms import explain
from talagov.gui.i18n import arg
from talagov.gui.member.work_dialog import FolderWorkDialog
from talagov.gui.session_labels import blank_proxy_label
from talagov.services import member_actions, member_home, personal_keys
from talagov.services.member_folder import MemberView


class GiveProxyDialog(FolderWorkDialog):
    """The holder (or blank), the passphrase; then "written" and the file's name.

    ``path`` is the proxy file once written.
    """

    def __init__(self, home: Path, view: MemberView, package: MeetingPackage,
                 jobs: FileJobRunner, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(jobs, lang, parent)
        self.home, self.view, self.package = home, view, package
        self.path: Path | None = None
        self.setWindowTitle(arg(self.tr("Give a proxy — %1"), package.title))
        intro = paragraph(self.tr(
            "Name the member who will vote for you at this meeting, or give a blank proxy: "
            "the chair then holds it. The secretary's TalaGov records it according to the "
            "statutes; a proxy given later replaces this one."), self)
        me = view.membership.member_id
        self.holder = QComboBox(self)
        describe(self.holder, self.tr("Holder"),
                 self.tr("The member called to this meeting who will vote for you."))
        others = sorted(((m.id, m.name) for m in package.members if m.id != me),
                        key=lambda m: (fold(m[1]), m[0]))
        for member_id, name in others:
            self.holder.addItem(name, member_id)
        self.blank = QCheckBox(blank_proxy_label(), self)
        describe(self.blank, blank_proxy_label(),
                 self.tr("The chair holds a proxy that names nobody."))
        self.blank.toggled.connect(self.holder.setDisabled)
        if not others:
            self.blank.setChecked(True)
            self.blank.setEnabled(False)
        self.passphrase = QLineEdit(self)
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        describe(self.passphrase, self.tr("Your passphrase"),
                 self.tr("The passphrase of your voting key: it signs the proxy."))
        form = labelled_form(self, ((self.tr("&Holder:"), self.holder), ("", self.blank),
                                    (self.tr("Your &passphrase:"), self.passphrase)))
        self.error = error_line(self)
        self.outcome = paragraph("", self)
        self.outcome.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.outcome.hide()
        self.add_buttons(self.tr("&Sign and give the proxy"), self.tr("Sign and give the proxy"),
                         self.give)
        self.ok_button.setToolTip(self.tr("Sign the proxy with your key and put it in the shared "
                                          "folder for the secretary."))
        explain(self.ok_button, "pouvoir")
        column(self, (intro, form, self.error, self.outcome), self.buttons, ems=36)
        self.passphrase.setFocus()

    def holder_id(self) -> int | None:
        """The holder chosen (``None``: a blank proxy)."""
        if self.blank.isChecked():
            return None
        data = self.holder.currentData()
        return int(data) if data is not None else None

    def set_busy(self, busy: bool) -> None:
        """One signature at a time."""
        super().set_busy(busy)
        for widget in (self.holder, self.passphrase):
            widget.setEnabled(not busy)
        if not busy:
            self.holder.setEnabled(not self.blank.isChecked())

    def give(self) -> None:
        """Unlock the key, sign the proxy and write it (off the GUI thread)."""
        if self.busy:
            return
        passphrase = self.passphrase.text()
        self.passphrase.clear()
        if not passphrase:
            self.show_problem(self.tr("Type your passphrase first."))
            self.passphrase.setFocus()
            return
        member_id = self.view.membership.member_id
        if member_id is None:
            self.show_problem(self.tr("Choose your name under « My key » first."))
            return
        home, view, meeting_id, holder = self.home, self.view, self.package.meeting_id, \
            self.holder_id()
        now = self.clock()

        def work() -> Path:
            key, certificate = personal_keys.unlock_personal(member_home.keystore(home),
                                                             member_id, passphrase)
            return member_actions.give_proxy(home, view, meeting_id, holder, key, certificate,
                                             now=now)

        self.show_problem("")
        self.run_step(work, self._on_given, self._on_refused)

    def _on_refused(self, message: str) -> None:
        self.show_problem(message)
        self.passphrase.setFocus()

    def _on_given(self, path: Path) -> None:
        self.path = path
        holder = self.holder_id()
        text = self.tr("Your blank proxy is signed and in the shared folder.") if holder is None \
            else arg(self.tr("Your proxy to %1 is signed and in the shared folder."),
                     self.holder.currentText())
        text += " " + self.tr("The secretary's TalaGov records it when it next reads the folder.")
        self.outcome.setText(text)
        self.outcome.setAccessibleName(text)
        self.outcome.show()
        for widget in (self.holder, self.blank, self.passphrase):
            widget.setEnabled(False)
        self.show_closing(self.tr("&Close"), self.tr("Close"))
