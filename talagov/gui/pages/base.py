# SPDX-License-Identifier: GPL-3.0-or-later
"""The contract between the main window and the pages of its sidebar."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from talagov.gui.context import AppContext
from talagov.services.changes import Changes


class Page(QWidget):
    """A sidebar page. Subclasses load their data through ``ctx.runner``.

    The main window calls :meth:`refresh` when the page is first shown and
    :meth:`on_changes` after every service call that changed data; a page reloads only
    when the change concerns it (Anki's ``operation_did_execute``).
    """

    #: Shown in the sidebar; subclasses set a translated title in ``__init__``.
    title: str = ""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx

    def refresh(self) -> None:
        """Reload everything the page shows."""

    def on_changes(self, changes: Changes) -> None:
        """Reload if ``changes`` concern this page (default: always)."""
        self.refresh()
