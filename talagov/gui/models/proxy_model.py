# SPDX-License-Identifier: GPL-3.0-or-later
"""The proxies (pouvoirs) of a meeting: who gave one to whom, and whether it counts.

Validity and its reasons come from ``services.session`` (``ProxyLine``); a void proxy
shows the rule that voids it, rendered in the interface language.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from talagov.gui.i18n import show_date
from talagov.gui.models.item_table_model import ID_ROLE as ID_ROLE
from talagov.gui.models.item_table_model import ItemTableModel
from talagov.gui.session_labels import blank_proxy_label, yes_no
from talagov.messages import render_finding
from talagov.services.session import ProxyLine

# The rule's sentence is last: it is the long one, and the last column stretches.
PRINCIPAL, HOLDER, RECEIVED, VALIDITY, FORM, RULE = range(6)


class ProxyModel(ItemTableModel[ProxyLine]):
    """One row per proxy recorded for the meeting."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(6, parent)
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

    def _item_id(self, item: ProxyLine) -> int:
        return item.proxy.id
