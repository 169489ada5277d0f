# SPDX-License-Identifier: GPL-3.0-or-later
"""Record a proxy (pouvoir): who gives it, to whom (or blank, to the chair), when received.

The statutes' rules (who may hold one, how many, no chains) are the service's: a
refusal is shown with the rule that refused it, and nothing is recorded. A scanned
form, if chosen, goes to the governance library in the same unit of work.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QCheckBox, QLineEdit, QWidget

from talagov.core.errors import UserError
from talagov.core.library import DocumentKind
from talagov.core.proxies import Proxy
from talagov.gui.context import AppContext
from talagov.gui.dialogs.task_dialog import TaskDialog
from talagov.gui.errors import show_error
from talagov.gui.help.terms import explain
from talagov.gui.i18n import arg
from talagov.gui.meeting.session_data import Clock, SessionData, roll_items, with_scanned_form
from talagov.gui.meeting.session_file_field import ScannedFormField
from talagov.gui.session_labels import blank_proxy_label
from talagov.gui.widgets.date_edit import date_edit, edit_date
from talagov.gui.widgets.member_picker import MemberPicker
from talagov.services import session as session_service
from talagov.services.uow import UnitOfWork


class ProxyDialog(TaskDialog):
    """Enter a proxy for the meeting of ``data``; ``principal_id`` preselects the principal."""

    def __init__(self, ctx: AppContext, data: SessionData, clock: Clock,
                 principal_id: int | None = None, parent: QWidget | None = None) -> None:
        super().__init__(ctx, self.tr("New proxy"), parent)
        self._meeting_id = data.meeting_id
        self._clock = clock
        self._names = {line.member_id: line.name for line in data.state.lines}
        items = roll_items(data.state.lines)
        self.principal = MemberPicker(self)
        self.principal.set_members(items, principal_id)
        self.principal.setToolTip(self.tr("The absent member who gives the proxy; type part of a "
                                          "name or number."))
        explain(self.principal, "pouvoir")
        self.blank = QCheckBox(blank_proxy_label(), self)
        self.blank.setAccessibleName(blank_proxy_label())
        self.blank.setToolTip(self.tr("A proxy sent without naming a holder: the chair holds it; "
                                      "it votes for management's resolutions, against the others"))
        self.holder = MemberPicker(self)
        self.holder.set_members(items)
        self.holder.setToolTip(self.tr("The member who will vote in the principal's name; type "
                                       "part of a name or number."))
        self.received = date_edit(self, clock().date(), ctx.lang)
        self.received.setToolTip(self.tr("The day the signed proxy form reached the cooperative."))
        self.scan = ScannedFormField(self)
        self.note = QLineEdit(self)
        self.note.setToolTip(self.tr("A free remark kept with the proxy."))
        self.add_row(self.tr("&Principal (gives the proxy):"), self.principal).setWordWrap(False)
        self.form.addRow("", self.blank)
        self.add_row(self.tr("&Holder (receives it):"), self.holder).setWordWrap(False)
        self.add_row(self.tr("&Received on:"), self.received).setWordWrap(False)
        self.add_row(self.tr("Scanned &form:"), self.scan).setWordWrap(False)
        self.add_row(self.tr("&Note:"), self.note).setWordWrap(False)
        self.ok_button.setText(self.tr("Recor&d proxy"))
        self.ok_button.setToolTip(self.tr("Record the proxy; the holder's votes will count for "
                                          "the principal too."))
        self.blank.toggled.connect(self._on_blank_toggled)
        self.resize(self.sizeHint().width() * 3 // 2, self.sizeHint().height())

    def _on_blank_toggled(self, blank: bool) -> None:
        self.holder.setEnabled(not blank)

    def proxy(self) -> Proxy:
        """The proxy as entered (ids of ``0`` when nothing is chosen)."""
        holder = None if self.blank.isChecked() else (self.holder.member_id() or 0)
        return Proxy(0, self._meeting_id, self.principal.member_id() or 0, holder,
                     edit_date(self.received), note=self.note.text().strip())

    def problems(self) -> list[str]:
        """The principal, and the holder of a named proxy, must be chosen on the roll."""
        found = []
        if self.principal.member_id() is None:
            found.append(self.tr("Choose the member who gives the proxy."))
        if not self.blank.isChecked() and self.holder.member_id() is None:
            found.append(self.tr("Choose the holder, or tick “Blank proxy (to the chair)”."))
        return found

    def task(self) -> Any:
        """Store the scanned form (if any), then record the proxy."""
        proxy = self.proxy()
        title = arg(self.tr("Proxy of %1"), self._names.get(proxy.principal_id, ""))

        def record(uow: UnitOfWork, document_id: int | None) -> tuple[int, Any]:
            return session_service.add_proxy(uow, Proxy(
                proxy.id, proxy.meeting_id, proxy.principal_id, proxy.holder_id, proxy.received_on,
                document_id, proxy.note), now=self._clock())

        return with_scanned_form(self.scan.path(), title, DocumentKind.PROXY_FORM, self._clock(),
                                 record)

    def task_label(self) -> str:
        """Shown if saving takes long."""
        return self.tr("Recording the proxy")

    def _on_task_failed(self, exc: BaseException) -> None:
        # A refusal names the statutes' rule; the dialog stays open to correct the entry.
        self._busy = False
        self.ok_button.setEnabled(True)
        show_error(self, exc)
        if isinstance(exc, UserError):
            self.failed.emit()
