# SPDX-License-Identifier: GPL-3.0-or-later
"""Add or edit a membership application (an employee's, or anyone's)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from PySide6.QtWidgets import QComboBox, QLineEdit, QPlainTextEdit, QWidget

from talagov.core.applications import Application
from talagov.core.members import Category
from talagov.gui.context import AppContext
from talagov.gui.dialogs.task_dialog import TaskDialog
from talagov.gui.widgets.optional_date_edit import OptionalDateEdit
from talagov.services import applications as applications_service


class ApplicationDialog(TaskDialog):
    """``application=None`` creates a new one; categories fill the category choice."""

    def __init__(self, ctx: AppContext, application: Application | None,
                 categories: Sequence[Category], parent: QWidget | None = None) -> None:
        super().__init__(ctx, "", parent)
        self.setWindowTitle(self.tr("New application") if application is None else self.tr("Application"))
        self._original = application or Application(0, "")
        self.name = QLineEdit(self._original.name, self)
        self.name.setToolTip(self.tr("The applicant's family name or, for an entity, its "
                                     "corporate name; required."))
        self.first_name = QLineEdit(self._original.first_name, self)
        self.first_name.setToolTip(self.tr("The applicant's first name."))
        self.hired_on = OptionalDateEdit(self, lang=ctx.lang, default=ctx.today)
        self.hired_on.setValue(self._original.hired_on)
        self.hired_on.setToolTip(self.tr("For an employee, the day they were hired: it starts "
                                         "the time within which they must apply."))
        self.applied_on = OptionalDateEdit(self, lang=ctx.lang, default=ctx.today)
        self.applied_on.setValue(self._original.applied_on)
        self.applied_on.setToolTip(self.tr("The day the application was received."))
        self.category = QComboBox(self)
        self.category.addItem(self.tr("(not set)"), "")
        for cat in categories:
            self.category.addItem(cat.label, cat.key)
        self.category.setCurrentIndex(max(0, self.category.findData(self._original.category_key)))
        self.category.setToolTip(self.tr("The category of associates the applicant would join."))
        self.notes = QPlainTextEdit(self._original.notes, self)
        self.notes.setTabChangesFocus(True)
        self.notes.setMaximumHeight(self.notes.fontMetrics().lineSpacing() * 5)
        self.notes.setToolTip(self.tr("Anything worth keeping about the application, for the "
                                      "secretary."))
        self.add_row(self.tr("Family &name:"), self.name)
        self.add_row(self.tr("&First name:"), self.first_name)
        self.add_row(self.tr("&Hired on (employees):"), self.hired_on)
        self.add_row(self.tr("&Applied on:"), self.applied_on)
        self.add_row(self.tr("&Category:"), self.category)
        self.add_row(self.tr("N&otes:"), self.notes)
        self.name.setFocus()

    def application(self) -> Application:
        """The application as entered (decision fields untouched)."""
        return replace(
            self._original, name=self.name.text().strip(), first_name=self.first_name.text().strip(),
            hired_on=self.hired_on.value(), applied_on=self.applied_on.value(),
            category_key=str(self.category.currentData() or ""), notes=self.notes.toPlainText().strip(),
        )

    def problems(self) -> list[str]:
        """A name is needed."""
        return [] if self.name.text().strip() else [self.tr("Type the applicant's name.")]

    def task(self) -> Any:
        """Save the application."""
        application = self.application()
        return lambda uow: applications_service.save_application(uow, application)

    def task_label(self) -> str:
        """Shown if saving takes long."""
        return self.tr("Saving the application")
