# SPDX-License-Identifier: GPL-3.0-or-later
"""Add or edit an agenda item: information, resolution or election.

A resolution has its draft text, its nature (ordinary or extraordinary) and who
presents it; an election has its body, the number of seats and the candidates, chosen
among the members on the record date. When the meeting is convened, Save first asks
the amendment's reason (:mod:`talagov.gui.dialogs.amendment_dialog`).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from talagov.core.agenda import AgendaItem, ItemKind, Presenter, ResolutionNature
from talagov.core.mandates import Body
from talagov.core.meetings import Meeting
from talagov.gui.context import AppContext
from talagov.gui.dialogs.amendment_dialog import AmendingTaskDialog
from talagov.gui.help.terms import explain
from talagov.gui.i18n import arg
from talagov.gui.meeting_labels import nature_labels, presenter_labels
from talagov.gui.widgets.member_picker import MemberPicker
from talagov.gui.widgets.tables import make_button
from talagov.services import mandates as mandates_service
from talagov.services import meetings as meetings_service
from talagov.services import members as members_service
from talagov.services.members import MemberListItem
from talagov.services.uow import UnitOfWork


@dataclass(frozen=True)
class ItemFormData:
    """Bodies and the members eligible on the record date (for elections)."""

    bodies: list[Body]
    members: list[MemberListItem]


def load_item_form(uow: UnitOfWork, meeting: Meeting) -> ItemFormData:
    """What the item dialog offers."""
    at = meeting.roll_date
    members = [m for m in members_service.list_members(uow, at) if m.active_on(at)]
    return ItemFormData(mandates_service.list_bodies(uow), members)


def change_text(item: AgendaItem | None, title: str) -> str:
    """What an amendment does, as said to the user."""
    if item is None:
        return arg(QCoreApplication.translate("AgendaItemDialog", "Add the item “%1”."), title)
    return arg(QCoreApplication.translate("AgendaItemDialog", "Change the item “%1”."), title)


class AgendaItemDialog(AmendingTaskDialog):
    """One agenda item of ``meeting``; ``item`` ``None`` adds one of ``kind`` at the end."""

    def __init__(self, ctx: AppContext, meeting: Meeting, kind: ItemKind,
                 item: AgendaItem | None = None, parent: QWidget | None = None) -> None:
        titles = {
            ItemKind.INFORMATION: self.tr("Information item"),
            ItemKind.RESOLUTION: self.tr("Resolution"),
            ItemKind.ELECTION: self.tr("Election"),
        }
        super().__init__(ctx, meeting, titles[item.kind if item else kind], parent)
        self.kind = item.kind if item else kind
        self._item = item
        self._members: dict[int, MemberListItem] = {}
        self.title = QLineEdit(self)
        self.title.setToolTip(self.tr("The item's title as listed in the agenda of the "
                                      "convocation."))
        explain(self.title, "ordre_du_jour")
        self.text = QPlainTextEdit(self)
        self.text.setTabChangesFocus(True)
        self.text.setMinimumHeight(self.text.fontMetrics().lineSpacing() * 6)
        self.add_row(self.tr("&Title:"), self.title)
        text_label = self.tr("Draft &resolution:") if self.kind is ItemKind.RESOLUTION \
            else self.tr("&Description:")
        self.add_row(text_label, self.text)
        if self.kind is ItemKind.RESOLUTION:
            self.text.setToolTip(self.tr("The exact wording put to the vote, printed in the "
                                         "convocation and the minutes."))
            explain(self.text, "resolution")
        else:
            self.text.setToolTip(self.tr("What the item is about, printed in the convocation."))
        self.nature = QComboBox(self)
        for nature, label in nature_labels().items():
            self.nature.addItem(label, nature.value)
        self.nature.setToolTip(self.tr("An extraordinary resolution (statutes, capital…) needs "
                                       "the qualified majority of an AGE."))
        explain(self.nature, "majorite_qualifiee")
        self.presenter = QComboBox(self)
        for presenter, label in presenter_labels().items():
            self.presenter.addItem(label, presenter.value)
        self.presenter.setToolTip(self.tr("Whether the management or associates put the "
                                          "resolution on the agenda."))
        self.body = QComboBox(self)
        self.body.setToolTip(self.tr("The board or committee whose members are elected."))
        self.seats = QSpinBox(self)
        self.seats.setRange(1, 99)
        self.seats.setToolTip(self.tr("How many seats are to be filled, from 1 to 99."))
        self.candidates = QListWidget(self)
        self.candidates.setMinimumHeight(self.candidates.fontMetrics().lineSpacing() * 4)
        self.candidates.setToolTip(self.tr("The members standing for election, in ballot order."))
        self.picker = MemberPicker(self)
        self.picker.setAccessibleName(self.tr("Candidate to add"))
        self.picker.setToolTip(self.tr("The member to add as a candidate; type part of a name or "
                                       "number."))
        self.add_candidate_button = make_button(self, self.tr("&Add candidate"), self.add_candidate)
        self.add_candidate_button.setToolTip(self.tr("Put the member chosen beside on the list "
                                                     "of candidates."))
        self.remove_candidate_button = make_button(self, self.tr("Re&move candidate"),
                                                   self.remove_candidate)
        self.remove_candidate_button.setToolTip(self.tr("Take the selected candidate off the "
                                                        "list."))
        if self.kind is ItemKind.RESOLUTION:
            self.add_row(self.tr("&Nature:"), self.nature)
            self.add_row(self.tr("&Presented by:"), self.presenter)
        if self.kind is ItemKind.ELECTION:
            self.add_row(self.tr("&Body:"), self.body)
            self.add_row(self.tr("&Seats:"), self.seats)
            self.add_row(self.tr("&Candidates:"), self._candidates_box())
        # Fields of the other kinds stay out of the form (and hidden, or they float at 0,0).
        if self.kind is not ItemKind.RESOLUTION:
            self.nature.hide()
            self.presenter.hide()
        if self.kind is not ItemKind.ELECTION:
            election_widgets: tuple[QWidget, ...] = (
                self.body, self.seats, self.candidates, self.picker, self.add_candidate_button,
                self.remove_candidate_button)
            for widget in election_widgets:
                widget.hide()
        if item is not None:
            self.title.setText(item.title)
            self.text.setPlainText(item.text)
            self.nature.setCurrentIndex(max(0, self.nature.findData(item.nature.value)))
            self.presenter.setCurrentIndex(max(0, self.presenter.findData(item.presenter.value)))
            self.seats.setValue(max(1, item.seats))
        self.setEnabled(False)
        ctx.runner.run(self, lambda uow: load_item_form(uow, meeting),
                       on_success=self._on_form_loaded, label=self.tr("Loading bodies and members"))

    def _candidates_box(self) -> QWidget:
        box = QWidget(self)
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.candidates, 1)
        row = QHBoxLayout()
        row.addWidget(self.picker, 1)
        row.addWidget(self.add_candidate_button)
        row.addWidget(self.remove_candidate_button)
        column.addLayout(row)
        self.candidates.setAccessibleName(self.tr("Candidates"))
        box.setFocusProxy(self.candidates)
        return box

    def _on_form_loaded(self, data: ItemFormData) -> None:
        for body in data.bodies:
            self.body.addItem(body.name, body.id)
        self._members = {m.id: m for m in data.members}
        self.picker.set_members(data.members)
        item = self._item
        if item is not None and item.body_id is not None:
            self.body.setCurrentIndex(max(0, self.body.findData(item.body_id)))
        if item is not None:
            for member_id in item.candidate_ids:
                self._add_candidate_row(member_id)
        self.setEnabled(True)
        self.title.setFocus()
        self.loaded.emit()

    # -- candidates --------------------------------------------------------------------

    def _add_candidate_row(self, member_id: int) -> None:
        member = self._members.get(member_id)
        text = MemberPicker.label_of(member) if member else f"#{member_id}"
        row = QListWidgetItem(text, self.candidates)
        row.setData(Qt.ItemDataRole.UserRole, member_id)

    def add_candidate(self) -> None:
        """Add the member chosen in the picker (once)."""
        member_id = self.picker.member_id()
        if member_id is None or member_id in self.candidate_ids():
            return
        self._add_candidate_row(member_id)
        self.picker.set_member_id(None)

    def remove_candidate(self) -> None:
        """Remove the selected candidate."""
        row = self.candidates.currentRow()
        if row >= 0:
            self.candidates.takeItem(row)

    def candidate_ids(self) -> tuple[int, ...]:
        """The candidates in the order entered."""
        return tuple(int(self.candidates.item(r).data(Qt.ItemDataRole.UserRole))
                     for r in range(self.candidates.count()))

    # -- saving ------------------------------------------------------------------------

    def agenda_item(self) -> AgendaItem:
        """The item as entered."""
        base = self._item or AgendaItem(0, self.meeting.id, 0, self.kind, "")
        election = self.kind is ItemKind.ELECTION
        body = self.body.currentData() if election else None
        return replace(
            base, title=self.title.text().strip(), text=self.text.toPlainText().strip(),
            nature=ResolutionNature(self.nature.currentData()),
            presenter=Presenter(self.presenter.currentData()),
            body_id=int(body) if body is not None else None,
            seats=self.seats.value() if election else 0,
            candidate_ids=self.candidate_ids() if election else ())

    def problems(self) -> list[str]:
        """A title, and the body of an election (the service checks the candidates)."""
        item = self.agenda_item()
        found = []
        if not item.title:
            found.append(self.tr("Give the item a title."))
        if item.kind is ItemKind.ELECTION and item.body_id is None:
            found.append(self.tr("Choose the body to elect (create it on the Mandates page)."))
        return found

    def amendment_text(self) -> str:
        """Adding or changing the item, by its title."""
        return change_text(self._item, self.agenda_item().title)

    def task(self) -> Any:
        """Add or update the item."""
        item, now, reason = self.agenda_item(), datetime.now(), self._reason
        if self._item is None:
            return lambda uow: meetings_service.add_item(uow, item, now=now, reason=reason)
        return lambda uow: meetings_service.update_item(uow, item, now=now, reason=reason)

    def task_label(self) -> str:
        """Shown if saving takes long."""
        return self.tr("Saving the agenda item")
