# SPDX-License-Identifier: GPL-3.0-or-later
"""The auditor's window: one archive bundle, read-only, verified as it opens.

A banner across the top says that this is the auditor mode and that nothing is
written; the first tab is the checklist of the verification, the next ones browse
what the bundle holds (register, attendance, polls and ballots, minutes, documents).
The verification runs on a worker thread of its own (:mod:`file_jobs`), with a progress
bar and a Cancel button in the window; a file that is not a readable bundle gets the
reader's reason, translated, and the window stays open for another one.

The window holds no database and opens none: it is given a file and a language. Files
the auditor opens from the bundle are extracted to a temporary folder the window
removes when it closes.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDir, Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QProgressBar,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from talagov.core.canonical import readable_fingerprint
from talagov.core.errors import Cancelled as CoreCancelled
from talagov.core.errors import UserError
from talagov.gui import theme
from talagov.gui.auditor.browse import BrowseTabs
from talagov.gui.auditor.checklist_widget import ChecklistWidget
from talagov.gui.auditor.file_jobs import FileJobRunner
from talagov.gui.auditor.opened import Opened, open_bundle
from talagov.gui.errors import show_error, user_message
from talagov.gui.file_actions import show_file
from talagov.gui.help import install_help_shortcut
from talagov.gui.help.terms import explain
from talagov.gui.i18n import arg
from talagov.gui.widgets.message_bar import MessageBar
from talagov.gui.widgets.tables import button_row, make_button
from talagov.messages import render
from talagov.verifier.report import BundleUnreadable, Cancelled

log = logging.getLogger(__name__)

#: ``open(path, progress, cancelled) -> Opened``: how the window reads a bundle
#: (tests inject one; the default verifies it with :mod:`talagov.verifier`).
OpenFunction = Callable[[Path, Callable[[int, int], None], Callable[[], bool]], Opened]
# Dark red on pale red, a thick border (seen also without colour vision), as the member's
# window's refused files.
_REFUSED_STYLE = ("QFrame { background: $error_bg; border: 3px solid $error_border; "
                  "border-radius: 4px; } QLabel { color: $error_strong; font-weight: bold; "
                  "background: transparent; border: none; }")
_BANNER_STYLE = ("QLabel#auditorBanner { background: $accent_bg; color: $accent; "
                 "padding: 0.5em 0.8em; font-weight: bold; }")


class AuditorWindow(QMainWindow):
    """One bundle at a time, read-only.

    Signals:
        verified(): a verification is shown (its checklist and the browse tabs).
        unreadable(): the file is not a readable bundle (the reason is shown).
        cancelled(): the auditor cancelled the verification.
        report_saved(object): the verification report was written at this path.
    """

    verified = Signal()
    unreadable = Signal()
    cancelled = Signal()
    report_saved = Signal(object)

    def __init__(self, lang: str, parent: QWidget | None = None, *,
                 opener: OpenFunction | None = None,
                 expected_organisation: str | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self.lang = lang
        #: The fingerprint (hex) of the organisation the archive must be of, when known
        #: (a member's window opening their cooperative's archive): an archive of any
        #: other organisation is refused loudly, however well it verifies on its own.
        self.expected_organisation = expected_organisation
        self.path: Path | None = None
        self.opened: Opened | None = None
        self.checked_at: datetime | None = None
        self._open = opener or open_bundle
        self._job: Any = None
        self.runner = FileJobRunner(self)

        self.banner = QLabel(self.tr("Auditor mode — read-only. This window checks an archive "
                                     "and shows what it holds; it writes nothing to any "
                                     "database."), self)
        self.banner.setObjectName("auditorBanner")
        self.banner.setWordWrap(True)
        theme.set_style(self.banner, _BANNER_STYLE)
        self.banner.setAccessibleName(self.tr("Auditor mode — read-only"))
        explain(self.banner, "archive")
        self.file_label = QLabel(self)
        self.file_label.setWordWrap(True)
        self.file_label.setTextFormat(Qt.TextFormat.PlainText)
        self.file_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.progress_label = QLabel(self.tr("Verifying the archive…"), self)
        self.progress = QProgressBar(self)
        self.progress.setAccessibleName(self.tr("Progress of the verification"))
        self.cancel_button = make_button(self, self.tr("&Cancel"), self.cancel)
        self.cancel_button.setToolTip(self.tr("Stop the verification; nothing is shown of the "
                                              "archive."))
        progress_row = QHBoxLayout()
        progress_row.addWidget(self.progress_label)
        progress_row.addWidget(self.progress, 1)
        progress_row.addWidget(self.cancel_button)
        self.progress_box = QWidget(self)
        self.progress_box.setLayout(progress_row)
        self.progress_box.hide()

        self.problem = MessageBar(self)
        self.problem.setAccessibleName(self.tr("The archive could not be read"))

        self.checklist = ChecklistWidget(lang, self)
        self.checklist.clear(self.tr("Open an archive (File › Open archive…) to verify it."))
        self.report_button = make_button(self, self.tr("&Export the verification report as "
                                                       "PDF…"), lambda: self.export_report())
        self.report_button.setToolTip(self.tr("Save every check and its outcome as a PDF, to "
                                              "keep or to send."))
        checklist_page = QWidget(self)
        page = QVBoxLayout(checklist_page)
        page.addWidget(self.checklist, 1)
        page.addLayout(button_row(self.report_button))
        self.tabs = QTabWidget(self)
        self.tabs.setAccessibleName(self.tr("Archive"))
        self.tabs.addTab(checklist_page, self.tr("Chec&klist"))
        self.tabs.setTabToolTip(0, self.tr("Every check made on the archive, passed or "
                                           "failed."))
        self.browse = BrowseTabs(self.tabs, lang, self.runner, self)
        self.browse.open_file_requested.connect(self._on_browse_open_file_requested)

        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.addWidget(self.banner)
        layout.addWidget(self.file_label)
        layout.addWidget(self.progress_box)
        layout.addWidget(self.problem)
        layout.addWidget(self.tabs, 1)
        self.setCentralWidget(central)
        self._build_menu()
        install_help_shortcut(self, "auditor")  # F1: the auditor's guide
        self._update_title()
        self._update_actions()
        self._default_size()

    #: Called with an extracted file; opens it with the system viewer (tests replace it).
    open_external: Callable[[Path], object] | None = staticmethod(show_file)

    def _default_size(self) -> None:
        screen = self.screen().availableGeometry()
        self.resize(screen.width() * 3 // 4, screen.height() * 4 // 5)

    def _build_menu(self) -> None:
        menu = self.menuBar().addMenu(self.tr("&File"))
        self.open_action = menu.addAction(self.tr("&Open archive…"))
        self.open_action.setShortcut(QKeySequence("Ctrl+Shift+O"))
        self.open_action.triggered.connect(lambda: self.choose_archive())
        self.report_action = menu.addAction(self.tr("&Export the verification report as PDF…"))
        self.report_action.setShortcut(QKeySequence("Ctrl+E"))
        self.report_action.triggered.connect(lambda: self.export_report())
        menu.addSeparator()
        close_action = menu.addAction(self.tr("&Close"))
        close_action.setShortcut(QKeySequence.StandardKey.Close)
        close_action.triggered.connect(self.close)

    # -- opening -------------------------------------------------------------------------

    def choose_archive(self) -> None:
        """Ask for a bundle and open it."""
        start = str(self.path.parent) if self.path is not None else QDir.homePath()
        chosen, _ = QFileDialog.getOpenFileName(
            self, self.tr("Open an archive"), start,
            self.tr("TalaGov archives (*.zip);;All files (*)"))
        if chosen:
            self.open_archive(Path(chosen))

    def open_archive(self, path: Path) -> None:
        """Verify ``path`` off the GUI thread and show what it holds."""
        if self._job is not None:
            self._job.cancel()
        self.path = Path(path)
        self.opened = None
        self.checked_at = None
        self.problem.show_messages([])
        self.browse.clear()
        self.checklist.clear(self.tr("Verifying the archive…"))
        self.tabs.setCurrentIndex(0)
        self.progress.setRange(0, 0)  # busy until the first report
        self.progress_box.show()
        self.cancel_button.setEnabled(True)
        self._update_title()
        self._update_actions()
        target, opener = self.path, self._open
        job = self.runner.run(lambda progress, cancelled: opener(target, progress, cancelled),
                              on_success=lambda opened: self._on_opened(job, opened),
                              on_failure=lambda exc: self._on_failed(job, exc),
                              on_progress=lambda done, total: self._on_progress(job, done, total))
        self._job = job

    def cancel(self) -> None:
        """Stop the verification running (the checklist says it was cancelled)."""
        if self._job is not None:
            self._job.cancel()
            self.cancel_button.setEnabled(False)
            self.progress_label.setText(self.tr("Cancelling…"))

    def _on_progress(self, job: object, done: int, total: int) -> None:
        if job is self._job and total > 0:
            self.progress.setRange(0, total)
            self.progress.setValue(min(done, total))

    def _finish(self, job: object) -> bool:
        """Whether ``job`` is still the current one (an older job's result is dropped)."""
        if job is not self._job:
            return False
        self._job = None
        self.progress_box.hide()
        self.progress_label.setText(self.tr("Verifying the archive…"))
        return True

    def _on_opened(self, job: object, opened: Opened) -> None:
        if not self._finish(job):
            return
        if self._foreign(opened):
            return
        self.opened = opened
        self.checked_at = datetime.now().replace(microsecond=0)
        self.checklist.show_verification(opened.verification)
        self.browse.show_contents(opened)
        self._update_title()
        self._update_actions()
        self.verified.emit()

    def _foreign(self, opened: Opened) -> bool:
        """Refuse, in red, an archive of another organisation than the one expected (a
        bundle exported by another key verifies entirely green against itself)."""
        expected = self.expected_organisation
        found = {opened.verification.organisation_fingerprint,
                 opened.manifest.organisation_fingerprint}
        if expected is None or found == {expected}:
            theme.set_style(self.problem, "")
            return False
        shown = next(iter(found - {expected}))
        text = arg(self.tr("Refused: this archive is NOT your cooperative's. It was signed by "
                           "another organisation (fingerprint %1; yours is %2), whatever "
                           "name it bears. Nothing of it is shown: do not trust it, and tell "
                           "the secretary."), readable_fingerprint(shown),
                   readable_fingerprint(expected))
        theme.set_style(self.problem, _REFUSED_STYLE)
        self.problem.show_messages([text])
        self.checklist.clear(self.tr("Nothing was shown: the archive is another "
                                     "organisation's."))
        self._update_actions()
        self.unreadable.emit()
        return True

    def _on_failed(self, job: object, exc: BaseException) -> None:
        if not self._finish(job):
            return
        self._update_actions()
        if isinstance(exc, (Cancelled, CoreCancelled)):
            self.checklist.clear(self.tr("The verification was cancelled. Open the archive "
                                         "again to verify it."))
            self.cancelled.emit()
            return
        if isinstance(exc, BundleUnreadable):
            message = render(exc.code, exc.params, self.lang)
        elif isinstance(exc, UserError):
            message = user_message(exc, self.lang)
        else:
            log.error("verification failed", exc_info=exc)
            show_error(self, exc)
            message = self.tr("The verification stopped on an unexpected error.")
        text = arg(self.tr("This file is not an archive TalaGov can read: %1"), message)
        theme.set_style(self.problem, "")
        self.problem.show_messages([text])
        self.checklist.clear(self.tr("Nothing was verified."))
        self.unreadable.emit()

    def problem_text(self) -> str:
        """Why the last file could not be read ("" when it could)."""
        return self.problem.text()

    # -- files ---------------------------------------------------------------------------

    def _on_browse_open_file_requested(self, path: object) -> None:
        if self.open_external is not None and isinstance(path, Path):
            self.open_external(path)

    def export_report(self, path: Path | None = None) -> None:
        """Write the verification report as PDF (asks where, unless given)."""
        opened, checked_at = self.opened, self.checked_at
        if opened is None or checked_at is None or self.path is None:
            return
        bundle_name = self.path.name
        if path is None:
            chosen, _ = QFileDialog.getSaveFileName(
                self, self.tr("Export the verification report"),
                str(Path(QDir.homePath()) / arg(self.tr("verification-%1.pdf"), self.path.stem)),
                self.tr("PDF documents (*.pdf)"))
            if not chosen:
                return
            path = Path(chosen)
        target, lang, verification = path, self.lang, opened.verification

        def work(progress: object, cancelled: object) -> Path:
            from talagov.reports.verification_pdf import verification_pdf
            from talagov.services.files import save_file

            save_file(target, verification_pdf(verification, bundle_name=bundle_name,
                                               checked_at=checked_at, lang=lang))
            return target

        self.runner.run(work, on_success=self._on_report_saved,
                        on_failure=lambda exc: show_error(self, exc))

    def _on_report_saved(self, path: Path) -> None:
        self.statusBar().showMessage(arg(self.tr("Saved %1"), str(path)), 10_000)
        self.report_saved.emit(path)
        if self.open_external is not None:
            self.open_external(path)

    # -- window state --------------------------------------------------------------------

    def _update_title(self) -> None:
        name = self.path.name if self.path is not None else ""
        self.setWindowTitle(arg(self.tr("Auditor mode — %1 — TalaGov"), name) if name
                            else self.tr("Auditor mode — TalaGov"))
        if self.path is not None:
            self.setWindowFilePath(str(self.path))
            self.file_label.setText(arg(self.tr("Archive: %1"), str(self.path)))
        else:
            self.file_label.setText("")
        self.file_label.setVisible(self.path is not None)

    def _update_actions(self) -> None:
        ready = self.opened is not None
        self.report_action.setEnabled(ready)
        self.report_button.setEnabled(ready)

    def closeEvent(self, event: QCloseEvent) -> None:
        """Stop the verification, wait for the worker, remove the extracted files."""
        self.runner.shutdown()
        self.browse.cleanup()
        event.accept()
