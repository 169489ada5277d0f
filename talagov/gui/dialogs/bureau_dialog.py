# SPDX-License-Identifier: GPL-3.0-or-later
"""The bureau of the meeting (K14): chair, secretary and two scrutineers.

The chair and the scrutineers are chosen among the members attending (present or
remote); the secretary may be anyone, typed in. The service checks attendance again.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QLabel, QLineEdit, QWidget

from talagov.gui.context import AppContext
from talagov.gui.dialogs.task_dialog import TaskDialog
from talagov.gui.help.terms import explain
from talagov.gui.meeting.session_data import SessionData, roll_items
from talagov.gui.widgets.member_picker import MemberPicker
from talagov.services import session as session_service


class BureauDialog(TaskDialog):
    """Choose the bureau of the meeting of ``data``, prefilled with the current one."""

    def __init__(self, ctx: AppContext, data: SessionData, parent: QWidget | None = None) -> None:
        super().__init__(ctx, self.tr("Bureau of the meeting"), parent)
        meeting = data.state.meeting
        self._meeting_id = meeting.id
        attendees = roll_items(data.attendees())
        self.chair = MemberPicker(self)
        self.chair.set_members(attendees, meeting.chair_member_id)
        self.chair.setToolTip(self.tr("The member present who chairs the meeting; type part of a "
                                      "name or number."))
        explain(self.chair, "president_de_seance")
        self.secretary = QLineEdit(meeting.secretary_name, self)
        self.secretary.setPlaceholderText(self.tr("Name of the secretary of the meeting"))
        self.secretary.setToolTip(self.tr("The person who takes the minutes; they need not be a "
                                          "member."))
        explain(self.secretary, "secretaire_de_seance")
        current: list[int | None] = [*meeting.scrutineer_ids, None, None]
        self.scrutineers = []
        for number in (0, 1):
            picker = MemberPicker(self)
            picker.set_members(attendees, current[number])
            self.scrutineers.append(picker)
            picker.setToolTip(self.tr("A member present who checks the attendance sheet and the "
                                      "counts of votes."))
            explain(picker, "scrutateur")
        hint = QLabel(self.tr("The chair and the scrutineers are chosen among the members "
                              "present or connected."), self)
        hint.setWordWrap(True)
        self.form.addRow(hint)
        self.add_row(self.tr("&Chair:"), self.chair).setWordWrap(False)
        self.add_row(self.tr("S&ecretary:"), self.secretary).setWordWrap(False)
        self.add_row(self.tr("Scrutineer &1:"), self.scrutineers[0]).setWordWrap(False)
        self.add_row(self.tr("Scrutineer &2:"), self.scrutineers[1]).setWordWrap(False)
        self.ok_button.setText(self.tr("&Save bureau"))
        self.ok_button.setToolTip(self.tr("Record the chair, secretary and scrutineers of this "
                                          "meeting."))
        explain(self.ok_button, "bureau")

    def scrutineer_ids(self) -> tuple[int, ...]:
        """The scrutineers chosen, in order, without blanks."""
        return tuple(i for i in (p.member_id() for p in self.scrutineers) if i is not None)

    def problems(self) -> list[str]:
        """Typed names must designate an attendee; two scrutineers must be two people."""
        found = []
        for picker in (self.chair, *self.scrutineers):
            if picker.currentText().strip() and picker.member_id() is None:
                found.append(self.tr("Choose each member of the bureau among the attendees "
                                     "(or leave the field empty)."))
                break
        ids = self.scrutineer_ids()
        if len(ids) != len(set(ids)):
            found.append(self.tr("Choose two different scrutineers."))
        return found

    def task(self) -> Any:
        """Save the bureau."""
        meeting_id, chair_id = self._meeting_id, self.chair.member_id()
        secretary, scrutineers = self.secretary.text().strip(), self.scrutineer_ids()
        return lambda uow: session_service.set_bureau(
            uow, meeting_id, chair_id=chair_id, secretary_name=secretary,
            scrutineer_ids=scrutineers)

    def task_label(self) -> str:
        """Shown if saving takes long."""
        return self.tr("Saving the bureau")
