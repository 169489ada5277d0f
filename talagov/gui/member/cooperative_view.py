# SPDX-License-Identifier: GPL-3.0-or-later
"""The member's window once joined: the cooperative's name, the folder, when it was last
read, the refused files in red, and the three tabs (« My key », « Meetings », « Archives »).

Only shows: the window reads the folder and does what the panels' signals ask.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from talagov.gui.booth.style import describe, heading, paragraph
from talagov.gui.i18n import arg, show_datetime
from talagov.gui.member.archives_panel import ArchivesPanel
from talagov.gui.member.key_panel import KeyPanel
from talagov.gui.member.meetings_panel import MeetingsPanel
from talagov.gui.member.refused_bar import RefusedBar, refused_lines
from talagov.gui.member.snapshot import Snapshot
from talagov.gui.widgets.message_bar import MessageBar
from talagov.gui.widgets.scrolled import scrolled
from talagov.services.member_home import Membership

KEY_TAB, MEETINGS_TAB, ARCHIVES_TAB = range(3)


class CooperativeView(QWidget):
    """The header, the bars and the tabs of a joined install."""

    def __init__(self, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lang = lang
        self.organisation = heading("", self, "title")
        self.folder_path = QLineEdit(self)
        self.folder_path.setReadOnly(True)
        describe(self.folder_path, self.tr("Shared folder"),
                 self.tr("The folder this computer shares with your cooperative."))
        self.read_at = paragraph("", self)
        self.refresh_button = QPushButton(self.tr("&Refresh"), self)
        describe(self.refresh_button, self.tr("Refresh"),
                 self.tr("Read the shared folder again now (F5)."))
        row = QHBoxLayout()
        row.addWidget(self.folder_path, 1)
        row.addWidget(self.refresh_button)
        self.refused = RefusedBar(self)
        self.problem = MessageBar(self)
        self.problem.setAccessibleName(self.tr("The shared folder could not be read"))
        self.key_panel = KeyPanel(lang, self)
        self.meetings = MeetingsPanel(lang, self)
        self.archives = ArchivesPanel(lang, self)
        self.tabs = QTabWidget(self)
        self.tabs.setAccessibleName(self.tr("Your cooperative"))
        self.tabs.addTab(scrolled(self.key_panel, self), self.tr("My &key"))
        self.tabs.addTab(self.meetings, self.tr("&Meetings"))
        self.tabs.addTab(scrolled(self.archives, self), self.tr("&Archives"))
        for index, tip in enumerate((
                self.tr("Your voting key and its certificate from the cooperative."),
                self.tr("The meetings the secretary published: documents, voting and proxies."),
                self.tr("The archives of past meetings, to open and check."))):
            self.tabs.setTabToolTip(index, tip)
        layout = QVBoxLayout(self)
        layout.addWidget(self.organisation)
        layout.addLayout(row)
        layout.addWidget(self.read_at)
        layout.addWidget(self.refused)
        layout.addWidget(self.problem)
        layout.addWidget(self.tabs, 1)

    def show_membership(self, membership: Membership) -> None:
        """The organisation's name and the folder, before the folder is read."""
        self.organisation.setText(membership.organisation_name)
        self.organisation.setAccessibleName(membership.organisation_name)
        self.folder_path.setText(str(membership.folder))

    def show_snapshot(self, snapshot: Snapshot) -> None:
        """Everything a reading of the folder found."""
        self.problem.show_messages([])
        self.refused.show_messages(refused_lines(snapshot.view.refused, self.lang))
        read_at = snapshot.read_at
        if read_at.tzinfo is not None:
            read_at = read_at.astimezone().replace(tzinfo=None)
        self.read_at.setText(arg(self.tr("Folder read at %1"), show_datetime(read_at, self.lang)))
        self.key_panel.show_snapshot(snapshot)
        self.meetings.show_snapshot(snapshot)
        self.archives.show_snapshot(snapshot)
