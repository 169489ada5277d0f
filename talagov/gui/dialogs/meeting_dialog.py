# SPDX-License-Identifier: GPL-3.0-or-later
"""Create or edit a meeting: title, kind, body, date, hours, place, remote link, record date.

Problems show under the field concerned (and in the bar at the top), found here first
and then by the service. Once the meeting is convened, its date, kind, body and record
date are locked (they decided who was convened): those fields are shown read-only.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime, time, timedelta
from typing import Any

from PySide6.QtCore import QTime, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTimeEdit,
    QWidget,
)

from talagov.core.errors import ValidationError
from talagov.core.mandates import Body
from talagov.core.meetings import Meeting, MeetingStatus, MeetingType
from talagov.gui import theme
from talagov.gui.context import AppContext
from talagov.gui.dialogs.task_dialog import TaskDialog
from talagov.gui.help.terms import explain
from talagov.gui.i18n import arg
from talagov.gui.meeting_labels import meeting_type_labels
from talagov.gui.widgets.date_edit import date_edit, edit_date, to_qdate
from talagov.gui.widgets.optional_date_edit import OptionalDateEdit
from talagov.messages import render_finding
from talagov.services import mandates as mandates_service
from talagov.services import meetings as meetings_service
from talagov.services.uow import UnitOfWork

_ERROR_STYLE = "color: $error;"  # as the member form; every line also starts with ⚠
ERROR_KEYS = ("title", "body_id", "on", "end_time", "record_date")


@dataclass(frozen=True)
class MeetingFormData:
    """The bodies to choose from and, when editing, the meeting."""

    bodies: list[Body]
    meeting: Meeting | None


def load_meeting_form(uow: UnitOfWork, meeting_id: int | None) -> MeetingFormData:
    """What the meeting dialog needs."""
    meeting = meetings_service.get_meeting(uow, meeting_id) if meeting_id else None
    return MeetingFormData(mandates_service.list_bodies(uow), meeting)


class OptionalTimeEdit(QWidget):
    """A check box followed by a time; unchecked means "no time set"."""

    value_changed = Signal()

    def __init__(self, default: time, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.check = QCheckBox(self)
        self.edit = QTimeEdit(QTime(default.hour, default.minute), self)
        self.edit.setDisplayFormat("HH:mm")
        self.check.setToolTip(self.tr("Tick to set a time; leave unticked when none is planned."))
        self.edit.setToolTip(self.tr("Time as hours and minutes, e.g. 18:30."))
        self.edit.setEnabled(False)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.check)
        layout.addWidget(self.edit, 1)
        self.setFocusProxy(self.check)
        self.check.toggled.connect(self.edit.setEnabled)
        self.check.toggled.connect(self.value_changed)
        self.edit.timeChanged.connect(self.value_changed)

    def setAccessibleName(self, name: str) -> None:
        """Name both parts."""
        super().setAccessibleName(name)
        self.check.setAccessibleName(arg(self.tr("%1: set a time"), name))
        self.edit.setAccessibleName(name)

    def setToolTip(self, text: str) -> None:
        """The tool tip says what the time is: the time field gets it too."""
        super().setToolTip(text)
        self.edit.setToolTip(text)

    def value(self) -> time | None:
        """The time, or ``None``."""
        if not self.check.isChecked():
            return None
        t = self.edit.time()
        return time(t.hour(), t.minute())

    def setValue(self, value: time | None) -> None:
        """Show ``value`` (``None``: unchecked)."""
        self.check.setChecked(value is not None)
        if value is not None:
            self.edit.setTime(QTime(value.hour, value.minute))


class MeetingDialog(TaskDialog):
    """New meeting (``meeting_id`` ``None``) or the details of an existing one.

    ``saved`` carries the meeting id.
    """

    def __init__(self, ctx: AppContext, meeting_id: int | None = None,
                 parent: QWidget | None = None) -> None:
        title = self.tr("New meeting") if meeting_id is None else self.tr("Meeting details")
        super().__init__(ctx, title, parent)
        self._meeting_id = meeting_id
        self._original: Meeting | None = None
        self._tried = False
        self._server: list[Any] = []  # findings of the last refusal, per field
        self._errors: dict[str, QLabel] = {}
        self.title = QLineEdit(self)
        self.title.setPlaceholderText(self.tr("e.g. Assemblée générale ordinaire 2027"))
        self.title.setToolTip(self.tr("The title printed on the convocation and the minutes, "
                                      "e.g. Assemblée générale ordinaire 2027."))
        self.type = QComboBox(self)
        for kind, label in meeting_type_labels().items():
            self.type.addItem(label, kind.value)
        self.type.setToolTip(self.tr("The kind of meeting decides its quorum, majority and "
                                     "notice."))
        explain(self.type, "ag_ordinaire")
        explain(self.type, "ag_extraordinaire")
        self.body = QComboBox(self)
        self.body.setToolTip(self.tr("For a board meeting, the body that meets."))
        self.on = date_edit(self, ctx.today() + timedelta(days=30), ctx.lang)
        self.on.setToolTip(self.tr("The day of the meeting; the notice period is counted back "
                                   "from it."))
        self.start_time = OptionalTimeEdit(time(18, 0), self)
        self.start_time.setToolTip(self.tr("The time the meeting starts, printed on the "
                                           "convocation."))
        self.end_time = OptionalTimeEdit(time(20, 0), self)
        self.end_time.setToolTip(self.tr("The time the meeting is planned to end."))
        self.place = QLineEdit(self)
        self.place.setPlaceholderText(self.tr("Address of the room"))
        self.place.setToolTip(self.tr("Where the meeting is held, printed on the convocation."))
        self.remote_link = QLineEdit(self)
        self.remote_link.setPlaceholderText(self.tr("Video-conference link, if members may attend remotely"))
        self.remote_link.setToolTip(self.tr("A web address, e.g. https://…, sent with the "
                                            "convocation when the statutes allow remote "
                                            "attendance."))
        self.record_date = OptionalDateEdit(self, lang=ctx.lang, default=lambda: edit_date(self.on))
        self.record_date.setToolTip(self.tr("The day on which the members and their shares are "
                                            "counted for the votes; unticked: the meeting's date."))
        self.notes = QPlainTextEdit(self)
        self.notes.setTabChangesFocus(True)
        self.notes.setToolTip(self.tr("Free notes about the meeting, for the secretary."))
        self.notes.setMaximumHeight(self.notes.fontMetrics().lineSpacing() * 4
                                    + 2 * self.notes.frameWidth() + 8)
        self.lock_hint = QLabel(self.tr("The meeting is convened: its date, kind, body and "
                                        "record date can no longer change."), self)
        self.lock_hint.setWordWrap(True)
        self.form.addRow(self.lock_hint)
        self.form.setRowVisible(self.lock_hint, False)
        self._field(self.tr("&Title:"), self.title, "title")
        self._field(self.tr("&Kind:"), self.type)
        self._field(self.tr("&Body:"), self.body, "body_id")
        self._field(self.tr("&Date:"), self.on, "on")
        self._field(self.tr("&Starts at:"), self.start_time)
        self._field(self.tr("E&nds at:"), self.end_time, "end_time")
        self._field(self.tr("&Place:"), self.place)
        self._field(self.tr("&Remote link:"), self.remote_link)
        self._field(self.tr("Re&cord date of the voting rights:"), self.record_date, "record_date")
        self._field(self.tr("N&otes:"), self.notes)
        self.type.currentIndexChanged.connect(self._on_type_current_index_changed)
        for line in (self.title, self.place, self.remote_link):
            line.textChanged.connect(self._revalidate)
        self.body.currentIndexChanged.connect(self._revalidate)
        self.on.dateChanged.connect(self._revalidate)
        self.start_time.value_changed.connect(self._revalidate)
        self.end_time.value_changed.connect(self._revalidate)
        self.record_date.value_changed.connect(self._revalidate)
        self._on_type_current_index_changed()
        self.setEnabled(False)
        ctx.runner.run(self, lambda uow: load_meeting_form(uow, meeting_id),
                       on_success=self._on_form_loaded, label=self.tr("Loading the meeting"))

    def _field(self, text: str, widget: QWidget, error_key: str = "") -> None:
        self.add_row(text, widget)
        if error_key:
            error = QLabel(self)
            error.setWordWrap(True)
            theme.set_style(error, _ERROR_STYLE)
            self._errors[error_key] = error
            self.form.addRow(error)
            self.form.setRowVisible(error, False)

    def _on_form_loaded(self, data: MeetingFormData) -> None:
        for body in data.bodies:
            self.body.addItem(body.name, body.id)
        m = data.meeting
        if m is not None:
            self._original = m
            self.title.setText(m.title)
            self.type.setCurrentIndex(max(0, self.type.findData(m.type.value)))
            if m.body_id is not None:
                self.body.setCurrentIndex(max(0, self.body.findData(m.body_id)))
            self.on.setDate(to_qdate(m.on))
            self.start_time.setValue(m.start_time)
            self.end_time.setValue(m.end_time)
            self.place.setText(m.place)
            self.remote_link.setText(m.remote_link)
            self.record_date.setValue(m.record_date)
            self.notes.setPlainText(m.notes)
            locked = m.status is not MeetingStatus.DRAFT
            for widget in (self.type, self.body, self.on, self.record_date):
                widget.setEnabled(not locked)
            self.form.setRowVisible(self.lock_hint, locked)
            if m.status is MeetingStatus.ARCHIVED:
                self.ok_button.setEnabled(False)
        self.setEnabled(True)
        self.title.setFocus()
        self.loaded.emit()

    def _on_type_current_index_changed(self, *_args: object) -> None:
        # A general assembly gathers the associates; other meetings are a body's.
        self.form.setRowVisible(self.body, not MeetingType(self.type.currentData()).is_general_assembly)
        self._revalidate()

    def meeting(self) -> Meeting:
        """The meeting as entered (lifecycle fields kept from the original)."""
        kind = MeetingType(self.type.currentData())
        body = None if kind.is_general_assembly else self.body.currentData()
        base = self._original or Meeting(0, "", kind, edit_date(self.on))
        return replace(
            base, title=self.title.text().strip(), type=kind, on=edit_date(self.on),
            body_id=int(body) if body is not None else None,
            start_time=self.start_time.value(), end_time=self.end_time.value(),
            place=self.place.text().strip(), remote_link=self.remote_link.text().strip(),
            record_date=self.record_date.value(), notes=self.notes.toPlainText().strip())

    def field_problems(self) -> dict[str, list[str]]:
        """Problems per field: found here, plus the service's for fields not changed since."""
        m = self.meeting()
        found: dict[str, list[str]] = {key: [] for key in (*ERROR_KEYS, "")}
        if not m.title:
            found["title"].append(self.tr("Give the meeting a title."))
        if not m.type.is_general_assembly and m.body_id is None:
            found["body_id"].append(self.tr("Choose the body that meets (create it on the "
                                            "Mandates page if needed)."))
        if m.start_time and m.end_time and m.end_time <= m.start_time:
            found["end_time"].append(self.tr("The meeting must end after it starts."))
        if m.record_date is not None and m.record_date > m.on:
            found["record_date"].append(self.tr("The record date cannot be after the meeting."))
        for finding, value in self._server:
            if getattr(m, finding.field, None) == value:
                key = finding.field if finding.field in ERROR_KEYS else ""
                text = render_finding(finding, self.ctx.lang)
                if text not in found[key]:
                    found[key].append(text)
        return found

    def problems(self) -> list[str]:
        """Every problem, and each shown under its field."""
        found = self.field_problems()
        for key, label in self._errors.items():
            lines = found.get(key, [])
            label.setText("\n".join(f"⚠ {t}" for t in lines))
            self.form.setRowVisible(label, bool(lines))
        return [t for lines in found.values() for t in lines]

    def _revalidate(self, *_args: object) -> None:
        if self._tried:
            self.show_problems(self.problems())

    def _on_buttons_accepted(self) -> None:
        self._tried = True
        super()._on_buttons_accepted()

    def task(self) -> Any:
        """Create or update the meeting; the result is the meeting id."""
        meeting, now, existing = self.meeting(), datetime.now(), self._original is not None

        def save(uow: UnitOfWork) -> tuple[int, Any]:
            if existing:
                return meeting.id, meetings_service.update_meeting(uow, meeting, now=now)
            return meetings_service.create_meeting(uow, meeting, now=now)

        return save

    def task_label(self) -> str:
        """Shown if saving takes long."""
        return self.tr("Saving the meeting")

    def _on_task_succeeded(self, result: object) -> None:
        # ``saved`` carries the meeting id, not the (id, changes) pair.
        super()._on_task_succeeded(result[0] if isinstance(result, tuple) else result)

    def _on_task_failed(self, exc: BaseException) -> None:
        if not isinstance(exc, ValidationError):
            super()._on_task_failed(exc)
            return
        # The service's findings go under their fields, until the field is changed.
        self._busy = False
        self.ok_button.setEnabled(True)
        m = self.meeting()
        self._server = [(p, getattr(m, p.field, None)) for p in exc.problems]
        self.show_problems(self.problems())
        self.failed.emit()
