# SPDX-License-Identifier: GPL-3.0-or-later
"""The tables of the auditor's browse tabs: the roll, the attendance sheet, the quorum
records, the proxies and the documents of a bundle, as its data files say them.

Read-only adapters over the decoded bundle (:mod:`talagov.core.bundle_model`): nothing
here decides anything, the checklist says whether the values hold.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Qt

from talagov.core.attendance import AttendanceEntry
from talagov.core.bundle_model import DocumentEntry, QuorumRecord, RollMember
from talagov.core.proxies import Proxy
from talagov.core.voting_rights import NoVoteReason
from talagov.gui.i18n import arg, show_date, show_datetime, show_int
from talagov.gui.meeting_labels import document_kind_label
from talagov.gui.models.item_table_model import RIGHT, ItemTableModel
from talagov.gui.session_labels import attendance_status_label, blank_proxy_label


class RollModel(ItemTableModel[RollMember]):
    """The register at the record date: number, name, shares, vote, college, category."""

    NUMBER, NAME, SHARES, VOTE, COLLEGE, CATEGORY = range(6)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(6, parent)
        self._lang = "fr"
        self._colleges: Mapping[str, str] = {}

    def headers(self) -> list[str]:
        """The column titles, translated."""
        return [self.tr("No."), self.tr("Name"), self.tr("Shares"), self.tr("Voting right"),
                self.tr("College"), self.tr("Category")]

    def set_items(self, members: Sequence[RollMember], colleges: Mapping[str, str],
                  lang: str) -> None:  # fmt: skip
        """Replace the rows (``colleges``: key -> name, from the bundle's statutes)."""
        self.beginResetModel()
        self._items, self._colleges, self._lang = list(members), dict(colleges), lang
        self.endResetModel()

    def reason_text(self, reason: NoVoteReason | None) -> str:
        """Why a member has no vote, in words."""
        words = {
            NoVoteReason.NOT_ADMITTED: self.tr("No: not admitted on the record date"),
            NoVoteReason.EXITED: self.tr("No: left before the record date"),
            NoVoteReason.NO_SHARES: self.tr("No: too few shares"),
            NoVoteReason.ARREARS: self.tr("No: suspended (arrears)"),
        }
        return words[reason] if reason is not None else self.tr("No")

    def _text(self, item: RollMember, column: int) -> str:
        if column == self.NUMBER:
            return item.number
        if column == self.NAME:
            return item.name
        if column == self.SHARES:
            return show_int(item.shares, self._lang)
        if column == self.VOTE:
            return self.tr("Yes") if item.has_vote else self.reason_text(item.reason)
        if column == self.COLLEGE:
            return self._colleges.get(item.college_key, item.college_key)
        return item.category_key

    def _alignment(self, column: int) -> Qt.AlignmentFlag | None:
        return RIGHT if column == self.SHARES else None

    def _item_id(self, item: RollMember) -> int:
        return item.member_id


class AttendanceModel(ItemTableModel[AttendanceEntry]):
    """The attendance sheet: member, how they took part, arrival, departure, signature."""

    MEMBER, STATUS, ARRIVED, LEFT, SIGNED, NOTE = range(6)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(6, parent)
        self._lang = "fr"
        self._names: Mapping[int, str] = {}

    def headers(self) -> list[str]:
        """The column titles, translated."""
        return [self.tr("Member"), self.tr("Attendance"), self.tr("Arrived"), self.tr("Left"),
                self.tr("Signed"), self.tr("Note")]

    def set_items(self, entries: Sequence[AttendanceEntry], names: Mapping[int, str],
                  lang: str) -> None:  # fmt: skip
        """Replace the rows (``names``: member id -> name, from the bundle's roll)."""
        self.beginResetModel()
        self._items, self._names, self._lang = list(entries), dict(names), lang
        self.endResetModel()

    def _text(self, item: AttendanceEntry, column: int) -> str:
        if column == self.MEMBER:
            return self._names.get(item.member_id, arg(self.tr("Member %1"), item.member_id))
        if column == self.STATUS:
            return attendance_status_label(item.status)
        if column == self.ARRIVED:
            return show_datetime(item.arrived_at, self._lang) if item.arrived_at else ""
        if column == self.LEFT:
            return show_datetime(item.left_at, self._lang) if item.left_at else ""
        if column == self.SIGNED:
            return self.tr("Yes") if item.signature is not None else self.tr("No")
        return item.note

    def _item_id(self, item: AttendanceEntry) -> int:
        return item.member_id


class QuorumModel(ItemTableModel[QuorumRecord]):
    """The quorum records: when, for what, met or not, participants against required."""

    AT, FOR, MET, COUNTED, REQUIRED = range(5)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(5, parent)
        self._lang = "fr"
        self._items_titles: Mapping[int, str] = {}

    def headers(self) -> list[str]:
        """The column titles, translated."""
        return [self.tr("Recorded"), self.tr("For"), self.tr("Quorum"),
                self.tr("Present or represented"), self.tr("Required")]

    def set_items(self, records: Sequence[QuorumRecord], item_titles: Mapping[int, str],
                  lang: str) -> None:  # fmt: skip
        """Replace the rows (``item_titles``: agenda item id -> title)."""
        self.beginResetModel()
        self._items, self._items_titles, self._lang = list(records), dict(item_titles), lang
        self.endResetModel()

    def _text(self, item: QuorumRecord, column: int) -> str:
        if column == self.AT:
            return show_datetime(item.at, self._lang)
        if column == self.FOR:
            if item.item_id is None:
                return self.tr("Opening of the session")
            return self._items_titles.get(item.item_id, arg(self.tr("Item %1"), item.item_id))
        if column == self.MET:
            return self.tr("Met") if item.met else self.tr("Not met")
        if column == self.COUNTED:
            return arg(self.tr("%1 of %2"), show_int(item.participants, self._lang),
                       show_int(item.base, self._lang))
        return show_int(item.required, self._lang)

    def _alignment(self, column: int) -> Qt.AlignmentFlag | None:
        return RIGHT if column in (self.COUNTED, self.REQUIRED) else None

    def _item_id(self, item: QuorumRecord) -> int:
        return item.id


@dataclass(frozen=True)
class DocumentRow:
    """One file of the bundle to open: a library document or a PDF TalaGov printed.

    Attributes:
        kind: already worded (the library's kind, or « Printed by TalaGov »).
        path: the bundle member.
    """

    title: str
    kind: str
    filename: str
    size: int
    path: str


class DocumentModel(ItemTableModel[DocumentRow]):
    """The files of the meeting: the PDFs TalaGov printed, the library's documents."""

    TITLE, KIND, FILE, SIZE = range(4)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(4, parent)
        self._lang = "fr"

    def headers(self) -> list[str]:
        """The column titles, translated."""
        return [self.tr("Title"), self.tr("Kind"), self.tr("File"), self.tr("Size")]

    def set_items(self, rows: Sequence[DocumentRow], lang: str) -> None:
        """Replace the rows."""
        self.beginResetModel()
        self._items, self._lang = list(rows), lang
        self.endResetModel()

    def _text(self, item: DocumentRow, column: int) -> str:
        if column == self.TITLE:
            return item.title
        if column == self.KIND:
            return item.kind
        if column == self.FILE:
            return item.filename
        kib = (item.size + 1023) // 1024
        return arg(self.tr("%1 KiB"), show_int(kib, self._lang))

    def _tooltip(self, item: DocumentRow, column: int) -> str | None:
        if column == self.FILE:
            return item.path
        return self._text(item, column)

    def _alignment(self, column: int) -> Qt.AlignmentFlag | None:
        return RIGHT if column == self.SIZE else None


def library_row(document: DocumentEntry) -> DocumentRow:
    """A library document as a row."""
    return DocumentRow(document.title, document_kind_label(document.kind), document.filename,
                       document.size, document.path)


class ProxyTableModel(ItemTableModel[Proxy]):
    """The proxies in the order received: principal, holder (or blank), received on."""

    PRINCIPAL, HOLDER, RECEIVED = range(3)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(3, parent)
        self._lang = "fr"
        self._names: Mapping[int, str] = {}

    def headers(self) -> list[str]:
        """The column titles, translated."""
        return [self.tr("Principal"), self.tr("Holder"), self.tr("Received on")]

    def set_items(self, proxies: Sequence[Proxy], names: Mapping[int, str], lang: str) -> None:
        """Replace the rows (``names``: member id -> name, from the bundle's roll)."""
        self.beginResetModel()
        self._items, self._names, self._lang = list(proxies), dict(names), lang
        self.endResetModel()

    def _name(self, member_id: int) -> str:
        return self._names.get(member_id, arg(self.tr("Member %1"), member_id))

    def _text(self, item: Proxy, column: int) -> str:
        if column == self.PRINCIPAL:
            return self._name(item.principal_id)
        if column == self.HOLDER:
            return blank_proxy_label() if item.holder_id is None else self._name(item.holder_id)
        return show_date(item.received_on, self._lang)

    def _item_id(self, item: Proxy) -> int:
        return item.id
