# SPDX-License-Identifier: GPL-3.0-or-later
"""Work on the folder and the keystore, off the GUI thread, refusals in plain words.

The member's install has no database: its work runs on the auditor's
:class:`~talagov.gui.auditor.file_jobs.FileJobRunner` (one private worker thread).
A refusal (a :class:`~talagov.core.errors.UserError`: wrong passphrase, a folder that
is not the cooperative's…) goes back to the step that asked, which shows it in place;
anything else is a bug and reaches the one error presenter.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QWidget

from talagov.core.errors import Cancelled, UserError
from talagov.gui.auditor.file_jobs import FileJob, FileJobRunner
from talagov.gui.errors import show_error, user_message


def run_refusable(jobs: FileJobRunner, parent: QWidget, fn: Callable[[], Any],
                  on_success: Callable[[Any], None], on_refused: Callable[[str], None], *,
                  lang: str, busy: Callable[[bool], None] | None = None) -> FileJob:
    """Run ``fn()`` on the worker; then ``on_success(result)`` or ``on_refused(message)``.

    ``busy(True)`` is called at once and ``busy(False)`` before either callback.
    """
    if busy is not None:
        busy(True)

    def done(result: object) -> None:
        if busy is not None:
            busy(False)
        on_success(result)

    def failed(exc: BaseException) -> None:
        if busy is not None:
            busy(False)
        if isinstance(exc, UserError):
            on_refused(user_message(exc, lang))
        elif not isinstance(exc, Cancelled):
            show_error(parent, exc)

    return jobs.run(lambda _progress, _cancelled: fn(), on_success=done, on_failure=failed)
