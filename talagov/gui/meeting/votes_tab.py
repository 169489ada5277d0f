# SPDX-License-Identifier: GPL-3.0-or-later
"""The workspace tab of the votes: the polls of the meeting, their actions, and the
result and ballots of the poll selected.

The polls load in one task (``votes_data.load_votes``) when the meeting is chosen and
after every change that concerns them; the detail of the selected poll loads in
another. Results of an older load are dropped (generation counters).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from talagov.core.polls import PollStatus
from talagov.gui.context import AppContext
from talagov.gui.errors import user_message
from talagov.gui.file_actions import show_file
from talagov.gui.help.terms import explain
from talagov.gui.i18n import arg
from talagov.gui.meeting import votes_actions, votes_files
from talagov.gui.meeting.tab_loader import TabLoader
from talagov.gui.meeting.votes_ballots import BallotsWidget
from talagov.gui.meeting.votes_data import (
    Clock,
    PollDetail,
    VotesData,
    load_poll_detail,
    load_votes,
)
from talagov.gui.meeting.votes_results import ResultsPanel
from talagov.gui.models.poll_model import PollModel
from talagov.gui.widgets.message_bar import MessageBar
from talagov.gui.widgets.tables import follow_selection, make_button, make_table, selected_row
from talagov.services.changes import Aggregate, Changes
from talagov.services.polls import PollView
from talagov.services.sync_close import FolderRead

_RELOAD_ON = (Aggregate.POLLS, Aggregate.MEETINGS, Aggregate.AGENDA, Aggregate.KEYS,
              Aggregate.SESSION, Aggregate.STATUTES)


class VotesTab(QWidget):
    """Polls, actions, and the selected poll's result and ballots, for one meeting.

    Signals:
        loaded(): the polls are shown (after each reload; tests wait on it).
        detail_loaded(): the selected poll's result and ballots are shown.
        imported(object): the report of a ballot-file import.

    ``clock`` gives "now" for opening, closing and imports; tests replace it.
    """

    loaded = Signal()
    detail_loaded = Signal()
    imported = Signal(object)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.data: VotesData | None = None
        self.detail: PollDetail | None = None
        self.clock: Clock = datetime.now
        self._detail_generation = 0
        self._quiet = False
        self.loader = TabLoader(self, ctx, load_votes, self._on_loaded, lambda: self._show(None),
                                label=self.tr("Loading the polls"), reload_on=_RELOAD_ON)
        self.hint = MessageBar(self)
        # What the reading of the shared folder before the last closing did: kept in
        # sight over the reloads the closing causes, until another meeting is shown.
        self.folder_note = MessageBar(self)
        self.folder_note.setAccessibleName(self.tr("Shared folder"))
        self.model = PollModel(self)
        self.table = make_table(self, self.model, self.tr("Polls"), word_wrap=True)
        b = make_button  # slots with an optional parameter get a lambda (clicked's bool)
        self.prepare_button = b(self, self.tr("P&repare polls"), self.prepare_polls)
        self.options_button = b(self, self.tr("Op&tions…"), self.edit_options)
        self.open_button = b(self, self.tr("&Open poll"), self.open_poll)
        self.close_button = b(self, self.tr("&Close poll…"), self.close_poll)
        self.hand_button = b(self, self.tr("H&and count…"), self.hand_count)
        self.import_button = b(self, self.tr("&Import ballot files…"),
                               lambda: self.import_ballots())
        self.package_button = b(self, self.tr("Voting pac&kage…"), self.voting_package)
        self.booth_button = b(self, self.tr("Open the votin&g booth"), self.open_booth)
        self.pdf_button = b(self, self.tr("Results P&DF…"), lambda: self.export_results())
        self.keys_button = b(self, self.tr("Ke&ys…"), self.show_keys)
        self.table.setToolTip(self.tr("One poll per resolution or election of the agenda, with "
                                      "its state; select one to act on it."))
        tips = (
            (self.prepare_button, self.tr("Create the polls of the agenda's resolutions and "
                                          "elections, or update the prepared ones.")),
            (self.options_button, self.tr("Choose whether the selected poll is secret and which "
                                          "majority it needs.")),
            (self.open_button, self.tr("Open the selected poll: its question can then no longer "
                                       "change.")),
            (self.close_button, self.tr("Close the selected poll and record its result (asks the "
                                        "organisation's passphrase).")),
            (self.hand_button, self.tr("Enter the votes counted in the room for the selected "
                                       "poll.")),
            (self.import_button, self.tr("Import the signed ballot files that members sent.")),
            (self.package_button, self.tr("Save a signed voting package so that a member can "
                                          "vote on their own computer.")),
            (self.booth_button, self.tr("Turn this computer into a full-screen voting booth for "
                                        "the members present.")),
            (self.pdf_button, self.tr("Save the results of the closed polls as a PDF.")),
            (self.keys_button, self.tr("Show the organisation's fingerprint and the members' "
                                       "keys and certificates.")),
        )
        for button, tip in tips:
            button.setToolTip(tip)
        explain(self.options_button, "scrutin_secret")
        explain(self.booth_button, "isoloir")
        explain(self.keys_button, "certificat")
        self._booth = votes_files.booth_opener()
        if self._booth is None:
            self.booth_button.setToolTip(self.tr("The voting booth is not installed."))
        buttons = QGridLayout()
        for index, button in enumerate((
                self.options_button, self.open_button, self.close_button, self.hand_button,
                self.prepare_button, self.import_button, self.package_button, self.booth_button,
                self.pdf_button, self.keys_button)):
            buttons.addWidget(button, index // 5, index % 5)
        buttons.setColumnStretch(5, 1)
        self.results = ResultsPanel(self)
        self.ballots = BallotsWidget(self)
        scroller = QScrollArea(self)
        scroller.setFrameShape(QFrame.Shape.NoFrame)
        scroller.setWidgetResizable(True)
        scroller.setWidget(self.results)
        self.details = QTabWidget(self)
        self.details.setAccessibleName(self.tr("Poll"))
        self.details.addTab(scroller, self.tr("Res&ult"))
        self.details.addTab(self.ballots, self.tr("&Ballots"))
        self.details.setTabToolTip(0, self.tr("The counts and the decision of the selected "
                                              "poll."))
        self.details.setTabToolTip(1, self.tr("Every ballot received for the selected poll and "
                                              "whether it is valid."))
        top = QWidget(self)
        column = QVBoxLayout(top)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.table, 1)
        column.addLayout(buttons)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(top)
        splitter.addWidget(self.details)
        splitter.setChildrenCollapsible(False)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        # About seven polls in sight above, the rest for the result (zoom-proof); the
        # table's minimum keeps four rows even in a short window.
        line = self.fontMetrics().height()
        self.table.setMinimumHeight(line * 9)
        splitter.setSizes([line * 20, line * 26])
        layout = QVBoxLayout(self)
        layout.addWidget(self.hint)
        layout.addWidget(self.folder_note)
        layout.addWidget(splitter, 1)
        follow_selection(self.table, self._on_poll_selection_changed)
        self._update_actions()

    # -- loading -----------------------------------------------------------------------

    @property
    def meeting_id(self) -> int | None:
        """The meeting shown (``None``: none)."""
        return self.loader.meeting_id

    def set_meeting(self, meeting_id: int | None) -> None:
        """Show the polls of ``meeting_id`` (``None``: nothing)."""
        if meeting_id != self.meeting_id:
            self.folder_note.show_messages([])
        self.loader.set_meeting(meeting_id)

    def refresh(self) -> None:
        """Reload the polls of the meeting."""
        self.loader.refresh()

    def on_changes(self, changes: Changes) -> None:
        """Reload when changes concern the polls, the meeting or the keys.

        While the tab is hidden (the session tab in front, recording arrivals) the reload
        waits until it is shown: judging every ballot again on each arrival is wasted.
        """
        self.loader.on_changes(changes)

    def showEvent(self, event: QShowEvent) -> None:
        """Catch up with the changes made while hidden."""
        super().showEvent(event)
        self.loader.shown()

    def _on_loaded(self, data: VotesData) -> None:
        self._show(data)
        self.loaded.emit()

    def _show(self, data: VotesData | None) -> None:
        kept = self.current_poll()
        self.data = data
        self._quiet = True  # one detail load at the end, not one per signal
        try:
            self.model.set_items(data.polls if data else (), self.ctx.lang)
            self.table.resizeColumnsToContents()
            row = self.model.row_of(kept.id) if kept is not None else None
            if row is None and data is not None and data.polls:
                row = 0
            if row is not None:
                self.table.selectRow(row)
        finally:
            self._quiet = False
        self.hint.show_messages(votes_actions.hints(data))
        self._on_poll_selection_changed()


    def current_poll(self) -> PollView | None:
        """The selected poll, if any."""
        row = selected_row(self.table)
        return self.model.item_at(row) if row is not None else None

    def select_poll(self, poll_id: int) -> None:
        """Select the poll with ``poll_id`` (its detail then loads)."""
        row = self.model.row_of(poll_id)
        if row is not None:
            self.table.selectRow(row)

    def _on_poll_selection_changed(self, *_args: object) -> None:
        if self._quiet:
            return
        self._update_actions()
        poll = self.current_poll()
        self._detail_generation += 1
        if poll is None:
            self._show_detail(None)
            return
        generation, poll_id, lang = self._detail_generation, poll.id, self.ctx.lang
        self.ctx.runner.run(self, lambda uow: load_poll_detail(uow, poll_id, lang),
                            on_success=lambda d: self._on_detail_loaded(generation, d),
                            on_failure=self.loader.failed, label=self.tr("Loading the poll"))

    def _on_detail_loaded(self, generation: int, detail: PollDetail) -> None:
        if generation != self._detail_generation:
            return
        self._show_detail(detail)
        self.detail_loaded.emit()

    def _show_detail(self, detail: PollDetail | None) -> None:
        self.detail = detail
        self.results.set_detail(detail, self.ctx.lang)
        self.ballots.set_detail(detail, self.ctx.lang)
        count = len(detail.ballots) if detail is not None else 0
        self.details.setTabText(1, arg(self.tr("&Ballots (%1)"), count))

    def _update_actions(self) -> None:
        data, poll = self.data, self.current_poll()
        changing = data is not None and data.changing
        has_key = data is not None and data.org_key is not None
        status = poll.status if poll is not None else None
        self.prepare_button.setVisible(changing and data is not None and data.needs_preparation)
        self.prepare_button.setEnabled(changing and has_key)
        self.options_button.setEnabled(changing and status is PollStatus.PREPARED)
        self.open_button.setEnabled(changing and status is PollStatus.PREPARED)
        self.close_button.setEnabled(changing and has_key and status is PollStatus.OPEN)
        self.hand_button.setEnabled(changing and status is PollStatus.OPEN)
        any_open = data is not None and data.any_poll(PollStatus.OPEN)
        self.import_button.setEnabled(any_open)
        self.package_button.setEnabled(has_key and any_open)
        self.booth_button.setEnabled(self._booth is not None and any_open)
        self.pdf_button.setEnabled(data is not None and data.any_poll(PollStatus.CLOSED))
        self.keys_button.setEnabled(data is not None)

    # -- actions -----------------------------------------------------------------------

    def prepare_polls(self) -> None:
        """Create the polls of the agenda's resolutions and elections."""
        if self.meeting_id is not None:
            votes_actions.prepare_polls(self.ctx, self, self.meeting_id, self.clock())

    def edit_options(self) -> None:
        """Secret ballot and majority of the selected prepared poll."""
        poll = self.current_poll()
        if poll is not None:
            votes_actions.edit_options(self.ctx, self, poll)

    def open_poll(self) -> None:
        """Open the selected poll after confirmation."""
        poll = self.current_poll()
        if poll is not None:
            votes_actions.open_poll(self.ctx, self, poll, self.clock())

    def close_poll(self) -> None:
        """Close the selected poll with the organisation's passphrase (the shared folder
        is read first; what that reading did is said above the polls)."""
        poll = self.current_poll()
        if poll is not None:
            self.folder_note.show_messages([])
            dialog = votes_actions.close_poll(self.ctx, self, poll, lambda: self.clock())
            dialog.saved.connect(self._on_close_dialog_saved)

    def _on_close_dialog_saved(self, result: object) -> None:
        if isinstance(result, tuple) and isinstance(result[0], FolderRead):
            self.folder_note.show_messages(self.folder_lines(result[0]))

    def folder_lines(self, read: FolderRead) -> list[str]:
        """What the reading of the shared folder before a closing did, for the secretary
        (nothing when no folder is chosen)."""
        if read.folder is None:
            return []
        if read.problem is not None:
            return [arg(self.tr("The poll is closed, but the shared folder could not be read "
                                "first (ballots waiting there will be set aside at the next "
                                "synchronisation; tell the members concerned): %1"),
                        user_message(read.problem, self.ctx.lang))]
        # Plain names for the counts: lupdate takes an attribute for no plural argument.
        ballots, set_aside = read.ballots, read.set_aside
        lines = [self.tr("Before closing, the shared folder was read: %n ballot(s) imported.",
                         "", ballots)]
        if set_aside:
            lines.append(self.tr("%n file(s) of the shared folder set aside: see the "
                                 "quarantine of the Shared folder page.", "", set_aside))
        return lines

    def hand_count(self) -> None:
        """Enter the hand count of the selected open poll."""
        poll = self.current_poll()
        if poll is None or self.data is None:
            return
        existing = self.detail.hand_count if self.detail and self.detail.poll.id == poll.id \
            else None
        votes_actions.hand_count(self.ctx, self, poll, lambda: self.clock(),
                                 scrutineers=self.data.scrutineers, existing=existing)

    def import_ballots(self, paths: list[Path] | None = None) -> None:
        """Choose ballot files (unless given) and import them with a summary."""
        files = paths if paths is not None else votes_files.choose_ballot_files(self)
        if files:
            votes_files.import_ballot_files(self.ctx, self, files, self.clock(),
                                            self._on_imported)

    def _on_imported(self, report: votes_files.ImportReport) -> None:
        votes_files.show_import_report(self, report, self.ctx.lang)
        self.imported.emit(report)

    def voting_package(self) -> None:
        """Choose a voter and save their signed voting package."""
        if self.meeting_id is not None:
            votes_files.voting_package(self.ctx, self, self.meeting_id, lambda: self.clock())

    def open_booth(self) -> None:
        """Turn this laptop into the voting booth (full screen)."""
        if self._booth is not None and self.meeting_id is not None:
            self._booth(self.ctx, self.meeting_id, self.window())

    def export_results(self, path: Path | None = None) -> None:
        """Print the results of the closed polls to PDF and open it."""
        if self.meeting_id is not None:
            votes_files.export_results(self.ctx, self, self.meeting_id, path,
                                       opener=self.open_after_save)

    #: Called with the saved PDF; opens it with the system viewer (tests set it to None).
    open_after_save: Callable[[Path], object] | None = staticmethod(show_file)

    def show_keys(self) -> None:
        """The organisation's fingerprint and the members' certificates."""
        from talagov.gui.dialogs.member_keys_dialog import MemberKeysDialog

        MemberKeysDialog(self.ctx, lambda: self.clock(), parent=self).open()
