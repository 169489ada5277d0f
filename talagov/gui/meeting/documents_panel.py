# SPDX-License-Identifier: GPL-3.0-or-later
"""The documents attached to a meeting: attach from the library, add a file, detach, open."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QLabel, QVBoxLayout, QWidget

from talagov.core.agenda import AgendaItem
from talagov.core.meetings import Meeting, MeetingStatus
from talagov.gui.context import AppContext
from talagov.gui.file_actions import show_file
from talagov.gui.models.document_table_model import DocumentTableModel
from talagov.gui.widgets.tables import (
    button_row,
    follow_selection,
    make_button,
    make_table,
    selected_row,
)
from talagov.services import library as library_service
from talagov.services.library import AttachedDocument


def open_document(ctx: AppContext, parent: QWidget, doc_id: int) -> None:
    """Open a library document with the system viewer (the path is looked up in a task)."""
    ctx.runner.run(parent, lambda uow: library_service.document_path(uow, doc_id),
                   on_success=show_file,
                   label=QCoreApplication.translate("DocumentsPanel", "Opening the document"))


class DocumentsPanel(QWidget):
    """Attachments of one meeting, each to the whole meeting or to one item."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.meeting: Meeting | None = None
        self.items: list[AgendaItem] = []
        self.model = DocumentTableModel(self, lang=ctx.lang, attached=True)
        self.table = make_table(self, self.model, self.tr("Documents of the meeting"))
        self.table.setToolTip(self.tr("The documents sent with the notice or shown at the "
                                      "meeting; double-click to open one."))
        label = QLabel(self.tr("Doc&uments:"), self)
        label.setBuddy(self.table)
        self.attach_button = make_button(self, self.tr("Attach from the &library…"),
                                         self.attach_from_library)
        self.add_file_button = make_button(self, self.tr("Add &file…"), self.add_file)
        self.detach_button = make_button(self, self.tr("De&tach"), self.detach_current)
        self.open_button = make_button(self, self.tr("&Open"), self.open_current)
        self.attach_button.setToolTip(self.tr("Attach a document already in the library to "
                                              "this meeting."))
        self.add_file_button.setToolTip(self.tr("Add a file from this computer to the library "
                                                "and attach it."))
        self.detach_button.setToolTip(self.tr("Detach the selected document; it stays in the "
                                              "library."))
        self.open_button.setToolTip(self.tr("Open the selected document in its usual "
                                            "application."))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(label)
        layout.addWidget(self.table, 1)
        layout.addLayout(button_row(self.attach_button, self.add_file_button,
                                    self.detach_button, self.open_button))
        follow_selection(self.table, self._update_actions)
        self.table.activated.connect(lambda _index: self.open_current())
        self._update_actions()

    def set_state(self, meeting: Meeting | None, items: Sequence[AgendaItem],
                  attached: Sequence[AttachedDocument]) -> None:
        """Show ``meeting``'s attachments (``items`` name the agenda items)."""
        self.meeting, self.items = meeting, list(items)
        titles = {i.id: f"{i.position + 1}. {i.title}" for i in items}
        self.model.set_documents([a.document for a in attached], [a.item_id for a in attached],
                                 titles)
        self.table.resizeColumnsToContents()
        self._update_actions()

    def _update_actions(self, *_args: object) -> None:
        can_change = self.meeting is not None and self.meeting.status is not MeetingStatus.ARCHIVED
        selected = selected_row(self.table) is not None
        self.attach_button.setEnabled(can_change)
        self.add_file_button.setEnabled(can_change)
        self.detach_button.setEnabled(can_change and selected)
        self.open_button.setEnabled(selected)

    def attach_from_library(self) -> QWidget | None:
        """Open the dialog that attaches a library document."""
        from talagov.gui.dialogs.attach_document_dialog import AttachDocumentDialog

        if self.meeting is None:
            return None
        dialog = AttachDocumentDialog(self.ctx, self.meeting.id, self.items, None, self)
        dialog.open()
        return dialog

    def add_file(self) -> QWidget | None:
        """Choose a file, describe it, store it in the library and attach it."""
        from talagov.gui.dialogs.document_dialog import DocumentDialog

        if self.meeting is None:
            return None
        name, _filter = QFileDialog.getOpenFileName(self, self.tr("Add a document"))
        if not name:
            return None
        dialog = DocumentDialog(self.ctx, path=Path(name), meeting_id=self.meeting.id,
                                items=self.items, parent=self)
        dialog.open()
        return dialog

    def detach_current(self) -> None:
        """Detach the selected document (it stays in the library)."""
        row = selected_row(self.table)
        if self.meeting is None or row is None:
            return
        meeting_id, doc_id = self.meeting.id, self.model.document_at(row).id
        item_id = self.model.item_id_at(row)
        self.ctx.runner.run(self, lambda uow: library_service.detach(uow, meeting_id, doc_id,
                                                                     item_id=item_id),
                            label=self.tr("Detaching the document"))

    def open_current(self) -> None:
        """Open the selected document with the system viewer."""
        row = selected_row(self.table)
        if row is not None:
            open_document(self.ctx, self, self.model.document_at(row).id)
