# SPDX-License-Identifier: GPL-3.0-or-later
"""Two browse tabs of the auditor window: the register of members at the record date,
and the session — attendance sheet, quorum records, proxies."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from talagov.core.bundle_model import BundleContents
from talagov.gui.auditor.browse_models import (
    AttendanceModel,
    ProxyTableModel,
    QuorumModel,
    RollModel,
)
from talagov.gui.help.terms import explain
from talagov.gui.i18n import arg, show_date, show_int
from talagov.gui.widgets.tables import make_table


def caption(parent: QWidget, text: str = "", *, bold: bool = False) -> QLabel:
    """A wrapped, selectable plain-text label (what a browse tab says above a table)."""
    label = QLabel(text, parent)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if bold:
        font = label.font()
        font.setBold(True)
        label.setFont(font)
    return label


class RollTab(QWidget):
    """The register at the record date, with each member's voting right."""

    def __init__(self, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lang = lang
        self.summary = caption(self)
        self.model = RollModel(self)
        self.table = make_table(self, self.model, self.tr("Register at the record date"),
                                alternating=True)
        self.table.setToolTip(self.tr("The members at the record date, with their shares and "
                                      "whether they could vote."))
        explain(self.table, "registre")
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)

    def show_contents(self, contents: BundleContents | None) -> None:
        """Show the roll of ``contents`` (nothing for ``None``)."""
        if contents is None:
            self.model.set_items((), {}, self.lang)
            self.summary.setText("")
            return
        roll = contents.roll
        colleges = {c.key: c.name for c in contents.organisation.statutes.colleges}
        self.model.set_items(roll.members, colleges, self.lang)
        voters = sum(1 for m in roll.members if m.has_vote)
        self.summary.setText(arg(self.tr("Register of members on the record date, %1: %2 "
                                         "members, %3 with a vote."),
                                 show_date(roll.record_date, self.lang),
                                 show_int(len(roll.members), self.lang),
                                 show_int(voters, self.lang)))
        self.table.resizeColumnsToContents()


class AttendanceTab(QWidget):
    """The attendance sheet, the quorum as recorded, and the proxies received."""

    def __init__(self, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lang = lang
        self.attendance = AttendanceModel(self)
        self.quorum = QuorumModel(self)
        self.proxies = ProxyTableModel(self)
        self.attendance_table = make_table(self, self.attendance, self.tr("Attendance sheet"),
                                           alternating=True)
        self.quorum_table = make_table(self, self.quorum, self.tr("Quorum records"))
        self.proxy_table = make_table(self, self.proxies, self.tr("Proxies"))
        self.attendance_table.setToolTip(self.tr("Who was present, represented or voting by "
                                                 "post, as the archive records it."))
        explain(self.attendance_table, "feuille_de_presence")
        self.quorum_table.setToolTip(self.tr("The quorum recorded at the opening and at each "
                                             "agenda item."))
        explain(self.quorum_table, "quorum")
        self.proxy_table.setToolTip(self.tr("The proxies given for the meeting and who held "
                                            "them."))
        explain(self.proxy_table, "pouvoir")
        self.summary = caption(self)
        layout = QVBoxLayout(self)
        layout.addWidget(caption(self, self.tr("Attendance sheet"), bold=True))
        layout.addWidget(self.summary)
        layout.addWidget(self.attendance_table, 3)
        layout.addWidget(caption(self, self.tr("Quorum as recorded"), bold=True))
        layout.addWidget(self.quorum_table, 1)
        layout.addWidget(caption(self, self.tr("Proxies"), bold=True))
        layout.addWidget(self.proxy_table, 1)

    def show_contents(self, contents: BundleContents | None) -> None:
        """Show the session of ``contents`` (nothing for ``None``)."""
        if contents is None:
            self.attendance.set_items((), {}, self.lang)
            self.quorum.set_items((), {}, self.lang)
            self.proxies.set_items((), {}, self.lang)
            self.summary.setText("")
            return
        names = contents.roll.names()
        entries = contents.attendance.entries
        titles = {item.id: item.title for item in contents.meeting.agenda}
        self.attendance.set_items(entries, names, self.lang)
        self.quorum.set_items(contents.attendance.quorum_records, titles, self.lang)
        self.proxies.set_items(contents.proxies.proxies, names, self.lang)
        signed = sum(1 for e in entries if e.signature is not None)
        self.summary.setText(arg(self.tr("%1 lines on the sheet, %2 signed."),
                                 show_int(len(entries), self.lang), show_int(signed, self.lang)))
        for table in (self.attendance_table, self.quorum_table, self.proxy_table):
            table.resizeColumnsToContents()
