# SPDX-License-Identifier: GPL-3.0-or-later
"""A member signs the attendance sheet on the laptop: their name, a large pad, Sign.

The dialog opens at 60 % of the screen's width (more if its content needs it) and can
be enlarged; the pad keeps its 3:1 shape. Keyboard: the pad takes the focus first,
Tab reaches Clear and Sign, Enter signs, Escape cancels.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QFont, QGuiApplication
from PySide6.QtWidgets import QLabel, QWidget

from talagov.core.attendance import Signature
from talagov.gui.context import AppContext
from talagov.gui.dialogs.task_dialog import TaskDialog
from talagov.gui.help.terms import explain
from talagov.gui.i18n import arg
from talagov.gui.meeting.session_data import Clock
from talagov.gui.widgets.signature_pad import SignaturePad
from talagov.gui.widgets.tables import make_button
from talagov.services import session as session_service


class SignatureDialog(TaskDialog):
    """Capture the signature of ``member_id`` (named ``name``) for the meeting."""

    def __init__(self, ctx: AppContext, meeting_id: int, member_id: int, name: str,
                 clock: Clock, parent: QWidget | None = None) -> None:
        super().__init__(ctx, arg(self.tr("Signature of %1"), name), parent)
        self._meeting_id = meeting_id
        self._member_id = member_id
        self._clock = clock
        self.name = QLabel(name, self)
        font = QFont(self.name.font())
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.name.setFont(font)
        self.name.setWordWrap(True)
        self.hint = QLabel(self.tr("Sign in the box with the mouse, a pen or a finger."), self)
        self.hint.setWordWrap(True)
        self.pad = SignaturePad(self)
        self.pad.setAccessibleName(arg(self.tr("Signature pad of %1"), name))
        self.clear_button = make_button(self, self.tr("C&lear"), self.pad.clear)
        self.clear_button.setToolTip(self.tr("Wipe the box to sign again."))
        self.buttons.addButton(self.clear_button, self.buttons.ButtonRole.ResetRole)
        self.ok_button.setText(self.tr("&Sign"))
        self.ok_button.setToolTip(self.tr("Keep this handwritten signature on the attendance "
                                          "sheet."))
        explain(self.ok_button, "feuille_de_presence")
        self.ok_button.setDefault(True)
        layout = self.layout()
        assert layout is not None
        # Above the stretch and the buttons: message bar, (empty) form, name, hint, pad.
        for index, widget in enumerate((self.name, self.hint), start=2):
            layout.insertWidget(index, widget)  # type: ignore[attr-defined]
        layout.insertWidget(4, self.pad, 10)  # type: ignore[attr-defined]
        self.pad.changed.connect(self._on_pad_changed)
        self._on_pad_changed()
        self._size_to_screen()
        self.pad.setFocus()

    def _size_to_screen(self) -> None:
        screen = self.screen() or QGuiApplication.primaryScreen()
        available = screen.availableGeometry()
        width = max(available.width() * 3 // 5, self.sizeHint().width())
        chrome = self.sizeHint().height() - self.pad.sizeHint().height()
        height = min(available.height() * 9 // 10, width // 3 + chrome)
        self.resize(min(width, available.width()), max(height, self.sizeHint().height()))

    def _on_pad_changed(self) -> None:
        self.ok_button.setEnabled(not self.pad.is_empty() and not self._busy)
        self.clear_button.setEnabled(bool(self.pad.strokes()))

    def signature(self) -> Signature:
        """The strokes drawn, stamped with the time of signing."""
        return Signature(self.pad.strokes(), signed_at=self._clock())

    def problems(self) -> list[str]:
        """An empty pad is not a signature."""
        if self.pad.is_empty():
            return [self.tr("Draw the signature in the box first.")]
        return []

    def task(self) -> Any:
        """Record the signature on the attendance sheet."""
        meeting_id, member_id, signature = self._meeting_id, self._member_id, self.signature()
        return lambda uow: session_service.sign(uow, meeting_id, member_id, signature)

    def task_label(self) -> str:
        """Shown if saving takes long."""
        return self.tr("Recording the signature")
