# SPDX-License-Identifier: GPL-3.0-or-later
"""Record a convocation handed to the post, sent by registered letter or handed over."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtCore import QDateTime, QTime
from PySide6.QtWidgets import QComboBox, QDateTimeEdit, QLabel, QLineEdit, QWidget

from talagov.core.convocation import Channel
from talagov.gui.context import AppContext
from talagov.gui.convocation_labels import channel_labels
from talagov.gui.dialogs.task_dialog import TaskDialog
from talagov.gui.help.terms import explain
from talagov.gui.i18n import date_display_format
from talagov.gui.widgets.date_edit import from_qdate, to_qdate
from talagov.services import convocations

#: The channels typed in by hand (e-mails are logged by the sending itself).
MANUAL_CHANNELS = (Channel.POST, Channel.REGISTERED, Channel.HAND)


class RecordSendingDialog(TaskDialog):
    """Channel, evidence (the registered-letter number) and when, for one member."""

    def __init__(self, ctx: AppContext, meeting_id: int, member_id: int, member_name: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(ctx, self.tr("Record a posting"), parent)
        self._meeting_id, self._member_id = meeting_id, member_id
        about = QLabel(member_name, self)
        about.setWordWrap(True)
        self.channel = QComboBox(self)
        labels = channel_labels()
        for channel in MANUAL_CHANNELS:
            self.channel.addItem(labels[channel], channel)
        self.channel.setToolTip(self.tr("How the convocation was sent: post, registered "
                                        "letter, by hand…"))
        explain(self.channel, "convocation")
        self.evidence = QLineEdit(self)
        self.evidence.setPlaceholderText(self.tr("e.g. 1A 234 567 8901 2"))
        self.evidence.setToolTip(self.tr("For a registered letter, its number, e.g. 1A 234 567 "
                                         "8901 2; otherwise an optional note."))
        now = datetime.now()
        self.at = QDateTimeEdit(QDateTime(to_qdate(ctx.today()), QTime(now.hour, now.minute)), self)
        self.at.setCalendarPopup(True)
        self.at.setDisplayFormat(date_display_format(ctx.lang) + " HH:mm")
        self.at.setToolTip(self.tr("When the convocation was posted or handed over."))
        self.add_row(self.tr("Member:"), about)
        self.add_row(self.tr("&Channel:"), self.channel)
        self.evidence_label = self.add_row(self.tr("&Registered-letter number:"), self.evidence)
        self.add_row(self.tr("&Date and time:"), self.at)
        self.ok_button.setText(self.tr("&Record"))
        self.ok_button.setToolTip(self.tr("Record this sending as proof that the member was "
                                          "convened."))
        self.channel.currentIndexChanged.connect(self._on_channel_current_index_changed)
        self._on_channel_current_index_changed()

    def chosen_channel(self) -> Channel:
        """The channel selected."""
        value = self.channel.currentData()
        return value if isinstance(value, Channel) else Channel(value)

    def set_channel(self, channel: Channel) -> None:
        """Select ``channel`` (tests and callers that know it)."""
        self.channel.setCurrentIndex(self.channel.findData(channel))

    def _on_channel_current_index_changed(self, *_args: object) -> None:
        registered = self.chosen_channel() is Channel.REGISTERED
        # The number is the proof of a registered letter; for the others it is an optional note.
        self.evidence_label.setText(self.tr("&Registered-letter number:") if registered
                                    else self.tr("&Note (optional):"))
        self.evidence.setAccessibleName(self.evidence_label.text().replace("&", "").rstrip(":"))

    def problems(self) -> list[str]:
        """A registered letter needs its number."""
        if self.chosen_channel() is Channel.REGISTERED and not self.evidence.text().strip():
            return [self.tr("Type the number of the registered letter: it is the proof of "
                            "the convocation.")]
        return []

    def sending_time(self) -> datetime:
        """The date and time typed in."""
        value = self.at.dateTime()
        on, clock = from_qdate(value.date()), value.time()
        return datetime(on.year, on.month, on.day, clock.hour(), clock.minute())

    def task(self) -> Any:
        """Log the sending."""
        meeting_id, member_id = self._meeting_id, self._member_id
        channel, evidence, at = self.chosen_channel(), self.evidence.text().strip(), self.sending_time()
        return lambda uow: convocations.record_sending(uow, meeting_id, member_id, channel=channel,
                                                       evidence=evidence, at=at)

    def task_label(self) -> str:
        """Shown if saving takes long."""
        return self.tr("Recording the posting")
