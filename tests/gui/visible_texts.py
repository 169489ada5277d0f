# SPDX-License-Identifier: GPL-3.0-or-later
"""Every text a window shows: labels, buttons, titles, tabs, headers, cells, menus, tips.

Used by the run-time translation tests: what matters is what is on screen once the
translator is installed, not what the catalogue holds.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass

from PySide6.QtCore import QAbstractItemModel, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QMenuBar,
    QPlainTextEdit,
    QTabWidget,
    QTextEdit,
    QWidget,
)

#: Table rows read per view: enough to meet every label of a column.
ROWS = 40
DISPLAY, TOOLTIP = Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole


@dataclass(frozen=True)
class Shown:
    """One text on screen: where it was, what kind of text, the text."""

    where: str  # the widget's class (and object name when set)
    kind: str  # "text", "title", "tab", "header", "cell", "field", "action", "tooltip"…
    text: str

    @property
    def is_data(self) -> bool:
        """Table cells and list items: mostly the organisation's own (French) data."""
        return self.kind in ("cell", "item")


def plain(text: str) -> str:
    """Rich text without its tags and entities, and without mnemonics (``No&tes``)."""
    return html.unescape(re.sub(r"<[^>]+>", " ", text)).replace("&&", "\0").replace(
        "&", "").replace("\0", "&")


def _model_texts(model: QAbstractItemModel, where: str) -> list[Shown]:
    found = []
    try:
        columns, rows = model.columnCount(), model.rowCount()
    except TypeError:  # list models hide columnCount(parent)
        columns, rows = 1, model.rowCount(QModelIndex())
    for column in range(columns):
        for role, kind in ((DISPLAY, "header"), (TOOLTIP, "tooltip")):
            found.append(Shown(where, kind, str(model.headerData(column, Qt.Orientation.Horizontal,
                                                                 role) or "")))
    for row in range(min(rows, ROWS)):
        for column in range(columns):
            index = model.index(row, column)
            for role, kind in ((DISPLAY, "cell"), (TOOLTIP, "cell")):
                value = model.data(index, role)
                found.append(Shown(where, kind, value if isinstance(value, str) else ""))
    return found


def _actions(widget: QMenuBar | QMenu, where: str) -> list[Shown]:
    found = []
    for action in widget.actions():
        found += [Shown(where, "action", action.text()), Shown(where, "tooltip", action.statusTip())]
        if action.menu() is not None:
            found += _actions(action.menu(), where)  # type: ignore[arg-type]
    return found


def _own_texts(widget: QWidget, where: str) -> list[Shown]:
    found = [Shown(where, "tooltip", widget.toolTip()),
             Shown(where, "name", widget.accessibleName()),
             Shown(where, "description", widget.accessibleDescription())]
    if widget.isWindow():
        found.append(Shown(where, "title", widget.windowTitle()))
    if isinstance(widget, (QLabel, QAbstractButton)):
        found.append(Shown(where, "text", widget.text()))
    if isinstance(widget, QAbstractSpinBox):  # dates and numbers as the locale writes them
        found.append(Shown(where, "field", widget.text()))
    if isinstance(widget, QGroupBox):
        found.append(Shown(where, "title", widget.title()))
    if isinstance(widget, (QLineEdit, QPlainTextEdit, QTextEdit)):
        found.append(Shown(where, "placeholder", widget.placeholderText()))
    if isinstance(widget, QTabWidget):
        for tab in range(widget.count()):
            found += [Shown(where, "tab", widget.tabText(tab)),
                      Shown(where, "tooltip", widget.tabToolTip(tab))]
    if isinstance(widget, QComboBox):
        found += [Shown(where, "item", widget.itemText(i)) for i in range(widget.count())]
    if isinstance(widget, QAbstractItemView) and widget.model() is not None:
        found += _model_texts(widget.model(), where)
    if isinstance(widget, QMenuBar):
        found += _actions(widget, where)
    return found


def visible_texts(window: QWidget) -> list[Shown]:
    """The non-empty texts of ``window`` and of its children visible in it."""
    found: list[Shown] = []
    for widget in [window, *window.findChildren(QWidget)]:
        if widget is not window and not widget.isVisibleTo(window):
            continue
        where = type(widget).__name__ + (f"#{widget.objectName()}" if widget.objectName() else "")
        found += _own_texts(widget, where)
    return [shown for shown in found if shown.text.strip()]
