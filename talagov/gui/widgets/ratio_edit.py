# SPDX-License-Identifier: GPL-3.0-or-later
"""Edit an exact fraction as two spin boxes, numerator "/" denominator (never a float).

The numerator can never exceed the denominator, so the value is always a valid
:class:`~talagov.core.ratio.Ratio`. An optional fraction (a threshold the statutes may
leave out) adds a check box in front.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QSpinBox, QWidget

from talagov.core.ratio import Ratio
from talagov.gui.i18n import arg
from talagov.messages import format_ratio


class RatioEdit(QWidget):
    """``value()`` is a :class:`Ratio`, or ``None`` when ``optional`` and unchecked.

    ``value_changed`` is emitted on every user change; the percentage (when exact) is
    shown after the fraction so that "51/100" reads as "51 %".
    """

    value_changed = Signal()

    def __init__(self, parent: QWidget | None = None, *, optional: bool = False,
                 lang: str = "fr") -> None:
        super().__init__(parent)
        self._lang = lang
        self.check: QCheckBox | None = QCheckBox(self) if optional else None
        self.num = QSpinBox(self)
        self.den = QSpinBox(self)
        self.den.setRange(1, 10_000)
        self.num.setRange(0, 1)
        self.den.setValue(1)
        self.slash = QLabel("/", self)
        self.hint = QLabel(self)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        if self.check is not None:
            layout.addWidget(self.check)
            self.check.toggled.connect(self._on_check_toggled)
        for widget in (self.num, self.slash, self.den, self.hint):
            layout.addWidget(widget)
        layout.addStretch(1)
        self.setFocusProxy(self.check or self.num)
        self.num.valueChanged.connect(self._on_part_value_changed)
        self.den.valueChanged.connect(self._on_den_value_changed)
        self._update_hint()

    def setAccessibleName(self, name: str) -> None:
        """Name each part, so that a screen reader says which fraction is being edited."""
        super().setAccessibleName(name)
        self.num.setAccessibleName(arg(self.tr("%1, numerator"), name))
        self.den.setAccessibleName(arg(self.tr("%1, denominator"), name))
        if self.check is not None:
            self.check.setAccessibleName(arg(self.tr("%1: set a limit"), name))

    def setToolTip(self, text: str) -> None:
        """The tool tip goes to every part (it carries the legal source)."""
        super().setToolTip(text)
        for widget in (self.num, self.den, self.check):
            if widget is not None:
                widget.setToolTip(text)

    def value(self) -> Ratio | None:
        """The fraction, or ``None`` for an unchecked optional one."""
        if self.check is not None and not self.check.isChecked():
            return None
        return Ratio(self.num.value(), self.den.value())

    def setValue(self, value: Ratio | None) -> None:
        """Show ``value`` without emitting ``value_changed``."""
        blocked = self.blockSignals(True)
        if self.check is not None:
            self.check.setChecked(value is not None)
        shown = value or Ratio(0, 1)
        self.den.setValue(shown.den)
        self.num.setMaximum(shown.den)
        self.num.setValue(shown.num)
        self._enable()
        self._update_hint()
        self.blockSignals(blocked)

    def _enable(self) -> None:
        on = self.check is None or self.check.isChecked()
        for widget in (self.num, self.den, self.slash, self.hint):
            widget.setEnabled(on)

    def _update_hint(self) -> None:
        value = self.value()
        if value is None:
            self.hint.setText(self.tr("(no limit)"))
        elif value.num == 0:
            self.hint.setText(self.tr("(none)"))
        else:
            self.hint.setText(f"({format_ratio(value, self._lang)})" if
                              (value.num * 100) % value.den == 0 else "")

    def _on_check_toggled(self, _checked: bool) -> None:
        self._enable()
        self._update_hint()
        self.value_changed.emit()

    def _on_den_value_changed(self, den: int) -> None:
        self.num.setMaximum(den)  # clamps the numerator: the fraction stays at most 1
        self._on_part_value_changed()

    def _on_part_value_changed(self, *_args: object) -> None:
        self._update_hint()
        self.value_changed.emit()
