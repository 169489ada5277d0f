# SPDX-License-Identifier: GPL-3.0-or-later
"""Ask a passphrase, then run the action that needs the key it unlocks.

The passphrase is handed to the task that unlocks the key on the worker (Argon2 takes a
fraction of a second) and uses it at once: the key never comes back to the GUI thread,
and neither the passphrase nor the key is stored. A wrong passphrase is said in the
dialog, which stays open with the field cleared, ready for another try.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QWidget

from talagov.gui.context import AppContext
from talagov.gui.dialogs.task_dialog import TaskDialog

#: Builds the task from the passphrase typed: ``passphrase -> (uow -> result)``.
TaskOf = Callable[[str], Callable[[Any], Any]]


class PassphraseDialog(TaskDialog):
    """A passphrase field under an explanation; OK runs ``task_of(passphrase)``.

    Callers may add their own rows (a member, a reason) with :meth:`add_row` and their
    own checks with :meth:`add_check` before opening the dialog.
    """

    def __init__(self, ctx: AppContext, title: str, intro: str, task_of: TaskOf, *,
                 action: str, label: str = "", parent: QWidget | None = None) -> None:
        super().__init__(ctx, title, parent)
        self._task_of = task_of
        self._checks: list[Callable[[], list[str]]] = []
        self._label = label or title
        self.intro = QLabel(intro, self)
        self.intro.setWordWrap(True)
        self.intro.setTextFormat(Qt.TextFormat.PlainText)
        self.form.addRow(self.intro)
        self.passphrase = QLineEdit(self)
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase_label = self.add_row(self.tr("&Passphrase:"), self.passphrase)
        self.passphrase_label.setWordWrap(False)
        self.passphrase.setAccessibleName(self.tr("Passphrase"))
        self.passphrase.setToolTip(self.tr("The passphrase that protects the key; it is never "
                                           "stored."))
        self.ok_button.setText(action)
        self.ok_button.setToolTip(self.tr("Unlock the key with this passphrase and do what is "
                                          "described above."))
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("M") * 34)
        self.passphrase.setFocus()

    def add_check(self, check: Callable[[], list[str]]) -> None:
        """A check of the caller's rows, run before the passphrase is tried."""
        self._checks.append(check)

    def problems(self) -> list[str]:
        """The caller's checks, then an empty passphrase."""
        found = [problem for check in self._checks for problem in check()]
        if not self.passphrase.text():
            found.append(self.tr("Type the passphrase."))
        return found

    def task(self) -> Callable[[Any], Any]:
        """The caller's task, built with the passphrase typed."""
        return self._task_of(self.passphrase.text())

    def task_label(self) -> str:
        """Shown if the work takes long."""
        return self._label

    def _on_task_succeeded(self, result: object) -> None:
        self.passphrase.clear()
        super()._on_task_succeeded(result)

    def _on_task_failed(self, exc: BaseException) -> None:
        self.passphrase.clear()
        super()._on_task_failed(exc)
        self.passphrase.setFocus()
