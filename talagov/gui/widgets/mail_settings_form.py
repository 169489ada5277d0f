# SPDX-License-Identifier: GPL-3.0-or-later
"""The e-mail settings: the SMTP server convocations are sent through, and its password.

The server, port, security, user name and sender address live in the database. The
password never does, nor in QSettings: it is saved in the system keyring when one
exists (on the user's request), otherwise asked for at each sending.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from talagov.core.errors import UserError
from talagov.gui.context import AppContext
from talagov.gui.convocation_labels import security_labels
from talagov.gui.dialogs.task_dialog import error_lines
from talagov.gui.errors import show_error
from talagov.gui.i18n import arg
from talagov.gui.widgets.message_bar import MessageBar
from talagov.gui.widgets.tables import make_button
from talagov.services import convocations, secrets
from talagov.services.convocations import MailSettings
from talagov.services.uow import UnitOfWork

#: The usual port of each security mode, proposed when the mode changes.
DEFAULT_PORTS = {"none": 25, "starttls": 587, "tls": 465}


@dataclass(frozen=True)
class MailFormData:
    """The settings and whether a keyring exists and holds the password."""

    settings: MailSettings
    keyring_available: bool
    has_saved: bool


def load_mail_form(uow: UnitOfWork) -> MailFormData:
    """Settings from the database, the keyring's state from the operating system."""
    settings = convocations.mail_settings(uow)
    available = secrets.keyring_available()
    saved = available and bool(settings.host) and \
        secrets.get_password(settings.host, settings.username) is not None
    return MailFormData(settings, available, saved)


class MailSettingsForm(QWidget):
    """Server fields with Save; the keyring's password; a test e-mail to the sender address.

    Signals:
        loaded(), saved(), failed(): after a load, a successful action, a refusal shown.
    """

    loaded = Signal()
    saved = Signal()
    failed = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.keyring_available = False
        self.message_bar = MessageBar(self)
        self.host = QLineEdit(self)
        self.host.setPlaceholderText(self.tr("e.g. smtp.example.org"))
        self.host.setToolTip(self.tr("The name of your mail provider's outgoing server, e.g. "
                                     "smtp.example.org."))
        self.port = QSpinBox(self)
        self.port.setRange(1, 65535)
        self.port.setValue(587)
        self.port.setToolTip(self.tr("Port number given by your provider: usually 587 with "
                                     "STARTTLS, 465 with TLS."))
        self.security = QComboBox(self)
        self.security.setToolTip(self.tr("How the connection to the server is encrypted, as your "
                                         "provider says."))
        for value, label in security_labels().items():
            self.security.addItem(label, value)
        self.username = QLineEdit(self)
        self.username.setToolTip(self.tr("The login of the mail account, often the full address; "
                                         "leave empty if none is needed."))
        self.sender_edit = QLineEdit(self)
        self.sender_edit.setPlaceholderText(self.tr("e.g. secretariat@example.org"))
        self.sender_edit.setToolTip(self.tr("The address members see as the sender of convocations "
                                            "and minutes."))
        self.password = QLineEdit(self)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setToolTip(self.tr("The mail account's password; TalaGov never stores it in "
                                         "its own files."))
        self.keyring_note = QLabel(self)
        self.keyring_note.setWordWrap(True)
        self.result = QLabel(self)
        self.result.setWordWrap(True)
        self.save_button = make_button(self, self.tr("&Save the e-mail settings"), self.save)
        self.save_button.setToolTip(self.tr("Save the server, port, security, user name and sender "
                                            "address."))
        self.keyring_button = make_button(self, self.tr("Save password in the system &keyring"),
                                          self.save_password)
        self.keyring_button.setToolTip(self.tr("Keep the password in the system's keyring so that "
                                               "it is not asked at each sending."))
        self.test_button = make_button(self, self.tr("Send a &test e-mail"), self.send_test)
        self.test_button.setToolTip(self.tr("Send a short message to the sender address to check "
                                            "the settings."))
        self._layout()
        self.security.currentIndexChanged.connect(self._on_security_current_index_changed)
        self._previous_security = self.security_value()
        self._show_keyring(False, False)

    def _layout(self) -> None:
        server = QGroupBox(self.tr("Mail server (SMTP)"), self)
        form = QFormLayout(server)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for text, widget in ((self.tr("&Server:"), self.host), (self.tr("&Port:"), self.port),
                             (self.tr("Se&curity:"), self.security),
                             (self.tr("&User name:"), self.username),
                             (self.tr("Sen&der address:"), self.sender_edit)):
            label = QLabel(text, server)
            label.setBuddy(widget)
            widget.setAccessibleName(text.replace("&", "").rstrip(":"))
            form.addRow(label, widget)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.save_button)
        form.addRow(row)
        secret = QGroupBox(self.tr("Password"), self)
        secret_form = QFormLayout(secret)
        secret_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        label = QLabel(self.tr("Pass&word:"), secret)
        label.setBuddy(self.password)
        self.password.setAccessibleName(self.tr("Password"))
        secret_form.addRow(self.keyring_note)
        secret_form.addRow(label, self.password)
        buttons = QHBoxLayout()
        buttons.addWidget(self.keyring_button)
        buttons.addStretch(1)
        buttons.addWidget(self.test_button)
        secret_form.addRow(buttons)
        secret_form.addRow(self.result)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message_bar)
        layout.addWidget(server)
        layout.addWidget(secret)
        layout.addStretch(1)

    # -- values ----------------------------------------------------------------------

    def security_value(self) -> str:
        """``none``, ``starttls`` or ``tls``."""
        return str(self.security.currentData())

    def settings(self) -> MailSettings:
        """The settings as edited."""
        return MailSettings(host=self.host.text().strip(), port=self.port.value(),
                            security=self.security_value(), username=self.username.text().strip(),
                            sender=self.sender_edit.text().strip())

    def set_settings(self, s: MailSettings) -> None:
        """Show ``s``."""
        self.host.setText(s.host)
        self.security.blockSignals(True)
        self.security.setCurrentIndex(max(0, self.security.findData(s.security)))
        self.security.blockSignals(False)
        self._previous_security = self.security_value()
        self.port.setValue(s.port)
        self.username.setText(s.username)
        self.sender_edit.setText(s.sender)

    def _on_security_current_index_changed(self, *_args: object) -> None:
        # Follow the usual port unless the user typed a port of their own.
        if self.port.value() == DEFAULT_PORTS.get(self._previous_security):
            self.port.setValue(DEFAULT_PORTS.get(self.security_value(), self.port.value()))
        self._previous_security = self.security_value()

    def _show_keyring(self, available: bool, has_saved: bool) -> None:
        self.keyring_available = available
        self.keyring_button.setVisible(available)
        if not available:
            note = self.tr("No system keyring is available: the password is never stored and is "
                           "asked for at each sending. Type it here only to send a test e-mail.")
        elif has_saved:
            note = self.tr("A password is saved in the system keyring for this server and user.")
        else:
            note = self.tr("No password is saved: it is asked for at each sending, unless you save "
                           "it in the system keyring.")
        self.keyring_note.setText(note)

    # -- tasks -----------------------------------------------------------------------

    def refresh(self) -> None:
        """Load the settings and the keyring's state."""
        self.ctx.runner.run(self, load_mail_form, on_success=self._on_loaded,
                            label=self.tr("Loading the e-mail settings"))

    def _on_loaded(self, data: MailFormData) -> None:
        self.set_settings(data.settings)
        self._show_keyring(data.keyring_available, data.has_saved)
        self.loaded.emit()

    def _run(self, fn: Any, label: str, done_text: str, then: Any = None) -> None:
        def ok(_result: object) -> None:
            self.message_bar.show_messages([])
            self.result.setText(done_text)
            if then is not None:
                then()
            self.saved.emit()

        def refused(exc: BaseException) -> None:
            if not isinstance(exc, UserError):
                show_error(self, exc)
                return
            self.result.clear()
            self.message_bar.show_messages(error_lines(exc, self.ctx.lang))
            self.failed.emit()

        self.result.setText(label)
        self.ctx.runner.run(self, fn, on_success=ok, on_failure=refused, label=label)

    def save(self) -> None:
        """Save the server settings (never the password)."""
        s = self.settings()
        self._run(lambda uow: convocations.save_mail_settings(uow, s),
                  self.tr("Saving the e-mail settings"), self.tr("The e-mail settings are saved."))

    def save_password(self) -> None:
        """Save the password typed in the system keyring, for this server and user."""
        s, password = self.settings(), self.password.text()
        if not password:
            self.message_bar.show_messages([self.tr("Type the password to save.")])
            self.failed.emit()
            return

        def work(_uow: UnitOfWork) -> None:
            secrets.store_password(s.host, s.username, password)

        self.password.clear()
        self._run(work, self.tr("Saving the password"),
                  self.tr("The password is saved in the system keyring."),
                  lambda: self._show_keyring(True, True))

    def send_test(self) -> None:
        """Save the settings, then send a test e-mail to the sender address."""
        s, typed, now = self.settings(), self.password.text(), datetime.now()

        def work(uow: UnitOfWork) -> None:
            convocations.save_mail_settings(uow, s)
            password = typed or (secrets.get_password(s.host, s.username) or "")
            convocations.send_test_email(uow, password=password, now=now)

        self._run(work, self.tr("Sending a test e-mail"),
                  arg(self.tr("A test e-mail was sent to %1."), s.sender))
