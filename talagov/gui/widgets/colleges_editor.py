# SPDX-License-Identifier: GPL-3.0-or-later
"""The voting colleges of a SCIC: key, name and weight, with each weight as a percentage.

Weights are integers normalised by their sum (so thirds stay exact); the percentage
column shows what each weight means, and is recomputed as the user types.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from talagov.core.ratio import percent_basis_points
from talagov.core.statutes import CollegeSpec
from talagov.gui.help.terms import explain
from talagov.gui.i18n import arg
from talagov.messages import format_bp


class CollegesEditor(QWidget):
    """Rows of colleges; ``edited`` fires on every change."""

    edited = Signal()

    def __init__(self, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._lang = lang
        self._rows: list[tuple[QLineEdit, QLineEdit, QSpinBox, QLabel]] = []
        self._host = QWidget(self)
        self._grid = QGridLayout(self._host)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self.empty = QLabel(self.tr("No voting college: every associate votes in one general "
                                    "meeting."), self)
        self.empty.setWordWrap(True)
        self.total = QLabel(self)
        self.add_button = QPushButton(self.tr("Add a &college"), self)
        self.add_button.setAccessibleName(self.tr("Add a college"))
        self.add_button.setToolTip(self.tr("Add an empty row for another voting college."))
        explain(self.add_button, "college")
        self.add_button.clicked.connect(self._on_add_button_clicked)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._host)
        layout.addWidget(self.empty)
        layout.addWidget(self.total)
        layout.addWidget(self.add_button)
        self.set_colleges(())

    def colleges(self) -> tuple[CollegeSpec, ...]:
        """The colleges as edited."""
        return tuple(CollegeSpec(k.text().strip(), n.text().strip(), w.value())
                     for k, n, w, _p in self._rows)

    def set_colleges(self, colleges: Sequence[CollegeSpec]) -> None:
        """Replace every row."""
        while self._grid.count():
            item = self._grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self._rows = []
        headers = (self.tr("Key"), self.tr("Name"), self.tr("Weight"), self.tr("Share of votes"))
        for column, text in enumerate(headers):
            self._grid.addWidget(QLabel(f"<b>{text}</b>", self._host), 0, column)
        chain: list[QWidget] = []
        for r, college in enumerate(colleges):
            key = QLineEdit(college.key, self._host)
            name = QLineEdit(college.name, self._host)
            weight = QSpinBox(self._host)
            weight.setRange(0, 10_000)
            weight.setValue(college.weight)
            percent = QLabel(self._host)
            percent.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            remove = QPushButton(self.tr("Remove"), self._host)
            key.setToolTip(self.tr("A short code without spaces, used in imports and files, e.g. "
                                   "salaries."))
            name.setToolTip(self.tr("The college's name as printed on the minutes."))
            weight.setToolTip(self.tr("The weight of the college in every vote; the share of votes "
                                      "is worked out from the total."))
            remove.setToolTip(self.tr("Delete this college from the statutes being edited."))
            for widget, header in zip((key, name, weight, percent, remove),
                                      (*headers, self.tr("Remove")), strict=True):
                widget.setAccessibleName(arg(self.tr("%1, college %2"), header, r + 1))
            key.textChanged.connect(self._on_row_edited)
            name.textChanged.connect(self._on_row_edited)
            weight.valueChanged.connect(self._on_row_edited)
            remove.clicked.connect(lambda _c=False, index=r: self._remove(index))
            for column, widget in enumerate((key, name, weight, percent, remove)):
                self._grid.addWidget(widget, r + 1, column)
            self._rows.append((key, name, weight, percent))
            chain += [key, name, weight, remove]
        self._grid.setColumnStretch(1, 1)
        self._host.setVisible(bool(colleges))
        self.empty.setVisible(not colleges)
        chain.append(self.add_button)
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)
        self._update_percentages()

    def _update_percentages(self) -> None:
        total = sum(w.value() for _k, _n, w, _p in self._rows)
        for _k, _n, weight, percent in self._rows:
            percent.setText(format_bp(percent_basis_points(weight.value(), total), self._lang))
        self.total.setText(arg(self.tr("Total weight: %1"), total) if self._rows else "")

    def _on_row_edited(self, *_args: object) -> None:
        self._update_percentages()
        self.edited.emit()

    def _on_add_button_clicked(self) -> None:
        rows = [*self.colleges(), CollegeSpec("", "", 1)]
        self.set_colleges(rows)
        self._rows[-1][0].setFocus()
        self.edited.emit()

    def _remove(self, index: int) -> None:
        rows = list(self.colleges())
        del rows[index]
        self.set_colleges(rows)
        self.add_button.setFocus()
        self.edited.emit()
