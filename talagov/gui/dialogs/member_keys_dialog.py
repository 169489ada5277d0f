# SPDX-License-Identifier: GPL-3.0-or-later
"""The keys of the organisation: its fingerprint, the members' certificates, and what the
secretary does with them (revoke one, issue one from a member's request, export the
organisation certificate that members' own TalaGov trusts).

Every action that signs asks the organisation's passphrase (:class:`PassphraseDialog`);
the key is unlocked and used on the worker, in the same task.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from talagov.gui.context import AppContext
from talagov.gui.dialogs.passphrase_dialog import PassphraseDialog
from talagov.gui.file_actions import ask_save_path
from talagov.gui.help.terms import explain
from talagov.gui.i18n import arg
from talagov.gui.models.member_key_model import MemberKeyModel
from talagov.gui.widgets.org_key_group import fingerprint_label
from talagov.gui.widgets.tables import (
    button_row,
    follow_selection,
    make_button,
    make_table,
    selected_row,
)
from talagov.services import keys as keys_service
from talagov.services.changes import Aggregate, Changes
from talagov.services.files import save_file
from talagov.services.keys import MemberKeyView, OrganisationKeyView
from talagov.services.uow import UnitOfWork

Clock = Callable[[], datetime]


def _load(uow: UnitOfWork) -> tuple[OrganisationKeyView | None, list[MemberKeyView]]:
    return keys_service.organisation_key(uow), keys_service.member_keys(uow)


class MemberKeysDialog(QDialog):
    """Fingerprint, certificates table and the three actions; reloads after each change.

    Signals:
        loaded(): the certificates are shown (after each reload).
        file_saved(str): a certificate was written to that path.
    """

    loaded = Signal()
    file_saved = Signal(str)

    def __init__(self, ctx: AppContext, clock: Clock = datetime.now,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._clock = clock
        self.key: OrganisationKeyView | None = None
        self.setWindowTitle(self.tr("Keys and certificates"))
        self.setSizeGripEnabled(True)
        self.fingerprint = fingerprint_label(self)
        self.fingerprint.setAccessibleName(self.tr("Fingerprint of the organisation key"))
        caption = QLabel(self.tr("Fingerprint of the organisation key:"), self)
        caption.setBuddy(self.fingerprint)
        explain(self.fingerprint, "empreinte")
        self.model = MemberKeyModel(self)
        self.table = make_table(self, self.model, self.tr("Members' certificates"))
        self.table.setToolTip(self.tr("Each member's certificate with its fingerprint, dates and "
                                      "whether it was revoked."))
        explain(self.table, "certificat")
        table_label = QLabel(self.tr("Members' &certificates:"), self)
        table_label.setBuddy(self.table)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.revoke_button = make_button(self, self.tr("&Revoke…"), self.revoke_current)
        self.revoke_button.setToolTip(self.tr("Stop accepting the selected certificate, for "
                                              "instance after a lost key."))
        explain(self.revoke_button, "revocation")
        self.issue_button = make_button(self, self.tr("&Issue a certificate from a request file…"),
                                        lambda: self.issue_from_request())  # not clicked's bool
        self.issue_button.setToolTip(self.tr("Open a request file a member sent you and sign "
                                             "their certificate."))
        self.export_button = make_button(self, self.tr("&Export the organisation certificate…"),
                                         self.export_certificate)
        self.export_button.setToolTip(self.tr("Save the organisation's certificate to a file, "
                                              "for members and auditors."))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(caption)
        layout.addWidget(self.fingerprint)
        layout.addWidget(table_label)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)
        layout.addLayout(button_row(self.revoke_button, self.issue_button, self.export_button))
        layout.addWidget(buttons)
        width = self.fontMetrics().horizontalAdvance("M")
        self.resize(width * 72, width * 40)
        follow_selection(self.table, self._update_actions)
        ctx.runner.changes_applied.connect(self._on_runner_changes_applied)
        self.finished.connect(self._on_self_finished)
        self._update_actions()
        self.refresh()

    def refresh(self) -> None:
        """Load the key and the certificates."""
        self.ctx.runner.run(self, _load, on_success=self._on_loaded,
                            label=self.tr("Loading the certificates"))

    def _on_loaded(self, result: tuple[OrganisationKeyView | None, list[MemberKeyView]]) -> None:
        self.key, certificates = result
        self.fingerprint.setText(self.key.readable if self.key else self.tr(
            "No organisation key yet: create it in Settings."))
        self.model.set_items(certificates, self.ctx.lang, self._clock())
        self.table.resizeColumnsToContents()
        self._update_actions()
        self.loaded.emit()

    def _on_runner_changes_applied(self, changes: Changes) -> None:
        if changes.touches(Aggregate.KEYS):
            self.refresh()

    def _on_self_finished(self, _result: int) -> None:
        self.ctx.runner.changes_applied.disconnect(self._on_runner_changes_applied)

    def current(self) -> MemberKeyView | None:
        """The selected certificate, if any."""
        row = selected_row(self.table)
        return self.model.item_at(row) if row is not None else None

    def _update_actions(self, *_args: object) -> None:
        current, has_key = self.current(), self.key is not None
        self.revoke_button.setEnabled(has_key and current is not None
                                      and self.model.is_active(current))
        self.issue_button.setEnabled(has_key)
        self.export_button.setEnabled(has_key)

    def _say(self, text: str) -> None:
        self.status.setText(text)
        self.status.setAccessibleName(text)

    # -- actions -----------------------------------------------------------------------

    def revoke_current(self) -> PassphraseDialog | None:
        """Ask why and the organisation's passphrase, then revoke the selected certificate."""
        current = self.current()
        if current is None:
            return None
        reason = QComboBox()
        reason.setEditable(True)
        reason.setToolTip(self.tr("Pick a reason or type another one; it is kept with the "
                                  "revocation."))
        reason.addItems([self.tr("Key lost or passphrase forgotten"),
                         self.tr("Key may have been used by someone else"),
                         self.tr("No longer an associate")])
        member_id, now = current.member_id, self._clock()

        def task_of(passphrase: str) -> Callable[[Any], Any]:
            why = reason.currentText().strip()
            return lambda uow: keys_service.revoke(
                uow, member_id, why, now=now,
                org_key=keys_service.unlock_organisation(uow, passphrase))

        dialog = PassphraseDialog(
            self.ctx, self.tr("Revoke a certificate"),
            arg(self.tr("The certificate of %1 will no longer be accepted: ballots it signs "
                        "from now on are rejected. A new certificate can be issued later."),
                current.member_name),
            task_of, action=self.tr("&Revoke"), label=self.tr("Revoking the certificate"),
            parent=self)
        reason.setParent(dialog)
        dialog.add_row(self.tr("Rea&son:"), reason)
        dialog.add_check(lambda: [] if reason.currentText().strip() else
                         [self.tr("Say why the certificate is revoked.")])
        dialog.open()
        return dialog

    def issue_from_request(self, path: Path | None = None) -> PassphraseDialog | None:
        """Choose a member's certificate request, sign it, and save the certificate."""
        if path is None:
            chosen, _ = QFileDialog.getOpenFileName(
                self, self.tr("Open a certificate request"), "",
                self.tr("Certificate requests (*.csr *.pem *.req);;All files (*)"))
            if not chosen:
                return None
            path = Path(chosen)
        request, now = path, self._clock()

        def task_of(passphrase: str) -> Callable[[Any], Any]:
            return lambda uow: keys_service.issue_from_request(
                uow, request.read_bytes(), now=now,
                org_key=keys_service.unlock_organisation(uow, passphrase))

        dialog = PassphraseDialog(
            self.ctx, self.tr("Issue a certificate"),
            arg(self.tr("Issue a certificate for the request %1? Check first, with the member, "
                        "that the request is theirs."), path.name),
            task_of, action=self.tr("&Issue"), label=self.tr("Issuing the certificate"),
            parent=self)
        dialog.saved.connect(lambda result: self._save_certificate(request, result))
        dialog.open()
        return dialog

    def _save_certificate(self, request: Path, result: object) -> None:
        assert isinstance(result, tuple)
        pem = str(result[0])
        target = ask_save_path(self, self.tr("Save the certificate"),
                               f"{request.stem}-certificate.pem",
                               self.tr("Certificates (*.pem)"))
        if target is not None:
            self._save(target, pem.encode("ascii"))

    def export_certificate(self) -> None:
        """Save the organisation certificate (members' TalaGov import it to trust packages)."""
        if self.key is None:
            return
        target = ask_save_path(self, self.tr("Export the organisation certificate"),
                               "organisation-certificate.pem", self.tr("Certificates (*.pem)"))
        if target is not None:
            self._save(target, self.key.certificate_pem.encode("ascii"))

    def _save(self, target: Path, data: bytes) -> None:
        def done(_result: object) -> None:
            self._say(arg(self.tr("Saved %1"), str(target)))
            self.file_saved.emit(str(target))

        self.ctx.runner.run(self, lambda _uow: save_file(target, data), on_success=done,
                            label=self.tr("Saving"))
