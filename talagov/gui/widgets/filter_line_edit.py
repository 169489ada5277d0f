# SPDX-License-Identifier: GPL-3.0-or-later
"""A search field that filters as you type, with a clear button and Escape to clear."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLineEdit, QWidget


class FilterLineEdit(QLineEdit):
    """Emits ``filter_changed`` shortly after the user stops typing.

    A short delay (``delay_ms``, 0 by default: filtering 50,000 rows costs a few
    milliseconds) lets a page group keystrokes when its filter is expensive.
    """

    filter_changed = Signal(str)

    def __init__(self, parent: QWidget | None = None, *, delay_ms: int = 0) -> None:
        super().__init__(parent)
        self.setClearButtonEnabled(True)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(delay_ms)
        self._timer.timeout.connect(self._on_timer_timeout)
        self.textChanged.connect(self._on_self_text_changed)

    def _on_self_text_changed(self, _text: str) -> None:
        if self._timer.interval() == 0:
            self.filter_changed.emit(self.text())
        else:
            self._timer.start()

    def _on_timer_timeout(self) -> None:
        self.filter_changed.emit(self.text())

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape and self.text():
            self.clear()
            return
        super().keyPressEvent(event)
