# SPDX-License-Identifier: GPL-3.0-or-later
"""Bureau and conduct of the session: chair, secretary, scrutineers, opening, closing,
and the quorum recorded at the opening of each item."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QGridLayout,
    QLabel,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from talagov.core.meetings import MeetingStatus
from talagov.gui.context import AppContext
from talagov.gui.file_actions import ask_save_path
from talagov.gui.help.terms import explain
from talagov.gui.i18n import arg, show_date
from talagov.gui.meeting.session_data import Clock, SessionData
from talagov.gui.meeting.session_records import QuorumRecordModel, RecordQuorumDialog
from talagov.gui.meeting_labels import meeting_status_label
from talagov.gui.widgets.tables import make_button, make_table
from talagov.services import session as session_service
from talagov.services.attendance_sheet import attendance_sheet
from talagov.services.files import save_file


def confirm(parent: QWidget, title: str, question: str) -> bool:
    """Ask a yes/no question (tests replace this function)."""
    answer = QMessageBox.question(parent, title, question)
    return answer == QMessageBox.StandardButton.Yes


class BureauWidget(QWidget):
    """Who conducts the meeting, its opening and closing, and the recorded quorums."""

    sheet_saved = Signal(str)  # the path of the attendance sheet just written

    def __init__(self, ctx: AppContext, clock: Clock, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._clock = clock
        self.data: SessionData | None = None
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.chair = QLabel(self)
        self.secretary = QLabel(self)
        self.scrutineers = QLabel(self)
        for label in (self.chair, self.secretary, self.scrutineers):
            label.setWordWrap(True)
        self.bureau_button = make_button(self, self.tr("Choose the &bureau…"), self.edit_bureau)
        self.open_button = make_button(self, self.tr("Open the sess&ion…"), self.open_session)
        self.close_button = make_button(self, self.tr("&Close the session…"), self.close_session)
        self.record_button = make_button(self, self.tr("Record &quorum for item…"),
                                         self.record_quorum)
        self.sheet_button = make_button(self, self.tr("Save the a&ttendance sheet (PDF)…"),
                                        self.save_sheet)
        self.records = QuorumRecordModel(self)
        self.records_table = make_table(self, self.records, self.tr("Recorded quorums"))
        self.bureau_button.setToolTip(self.tr("Choose the chair, the secretary and the "
                                              "scrutineers of the meeting."))
        explain(self.bureau_button, "bureau")
        self.open_button.setToolTip(self.tr("Open the meeting now: the quorum at the opening is "
                                            "recorded."))
        self.close_button.setToolTip(self.tr("Close the meeting now: attendance, proxies and "
                                             "postal votes become final."))
        self.record_button.setToolTip(self.tr("Record the quorum when an agenda item is taken "
                                              "up."))
        explain(self.record_button, "quorum")
        self.sheet_button.setToolTip(self.tr("Save the attendance sheet, with its signatures, "
                                             "as a PDF."))
        explain(self.sheet_button, "feuille_de_presence")
        self.records_table.setToolTip(self.tr("The quorum recorded at the opening and at each "
                                              "agenda item."))

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("Session:"), self.status)
        for text, value, key in ((self.tr("Chair:"), self.chair, "president_de_seance"),
                                 (self.tr("Secretary:"), self.secretary, "secretaire_de_seance"),
                                 (self.tr("Scrutineers:"), self.scrutineers, "scrutateur")):
            label = QLabel(text, self)
            explain(label, key)  # the legal roles, defined where they are named
            form.addRow(label, value)
        # Two rows of buttons: one row of five is wider than the workspace in French.
        buttons = QGridLayout()
        for index, button in enumerate((self.bureau_button, self.open_button, self.close_button,
                                        self.record_button, self.sheet_button)):
            buttons.addWidget(button, index // 3, index % 3)
        buttons.setColumnStretch(3, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addWidget(QLabel(self.tr("Quorums recorded:"), self))
        layout.addWidget(self.records_table, 1)
        self.set_data(None)

    def set_data(self, data: SessionData | None) -> None:
        """Show the bureau, the session's status and its records (``None``: nothing)."""
        self.data = data
        none = self.tr("not chosen yet")
        if data is None:
            for label in (self.status, self.chair, self.secretary, self.scrutineers):
                label.setText("")
            self.records.set_records((), {}, self.ctx.lang)
            self._update_actions()
            return
        meeting = data.state.meeting
        names = {line.member_id: line.name for line in data.state.lines}
        self.status.setText(self._status_text(data))
        chair = names.get(meeting.chair_member_id, "") if meeting.chair_member_id else ""
        self.chair.setText(chair or none)
        self.secretary.setText(meeting.secretary_name or none)
        self.scrutineers.setText(", ".join(names.get(i, str(i)) for i in meeting.scrutineer_ids)
                                 or none)
        self.records.set_records(data.state.records, {i.id: i.title for i in data.agenda},
                                 self.ctx.lang)
        self.records_table.resizeColumnsToContents()
        self._update_actions()

    def _status_text(self, data: SessionData) -> str:
        meeting = data.state.meeting
        label = meeting_status_label(meeting.status)
        if meeting.status is MeetingStatus.IN_SESSION and meeting.opened_at is not None:
            return arg(self.tr("%1 since %2"), label, f"{meeting.opened_at:%H:%M}")
        if meeting.closed_at is not None:
            return arg(self.tr("%1 on %2 at %3"), label,
                       show_date(meeting.closed_at.date(), self.ctx.lang),
                       f"{meeting.closed_at:%H:%M}")
        return label

    def _update_actions(self) -> None:
        status = self.data.state.meeting.status if self.data is not None else None
        self.bureau_button.setEnabled(self.data is not None and self.data.editable)
        self.open_button.setEnabled(status is MeetingStatus.CONVENED)
        self.close_button.setEnabled(status is MeetingStatus.IN_SESSION)
        self.record_button.setEnabled(status is MeetingStatus.IN_SESSION)
        self.sheet_button.setEnabled(self.data is not None)

    def edit_bureau(self) -> None:
        """Open the bureau dialog."""
        from talagov.gui.dialogs.bureau_dialog import BureauDialog

        if self.data is not None:
            BureauDialog(self.ctx, self.data, self).open()

    def open_session(self) -> None:
        """Open the session after confirmation; the opening quorum is recorded."""
        if self.data is None or not confirm(self, self.tr("Open the session"), self.tr(
                "Open the session now? The quorum at the opening is recorded, and postal votes "
                "received from now on will not be counted.")):
            return
        meeting_id, now = self.data.meeting_id, self._clock()
        self.ctx.runner.run(self, lambda uow: session_service.open_session(uow, meeting_id, now=now),
                            label=self.tr("Opening the session"))

    def close_session(self) -> None:
        """Close the session after confirmation; the attendance sheet is then final."""
        if self.data is None or not confirm(self, self.tr("Close the session"), self.tr(
                "Close the session now? The attendance sheet, proxies and postal votes can no "
                "longer change.")):
            return
        meeting_id, now = self.data.meeting_id, self._clock()
        self.ctx.runner.run(self, lambda uow: session_service.close_session(uow, meeting_id, now=now),
                            label=self.tr("Closing the session"))

    def record_quorum(self) -> None:
        """Choose an agenda item and record the quorum at its opening."""
        if self.data is not None:
            RecordQuorumDialog(self.ctx, self.data, self._clock, self).open()

    def save_sheet(self) -> None:
        """Ask where, then print the attendance sheet (R225-95) in the background."""
        if self.data is None:
            return
        meeting_id = self.data.meeting_id
        chosen = ask_save_path(self, self.tr("Save the attendance sheet"),
                               self.tr("attendance-sheet.pdf"), self.tr("PDF documents (*.pdf)"))
        if chosen is None:
            return
        path, now, lang = chosen, self._clock(), self.ctx.lang

        def work(uow: Any, progress: Any, cancel: Any) -> None:
            save_file(path, attendance_sheet(uow, meeting_id, now=now, lang=lang))

        self.ctx.runner.run(self, work, label=self.tr("Printing the attendance sheet"),
                            on_success=lambda _result: self.sheet_saved.emit(str(path)))
