# SPDX-License-Identifier: GPL-3.0-or-later
"""A date field that may also hold "no date" (an exit date, a consent date...)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import QCheckBox, QDateEdit, QHBoxLayout, QWidget

from talagov.gui.i18n import arg, date_display_format, from_qdate, to_qdate

# QDateEdit cannot be empty: its minimum stands for "no date" and shows a dash.
_NONE = QDate(1800, 1, 1)


class OptionalDateEdit(QWidget):
    """A check box ("set") followed by a date edit; unchecked means no date.

    Keyboard: Space on the check box sets or clears the date, Tab moves to the date.
    ``value_changed`` carries a :class:`datetime.date` or ``None``.
    """

    value_changed = Signal(object)

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        lang: str = "fr",
        default: Callable[[], date] = date.today,
    ) -> None:
        super().__init__(parent)
        self._default = default
        self.check = QCheckBox(self)
        self.edit = QDateEdit(self)
        self.edit.setCalendarPopup(True)
        self.edit.setDisplayFormat(date_display_format(lang))
        self.edit.setMinimumDate(_NONE)
        self.edit.setSpecialValueText("—")
        self.edit.setDate(_NONE)
        self.edit.setEnabled(False)
        self.check.setToolTip(self.tr("Tick to enter a date; leave unticked when there is none."))
        self.edit.setToolTip(self.tr("The date; the arrow opens a calendar."))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.check)
        layout.addWidget(self.edit, 1)
        self.setFocusProxy(self.check)
        self.check.toggled.connect(self._on_check_toggled)
        self.edit.dateChanged.connect(self._on_edit_date_changed)

    def setAccessibleName(self, name: str) -> None:
        """Name both parts, so a screen reader says which date is being set."""
        super().setAccessibleName(name)
        self.check.setAccessibleName(arg(self.tr("%1: set a date"), name))
        self.edit.setAccessibleName(name)

    def setToolTip(self, text: str) -> None:
        """The tool tip says what the date is: the date field gets it too."""
        super().setToolTip(text)
        self.edit.setToolTip(text)

    def value(self) -> date | None:
        """The date, or ``None``."""
        if not self.check.isChecked() or self.edit.date() == _NONE:
            return None
        return from_qdate(self.edit.date())

    def setValue(self, value: date | None) -> None:
        """Show ``value`` (``None`` clears the field)."""
        blocked = self.blockSignals(True)
        self.check.setChecked(value is not None)
        self.edit.setDate(to_qdate(value) if value is not None else _NONE)
        self.edit.setEnabled(value is not None)
        self.blockSignals(blocked)
        self.value_changed.emit(self.value())

    def _on_check_toggled(self, checked: bool) -> None:
        self.edit.setEnabled(checked)
        if checked and self.edit.date() == _NONE:
            self.edit.setDate(to_qdate(self._default()))
        elif not checked:
            self.edit.setDate(_NONE)
        self.value_changed.emit(self.value())

    def _on_edit_date_changed(self, _date: QDate) -> None:
        self.value_changed.emit(self.value())
