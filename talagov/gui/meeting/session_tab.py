# SPDX-License-Identifier: GPL-3.0-or-later
"""The workspace tab of the session (attendance, proxies, postal votes, live quorum, bureau).

The quorum panel stays on top whatever sub-tab is shown. The whole state is loaded in
one task (``services.session.session_state``) when the meeting is chosen and after
every change that concerns it; every 30 seconds the quorum alone is recomputed, since
departures and arrivals are recorded with times and the count depends on the clock.
Results of an older load are dropped (generation counter).
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QMessageBox, QTabWidget, QVBoxLayout, QWidget

from talagov.core.errors import NotFoundError
from talagov.core.quorum import QuorumResult
from talagov.gui.context import AppContext
from talagov.gui.errors import show_error
from talagov.gui.i18n import arg, show_date
from talagov.gui.meeting.quorum_panel import QuorumPanel
from talagov.gui.meeting.session_attendance import AttendanceWidget
from talagov.gui.meeting.session_bureau import BureauWidget
from talagov.gui.meeting.session_data import Clock, SessionData, load_session
from talagov.gui.meeting.session_postal import PostalVotesWidget
from talagov.gui.meeting.session_proxies import ProxiesWidget
from talagov.services import session as session_service
from talagov.services.changes import Aggregate, Changes

QUORUM_REFRESH_MS = 30_000
_RELOAD_ON = (Aggregate.SESSION, Aggregate.MEETINGS, Aggregate.AGENDA, Aggregate.MEMBERS,
              Aggregate.SHARES, Aggregate.MANDATES, Aggregate.STATUTES)


class SessionTab(QWidget):
    """Tab of the session (attendance, proxies, postal votes, live quorum, bureau) for one meeting.

    Signals:
        loaded(): the state of the meeting is shown (after each reload; tests wait on it).
        quorum_refreshed(): the timer's recomputation reached the panel.
        second_convocation_created(int): the id of the new draft meeting.

    ``clock`` gives "now" for arrivals, departures, signatures and the quorum; tests
    replace it.
    """

    loaded = Signal()
    quorum_refreshed = Signal()
    second_convocation_created = Signal(int)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.meeting_id: int | None = None
        self.data: SessionData | None = None
        self.clock: Clock = datetime.now
        self._generation = 0
        now: Clock = lambda: self.clock()  # noqa: E731 - follows a replaced clock
        self.quorum_panel = QuorumPanel(self)
        self.attendance = AttendanceWidget(ctx, now, self)
        self.proxies = ProxiesWidget(ctx, now, self)
        self.postal = PostalVotesWidget(ctx, now, self)
        self.bureau = BureauWidget(ctx, now, self)
        self.tabs = QTabWidget(self)
        self.tabs.setAccessibleName(self.tr("Session"))
        for widget, tip in (
                (self.attendance, self.tr("Who is present, remote, excused or absent, and "
                                          "their signatures.")),
                (self.proxies, self.tr("The proxies given by absent members.")),
                (self.postal, self.tr("The postal voting forms received before the meeting.")),
                (self.bureau, self.tr("The officers, the opening and closing, and the quorums "
                                      "recorded."))):
            self.tabs.setTabToolTip(self.tabs.addTab(widget, ""), tip)
        self._update_tab_titles()
        layout = QVBoxLayout(self)
        layout.addWidget(self.quorum_panel)
        layout.addWidget(self.tabs, 1)

        self.timer = QTimer(self)
        self.timer.setInterval(QUORUM_REFRESH_MS)
        self.timer.timeout.connect(self._on_timer_timeout)
        self.quorum_panel.second_convocation_requested.connect(self.create_second_convocation)
        self.attendance.table.selectionModel().selectionChanged.connect(
            self._on_attendance_selection_changed)

    # -- loading -----------------------------------------------------------------------

    def set_meeting(self, meeting_id: int | None) -> None:
        """Show the meeting meeting_id (None: nothing)."""
        self.meeting_id = meeting_id
        if meeting_id is None:
            self._generation += 1
            self.timer.stop()
            self._show(None)
            return
        self.refresh()
        self.timer.start()

    def refresh(self) -> None:
        """Reload the whole session state of the meeting."""
        if self.meeting_id is None:
            return
        self._generation += 1
        generation, meeting_id, at = self._generation, self.meeting_id, self.clock()
        self.ctx.runner.run(
            self, lambda uow: load_session(uow, meeting_id, at),
            on_success=lambda data: self._on_loaded(generation, data),
            on_failure=self._on_load_failed, label=self.tr("Loading the session"))

    def on_changes(self, changes: Changes) -> None:
        """Reload when changes concern what the tab shows."""
        if self.meeting_id is not None and changes.touches(*_RELOAD_ON):
            self.refresh()

    def _on_loaded(self, generation: int, data: SessionData) -> None:
        if generation != self._generation:
            return
        self._show(data)
        self.loaded.emit()

    def _on_load_failed(self, exc: BaseException) -> None:
        if isinstance(exc, NotFoundError):  # deleted meanwhile
            self.set_meeting(None)
        else:
            show_error(self, exc)

    def _show(self, data: SessionData | None) -> None:
        self.data = data
        meeting = data.state.meeting if data is not None else None
        self.quorum_panel.set_result(data.state.quorum if data else None, meeting, self.ctx.lang)
        for widget in (self.attendance, self.proxies, self.postal, self.bureau):
            widget.set_data(data)
        self._update_tab_titles()

    def _update_tab_titles(self) -> None:
        state = self.data.state if self.data is not None else None
        proxies = len(state.proxies) if state else 0
        forms = len(state.forms) if state else 0
        titles = (self.tr("&Attendance sheet"), arg(self.tr("Pro&xies (%1)"), proxies),
                  arg(self.tr("Pos&tal votes (%1)"), forms), self.tr("B&ureau and quorum"))
        for index, title in enumerate(titles):
            self.tabs.setTabText(index, title)

    def _on_timer_timeout(self) -> None:
        # Only the quorum moves with the clock; skip while the tab is hidden or work queues.
        if self.meeting_id is None or self.data is None or not self.isVisible() \
                or self.ctx.runner.busy:
            return
        generation, meeting_id, at = self._generation, self.meeting_id, self.clock()
        self.ctx.runner.run(
            self, lambda uow: session_service.quorum(uow, meeting_id, at=at),
            on_success=lambda result: self._on_quorum_computed(generation, result),
            on_failure=self._on_load_failed, label=self.tr("Recomputing the quorum"))

    def _on_quorum_computed(self, generation: int, result: QuorumResult) -> None:
        if generation != self._generation or self.data is None:
            return
        self.quorum_panel.set_result(result, self.data.state.meeting, self.ctx.lang)
        self.quorum_refreshed.emit()

    def _on_attendance_selection_changed(self, *_args: object) -> None:
        line = self.attendance.current_line()
        member_id = line.member_id if line is not None else None
        self.proxies.principal_hint = member_id
        self.postal.member_hint = member_id

    # -- second convocation ------------------------------------------------------------

    def create_second_convocation(self) -> None:
        """Ask for the date, then create the second convocation as a draft."""
        from talagov.gui.meeting.session_second_dialog import SecondConvocationDialog

        if self.data is None:
            return
        dialog = SecondConvocationDialog(self.ctx, self.data.state.meeting,
                                         lambda: self.clock(), self)
        dialog.saved.connect(self._on_second_convocation_saved)
        dialog.open()

    def _on_second_convocation_saved(self, result: object) -> None:
        assert isinstance(result, tuple)
        new_id = int(result[0])
        on = self.data.state.meeting.on if self.data is not None else None
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Second convocation"), arg(
            self.tr("The second convocation of the meeting of %1 was created in preparation. "
                    "Convene it from its Convocation tab."), show_date(on, self.ctx.lang)),
            QMessageBox.StandardButton.Ok, self)
        box.setAccessibleName(box.windowTitle())
        box.open()
        self.second_convocation_created.emit(new_id)
