# SPDX-License-Identifier: GPL-3.0-or-later
"""Documents of the governance library, or those attached to one meeting."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale, Qt

from talagov.core.library import Document
from talagov.gui.i18n import show_date
from talagov.gui.meeting_labels import document_kind_label
from talagov.gui.models.item_table_model import ID_ROLE as ID_ROLE
from talagov.gui.models.item_table_model import RIGHT, ItemTableModel
from talagov.services.library import AttachedDocument

LIBRARY_COLUMNS = ("title", "kind", "version", "date", "size", "filename")
ATTACHED_COLUMNS = ("title", "kind", "item")


def size_text(size: int) -> str:
    """A file size the way the system shows it (``12.3 KB``)."""
    return QLocale().formattedDataSize(size, 1, QLocale.DataSizeFormat.DataSizeSIFormat)


class DocumentTableModel(ItemTableModel[AttachedDocument]):
    """Documents; ``attached=True`` shows the agenda item each is attached to instead of file data."""

    def __init__(self, parent: Any = None, *, lang: str = "fr", attached: bool = False) -> None:
        columns = ATTACHED_COLUMNS if attached else LIBRARY_COLUMNS
        super().__init__(len(columns), parent)
        self._lang = lang
        self._columns = columns
        self._item_titles: Mapping[int, str] = {}

    def set_documents(self, docs: Sequence[Document], item_ids: Sequence[int | None] = (),
                      item_titles: Mapping[int, str] | None = None) -> None:
        """Replace the rows; ``item_ids`` (one per document) and ``item_titles`` for attachments."""
        self.beginResetModel()
        ids = list(item_ids) or [None] * len(docs)
        self._items = [AttachedDocument(doc, item_id)
                       for doc, item_id in zip(docs, ids, strict=True)]
        self._item_titles = dict(item_titles or {})
        self.endResetModel()

    def document_at(self, row: int) -> Document:
        """The document at ``row``."""
        return self._items[row].document

    def item_id_at(self, row: int) -> int | None:
        """The agenda item the document at ``row`` is attached to (``None``: the meeting)."""
        return self._items[row].item_id

    def _text(self, item: AttachedDocument, column: int) -> str:
        doc, key = item.document, self._columns[column]
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
        if item.item_id is None:
            return QCoreApplication.translate("DocumentTableModel", "Whole meeting")
        return self._item_titles.get(item.item_id, "")

    def _tooltip(self, item: AttachedDocument, column: int) -> str:
        return item.document.filename

    def _alignment(self, column: int) -> Qt.AlignmentFlag | None:
        return RIGHT if self._columns[column] == "size" else None

    def _item_id(self, item: AttachedDocument) -> int:
        return item.document.id

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
