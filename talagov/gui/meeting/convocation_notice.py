# SPDX-License-Identifier: GPL-3.0-or-later
"""The notice check panel: sending date, the statutes' rule and its result, the Convene button."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from talagov.core.errors import UserError
from talagov.core.meetings import Meeting, MeetingStatus
from talagov.core.notice import NoticeCheck
from talagov.gui.context import AppContext
from talagov.gui.dialogs.override_dialog import OverrideDialog
from talagov.gui.dialogs.task_dialog import error_lines
from talagov.gui.errors import show_error
from talagov.gui.i18n import arg, show_date
from talagov.gui.meeting_labels import meeting_status_label
from talagov.gui.widgets.date_edit import date_edit, edit_date, to_qdate
from talagov.gui.widgets.message_bar import MessageBar
from talagov.gui.widgets.tables import make_button
from talagov.messages import render_finding
from talagov.services import convocations


def notice_text(check: NoticeCheck, lang: str) -> str:
    """``15 days required, 16 days before the meeting: in time.`` or the deadline when late."""
    if check.actual_days < 0:
        return arg(QCoreApplication.translate(
            "NoticePanel", "%1 days required; this sending date is after the meeting."),
            check.required_days)
    if check.ok:
        return arg(QCoreApplication.translate(
            "NoticePanel", "%1 days required, %2 days before the meeting: in time."),
            check.required_days, check.actual_days)
    return arg(QCoreApplication.translate(
        "NoticePanel", "%1 days required, %2 days before the meeting: too late, send by %3."),
        check.required_days, check.actual_days, show_date(check.deadline, lang))


def source_text(check: NoticeCheck) -> str:
    """The legal source of the rule, for the line under the result."""
    return arg(QCoreApplication.translate("NoticePanel", "Rule: %1"), check.source or "—")


class NoticePanel(QGroupBox):
    """Sending date (default today), the rule and its result, the status and Convene.

    Convene runs :func:`convocations.convene`; when the notice is too short it first
    asks for the reason to convene anyway (:class:`OverrideDialog`).

    Signals:
        sending_date_changed(object): the date edited (a ``datetime.date``).
        convened(): the meeting was convened from this panel.
    """

    sending_date_changed = Signal(object)
    convened = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Notice period"))
        self.ctx, self._lang = ctx, ctx.lang
        self.meeting_id: int | None = None
        self.check: NoticeCheck | None = None
        self.override_dialog: OverrideDialog | None = None
        self.sending_date = date_edit(self, ctx.today(), ctx.lang)
        self.sending_date.setAccessibleName(self.tr("Sending date"))
        self.sending_date.setToolTip(self.tr("The day the notices go out; the notice period is "
                                             "checked against it."))
        date_label = QLabel(self.tr("Sending &date:"), self)
        date_label.setBuddy(self.sending_date)
        self.result = QLabel(self)
        self.result.setWordWrap(True)
        self.result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.source = QLabel(self)
        self.source.setWordWrap(True)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message_bar = MessageBar(self)
        self.convene_button = make_button(self, self.tr("&Convene…"), self.convene)
        self.convene_button.setEnabled(False)
        self._convene_tip = self.tr("Record the meeting as convened on the sending date "
                                    "(a reason is asked if the notice is too short).")
        self.convene_button.setToolTip(self._convene_tip)

        row = QHBoxLayout()
        row.addWidget(date_label)
        row.addWidget(self.sending_date)
        row.addStretch(1)
        row.addWidget(self.convene_button)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.result)
        layout.addWidget(self.source)
        layout.addWidget(self.status)
        layout.addWidget(self.message_bar)
        self.sending_date.dateChanged.connect(self._on_sending_date_date_changed)

    def chosen_date(self) -> date:
        """The sending date shown."""
        return edit_date(self.sending_date)

    def set_date(self, value: date, *, quiet: bool = False) -> None:
        """Show ``value`` as the sending date (emits ``sending_date_changed`` unless quiet)."""
        self.sending_date.blockSignals(quiet)
        self.sending_date.setDate(to_qdate(value))
        self.sending_date.blockSignals(False)

    def _on_sending_date_date_changed(self, *_args: object) -> None:
        self.message_bar.show_messages([])
        self.sending_date_changed.emit(self.chosen_date())

    def show_state(self, meeting: Meeting, check: NoticeCheck) -> None:
        """Show the result for the date edited and the meeting's status."""
        self.check = check
        text = notice_text(check, self._lang)
        self.result.setText(text)
        self.result.setAccessibleName(text)
        self.source.setText(source_text(check))
        status = arg(self.tr("Meeting of %1, status: %2."), show_date(meeting.on, self._lang),
                     meeting_status_label(meeting.status))
        if meeting.notice_override:
            status = arg(self.tr("%1 Convened despite a short notice; reason for the minutes: %2"),
                         status, meeting.notice_override)
        self.status.setText(status)
        draft = meeting.status is MeetingStatus.DRAFT
        self.convene_button.setEnabled(draft)
        # Once convened, the sending date is that of the sendings; it stays editable for
        # the channel each member gets, but convening is no longer possible.
        self.convene_button.setToolTip(self._convene_tip if draft
                                       else self.tr("The meeting is no longer a draft."))

    def show_refusal(self, messages: list[str]) -> None:
        """Show why convening was refused (empty: hide)."""
        self.message_bar.show_messages(messages)

    def clear(self) -> None:
        """Nothing to show (no meeting)."""
        self.check = None
        for label in (self.result, self.source, self.status):
            label.clear()
        self.convene_button.setEnabled(False)
        self.message_bar.show_messages([])

    # -- convening -------------------------------------------------------------------

    def convene(self) -> None:
        """Convene on the sending date shown; ask for a reason first when it is too late."""
        check, meeting_id, on = self.check, self.meeting_id, self.chosen_date()
        if check is None or meeting_id is None:
            return
        if not check.ok:
            self.open_override_dialog()
            return
        now = datetime.now()
        self.ctx.runner.run(
            self, lambda uow: convocations.convene(uow, meeting_id, sending_date=on, now=now),
            on_success=self._on_convened, on_failure=self._on_convene_failed,
            label=self.tr("Convening the meeting"))

    def open_override_dialog(self) -> OverrideDialog | None:
        """Ask for the reason to convene despite a short notice; convene with it."""
        check, meeting_id = self.check, self.meeting_id
        if check is None or meeting_id is None:
            return None
        refusal = render_finding(check.finding, self._lang) if check.finding else ""
        dialog = OverrideDialog(self.ctx, meeting_id, self.chosen_date(), refusal, self)
        dialog.saved.connect(self._on_convened)
        dialog.finished.connect(dialog.deleteLater)
        self.override_dialog = dialog
        dialog.open()
        return dialog

    def _on_convened(self, _result: object) -> None:
        self.show_refusal([])
        self.convened.emit()

    def _on_convene_failed(self, exc: BaseException) -> None:
        if isinstance(exc, UserError):
            self.show_refusal(error_lines(exc, self._lang))
        else:
            show_error(self, exc)
