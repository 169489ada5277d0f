# SPDX-License-Identifier: GPL-3.0-or-later
"""The outcome of an e-mail sending: how many were sent, which failed and why, retry."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from talagov.gui.i18n import arg


@dataclass(frozen=True)
class Failure:
    """One e-mail that could not be sent."""

    member_id: int
    name: str
    reason: str


class SendReportDialog(QDialog):
    """Sent N, failed M with the reasons; "Retry failed" asks to send the failed ones again.

    Signals:
        retry_requested(object): the member ids of the failed e-mails (a list of int).
    """

    retry_requested = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("E-mails sent"))
        self.setSizeGripEnabled(True)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.failures_label = QLabel(self.tr("&Failed, with the reason:"), self)
        self.failures = QListWidget(self)
        self.failures.setWordWrap(True)
        self.failures.setAccessibleName(self.tr("Failed e-mails"))
        self.failures.setToolTip(self.tr("Each message that could not be sent, with the server's "
                                         "reason."))
        self.failures_label.setBuddy(self.failures)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.retry_button = QPushButton(self.tr("&Retry failed"), self)
        self.retry_button.setAccessibleName(self.tr("Retry failed"))
        self.retry_button.setToolTip(self.tr("Try again to send only the messages that failed."))
        self.buttons.addButton(self.retry_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.rejected.connect(self.reject)
        self.retry_button.clicked.connect(self._on_retry_button_clicked)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.failures_label)
        layout.addWidget(self.failures, 1)
        layout.addWidget(self.buttons)
        self._failed: list[Failure] = []
        self.show_report(0, [])

    def show_report(self, sent: int, failed: Sequence[Failure], *, cancelled: bool = False) -> None:
        """Show a (new) outcome; ``cancelled``: the batch was stopped before the end."""
        self._failed = list(failed)
        text = arg(self.tr("Sent: %1. Failed: %2."), sent, len(self._failed))
        if cancelled:
            text = arg(self.tr("%1 Stopped before the end: the members not reached yet can be "
                               "sent to with \"Send e-mails\" again."), text)
        elif not self._failed and sent:
            text = arg(self.tr("%1 Every e-mail was accepted by the mail server."), text)
        self.summary.setText(text)
        self.summary.setAccessibleName(text)
        self.failures.clear()
        for failure in self._failed:
            self.failures.addItem(arg(self.tr("FAILED — %1: %2"), failure.name, failure.reason))
        has_failures = bool(self._failed)
        self.failures_label.setVisible(has_failures)
        self.failures.setVisible(has_failures)
        self.retry_button.setVisible(has_failures)
        self.retry_button.setEnabled(has_failures)

    def failed(self) -> list[Failure]:
        """The failures shown."""
        return list(self._failed)

    def set_busy(self, busy: bool) -> None:
        """Disable retry while a retry runs."""
        self.retry_button.setEnabled(not busy and bool(self._failed))

    def _on_retry_button_clicked(self) -> None:
        if self._failed:
            self.set_busy(True)
            self.retry_requested.emit([f.member_id for f in self._failed])
