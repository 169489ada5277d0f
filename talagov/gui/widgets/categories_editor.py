# SPDX-License-Identifier: GPL-3.0-or-later
"""The categories of associates: key, label and what the category means to the law."""

from __future__ import annotations

import itertools
from collections.abc import Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from talagov.core.members import Category, CategoryRole
from talagov.gui.i18n import arg, category_role_labels
from talagov.gui.widgets.message_bar import MessageBar


class CategoriesEditor(QWidget):
    """Rows of categories; ``save_requested`` carries the edited tuple.

    A category still used by a member cannot be removed: the service refuses and the
    message bar says which one and by how many members.
    """

    save_requested = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: list[tuple[QLineEdit, QLineEdit, QComboBox]] = []
        self.message_bar = MessageBar(self)
        intro = QLabel(self.tr("Categories group the associates (SCIC: at least three, including "
                               "employees or producers and beneficiaries). The role tells the "
                               "compliance checks what a category means."), self)
        intro.setWordWrap(True)
        self._host = QWidget(self)
        self._grid = QGridLayout(self._host)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self.add_button = QPushButton(self.tr("&Add a category"), self)
        self.add_button.setAccessibleName(self.tr("Add a category"))
        self.add_button.setToolTip(self.tr("Add an empty row for another category of associates."))
        self.save_button = QPushButton(self.tr("&Save the categories"), self)
        self.save_button.setAccessibleName(self.tr("Save the categories"))
        self.save_button.setToolTip(self.tr("Save every row; a category still used by a member "
                                            "cannot be removed."))
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message_bar)
        layout.addWidget(intro)
        layout.addWidget(self._host)
        layout.addLayout(buttons)
        layout.addStretch(1)
        self.add_button.clicked.connect(self._on_add_button_clicked)
        self.save_button.clicked.connect(self._on_save_button_clicked)

    def categories(self) -> tuple[Category, ...]:
        """The categories as edited."""
        return tuple(Category(k.text().strip(), label.text().strip(), CategoryRole(r.currentData()))
                     for k, label, r in self._rows)

    def set_categories(self, cats: Sequence[Category]) -> None:
        """Replace every row."""
        while self._grid.count():
            item = self._grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self._rows = []
        headers = (self.tr("Key"), self.tr("Label"), self.tr("Role"))
        for column, text in enumerate(headers):
            self._grid.addWidget(QLabel(f"<b>{text}</b>", self._host), 0, column)
        roles = category_role_labels()
        chain: list[QWidget] = []
        for r, cat in enumerate(cats):
            key = QLineEdit(cat.key, self._host)
            label = QLineEdit(cat.label, self._host)
            role = QComboBox(self._host)
            for value, text in roles.items():
                role.addItem(text, value.value)
            role.setCurrentIndex(max(0, role.findData(cat.role.value)))
            remove = QPushButton(self.tr("Remove"), self._host)
            key.setToolTip(self.tr("A short code without spaces, used in imports and files, e.g. "
                                   "salaries."))
            label.setToolTip(self.tr("The category's name as shown in the register."))
            role.setToolTip(self.tr("What the category means for the compliance checks (employees, "
                                    "beneficiaries…)."))
            remove.setToolTip(self.tr("Delete this category; saving fails while a member still "
                                      "belongs to it."))
            for widget, header in zip((key, label, role, remove), (*headers, self.tr("Remove")),
                                      strict=True):
                widget.setAccessibleName(arg(self.tr("%1, category %2"), header, r + 1))
            remove.clicked.connect(lambda _c=False, index=r: self._remove(index))
            for column, widget in enumerate((key, label, role, remove)):
                self._grid.addWidget(widget, r + 1, column)
            self._rows.append((key, label, role))
            chain += [key, label, role, remove]
        self._grid.setColumnStretch(1, 1)
        chain += [self.add_button, self.save_button]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    def _on_add_button_clicked(self) -> None:
        self.set_categories([*self.categories(), Category("", "", CategoryRole.OTHER)])
        self._rows[-1][0].setFocus()

    def _remove(self, index: int) -> None:
        rows = list(self.categories())
        del rows[index]
        self.set_categories(rows)
        self.add_button.setFocus()

    def _on_save_button_clicked(self) -> None:
        self.save_requested.emit(self.categories())
