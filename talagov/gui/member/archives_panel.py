# SPDX-License-Identifier: GPL-3.0-or-later
"""« Archives »: the archive of each closed meeting, as the secretary published it.

Only the archives that a package signed by the organisation names (with their SHA-256)
are listed: anyone can drop a file under an archive's name into the folder. Opening one
checks its bytes against that digest and copies them into the member's home; the
auditor's window then verifies the copy from its own content (signatures, hashes, the
journal) and refuses it loudly if it is another organisation's.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from talagov.gui.booth.style import describe, heading, paragraph
from talagov.gui.help.terms import explain
from talagov.gui.i18n import arg
from talagov.gui.member.meeting_detail import when_text
from talagov.gui.member.snapshot import Snapshot


class ArchivesPanel(QWidget):
    """The archives of the folder, newest meeting first.

    Signals:
        open_requested(int): open the archive of this meeting (its id) in auditor mode.
    """

    open_requested = Signal(int)

    def __init__(self, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lang = lang
        self.title = heading(self.tr("Archives of the closed meetings"), self)
        explain(self.title, "archive")
        self.intro = paragraph(self.tr(
            "Each archive holds the whole record of a meeting (attendance, proxies, ballots, "
            "results, signed minutes). TalaGov checks it before showing it, in auditor mode."),
            self)
        self.list = QListWidget(self)
        describe(self.list, self.tr("Archives"),
                 self.tr("Enter or double-click opens the archive in auditor mode."))
        self.list.itemActivated.connect(lambda _item: self.open_current())
        self.empty = paragraph(self.tr("No archive has been published yet."), self)
        self.open_button = QPushButton(self.tr("&Open in auditor mode"), self)
        describe(self.open_button, self.tr("Open in auditor mode"),
                 self.tr("Verify the archive and show what it holds, read-only."))
        self.open_button.clicked.connect(self.open_current)
        row = QHBoxLayout()
        row.addWidget(self.open_button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.intro)
        layout.addWidget(self.empty)
        layout.addWidget(self.list, 1)
        layout.addLayout(row)
        # Takes the room the hidden list leaves when there is no archive yet, so that the
        # title and sentences stay together at the top instead of spreading down the tab.
        layout.addStretch(0)

    def show_snapshot(self, snapshot: Snapshot) -> None:
        """List the archives of ``snapshot``."""
        packages = {p.meeting_id: p for p in snapshot.view.meetings}
        chosen = self.current_meeting()
        self.list.clear()
        for meeting_id, path in sorted(snapshot.view.archives, key=lambda a: -a[0]):
            package = packages.get(meeting_id)
            text = arg(self.tr("%1 — %2"), package.title, when_text(package, self.lang)) \
                if package is not None else arg(self.tr("Meeting %1"), meeting_id)
            item = QListWidgetItem(arg(self.tr("%1\n%2"), text, path.name), self.list)
            item.setData(Qt.ItemDataRole.UserRole, meeting_id)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, text)
            if chosen == meeting_id:
                self.list.setCurrentItem(item)
        if self.list.currentItem() is None and self.list.count():
            self.list.setCurrentRow(0)
        has = self.list.count() > 0
        self.empty.setVisible(not has)
        self.list.setVisible(has)
        self.open_button.setEnabled(has)

    def current_meeting(self) -> int | None:
        """The meeting whose archive is chosen."""
        item = self.list.currentItem()
        return int(item.data(Qt.ItemDataRole.UserRole)) if item is not None else None

    def open_current(self) -> None:
        """Ask to open the archive chosen."""
        meeting_id = self.current_meeting()
        if meeting_id is not None:
            self.open_requested.emit(meeting_id)
