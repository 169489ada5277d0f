# SPDX-License-Identifier: GPL-3.0-or-later
"""Contextual help: term tooltips, the guide in a help window, F1, the About box."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QWidget


def install_help_shortcut(window: QWidget, topic: str | Callable[[], str]) -> QShortcut:
    """Make F1 in ``window`` open the guide on ``topic`` (a key of ``topics.TOPICS``, or
    a function giving it, for windows whose topic depends on what is on screen).

    The shortcut belongs to ``window`` and its child widgets, so F1 in one window never
    opens another window's topic.
    """
    shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.HelpContents), window)
    shortcut.setContext(Qt.ShortcutContext.WindowShortcut)

    def on_activated() -> None:
        # Imported late: term tooltips import this package, and need no help window.
        from talagov.gui.help.help_window import show_topic

        show_topic(topic() if callable(topic) else topic)

    shortcut.activated.connect(on_activated)
    return shortcut
