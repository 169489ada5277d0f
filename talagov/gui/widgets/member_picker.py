# SPDX-License-Identifier: GPL-3.0-or-later
"""Choose a member by typing part of a name or a number (accents ignored).

An editable ``QComboBox`` whose completer lists every member whose folded name or
number contains the folded text typed. ``QCompleter`` alone only ignores case, so
"elodie" would miss "Élodie": the completer runs unfiltered over a proxy that this
widget filters itself on each keystroke.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    QStringListModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import QComboBox, QCompleter, QWidget

from talagov.core.text import fold
from talagov.services.members import MemberListItem


class _FoldedFilter(QSortFilterProxyModel):
    """Rows whose folded text contains every folded word of the needle."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._keys: list[str] = []
        self._words: list[str] = []

    def set_keys(self, keys: list[str]) -> None:
        self.beginFilterChange()
        self._keys = keys
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_needle(self, text: str) -> None:
        self.beginFilterChange()
        self._words = fold(text).split()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def matches(self, text: str) -> list[int]:
        """Source rows matching ``text`` (computed directly, whatever the current needle)."""
        words = fold(text).split()
        if not words:
            return []
        return [row for row, key in enumerate(self._keys) if all(w in key for w in words)]

    def filterAcceptsRow(self, row: int, parent: QModelIndex | QPersistentModelIndex) -> bool:
        key = self._keys[row] if row < len(self._keys) else ""
        return all(w in key for w in self._words)


class MemberPicker(QComboBox):
    """A member chooser; :meth:`member_id` is ``None`` until a member is picked.

    ``member_changed`` carries the id (or ``None``) whenever the choice changes.
    """

    member_changed = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setMaxVisibleItems(15)
        # Wide enough for "Family First (number)" in the current font, whatever the zoom.
        self.setMinimumContentsLength(28)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.line = self.lineEdit()
        assert self.line is not None  # editable combo boxes always have one
        self.line.setPlaceholderText(self.tr("Type a name or a number"))
        self.setToolTip(self.tr("Type part of a name or a member number, accents optional, then "
                                "pick from the list."))
        self._ids: list[int] = []
        self._texts = QStringListModel(self)
        self._filter = _FoldedFilter(self)
        self._filter.setSourceModel(self._texts)
        completer = QCompleter(self._filter, self)
        completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setCompleter(completer)
        self._completer = completer
        self.line.textEdited.connect(self._on_line_text_edited)
        # The overload carrying an index of the (filtered) completion model.
        completer.activated[QModelIndex].connect(self._on_completer_activated)  # type: ignore[index]
        self.currentIndexChanged.connect(self._on_self_current_index_changed)
        self.editTextChanged.connect(self._on_self_edit_text_changed)

    @staticmethod
    def label_of(item: MemberListItem) -> str:
        """``"Durand Élodie (S-0001)"``: the text shown for a member."""
        return f"{item.display_name} ({item.number})"

    def set_members(self, items: Sequence[MemberListItem], selected: int | None = None) -> None:
        """Offer ``items``; select ``selected`` if given, else nothing."""
        blocked = self.blockSignals(True)
        self.clear()
        self._ids = [m.id for m in items]
        texts = [self.label_of(m) for m in items]
        for text, member_id in zip(texts, self._ids, strict=True):
            self.addItem(text, member_id)
        self._texts.setStringList(texts)
        self._filter.set_keys([f"{m.search} {fold(m.number)} {fold(self.label_of(m))}" for m in items])
        self.setCurrentIndex(-1)
        self.setEditText("")
        self.blockSignals(blocked)
        if selected is not None:
            self.set_member_id(selected)
        self.member_changed.emit(self.member_id())

    def set_member_id(self, member_id: int | None) -> None:
        """Select the member with ``member_id`` (``None`` clears)."""
        index = self.findData(member_id) if member_id is not None else -1
        self.setCurrentIndex(index)
        if index < 0:
            self.setEditText("")

    def member_id(self) -> int | None:
        """The chosen member, or ``None`` when the text designates no single member.

        Text typed without picking from the list still counts when it names exactly
        one member (a full number, or a name nobody else shares).
        """
        index = self.currentIndex()
        if index < 0 or self.itemText(index) != self.currentText():
            index = self._exact_match(self.currentText())
        if index < 0:
            rows = self._filter.matches(self.currentText())
            index = rows[0] if len(rows) == 1 else -1
        return int(self.itemData(index)) if index >= 0 else None

    def focusOutEvent(self, event: QFocusEvent) -> None:
        """Leaving the field shows the full name of the member the text designates."""
        super().focusOutEvent(event)
        member_id = self.member_id()
        if member_id is not None and self.currentText() != self.itemText(self.findData(member_id)):
            self.setCurrentIndex(self.findData(member_id))

    def _exact_match(self, text: str) -> int:
        needle = fold(text)
        if not needle:
            return -1
        for index in range(self.count()):
            label = self.itemText(index)
            number = label[label.rfind("(") + 1:-1]
            if needle in (fold(label), fold(number)):
                return index
        return -1

    def _on_line_text_edited(self, text: str) -> None:
        self._filter.set_needle(text)
        if text.strip():
            self._completer.complete()

    def _on_completer_activated(self, index: QModelIndex) -> None:
        row = self._filter.mapToSource(index).row()
        if 0 <= row < len(self._ids):
            self.setCurrentIndex(row)
            self.member_changed.emit(self.member_id())

    def _on_self_current_index_changed(self, _index: int) -> None:
        self.member_changed.emit(self.member_id())

    def _on_self_edit_text_changed(self, _text: str) -> None:
        self.member_changed.emit(self.member_id())
