# SPDX-License-Identifier: GPL-3.0-or-later
"""An inline bar listing the problems that prevent an action (instead of a message box)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget


class MessageBar(QFrame):
    """Shows one or more messages in a framed, coloured box; hidden when empty.

    The text is also set as the accessible description, so that a screen reader
    announces the problems when the bar appears.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        palette = self.palette()
        # Soft warning colours taken from the palette family, readable in dark themes too.
        palette.setColor(QPalette.ColorRole.Window, palette.color(QPalette.ColorRole.ToolTipBase))
        palette.setColor(QPalette.ColorRole.WindowText, palette.color(QPalette.ColorRole.ToolTipText))
        self.setPalette(palette)
        self._label = QLabel(self)
        self._label.setWordWrap(True)
        self._label.setTextFormat(Qt.TextFormat.PlainText)
        self._label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(self)
        layout.addWidget(self._label)
        self.setAccessibleName(self.tr("Problems"))
        self.hide()

    def show_messages(self, messages: Sequence[str]) -> None:
        """Show ``messages`` (one per line), or hide the bar when there are none."""
        text = "\n".join(f"• {m}" for m in messages) if len(messages) > 1 else "".join(messages)
        self._label.setText(text)
        self.setAccessibleDescription(text)
        self.setVisible(bool(messages))

    def text(self) -> str:
        """The messages shown (for tests and accessibility)."""
        return "" if self.isHidden() else self._label.text()
