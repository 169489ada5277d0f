# SPDX-License-Identifier: GPL-3.0-or-later
"""Documents of the governance library, or those attached to one meeting."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale, QModelIndex, QPersistentModelIndex, Qt

from talagov.core.library import Document
from talagov.gui.i18n import show_date
from talagov.gui.meeting_labels import document_kind_label
from talagov.gui.models.record_table_model import RecordTableModel

ID_ROLE = Qt.ItemDataRole.UserRole + 1
AnyIndex = QModelIndex | QPersistentModelIndex
LIBRARY_COLUMNS = ("title", "kind", "version", "date", "size", "filename")
ATTACHED_COLUMNS = ("title", "kind", "item")


def size_text(size: int) -> str:
    """A file size the way the system shows it (``12.3 KB``)."""
    return QLocale().formattedDataSize(size, 1, QLocale.DataSizeFormat.DataSizeSIFormat)


class DocumentTableModel(RecordTableModel):
    """Documents; ``attached=True`` shows the agenda item each is attached to instead of file data."""

    def __init__(self, parent: Any = None, *, lang: str = "fr", attached: bool = False) -> None:
        super().__init__(parent)
        self._lang = lang
        self._columns = ATTACHED_COLUMNS if attached else LIBRARY_COLUMNS
        self._docs: list[Document] = []
        self._items: list[int | None] = []
        self._item_titles: Mapping[int, str] = {}

    def set_documents(self, docs: Sequence[Document], item_ids: Sequence[int | None] = (),
                      item_titles: Mapping[int, str] | None = None) -> None:
        """Replace the rows; ``item_ids`` (one per document) and ``item_titles`` for attachments."""
        self.beginResetModel()
        self._docs = list(docs)
        self._items = list(item_ids) or [None] * len(self._docs)
        self._item_titles = dict(item_titles or {})
        self.endResetModel()

    def document_at(self, row: int) -> Document:
        """The document at ``row``."""
        return self._docs[row]

    def item_id_at(self, row: int) -> int | None:
        """The agenda item the document at ``row`` is attached to (``None``: the meeting)."""
        return self._items[row]

    def row_of(self, doc_id: int) -> int | None:
        """The first row showing a document, or ``None``."""
        return next((r for r, d in enumerate(self._docs) if d.id == doc_id), None)

    def _text(self, row: int, column: int) -> str:
        doc, key = self._docs[row], self._columns[column]
        if key == "title":
            return doc.title
        if key == "kind":
            return document_kind_label(doc.kind)
        if key == "version":
            return doc.version
        if key == "date":
            return show_date(doc.on, self._lang)
        if key == "size":
            return size_text(doc.size)
        if key == "filename":
            return doc.filename
        item_id = self._items[row]
        if item_id is None:
            return QCoreApplication.translate("DocumentTableModel", "Whole meeting")
        return self._item_titles.get(item_id, "")

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._docs)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._docs):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(index.row(), index.column())
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._docs[index.row()].filename
        if role == Qt.ItemDataRole.TextAlignmentRole and self._columns[index.column()] == "size":
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == ID_ROLE:
            return self._docs[index.row()].id
        return None

    def headers(self) -> list[str]:
        """The column titles, translated."""
        titles = {
            "title": QCoreApplication.translate("DocumentTableModel", "Title"),
            "kind": QCoreApplication.translate("DocumentTableModel", "Kind"),
            "version": QCoreApplication.translate("DocumentTableModel", "Version"),
            "date": QCoreApplication.translate("DocumentTableModel", "Date"),
            "size": QCoreApplication.translate("DocumentTableModel", "Size"),
            "filename": QCoreApplication.translate("DocumentTableModel", "File name"),
            "item": QCoreApplication.translate("DocumentTableModel", "Agenda item"),
        }
        return [titles[key] for key in self._columns]
