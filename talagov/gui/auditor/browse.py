# SPDX-License-Identifier: GPL-3.0-or-later
"""The browse tabs of the auditor window, after the checklist: register, session, polls,
minutes, documents; and the opening of a member in the system's viewer.

Opening a member (a signed minutes PDF, an attached document) extracts it, on the
window's worker thread, into a temporary folder of this window — only when its bytes
match the signed manifest — and hands the copy to the viewer. The folder is removed
when the window closes.
"""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QMessageBox, QTabWidget, QVBoxLayout, QWidget

from talagov.core.bundle_format import PDF_DIR
from talagov.gui.auditor.browse_models import DocumentModel, DocumentRow, library_row
from talagov.gui.auditor.file_jobs import FileJobRunner
from talagov.gui.auditor.minutes_view import MinutesTab
from talagov.gui.auditor.opened import MemberMismatch, Opened
from talagov.gui.auditor.polls_tab import PollsTab
from talagov.gui.auditor.register_tabs import AttendanceTab, RollTab, caption
from talagov.gui.errors import show_error
from talagov.gui.i18n import arg
from talagov.gui.widgets.tables import (
    button_row,
    follow_selection,
    make_button,
    make_table,
    selected_row,
)
from talagov.messages import render
from talagov.verifier.report import BundleUnreadable


class DocumentsTab(QWidget):
    """The PDFs printed for the meeting and the library documents attached to it, each
    opened in the system's viewer.

    Signals:
        open_member_requested(str): open this bundle member.
    """

    open_member_requested = Signal(str)

    def __init__(self, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lang = lang
        self.summary = caption(self)
        self.model = DocumentModel(self)
        self.table = make_table(self, self.model, self.tr("Files of the meeting"),
                                alternating=True)
        self.open_button = make_button(self, self.tr("&Open the document"), self.open_document)
        self.table.setToolTip(self.tr("The files the archive holds; double-click one to open "
                                      "it."))
        self.open_button.setToolTip(self.tr("Open the selected file, as the archive holds it, in "
                                            "its usual application."))
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addLayout(button_row(self.open_button))
        follow_selection(self.table, self._update_actions)
        self.table.doubleClicked.connect(lambda _index: self.open_document())
        self._update_actions()

    def printed_titles(self) -> dict[str, str]:
        """The PDFs TalaGov prints into a bundle, with their titles."""
        return {PDF_DIR + "convocation.pdf": self.tr("Convocation (model)"),
                PDF_DIR + "attendance.pdf": self.tr("Attendance sheet"),
                PDF_DIR + "results.pdf": self.tr("Results of the votes")}

    def show_documents(self, opened: Opened | None) -> None:
        """Show the files of ``opened`` (nothing for ``None``)."""
        contents = opened.contents if opened is not None else None
        rows: list[DocumentRow] = []
        if opened is not None and contents is not None:
            printed = self.tr("Printed by TalaGov")
            sizes = {f.path: f.size for f in opened.manifest.files}
            for path, title in self.printed_titles().items():
                if path in sizes:
                    rows.append(DocumentRow(title, printed, path.removeprefix(PDF_DIR),
                                            sizes[path], path))
            rows += [library_row(d) for d in contents.meeting.documents]
        self.model.set_items(rows, self.lang)
        self.summary.setText(self.tr("The documents printed for the meeting and those of the "
                                     "library attached to it, as they were archived. Each opens "
                                     "in your usual viewer.") if rows else
                             self.tr("This archive holds no document to open."))
        if rows:
            self.table.selectRow(0)
        self.table.resizeColumnsToContents()
        self._update_actions()

    def open_document(self) -> None:
        """Ask for the selected document to be opened."""
        row = selected_row(self.table)
        if row is not None:
            self.open_member_requested.emit(self.model.item_at(row).path)

    def _update_actions(self, *_args: object) -> None:
        self.open_button.setEnabled(selected_row(self.table) is not None)


class BrowseTabs(QObject):
    """Adds the browse tabs to ``tabs`` and fills them from an :class:`Opened` bundle.

    Signals:
        open_file_requested(object): a member was extracted at this path; the window
            hands it to the viewer.
    """

    open_file_requested = Signal(object)

    def __init__(self, tabs: QTabWidget, lang: str, runner: FileJobRunner,
                 window: QWidget) -> None:  # fmt: skip
        super().__init__(window)
        self.window, self.runner, self.lang = window, runner, lang
        self.opened: Opened | None = None
        self._folder: Path | None = None
        self.roll = RollTab(lang, tabs)
        self.attendance = AttendanceTab(lang, tabs)
        self.polls = PollsTab(lang, tabs)
        self.minutes = MinutesTab(lang, tabs)
        self.documents = DocumentsTab(lang, tabs)
        self.first = tabs.count()
        for tab, title, tip in (
                (self.roll, self.tr("&Register"),
                 self.tr("The members and their shares at the record date of the meeting.")),
                (self.attendance, self.tr("&Session"),
                 self.tr("The attendance sheet, the quorums recorded and the proxies.")),
                (self.polls, self.tr("&Polls"),
                 self.tr("Each poll with its recorded result and the ballots received.")),
                (self.minutes, self.tr("&Minutes"),
                 self.tr("The minutes and their errata as the archive holds them.")),
                (self.documents, self.tr("&Documents"),
                 self.tr("Every file of the archive, with its fingerprint."))):
            tab.setAccessibleName(title.replace("&", ""))
            tabs.setTabToolTip(tabs.addTab(tab, title), tip)
        self.tabs = tabs
        self.minutes.open_member_requested.connect(self.open_member)
        self.documents.open_member_requested.connect(self.open_member)
        self.clear()

    def clear(self) -> None:
        """Empty every tab and disable them (no bundle, or one being verified)."""
        self.show_contents(None)

    def show_contents(self, opened: Opened | None) -> None:
        """Fill the tabs from ``opened``; they stay disabled when nothing could be decoded."""
        self.opened = opened
        contents = opened.contents if opened is not None else None
        self.roll.show_contents(contents)
        self.attendance.show_contents(contents)
        self.polls.show_polls(opened.polls if opened is not None else ())
        self.minutes.show_minutes(opened.minutes if opened is not None else ())
        self.documents.show_documents(opened)
        for index in range(self.first, self.tabs.count()):
            self.tabs.setTabEnabled(index, contents is not None)

    # -- opening members ---------------------------------------------------------------

    def folder(self) -> Path:
        """This window's temporary folder for extracted members (created on first use)."""
        if self._folder is None:
            self._folder = Path(tempfile.mkdtemp(prefix="talagov-auditor-"))
        return self._folder

    def open_member(self, name: str) -> None:
        """Extract ``name`` off the GUI thread, then ask for it to be opened."""
        opened = self.opened
        if opened is None:
            return
        folder = self.folder()
        self.runner.run(lambda progress, cancelled: opened.extract(name, folder),
                        on_success=self.open_file_requested.emit,
                        on_failure=self._on_extract_failed)

    def _on_extract_failed(self, exc: BaseException) -> None:
        if isinstance(exc, MemberMismatch):
            message = arg(self.tr("%1 does not match the archive's signed list: it is not "
                                  "opened (see the checklist)."), exc.name)
        elif isinstance(exc, BundleUnreadable):
            message = render(exc.code, exc.params, self.lang)
        elif isinstance(exc, OSError):
            message = arg(self.tr("The file could not be copied to a temporary folder: %1"),
                          exc.strerror or str(exc))
        else:
            show_error(self.window, exc)
            return
        self.last_problem = message
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Open a file of the archive"), message,
                          QMessageBox.StandardButton.Ok, self.window)
        box.setAccessibleName(box.windowTitle())
        box.open()

    #: The last reason a member could not be opened (tests read it).
    last_problem = ""

    def cleanup(self) -> None:
        """Remove the temporary folder and what was extracted into it."""
        if self._folder is not None:
            shutil.rmtree(self._folder, ignore_errors=True)
            self._folder = None
