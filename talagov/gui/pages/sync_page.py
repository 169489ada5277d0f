# SPDX-License-Identifier: GPL-3.0-or-later
"""The « Shared folder » page: the folder the members' installs share with this one,
a pass over it, the watcher, the certificate requests and the files set aside.

« Synchronise now » is one pass (``widgets.sync_pass``): the plan, publishing (the
organisation's passphrase is asked only when something must be signed; a refusal to
publish, such as a link in place of ``organisation/``, is said in the bar), then reading
the members' directories, whose ``Changes`` the runner hands to every view: the ballots that
arrived show in the meeting's votes tab. « Watch the folder » (remembered in the settings) reads the
members' directories as files arrive (``gui.sync_watch``), publishing nothing.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDir, Qt, QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QFileDialog, QSplitter, QTabWidget, QVBoxLayout, QWidget

from talagov.core.errors import UserError
from talagov.gui import settings
from talagov.gui.context import AppContext
from talagov.gui.errors import show_error, user_message
from talagov.gui.file_actions import show_file
from talagov.gui.i18n import arg
from talagov.gui.pages.base import Page
from talagov.gui.sync_watch import SyncWatcher
from talagov.gui.widgets.message_bar import MessageBar
from talagov.gui.widgets.scrolled import scrolled
from talagov.gui.widgets.sync_folder_group import SyncFolderGroup
from talagov.gui.widgets.sync_pass import SyncPass
from talagov.gui.widgets.sync_publish_dialog import PublishPassphraseDialog
from talagov.gui.widgets.sync_quarantine_group import SyncQuarantinePanel
from talagov.gui.widgets.sync_requests_group import SyncRequestsPanel
from talagov.gui.widgets.sync_status import SyncStatusGroup
from talagov.services import sync_folder, sync_import, sync_requests
from talagov.services.changes import Aggregate, Changes
from talagov.services.sync_import import ImportReport, QuarantineLine
from talagov.services.sync_publish import PublishReport
from talagov.services.sync_requests import RequestLine

#: Watch the shared folder (1) or not (0); an int, as QSettings gives bools back as text.
WATCH_FOLDER: settings.Option[int] = settings.Option(
    "sync/watch", 0, "read the shared folder's members' directories as files arrive")
RELOAD_DELAY_MS = 300  # a pass and its Changes are one reload
REQUESTS_TAB, QUARANTINE_TAB = range(2)


@dataclass(frozen=True)
class SyncPageData:
    """What the page shows from the database."""

    folder: Path | None
    requests: list[RequestLine]
    quarantine: list[QuarantineLine]
    senders: dict[str, str]  # install id -> member, from every request it sent


def load_page(uow: Any) -> SyncPageData:
    """The folder chosen, the requests waiting, the files set aside and who sent them."""
    every = sync_requests.pending_requests(uow, decided=True)
    senders = {r.install_id: r.member_name or r.name for r in every}
    return SyncPageData(sync_folder.sync_folder(uow), [r for r in every if r.status == "pending"],
                        sync_import.quarantine(uow), senders)


class SyncPage(Page):
    """The folder, « Synchronise now », « Watch the folder », the last pass, and the
    requests and quarantine tabs.

    Signals:
        loaded(): the folder, requests and quarantine are shown (after each reload).
        synchronised(): a pass of « Synchronise now » ended (its summary is shown).
    """

    loaded = Signal()
    synchronised = Signal()

    #: Opens the folder in the file manager (tests set it to None).
    open_folder_with: Callable[[Path], object] | None = staticmethod(show_file)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.title = self.tr("Shared folder")
        self.clock: Callable[[], datetime] = datetime.now
        self.folder: Path | None = None
        self.data: SyncPageData | None = None
        self._generation = 0
        self.pass_at = self.watcher_at = datetime.min  # when the current passes started
        self._bug_shown = False
        # Why the last « Synchronise now » published nothing: kept in the bar until the
        # next one, the watcher's passes (which never publish) do not clear it.
        self.publish_problems: list[str] = []
        self.watcher = SyncWatcher(ctx.runner, self)
        self.watcher.clock = lambda: self.clock()
        self.passes = SyncPass(ctx, self)
        self.passes.clock = lambda: self.clock()
        self.folder_group = SyncFolderGroup(self)
        self.problems = MessageBar(self)
        self.status = SyncStatusGroup(ctx.lang, self)
        self.requests = SyncRequestsPanel(ctx, self)
        self.requests.clock = lambda: self.clock()
        self.quarantine = SyncQuarantinePanel(ctx.lang, self)
        self.tabs = QTabWidget(self)
        self.tabs.setAccessibleName(self.tr("Requests and quarantine"))
        # At 200 % a tab's explanation, table and fingerprint scroll rather than crush.
        self.tabs.addTab(scrolled(self.requests, self), "")
        self.tabs.addTab(scrolled(self.quarantine, self), "")
        self._title_tabs()
        self.tabs.setTabToolTip(REQUESTS_TAB, self.tr("Members' keys waiting for a certificate "
                                                      "before they can vote from home."))
        self.tabs.setTabToolTip(QUARANTINE_TAB, self.tr("Files found in the folder that TalaGov "
                                                        "could not take into account, with the "
                                                        "reason."))
        self.top = top = QWidget(self)
        column = QVBoxLayout(top)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.folder_group)
        column.addWidget(self.problems)
        column.addWidget(self.status)
        column.addStretch(1)
        # At 200 % the explanations take room: the top scrolls rather than crush the tables.
        self.top_area = scrolled(top, self)
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.top_area)
        self.splitter.addWidget(self.tabs)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)  # the tables take what the window gains
        self._sized_by_user = False
        self.splitter.splitterMoved.connect(self._on_splitter_moved)
        layout = QVBoxLayout(self)
        layout.addWidget(self.splitter)
        self._reload = QTimer(self)
        self._reload.setSingleShot(True)
        self._reload.setInterval(RELOAD_DELAY_MS)
        self._reload.timeout.connect(self.refresh)
        g = self.folder_group
        g.watch_box.setChecked(bool(settings.get(WATCH_FOLDER)))
        g.choose_requested.connect(self.choose_folder)
        g.open_requested.connect(self.open_folder)
        g.sync_requested.connect(self.synchronise)
        g.watch_toggled.connect(self._on_folder_group_watch_toggled)
        self.watcher.pass_started.connect(self._on_watcher_pass_started)
        self.watcher.pass_finished.connect(self._on_watcher_pass_finished)
        self.watcher.pass_failed.connect(self._on_watcher_pass_failed)
        self.passes.published.connect(self._on_passes_published)
        self.passes.publish_refused.connect(self._on_passes_publish_refused)
        self.passes.read.connect(self._on_passes_read)
        self.passes.cancelled.connect(self._on_passes_cancelled)
        self.passes.failed.connect(self._on_passes_failed)
        self.passes.ended.connect(self._on_passes_ended)
        if g.watch_box.isChecked():
            # Watching starts with the window, not when the page is first shown.
            self.refresh()

    # -- layout ------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        """Give the explanations and the summary the room they need, once laid out."""
        super().showEvent(event)
        QTimer.singleShot(0, self.fit_top)

    def fit_top(self) -> None:
        """The top as tall as its text at this width (at most 3/5 of the page: at 200 %
        it scrolls), the tables below; not once the user has moved the handle."""
        layout = self.top.layout()
        total = sum(self.splitter.sizes())
        if self._sized_by_user or layout is None or total <= 0:
            return
        width = self.top_area.viewport().width()
        wanted = (layout.totalHeightForWidth(width) if layout.hasHeightForWidth()
                  else layout.totalSizeHint().height())
        top = min(wanted + 2 * self.top_area.frameWidth(), total * 3 // 5)
        self.splitter.setSizes([top, total - top])

    def _on_splitter_moved(self, _pos: int, _index: int) -> None:
        self._sized_by_user = True

    # -- loading -----------------------------------------------------------------------

    def refresh(self) -> None:
        """Reload the folder, the requests and the quarantine."""
        self._reload.stop()
        self._generation += 1
        generation = self._generation
        self.ctx.runner.run(self, load_page, on_success=lambda d: self._on_loaded(generation, d),
                            label=self.tr("Loading the shared folder"))

    def on_changes(self, changes: Changes) -> None:
        """The folder, its requests and quarantine (``SYNC``), a member renamed or a
        certificate issued change what the page shows; a burst is one reload."""
        if changes.touches(Aggregate.SYNC, Aggregate.KEYS, Aggregate.MEMBERS):
            self._reload.start()

    def _on_loaded(self, generation: int, data: SyncPageData) -> None:
        if generation != self._generation:
            return
        self.data = data
        self.folder = data.folder
        self.folder_group.show_folder(data.folder)
        self.folder_group.sync_button.setEnabled(data.folder is not None
                                                 and not self.passes.running)
        self.requests.set_requests(data.requests)
        self.quarantine.set_lines(data.quarantine, data.senders)
        self._title_tabs()
        self._follow_folder()
        self.loaded.emit()

    def _title_tabs(self) -> None:
        pending = self.requests.pending_count()
        set_aside = self.quarantine.model.rowCount()
        self.tabs.setTabText(REQUESTS_TAB, arg(self.tr("Certificate requests (%1)"), pending)
                             if pending else self.tr("Certificate requests"))
        self.tabs.setTabText(QUARANTINE_TAB, arg(self.tr("Quarantine (%1)"), set_aside)
                             if set_aside else self.tr("Quarantine"))

    # -- the folder --------------------------------------------------------------------

    def choose_folder(self, path: Path | None = None) -> None:
        """Ask for the folder (or take ``path``) and remember it in the database."""
        if path is None:
            start = str(self.folder) if self.folder is not None else QDir.homePath()
            chosen = QFileDialog.getExistingDirectory(self, self.tr("Choose the shared folder"),
                                                      start)
            if not chosen:
                return
            path = Path(chosen)
        target = path
        self.ctx.runner.run(self, lambda uow: sync_folder.set_sync_folder(uow, target),
                            on_success=lambda _c: self.refresh(),
                            label=self.tr("Saving the shared folder"))

    def open_folder(self) -> None:
        """Show the folder in the file manager."""
        if self.folder is not None and self.open_folder_with is not None:
            self.open_folder_with(self.folder)

    # -- watching ----------------------------------------------------------------------

    def _on_folder_group_watch_toggled(self, checked: bool) -> None:
        settings.put(WATCH_FOLDER, int(checked))
        self._follow_folder()

    def _follow_folder(self) -> None:
        """Watch the folder shown when the box is ticked, else nothing."""
        wanted = self.folder if self.folder_group.watch_box.isChecked() else None
        if wanted is None:
            self.watcher.stop()
            self.problems.show_messages(self.publish_problems)
        elif self.watcher.folder != wanted:
            self.watcher.watch(wanted)

    def _on_watcher_pass_started(self) -> None:
        self.watcher_at = self.clock()

    def _on_watcher_pass_finished(self, result: object) -> None:
        report = result[0] if isinstance(result, tuple) else result
        assert isinstance(report, ImportReport)
        self._bug_shown = False
        self.problems.show_messages(self.publish_problems)
        self.status.show_reading(self.watcher_at, report, automatic=True)
        QTimer.singleShot(0, self.fit_top)
        self._reload.start()

    def _on_watcher_pass_failed(self, exc: BaseException) -> None:
        # Every 30 s: an unplugged key or an unmounted share is said in the bar, not in a
        # box; a bug is shown once (until a pass succeeds).
        if isinstance(exc, UserError):
            self.problems.show_messages([arg(self.tr("The shared folder could not be read: %1"),
                                             user_message(exc, self.ctx.lang))])
        elif not self._bug_shown:
            self._bug_shown = True
            show_error(self, exc)

    # -- « Synchronise now » -----------------------------------------------------------

    @property
    def dialog(self) -> PublishPassphraseDialog | None:
        """The passphrase dialog of the pass under way, if it asks."""
        return self.passes.dialog

    def synchronise(self) -> None:
        """Plan, publish (asking the passphrase if something must be signed), then read
        (``widgets.sync_pass``); the watcher waits meanwhile."""
        if self.folder is None or self.passes.running:
            return
        self.pass_at = self.clock()
        self.watcher.hold()
        self.folder_group.sync_button.setEnabled(False)
        self.publish_problems = []
        self.problems.show_messages([])
        self.passes.start(self.folder)

    def _on_passes_published(self, report: PublishReport) -> None:
        self.status.show_published(self.pass_at, report)

    def _on_passes_publish_refused(self, exc: UserError) -> None:
        # Said in the bar, not in a box: the reading goes on, and its summary follows.
        self.publish_problems = [arg(self.tr("Nothing was published: %1 The members' files "
                                             "are read all the same."),
                                     user_message(exc, self.ctx.lang))]
        self.problems.show_messages(self.publish_problems)

    def _on_passes_read(self, report: ImportReport) -> None:
        self.status.show_reading(self.pass_at, report, automatic=False)
        QTimer.singleShot(0, self.fit_top)
        self._reload.start()  # the runner also hands the Changes to every page
        self.synchronised.emit()

    def _on_passes_cancelled(self) -> None:
        self.problems.show_messages([self.tr("Synchronisation cancelled: the next one "
                                             "finishes the work.")])

    def _on_passes_failed(self, exc: BaseException) -> None:
        show_error(self, exc)

    def _on_passes_ended(self) -> None:
        self.folder_group.sync_button.setEnabled(self.folder is not None)
        self.watcher.release()
