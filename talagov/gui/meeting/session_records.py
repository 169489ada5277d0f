# SPDX-License-Identifier: GPL-3.0-or-later
"""The quorums recorded during the session, and the dialog recording one for an item."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QWidget

from talagov.gui.context import AppContext
from talagov.gui.dialogs.task_dialog import TaskDialog
from talagov.gui.i18n import arg, show_int
from talagov.gui.meeting.session_data import Clock, SessionData
from talagov.gui.models.item_table_model import ItemTableModel
from talagov.services import session as session_service
from talagov.services.session import QuorumRecord


def opening_label() -> str:
    """A quorum recorded for the session as a whole, at its opening."""
    return QCoreApplication.translate("QuorumRecords", "Opening of the session")


class QuorumRecordModel(ItemTableModel[QuorumRecord]):
    """One row per recorded quorum: time, agenda item, taking part, required, met."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(5, parent)
        self._titles: Mapping[int, str] = {}
        self._lang = "fr"

    def headers(self) -> list[str]:
        """The column titles, translated."""
        return [self.tr("Time"), self.tr("Agenda item"), self.tr("Taking part"),
                self.tr("Required"), self.tr("Quorum")]

    def set_records(self, records: Sequence[QuorumRecord], titles: Mapping[int, str],
                    lang: str) -> None:
        """Replace the rows; ``titles`` maps item ids to their titles."""
        self.beginResetModel()
        self._items = sorted(records, key=lambda r: r.at)
        self._titles, self._lang = dict(titles), lang
        self.endResetModel()

    def _text(self, record: QuorumRecord, column: int) -> str:
        if column == 0:
            return f"{record.at:%H:%M}"
        if column == 1:
            if record.item_id is None:
                return opening_label()
            return self._titles.get(record.item_id, str(record.item_id))
        if column == 2:
            return show_int(record.result.participants, self._lang)
        if column == 3:
            return show_int(record.result.required, self._lang)
        return self.tr("✔ Met") if record.result.met else self.tr("✘ Not met")


class RecordQuorumDialog(TaskDialog):
    """Choose the agenda item whose opening the quorum is recorded for, then record it."""

    def __init__(self, ctx: AppContext, data: SessionData, clock: Clock,
                 parent: QWidget | None = None) -> None:
        super().__init__(ctx, self.tr("Record the quorum"), parent)
        self._meeting_id = data.meeting_id
        self._clock = clock
        self.item = QComboBox(self)
        self.item.addItem(opening_label(), None)
        recorded = {r.item_id for r in data.state.records}
        items = sorted(data.agenda, key=lambda i: i.position)
        for number, item in enumerate(items, start=1):
            self.item.addItem(arg(self.tr("%1. %2"), number, item.title), item.id)
        # Propose the first item not recorded yet.
        pending = next((i for i, item in enumerate(items, start=1) if item.id not in recorded), 0)
        self.item.setCurrentIndex(pending)
        self.item.setToolTip(self.tr("The opening of the meeting, or the agenda item now taken "
                                     "up."))
        self.add_row(self.tr("&Agenda item:"), self.item)
        self.ok_button.setText(self.tr("&Record quorum"))
        self.ok_button.setToolTip(self.tr("Record the members taking part now as the quorum of "
                                          "this item."))

    def task(self) -> Any:
        """Record the quorum now for the chosen item."""
        meeting_id, item_id, at = self._meeting_id, self.item.currentData(), self._clock()
        return lambda uow: session_service.record_quorum(uow, meeting_id, item_id, at=at)

    def task_label(self) -> str:
        """Shown if recording takes long."""
        return self.tr("Recording the quorum")
