# SPDX-License-Identifier: GPL-3.0-or-later
"""A library document's title, kind, version and date: for a new file or an existing entry.

For a new file the content is read inside the task (never on the GUI thread) and
stored by the library service; with ``meeting_id`` the new document is also attached
to that meeting (and optionally to one of its agenda items).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QWidget

from talagov.core.agenda import AgendaItem
from talagov.core.errors import UserError
from talagov.core.library import Document, DocumentKind
from talagov.gui.context import AppContext
from talagov.gui.dialogs.attach_document_dialog import fill_targets
from talagov.gui.dialogs.task_dialog import TaskDialog
from talagov.gui.meeting_labels import document_kind_labels
from talagov.gui.widgets.optional_date_edit import OptionalDateEdit
from talagov.services import library as library_service
from talagov.services.changes import Changes
from talagov.services.uow import UnitOfWork


def read_file(path: Path) -> bytes:
    """The file's content, or a user error naming the file."""
    try:
        return path.read_bytes()
    except OSError as exc:
        raise UserError("file.unreadable",
                        {"path": str(path), "reason": exc.strerror or str(exc)}) from exc


def add_file(uow: UnitOfWork, path: Path, *, title: str, kind: DocumentKind, version: str,
             on: Any, now: datetime, meeting_id: int | None = None,
             item_id: int | None = None) -> tuple[int, Changes]:
    """Store the file in the library (and attach it to ``meeting_id`` when given)."""
    doc_id, changes = library_service.add_document(
        uow, read_file(path), filename=path.name, title=title, kind=kind, version=version,
        on=on, now=now)
    if meeting_id is not None:
        attached = library_service.attach(uow, meeting_id, doc_id, item_id=item_id)
        changes = Changes(changes.aggregates | attached.aggregates, changes.ids | attached.ids)
    return doc_id, changes


class DocumentDialog(TaskDialog):
    """Add the file ``path`` (``document`` ``None``) or edit ``document``."""

    def __init__(self, ctx: AppContext, *, path: Path | None = None,
                 document: Document | None = None, meeting_id: int | None = None,
                 items: Sequence[AgendaItem] = (), item_id: int | None = None,
                 parent: QWidget | None = None) -> None:
        title = self.tr("Add a document") if document is None else self.tr("Document")
        super().__init__(ctx, title, parent)
        self._path, self._document = path, document
        self._meeting_id = meeting_id
        self.file_label = QLabel(path.name if path else (document.filename if document else ""),
                                 self)
        self.file_label.setWordWrap(True)
        self.title = QLineEdit(self)
        self.title.setToolTip(self.tr("The document's title as listed in the library and the "
                                      "convocation."))
        self.kind = QComboBox(self)
        self.kind.setToolTip(self.tr("What the document is: statutes, accounts, report, internal "
                                     "rules…"))
        for kind, label in document_kind_labels().items():
            self.kind.addItem(label, kind.value)
        self.version = QLineEdit(self)
        self.version.setPlaceholderText(self.tr("e.g. draft 2, as adopted…"))
        self.version.setToolTip(self.tr("Which version of the document this is, e.g. draft 2, as "
                                        "adopted."))
        self.on = OptionalDateEdit(self, lang=ctx.lang, default=ctx.today)
        self.on.setToolTip(self.tr("The date of the document, if it has one."))
        self.add_row(self.tr("File:"), self.file_label)
        self.add_row(self.tr("&Title:"), self.title)
        self.add_row(self.tr("&Kind:"), self.kind)
        self.add_row(self.tr("&Version:"), self.version)
        self.add_row(self.tr("&Date:"), self.on)
        self.target = QComboBox(self)
        self.target.setToolTip(self.tr("The agenda item the document goes with, or the whole "
                                       "meeting."))
        fill_targets(self.target, items, item_id)
        if meeting_id is not None and document is None:
            self.add_row(self.tr("Attach &to:"), self.target)
        else:
            self.target.hide()
        if document is not None:
            self.title.setText(document.title)
            self.kind.setCurrentIndex(max(0, self.kind.findData(document.kind.value)))
            self.version.setText(document.version)
            self.on.setValue(document.on)
        elif path is not None:
            self.title.setText(path.stem)
            self.kind.setCurrentIndex(self.kind.findData(DocumentKind.OTHER.value))
        self.title.selectAll()
        self.title.setFocus()

    def problems(self) -> list[str]:
        """A title is needed."""
        return [] if self.title.text().strip() else [self.tr("Give the document a title.")]

    def task(self) -> Any:
        """Store the new file, or save the edited entry."""
        title, kind = self.title.text().strip(), DocumentKind(self.kind.currentData())
        version, on = self.version.text().strip(), self.on.value()
        if self._document is not None:
            doc = replace(self._document, title=title, kind=kind, version=version, on=on)
            return lambda uow: library_service.update_document(uow, doc)
        path, now = self._path, datetime.now()
        assert path is not None
        meeting_id, item_id = self._meeting_id, self.target.currentData()
        return lambda uow: add_file(uow, path, title=title, kind=kind, version=version, on=on,
                                    now=now, meeting_id=meeting_id, item_id=item_id)

    def task_label(self) -> str:
        """Shown if saving takes long (a big file)."""
        return self.tr("Storing the document")
