# SPDX-License-Identifier: GPL-3.0-or-later
"""« Meetings »: every meeting the secretary published, newest first, and the one chosen.

The list keeps the meeting chosen across readings of the folder (a new package of the
same meeting replaces what is shown, the selection stays). What the member may do is
worked out here from the last reading: whether their key can vote, what proxy they gave
or hold.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QSplitter, QVBoxLayout, QWidget

from talagov.core.meeting_package import MeetingPackage
from talagov.gui.booth.style import describe, paragraph
from talagov.gui.i18n import arg
from talagov.gui.member.meeting_detail import MeetingDetail, status_text, when_text
from talagov.gui.member.snapshot import Snapshot
from talagov.gui.widgets.scrolled import scrolled
from talagov.services.member_folder import CertificateState


class MeetingsPanel(QWidget):
    """The list of meetings and the detail of the one chosen.

    What the member asks for (vote, give a proxy, open a document) comes from
    :attr:`detail`'s signals.
    """

    def __init__(self, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lang = lang
        self.snapshot: Snapshot | None = None
        self.list = QListWidget(self)
        describe(self.list, self.tr("Meetings"), self.tr("The meetings the secretary published."))
        self.list.setWordWrap(True)
        self.list.currentItemChanged.connect(lambda *_args: self._show_current())
        self.empty = paragraph(self.tr(
            "The secretary has published no meeting yet. TalaGov looks at the shared folder "
            "regularly: a meeting appears here as soon as it is convened."), self)
        self.detail = MeetingDetail(lang, self)
        self.detail_area = scrolled(self.detail, self)
        self.detail_area.setAccessibleName(self.tr("Meeting"))
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(self.list)
        self.splitter.addWidget(self.detail_area)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setChildrenCollapsible(False)
        metrics = self.fontMetrics()
        self.list.setMinimumWidth(metrics.horizontalAdvance("M") * 12)
        self.splitter.setSizes([metrics.horizontalAdvance("M") * 26,
                                metrics.horizontalAdvance("M") * 60])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.empty)
        layout.addWidget(self.splitter, 1)

    def show_snapshot(self, snapshot: Snapshot) -> None:
        """List the meetings of ``snapshot``, keeping the one chosen."""
        self.snapshot = snapshot
        chosen = self.current_meeting()
        meetings = snapshot.view.meetings
        self.list.blockSignals(True)
        self.list.clear()
        for package in meetings:
            text = arg(self.tr("%1\n%2 — %3"), package.title, when_text(package, self.lang),
                       status_text(package.status))
            item = QListWidgetItem(text, self.list)
            item.setData(Qt.ItemDataRole.UserRole, package.meeting_id)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, text.replace("\n", ", "))
        ids = [p.meeting_id for p in meetings]
        row = ids.index(chosen) if chosen in ids else (0 if ids else -1)
        self.list.setCurrentRow(row)
        self.list.blockSignals(False)
        self.empty.setVisible(not meetings)
        self.splitter.setVisible(bool(meetings))
        self._show_current()

    def current_meeting(self) -> int | None:
        """The id of the meeting chosen in the list."""
        item = self.list.currentItem()
        return int(item.data(Qt.ItemDataRole.UserRole)) if item is not None else None

    def select_meeting(self, meeting_id: int) -> None:
        """Choose the meeting of that id in the list."""
        for row in range(self.list.count()):
            if self.list.item(row).data(Qt.ItemDataRole.UserRole) == meeting_id:
                self.list.setCurrentRow(row)

    def package(self, meeting_id: int) -> MeetingPackage | None:
        """The newest package of that meeting in the last reading."""
        if self.snapshot is None:
            return None
        return next((p for p in self.snapshot.view.meetings if p.meeting_id == meeting_id), None)

    def _show_current(self) -> None:
        meeting_id = self.current_meeting()
        package = self.package(meeting_id) if meeting_id is not None else None
        if package is None or self.snapshot is None:
            self.detail.show_meeting(None)
            return
        self.detail.show_meeting(package, voted=self.snapshot.voted.get(package.meeting_id,
                                                                         frozenset()),
                                 can_vote=self.why_not_vote(package),
                                 proxy=self.proxy_text(package))

    def why_not_vote(self, package: MeetingPackage) -> str:
        """Why the member cannot vote in ``package``'s polls from here (empty: they can)."""
        assert self.snapshot is not None
        view = self.snapshot.view
        member_id = view.membership.member_id
        if member_id is None:
            return self.tr("Choose your name under « My key » first.")
        state = view.certificate_state
        if state is CertificateState.NONE:
            return self.tr("To vote from this computer, create your voting key under "
                           "« My key ».")
        if state is CertificateState.REQUESTED:
            return self.tr("You can vote once the secretary has issued your certificate "
                           "(« My key »).")
        if state is CertificateState.REVOKED:
            return self.tr("Your certificate was revoked: you cannot vote from this computer.")
        if all(m.id != member_id for m in package.members):
            return self.tr("You are not on the list of the members called to this meeting.")
        return ""

    def proxy_text(self, package: MeetingPackage) -> str:
        """The proxy the member gave for ``package`` (only one signed here under the
        installed certificate) with the secretary's verdict, and those they hold."""
        assert self.snapshot is not None
        view = self.snapshot.view
        names = {m.id: m.name for m in package.members}
        lines = []
        given = [holder for meeting, holder in view.proxies_given
                 if meeting == package.meeting_id]
        me = view.membership.member_id
        if given:
            holder = given[-1]
            lines.append(self.tr("You gave a blank proxy (to the chair).") if holder is None
                         else arg(self.tr("You gave your proxy to %1."),
                                  names.get(holder, str(holder))))
            # The secretary's verdict, from the signed package: a named proxy it counts
            # is listed there (a refused one, or one not imported yet, is not).
            if holder is not None:
                lines.append(self.tr("The secretary has registered it.")
                             if (me, holder) in package.proxies
                             else self.tr("The secretary has not registered it (yet)."))
        held = [names.get(p, str(p)) for p, h in package.proxies if h == me]
        if held:
            lines.append(arg(self.tr("You hold the proxy of %1: you vote for them too."),
                             ", ".join(held)))
        return "\n".join(lines)
