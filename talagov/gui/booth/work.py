# SPDX-License-Identifier: GPL-3.0-or-later
"""Service calls from the booth's steps: on the task runner, refusals in plain words.

A refusal (a :class:`~talagov.core.errors.UserError`: wrong passphrase, void proxy...)
goes back to the step that asked, which shows it in place and stays; anything else is
a bug and reaches the one error presenter. While the call runs, the caller is "busy"
(its keys do nothing, its steps are disabled).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QDialog, QWidget

from talagov.core.errors import UserError
from talagov.gui.context import AppContext
from talagov.gui.errors import show_error, user_message


def run_refusable(ctx: AppContext, parent: QWidget, fn: Callable[[Any], Any],
                  on_success: Callable[[Any], None], on_refused: Callable[[str], None],
                  label: str, set_busy: Callable[[bool], None]) -> None:
    """Run ``fn(uow)``; ``on_success(result)`` or ``on_refused(message)`` afterwards."""
    set_busy(True)

    def done(result: object) -> None:
        set_busy(False)
        on_success(result)

    def failed(exc: BaseException) -> None:
        set_busy(False)
        if isinstance(exc, UserError):
            on_refused(user_message(exc, ctx.lang))
        else:
            show_error(parent, exc)

    ctx.runner.run(parent, fn, on_success=done, on_failure=failed, label=label)


class BusyDialog(QDialog):
    """A dialog whose steps call services through :func:`run_refusable`."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._busy = False

    @property
    def busy(self) -> bool:
        """Whether a call is running."""
        return self._busy

    def set_busy(self, busy: bool) -> None:
        """Subclasses also disable their steps."""
        self._busy = busy

    def run(self, fn: Callable[[Any], Any], on_success: Callable[[Any], None],
            on_refused: Callable[[str], None], label: str) -> None:
        """Run ``fn`` (see :func:`run_refusable`)."""
        run_refusable(self.ctx, self, fn, on_success, on_refused, label, self.set_busy)
