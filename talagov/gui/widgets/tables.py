# SPDX-License-Identifier: GPL-3.0-or-later
"""The read-only register tables and action buttons shared by the pages."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QAbstractItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableView,
    QWidget,
)


def make_table(
    parent: QWidget,
    model: QAbstractItemModel,
    accessible_name: str,
    *,
    resize: QHeaderView.ResizeMode = QHeaderView.ResizeMode.Interactive,
    alternating: bool = False,
    word_wrap: bool = False,
) -> QTableView:
    """A table of records: whole rows selected one at a time, edited only through dialogs.

    Args:
        accessible_name: the name a screen reader announces (already translated).
        resize: how columns size themselves; ``ResizeToContents`` only for short lists,
            since it measures every row.
    """
    table = QTableView(parent)
    table.setModel(model)
    table.setAccessibleName(accessible_name)
    table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move in it
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(alternating)
    table.setWordWrap(word_wrap)
    table.verticalHeader().hide()
    table.horizontalHeader().setSectionResizeMode(resize)
    table.horizontalHeader().setStretchLastSection(True)
    return table


def stretch_column(table: QTableView, column: int) -> None:
    """Short columns as wide as their contents, ``column`` (the name) taking the rest.

    For lists whose columns must all show (dates, statuses, ticks) at 1280 pixels.
    """
    header = table.horizontalHeader()
    header.setStretchLastSection(False)
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)


def make_button(parent: QWidget, text: str, slot: Callable[[], object]) -> QPushButton:
    """A push button whose accessible name is its text without ``&`` and ``…``."""
    button = QPushButton(text, parent)
    button.setAccessibleName(text.replace("&", "").rstrip("…"))
    button.clicked.connect(slot)
    return button


def button_row(*buttons: QWidget) -> QHBoxLayout:
    """The buttons side by side, kept to the left."""
    row = QHBoxLayout()
    for button in buttons:
        row.addWidget(button)
    row.addStretch(1)
    return row


def selected_row(table: QTableView) -> int | None:
    """The row of the selected record (tables select one whole row), or ``None``."""
    rows = table.selectionModel().selectedRows()
    return rows[0].row() if rows else None


def follow_selection(table: QTableView, slot: Callable[..., object]) -> None:
    """Call ``slot`` whenever the selection may have changed.

    A model reset drops the selection without emitting ``selectionChanged``, so both
    signals are needed to keep buttons that depend on the selection up to date.
    """
    table.selectionModel().selectionChanged.connect(slot)
    table.model().modelReset.connect(slot)
