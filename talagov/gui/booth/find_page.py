# SPDX-License-Identifier: GPL-3.0-or-later
"""Step 1: the voter finds their name.

Typing filters the list of the meeting's voters as the register's search does: case,
accents and ligatures are ignored ("benard zoe" finds "Bénard Zoé"), words may come in
any order, and the member number matches too. Down moves from the field to the list;
Enter takes the only name left, or the one selected.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QItemSelectionModel, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QToolButton, QWidget

from talagov.core.text import fold
from talagov.gui.booth.page import BoothPage
from talagov.gui.booth.style import button, describe
from talagov.gui.i18n import arg
from talagov.gui.widgets.filter_line_edit import FilterLineEdit
from talagov.services.ballots import BoothVoter

VOTER_ROLE = Qt.ItemDataRole.UserRole


def voter_text(voter: BoothVoter) -> str:
    """``Durand Élodie — S-0001`` (the number tells namesakes apart)."""
    return f"{voter.name} — {voter.number}" if voter.number else voter.name


def matches(voter: BoothVoter, needle: str) -> bool:
    """Whether every word of ``needle`` appears in the voter's name or number, folded."""
    words = fold(needle).split()
    haystack = fold(f"{voter.name} {voter.number}")
    return all(word in haystack for word in words)


class FindPage(BoothPage):
    """The filter and the list of voters.

    Signals:
        chosen(object): the :class:`BoothVoter` the voter picked.
    """

    chosen = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Find your name"), parent)
        self.intro = self.add_label(self.tr(
            "Type a few letters of your name or your member number, then choose your name "
            "in the list and press Enter."))
        label = QLabel(self.tr("Your &name or member number:"), self)
        self.filter = FilterLineEdit(self)
        describe(self.filter, self.tr("Your name or member number"),
                 self.tr("Filters the list below; accents and capitals do not matter. "
                         "Down arrow: go to the list."))
        label.setBuddy(self.filter)
        for clear in self.filter.findChildren(QToolButton):  # the field's own clear button
            describe(clear, self.tr("Clear"), self.tr("Empty the field (Escape does too)."))
        self.list = QListWidget(self)
        describe(self.list, self.tr("Voters of the meeting"),
                 self.tr("Choose your name with the arrow keys and press Enter."))
        self.count = self.add_label()
        self.content.insertWidget(1, label)
        self.content.insertWidget(2, self.filter)
        self.content.insertWidget(3, self.list, 1)
        self.continue_button = self.add_button(button(
            self.tr("&Continue"), self, self.tr("Go on with the name selected in the list.")))
        self.continue_button.clicked.connect(self.accept_enter)
        self.filter.filter_changed.connect(self._on_filter_filter_changed)
        self.filter.installEventFilter(self)
        self.list.itemDoubleClicked.connect(self._on_list_item_double_clicked)
        self._voters: list[BoothVoter] = []

    def set_voters(self, voters: list[BoothVoter]) -> None:
        """Show ``voters`` (the list of the meeting), keeping the filter typed."""
        self._voters = list(voters)
        self.list.clear()
        for voter in self._voters:
            item = QListWidgetItem(voter_text(voter))
            item.setData(VOTER_ROLE, voter.member_id)
            self.list.addItem(item)
        self._apply_filter()

    def _on_filter_filter_changed(self, _text: str) -> None:
        self.show_error("")
        self._apply_filter()

    def _apply_filter(self) -> None:
        needle = self.filter.text()
        shown = 0
        for row, voter in enumerate(self._voters):
            visible = matches(voter, needle)
            self.list.setRowHidden(row, not visible)
            shown += visible
        current = self.list.currentRow()
        if current >= 0 and self.list.isRowHidden(current):
            self.list.setCurrentRow(-1)
        self.count.setText(arg(self.tr("%1 name(s) shown of %2"), shown, len(self._voters)))

    def visible_voters(self) -> list[BoothVoter]:
        """The voters the filter leaves in the list."""
        return [v for row, v in enumerate(self._voters) if not self.list.isRowHidden(row)]

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Down arrow in the field goes to the first name of the list."""
        if watched is self.filter and event.type() == QEvent.Type.KeyPress \
                and isinstance(event, QKeyEvent) and event.key() == Qt.Key.Key_Down:
            rows = [r for r in range(self.list.count()) if not self.list.isRowHidden(r)]
            if rows:
                self.focus(self.list)
                row = self.list.currentRow() if self.list.currentRow() in rows else rows[0]
                self.list.setCurrentRow(row, QItemSelectionModel.SelectionFlag.ClearAndSelect)
                return True
        return super().eventFilter(watched, event)

    def _on_list_item_double_clicked(self, _item: QListWidgetItem) -> None:
        self.accept_enter()

    def selected_voter(self) -> BoothVoter | None:
        """The voter selected in the list (and not hidden by the filter)."""
        row = self.list.currentRow()
        item = self.list.currentItem()
        if 0 <= row < len(self._voters) and item is not None and item.isSelected() \
                and not self.list.isRowHidden(row):
            return self._voters[row]
        return None

    def accept_enter(self) -> None:
        """Take the only voter left, else the one selected; otherwise say what to do.

        With several names left, Enter in the field never guesses: the voter picks theirs.
        """
        visible = self.visible_voters()
        selected = self.selected_voter()
        if len(visible) == 1:
            self.chosen.emit(visible[0])
        elif selected is not None:
            self.chosen.emit(selected)
        elif not visible:
            self.show_error(self.tr("No voter of this meeting matches what you typed. Check the "
                                    "spelling, or ask the secretary."))
        else:
            self.show_error(self.tr("Several names match: choose yours in the list with the "
                                    "arrow keys, then press Enter."))

    def enter(self) -> None:
        """Start in the filter field."""
        self.focus(self.filter)

    def clear(self) -> None:
        """Empty the filter and the selection."""
        super().clear()
        self.filter.clear()
        self.list.setCurrentRow(-1)
        self.list.clearSelection()
        self._apply_filter()
