# SPDX-License-Identifier: GPL-3.0-or-later
"""The certificate requests received through the shared folder: the member they claim to
be, the name typed in the request, the key's fingerprint, when it arrived, its status, and
what to check before issuing (it would replace a valid key; it comes from another install
than the member's earlier request)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from talagov.gui.i18n import arg, show_datetime
from talagov.gui.models.item_table_model import ItemTableModel
from talagov.services.sync_requests import RequestLine

MEMBER, NAME, FINGERPRINT, RECEIVED, STATUS, CHECK = range(6)
GROUPS_SHOWN = 4  # groups of the fingerprint in the table; the detail shows all of them


class SyncRequestModel(ItemTableModel[RequestLine]):
    """One row per request, as ``services.sync_requests.pending_requests`` lists them."""

    def __init__(self, parent: Any = None, *, lang: str = "fr") -> None:
        super().__init__(6, parent)
        self._lang = lang

    def headers(self) -> list[str]:
        """The column titles, translated."""
        return [self.tr("Member"), self.tr("Name in the request"), self.tr("Key fingerprint"),
                self.tr("Received"), self.tr("Status"), self.tr("To check")]

    def set_items(self, items: Sequence[RequestLine]) -> None:
        """Replace the rows."""
        self.beginResetModel()
        self._items = list(items)
        self.endResetModel()

    def status_text(self, item: RequestLine) -> str:
        """Waiting, issued or refused, in words."""
        return {"pending": self.tr("Waiting for a decision"), "issued": self.tr("Certificate issued"),
                "refused": self.tr("Refused")}.get(item.status, item.status)

    def member_text(self, item: RequestLine) -> str:
        """The member of the register the request claims to come from."""
        return item.member_name or arg(self.tr("Unknown member no. %1"), item.member_id)

    def warnings(self, item: RequestLine) -> list[str]:
        """What makes this request worth a second look, in words (empty: nothing)."""
        found: list[str] = []
        if item.replaces:
            found.append(self.tr("Replaces the valid key in use"))
        if item.other_install:
            found.append(self.tr("From another install"))
        return found

    def _text(self, item: RequestLine, column: int) -> str:
        if column == MEMBER:
            return self.member_text(item)
        if column == NAME:
            return item.name
        if column == FINGERPRINT:
            groups = item.readable.split()
            shown = " ".join(groups[:GROUPS_SHOWN])
            return f"{shown} …" if len(groups) > GROUPS_SHOWN else shown
        if column == RECEIVED:
            return show_datetime(item.received_at, self._lang)
        if column == CHECK:
            return "; ".join(self.warnings(item))
        return self.status_text(item)

    def _tooltip(self, item: RequestLine, column: int) -> str | None:
        if column == FINGERPRINT:
            return item.readable
        return self._text(item, column)

    def _is_bold(self, item: RequestLine, column: int) -> bool:
        return (column == STATUS and item.status == "pending") \
            or (column == CHECK and item.status == "pending")

    def _item_id(self, item: RequestLine) -> int:
        return item.id
