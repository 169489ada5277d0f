# SPDX-License-Identifier: GPL-3.0-or-later
"""What the member's key dialogs (« Create my voting key », « Give a proxy… ») share: one
step run on the folder's worker, during which the dialog cannot be closed, then its
outcome in place of the form and only « Close » left."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any

from PySide6.QtWidgets import QDialog, QLabel, QWidget

from talagov.gui.auditor.file_jobs import FileJobRunner
from talagov.gui.booth.style import set_error
from talagov.gui.dialogs.form_parts import ok_cancel
from talagov.gui.member.jobs import run_refusable


class FolderWorkDialog(QDialog):
    """A dialog whose step runs on ``jobs``; ``clock`` gives the time it records (tests
    set it). Subclasses build their widgets, with :meth:`add_buttons` after the fields
    (the tab order follows creation), and set :attr:`error` (a
    :func:`~talagov.gui.dialogs.form_parts.error_line`)."""

    error: QLabel

    def __init__(self, jobs: FileJobRunner, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.jobs, self.lang = jobs, lang
        self.clock: Callable[[], datetime] = lambda: datetime.now().astimezone()
        self.busy = False
        self.setSizeGripEnabled(True)

    def add_buttons(self, ok_text: str, ok_name: str, on_ok: Callable[[], None]) -> None:
        """OK (``ok_text``, running ``on_ok``) and Cancel, as :attr:`ok_button` and
        :attr:`close_button` in :attr:`buttons`."""
        self.buttons, self.ok_button, self.close_button = ok_cancel(self, ok_text, ok_name)
        self.buttons.accepted.connect(on_ok)
        self.buttons.rejected.connect(self.reject)

    def show_problem(self, text: str) -> None:
        """A problem under the form (empty: hidden)."""
        set_error(self.error, text)

    def set_busy(self, busy: bool) -> None:
        """OK and Cancel do nothing while the step runs (subclasses disable their fields)."""
        self.busy = busy
        self.ok_button.setEnabled(not busy)
        self.close_button.setEnabled(not busy)

    def reject(self) -> None:
        """Escape and the window's close button wait for the key work to end (its
        result comes back to this dialog)."""
        if not self.busy:
            super().reject()

    def run_step(self, work: Callable[[], Any], on_done: Callable[[Any], None],
                 on_refused: Callable[[str], None]) -> None:
        """``work()`` on the worker, the dialog busy meanwhile; then ``on_done(result)``,
        or ``on_refused(message)`` when a service refused in plain words."""
        run_refusable(self.jobs, self, work, on_done, on_refused, lang=self.lang,
                      busy=self.set_busy)

    def show_closing(self, close_text: str, close_name: str) -> None:
        """The step is done: OK goes, Cancel becomes ``close_text`` and takes the focus."""
        self.ok_button.hide()
        self.close_button.setText(close_text)
        self.close_button.setAccessibleName(close_name)
        self.close_button.setFocus()
