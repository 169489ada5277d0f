# SPDX-License-Identifier: GPL-3.0-or-later
"""The member's window: their cooperative, read from the shared folder, with no database.

Until the install has joined an organisation the window shows the join wizard; then
three tabs: « My key », « Meetings » and « Archives ». Every reading of the folder (at
start, on « Refresh », when the watcher sees a change, every 30 seconds) runs on a
worker thread and verifies each file of ``organisation/`` against the organisation
trusted when joining; a file signed by anybody else is refused and named in a red bar
across the window. What the member does (a certificate request, a proxy, ballots) is
written into the install's own directory of the folder, and the folder is read again.

The window holds no database and opens none: it is given a home directory (the
membership, the keystore) and a language.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDir, Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QFileDialog,
    QMainWindow,
    QProgressBar,
    QStackedWidget,
    QWidget,
)

from talagov.core.errors import UserError
from talagov.gui.auditor.auditor_window import AuditorWindow
from talagov.gui.auditor.file_jobs import FileJob, FileJobRunner
from talagov.gui.booth.style import font_rules, paragraph
from talagov.gui.dialogs.voting_package_dialog import FolderRoute, VotingPackageDialog
from talagov.gui.errors import show_error, user_message
from talagov.gui.file_actions import show_file
from talagov.gui.help import install_help_shortcut
from talagov.gui.i18n import arg
from talagov.gui.member.cooperative_view import KEY_TAB, CooperativeView
from talagov.gui.member.enrol_dialog import EnrolDialog
from talagov.gui.member.folder_watcher import FolderWatcher
from talagov.gui.member.give_proxy_dialog import GiveProxyDialog
from talagov.gui.member.join_wizard import JoinWizard
from talagov.gui.member.snapshot import Snapshot, read_snapshot
from talagov.gui.widgets.scrolled import scrolled
from talagov.services import member_actions, member_folder, member_home
from talagov.services.member_home import Membership

LOADING, JOIN, MAIN = range(3)


class MemberWindow(QMainWindow):
    """A member's install at ``home``.

    Signals:
        joined(): the install has just joined an organisation.
        refreshed(): a reading of the folder is on screen.
        read_failed(): the folder could not be read (the reason is shown).
        archive_opened(object): an auditor's window was opened on an archive.
    """

    joined = Signal()
    refreshed = Signal()
    read_failed = Signal()
    archive_opened = Signal(object)

    #: Hands a checked document to the system viewer (tests replace it).
    open_external: Callable[[Path], object] | None = staticmethod(show_file)

    def __init__(self, lang: str, home: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lang, self.home = lang, Path(home)
        self.clock: Callable[[], datetime] = lambda: datetime.now().astimezone()
        self.jobs = FileJobRunner(self)
        self.membership: Membership | None = None
        self.snapshot: Snapshot | None = None
        self.auditor_windows: list[AuditorWindow] = []
        self._reading: FileJob | None = None
        self._read_again = False
        self.setStyleSheet(font_rules(self.font()))
        self.watcher = FolderWatcher(self)
        self.watcher.changed.connect(self.refresh)

        self.stack = QStackedWidget(self)
        self.loading = paragraph(self.tr("Opening…"), self)
        self.loading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack.addWidget(self.loading)
        self.wizard = JoinWizard(self.home, self.jobs, lang, self)
        self.wizard.joined.connect(self._on_wizard_joined)
        self.stack.addWidget(scrolled(self.wizard, self))
        self.view = CooperativeView(lang, self)
        self.stack.addWidget(self.view)
        # What the member works with (the view's parts, named here for short).
        self.tabs, self.refused, self.problem = self.view.tabs, self.view.refused, self.view.problem
        self.key_panel, self.meetings, self.archives = \
            self.view.key_panel, self.view.meetings, self.view.archives
        self.refresh_button, self.folder_path = self.view.refresh_button, self.view.folder_path
        self.refresh_button.clicked.connect(self.refresh)
        self.key_panel.enrol_requested.connect(self.enrol)
        self.key_panel.member_chosen.connect(self.choose_member)
        self.meetings.detail.vote_requested.connect(self.vote)
        self.meetings.detail.proxy_requested.connect(self.give_proxy)
        self.meetings.detail.document_requested.connect(self.open_document)
        self.archives.open_requested.connect(self.open_archive)
        self.setCentralWidget(self.stack)
        self.busy = QProgressBar(self)
        self.busy.setRange(0, 0)
        self.busy.setMaximumWidth(self.fontMetrics().horizontalAdvance("M") * 10)
        self.busy.setAccessibleName(self.tr("Reading the shared folder"))
        self.busy.hide()
        self.statusBar().addPermanentWidget(self.busy)
        self._build_menu()
        install_help_shortcut(self, "member")  # F1: the member's guide
        self._update_title()
        screen = self.screen().availableGeometry()
        self.resize(screen.width() * 3 // 4, screen.height() * 4 // 5)
        self.load()

    def _build_menu(self) -> None:
        menu = self.menuBar().addMenu(self.tr("&File"))
        self.refresh_action = menu.addAction(self.tr("&Refresh"))
        self.refresh_action.setShortcut(QKeySequence.StandardKey.Refresh)
        self.refresh_action.triggered.connect(self.refresh)
        self.open_archive_action = menu.addAction(self.tr("Open &archive…"))
        self.open_archive_action.setShortcut(QKeySequence("Ctrl+Shift+O"))
        self.open_archive_action.triggered.connect(lambda: self.choose_archive())
        menu.addSeparator()
        close_action = menu.addAction(self.tr("&Close"))
        close_action.setShortcut(QKeySequence.StandardKey.Close)
        close_action.triggered.connect(self.close)

    # -- joining and reading -------------------------------------------------------------

    @property
    def page(self) -> int:
        """What is on screen: ``LOADING``, ``JOIN`` or ``MAIN``."""
        return self.stack.currentIndex()

    def load(self) -> None:
        """Read the membership: the main view if the install joined, else the wizard."""
        home = self.home

        def failed(exc: BaseException) -> None:
            if isinstance(exc, UserError) and exc.code == "member.not_joined":
                self.stack.setCurrentIndex(JOIN)
                self.wizard.show_step(self.wizard.step)
            elif isinstance(exc, UserError):
                self.loading.setText(user_message(exc, self.lang))
            else:
                show_error(self, exc)

        self.jobs.run(lambda _p, _c: member_home.load(home), on_success=self._on_loaded,
                      on_failure=failed)

    def _on_loaded(self, membership: Membership) -> None:
        self.membership = membership
        self.view.show_membership(membership)
        self.stack.setCurrentIndex(MAIN)
        self._update_title()
        self.watcher.watch(membership.folder)
        self.refresh()

    def _on_wizard_joined(self, membership: Membership) -> None:
        self.joined.emit()
        self._on_loaded(membership)
        self.tabs.setCurrentIndex(KEY_TAB)

    def refresh(self) -> None:
        """Read the folder again, off the GUI thread (once more later if a reading runs)."""
        if self.membership is None:
            return
        if self._reading is not None:
            self._read_again = True
            return
        home, now = self.home, self.clock()
        self.busy.show()
        self.statusBar().showMessage(self.tr("Reading the shared folder…"))
        self._reading = self.jobs.run(lambda _p, _c: read_snapshot(home, now),
                                      on_success=self._on_read, on_failure=self._on_read_failed)

    def _read_done(self) -> None:
        self._reading = None
        self.busy.hide()
        self.statusBar().clearMessage()
        if self._read_again:
            self._read_again = False
            self.refresh()

    def _on_read(self, snapshot: Snapshot) -> None:
        self.snapshot = snapshot
        self.membership = snapshot.membership
        self.view.show_snapshot(snapshot)
        self._read_done()
        self.refreshed.emit()

    def _on_read_failed(self, exc: BaseException) -> None:
        self._read_done()
        if not isinstance(exc, UserError):
            show_error(self, exc)
            return
        self.problem.show_messages([arg(self.tr("The shared folder cannot be read: %1"),
                                        user_message(exc, self.lang))])
        self.read_failed.emit()

    # -- what the member does ------------------------------------------------------------

    def enrol(self, replace: bool = False) -> EnrolDialog:
        """« Create my key and request my certificate »; the folder is read again after."""
        dialog = EnrolDialog(self.home, self.jobs, self.lang, replace=replace, parent=self)
        dialog.clock = self.clock
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda _result: self.refresh())
        dialog.open()
        return dialog

    def choose_member(self, member_id: int) -> None:
        """The member said who they are: remember it, read the folder again."""
        home = self.home
        self.jobs.run(lambda _p, _c: member_home.set_member(home, member_id),
                      on_success=lambda _membership: self.refresh(),
                      on_failure=lambda exc: show_error(self, exc))

    def vote(self, meeting_id: int) -> VotingPackageDialog | None:
        """The voting dialog for the open polls of ``meeting_id``; ballots go to the folder."""
        if self.snapshot is None:
            return None
        try:
            package = member_actions.voting_package_for(self.snapshot.view, meeting_id)
        except UserError as exc:
            show_error(self, exc)
            return None
        home = self.home

        def cast(key: Any, certificate: Any, votes: list[tuple[int, int, tuple[str, ...]]],
                 now: datetime) -> list[Any]:
            return member_actions.cast_remote(home, package, key, certificate, votes, now=now)

        dialog = VotingPackageDialog(None, package, member_home.keystore(home), self,
                                     route=FolderRoute(self.lang, self.jobs, cast))
        dialog.clock = self.clock
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda _result: self.refresh())
        dialog.open()
        return dialog

    def give_proxy(self, meeting_id: int) -> GiveProxyDialog | None:
        """« Give a proxy… » for ``meeting_id``."""
        package = self.meetings.package(meeting_id)
        if self.snapshot is None or package is None:
            return None
        dialog = GiveProxyDialog(self.home, self.snapshot.view, package, self.jobs, self.lang,
                                 self)
        dialog.clock = self.clock
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda _result: self.refresh())
        dialog.open()
        return dialog

    def open_document(self, meeting_id: int, sha256: str) -> None:
        """Check a document against its hash (off the GUI thread), then open the verified
        copy made in the home (never the folder's file, which could be swapped after)."""
        if self.snapshot is None:
            return
        view = self.snapshot.view

        def opened(path: Path) -> None:
            if self.open_external is not None:
                self.open_external(path)

        self.jobs.run(lambda _p, _c: member_folder.document_path(view, meeting_id, sha256),
                      on_success=opened, on_failure=lambda exc: show_error(self, exc))

    def choose_archive(self) -> AuditorWindow | None:
        """Ask for an archive file and open it in the auditor's window (an archive of
        another organisation than the member's is refused there)."""
        start = str(self.membership.folder) if self.membership is not None else QDir.homePath()
        chosen, _ = QFileDialog.getOpenFileName(self, self.tr("Open an archive"), start,
                                                self.tr("TalaGov archives (*.zip);;All files (*)"))
        return self.open_archive_file(Path(chosen)) if chosen else None

    def open_archive(self, meeting_id: int) -> None:
        """The archive the organisation signed for ``meeting_id``: checked against its
        SHA-256 and copied into the home (off the GUI thread), then opened."""
        if self.snapshot is None:
            return
        view, home = self.snapshot.view, self.home
        self.jobs.run(lambda _p, _c: member_folder.archive_path(view, meeting_id, home),
                      on_success=lambda path: self._open_checked(path),
                      on_failure=lambda exc: show_error(self, exc))

    def _open_checked(self, path: Path) -> None:
        self.open_archive_file(path)

    def open_archive_file(self, path: object) -> AuditorWindow:
        """Open the archive ``path`` in a new auditor's window, which refuses it loudly if
        it is not the archive of the organisation this install trusts."""
        expected = self.membership.organisation if self.membership is not None else None
        window = AuditorWindow(self.lang, self, expected_organisation=expected)
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        self.auditor_windows.append(window)
        window.destroyed.connect(lambda _obj=None, w=window: self._forget_auditor(w))
        window.show()
        window.open_archive(Path(str(path)))
        self.archive_opened.emit(window)
        return window

    def _forget_auditor(self, window: AuditorWindow) -> None:
        if window in self.auditor_windows:
            self.auditor_windows.remove(window)

    # -- window state --------------------------------------------------------------------

    def _update_title(self) -> None:
        if self.membership is None:
            self.setWindowTitle(self.tr("Join a cooperative — TalaGov"))
        else:
            self.setWindowTitle(arg(self.tr("%1 — member — TalaGov"),
                                    self.membership.organisation_name))

    def closeEvent(self, event: QCloseEvent) -> None:
        """Stop watching, close the auditor's windows, wait for the worker."""
        self.watcher.watch(None)
        for window in list(self.auditor_windows):
            window.close()
        self.jobs.shutdown()
        event.accept()


def show_member_window(parent: QWidget | None, lang: str,
                       home: Path | None = None) -> MemberWindow:
    """Open the member's window (its own top-level window) on ``home`` (default: the
    user's member home)."""
    window = MemberWindow(lang, home or member_home.default_home(), parent)
    window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
    window.setWindowFlag(Qt.WindowType.Window, True)
    window.show()
    return window


def open_member_window(home: Path | None, lang: str | None = None) -> int:
    """``talagov member open``: show the member's window until it is closed; the exit code."""
    from talagov.gui.app import application  # the application object and its translators

    app, chosen = application(lang)
    window = MemberWindow(chosen, home or member_home.default_home())
    window.show()
    return int(app.exec())
