# SPDX-License-Identifier: GPL-3.0-or-later
"""The files of the shared folder set aside: whose directory each one is in, the file,
why (in the words of the ``sync_import.*`` catalogue, in the interface language), since
when and when last seen.

A quarantined file is never changed nor deleted in the folder; it stays listed until it
changes (a partial write that completed is read again) or is removed by its author.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from talagov.core.sync_format import MEMBERS_DIR
from talagov.gui.i18n import arg, show_datetime
from talagov.gui.models.item_table_model import ItemTableModel
from talagov.messages import render_error
from talagov.services.sync_import import QuarantineLine

FROM, FILE, REASON, FIRST_SEEN, LAST_SEEN = range(5)
INSTALL_SHOWN = 8  # hex digits of an install id shown when no request names its member


def split_path(path: str) -> tuple[str, str]:
    """``members/<install>/ballots/x.json`` → ``("<install>", "ballots/x.json")``; a path
    of another shape is all file."""
    parts = path.split("/")
    if len(parts) >= 3 and parts[0] == MEMBERS_DIR:
        return parts[1], "/".join(parts[2:])
    return "", path


class SyncQuarantineModel(ItemTableModel[QuarantineLine]):
    """One row per file set aside, in the order the service gives."""

    def __init__(self, parent: Any = None, *, lang: str = "fr") -> None:
        super().__init__(5, parent)
        self._lang = lang
        self._senders: dict[str, str] = {}

    def headers(self) -> list[str]:
        """The column titles, translated."""
        return [self.tr("From"), self.tr("File"), self.tr("Reason"), self.tr("First seen"),
                self.tr("Last seen")]

    def set_items(self, items: Sequence[QuarantineLine],
                  senders: Mapping[str, str] | None = None) -> None:
        """Replace the rows; ``senders`` names the member of an install id (known from the
        certificate requests it sent)."""
        self.beginResetModel()
        self._items = list(items)
        self._senders = dict(senders or {})
        self.endResetModel()

    def sender_text(self, item: QuarantineLine) -> str:
        """The member whose install wrote the file, else the start of its install id."""
        install, _ = split_path(item.path)
        if install in self._senders:
            return self._senders[install]
        if not install:
            return ""
        short = install[:INSTALL_SHOWN]
        return arg(self.tr("Install %1…"), short) if len(install) > INSTALL_SHOWN else short

    def reason_text(self, item: QuarantineLine) -> str:
        """Why the file was set aside, as the CLI says it too."""
        return render_error(item.reason_code, item.params, self._lang)

    def _text(self, item: QuarantineLine, column: int) -> str:
        if column == FROM:
            return self.sender_text(item)
        if column == FILE:
            return split_path(item.path)[1]
        if column == REASON:
            return self.reason_text(item)
        if column == FIRST_SEEN:
            return show_datetime(item.first_seen, self._lang)
        return show_datetime(item.last_seen, self._lang)

    def _tooltip(self, item: QuarantineLine, column: int) -> str | None:
        if column in (FROM, FILE):
            return item.path  # where to find it in the folder
        return self._text(item, column)
