# SPDX-License-Identifier: GPL-3.0-or-later
"""Sending the convocations by e-mail from the GUI: password, sending, report, retry.

The SMTP password is asked for each sending (or read from the system keyring on the
worker thread); it stays in this object's memory only while the report is open, so
that "Retry failed" need not ask again, and is dropped when the report closes.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from talagov.gui.context import AppContext
from talagov.gui.dialogs.password_dialog import PasswordDialog
from talagov.gui.dialogs.send_report_dialog import Failure, SendReportDialog
from talagov.gui.tasks import Task
from talagov.gui.widgets.mail_settings_form import MailFormData, load_mail_form
from talagov.services import convocations, secrets
from talagov.services.uow import UnitOfWork


class ConvocationMailer(QObject):
    """Runs :func:`convocations.send_emails` for a meeting and shows the outcome.

    Signals:
        password_asked(object): the :class:`PasswordDialog` just opened (tests answer it).
        reported(object): the :class:`SendReportDialog` shows a new outcome.
    """

    password_asked = Signal(object)
    reported = Signal(object)

    def __init__(self, ctx: AppContext, widget: QWidget) -> None:
        super().__init__(widget)
        self.ctx, self.widget = ctx, widget
        self.meeting_id: int | None = None
        self.names: Mapping[int, str] = {}
        self.report_dialog: SendReportDialog | None = None
        self._state: MailFormData | None = None
        self._password: str | None = None  # only while a report is open

    def send(self, member_ids: Sequence[int]) -> Task | None:
        """Ask for the password, then send to ``member_ids`` (members convened by e-mail)."""
        if self.meeting_id is None or not member_ids:
            return None
        ids = list(member_ids)
        return self.ctx.runner.run(self.widget, load_mail_form,
                                   on_success=lambda state: self._ask_password(state, ids),
                                   label=self.tr("Reading the mail settings"))

    def _ask_password(self, state: MailFormData, ids: list[int]) -> None:
        if not state.settings.host or not state.settings.sender:
            QMessageBox.information(self.widget, self.tr("Send e-mails"), self.tr(
                "The mail server is not set up yet. Enter it in Settings, E-mail tab."))
            return
        self._state = state
        intro = self.tr("The convocation will be sent by e-mail to %n member(s).", "", len(ids))
        dialog = PasswordDialog(state.settings.host, state.settings.username,
                                keyring_available=state.keyring_available,
                                has_saved=state.has_saved, intro=intro, parent=self.widget)
        dialog.accepted.connect(lambda: self._on_password_given(dialog, ids))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        self.password_asked.emit(dialog)

    def _on_password_given(self, dialog: PasswordDialog, ids: list[int]) -> None:
        self._start(ids, dialog.typed_password(), dialog.save_requested())

    def _start(self, ids: list[int], typed: str | None, save: bool) -> Task | None:
        state, meeting_id, lang, now = self._state, self.meeting_id, self.ctx.lang, datetime.now()
        if state is None or meeting_id is None:
            return None

        def work(uow: UnitOfWork, progress: Any, cancel: Any) -> Any:
            host, user = state.settings.host, state.settings.username
            password = typed if typed is not None else secrets.get_password(host, user)
            if save and typed:
                secrets.store_password(host, user, typed)
            report, changes = convocations.send_emails(
                uow, meeting_id, password=password or "", member_ids=ids, lang=lang, now=now,
                progress=progress, cancel=cancel)
            return report, password or "", changes

        return self.ctx.runner.run(self.widget, work, on_success=self._on_sent,
                                   on_failure=self._on_send_failed,
                                   label=self.tr("Sending the convocations by e-mail"))

    def _on_sent(self, result: tuple[Any, str, Any]) -> None:
        report, password, _changes = result
        self._password = password
        sent, failures = self.summarise(report)
        cancelled = bool(getattr(report, "cancelled", False))
        if self.report_dialog is None:
            self.report_dialog = SendReportDialog(self.widget)
            self.report_dialog.retry_requested.connect(self._on_report_retry_requested)
            self.report_dialog.finished.connect(self._on_report_finished)
        self.report_dialog.show_report(sent, failures, cancelled=cancelled)
        self.report_dialog.open()
        self.reported.emit(self.report_dialog)

    def _on_send_failed(self, exc: BaseException) -> None:
        from talagov.gui.errors import show_error

        if self.report_dialog is not None:
            self.report_dialog.set_busy(False)
        show_error(self.widget, exc)

    def summarise(self, report: Any) -> tuple[int, list[Failure]]:
        """How many were sent, and each failure with the member's name and the reason."""
        failures = [Failure(member_id, self.names.get(member_id, str(member_id)), reason)
                    for member_id, reason in report.failed]
        return len(report.sent), failures

    def _on_report_retry_requested(self, ids: list[int]) -> None:
        # The password typed for this sending is reused: asking again would be pointless.
        self._start(ids, self._password, False)

    def _on_report_finished(self, _result: int) -> None:
        self._password = None
        dialog, self.report_dialog = self.report_dialog, None
        if dialog is not None:
            dialog.deleteLater()
