# SPDX-License-Identifier: GPL-3.0-or-later
"""The "Library" page: the governance documents (statutes, rules, reports, accounts…)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QItemSelectionModel, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QLabel,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from talagov.core.library import Document
from talagov.gui.context import AppContext
from talagov.gui.help.terms import explain
from talagov.gui.i18n import arg
from talagov.gui.meeting.documents_panel import open_document
from talagov.gui.models.document_table_model import DocumentTableModel
from talagov.gui.pages.base import Page
from talagov.gui.widgets.tables import (
    button_row,
    follow_selection,
    make_button,
    make_table,
    selected_row,
)
from talagov.services import library as library_service
from talagov.services.changes import Aggregate, Changes


class LibraryPage(Page):
    """Every document, stored once by content; attached to meetings from their workspace."""

    loaded = Signal()  # after every reload (tests wait on it)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.title = self.tr("Library")
        self._generation = 0
        self.model = DocumentTableModel(self, lang=ctx.lang)
        self.table = make_table(self, self.model, self.tr("Documents"), alternating=True)
        self.table.setToolTip(self.tr("The documents kept by the cooperative; double-click to open "
                                      "one."))
        intro = QLabel(self.tr("Statutes, internal rules, reports and accounts: each file is kept "
                               "once in the library folder next to the database, and stays there "
                               "when a meeting that used it is deleted."), self)
        intro.setWordWrap(True)
        explain(intro, "statuts")
        label = QLabel(self.tr("&Documents:"), self)
        label.setBuddy(self.table)
        self.add_button = make_button(self, self.tr("&Add…"), self.add_document)
        self.add_button.setToolTip(self.tr("Copy a file into the library and describe it."))
        self.edit_button = make_button(self, self.tr("&Edit…"), self.edit_current)
        self.edit_button.setToolTip(self.tr("Change the title, kind, date or meeting of the "
                                            "selected document."))
        self.delete_button = make_button(self, self.tr("De&lete"), self.delete_current)
        self.delete_button.setToolTip(self.tr("Remove the selected document from the library."))
        self.open_button = make_button(self, self.tr("&Open"), self.open_current)
        self.open_button.setToolTip(self.tr("Open the selected document in the application set for "
                                            "its type."))
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(label)
        layout.addWidget(self.table, 1)
        layout.addLayout(button_row(self.add_button, self.edit_button, self.delete_button,
                                    self.open_button))
        follow_selection(self.table, self._update_actions)
        self.table.activated.connect(lambda _index: self.open_current())
        self._update_actions()

    def refresh(self) -> None:
        """Reload the documents."""
        self._generation += 1
        generation = self._generation
        self.ctx.runner.run(self, library_service.list_documents,
                            on_success=lambda docs: self._on_loaded(generation, docs),
                            label=self.tr("Loading the library"))

    def on_changes(self, changes: Changes) -> None:
        """Reload when documents changed."""
        if changes.touches(Aggregate.LIBRARY):
            self.refresh()

    def _on_loaded(self, generation: int, docs: list[Document]) -> None:
        if generation != self._generation:
            return
        selected = self.current_document()
        self.model.set_documents(docs)
        if docs and not self.table.property("sized"):
            self.table.setProperty("sized", True)
            self.table.resizeColumnsToContents()
        if selected is not None:
            self.select_document(selected.id)
        self.loaded.emit()

    def current_document(self) -> Document | None:
        """The selected document."""
        row = selected_row(self.table)
        return self.model.document_at(row) if row is not None else None

    def select_document(self, doc_id: int) -> None:
        """Select a document when it is listed."""
        row = self.model.row_of(doc_id)
        if row is not None:
            flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
            self.table.selectionModel().setCurrentIndex(self.model.index(row, 0), flags)

    def _update_actions(self, *_args: object) -> None:
        selected = self.current_document() is not None
        for button in (self.edit_button, self.delete_button, self.open_button):
            button.setEnabled(selected)

    def add_document(self) -> QWidget | None:
        """Choose a file and describe it."""
        from talagov.gui.dialogs.document_dialog import DocumentDialog

        name, _filter = QFileDialog.getOpenFileName(self, self.tr("Add a document"))
        if not name:
            return None
        dialog = DocumentDialog(self.ctx, path=Path(name), parent=self)
        dialog.open()
        return dialog

    def edit_current(self) -> QWidget | None:
        """Change the title, kind, version or date of the selected document."""
        from talagov.gui.dialogs.document_dialog import DocumentDialog

        doc = self.current_document()
        if doc is None:
            return None
        dialog = DocumentDialog(self.ctx, document=doc, parent=self)
        dialog.open()
        return dialog

    def delete_current(self) -> None:
        """Delete the selected document after confirmation (refused while it is used)."""
        doc = self.current_document()
        if doc is None:
            return
        question = arg(self.tr("Delete the document “%1” from the library?"), doc.title)
        if QMessageBox.question(self, self.tr("Delete document"), question) \
                != QMessageBox.StandardButton.Yes:
            return
        doc_id = doc.id
        self.ctx.runner.run(self, lambda uow: library_service.delete_document(uow, doc_id),
                            label=self.tr("Deleting the document"))

    def open_current(self) -> None:
        """Open the selected document with the system viewer."""
        doc = self.current_document()
        if doc is not None:
            open_document(self.ctx, self, doc.id)
