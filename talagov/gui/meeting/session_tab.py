# SPDX-License-Identifier: GPL-3.0-or-later
"""The workspace tab of the session (attendance, proxies, postal votes, live quorum, bureau)."""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWidget

from talagov.gui.context import AppContext
from talagov.services.changes import Changes


class SessionTab(QWidget):
    """Tab of the session (attendance, proxies, postal votes, live quorum, bureau) for one meeting."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.meeting_id: int | None = None
        QVBoxLayout(self)

    def set_meeting(self, meeting_id: int | None) -> None:
        """Show the meeting meeting_id (None: nothing)."""
        self.meeting_id = meeting_id

    def on_changes(self, changes: Changes) -> None:
        """Reload when changes concern what the tab shows."""
