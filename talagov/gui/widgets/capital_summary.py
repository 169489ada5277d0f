# SPDX-License-Identifier: GPL-3.0-or-later
"""The capital at a chosen date: total, holders, and its split by category and college."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from talagov.gui.help.terms import explain
from talagov.gui.i18n import date_display_format, show_int
from talagov.gui.money import show_cents
from talagov.gui.widgets.date_edit import from_qdate
from talagov.services.shares import CapitalSummary

_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


class CapitalSummaryWidget(QGroupBox):
    """Shows a :class:`CapitalSummary`; ``date_changed`` asks the page for another date."""

    date_changed = Signal(object)  # datetime.date

    def __init__(self, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Capital"), parent)
        self._lang = lang
        self.at = QDateEdit(self)
        self.at.setCalendarPopup(True)
        self.at.setDisplayFormat(date_display_format(lang))
        self.at.setAccessibleName(self.tr("Capital on date"))
        self.at.setToolTip(self.tr("Show the capital as it stood at the end of this day."))
        explain(self.at, "capital")
        self.total = QLabel(self)
        self.shares = QLabel(self)
        self.holders = QLabel(self)
        for label in (self.total, self.shares, self.holders):
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard
                                          | Qt.TextInteractionFlag.TextSelectableByMouse)
        font = self.total.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.3)
        self.total.setFont(font)
        form = QFormLayout()
        at_label = QLabel(self.tr("On &date:"), self)
        at_label.setBuddy(self.at)
        form.addRow(at_label, self.at)
        for text, widget, name in ((self.tr("Capital:"), self.total, self.tr("Capital")),
                                   (self.tr("Shares:"), self.shares, self.tr("Shares")),
                                   (self.tr("Holders:"), self.holders, self.tr("Holders"))):
            label = QLabel(text, self)
            label.setBuddy(widget)
            widget.setAccessibleName(name)
            form.addRow(label, widget)
        self.by_category = self._table(self.tr("By category"))
        self.by_category.setToolTip(self.tr("Shares and amount held by each category of members on "
                                            "that date."))
        self.by_college = self._table(self.tr("By college"))
        self.by_college.setToolTip(self.tr("Shares and amount held by the members of each voting "
                                           "college on that date."))
        explain(self.by_college, "college")
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        for title, table in ((self.tr("By category"), self.by_category),
                             (self.tr("By college"), self.by_college)):
            label = QLabel(title, self)
            label.setBuddy(table)
            layout.addWidget(label)
            layout.addWidget(table, 1)
        self.at.dateChanged.connect(self._on_at_date_changed)

    def _table(self, name: str) -> QTableWidget:
        table = QTableWidget(0, 3, self)
        table.setHorizontalHeaderLabels([self.tr("Name"), self.tr("Shares"), self.tr("Amount")])
        table.setAccessibleName(name)
        table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move in it
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.verticalHeader().hide()
        # A few rows: each as tall as its wrapped name, which a narrow column (200 %
        # zoom) would otherwise cut to « Collège des… ».
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2):
            table.horizontalHeader().setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        return table

    def set_date(self, value: QDate) -> None:
        """Set the date without asking for a reload."""
        blocked = self.at.blockSignals(True)
        self.at.setDate(value)
        self.at.blockSignals(blocked)

    def show_summary(self, summary: CapitalSummary, categories: Mapping[str, str],
                     colleges: Mapping[str, str]) -> None:
        """Fill in the figures; keys are shown through the category and college names."""
        lang = self._lang
        self.total.setText(show_cents(summary.cents, lang))
        self.shares.setText(show_int(summary.shares, lang))
        self.holders.setText(show_int(summary.holders, lang))
        none = self.tr("(none)")
        for table, rows, names in ((self.by_category, summary.by_category, categories),
                                   (self.by_college, summary.by_college, colleges)):
            table.setRowCount(len(rows))
            for r, (key, count, cents) in enumerate(rows):
                cells = [names.get(key, key) or none, show_int(count, lang), show_cents(cents, lang)]
                for c, text in enumerate(cells):
                    item = QTableWidgetItem(text)
                    if c:
                        item.setTextAlignment(_RIGHT)
                    table.setItem(r, c, item)

    def _on_at_date_changed(self, value: QDate) -> None:
        self.date_changed.emit(from_qdate(value))
