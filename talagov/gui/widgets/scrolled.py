# SPDX-License-Identifier: GPL-3.0-or-later
"""A panel in a frameless scroll area: at 200 % zoom a panel may be taller than its window;
it scrolls, nothing is cut."""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QScrollArea, QWidget


def scrolled(widget: QWidget, parent: QWidget) -> QScrollArea:
    """``widget`` in a frameless scroll area that gives it the whole width."""
    area = QScrollArea(parent)
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidget(widget)
    return area
