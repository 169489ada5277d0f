# SPDX-License-Identifier: GPL-3.0-or-later
"""Postal votes of the session tab: the forms entered, late ones marked, New… and Remove.

A form received after the session opened is kept as evidence but counts neither for
the quorum nor for the votes (L225-107 I); the list says so on its line.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime
from typing import Any

from PySide6.QtWidgets import QVBoxLayout, QWidget

from talagov.core.correspondence import CorrespondenceForm, counts
from talagov.gui.context import AppContext
from talagov.gui.help.terms import explain
from talagov.gui.i18n import arg, show_datetime
from talagov.gui.meeting.session_data import Clock, SessionData
from talagov.gui.models.item_table_model import ItemTableModel
from talagov.gui.session_labels import choice_label, yes_no
from talagov.gui.widgets.tables import (
    button_row,
    follow_selection,
    make_button,
    make_table,
    selected_row,
)
from talagov.services import session as session_service


class CorrespondenceModel(ItemTableModel[CorrespondenceForm]):
    """One row per postal form: member, received, directions, counted or late, scan."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(5, parent)
        self._names: Mapping[int, str] = {}
        self._numbers: Mapping[int, int] = {}
        self._opened_at: datetime | None = None
        self._lang = "fr"

    def headers(self) -> list[str]:
        """The column titles, translated."""
        return [self.tr("Member"), self.tr("Received"), self.tr("Directions"),
                self.tr("Counted"), self.tr("Scanned form")]

    def set_forms(self, forms: Sequence[CorrespondenceForm], names: Mapping[int, str],
                  numbers: Mapping[int, int], opened_at: datetime | None, lang: str) -> None:
        """Replace the rows; ``numbers`` maps item ids to resolution numbers."""
        self.beginResetModel()
        self._items = sorted(forms, key=lambda f: f.received_at)
        self._names, self._numbers = dict(names), dict(numbers)
        self._opened_at, self._lang = opened_at, lang
        self.endResetModel()

    def _text(self, form: CorrespondenceForm, column: int) -> str:
        if column == 0:
            return self._names.get(form.member_id, str(form.member_id))
        if column == 1:
            return show_datetime(form.received_at, self._lang)
        if column == 2:
            return ", ".join(arg(self.tr("%1: %2"), number, choice_label(form.choices.get(item_id)))
                             for item_id, number in sorted(self._numbers.items(), key=lambda p: p[1]))
        if column == 3:
            if not counts(form, opened_at=self._opened_at):
                return self.tr("Received after the opening: not counted")
            return self.tr("Counted")
        return yes_no(form.document_id is not None)


class PostalVotesWidget(QWidget):
    """The postal forms of the meeting."""

    def __init__(self, ctx: AppContext, clock: Clock, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._clock = clock
        self.data: SessionData | None = None
        self.member_hint: int | None = None
        self.model = CorrespondenceModel(self)
        self.table = make_table(self, self.model, self.tr("Postal votes"))
        self.new_button = make_button(self, self.tr("&Record postal vote…"), self.new_form)
        self.remove_button = make_button(self, self.tr("Remove postal vote"), self.remove_current)
        self.table.setToolTip(self.tr("The postal voting forms received, with the date each "
                                      "one arrived."))
        explain(self.table, "vote_par_correspondance")
        self.new_button.setToolTip(self.tr("Record a postal voting form received from a "
                                           "member."))
        self.remove_button.setToolTip(self.tr("Remove the selected postal vote (recorded by "
                                              "mistake)."))
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(button_row(self.new_button, self.remove_button))
        follow_selection(self.table, self._update_actions)
        self._update_actions()

    def set_data(self, data: SessionData | None) -> None:
        """Show the forms of ``data`` (``None``: none)."""
        self.data = data
        if data is None:
            self.model.set_forms((), {}, {}, None, self.ctx.lang)
        else:
            names = {line.member_id: line.name for line in data.state.lines}
            numbers = {item.id: number for number, item in data.voting_items()}
            self.model.set_forms(data.state.forms, names, numbers, data.state.meeting.opened_at,
                                 self.ctx.lang)
        self.table.resizeColumnsToContents()
        self._update_actions()

    def _update_actions(self, *_args: object) -> None:
        editable = self.data is not None and self.data.editable
        self.new_button.setEnabled(editable)
        self.remove_button.setEnabled(editable and selected_row(self.table) is not None)

    def new_form(self) -> None:
        """Open the dialog of a new postal form."""
        from talagov.gui.dialogs.correspondence_dialog import CorrespondenceDialog

        if self.data is None:
            return
        dialog = CorrespondenceDialog(self.ctx, self.data, self._clock, self.member_hint, self)
        dialog.open()

    def remove_current(self) -> None:
        """Remove the selected form (entered by mistake)."""
        row = selected_row(self.table)
        if row is None:
            return
        form_id = self.model.item_at(row).id
        self.ctx.runner.run(self, lambda uow: session_service.remove_correspondence(uow, form_id),
                            label=self.tr("Removing the postal vote"))
