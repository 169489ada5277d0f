# SPDX-License-Identifier: GPL-3.0-or-later
"""The workspace tab of the convocation (notice check, recipients, sending log)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from talagov.core.convocation import Channel, SendingStatus
from talagov.core.meetings import MeetingStatus
from talagov.gui.context import AppContext
from talagov.gui.i18n import arg, show_int
from talagov.gui.meeting.convocation_files import ConvocationFiles
from talagov.gui.meeting.convocation_load import ConvocationData, load_convocation
from talagov.gui.meeting.convocation_mailer import ConvocationMailer
from talagov.gui.meeting.convocation_notice import NoticePanel
from talagov.gui.models.recipient_model import RecipientTableModel
from talagov.gui.models.sending_model import SendingTableModel
from talagov.gui.widgets.tables import follow_selection, make_button, make_table
from talagov.services.changes import Aggregate, Changes
from talagov.services.convocations import Recipient


def _email_sent(recipient: Recipient) -> bool:
    last = recipient.last_sending
    return last is not None and last.channel is Channel.EMAIL and last.status is SendingStatus.SENT


class ConvocationTab(QWidget):
    """Tab of the convocation (recipients, notice check, sending log) for one meeting."""

    loaded = Signal()  # after every reload (tests wait on it)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.meeting_id: int | None = None
        self.data: ConvocationData | None = None
        self._generation = 0
        self._date_pending = False
        self.notice = NoticePanel(ctx, self)
        self.recipients = RecipientTableModel(self)
        self.log = SendingTableModel(self)
        self.files = ConvocationFiles(ctx, self)
        self.mailer = ConvocationMailer(ctx, self)
        self.recipient_table = make_table(self, self.recipients, self.tr("Recipients"),
                                          alternating=True)
        self.recipient_table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.recipient_table.setToolTip(self.tr("The members convened and how each one "
                                                "receives the notice; right-click for documents."))
        self.log_table = make_table(self, self.log, self.tr("Sending log"), alternating=True)
        self.log_table.setToolTip(self.tr("Every sending with its date and result, kept as "
                                          "proof of the convocation."))
        self.count_label = QLabel(self)
        self.count_label.setWordWrap(True)
        self.log_label = QLabel(self)
        self.log_label.setWordWrap(True)
        self.status_line = QLabel(self)
        self.status_line.setWordWrap(True)
        self.status_line.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._build_buttons()
        self._build_layout()
        self.notice.sending_date_changed.connect(self._on_notice_sending_date_changed)
        self.notice.convened.connect(self._on_notice_convened)
        self.files.saved.connect(self.status_line.setText)
        follow_selection(self.recipient_table, self._update_actions)
        self._update_actions()

    def _build_buttons(self) -> None:
        self.send_button = make_button(self, self.tr("Send &e-mails…"), self.send_emails)
        self.retry_button = make_button(self, self.tr("Re&try failed…"), self.retry_failed)
        self.record_button = make_button(self, self.tr("&Record a posting…"), self.record_posting)
        # The documents are actions of one menu button (and of the table's context menu):
        # five more buttons would not fit in a row at 200 % zoom.
        self.documents_button = QPushButton(self.tr("Save &documents"), self)
        self.documents_button.setAccessibleName(self.tr("Save documents"))
        self.send_button.setToolTip(self.tr("Send the notice to every member convened by e-mail "
                                            "who has not received it yet."))
        self.retry_button.setToolTip(self.tr("Send again the e-mails whose last attempt failed."))
        self.record_button.setToolTip(self.tr("Record a letter posted, registered or handed to "
                                              "the selected member."))
        self.documents_button.setToolTip(self.tr("Save letters, labels, e-mails or a calendar "
                                                 "invitation as files."))
        menu = QMenu(self.documents_button)

        def action(text: str, slot: Callable[[], object]) -> QAction:
            made = menu.addAction(text)
            made.triggered.connect(lambda _checked=False: slot())
            return made

        self.postal_action = action(self.tr("Postal letters with address labels (PDF)…"),
                                    self.files.save_postal)
        self.labels_action = action(self.tr("Address labels only (PDF)…"), self.files.save_labels)
        self.member_pdf_action = action(self.tr("Convocation of this member (PDF)…"),
                                        self.save_member_pdf)
        self.eml_action = action(self.tr("E-mails to send from your own mail client (.eml)…"),
                                 self.export_eml)
        self.ics_action = action(self.tr("Invitation for calendars (.ics)…"), self.files.save_ics)
        self.documents_button.setMenu(menu)
        self.recipient_table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.recipient_table.addActions(menu.actions())

    def _build_layout(self) -> None:
        buttons = QHBoxLayout()
        for button in (self.send_button, self.retry_button, self.record_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.documents_button)
        recipients_box = QGroupBox(self.tr("Recipients"), self)
        inner = QVBoxLayout(recipients_box)
        inner.addWidget(self.count_label)
        inner.addWidget(self.recipient_table, 1)
        inner.addLayout(buttons)
        log_box = QGroupBox(self.tr("Sending log"), self)
        log_inner = QVBoxLayout(log_box)
        log_inner.addWidget(self.log_label)
        log_inner.addWidget(self.log_table, 1)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(recipients_box)
        splitter.addWidget(log_box)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setChildrenCollapsible(False)
        body = QWidget(self)
        body_layout = QVBoxLayout(body)
        body_layout.setContentsMargins(0, 0, 0, 0)
        body_layout.addWidget(self.notice)
        body_layout.addWidget(splitter, 1)
        body_layout.addWidget(self.status_line)
        # Scrolls only when the window is smaller than the tab needs (large fonts, 200 % zoom).
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(body)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)

    # -- loading ---------------------------------------------------------------------

    def set_meeting(self, meeting_id: int | None) -> None:
        """Show the meeting meeting_id (None: nothing)."""
        self.meeting_id = meeting_id
        self.files.meeting_id = self.mailer.meeting_id = self.notice.meeting_id = meeting_id
        # A new meeting starts from today, or from its first logged sending once loaded.
        self.notice.set_date(self.ctx.today(), quiet=True)
        self._date_pending = True
        self.status_line.clear()
        self.refresh()

    def refresh(self) -> None:
        """Reload for the sending date shown (results of an older reload are ignored)."""
        self._generation += 1
        generation, meeting_id, on = self._generation, self.meeting_id, self.notice.chosen_date()
        if meeting_id is None:
            self.data = None
            self.notice.clear()
            self.recipients.set_items([], self.ctx.lang)
            self.log.set_items([], {}, self.ctx.lang)
            self._show_counts()
            return
        self.ctx.runner.run(self, lambda uow: load_convocation(uow, meeting_id, on),
                            on_success=lambda data: self._on_loaded(generation, data),
                            label=self.tr("Loading the convocation"))

    def on_changes(self, changes: Changes) -> None:
        """Reload when changes concern what the tab shows."""
        if self.meeting_id is not None and changes.touches(
                Aggregate.MEETINGS, Aggregate.CONVOCATIONS, Aggregate.MEMBERS, Aggregate.SHARES,
                Aggregate.STATUTES, Aggregate.MANDATES):
            self.refresh()

    def _on_loaded(self, generation: int, data: ConvocationData) -> None:
        if generation != self._generation:
            return
        if self._date_pending:
            self._date_pending = False
            first = min((s.at.date() for s in data.sendings), default=None)
            if first is not None and first != self.notice.chosen_date():
                self.notice.set_date(first)  # reloads for the date the convocations went out
                return
        self.data = data
        self.files.on = self.notice.chosen_date()
        selected = self.selected_recipients()
        self.notice.show_state(data.meeting, data.check)
        self.recipients.set_items(data.recipients, self.ctx.lang)
        names = {r.member_id: r.name for r in data.recipients}
        self.mailer.names = names
        self.log.set_items(data.sendings, names, self.ctx.lang)
        self.recipient_table.resizeColumnsToContents()
        self.log_table.resizeColumnsToContents()
        self._reselect(selected)
        self._show_counts()
        self.loaded.emit()

    def _show_counts(self) -> None:
        items = self.recipients.items()
        by_mail = sum(1 for r in items if r.channel is Channel.EMAIL)
        convened = len(items)
        lang = self.ctx.lang
        text = arg(self.tr("%Ln member(s) convened: %1 by e-mail (consent recorded), %2 by post.",
                           "", convened), show_int(by_mail, lang), show_int(convened - by_mail, lang))
        self.count_label.setText(text)
        failed = self.log.failed_count()
        logged = self.log.rowCount()
        log_text = arg(self.tr("%n sending(s) logged, %1 FAILED.", "", logged), failed)
        self.log_label.setText(log_text)
        self.log_label.setAccessibleName(log_text)

    def _on_notice_sending_date_changed(self, _on: date) -> None:
        self.refresh()

    # -- selection -------------------------------------------------------------------

    def selected_recipients(self) -> list[Recipient]:
        """The recipients selected, in row order."""
        rows = sorted(i.row() for i in self.recipient_table.selectionModel().selectedRows())
        return [self.recipients.item_at(r) for r in rows]

    def select_members(self, member_ids: list[int]) -> None:
        """Select the rows of ``member_ids`` (tests and keyboard-free callers)."""
        self.recipient_table.clearSelection()
        selection = self.recipient_table.selectionModel()
        for member_id in member_ids:
            row = self.recipients.row_of(member_id)
            if row is not None:
                selection.select(self.recipients.index(row, 0),
                                 selection.SelectionFlag.Select | selection.SelectionFlag.Rows)

    def _reselect(self, previous: list[Recipient]) -> None:
        if previous:
            self.select_members([r.member_id for r in previous])

    def _update_actions(self, *_args: object) -> None:
        items = self.recipients.items()
        has_meeting = self.data is not None
        selected = self.selected_recipients()
        status = self.data.meeting.status if self.data is not None else None
        # E-mails go out only for a convened meeting; postings are logged once convened.
        convened, logged = status is MeetingStatus.CONVENED, status not in (None, MeetingStatus.DRAFT)
        self.send_button.setEnabled(convened and any(r.channel is Channel.EMAIL for r in items))
        self.retry_button.setEnabled(convened and bool(self._failed_ids()))
        for action in (self.postal_action, self.labels_action, self.ics_action):
            action.setEnabled(has_meeting)
        self.member_pdf_action.setEnabled(len(selected) == 1)
        self.record_button.setEnabled(logged and len(selected) == 1)
        self.eml_action.setEnabled(bool(self._selected_by_mail()))

    def _failed_ids(self) -> list[int]:
        return [r.member_id for r in self.recipients.items() if r.channel is Channel.EMAIL
                and r.last_sending is not None and r.last_sending.status is SendingStatus.FAILED]

    # -- actions ---------------------------------------------------------------------

    def _on_notice_convened(self) -> None:
        self.status_line.setText(self.tr("The meeting is convened. Send the convocations now."))

    def send_emails(self) -> None:
        """Send to every member convened by e-mail who has not received it yet."""
        pending = [r.member_id for r in self.recipients.items()
                   if r.channel is Channel.EMAIL and not _email_sent(r)]
        if not pending:
            self.status_line.setText(self.tr("Every member convened by e-mail has received it."))
            return
        self.mailer.send(pending)

    def retry_failed(self) -> None:
        """Send again the e-mails whose last attempt failed."""
        self.mailer.send(self._failed_ids())

    def save_member_pdf(self) -> None:
        """The selected member's convocation letter."""
        selected = self.selected_recipients()
        if len(selected) == 1:
            self.files.save_member(selected[0])

    def export_eml(self, folder: Path | None = None) -> None:
        """One .eml per selected member convened by e-mail, into a folder (asked if not given)."""
        self.files.export_eml(self._selected_by_mail(), folder)

    def _selected_by_mail(self) -> list[Recipient]:
        # A member without recorded consent is convened by post, never by e-mail (K3).
        return [r for r in self.selected_recipients() if r.channel is Channel.EMAIL]

    def record_posting(self) -> QWidget | None:
        """Record a letter posted, registered or handed over to the selected member."""
        from talagov.gui.dialogs.record_sending_dialog import RecordSendingDialog

        selected = self.selected_recipients()
        if len(selected) != 1 or self.meeting_id is None:
            return None
        dialog = RecordSendingDialog(self.ctx, self.meeting_id, selected[0].member_id,
                                     selected[0].name, self)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog
