# SPDX-License-Identifier: GPL-3.0-or-later
"""The one place where errors reach the user in the GUI."""

from __future__ import annotations

import logging
import traceback

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from talagov.core.errors import Cancelled, UserError, ValidationError
from talagov.messages import render, render_error, render_finding

log = logging.getLogger(__name__)


def current_lang() -> str:
    """The interface language set at start-up (``"fr"`` or ``"en"``)."""
    app = QCoreApplication.instance()
    lang = app.property("talagov_lang") if app is not None else None
    return str(lang) if lang in ("fr", "en") else "fr"


def user_message(exc: BaseException, lang: str | None = None) -> str:
    """The text shown for a user error (with every validation problem listed)."""
    lang = lang or current_lang()
    if isinstance(exc, ValidationError):
        lines = [render(exc.code, exc.params, lang)]
        lines += [f"• {render_finding(p, lang)}" for p in exc.problems]
        return "\n".join(lines)
    if isinstance(exc, UserError):
        return render_error(exc.code, exc.params, lang)
    return str(exc)


def show_error(parent: QWidget | None, exc: BaseException) -> None:
    """Show ``exc``: a plain message for a user error, details for a bug."""
    if isinstance(exc, Cancelled):
        return
    if isinstance(exc, UserError):
        box = QMessageBox(QMessageBox.Icon.Warning, QCoreApplication.translate("Errors", "TalaGov"), user_message(exc),
                          QMessageBox.StandardButton.Ok, parent)
    else:
        log.error("unexpected error", exc_info=exc)
        box = QMessageBox(
            QMessageBox.Icon.Critical,
            QCoreApplication.translate("Errors", "Unexpected error"),
            QCoreApplication.translate(
                "Errors",
                "Something went wrong. Nothing was saved by the failed action. "
                "Please report the details below.",
            ),
            QMessageBox.StandardButton.Ok,
            parent,
        )
        box.setDetailedText("".join(traceback.format_exception(exc)))
    box.setAccessibleName(box.windowTitle())
    box.open()
