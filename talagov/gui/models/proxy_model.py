# SPDX-License-Identifier: GPL-3.0-or-later
"""The proxies (pouvoirs) of a meeting: who gave one to whom, and whether it counts.

Validity and its reasons come from ``services.session`` (``ProxyLine``); a void proxy
shows the rule that voids it, rendered in the interface language.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt

from talagov.gui.i18n import show_date
from talagov.gui.models.record_table_model import RecordTableModel
from talagov.gui.session_labels import blank_proxy_label, yes_no
from talagov.messages import render_finding
from talagov.services.session import ProxyLine

AnyIndex = QModelIndex | QPersistentModelIndex
ID_ROLE = Qt.ItemDataRole.UserRole + 1

# The rule's sentence is last: it is the long one, and the last column stretches.
PRINCIPAL, HOLDER, RECEIVED, VALIDITY, FORM, RULE = range(6)


class ProxyModel(RecordTableModel):
    """One row per proxy recorded for the meeting."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._items: list[ProxyLine] = []
        self._lang = "fr"

    def headers(self) -> list[str]:
        """The column titles, translated."""
        return [
            self.tr("Principal"),
            self.tr("Holder"),
            self.tr("Received on"),
            self.tr("Validity"),
            self.tr("Scanned form"),
            self.tr("Rule"),
        ]

    def set_items(self, items: Sequence[ProxyLine], lang: str = "fr") -> None:
        """Replace the rows."""
        self.beginResetModel()
        self._items = list(items)
        self._lang = lang
        self.endResetModel()

    def item_at(self, row: int) -> ProxyLine:
        """The proxy shown at ``row``."""
        return self._items[row]

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._items)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 6

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._items):
            return None
        item = self._items[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._text(item, index.column())
        if role == ID_ROLE:
            return item.proxy.id
        return None

    def reasons_text(self, item: ProxyLine) -> str:
        """The rules that explain the proxy's validity, one sentence each."""
        return "\n".join(render_finding(f, self._lang) for f in item.reasons)

    def _text(self, item: ProxyLine, column: int) -> str:
        if column == PRINCIPAL:
            return item.principal_name
        if column == HOLDER:
            return item.holder_name if not item.proxy.blank else blank_proxy_label()
        if column == RECEIVED:
            return show_date(item.proxy.received_on, self._lang)
        if column == VALIDITY:
            return self.tr("Valid") if item.valid else self.tr("Void: not counted")
        if column == RULE:
            return self.reasons_text(item)
        if column == FORM:
            return yes_no(item.proxy.document_id is not None)
        return ""
