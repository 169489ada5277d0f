# SPDX-License-Identifier: GPL-3.0-or-later
"""« Certificate requests »: the requests members' installs left in the shared folder,
and the secretary's decision on each.

Anyone who can write in the folder can write a request in a member's name, so a
certificate is issued only once the secretary has compared the key's fingerprint, shown
here in full and in large type, with the one the member reads out from their own
TalaGov (in person, or on the phone). Issuing signs the certificate with the
organisation's key (its passphrase is asked); the next synchronisation places it in the
folder, where the member's install picks it up.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QHeaderView, QVBoxLayout, QWidget

from talagov.gui.context import AppContext
from talagov.gui.dialogs.passphrase_dialog import PassphraseDialog
from talagov.gui.help.terms import explain
from talagov.gui.i18n import arg, show_datetime
from talagov.gui.models.sync_request_model import SyncRequestModel
from talagov.gui.widgets.org_key_group import fingerprint_label
from talagov.gui.widgets.sync_folder_group import wrapped_label
from talagov.gui.widgets.sync_refuse_dialog import RefuseRequestDialog
from talagov.gui.widgets.tables import (
    button_row,
    follow_selection,
    make_button,
    make_table,
    selected_row,
)
from talagov.services import keys as keys_service
from talagov.services import sync_requests
from talagov.services.sync_requests import RequestLine

GROUPS_PER_LINE = 4  # the fingerprint read out four groups at a time


def fingerprint_lines(readable: str) -> str:
    """``"3F2A 91C0 …"`` (16 groups) as four lines of four groups, easier to follow aloud."""
    groups = readable.split()
    return "\n".join(" ".join(groups[i:i + GROUPS_PER_LINE])
                     for i in range(0, len(groups), GROUPS_PER_LINE))


class SyncRequestsPanel(QWidget):
    """The table of requests, the selected one's fingerprint, « Issue… » and « Refuse… ».

    Signals:
        decided(): a certificate was issued or a request refused (the runner has
            emitted its ``Changes``; tests wait on this).
    """

    decided = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.clock: Callable[[], datetime] = datetime.now
        self.intro = wrapped_label(self, self.tr(
            "A member who wants to vote from home creates a key in their TalaGov, which "
            "leaves a request here. Before issuing the certificate, ask the member to read "
            "out the fingerprint of their key, and check that it is the one shown here, "
            "group by group: anyone able to write in the folder could make a request in "
            "someone else's name."))
        self.empty = wrapped_label(self, self.tr("No request is waiting."))
        self.model = SyncRequestModel(self, lang=ctx.lang)
        self.table = make_table(self, self.model, self.tr("Certificate requests"), word_wrap=True)
        self.table.setToolTip(self.tr("The requests waiting for a decision; select one to see its "
                                      "key's fingerprint."))
        explain(self.table, "certificat")
        self.table.setMinimumHeight(self.fontMetrics().height() * 5)  # a few rows, any zoom
        # Every column shares the width and wraps: the last one ("To check") stays in view
        # beside the fingerprint panel, at 1280 pixels and at 200 % zoom alike.
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.detail = wrapped_label(self)
        self.fingerprint = fingerprint_label(self)
        self.fingerprint.setAccessibleName(self.tr("Fingerprint of the requested key"))
        self.issue_button = make_button(self, self.tr("&Issue the certificate…"),
                                        lambda: self.issue())
        self.issue_button.setToolTip(self.tr("Sign a certificate for this key once the member has "
                                             "read out the same fingerprint."))
        explain(self.issue_button, "empreinte")
        self.refuse_button = make_button(self, self.tr("Re&fuse…"), lambda: self.refuse())
        self.refuse_button.setAccessibleName(self.tr("Refuse the request"))
        self.refuse_button.setToolTip(self.tr("Turn the request down with a note saying why; the "
                                              "member may ask again."))
        # The selected request beside the table: the fingerprint stays in view with it.
        side = QVBoxLayout()
        side.addWidget(self.detail)
        side.addWidget(self.fingerprint)
        side.addLayout(button_row(self.issue_button, self.refuse_button))
        side.addStretch(1)
        row = QHBoxLayout()
        row.addWidget(self.table, 2)
        row.addLayout(side, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.empty)
        layout.addLayout(row, 1)
        follow_selection(self.table, self._on_selection)
        self._on_selection()

    def set_requests(self, requests: Sequence[RequestLine]) -> None:
        """Show ``requests``, keeping the selected one selected if it is still there."""
        kept = self.current()
        self.model.set_items(requests)
        self.table.resizeColumnsToContents()
        row = self.model.row_of(kept.id) if kept is not None else None
        if row is None and self.model.rowCount():
            row = 0
        if row is not None:
            self.table.selectRow(row)
        self.empty.setVisible(not requests)
        self.table.setVisible(bool(requests))
        self._on_selection()

    def current(self) -> RequestLine | None:
        """The selected request."""
        row = selected_row(self.table)
        return self.model.item_at(row) if row is not None else None

    def pending_count(self) -> int:
        """How many requests wait for a decision."""
        return sum(1 for r in self.model.items() if r.status == "pending")

    def _on_selection(self, *_args: object) -> None:
        request = self.current()
        pending = request is not None and request.status == "pending"
        self.issue_button.setEnabled(pending)
        self.refuse_button.setEnabled(pending)
        self.detail.setVisible(request is not None)
        self.fingerprint.setVisible(request is not None)
        if request is None:
            return
        text = arg(self.tr(
            "Request of %1, received on %2 from the install %3.\nFingerprint of the key, "
            "to compare with what the member reads out:"),
            self.model.member_text(request), show_datetime(request.received_at, self.ctx.lang),
            request.install_id)
        warnings = self.warning_text(request) if pending else ""
        self.detail.setText(f"{warnings}\n\n{text}" if warnings else text)
        self.detail.setAccessibleName(self.detail.text())
        self.fingerprint.setText(fingerprint_lines(request.readable))

    def warning_text(self, request: RequestLine) -> str:
        """What to weigh before issuing this request's certificate ("" when nothing):
        anyone able to write in the folder can make a request in a member's name."""
        member = self.model.member_text(request)
        lines: list[str] = []
        if request.replaces:
            lines.append(arg(self.tr(
                "Warning: %1 already holds a valid certificate. Issuing this one revokes the "
                "key %1 votes with today."), member))
        if request.other_install:
            lines.append(arg(self.tr(
                "Warning: this request comes from another install than the earlier request "
                "of %1."), member))
        return "\n".join(lines)

    # -- decisions ---------------------------------------------------------------------

    def issue(self) -> PassphraseDialog | None:
        """Ask the organisation's passphrase, then issue the certificate of the selected
        request."""
        request = self.current()
        if request is None or request.status != "pending":
            return None
        request_id, clock = request.id, self.clock

        def task_of(passphrase: str) -> Callable[[Any], Any]:
            def work(uow: Any) -> Any:
                key = keys_service.unlock_organisation(uow, passphrase)
                return sync_requests.approve_request(uow, request_id, org_key=key, now=clock())

            return work

        intro = arg(self.tr("Issue a certificate to %1 for the key whose fingerprint is:\n\n%2\n\n"
                            "Issue it only if the member has read you this same fingerprint. The "
                            "organisation's passphrase signs the certificate; the next "
                            "synchronisation places it in the shared folder."),
                    self.model.member_text(request), fingerprint_lines(request.readable))
        warnings = self.warning_text(request)
        dialog = PassphraseDialog(
            self.ctx, self.tr("Issue the certificate"),
            f"{warnings}\n\n{intro}" if warnings else intro,
            task_of, action=self.tr("&Issue"), label=self.tr("Issuing the certificate"),
            parent=self)
        dialog.saved.connect(lambda _result: self.decided.emit())
        dialog.open()
        return dialog

    def refuse(self) -> RefuseRequestDialog | None:
        """Ask why, then refuse the selected request."""
        request = self.current()
        if request is None or request.status != "pending":
            return None
        dialog = RefuseRequestDialog(self.ctx, request, self.clock, self)
        dialog.saved.connect(lambda _result: self.decided.emit())
        dialog.open()
        return dialog
