# SPDX-License-Identifier: GPL-3.0-or-later
"""The proxies of the session tab: the list with each one's validity, New… and Remove."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from talagov.gui.context import AppContext
from talagov.gui.help.terms import explain
from talagov.gui.meeting.session_data import Clock, SessionData
from talagov.gui.models.proxy_model import ProxyModel
from talagov.gui.widgets.tables import (
    button_row,
    follow_selection,
    make_button,
    make_table,
    selected_row,
)
from talagov.services import session as session_service
from talagov.services.session import ProxyLine


class ProxiesWidget(QWidget):
    """Proxies recorded for the meeting; the selected one's rule is spelled out below."""

    def __init__(self, ctx: AppContext, clock: Clock, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._clock = clock
        self.data: SessionData | None = None
        self.principal_hint: int | None = None  # the member selected on the attendance sheet
        self.model = ProxyModel(self)
        self.table = make_table(self, self.model, self.tr("Proxies"), word_wrap=True)
        self.detail = QLabel(self)
        self.detail.setWordWrap(True)
        self.detail.setTextFormat(Qt.TextFormat.PlainText)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.new_button = make_button(self, self.tr("&Record proxy…"), self.new_proxy)
        self.remove_button = make_button(self, self.tr("Remove prox&y"), self.remove_current)
        self.table.setToolTip(self.tr("The proxies given by members for this meeting and who "
                                      "holds each one."))
        explain(self.table, "pouvoir")
        self.new_button.setToolTip(self.tr("Record a proxy given by a member to another "
                                           "person."))
        self.remove_button.setToolTip(self.tr("Remove the selected proxy (recorded by mistake "
                                              "or withdrawn)."))
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.detail)
        layout.addLayout(button_row(self.new_button, self.remove_button))
        follow_selection(self.table, self._update_actions)
        self._update_actions()

    def set_data(self, data: SessionData | None) -> None:
        """Show the proxies of ``data`` (``None``: none)."""
        self.data = data
        self.model.set_items(data.state.proxies if data else (), self.ctx.lang)
        self.table.resizeColumnsToContents()
        self._update_actions()

    def current(self) -> ProxyLine | None:
        """The selected proxy, if any."""
        row = selected_row(self.table)
        return self.model.item_at(row) if row is not None else None

    def _update_actions(self, *_args: object) -> None:
        editable = self.data is not None and self.data.editable
        current = self.current()
        self.new_button.setEnabled(editable)
        self.remove_button.setEnabled(editable and current is not None)
        text = self.model.reasons_text(current) if current is not None else ""
        self.detail.setText(text)
        self.detail.setVisible(bool(text))

    def new_proxy(self) -> None:
        """Open the dialog of a new proxy."""
        from talagov.gui.dialogs.proxy_dialog import ProxyDialog

        if self.data is None:
            return
        dialog = ProxyDialog(self.ctx, self.data, self._clock, self.principal_hint, self)
        dialog.open()

    def remove_current(self) -> None:
        """Remove the selected proxy (entered by mistake, or withdrawn by its principal)."""
        current = self.current()
        if current is None:
            return
        proxy_id = current.proxy.id
        self.ctx.runner.run(self, lambda uow: session_service.remove_proxy(uow, proxy_id),
                            label=self.tr("Removing the proxy"))
