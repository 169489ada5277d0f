# SPDX-License-Identifier: GPL-3.0-or-later
"""The main window: a sidebar of pages, menus, shortcuts, the busy indicator."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QDir, Qt
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QFileDialog,
    QListWidget,
    QMainWindow,
    QMessageBox,
    QProgressBar,
    QSplitter,
    QStackedWidget,
)

from talagov.core.organisation import Organisation
from talagov.gui import settings
from talagov.gui.auditor.auditor_window import AuditorWindow
from talagov.gui.context import AppContext
from talagov.gui.dialogs.personal_key_dialog import create_my_key, install_my_certificate
from talagov.gui.dialogs.voting_package_dialog import open_voting_package
from talagov.gui.file_actions import FileActions
from talagov.gui.help.menu import HelpMenu
from talagov.gui.help.topics import sidebar_topic
from talagov.gui.i18n import arg
from talagov.gui.member.member_window import show_member_window
from talagov.gui.pages.base import Page
from talagov.gui.pages.dashboard_page import DashboardPage
from talagov.gui.pages.library_page import LibraryPage
from talagov.gui.pages.mandates_page import MandatesPage
from talagov.gui.pages.meetings_page import MeetingsPage
from talagov.gui.pages.members_page import MembersPage
from talagov.gui.pages.registers_page import RegistersPage
from talagov.gui.pages.settings_page import SettingsPage
from talagov.gui.pages.shares_page import SharesPage
from talagov.gui.pages.sync_page import SyncPage
from talagov.services import organisation as org_service
from talagov.services.changes import Aggregate, Changes

MEMBERS_PAGE = 1
MEETINGS_PAGE = 4
REGISTERS_PAGE = 5
LIBRARY_PAGE = 6
SYNC_PAGE = 7
SETTINGS_PAGE = 8


class MainWindow(QMainWindow):
    """Sidebar (Dashboard, Members, Shares, Mandates, Meetings, Registers, Library, Shared
    folder, Settings) and the pages."""

    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.organisation: Organisation | None = None
        self._shown: set[int] = set()
        self._closed = False
        self.sidebar = QListWidget(self)
        self.sidebar.setAccessibleName(self.tr("Sections"))
        self.sidebar.setToolTip(self.tr("The parts of TalaGov: choose one to show it on the right "
                                        "(Ctrl+1 to Ctrl+9 from anywhere)."))
        self.sidebar.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.stack = QStackedWidget(self)
        titles = [self.tr("Dashboard"), self.tr("Members"), self.tr("Shares"),
                  self.tr("Mandates"), self.tr("Meetings"), self.tr("Registers"),
                  self.tr("Library"), self.tr("Shared folder"), self.tr("Settings")]
        factories: list[type[Page]] = [DashboardPage, MembersPage, SharesPage, MandatesPage,
                                       MeetingsPage, RegistersPage, LibraryPage, SyncPage,
                                       SettingsPage]
        self.pages: list[Page] = []
        for title, factory in zip(titles, factories, strict=True):
            page = factory(ctx, self.stack)
            page.setAccessibleName(title)
            self.pages.append(page)
            self.stack.addWidget(page)
            self.sidebar.addItem(title)
        self.members_page: MembersPage = self.pages[MEMBERS_PAGE]  # type: ignore[assignment]
        self.meetings_page: MeetingsPage = self.pages[MEETINGS_PAGE]  # type: ignore[assignment]
        self.registers_page: RegistersPage = self.pages[REGISTERS_PAGE]  # type: ignore[assignment]
        self.library_page: LibraryPage = self.pages[LIBRARY_PAGE]  # type: ignore[assignment]
        self.sync_page: SyncPage = self.pages[SYNC_PAGE]  # type: ignore[assignment]
        self.registers_page.open_minutes_requested.connect(self._on_registers_open_minutes_requested)
        # « Verify now » after an export opens the archive in the auditor's window.
        self.meetings_page.workspace.archive.open_auditor = self.open_archive
        self.auditor_windows: list[AuditorWindow] = []

        splitter = QSplitter(self)
        splitter.addWidget(self.sidebar)
        splitter.addWidget(self.stack)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        # The sidebar is as wide as its longest title, measured in the current font.
        metrics = self.sidebar.fontMetrics()
        widest = max(metrics.horizontalAdvance(t) for t in titles)
        self.sidebar.setSpacing(metrics.height() // 4)
        splitter.setSizes([widest + 3 * metrics.horizontalAdvance("M"), widest * 8])
        # Never narrower than its titles (a narrow window at 200 % would cut them).
        self.sidebar.setMinimumWidth(widest + 2 * metrics.horizontalAdvance("M"))
        self.setCentralWidget(splitter)

        self.busy = QProgressBar(self)
        self.busy.setRange(0, 0)
        self.busy.setMaximumWidth(widest * 2)
        self.busy.setAccessibleName(self.tr("Working"))
        self.busy.hide()
        self.statusBar().addPermanentWidget(self.busy)
        self._build_menus(titles)

        self.sidebar.currentRowChanged.connect(self._on_sidebar_current_row_changed)
        ctx.runner.changes_applied.connect(self._on_runner_changes_applied)
        ctx.runner.busy_changed.connect(self._on_runner_busy_changed)

        geometry = settings.get(settings.WINDOW_GEOMETRY)
        if geometry.isEmpty() or not self.restoreGeometry(geometry):
            self._default_size()
        last = settings.get(settings.LAST_PAGE)
        self.sidebar.setCurrentRow(last if 0 <= last < len(self.pages) else MEMBERS_PAGE)
        self._update_title()
        self._load_organisation()

    def _default_size(self) -> None:
        screen = self.screen().availableGeometry()
        self.resize(screen.width() * 4 // 5, screen.height() * 4 // 5)

    def _build_menus(self, titles: list[str]) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.open_archive_action = file_menu.addAction(self.tr("Open &archive…"))
        self.open_archive_action.setShortcut(QKeySequence("Ctrl+Shift+O"))
        self.open_archive_action.triggered.connect(lambda: self.choose_archive())
        file_menu.addSeparator()
        self.file_actions = FileActions(self, self.ctx, file_menu)
        file_menu.addSeparator()
        self.open_package_action = file_menu.addAction(self.tr("Open a voting &package…"))
        self.open_package_action.triggered.connect(lambda: open_voting_package(self, self.ctx))
        self.create_key_action = file_menu.addAction(self.tr("Create my voting &key…"))
        self.create_key_action.triggered.connect(lambda: create_my_key(self, self.ctx))
        self.install_certificate_action = file_menu.addAction(self.tr("Install my &certificate…"))
        self.install_certificate_action.triggered.connect(lambda: install_my_certificate(self, self.ctx))
        # A member's own install, with no database: a window of its own on the shared folder.
        self.join_action = file_menu.addAction(self.tr("&Join a cooperative (shared folder)…"))
        self.join_action.triggered.connect(lambda: show_member_window(self, self.ctx.lang))
        file_menu.addSeparator()
        quit_action = file_menu.addAction(self.tr("&Quit"))
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)

        edit_menu = self.menuBar().addMenu(self.tr("&Edit"))
        self.new_member_action = edit_menu.addAction(self.tr("&New member…"))
        self.new_member_action.setShortcut(QKeySequence("Ctrl+N"))
        self.new_member_action.triggered.connect(self._on_new_member_action_triggered)
        self.find_action = edit_menu.addAction(self.tr("&Find"))
        self.find_action.setShortcut(QKeySequence("Ctrl+F"))
        self.find_action.triggered.connect(self._on_find_action_triggered)

        view_menu = self.menuBar().addMenu(self.tr("&View"))
        self.page_actions: list[QAction] = []
        for index, title in enumerate(titles):
            action = view_menu.addAction(title)
            action.setShortcut(QKeySequence(f"Ctrl+{index + 1}"))
            action.triggered.connect(lambda _checked=False, i=index: self.sidebar.setCurrentRow(i))
            self.page_actions.append(action)
        view_menu.addSeparator()
        language_menu = view_menu.addMenu(self.tr("&Language"))
        group = QActionGroup(self)
        current = settings.get(settings.LANGUAGE)
        # Language names are written in their own language, as users look for them.
        for code, name in (("fr", "Français"), ("en", "English")):
            action = language_menu.addAction(name)
            action.setCheckable(True)
            action.setChecked(code == current)
            action.setData(code)
            group.addAction(action)
        group.triggered.connect(self._on_language_group_triggered)
        from talagov.gui import theme  # high contrast: every open window switches at once

        self.high_contrast_action = view_menu.addAction(self.tr("&High contrast"))
        self.high_contrast_action.setCheckable(True)
        self.high_contrast_action.setChecked(settings.get(settings.HIGH_CONTRAST))
        self.high_contrast_action.setStatusTip(self.tr(
            "White and yellow text on black, for low vision (applies at once)."))
        self.high_contrast_action.toggled.connect(theme.use_high_contrast)

        # F1 opens the guide at the page on screen (and the open tab of a meeting).
        self.help_menu = HelpMenu(self, self.help_topic)
        self.menuBar().addMenu(self.help_menu)

    # -- pages -------------------------------------------------------------------------

    def current_page(self) -> Page:
        """The page on screen."""
        return self.pages[self.stack.currentIndex()]

    def _on_sidebar_current_row_changed(self, row: int) -> None:
        if not 0 <= row < len(self.pages):
            return
        self.stack.setCurrentIndex(row)
        settings.put(settings.LAST_PAGE, row)
        if row not in self._shown:
            # A page loads its data the first time it is shown, not at start-up.
            self._shown.add(row)
            self.pages[row].refresh()

    def _on_runner_changes_applied(self, changes: Changes) -> None:
        for index, page in enumerate(self.pages):
            if index in self._shown:
                page.on_changes(changes)
        if changes.touches(Aggregate.ORGANISATION):
            self._load_organisation()

    def _on_find_action_triggered(self) -> None:
        focus = getattr(self.current_page(), "focus_filter", None)
        if focus is not None:
            focus()

    def _on_registers_open_minutes_requested(self, meeting_id: int) -> None:
        self.sidebar.setCurrentRow(MEETINGS_PAGE)
        self.meetings_page.open_minutes(meeting_id)

    def _on_new_member_action_triggered(self) -> None:
        self.sidebar.setCurrentRow(MEMBERS_PAGE)
        self.members_page.new_member()

    # -- archives ----------------------------------------------------------------------

    def choose_archive(self) -> AuditorWindow | None:
        """Ask for an archive bundle and open it in the auditor's window."""
        chosen, _ = QFileDialog.getOpenFileName(
            self, self.tr("Open an archive"), QDir.homePath(),
            self.tr("TalaGov archives (*.zip);;All files (*)"))
        return self.open_archive(Path(chosen)) if chosen else None

    def open_archive(self, path: Path) -> AuditorWindow:
        """Open ``path`` in a new auditor's window (read-only: it never touches this
        window's database)."""
        window = AuditorWindow(self.ctx.lang, self)
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        self.auditor_windows.append(window)
        window.destroyed.connect(lambda _obj=None, w=window: self._forget_auditor(w))
        window.show()
        window.open_archive(Path(path))
        return window

    def _forget_auditor(self, window: AuditorWindow) -> None:
        if window in self.auditor_windows:
            self.auditor_windows.remove(window)

    # -- window state ------------------------------------------------------------------

    def _load_organisation(self) -> None:
        self.ctx.runner.run(self, org_service.get_organisation, on_success=self._on_organisation_loaded,
                            label=self.tr("Loading organisation"))

    def _on_organisation_loaded(self, org: Organisation | None) -> None:
        self.organisation = org
        self._update_title()

    def _update_title(self) -> None:
        name = self.organisation.name if self.organisation else "TalaGov"
        self.setWindowTitle(arg(self.tr("%1 — %2 — TalaGov"), name, self.ctx.db.path.name))
        self.setWindowFilePath(str(self.ctx.db.path))

    def _on_runner_busy_changed(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        if busy:
            self.statusBar().showMessage(self.tr("Working…"))
        else:
            self.statusBar().clearMessage()

    def _on_language_group_triggered(self, action: QAction) -> None:
        code = str(action.data())
        if code == settings.get(settings.LANGUAGE):
            return
        settings.put(settings.LANGUAGE, code)
        # Qt widgets keep the texts they were built with: the switch needs a restart.
        QMessageBox.information(self, self.tr("Language"),
                                self.tr("The new language will be used the next time "
                                        "TalaGov starts."))

    def help_topic(self) -> str:
        """The guide topic of the page on screen (``topics.TOPICS`` key)."""
        return sidebar_topic(self.stack.currentIndex(), self.current_page())

    def closeEvent(self, event: QCloseEvent) -> None:
        """Save the window state, wait for running tasks, close the database."""
        if self._closed:
            event.accept()
            return
        self._closed = True
        for auditor in list(self.auditor_windows):
            auditor.close()
        # What is being typed in the minutes is saved before the task runner stops.
        self.meetings_page.workspace.minutes.save_now()
        settings.put(settings.WINDOW_GEOMETRY, self.saveGeometry())
        settings.put(settings.LAST_PAGE, self.stack.currentIndex())
        # Results still queued must not start new work on a stopped runner.
        self.ctx.runner.changes_applied.disconnect(self._on_runner_changes_applied)
        self.sync_page.watcher.stop()  # no new pass on a runner about to stop
        self.ctx.runner.busy_changed.disconnect(self._on_runner_busy_changed)
        self.ctx.runner.shutdown()
        self.ctx.db.close()
        event.accept()
