# SPDX-License-Identifier: GPL-3.0-or-later
"""Record that a member left: the date and the cause (the record and its history stay)."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from talagov.core.errors import UserError, ValidationError
from talagov.core.members import ExitCause
from talagov.gui.context import AppContext
from talagov.gui.errors import show_error
from talagov.gui.i18n import arg, date_display_format, exit_cause_labels, from_qdate, to_qdate
from talagov.gui.widgets.message_bar import MessageBar
from talagov.messages import render, render_finding
from talagov.services import members as members_service
from talagov.services.members import MemberListItem


class ExitMemberDialog(QDialog):
    """Asks for the exit date and cause, then calls ``services.members.exit_member``."""

    exited = Signal(int)  # member id

    def __init__(self, ctx: AppContext, item: MemberListItem, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._member_id = item.id
        self.setWindowTitle(arg(self.tr("Exit of %1"), item.display_name))
        intro = QLabel(arg(self.tr("Record the exit of member %1, %2. The record, its shares "
                                   "and mandates stay in the registers."),
                           item.number, item.display_name), self)
        intro.setWordWrap(True)
        self.date_edit = QDateEdit(to_qdate(ctx.today()), self)
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat(date_display_format(ctx.lang))
        self.date_edit.setAccessibleName(self.tr("Exit date"))
        self.date_edit.setToolTip(self.tr("The day the member stops being an associate."))
        self.cause_combo = QComboBox(self)
        for cause, label in exit_cause_labels().items():
            self.cause_combo.addItem(label, cause.value)
        self.cause_combo.setAccessibleName(self.tr("Reason for leaving"))
        self.cause_combo.setToolTip(self.tr("Why the member leaves: resignation, exclusion, "
                                            "death…"))
        self.message_bar = MessageBar(self)
        form = QFormLayout()
        date_label = QLabel(self.tr("Exit &date:"), self)
        date_label.setBuddy(self.date_edit)
        cause_label = QLabel(self.tr("&Reason:"), self)
        cause_label.setBuddy(self.cause_combo)
        form.addRow(date_label, self.date_edit)
        form.addRow(cause_label, self.cause_combo)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Record exit"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setToolTip(self.tr("Record the exit; the member's record, shares and mandates stay in the registers."))
        self.buttons.accepted.connect(self._on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.message_bar)
        layout.addLayout(form)
        layout.addWidget(self.buttons)

    def _on_buttons_accepted(self) -> None:
        member_id = self._member_id
        on = from_qdate(self.date_edit.date())
        cause = ExitCause(self.cause_combo.currentData())
        now = datetime.now()
        self.buttons.setEnabled(False)
        self.ctx.runner.run(
            self,
            lambda uow: members_service.exit_member(uow, member_id, on=on, cause=cause, now=now),
            on_success=self._on_exit_saved, on_failure=self._on_exit_failed,
            label=self.tr("Recording exit"),
        )

    def _on_exit_saved(self, _changes: object) -> None:
        self.exited.emit(self._member_id)
        self.accept()

    def _on_exit_failed(self, exc: BaseException) -> None:
        self.buttons.setEnabled(True)
        lang = self.ctx.lang
        if isinstance(exc, ValidationError):
            self.message_bar.show_messages([render_finding(p, lang) for p in exc.problems])
        elif isinstance(exc, UserError):
            self.message_bar.show_messages([render(exc.code, exc.params, lang)])
        else:
            show_error(self, exc)
