# SPDX-License-Identifier: GPL-3.0-or-later
"""The preparation tab of a meeting: its details, the agenda and the documents."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from talagov.core.agenda import AgendaItem, Amendment
from talagov.core.meetings import Meeting, MeetingStatus
from talagov.gui.context import AppContext
from talagov.gui.help.terms import explain
from talagov.gui.i18n import arg, show_date
from talagov.gui.meeting.agenda_panel import AgendaPanel
from talagov.gui.meeting.documents_panel import DocumentsPanel
from talagov.gui.meeting_labels import meeting_type_label
from talagov.gui.models.meeting_table_model import convocation_text
from talagov.gui.widgets.tables import make_button
from talagov.services import library as library_service
from talagov.services import mandates as mandates_service
from talagov.services import meetings as meetings_service
from talagov.services.changes import Aggregate, Changes
from talagov.services.library import AttachedDocument
from talagov.services.uow import UnitOfWork


@dataclass(frozen=True)
class PreparationData:
    """Everything the tab shows, loaded in one task."""

    meeting: Meeting
    items: list[AgendaItem]
    amendments: list[Amendment]
    documents: list[AttachedDocument]
    bodies: dict[int, str]


def load_preparation(uow: UnitOfWork, meeting_id: int) -> PreparationData:
    """The meeting, its agenda, amendments, attachments and the body names."""
    return PreparationData(
        meetings_service.get_meeting(uow, meeting_id), meetings_service.agenda(uow, meeting_id),
        meetings_service.amendments(uow, meeting_id),
        library_service.meeting_documents(uow, meeting_id),
        {b.id: b.name for b in mandates_service.list_bodies(uow)})


def hours_text(m: Meeting) -> str:
    """"18:00 – 20:00", "from 18:00" or ""."""
    if m.start_time and m.end_time:
        return f"{m.start_time:%H:%M} – {m.end_time:%H:%M}"
    if m.start_time:
        return f"{m.start_time:%H:%M}"
    return ""


class PreparationTab(QWidget):
    """Details, agenda (with amendments) and documents of one meeting."""

    loaded = Signal()  # after every reload (tests wait on it)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.meeting_id: int | None = None
        self.meeting: Meeting | None = None
        self._generation = 0
        self.details = QGroupBox(self.tr("Details"), self)
        self._values: dict[str, QLabel] = {}
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for key, text in (("kind", self.tr("Kind:")), ("body", self.tr("Body:")),
                          ("when", self.tr("Date and hours:")), ("place", self.tr("Place:")),
                          ("remote", self.tr("Remote link:")),
                          ("record", self.tr("Record date:")),
                          ("convocation", self.tr("Convocation:")), ("notes", self.tr("Notes:"))):
            value = QLabel(self)
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            label = QLabel(text, self)
            label.setBuddy(value)
            if key == "convocation":
                explain(label, "convocation")
            form.addRow(label, value)
            self._values[key] = value
        self._form = form
        self.edit_button = make_button(self, self.tr("Edit &details…"), self.edit_details)
        self.edit_button.setToolTip(self.tr("Change the kind, date, place and other details of "
                                            "the meeting."))
        details_layout = QHBoxLayout(self.details)
        details_layout.addLayout(form, 1)
        details_layout.addWidget(self.edit_button, 0, Qt.AlignmentFlag.AlignTop)
        self.agenda = AgendaPanel(ctx, self)
        self.documents = DocumentsPanel(ctx, self)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.agenda)
        splitter.addWidget(self.documents)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.details)
        layout.addWidget(splitter, 1)
        self._show(None)

    def set_meeting(self, meeting_id: int | None) -> None:
        """Show the meeting ``meeting_id`` (``None``: nothing)."""
        self.meeting_id = meeting_id
        self.reload()

    def reload(self) -> None:
        """Load the meeting again."""
        self._generation += 1
        generation, meeting_id = self._generation, self.meeting_id
        if meeting_id is None:
            self._show(None)
            return
        self.ctx.runner.run(self, lambda uow: load_preparation(uow, meeting_id),
                            on_success=lambda data: self._on_loaded(generation, data),
                            on_failure=lambda exc: self._on_load_failed(generation, exc),
                            label=self.tr("Loading the meeting"))

    def on_changes(self, changes: Changes) -> None:
        """Reload on changes to meetings, the agenda, the library or bodies.

        Members are not shown here (an election shows how many candidates it has), so
        editing one reloads nothing.
        """
        if self.meeting_id is not None and changes.touches(
                Aggregate.MEETINGS, Aggregate.AGENDA, Aggregate.LIBRARY, Aggregate.MANDATES):
            self.reload()

    def _on_load_failed(self, generation: int, exc: BaseException) -> None:
        from talagov.core.errors import NotFoundError
        from talagov.gui.errors import show_error

        if generation != self._generation:
            return
        if isinstance(exc, NotFoundError):  # deleted meanwhile
            self.meeting_id = None
            self._show(None)
        else:
            show_error(self, exc)

    def _on_loaded(self, generation: int, data: PreparationData) -> None:
        if generation != self._generation:
            return
        self._show(data)
        self.loaded.emit()

    def _show(self, data: PreparationData | None) -> None:
        m = data.meeting if data else None
        self.meeting = m
        lang = self.ctx.lang
        values = {key: "" for key in self._values}
        if data is not None and m is not None:
            values["kind"] = meeting_type_label(m.type)
            values["body"] = data.bodies.get(m.body_id, "") if m.body_id else \
                self.tr("The associates (general meeting)")
            hours = hours_text(m)
            values["when"] = arg(self.tr("%1, %2"), show_date(m.on, lang), hours) if hours \
                else show_date(m.on, lang)
            values["place"] = m.place
            values["remote"] = m.remote_link
            values["record"] = show_date(m.roll_date, lang)
            values["convocation"] = convocation_text(int(m.convocation))
            values["notes"] = m.notes
        for key, label in self._values.items():
            label.setText(values[key])
            # Empty optional lines take no room.
            self._form.setRowVisible(label, bool(values[key]) or key in ("kind", "when"))
        self.edit_button.setEnabled(m is not None and m.status is not MeetingStatus.ARCHIVED)
        self.agenda.set_state(m, data.items if data else [], data.amendments if data else [],
                              data.bodies if data else {})
        self.documents.set_state(m, data.items if data else [], data.documents if data else [])

    def edit_details(self) -> QWidget | None:
        """Open the meeting's details."""
        from talagov.gui.dialogs.meeting_dialog import MeetingDialog

        if self.meeting_id is None:
            return None
        dialog = MeetingDialog(self.ctx, self.meeting_id, self)
        dialog.open()
        return dialog
