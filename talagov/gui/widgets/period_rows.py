# SPDX-License-Identifier: GPL-3.0-or-later
"""A small editor of dated rows: employment periods, representatives of a legal entity.

Rows are laid out in a grid of ordinary widgets rather than a table with delegates:
there are only a handful of rows, each field keeps its own accessible name, and the
layout grows with the font at 200 % zoom.
"""

from __future__ import annotations

import enum
import itertools
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from talagov.core.members import ExitCause
from talagov.gui.i18n import arg, date_display_format, exit_cause_labels, from_qdate, to_qdate
from talagov.gui.widgets.optional_date_edit import OptionalDateEdit


class FieldKind(enum.Enum):
    """What a column holds."""

    TEXT = "text"
    DATE = "date"
    OPTIONAL_DATE = "optional_date"
    EXIT_CAUSE = "exit_cause"


@dataclass(frozen=True)
class RowField:
    """One column of the editor."""

    kind: FieldKind
    header: str
    tip: str = ""  # the cells' tool tip: what to type (translated by the caller)


class PeriodRowsEditor(QWidget):
    """Rows of fields with an "Add" button and a "Remove" button per row.

    :meth:`values` returns one tuple per row, in column order: ``str`` for text,
    ``date`` for a date, ``date | None`` for an optional date, ``ExitCause | None``.
    """

    rows_changed = Signal()

    def __init__(
        self,
        fields: Sequence[RowField],
        *,
        add_text: str,
        lang: str = "fr",
        today: Callable[[], date] = date.today,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._fields = tuple(fields)
        self._lang = lang
        self._today = today
        self._rows: list[list[QWidget]] = []
        self._grid_host = QWidget(self)
        self._grid = QGridLayout(self._grid_host)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._empty = QLabel(self.tr("None recorded."), self)
        self.add_button = QPushButton(add_text, self)
        self.add_button.setAccessibleName(add_text)
        self.add_button.clicked.connect(self._on_add_button_clicked)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._grid_host)
        layout.addWidget(self._empty)
        layout.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(1)
        self._rebuild([])

    def values(self) -> list[tuple[Any, ...]]:
        """The rows, in order."""
        return [tuple(self._read(f, w) for f, w in zip(self._fields, row, strict=False))
                for row in self._rows]

    def set_values(self, rows: Sequence[Sequence[Any]]) -> None:
        """Replace every row."""
        self._rebuild(rows)

    def _read(self, field: RowField, widget: QWidget) -> Any:
        if isinstance(widget, OptionalDateEdit):
            return widget.value()
        if isinstance(widget, QDateEdit):
            return from_qdate(widget.date())
        if isinstance(widget, QComboBox):
            data = widget.currentData()
            return ExitCause(data) if data else None
        assert isinstance(widget, QLineEdit)
        return widget.text()

    def _make(self, field: RowField, value: Any, row: int) -> QWidget:
        name = arg(self.tr("%1, row %2"), field.header, row + 1)
        widget: QWidget
        if field.kind is FieldKind.DATE:
            edit = QDateEdit(self._grid_host)
            edit.setCalendarPopup(True)
            edit.setDisplayFormat(date_display_format(self._lang))
            edit.setDate(to_qdate(value or self._today()))
            edit.dateChanged.connect(self.rows_changed)
            widget = edit
        elif field.kind is FieldKind.OPTIONAL_DATE:
            optional = OptionalDateEdit(self._grid_host, lang=self._lang, default=self._today)
            optional.setValue(value)
            optional.value_changed.connect(self.rows_changed)
            widget = optional
        elif field.kind is FieldKind.EXIT_CAUSE:
            combo = QComboBox(self._grid_host)
            combo.addItem("", None)
            for cause, label in exit_cause_labels().items():
                combo.addItem(label, cause.value)
            combo.setCurrentIndex(max(0, combo.findData(str(value))) if value is not None else 0)
            combo.currentIndexChanged.connect(self.rows_changed)
            widget = combo
        else:
            line = QLineEdit(str(value or ""), self._grid_host)
            line.textChanged.connect(self.rows_changed)
            widget = line
        if field.tip:
            widget.setToolTip(field.tip)
        widget.setAccessibleName(name)
        return widget

    def _rebuild(self, rows: Sequence[Sequence[Any]]) -> None:
        while self._grid.count():
            item = self._grid.takeAt(0)
            old = item.widget() if item is not None else None
            if old is not None:
                # Hidden now: deleteLater() would leave it painted until the next loop.
                old.hide()
                old.deleteLater()
        self._rows = []
        for column, field in enumerate(self._fields):
            self._grid.addWidget(QLabel(field.header, self._grid_host), 0, column)
        chain: list[QWidget] = []
        for r, values in enumerate(rows):
            widgets = [self._make(f, v, r) for f, v in
                       zip(self._fields, list(values) + [None] * len(self._fields), strict=False)]
            for column, widget in enumerate(widgets):
                self._grid.addWidget(widget, r + 1, column)
            remove = QPushButton(self.tr("Remove"), self._grid_host)
            remove.setAccessibleName(arg(self.tr("Remove row %1"), r + 1))
            remove.setToolTip(self.tr("Delete this row."))
            remove.clicked.connect(lambda _checked=False, index=r: self._remove(index))
            self._grid.addWidget(remove, r + 1, len(self._fields))
            self._rows.append(widgets)
            chain += [*widgets, remove]
        self._grid_host.setVisible(bool(rows))
        self._empty.setVisible(not rows)
        # Rows are rebuilt after the dialog exists: put them back in reading order.
        chain.append(self.add_button)
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)
        self.rows_changed.emit()

    def _on_add_button_clicked(self) -> None:
        rows = self.values()
        rows.append(tuple(self._blank(f) for f in self._fields))
        self._rebuild(rows)
        self._rows[-1][0].setFocus()

    def _blank(self, field: RowField) -> Any:
        return self._today() if field.kind is FieldKind.DATE else None

    def _remove(self, index: int) -> None:
        rows = self.values()
        del rows[index]
        self._rebuild(rows)
        self.add_button.setFocus()
