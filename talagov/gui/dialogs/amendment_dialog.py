# SPDX-License-Identifier: GPL-3.0-or-later
"""Ask why the agenda of a convened meeting changes (the amendment's reason, logged).

:class:`AmendingTaskDialog` is the base of the dialogs whose Save may be such a change.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from talagov.core.meetings import Meeting, MeetingStatus
from talagov.gui.context import AppContext
from talagov.gui.dialogs.task_dialog import TaskDialog
from talagov.gui.help.terms import explain


class AmendmentDialog(QDialog):
    """A reason is required: Save stays disabled while the text is blank."""

    def __init__(self, change: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Amend the agenda"))
        self.setSizeGripEnabled(True)
        intro = QLabel(self.tr("The meeting is convened: this change is an amendment of the "
                               "agenda and is logged with its reason, which goes to the minutes."),
                       self)
        intro.setWordWrap(True)
        change_label = QLabel(change, self)
        change_label.setWordWrap(True)
        font = change_label.font()
        font.setBold(True)
        change_label.setFont(font)
        self.reason = QPlainTextEdit(self)
        self.reason.setTabChangesFocus(True)
        self.reason.setAccessibleName(self.tr("Reason for the amendment"))
        self.reason.setToolTip(self.tr("Why the agenda changes after the convocation; this text "
                                       "goes to the minutes."))
        explain(self.reason, "ordre_du_jour")
        self.reason.setPlaceholderText(self.tr("e.g. request of associates holding 5 % of the "
                                               "capital, received on …"))
        metrics = self.reason.fontMetrics()
        self.reason.setMinimumHeight(metrics.lineSpacing() * 4)
        reason_label = QLabel(self.tr("&Reason:"), self)
        reason_label.setBuddy(self.reason)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.ok_button: QPushButton = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("&Record the amendment"))
        self.ok_button.setToolTip(self.tr("Make the change and log it with its reason."))
        self.ok_button.setEnabled(False)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.reason.textChanged.connect(self._on_reason_text_changed)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(change_label)
        layout.addWidget(reason_label)
        layout.addWidget(self.reason, 1)
        layout.addWidget(self.buttons)
        self.resize(metrics.horizontalAdvance("M") * 40, self.sizeHint().height())

    def _on_reason_text_changed(self) -> None:
        self.ok_button.setEnabled(bool(self.text()))

    def text(self) -> str:
        """The reason typed, stripped."""
        return self.reason.toPlainText().strip()


def ask_reason(parent: QWidget, change: str, on_reason: Callable[[str], None]) -> AmendmentDialog:
    """Open the dialog (window-modal); ``on_reason(reason)`` runs once it is accepted."""
    dialog = AmendmentDialog(change, parent)
    dialog.accepted.connect(lambda: on_reason(dialog.text()))
    dialog.open()
    return dialog


class AmendingTaskDialog(TaskDialog):
    """A task dialog that changes ``meeting``'s agenda.

    Once the meeting is convened the change is an amendment: its reason is asked
    (:meth:`amendment_text` says what changes) before the task runs, and asked again
    after a refusal. Subclasses pass ``self._reason`` to the service in :meth:`task`.
    """

    def __init__(self, ctx: AppContext, meeting: Meeting, title: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(ctx, title, parent)
        self.meeting = meeting
        self._reason = ""
        self.reason_dialog: AmendmentDialog | None = None

    def needs_reason(self) -> bool:
        """A convened meeting's agenda changes only through a logged amendment."""
        return self.meeting.status is MeetingStatus.CONVENED

    def amendment_text(self) -> str:
        """What the change does, as the amendment dialog shows it (translated)."""
        raise NotImplementedError

    def _submit_checked(self) -> None:
        if self.needs_reason() and not self._reason:
            self.reason_dialog = ask_reason(self, self.amendment_text(), self._on_reason)
            return
        super()._submit_checked()

    def _on_reason(self, reason: str) -> None:
        self._reason = reason
        super()._submit_checked()

    def _on_task_failed(self, exc: BaseException) -> None:
        self._reason = ""  # asked again on the next try
        super()._on_task_failed(exc)
