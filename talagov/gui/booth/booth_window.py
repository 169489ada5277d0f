# SPDX-License-Identifier: GPL-3.0-or-later
"""The voting booth: a full-screen window on the secretary's laptop, one voter at a time.

Steps (one page each): find your name, unlock your key (or create one, the secretary
vouching), the ballots one by one, the review, the confirmation, the receipt. Enter
goes on, Escape goes back one step and never out of the booth. Leaving takes the
secretary's passphrase: the "Close the booth" button, Ctrl+Q and any attempt to close
the window lead to that step instead.

The organisation key unlocked at the entrance stays in this window's memory while it is
open (to certify keys created on the spot) and is dropped on closing; a voter's key is
dropped as soon as they are done or walk away, with everything they typed or saw.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any

from cryptography.hazmat.primitives.asymmetric import ec
from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractButton,
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from talagov.gui.booth import state
from talagov.gui.booth.booth_flow import BoothFlow
from talagov.gui.booth.confirm_page import ConfirmPage
from talagov.gui.booth.enrol_page import EnrolPage
from talagov.gui.booth.find_page import FindPage
from talagov.gui.booth.gate_page import GatePage
from talagov.gui.booth.page import BoothPage
from talagov.gui.booth.polls_page import PollsPage
from talagov.gui.booth.receipt_page import ReceiptPage
from talagov.gui.booth.review_page import ReviewPage
from talagov.gui.booth.state import FIND, GATE
from talagov.gui.booth.style import STYLESHEET, booth_font, button, font_rules
from talagov.gui.booth.unlock_page import UnlockPage
from talagov.gui.booth.work import run_refusable
from talagov.gui.context import AppContext
from talagov.gui.help import install_help_shortcut
from talagov.gui.help.terms import explain
from talagov.gui.i18n import arg


class BoothWindow(QWidget):
    """The booth for the meeting ``meeting_id``, holding the organisation key ``org_key``.

    Signals:
        step_changed(int): a step came on screen (its index; tests wait on it).
        booth_closed(): the secretary closed the booth.

    ``clock`` gives "now" to every service call; tests replace it.
    """

    step_changed = Signal(int)
    booth_closed = Signal()

    def __init__(self, ctx: AppContext, meeting_id: int, org_key: ec.EllipticCurvePrivateKey,
                 parent: QWidget | None = None, *, meeting_title: str = "",
                 organisation: tuple[str, str] = ("", "")) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.ctx = ctx
        self.meeting_id = meeting_id
        self.meeting_title = meeting_title
        self.organisation = organisation  # (name, readable fingerprint): the receipt PDF
        self.clock: Callable[[], datetime] = datetime.now
        self._org_key: ec.EllipticCurvePrivateKey | None = org_key
        self._may_close = False
        self._busy = False
        self._before_gate = FIND
        self.voter = state.VoterSession()
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowModality(Qt.WindowModality.ApplicationModal)  # the main window waits
        self.setWindowTitle(arg(self.tr("Voting booth — %1"), meeting_title or "TalaGov"))
        self.setAccessibleName(self.tr("Voting booth"))
        self.setFont(booth_font())
        self.setStyleSheet(STYLESHEET + font_rules(self.font(), whole=True))

        self.banner = QLabel(arg(self.tr("Voting booth — %1"), meeting_title), self)
        self.banner.setWordWrap(True)
        explain(self.banner, "isoloir")
        self.wait = QLabel(self.tr("Please wait…"), self)
        self.wait.setVisible(False)
        self.wait.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.wait.setAccessibleName(self.wait.text())
        self.stack = QStackedWidget(self)
        self.finder = FindPage(self.stack)
        self.unlock = UnlockPage(self.stack)
        self.enrol = EnrolPage(self.stack)
        self.polls = PollsPage(self.stack)
        self.review = ReviewPage(self.stack)
        self.confirm = ConfirmPage(self.stack)
        self.receipt = ReceiptPage(self.stack)
        self.gate = GatePage(self.stack)
        self.pages: list[BoothPage] = [self.finder, self.unlock, self.enrol, self.polls,
                                       self.review, self.confirm, self.receipt, self.gate]
        for page in self.pages:
            self.stack.addWidget(page)
        # Built last: the discreet way out comes last in the Tab order.
        self.close_button = button(self.tr("Close the booth…"), self,
                                   self.tr("For the secretary: close the booth (asks the "
                                           "secretary's passphrase)."))
        self.close_button.setObjectName("discreet")
        self.close_button.clicked.connect(self.ask_to_close)
        self._layout()
        self.flow = BoothFlow(self)
        # Ctrl+Q, and the platform's own Quit key where it differs (one shortcut per key:
        # two on the same key would be ambiguous and neither would fire).
        for text in dict.fromkeys((QKeySequence("Ctrl+Q").toString(),
                                   QKeySequence(QKeySequence.StandardKey.Quit).toString())):
            if text:
                QShortcut(QKeySequence(text), self, self.ask_to_close)
        install_help_shortcut(self, "booth")  # F1: the guide's booth section
        self.gate.close_requested.connect(self._on_gate_close_requested)
        self.gate.cancelled.connect(self._on_gate_cancelled)

    def _layout(self) -> None:
        top = QHBoxLayout()
        top.addWidget(self.banner, 1)
        top.addWidget(self.wait)
        top.addWidget(self.close_button)
        # The steps keep a readable line length in the middle of a wide screen, every
        # step as wide as the others whatever its own size hint.
        self.stack.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.stack.setMaximumWidth(self.fontMetrics().horizontalAdvance("M") * 60)
        middle = QHBoxLayout()
        middle.addStretch(1)
        middle.addWidget(self.stack, 6)
        middle.addStretch(1)
        column = QVBoxLayout(self)
        column.addLayout(top)
        column.addLayout(middle, 1)

    # -- steps -------------------------------------------------------------------------

    @property
    def step(self) -> int:
        """The index of the step on screen (``FIND``..``GATE``)."""
        return self.stack.currentIndex()

    def show_step(self, index: int) -> None:
        """Bring step ``index`` on screen with the keyboard where it starts."""
        self.stack.setCurrentIndex(index)
        self.close_button.setVisible(index != GATE)
        page = self.pages[index]
        page.enter()
        self.step_changed.emit(index)

    def start(self) -> None:
        """Show the first step and load the voters."""
        self.flow.reset()

    def org_key(self) -> ec.EllipticCurvePrivateKey | None:
        """The organisation key, while the booth is open (certifies keys made here)."""
        return self._org_key

    # -- background work ---------------------------------------------------------------

    def run(self, fn: Callable[[Any], Any], on_success: Callable[[Any], None],
            on_refused: Callable[[str], None], label: str) -> None:
        """Run ``fn`` on the task runner; a refusal reaches ``on_refused`` in plain words."""
        run_refusable(self.ctx, self, fn, on_success, on_refused, label, self.set_busy)

    def set_busy(self, busy: bool) -> None:
        """While a task runs, the step is disabled and the keys do nothing."""
        self._busy = busy
        if busy:
            # The focus waits on "Please wait…" (spoken), rather than jumping from control
            # to control as the step is disabled: Orca went silent after such jumps.
            self.wait.setVisible(True)
            self.wait.setFocus(Qt.FocusReason.OtherFocusReason)
        self.stack.setEnabled(not busy)
        self.close_button.setEnabled(not busy)
        if not busy:
            # Whatever follows the task (often a new step) takes the focus first; only if
            # nothing did does the step get it back, once.
            QTimer.singleShot(0, self._after_busy)

    def _after_busy(self) -> None:
        if self._busy:
            return
        if self.wait.hasFocus():
            self.pages[self.step].enter()
        self.wait.setVisible(False)

    @property
    def busy(self) -> bool:
        """Whether a task of the booth is running."""
        return self._busy

    # -- keyboard ----------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter: the focused button, else the step's main action. Escape: back one step."""
        key = event.key()
        if self._busy:
            event.accept()
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            focused = self.focusWidget()
            if isinstance(focused, QPushButton) and focused.isEnabled():
                focused.click()
            elif isinstance(focused, (QRadioButton, QCheckBox)) \
                    or not isinstance(focused, QAbstractButton):
                self.pages[self.step].accept_enter()
            event.accept()
            return
        if key == Qt.Key.Key_Escape:
            if self.step == GATE:
                self._on_gate_cancelled()
            else:
                self.flow.back()
            event.accept()
            return
        super().keyPressEvent(event)

    # -- leaving -----------------------------------------------------------------------

    def ask_to_close(self) -> None:
        """Show the secretary's step (the only way out)."""
        if self._busy or self.step == GATE:
            return
        self._before_gate = self.step
        self.gate.clear()
        self.show_step(GATE)

    def _on_gate_cancelled(self) -> None:
        self.gate.clear()
        self.show_step(self._before_gate)

    def _on_gate_close_requested(self, passphrase: str) -> None:
        from talagov.services import keys

        def work(uow: Any) -> bool:
            return keys.check_secretary_passphrase(uow, passphrase)

        self.run(work, self._on_secretary_checked, self.gate.refused,
                 self.tr("Checking the passphrase"))

    def _on_secretary_checked(self, right: bool) -> None:
        if not right:
            self.gate.refused(self.tr("This is not the secretary's passphrase. The booth stays "
                                      "open."))
            return
        self._may_close = True
        self.close()

    def closeEvent(self, event: QCloseEvent) -> None:
        """Closing needs the secretary's passphrase; then every key is dropped."""
        if not self._may_close:
            event.ignore()
            self.ask_to_close()
            return
        self.flow.forget_voter()
        self._org_key = None
        event.accept()
        self.booth_closed.emit()
