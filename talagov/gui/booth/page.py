# SPDX-License-Identifier: GPL-3.0-or-later
"""What every step of the booth shares: a title, a column of content, a row of buttons.

The booth is driven by the keyboard: Enter performs a step's main action
(:meth:`BoothPage.accept_enter`), Escape goes back one step (handled by the window).
A page only shows and collects; the window calls the services.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from talagov.gui.booth.style import describe, heading, paragraph, set_error

#: Keys the focused problem keeps: they move on, or act on the step.
_KEPT_KEYS = (Qt.Key.Key_Tab, Qt.Key.Key_Backtab, Qt.Key.Key_Return, Qt.Key.Key_Enter,
              Qt.Key.Key_Escape)


class BoothPage(QWidget):
    """A step: ``title``, ``content`` (a column), ``error`` and ``buttons`` (a row)."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = heading(title, self, "title")
        # Named after its heading: a screen reader says the step when the keyboard enters it.
        self.setAccessibleName(title)
        self.content = QVBoxLayout()
        self.error = paragraph("", self, "error")
        self.error.setVisible(False)
        # Orca 43 ignores Qt's alert event but reads a focused label: a problem takes the
        # keyboard until the voter moves on; keys typed meanwhile go where they were going.
        self.error.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.error.installEventFilter(self)
        self._error_pending = False
        self._return_to: QWidget | None = None
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
        """Show a problem in plain words under the content (empty: hide it).

        A problem gets the keyboard (so that screen readers say it); the next
        :meth:`focus` of the step is kept for when the voter moves on.
        """
        set_error(self.error, text)
        self._error_pending = bool(text)
        if not text:
            self._return_to = None
            return
        # Only the focus asked for by the code that showed the problem goes to it instead;
        # a later move (the voter's) is obeyed.
        QTimer.singleShot(0, self._error_read)
        focused = QApplication.focusWidget()
        self.focus(focused if focused is not None and self.isAncestorOf(focused)
                   and focused is not self.error else self._return_to or self.error)

    def _error_read(self) -> None:
        self._error_pending = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """On the focused problem: a key other than Tab, Enter or Escape goes back to the
        control the voter was using (typing a passphrase again just works)."""
        if watched is self.error:
            if event.type() == QEvent.Type.FocusOut:
                self._error_pending = False
            elif event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent) \
                    and event.key() not in _KEPT_KEYS and self._return_to is not None:
                target = self._return_to
                self._error_pending = False
                target.setFocus(Qt.FocusReason.OtherFocusReason)
                QApplication.sendEvent(target, QKeyEvent(
                    event.type(), event.key(), event.modifiers(), event.text()))
                return True
        return super().eventFilter(watched, event)

    def enter(self) -> None:
        """Called when the step comes on screen: put the keyboard where the voter starts."""
        self.focusNextChild()

    def accept_enter(self) -> None:
        """The Enter key's action (the step's main button)."""

    def clear(self) -> None:
        """Forget everything the step shows of a voter."""
        self.show_error("")

    def focus(self, widget: QWidget) -> None:
        """Give ``widget`` the keyboard, or the problem shown while it was not yet read."""
        if self._error_pending and not self.error.isHidden() and widget is not self.error:
            self._return_to = widget
            widget = self.error
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
