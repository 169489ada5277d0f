# SPDX-License-Identifier: GPL-3.0-or-later
"""Attach a document of the library to a meeting, or to one of its agenda items."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QComboBox, QListWidget, QListWidgetItem, QWidget

from talagov.core.agenda import AgendaItem
from talagov.core.library import Document
from talagov.gui.context import AppContext
from talagov.gui.dialogs.task_dialog import TaskDialog
from talagov.gui.i18n import arg
from talagov.gui.meeting_labels import document_kind_label
from talagov.services import library as library_service


def fill_targets(combo: QComboBox, items: Sequence[AgendaItem], selected: int | None) -> None:
    """"Whole meeting" then each agenda item, in order."""
    combo.addItem(QCoreApplication.translate("AttachDocumentDialog", "Whole meeting"), None)
    for item in sorted(items, key=lambda i: i.position):
        text = QCoreApplication.translate("AttachDocumentDialog", "Item %1: %2")
        combo.addItem(arg(text, item.position + 1, item.title), item.id)
    if selected is not None:
        combo.setCurrentIndex(max(0, combo.findData(selected)))


class AttachDocumentDialog(TaskDialog):
    """Choose a library document and where it goes; ``item_id`` preselects an item."""

    def __init__(self, ctx: AppContext, meeting_id: int, items: Sequence[AgendaItem],
                 item_id: int | None = None, parent: QWidget | None = None) -> None:
        super().__init__(ctx, self.tr("Attach from the library"), parent)
        self.meeting_id = meeting_id
        self.documents = QListWidget(self)
        self.documents.setMinimumHeight(self.documents.fontMetrics().lineSpacing() * 8)
        self.documents.setToolTip(self.tr("The library's documents; choose the one to attach."))
        self.target = QComboBox(self)
        self.target.setToolTip(self.tr("The agenda item the document goes with, or the whole "
                                       "meeting."))
        fill_targets(self.target, items, item_id)
        self.add_row(self.tr("&Document:"), self.documents)
        self.add_row(self.tr("Attach &to:"), self.target)
        self.ok_button.setText(self.tr("&Attach"))
        self.ok_button.setToolTip(self.tr("Attach the chosen document to the meeting; it is sent "
                                          "with the convocation."))
        self.setEnabled(False)
        ctx.runner.run(self, library_service.list_documents, on_success=self._on_loaded,
                       label=self.tr("Loading the library"))

    def _on_loaded(self, docs: list[Document]) -> None:
        for doc in docs:
            label = arg(self.tr("%1 (%2)"), doc.title, document_kind_label(doc.kind))
            if doc.version:
                label = arg(self.tr("%1 — version %2"), label, doc.version)
            row = QListWidgetItem(label, self.documents)
            row.setData(Qt.ItemDataRole.UserRole, doc.id)
        if docs:
            self.documents.setCurrentRow(0)
        self.setEnabled(True)
        self.documents.setFocus()
        self.loaded.emit()

    def document_id(self) -> int | None:
        """The chosen document."""
        row = self.documents.currentItem()
        return int(row.data(Qt.ItemDataRole.UserRole)) if row is not None else None

    def problems(self) -> list[str]:
        """A document must be chosen."""
        if self.document_id() is None:
            return [self.tr("Choose a document (add files to the library first).")]
        return []

    def task(self) -> Any:
        """Attach the document."""
        meeting_id, doc_id = self.meeting_id, self.document_id()
        item_id = self.target.currentData()
        assert doc_id is not None
        return lambda uow: library_service.attach(uow, meeting_id, doc_id, item_id=item_id)

    def task_label(self) -> str:
        """Shown if saving takes long."""
        return self.tr("Attaching the document")
