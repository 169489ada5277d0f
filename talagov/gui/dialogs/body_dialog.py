# SPDX-License-Identifier: GPL-3.0-or-later
"""Add a body: board, supervisory board, management, committee, working group…"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QComboBox, QLineEdit, QSpinBox, QWidget

from talagov.core.mandates import Body, BodyKind
from talagov.gui.context import AppContext
from talagov.gui.dialogs.task_dialog import TaskDialog
from talagov.gui.labels import body_kind_labels
from talagov.services import mandates as mandates_service


class BodyDialog(TaskDialog):
    """Name, kind and number of seats of a new body."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, self.tr("New body"), parent)
        self.kind = QComboBox(self)
        for kind, label in body_kind_labels().items():
            self.kind.addItem(label, kind.value)
            self.kind.setToolTip(self.tr("What sort of body it is: board, supervisory board, "
                                         "management…"))
        self.name = QLineEdit(self)
        self.name.setPlaceholderText(self.tr("e.g. Conseil d'administration"))
        self.name.setToolTip(self.tr("The body's name as in the statutes, printed on its minutes."))
        self.seats = QSpinBox(self)
        self.seats.setRange(0, 999)
        self.seats.setSpecialValueText(self.tr("Not fixed"))
        self.seats.setToolTip(self.tr("How many members the statutes give it; 0 when they fix no "
                                      "number."))
        self.add_row(self.tr("&Kind:"), self.kind)
        self.add_row(self.tr("&Name:"), self.name)
        self.add_row(self.tr("&Seats:"), self.seats)
        self.kind.currentIndexChanged.connect(self._on_kind_current_index_changed)
        self._on_kind_current_index_changed()

    def _on_kind_current_index_changed(self, *_args: object) -> None:
        # Offer the kind's name as the body's name until the user types their own.
        if not self.name.isModified():
            self.name.setText(self.kind.currentText())

    def body(self) -> Body:
        """The body as entered."""
        return Body(0, BodyKind(self.kind.currentData()), self.name.text().strip(), self.seats.value())

    def problems(self) -> list[str]:
        """A body needs a name."""
        return [] if self.name.text().strip() else [self.tr("Give the body a name.")]

    def task(self) -> Any:
        """Create the body."""
        body = self.body()
        return lambda uow: mandates_service.add_body(uow, body)

    def task_label(self) -> str:
        """Shown if saving takes long."""
        return self.tr("Creating the body")
