# SPDX-License-Identifier: GPL-3.0-or-later
"""What every step of the booth shares: a title, a column of content, a row of buttons.

The booth is driven by the keyboard: Enter performs a step's main action
(:meth:`BoothPage.accept_enter`), Escape goes back one step (handled by the window).
A page only shows and collects; the window calls the services.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from talagov.gui.booth.style import describe, heading, paragraph, set_error


class BoothPage(QWidget):
    """A step: ``title``, ``content`` (a column), ``error`` and ``buttons`` (a row)."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = heading(title, self, "title")
        self.content = QVBoxLayout()
        self.error = paragraph("", self, "error")
        self.error.setVisible(False)
        self.buttons = QHBoxLayout()
        self.buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addSpacing(self.fontMetrics().height() // 2)
        layout.addLayout(self.content, 1)
        layout.addWidget(self.error)
        layout.addLayout(self.buttons)

    def add_button(self, widget: QPushButton) -> QPushButton:
        """Put ``widget`` at the right end of the button row."""
        self.buttons.addWidget(widget)
        return widget

    def add_label(self, text: str = "", name: str = "") -> QLabel:
        """A wrapped paragraph appended to the content."""
        label = paragraph(text, self, name)
        self.content.addWidget(label)
        return label

    def show_error(self, text: str) -> None:
        """Show a problem in plain words under the content (empty: hide it)."""
        set_error(self.error, text)

    def enter(self) -> None:
        """Called when the step comes on screen: put the keyboard where the voter starts."""
        self.focusNextChild()

    def accept_enter(self) -> None:
        """The Enter key's action (the step's main button)."""

    def clear(self) -> None:
        """Forget everything the step shows of a voter."""
        self.show_error("")

    @staticmethod
    def focus(widget: QWidget) -> None:
        """Give ``widget`` the keyboard."""
        widget.setFocus(Qt.FocusReason.OtherFocusReason)


class PassphrasePage(BoothPage):
    """A step whose answer is one passphrase (the voter's, or the secretary's to leave).

    Whatever happens, nothing typed stays on screen: the field is emptied when the
    passphrase is taken, and again by :meth:`clear`.
    """

    def add_passphrase(self, label: str, name: str, description: str) -> QLineEdit:
        """The hidden field under its label (the label's mnemonic focuses it)."""
        caption = QLabel(label, self)
        self.passphrase = QLineEdit(self)
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        describe(self.passphrase, name, description)
        caption.setBuddy(self.passphrase)
        self.content.addWidget(caption)
        self.content.addWidget(self.passphrase)
        return self.passphrase

    def take_passphrase(self, missing: str) -> str | None:
        """The passphrase typed, the field emptied; ``None`` (and ``missing`` shown) when
        nothing was typed."""
        text = self.passphrase.text()
        self.passphrase.clear()
        if not text:
            self.show_error(missing)
            self.focus(self.passphrase)
            return None
        self.show_error("")
        return text

    def refused(self, message: str) -> None:
        """The passphrase was refused: say why and stay, ready to type again."""
        self.show_error(message)
        self.focus(self.passphrase)

    def enter(self) -> None:
        """Start in the passphrase field."""
        self.focus(self.passphrase)

    def clear(self) -> None:
        """Nothing typed is kept."""
        super().clear()
        self.passphrase.clear()
