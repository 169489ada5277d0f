# SPDX-License-Identifier: GPL-3.0-or-later
"""One editable statutes field per field path, with its source and "suggestion" marker.

Field paths are those of :mod:`talagov.core.presets` (``"meetings.ago.1.quorum"``,
``"mandates.term_max_years"``), the same that :mod:`talagov.core.floors` puts in its
findings, so a refusal can point at the exact field.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from enum import Enum
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from talagov.gui import theme
from talagov.gui.i18n import arg
from talagov.gui.widgets.ratio_edit import RatioEdit

_PROBLEM_STYLE = "color: $error; font-weight: bold;"


@dataclass
class BoundField:
    """A widget with how to read and write it, and the marker shown after it."""

    widget: QWidget
    get: Callable[[], Any]
    set: Callable[[Any], None]
    marker: QLabel
    suggested: bool = False
    problem: bool = False


class FieldBinder(QObject):
    """Registry of the statutes fields of an editor; ``edited`` fires on any user change."""

    edited = Signal()

    def __init__(self, lang: str, parent: QWidget) -> None:
        super().__init__(parent)
        self.lang = lang
        self._host = parent
        self.fields: dict[str, BoundField] = {}
        self.touched: set[str] = set()
        self._loading = False

    # -- widget factories: each returns a cell (widget + marker) to put in a layout ----

    def spin(self, path: str, name: str, minimum: int = 0, maximum: int = 999,
             special: str = "") -> QWidget:
        """An integer field; ``special`` is shown for the minimum (e.g. "no limit")."""
        box = QSpinBox(self._host)
        box.setRange(minimum, maximum)
        if special:
            box.setSpecialValueText(special)
        box.valueChanged.connect(lambda _v: self.note_edited(path))
        return self.bind(path, name, box, box.value, box.setValue)

    def check(self, path: str, name: str, text: str = "") -> QWidget:
        """A yes/no field."""
        box = QCheckBox(text, self._host)
        box.toggled.connect(lambda _v: self.note_edited(path))
        return self.bind(path, name, box, box.isChecked, box.setChecked)

    def choice(self, path: str, name: str, labels: Mapping[Any, str]) -> QWidget:
        """An enum field shown as a combo box of translated labels."""
        combo = QComboBox(self._host)
        values = list(labels)
        for value in values:
            combo.addItem(labels[value], value)
        combo.currentIndexChanged.connect(lambda _i: self.note_edited(path))
        return self.bind(path, name, combo, lambda: values[combo.currentIndex()],
                         lambda v: combo.setCurrentIndex(values.index(v)))

    def ratio(self, path: str, name: str, *, optional: bool = False) -> QWidget:
        """A fraction, optionally absent."""
        edit = RatioEdit(self._host, optional=optional, lang=self.lang)
        edit.value_changed.connect(lambda: self.note_edited(path))
        return self.bind(path, name, edit, edit.value, edit.setValue)

    def bind(self, path: str, name: str, widget: QWidget, get: Callable[[], Any],
             set_: Callable[[Any], None], *, wide: bool = False) -> QWidget:
        """Register ``widget`` under ``path``; returns the cell holding it and its marker.

        A ``wide`` widget takes the cell's whole width (the marker goes above it).
        """
        widget.setAccessibleName(name)
        marker = QLabel(self._host)
        marker.hide()
        self.fields[path] = BoundField(widget, get, set_, marker)
        cell = QWidget(self._host)
        layout: QHBoxLayout | QVBoxLayout = QVBoxLayout(cell) if wide else QHBoxLayout(cell)
        layout.setContentsMargins(0, 0, 0, 0)
        if wide:
            layout.addWidget(marker)
            layout.addWidget(widget, 1)
        else:
            layout.addWidget(widget)
            layout.addWidget(marker)
            layout.addStretch(1)
        cell.setFocusProxy(widget)
        return cell

    # -- values and annotations -------------------------------------------------------

    def value(self, path: str) -> Any:
        """The value of the field at ``path``."""
        return self.fields[path].get()

    def load(self, values: Mapping[str, Any], suggested: Iterable[str],
             sources: Mapping[str, str]) -> None:
        """Show ``values`` with their sources and suggestion markers; forget edits."""
        self._loading = True
        try:
            suggested = set(suggested)
            for path, bound in self.fields.items():
                if path in values:
                    bound.set(values[path])
                bound.suggested, bound.problem = path in suggested, False
                source = sources.get(path, "")
                tip = arg(self.tr("Legal source: %1"), source) if source else \
                    self.tr("No legal source: set by your statutes.")
                if bound.suggested:
                    tip += "\n" + self.tr("Suggested value: the law leaves it to the statutes; "
                                          "check it against your own statutes.")
                bound.widget.setToolTip(tip)
                bound.widget.setAccessibleDescription(tip)
                bound.marker.setToolTip(tip)
                self._update_marker(bound)
        finally:
            self._loading = False
        self.touched.clear()

    def mark_problems(self, paths: Iterable[str]) -> None:
        """Mark the fields a refusal names (and clear the others)."""
        wanted = set(paths)
        for path, bound in self.fields.items():
            bound.problem = path in wanted
            self._update_marker(bound)

    def _update_marker(self, bound: BoundField) -> None:
        parts = []
        if bound.problem:
            parts.append(self.tr("⚠ below the legal floor"))
        if bound.suggested:
            parts.append(self.tr("◇ suggestion"))
        bound.marker.setText("  ".join(parts))
        theme.set_style(bound.marker, _PROBLEM_STYLE if bound.problem else "")
        bound.marker.setVisible(bool(parts))

    def note_edited(self, path: str) -> None:
        """Record a user edit of ``path`` (widgets without a standard signal call this)."""
        if self._loading:
            return
        self.touched.add(path)
        bound = self.fields.get(path)
        if bound is not None and bound.suggested:
            # Typed by the user: now the organisation's own value, no longer a suggestion.
            bound.suggested = False
            self._update_marker(bound)
        self.edited.emit()

    def suggestion_paths(self) -> set[str]:
        """Paths still marked as suggestions."""
        return {p for p, b in self.fields.items() if b.suggested}


class Kind(Enum):
    """Kinds of section fields (see :data:`talagov.gui.widgets.statutes_editor`)."""

    INT = "int"
    BOOL = "bool"
    RATIO = "ratio"
    OPTIONAL_RATIO = "optional_ratio"
