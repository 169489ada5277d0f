# SPDX-License-Identifier: GPL-3.0-or-later
"""One meeting as the secretary published it: when and where, what the member can do
(vote in the polls open for remote voting, give a proxy), the documents, the convocation
and the agenda.

Only shows and asks: the panel's signals say what the member wants, the window does it.
"""

from __future__ import annotations

from contextlib import suppress
from datetime import datetime

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from talagov.core.meeting_package import MeetingPackage
from talagov.core.meetings import MeetingStatus, MeetingType
from talagov.gui.booth.style import describe, heading, paragraph
from talagov.gui.booth.vote_items import poll_title
from talagov.gui.help.terms import explain
from talagov.gui.i18n import arg, show_date, show_int
from talagov.gui.meeting_labels import meeting_status_label, meeting_type_label


def kind_text(kind: str) -> str:
    """The meeting kind's label (the raw value if this TalaGov does not know it)."""
    with suppress(ValueError):
        return meeting_type_label(MeetingType(kind))
    return kind


def status_text(status: str) -> str:
    """The status' label (the raw value if unknown)."""
    with suppress(ValueError):
        return meeting_status_label(MeetingStatus(status))
    return status


def when_text(package: MeetingPackage, lang: str) -> str:
    """``30/06/2026 14:00`` (or the date alone when no time was published)."""
    if package.starts_at:
        with suppress(ValueError):
            start = datetime.fromisoformat(package.starts_at)
            return f"{show_date(start.date(), lang)} {start:%H:%M}"
    return show_date(package.on, lang)


def _selectable(label: QLabel) -> QLabel:
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                  | Qt.TextInteractionFlag.TextSelectableByKeyboard)
    return label


class MeetingDetail(QWidget):
    """The meeting chosen in the list.

    Signals:
        vote_requested(int): the member wants to vote (meeting id).
        proxy_requested(int): the member wants to give a proxy (meeting id).
        document_requested(int, str): open this document (meeting id, SHA-256).
    """

    vote_requested = Signal(int)
    proxy_requested = Signal(int)
    document_requested = Signal(int, str)

    def __init__(self, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lang = lang
        self.package: MeetingPackage | None = None
        self.title = heading("", self)
        self.facts = _selectable(paragraph("", self))
        self.polls_title = heading(self.tr("Polls open for remote voting"), self, "subheading")
        self.polls = _selectable(paragraph("", self))
        self.vote_note = paragraph("", self)
        self.vote_button = QPushButton(self.tr("&Vote…"), self)
        describe(self.vote_button, self.tr("Vote"),
                 self.tr("Vote in the open polls; your signed ballots are written into the "
                         "shared folder."))
        self.vote_button.clicked.connect(self._on_vote_button_clicked)
        self.proxy_note = paragraph("", self)
        self.proxy_button = QPushButton(self.tr("&Give a proxy…"), self)
        describe(self.proxy_button, self.tr("Give a proxy"),
                 self.tr("Let another member, or the chair, vote for you at this meeting."))
        explain(self.proxy_button, "pouvoir")
        self.proxy_button.clicked.connect(self._on_proxy_button_clicked)
        actions = QHBoxLayout()
        actions.addWidget(self.vote_button)
        actions.addWidget(self.proxy_button)
        actions.addStretch(1)
        self.convocation_title = heading(self.tr("Convocation"), self, "subheading")
        self.convocation = _selectable(paragraph("", self))
        self.convocation.setAccessibleName(self.tr("Convocation"))
        explain(self.convocation_title, "convocation")
        # The letter and the agenda are read with the keyboard too (Tab, then arrows).
        self.convocation.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.agenda_title = heading(self.tr("Agenda"), self, "subheading")
        self.agenda = _selectable(paragraph("", self))
        self.agenda.setAccessibleName(self.tr("Agenda"))
        explain(self.agenda_title, "ordre_du_jour")
        self.agenda.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.documents_title = heading(self.tr("Documents"), self, "subheading")
        self.documents = QListWidget(self)
        describe(self.documents, self.tr("Documents"),
                 self.tr("Enter or double-click opens the document."))
        self.documents.itemActivated.connect(lambda _item: self._open_current_document())
        self.open_button = QPushButton(self.tr("&Open the document"), self)
        describe(self.open_button, self.tr("Open the document"),
                 self.tr("Check the document against its fingerprint, then open it."))
        self.open_button.clicked.connect(self._open_current_document)
        open_row = QHBoxLayout()
        open_row.addWidget(self.open_button)
        open_row.addStretch(1)
        layout = QVBoxLayout(self)
        widget: QWidget
        for widget in (self.title, self.facts, self.polls_title, self.polls, self.vote_note):
            layout.addWidget(widget)
        layout.addLayout(actions)
        # The documents before the letter, which is long: they are what one opens.
        for widget in (self.proxy_note, self.documents_title, self.documents):
            layout.addWidget(widget)
        layout.addLayout(open_row)
        for widget in (self.convocation_title, self.convocation, self.agenda_title, self.agenda):
            layout.addWidget(widget)
        layout.addStretch(1)
        self.show_meeting(None)

    def show_meeting(self, package: MeetingPackage | None, *, voted: frozenset[int] = frozenset(),
                     can_vote: str = "", proxy: str = "") -> None:
        """Show ``package``.

        Args:
            voted: ids of its polls with a ballot written from here.
            can_vote: why the member cannot vote from here (empty: they can).
            proxy: what the member did about a proxy for it (empty: nothing).
        """
        self.package = package
        for widget in self.findChildren(QWidget):
            if widget.parent() is self:
                widget.setVisible(package is not None)
        if package is None:
            return
        self.title.setText(package.title)
        self.title.setAccessibleName(package.title)
        facts = [arg(self.tr("%1 — %2"), kind_text(package.kind), when_text(package, self.lang)),
                 arg(self.tr("Status: %1"), status_text(package.status))]
        if package.place:
            facts.append(arg(self.tr("Place: %1"), package.place))
        if package.remote_link:
            facts.append(arg(self.tr("Remote link: %1"), package.remote_link))
        self.facts.setText("\n".join(facts))
        self.facts.setAccessibleName(self.facts.text())
        self._show_polls(package, voted, can_vote)
        self.proxy_note.setText(proxy)
        self.proxy_note.setVisible(bool(proxy))
        open_meeting = package.status in (MeetingStatus.CONVENED.value,
                                          MeetingStatus.IN_SESSION.value)
        self.proxy_button.setVisible(open_meeting)
        self.convocation.setText(package.convocation_text)
        self.convocation_title.setVisible(bool(package.convocation_text))
        self.convocation.setVisible(bool(package.convocation_text))
        lines = []
        for item in package.items:
            lines.append(arg(self.tr("%1. %2"), item.number, item.title) if item.number
                         else item.title)
            if item.text:
                lines.append(item.text)
        self.agenda.setText("\n".join(lines))
        self.agenda_title.setVisible(bool(lines))
        self.agenda.setVisible(bool(lines))
        self._show_documents(package)

    def _show_polls(self, package: MeetingPackage, voted: frozenset[int], can_vote: str) -> None:
        shown = bool(package.polls)
        for widget in (self.polls_title, self.polls, self.vote_button):
            widget.setVisible(shown)
        lines = []
        for poll in package.polls:
            title = poll_title(poll.definition)
            lines.append(arg(self.tr("%1 — you have voted from this computer"), title)
                         if poll.id in voted else title)
        self.polls.setText("\n".join(lines))
        self.polls.setAccessibleName(self.polls.text())
        note = can_vote if shown else ""
        if shown and not can_vote and voted & {p.id for p in package.polls}:
            note = self.tr("Voting again replaces your previous ballot.")
        self.vote_note.setText(note)
        self.vote_note.setVisible(bool(note))
        self.vote_button.setEnabled(shown and not can_vote)

    def _show_documents(self, package: MeetingPackage) -> None:
        self.documents.clear()
        for document in package.documents:
            text = arg(self.tr("%1 (%2 kB)"), document.title or document.file_name,
                       show_int(max(1, round(document.size / 1024)), self.lang))
            item = QListWidgetItem(text, self.documents)
            item.setData(Qt.ItemDataRole.UserRole, document.sha256)
        shown = bool(package.documents)
        for widget in (self.documents_title, self.documents, self.open_button):
            widget.setVisible(shown)
        if shown:
            self.documents.setCurrentRow(0)
        # As tall as its rows (up to ten): the page scrolls, not the list.
        rows = min(self.documents.count(), 10)
        self.documents.setFixedHeight(self.documents.sizeHintForRow(0) * rows
                                      + 2 * self.documents.frameWidth() + 4 if rows else 0)

    def _on_vote_button_clicked(self) -> None:
        if self.package is not None:
            self.vote_requested.emit(self.package.meeting_id)

    def _on_proxy_button_clicked(self) -> None:
        if self.package is not None:
            self.proxy_requested.emit(self.package.meeting_id)

    def _open_current_document(self) -> None:
        item = self.documents.currentItem()
        if self.package is not None and item is not None:
            self.document_requested.emit(self.package.meeting_id,
                                         str(item.data(Qt.ItemDataRole.UserRole)))
