# SPDX-License-Identifier: GPL-3.0-or-later
"""Ask for the SMTP password; offer the system keyring when one exists.

The password lives only in memory for the sending it is asked for: it is never
written to the database, QSettings or a log. When a keyring is available the user
may use the password saved there, or save the one typed.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from talagov.gui.i18n import arg


class PasswordDialog(QDialog):
    """Password field; "use the saved one" and "save it in the keyring" when a keyring exists."""

    def __init__(self, host: str, user: str, *, keyring_available: bool, has_saved: bool,
                 intro: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("SMTP password"))
        self.setSizeGripEnabled(True)
        self._keyring = keyring_available
        about = QLabel(arg(self.tr("Password of %1 on the mail server %2:"), user or "—", host), self)
        about.setWordWrap(True)
        self.intro = QLabel(intro, self)
        self.intro.setWordWrap(True)
        self.intro.setVisible(bool(intro))
        self.password = QLineEdit(self)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setAccessibleName(self.tr("Password"))
        self.password.setToolTip(self.tr("The mail account's password, used for this sending "
                                         "only unless you save it."))
        self.use_saved = QCheckBox(self.tr("&Use the password saved in the system keyring"), self)
        self.use_saved.setAccessibleName(self.use_saved.text().replace("&", ""))
        self.use_saved.setToolTip(self.tr("Send with the password already kept in the keyring, "
                                          "without typing it."))
        self.save = QCheckBox(self.tr("&Save this password in the system keyring"), self)
        self.save.setAccessibleName(self.save.text().replace("&", ""))
        self.save.setToolTip(self.tr("Keep the password typed in the system keyring for the next "
                                     "sendings."))
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        if not keyring_available:
            self.note.setText(self.tr("No system keyring is available: the password is asked "
                                      "each time and never stored."))
        self.use_saved.setVisible(keyring_available and has_saved)
        self.use_saved.setChecked(keyring_available and has_saved)
        self.save.setVisible(keyring_available)
        self.note.setVisible(not keyring_available)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        label = QLabel(self.tr("&Password:"), self)
        label.setBuddy(self.password)
        form.addRow(self.intro)
        form.addRow(about)
        form.addRow(self.use_saved)
        form.addRow(label, self.password)
        form.addRow(self.save)
        form.addRow(self.note)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("&Send"))
        self.ok_button.setToolTip(self.tr("Connect to the mail server and send the messages."))
        # As wide as a sentence in the current font, so the texts wrap less at 200 % zoom.
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("M") * 32)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.use_saved.toggled.connect(self._update)
        self.password.textChanged.connect(self._update)
        self._update()

    def _update(self, *_args: object) -> None:
        saved = self.use_saved.isChecked()
        self.password.setEnabled(not saved)
        self.save.setEnabled(not saved)
        self.ok_button.setEnabled(saved or bool(self.password.text()))
        if not saved:
            self.password.setFocus()

    def typed_password(self) -> str | None:
        """The password typed, or None to use the one saved in the keyring."""
        return None if self.use_saved.isChecked() else self.password.text()

    def save_requested(self) -> bool:
        """Whether to save the typed password in the keyring."""
        return self._keyring and self.save.isChecked() and not self.use_saved.isChecked()
