# SPDX-License-Identifier: GPL-3.0-or-later
"""Ask why the agenda of a convened meeting changes (the amendment's reason, logged)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)


class AmendmentDialog(QDialog):
    """A reason is required: Save stays disabled while the text is blank."""

    def __init__(self, change: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Amend the agenda"))
        self.setSizeGripEnabled(True)
        intro = QLabel(self.tr("The meeting is convened: this change is an amendment of the "
                               "agenda and is logged with its reason, which goes to the minutes."),
                       self)
        intro.setWordWrap(True)
        change_label = QLabel(change, self)
        change_label.setWordWrap(True)
        font = change_label.font()
        font.setBold(True)
        change_label.setFont(font)
        self.reason = QPlainTextEdit(self)
        self.reason.setTabChangesFocus(True)
        self.reason.setAccessibleName(self.tr("Reason for the amendment"))
        self.reason.setPlaceholderText(self.tr("e.g. request of associates holding 5 % of the "
                                               "capital, received on …"))
        metrics = self.reason.fontMetrics()
        self.reason.setMinimumHeight(metrics.lineSpacing() * 4)
        reason_label = QLabel(self.tr("&Reason:"), self)
        reason_label.setBuddy(self.reason)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.ok_button: QPushButton = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("&Record the amendment"))
        self.ok_button.setEnabled(False)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.reason.textChanged.connect(self._on_reason_text_changed)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(change_label)
        layout.addWidget(reason_label)
        layout.addWidget(self.reason, 1)
        layout.addWidget(self.buttons)
        self.resize(metrics.horizontalAdvance("M") * 40, self.sizeHint().height())

    def _on_reason_text_changed(self) -> None:
        self.ok_button.setEnabled(bool(self.text()))

    def text(self) -> str:
        """The reason typed, stripped."""
        return self.reason.toPlainText().strip()


def ask_reason(parent: QWidget, change: str, on_reason: Callable[[str], None]) -> AmendmentDialog:
    """Open the dialog (window-modal); ``on_reason(reason)`` runs once it is accepted."""
    dialog = AmendmentDialog(change, parent)
    dialog.accepted.connect(lambda: on_reason(dialog.text()))
    dialog.open()
    return dialog
