# SPDX-License-Identifier: GPL-3.0-or-later
"""The members' certificates issued by the organisation: who, until when, revoked or not,
and whether the key is sealed on this laptop (for the booth)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from talagov.gui.i18n import arg, show_date
from talagov.gui.models.item_table_model import ID_ROLE as ID_ROLE
from talagov.gui.models.item_table_model import ItemTableModel
from talagov.gui.session_labels import yes_no
from talagov.services.keys import MemberKeyView

MEMBER, NUMBER, SERIAL, ISSUED, VALID_UNTIL, STATUS, ON_LAPTOP = range(7)
SERIAL_SHOWN = 8  # hex digits of the serial shown; the tooltip has all of them


class MemberKeyModel(ItemTableModel[MemberKeyView]):
    """One row per certificate, the revoked ones included (they stay on the record)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(7, parent)
        self._lang = "fr"
        self._at = datetime.min

    def headers(self) -> list[str]:
        """The column titles, translated."""
        return [
            self.tr("Member"),
            self.tr("Number"),
            self.tr("Serial"),
            self.tr("Issued on"),
            self.tr("Valid until"),
            self.tr("Status"),
            self.tr("On this laptop"),
        ]

    def set_items(self, items: Sequence[MemberKeyView], lang: str, at: datetime) -> None:
        """Replace the rows; ``at`` tells expired certificates from valid ones."""
        self.beginResetModel()
        self._items = list(items)
        self._lang, self._at = lang, at
        self.endResetModel()

    def is_active(self, item: MemberKeyView) -> bool:
        """Neither revoked nor expired."""
        return item.revoked_at is None and item.not_after >= self._at

    def status_text(self, item: MemberKeyView) -> str:
        """Active, expired, or revoked with the date and the reason."""
        if item.revoked_at is not None:
            if item.revoked_reason:
                return arg(self.tr("Revoked on %1 (%2)"),
                           show_date(item.revoked_at.date(), self._lang), item.revoked_reason)
            return arg(self.tr("Revoked on %1"), show_date(item.revoked_at.date(), self._lang))
        if item.not_after < self._at:
            return self.tr("Expired")
        return self.tr("Active")

    def _text(self, item: MemberKeyView, column: int) -> str:
        if column == MEMBER:
            return item.member_name
        if column == NUMBER:
            return item.number
        if column == SERIAL:
            short = item.serial[:SERIAL_SHOWN].upper()
            return f"{short}…" if len(item.serial) > SERIAL_SHOWN else short
        if column == ISSUED:
            return show_date(item.issued_at.date(), self._lang)
        if column == VALID_UNTIL:
            return show_date(item.not_after.date(), self._lang)
        if column == STATUS:
            return self.status_text(item)
        if column == ON_LAPTOP:
            return yes_no(item.on_this_laptop)
        return ""

    def _tooltip(self, item: MemberKeyView, column: int) -> str | None:
        if column == SERIAL:
            return item.serial.upper()
        return self._text(item, column)

    def _is_bold(self, item: MemberKeyView, column: int) -> bool:
        return column == STATUS and not self.is_active(item)

    def _item_id(self, item: MemberKeyView) -> int:
        return item.member_id
