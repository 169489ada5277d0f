# SPDX-License-Identifier: GPL-3.0-or-later
"""The "Time-stamping (RFC 3161)" group of the settings: the authority's address.

The electronic register of deliberations needs an advanced signature and a reliable
time-stamp (décret 2019-1118): with an authority configured here, each signature of
the minutes carries its RFC 3161 time-stamp; without one, the local time is recorded
and the minutes say so.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from talagov.core.errors import UserError
from talagov.gui.context import AppContext
from talagov.gui.dialogs.task_dialog import error_lines
from talagov.gui.errors import show_error
from talagov.gui.help.terms import explain
from talagov.gui.widgets.message_bar import MessageBar
from talagov.gui.widgets.tables import make_button
from talagov.services import timestamping
from talagov.services.changes import Changes


class TimestampGroup(QGroupBox):
    """The TSA address and its Save button.

    Signals:
        loaded(): the address is shown, after each refresh.
        saved(): the address was saved.
    """

    loaded = Signal()
    saved = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Time-stamping (RFC 3161)"), parent)
        self.ctx = ctx
        self._generation = 0
        self.about = about = QLabel(self.tr(
            "The electronic register of deliberations requires an advanced electronic signature "
            "and a reliable time-stamp (décret n° 2019-1118 of 31 October 2019). Enter the address "
            "of a time-stamping authority (RFC 3161): each signature of the minutes then carries "
            "its time-stamp. Without one, the local time of this computer is recorded and the "
            "minutes say that no time-stamp was obtained; one can be added later."), self)
        about.setWordWrap(True)
        about.setTextFormat(Qt.TextFormat.PlainText)
        self.message_bar = MessageBar(self)
        self.url = QLineEdit(self)
        self.url.setAccessibleName(self.tr("Address of the time-stamping authority"))
        self.url.setPlaceholderText(self.tr("https://… (empty: none)"))
        self.url.setToolTip(self.tr("The web address of an RFC 3161 time-stamping service, "
                                    "starting with https://; leave empty for none."))
        explain(self.url, "horodatage")
        label = QLabel(self.tr("&Time-stamping authority:"), self)
        label.setBuddy(self.url)
        self.save_button = make_button(self, self.tr("Sa&ve the address"), self.save)
        self.save_button.setToolTip(self.tr("Save the address; the next signatures of minutes will "
                                            "be time-stamped by it."))
        row = QHBoxLayout()
        row.addWidget(label)
        row.addWidget(self.url, 1)
        row.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(about)
        layout.addWidget(self.message_bar)
        layout.addLayout(row)
        self.url.returnPressed.connect(self.save)

    def refresh(self) -> None:
        """Load the configured address."""
        self._generation += 1
        generation = self._generation
        self.ctx.runner.run(self, timestamping.tsa_url,
                            on_success=lambda url: self._on_loaded(generation, url),
                            label=self.tr("Loading the time-stamping authority"))

    def _on_loaded(self, generation: int, url: str) -> None:
        if generation != self._generation:
            return
        self.url.setText(url)
        self.loaded.emit()

    def save(self) -> None:
        """Store the address typed (empty: no authority)."""
        url = self.url.text()

        def done(_changes: Changes) -> None:
            self.message_bar.show_messages([])
            self.refresh()  # shows the address as stored (blanks dropped)
            self.saved.emit()

        def refused(exc: BaseException) -> None:
            if isinstance(exc, UserError):
                self.message_bar.show_messages(error_lines(exc, self.ctx.lang))
            else:
                show_error(self, exc)

        self.ctx.runner.run(self, lambda uow: timestamping.set_tsa_url(uow, url), on_success=done,
                            on_failure=refused, label=self.tr("Saving the time-stamping authority"))
