# SPDX-License-Identifier: GPL-3.0-or-later
"""A small form dialog whose Save runs a service call and shows refusals inline.

The share, mandate, body, handover and application dialogs share this behaviour: the
dialog stays open on a ``UserError`` (every finding listed in the message bar, in
the interface language) and closes only once the service has saved.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from talagov.core.errors import UserError, ValidationError
from talagov.gui.context import AppContext
from talagov.gui.errors import show_error
from talagov.gui.widgets.message_bar import MessageBar
from talagov.messages import render_error, render_finding


def error_lines(exc: UserError, lang: str) -> list[str]:
    """The sentences describing a refusal: its message (with the legal source of the rule
    that refused it), then each finding of a validation error."""
    lines = [render_error(exc.code, exc.params, lang)]
    if isinstance(exc, ValidationError):
        lines += [render_finding(p, lang) for p in exc.problems]
    return lines


class TaskDialog(QDialog):
    """Message bar, a form and Save/Cancel; subclasses fill ``self.form`` and call :meth:`submit`.

    Signals:
        saved(object): the service result, emitted just before the dialog closes.
        failed(): a refusal is shown (tests wait on it).
        loaded(): the choices a subclass loads in the background are in place.
    """

    saved = Signal(object)
    failed = Signal()
    loaded = Signal()

    def __init__(self, ctx: AppContext, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._busy = False
        self.setWindowTitle(title)
        self.setSizeGripEnabled(True)
        self.message_bar = MessageBar(self)
        self.form = QFormLayout()
        # Every field takes the dialog's width: names and dates stay readable at 200 % zoom.
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.ok_button: QPushButton = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("&Save"))
        self.ok_button.setToolTip(self.tr("Check the form and save it; any problem is listed at "
                                          "the top and the dialog stays open."))
        self.buttons.accepted.connect(self._on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message_bar)
        layout.addLayout(self.form)
        layout.addStretch(1)
        layout.addWidget(self.buttons)

    def add_row(self, label_text: str, widget: QWidget) -> QLabel:
        """A labelled field: the label is the buddy and names the field for screen readers."""
        label = QLabel(label_text, self)
        label.setBuddy(widget)
        label.setWordWrap(True)
        if not widget.accessibleName():
            widget.setAccessibleName(label_text.replace("&", "").rstrip(":").strip())
        self.form.addRow(label, widget)
        return label

    def show_problems(self, messages: Sequence[str]) -> None:
        """List problems in the bar (empty: hide it)."""
        self.message_bar.show_messages(list(messages))
        self._fit_height()

    def _fit_height(self) -> None:
        # A window does not grow by itself for wrapped text (height for width): without
        # this, the bar's lines are taken from the fields, crushed until their text is cut.
        layout = self.layout()
        if layout is not None and layout.hasHeightForWidth():
            needed = layout.totalHeightForWidth(self.width())
            if needed > self.height():
                self.resize(self.width(), needed)

    def problems(self) -> list[str]:
        """Problems found before calling the service (subclasses override)."""
        return []

    def task(self) -> Callable[[Any], Any]:
        """The service call to run (subclasses override)."""
        raise NotImplementedError

    def task_label(self) -> str:
        """The label of the task (progress dialog)."""
        return self.tr("Saving")

    def _on_buttons_accepted(self) -> None:
        if self._busy:
            return
        problems = self.problems()
        self.show_problems(problems)
        if problems:
            self.failed.emit()
            return
        self._submit_checked()

    def _submit_checked(self) -> None:
        """The form has no problems: run the task (a subclass may ask something first)."""
        self.submit(self.task(), self.task_label())

    def submit(self, fn: Callable[[Any], Any], label: str) -> None:
        """Run ``fn`` on the task runner; close on success, stay open on a refusal."""
        self._busy = True
        self.ok_button.setEnabled(False)
        self.ctx.runner.run(self, fn, on_success=self._on_task_succeeded,
                            on_failure=self._on_task_failed, label=label)

    def _on_task_succeeded(self, result: object) -> None:
        self._busy = False
        self.ok_button.setEnabled(True)
        self.saved.emit(result)
        self.accept()

    def _on_task_failed(self, exc: BaseException) -> None:
        self._busy = False
        self.ok_button.setEnabled(True)
        if isinstance(exc, UserError):
            self.show_problems(error_lines(exc, self.ctx.lang))
            self.failed.emit()
        else:
            show_error(self, exc)
