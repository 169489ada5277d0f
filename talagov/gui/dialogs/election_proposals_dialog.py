# SPDX-License-Identifier: GPL-3.0-or-later
"""Propose the elections due at a meeting: bodies whose mandates end by its date.

Each proposal is a check box; the chosen ones become election items (body and number
of seats filled, the outgoing members named in the description, since they may stand
again). A convened meeting asks for the amendment's reason first.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QWidget

from talagov.core.agenda import AgendaItem, ElectionProposal, ItemKind
from talagov.core.meetings import Meeting
from talagov.gui.context import AppContext
from talagov.gui.dialogs.amendment_dialog import AmendingTaskDialog
from talagov.gui.help.terms import explain
from talagov.gui.i18n import arg
from talagov.services import meetings as meetings_service
from talagov.services import members as members_service
from talagov.services.changes import Aggregate, Changes
from talagov.services.uow import UnitOfWork


@dataclass(frozen=True)
class ProposalsData:
    """The proposals and the names of the outgoing members."""

    proposals: tuple[ElectionProposal, ...]
    names: dict[int, str]


def load_proposals(uow: UnitOfWork, meeting_id: int, today: Any) -> ProposalsData:
    """Proposals for the meeting as of ``today``."""
    proposals = meetings_service.election_proposals(uow, meeting_id, today=today)
    names = {m.id: m.display_name for m in members_service.list_members(uow, today)}
    return ProposalsData(proposals, names)


def proposal_item(meeting_id: int, proposal: ElectionProposal, names: dict[int, str]) -> AgendaItem:
    """The election item a proposal becomes."""
    outgoing = ", ".join(names.get(i, f"#{i}") for i in proposal.outgoing_member_ids)
    title = arg(QCoreApplication.translate("ElectionProposalsDialog", "Election to the %1"),
                proposal.body_name)
    text = arg(QCoreApplication.translate(
        "ElectionProposalsDialog", "Outgoing members (who may stand again): %1."), outgoing)
    return AgendaItem(0, meeting_id, 0, ItemKind.ELECTION, title, text,
                      body_id=proposal.body_id, seats=proposal.seats)


def add_items(uow: UnitOfWork, items: list[AgendaItem], *, now: datetime, reason: str) -> Changes:
    """Append every item (one amendment each when the meeting is convened)."""
    for item in items:
        meetings_service.add_item(uow, item, now=now, reason=reason)
    return Changes.of(Aggregate.AGENDA, ids=tuple({i.meeting_id for i in items}))


class ElectionProposalsDialog(AmendingTaskDialog):
    """Check the elections to add to ``meeting``'s agenda."""

    def __init__(self, ctx: AppContext, meeting: Meeting, parent: QWidget | None = None) -> None:
        super().__init__(ctx, meeting, self.tr("Propose elections"), parent)
        self._data = ProposalsData((), {})
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.form.addRow(self.intro)
        self.proposals = QListWidget(self)
        self.proposals.setMinimumHeight(self.proposals.fontMetrics().lineSpacing() * 6)
        self.proposals.setToolTip(self.tr("Tick each election to add to the agenda; each lists "
                                          "the mandates that end."))
        explain(self.proposals, "mandat")
        self.add_row(self.tr("&Elections due:"), self.proposals)
        self.ok_button.setText(self.tr("&Add to the agenda"))
        self.ok_button.setToolTip(self.tr("Add one election item per ticked line to the "
                                          "meeting's agenda."))
        self.setEnabled(False)
        today = ctx.today()
        ctx.runner.run(self, lambda uow: load_proposals(uow, meeting.id, today),
                       on_success=self._on_loaded, label=self.tr("Looking for mandates to renew"))

    def _on_loaded(self, data: ProposalsData) -> None:
        self._data = data
        for proposal in data.proposals:
            names = ", ".join(data.names.get(i, f"#{i}") for i in proposal.outgoing_member_ids)
            text = arg(self.tr("%1: %2 seat(s) — outgoing: %3"), proposal.body_name,
                       proposal.seats, names)
            row = QListWidgetItem(text, self.proposals)
            row.setFlags(row.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            row.setCheckState(Qt.CheckState.Checked)
        if data.proposals:
            self.intro.setText(self.tr("These mandates end before or at the meeting: check the "
                                       "elections to put on the agenda."))
            self.proposals.setCurrentRow(0)
        else:
            self.intro.setText(self.tr("No mandate ends before or at this meeting."))
            self.form.setRowVisible(self.proposals, False)
            self.ok_button.setEnabled(False)
        self.setEnabled(True)
        self.proposals.setFocus()
        self.loaded.emit()

    def chosen(self) -> list[AgendaItem]:
        """The items of the checked proposals."""
        return [proposal_item(self.meeting.id, p, self._data.names)
                for r, p in enumerate(self._data.proposals)
                if self.proposals.item(r).checkState() == Qt.CheckState.Checked]

    def problems(self) -> list[str]:
        """At least one election must be checked."""
        return [] if self.chosen() else [self.tr("Check at least one election.")]

    def amendment_text(self) -> str:
        """How many elections are added."""
        return self.tr("Add %n election(s) to the agenda.", "", len(self.chosen()))

    def task(self) -> Any:
        """Add the chosen elections."""
        items, now, reason = self.chosen(), datetime.now(), self._reason
        return lambda uow: add_items(uow, items, now=now, reason=reason)

    def task_label(self) -> str:
        """Shown if saving takes long."""
        return self.tr("Adding the elections")
