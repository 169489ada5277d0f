# SPDX-License-Identifier: GPL-3.0-or-later
"""« Refuse the request »: a note saying why, kept with the request."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QWidget

from talagov.gui.context import AppContext
from talagov.gui.dialogs.task_dialog import TaskDialog
from talagov.gui.i18n import arg
from talagov.services import sync_requests
from talagov.services.sync_requests import RequestLine


class RefuseRequestDialog(TaskDialog):
    """The request named, a note (required), then ``sync_requests.refuse_request``."""

    def __init__(self, ctx: AppContext, request: RequestLine, clock: Callable[[], datetime],
                 parent: QWidget | None = None) -> None:
        super().__init__(ctx, self.tr("Refuse the certificate request"), parent)
        self.request = request
        self._clock = clock
        self.intro = QLabel(arg(self.tr(
            "The request received on behalf of %1 will not get a certificate. Say why: the "
            "note stays with the request. The member may make a new request."),
            request.member_name or request.name), self)
        self.intro.setWordWrap(True)
        self.intro.setTextFormat(Qt.TextFormat.PlainText)
        self.form.addRow(self.intro)
        self.note = QPlainTextEdit(self)
        self.note.setTabChangesFocus(True)
        self.note.setPlaceholderText(self.tr("e.g. The member did not make this request."))
        self.add_row(self.tr("&Why:"), self.note)
        self.note.setAccessibleName(self.tr("Why the request is refused"))
        self.note.setToolTip(self.tr("A short note kept with the request; required."))
        self.ok_button.setText(self.tr("&Refuse"))
        self.ok_button.setToolTip(self.tr("Refuse the request with this note."))
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("M") * 34)
        self.note.setFocus()

    def problems(self) -> list[str]:
        """A note is needed."""
        return [] if self.note.toPlainText().strip() else [self.tr("Say why the request is "
                                                                   "refused.")]

    def task(self) -> Callable[[Any], Any]:
        """Refuse the request with the note typed."""
        request_id, note, now = self.request.id, self.note.toPlainText().strip(), self._clock()
        return lambda uow: sync_requests.refuse_request(uow, request_id, note=note, now=now)

    def task_label(self) -> str:
        """Shown if the work takes long."""
        return self.tr("Refusing the request")
