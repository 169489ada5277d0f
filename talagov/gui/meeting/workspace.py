# SPDX-License-Identifier: GPL-3.0-or-later
"""The workspace of one meeting: a header with its state and legal next moves, and one tab
per stage of the journey (preparation, convocation, session, votes, minutes, archive).

The tab of the meeting's current stage opens when a meeting is chosen or changes
status; the stage is the meeting's status alone (an archived meeting opens on its
archive, a closed one on its session, whatever its minutes' state). Moves that need
their own checks live in their tab: convening (notice period) in the convocation tab,
opening and closing the session in the session tab; the header's buttons lead there,
and perform directly only the moves without checks of their own (back to draft,
archive).
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QEvent, QObject, QSize, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from talagov.core.meetings import Meeting, MeetingStatus, next_statuses
from talagov.gui.context import AppContext
from talagov.gui.help.terms import explain
from talagov.gui.i18n import arg, show_date
from talagov.gui.meeting.archive_tab import ArchiveTab
from talagov.gui.meeting.convocation_tab import ConvocationTab
from talagov.gui.meeting.minutes_tab import MinutesTab
from talagov.gui.meeting.preparation_tab import PreparationTab
from talagov.gui.meeting.session_tab import SessionTab
from talagov.gui.meeting.votes_tab import VotesTab
from talagov.gui.meeting_labels import meeting_status_label
from talagov.gui.widgets.tables import make_button
from talagov.services import meetings as meetings_service
from talagov.services.changes import Aggregate, Changes

PREPARATION_TAB, CONVOCATION_TAB, SESSION_TAB = 0, 1, 2
VOTES_TAB, MINUTES_TAB, ARCHIVE_TAB = 3, 4, 5


def stage_tab(status: MeetingStatus) -> int:
    """The tab of a status: draft -> preparation, convened -> convocation, archived ->
    archive, in session or closed -> session."""
    if status is MeetingStatus.DRAFT:
        return PREPARATION_TAB
    if status is MeetingStatus.CONVENED:
        return CONVOCATION_TAB
    if status is MeetingStatus.ARCHIVED:
        return ARCHIVE_TAB
    return SESSION_TAB


class _TabScroller(QScrollArea):
    """A tab that fills the space given and scrolls only when that is below its minimum.

    On a small screen or at 200 % zoom a tab wider or taller than the window scrolls
    instead of forcing the main window beyond the screen. (``widgetResizable`` would
    size the tab by its preferred height whenever a label wraps, and scroll for nothing.)
    """

    def __init__(self, tab: QWidget, parent: QWidget) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setWidget(tab)
        tab.installEventFilter(self)

    def _fit(self) -> None:
        tab = self.widget()
        if tab is None:
            return
        least = tab.minimumSizeHint().expandedTo(tab.minimumSize())
        room = self.maximumViewportSize()
        width = max(room.width(), least.width())
        height = max(room.height(), least.height())
        # A scroll bar in one direction takes room from the other.
        if width > room.width():
            height = max(least.height(), room.height() - self.horizontalScrollBar().sizeHint().height())
        if height > room.height():
            width = max(least.width(), room.width() - self.verticalScrollBar().sizeHint().width())
        if tab.size() != QSize(width, height):
            tab.resize(width, height)

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Refit the tab to the new room."""
        super().resizeEvent(event)
        self._fit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Refit when the tab's content (hence its minimum size) changes."""
        if watched is self.widget() and event.type() == QEvent.Type.LayoutRequest:
            self._fit()
        return super().eventFilter(watched, event)


class MeetingWorkspace(QWidget):
    """Header and stage tabs of the selected meeting (a hint when none is selected)."""

    loaded = Signal()  # the header shows the meeting (tests wait on it)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.meeting_id: int | None = None
        self.meeting: Meeting | None = None
        self._generation = 0
        self._wanted_tab: int | None = None
        self.title_label = QLabel(self)
        font = self.title_label.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.25)
        self.title_label.setFont(font)
        self.title_label.setWordWrap(True)
        self.state_label = QLabel(self)
        self.state_label.setWordWrap(True)
        self._move_buttons: list[QPushButton] = []
        self.moves = QHBoxLayout()
        self.tabs = QTabWidget(self)
        self.tabs.setAccessibleName(self.tr("Meeting"))
        self.preparation = PreparationTab(ctx, self.tabs)
        self.convocation = ConvocationTab(ctx, self.tabs)
        self.session = SessionTab(ctx, self.tabs)
        self.votes = VotesTab(ctx, self.tabs)
        self.minutes = MinutesTab(ctx, self.tabs)
        self.archive = ArchiveTab(ctx, self.tabs)
        for tab, title, tip in (
                (self.preparation, self.tr("&Preparation"),
                 self.tr("The agenda, its resolutions and elections, and the meeting's documents.")),
                (self.convocation, self.tr("Con&vocation"),
                 self.tr("Send the notice of meeting and keep a record of every sending.")),
                (self.session, self.tr("Sessi&on"),
                 self.tr("Attendance, proxies, postal votes, the officers and the quorum.")),
                (self.votes, self.tr("Vote&s"),
                 self.tr("Prepare, open and close the polls, and count the ballots.")),
                (self.minutes, self.tr("&Minutes"),
                 self.tr("Draft the minutes, have them signed and save them as a PDF.")),
                (self.archive, self.tr("&Archive"),
                 self.tr("Export the closed meeting as one signed file that can be checked."))):
            index = self.tabs.addTab(_TabScroller(tab, self.tabs), title)
            self.tabs.setTabToolTip(index, tip)

        meeting_page = QWidget(self)
        header = QHBoxLayout()
        texts = QVBoxLayout()
        texts.addWidget(self.title_label)
        texts.addWidget(self.state_label)
        header.addLayout(texts, 1)
        header.addLayout(self.moves)
        column = QVBoxLayout(meeting_page)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(header)
        column.addWidget(self.tabs, 1)
        self.empty_label = QLabel(self.tr("Choose a meeting in the list, or create one with "
                                          "“New meeting…”."), self)
        self.empty_label.setWordWrap(True)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.empty_label)
        self.stack.addWidget(meeting_page)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)

    # -- loading -----------------------------------------------------------------------

    def set_meeting(self, meeting_id: int | None) -> None:
        """Show ``meeting_id`` (``None``: the hint) and open its stage's tab.

        The meeting already shown is left as it is: what changes it comes through
        :meth:`on_changes`, so a reload of the meetings list loads nothing here.
        """
        if meeting_id == self.meeting_id:
            return
        self.meeting_id = meeting_id
        self.meeting = None
        for tab in (self.preparation, self.convocation, self.session):
            tab.set_meeting(meeting_id)
        self.votes.set_meeting(meeting_id)
        self.minutes.set_meeting(meeting_id)
        self.archive.set_meeting(meeting_id)
        self.reload()

    def reload(self) -> None:
        """Load the header again."""
        self._generation += 1
        generation, meeting_id = self._generation, self.meeting_id
        if meeting_id is None:
            self._show(None)
            return
        self.ctx.runner.run(self, lambda uow: meetings_service.get_meeting(uow, meeting_id),
                            on_success=lambda m: self._on_loaded(generation, m),
                            on_failure=lambda exc: self._on_load_failed(generation, exc),
                            label=self.tr("Loading the meeting"))

    def on_changes(self, changes: Changes) -> None:
        """Pass ``changes`` to the tabs; reload the header when a meeting changed.

        The header shows the title, date and status only: attendance (``SESSION``) and
        sendings (``CONVOCATIONS``) leave it as it is; opening, closing and convening
        report ``MEETINGS``.
        """
        if self.meeting_id is not None and changes.touches(Aggregate.MEETINGS):
            self.reload()
        for tab in (self.preparation, self.convocation, self.session):
            tab.on_changes(changes)
        self.votes.on_changes(changes)
        self.minutes.on_changes(changes)
        self.archive.on_changes(changes)

    def _on_load_failed(self, generation: int, exc: BaseException) -> None:
        from talagov.core.errors import NotFoundError
        from talagov.gui.errors import show_error

        if generation != self._generation:
            return
        if isinstance(exc, NotFoundError):
            self.set_meeting(None)
        else:
            show_error(self, exc)

    def _on_loaded(self, generation: int, meeting: Meeting) -> None:
        if generation != self._generation or meeting.id != self.meeting_id:
            return
        previous = self.meeting
        self._show(meeting)
        if previous is None or previous.status is not meeting.status:
            wanted, self._wanted_tab = self._wanted_tab, None
            self.tabs.setCurrentIndex(stage_tab(meeting.status) if wanted is None else wanted)
        self.loaded.emit()

    def show_tab(self, meeting_id: int, tab: int) -> None:
        """Open ``tab`` of ``meeting_id`` instead of its stage's tab (the registers page
        leads to the minutes); call before the meeting is chosen."""
        if meeting_id == self.meeting_id and self.meeting is not None:
            self.tabs.setCurrentIndex(tab)
        else:
            self._wanted_tab = tab

    # -- header ------------------------------------------------------------------------

    def _show(self, meeting: Meeting | None) -> None:
        self.meeting = meeting
        self.stack.setCurrentIndex(0 if meeting is None else 1)
        for button in self._move_buttons:
            self.moves.removeWidget(button)
            button.deleteLater()
        self._move_buttons = []
        if meeting is None:
            self.title_label.clear()
            self.state_label.clear()
            return
        self.title_label.setText(meeting.title)
        self.state_label.setText(arg(self.tr("%1 — %2"), show_date(meeting.on, self.ctx.lang),
                                     meeting_status_label(meeting.status)))
        for target in next_statuses(meeting.status):
            button = self._move_button(meeting.status, target)
            self.moves.addWidget(button)
            self._move_buttons.append(button)

    def _move_button(self, current: MeetingStatus, target: MeetingStatus) -> QPushButton:
        if target is MeetingStatus.CONVENED:
            button = make_button(self, self.tr("Convene…"), lambda: self._go_to(CONVOCATION_TAB))
            button.setToolTip(self.tr("Go to the Convocation tab to send the notice of meeting."))
            explain(button, "convocation")
        elif target is MeetingStatus.IN_SESSION:
            button = make_button(self, self.tr("Open the session…"),
                                 lambda: self._go_to(SESSION_TAB))
            button.setToolTip(self.tr("Go to the Session tab to open the meeting."))
        elif target is MeetingStatus.CLOSED:
            button = make_button(self, self.tr("Close the session…"),
                                 lambda: self._go_to(SESSION_TAB))
            button.setToolTip(self.tr("Go to the Session tab to close the meeting."))
        elif target is MeetingStatus.DRAFT:
            button = make_button(self, self.tr("Back to draft"), lambda: self.change_status(target))
            button.setToolTip(self.tr("Put the meeting back in preparation (only before any "
                                      "notice is sent)."))
        else:
            button = make_button(self, self.tr("Archive"), lambda: self.change_status(target))
            button.setToolTip(self.tr("Mark the meeting as archived: it can no longer change."))
        return button

    def _go_to(self, tab: int) -> None:
        self.tabs.setCurrentIndex(tab)
        (self.preparation, self.convocation, self.session)[tab].setFocus()

    def change_status(self, target: MeetingStatus) -> None:
        """Back to draft or archive, after confirmation."""
        if self.meeting is None:
            return
        if target is MeetingStatus.DRAFT:
            question = self.tr("Put the meeting back in preparation? This is possible only while "
                               "no convocation has been sent.")
        else:
            question = self.tr("Archive the meeting? An archived meeting can no longer change.")
        answer = QMessageBox.question(self, meeting_status_label(target), question)
        if answer != QMessageBox.StandardButton.Yes:
            return
        meeting_id, now = self.meeting.id, datetime.now()
        self.ctx.runner.run(self, lambda uow: meetings_service.change_status(uow, meeting_id, target,
                                                                             now=now),
                            label=self.tr("Changing the meeting's status"))
