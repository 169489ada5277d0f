# SPDX-License-Identifier: GPL-3.0-or-later
"""Joining the cooperative from its shared folder: the folder, the fingerprint, who I am.

Nothing in the folder is trusted before the member has compared the organisation's
fingerprint, shown here in large type, with the one printed on their convocation
letter: anybody able to write into the folder could have put an organisation of their
own there. When the folder holds several organisations, the wizard says so in red and
lists each with its fingerprint: the member chooses the one of their convocation. Only
once "It matches" is ticked does the wizard go on; the member then
says who they are (from the organisation's published list of members) and the
membership is written in the install's home directory. Enter goes on, Escape goes back.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDir, Qt, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QCheckBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from talagov.core.canonical import readable_fingerprint
from talagov.core.sync_identity import Identity
from talagov.core.text import fold
from talagov.gui.auditor.file_jobs import FileJobRunner
from talagov.gui.booth.style import describe, heading, paragraph, set_error
from talagov.gui.help.terms import explain
from talagov.gui.i18n import arg
from talagov.gui.member.jobs import run_refusable
from talagov.services import member_home
from talagov.services.member_home import Membership

FOLDER, FINGERPRINT, WHO, DONE = range(4)


class _ChoiceList(QListWidget):
    """A list that chooses nothing by itself: a plain list makes its first row current
    when it gets the focus, which here would pick the newest organisation (possibly the
    stranger's) for the member. The member chooses, with a click or the arrows."""

    def focusInEvent(self, event: QFocusEvent) -> None:
        """Take the focus without making a row current."""
        chosen = self.currentRow()
        self.blockSignals(True)
        try:
            super().focusInEvent(event)
            if chosen < 0:
                self.setCurrentRow(-1)
        finally:
            self.blockSignals(False)


class JoinWizard(QWidget):
    """The four steps of joining; ``home``: the member install's directory.

    Signals:
        joined(object): the :class:`Membership` written, once the member goes on.
    """

    joined = Signal(object)

    def __init__(self, home: Path, jobs: FileJobRunner, lang: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.home, self.jobs, self.lang = home, jobs, lang
        self.clock: Callable[[], datetime] = lambda: datetime.now().astimezone()
        #: Asks for the shared folder (``None``: cancelled); tests replace it.
        self.ask_folder: Callable[[], Path | None] = self._ask_folder
        self.identity: Identity | None = None
        #: Every organisation the folder holds, newest first (one, unless someone put
        #: their own there).
        self.found: tuple[Identity, ...] = ()
        self._folder: Path | None = None
        self.membership: Membership | None = None
        self.busy = False
        self.title = heading(self.tr("Join your cooperative"), self, "title")
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self._folder_page())
        self.stack.addWidget(self._fingerprint_page())
        self.stack.addWidget(self._who_page())
        self.stack.addWidget(self._done_page())
        self.error = paragraph("", self, "error")
        self.error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error.hide()
        self.back_button = self._button(self.tr("&Back"), self.tr("The previous step (Escape)."))
        self.next_button = self._button(self.tr("&Next"), self.tr("The next step (Enter)."))
        self.back_button.clicked.connect(self.go_back)
        self.next_button.clicked.connect(self.go_on)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.back_button)
        row.addWidget(self.next_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.error)
        layout.addLayout(row)
        self.show_step(FOLDER)

    def _button(self, text: str, description: str) -> QPushButton:
        button = QPushButton(text, self)
        describe(button, text.replace("&", ""), description)
        return button

    # -- pages ---------------------------------------------------------------------------

    def _folder_page(self) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        layout.addWidget(paragraph(self.tr(
            "Your cooperative's secretary shares a folder with the members (Nextcloud, "
            "Syncthing, a network share, a USB key…). Choose that folder on this computer: "
            "TalaGov reads the meetings from it and writes your votes into it."), page))
        label = QLabel(self.tr("Shared &folder:"), page)
        self.folder = QLineEdit(page)
        describe(self.folder, self.tr("Shared folder"),
                 self.tr("The path of the folder your cooperative shares with you."))
        label.setBuddy(self.folder)
        self.choose_button = QPushButton(self.tr("&Choose…"), page)
        describe(self.choose_button, self.tr("Choose the shared folder"),
                 self.tr("Pick the folder in a file dialog."))
        self.choose_button.clicked.connect(self._on_choose_button_clicked)
        row = QHBoxLayout()
        row.addWidget(self.folder, 1)
        row.addWidget(self.choose_button)
        layout.addWidget(label)
        layout.addLayout(row)
        layout.addStretch(1)
        return page

    def _fingerprint_page(self) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        self.several = paragraph("", page, "error")
        self.several.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.several.hide()
        layout.addWidget(self.several)
        self.organisations = _ChoiceList(page)
        describe(self.organisations, self.tr("Organisations found in the folder"),
                 self.tr("Choose the one whose fingerprint is printed on your convocation."))
        self.organisations.setWordWrap(True)
        self.organisations.currentRowChanged.connect(self._on_organisation_chosen)
        self.organisations.hide()
        layout.addWidget(self.organisations)
        self.organisation_name = heading("", page)
        layout.addWidget(self.organisation_name)
        layout.addWidget(paragraph(self.tr(
            "Compare this fingerprint, group by group, with the one printed on your "
            "convocation letter:"), page))
        self.fingerprint = paragraph("", page, "bigprint")
        self.fingerprint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        explain(self.fingerprint, "empreinte")
        layout.addWidget(self.fingerprint)
        layout.addWidget(paragraph(self.tr(
            "If a single group differs, do not join: this folder holds an organisation "
            "signed by someone else. Tell the secretary."), page))
        self.matches = QCheckBox(self.tr("It &matches the fingerprint on my convocation"), page)
        describe(self.matches, self.matches.text().replace("&", ""),
                 self.tr("Tick only if every group is the same as on your letter."))
        self.matches.toggled.connect(lambda _checked: self.show_error(""))
        layout.addWidget(self.matches)
        layout.addStretch(1)
        return page

    def _who_page(self) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        layout.addWidget(heading(self.tr("Who are you?"), page))
        label = QLabel(self.tr("&Find your name:"), page)
        self.filter = QLineEdit(page)
        describe(self.filter, self.tr("Find your name"),
                 self.tr("Type part of your name to shorten the list."))
        label.setBuddy(self.filter)
        self.filter.textChanged.connect(self._on_filter_text_changed)
        self.members = QListWidget(page)
        describe(self.members, self.tr("Members of the cooperative"),
                 self.tr("Choose your name; Enter joins."))
        self.members.currentItemChanged.connect(lambda *_args: self.show_error(""))
        self.no_members = paragraph(self.tr(
            "The organisation has published no list of members: join now, and choose your "
            "name later."), page)
        layout.addWidget(label)
        layout.addWidget(self.filter)
        layout.addWidget(self.members, 1)
        layout.addWidget(self.no_members)
        return page

    def _done_page(self) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        self.done_text = paragraph("", page, "heading")
        layout.addWidget(self.done_text)
        layout.addWidget(paragraph(self.tr(
            "Next, create your voting key (tab « My key »): read its fingerprint to the "
            "secretary, who issues your certificate. Until then you can read the meetings "
            "and their documents."), page))
        layout.addStretch(1)
        return page

    # -- steps ---------------------------------------------------------------------------

    @property
    def step(self) -> int:
        """The step on screen."""
        return self.stack.currentIndex()

    def show_step(self, index: int) -> None:
        """Bring step ``index`` on screen with the keyboard where the member starts."""
        self.stack.setCurrentIndex(index)
        self.show_error("")
        self.back_button.setVisible(index in (FINGERPRINT, WHO))
        self.next_button.setText({WHO: self.tr("&Join"), DONE: self.tr("&Open my cooperative")}
                                 .get(index, self.tr("&Next")))
        self.next_button.setAccessibleName(self.next_button.text().replace("&", ""))
        choose = len(self.found) > 1 and self.identity is None
        focus = {FOLDER: self.folder, FINGERPRINT: self.organisations if choose else self.matches,
                 WHO: self.filter if self.members.count() else self.next_button,
                 DONE: self.next_button}[index]
        focus.setFocus(Qt.FocusReason.OtherFocusReason)

    def show_error(self, text: str) -> None:
        """A problem in plain words under the step (empty: none)."""
        set_error(self.error, text)

    def set_busy(self, busy: bool) -> None:
        """Nothing is clicked twice while the folder is read or the membership written."""
        self.busy = busy
        for widget in (self.stack, self.back_button, self.next_button):
            widget.setEnabled(not busy)

    def go_on(self) -> None:
        """The step's main action (Enter)."""
        if self.busy:
            return
        if self.step == FOLDER:
            self._discover()
        elif self.step == FINGERPRINT:
            if self.identity is None:
                self.show_error(self.tr("Choose, in the list, the organisation whose "
                                        "fingerprint is printed on your convocation."))
                self.organisations.setFocus(Qt.FocusReason.OtherFocusReason)
                return
            if not self.matches.isChecked():
                self.show_error(self.tr("Compare the fingerprints first, then tick the box."))
                self.matches.setFocus(Qt.FocusReason.OtherFocusReason)
                return
            self.show_step(WHO)
        elif self.step == WHO:
            self._join()
        elif self.membership is not None:
            self.joined.emit(self.membership)

    def go_back(self) -> None:
        """One step back (Escape)."""
        if not self.busy and self.step in (FINGERPRINT, WHO):
            self.show_step(self.step - 1)

    def _discover(self) -> None:
        text = self.folder.text().strip()
        if not text:
            self.show_error(self.tr("Choose the shared folder first."))
            return
        folder = Path(text).expanduser()
        run_refusable(self.jobs, self, lambda: member_home.discover(folder),
                      lambda found: self._on_discovered(folder, found), self.show_error,
                      lang=self.lang, busy=self.set_busy)

    def _on_discovered(self, folder: Path, found: tuple[Identity, ...]) -> None:
        self.found = found
        self._folder = folder
        several = len(found) > 1
        set_error(self.several, arg(self.tr(
            "Warning: this folder holds %1 different organisations (different keys, "
            "sometimes under the same name). Only one is your cooperative: choose the one "
            "whose fingerprint is printed on your convocation, and tell the secretary that "
            "someone put the other(s) there."), len(found)) if several else "")
        self.organisations.blockSignals(True)
        self.organisations.clear()
        for identity in found:
            readable = readable_fingerprint(identity.organisation)
            item = QListWidgetItem(arg(self.tr("%1\n%2"), identity.name, readable),
                                   self.organisations)
            item.setData(Qt.ItemDataRole.AccessibleTextRole,
                         arg(self.tr("%1, fingerprint %2"), identity.name, readable))
        self.organisations.setCurrentRow(-1)
        self.organisations.blockSignals(False)
        self.organisations.setVisible(several)
        # Several: none is chosen for the member; one: it is the one to compare.
        self._show_identity(None if several else found[0])
        self.show_step(FINGERPRINT)

    def _on_organisation_chosen(self, row: int) -> None:
        self._show_identity(self.found[row] if 0 <= row < len(self.found) else None)
        self.show_error("")

    def _show_identity(self, identity: Identity | None) -> None:
        """The organisation to compare (``None``: none chosen yet), and its members."""
        self.identity = identity
        name = identity.name if identity is not None else ""
        self.organisation_name.setText(name)
        self.organisation_name.setAccessibleName(name or self.tr("No organisation chosen"))
        readable = readable_fingerprint(identity.organisation) if identity is not None else ""
        self.fingerprint.setText(readable)
        self.fingerprint.setAccessibleName(arg(self.tr("Organisation fingerprint: %1"), readable)
                                           if readable else self.tr("Organisation fingerprint"))
        self.matches.setChecked(False)
        self.matches.setEnabled(identity is not None)
        self.members.clear()
        members = identity.members if identity is not None else ()
        for member_id, member_name in sorted(members, key=lambda m: (fold(m[1]), m[0])):
            item = QListWidgetItem(member_name, self.members)
            item.setData(Qt.ItemDataRole.UserRole, member_id)
        self.filter.clear()
        self.no_members.setVisible(not members)
        self.filter.setVisible(bool(members))
        self.members.setVisible(bool(members))

    def _on_filter_text_changed(self, text: str) -> None:
        words = fold(text).split()
        first: QListWidgetItem | None = None
        for row in range(self.members.count()):
            item = self.members.item(row)
            shown = all(w in fold(item.text()) for w in words)
            item.setHidden(not shown)
            if shown and first is None:
                first = item
        current = self.members.currentItem()
        if first is not None and (current is None or current.isHidden()):
            self.members.setCurrentItem(first)

    def chosen_member(self) -> int | None:
        """The member id chosen in the list (``None``: none)."""
        item = self.members.currentItem()
        if item is None or item.isHidden():
            return None
        return int(item.data(Qt.ItemDataRole.UserRole))

    def _join(self) -> None:
        identity, folder = self.identity, self._folder
        assert identity is not None and folder is not None
        member_id = self.chosen_member()
        if member_id is None and identity.members:
            self.show_error(self.tr("Choose your name in the list."))
            # Not the list itself: focusing it would choose its first name at once.
            self.filter.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        home, now = self.home, self.clock()

        def work() -> Membership:
            return member_home.join(home, folder, fingerprint=identity.organisation,
                                    member_id=member_id, now=now)

        run_refusable(self.jobs, self, work, self._on_joined, self.show_error, lang=self.lang,
                      busy=self.set_busy)

    def _on_joined(self, membership: Membership) -> None:
        self.membership = membership
        name = dict(self.identity.members).get(membership.member_id or 0, "") \
            if self.identity is not None else ""
        text = arg(self.tr("You have joined %1 as %2."), membership.organisation_name, name) \
            if name else arg(self.tr("You have joined %1."), membership.organisation_name)
        self.done_text.setText(text)
        self.done_text.setAccessibleName(text)
        self.show_step(DONE)

    def _on_choose_button_clicked(self) -> None:
        chosen = self.ask_folder()
        if chosen is not None:
            self.folder.setText(str(chosen))
            self.go_on()

    def _ask_folder(self) -> Path | None:
        start = self.folder.text().strip() or QDir.homePath()
        chosen = QFileDialog.getExistingDirectory(self, self.tr("Your cooperative's shared folder"),
                                                  start)
        return Path(chosen) if chosen else None

    # -- keyboard ------------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter: the focused button, else the step's main action. Escape: back."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            focused: Any = self.focusWidget()
            if isinstance(focused, QAbstractButton) and not isinstance(focused, QCheckBox):
                focused.click()
            else:
                self.go_on()
            event.accept()
        elif event.key() == Qt.Key.Key_Escape and self.step in (FINGERPRINT, WHO):
            self.go_back()
            event.accept()
        else:
            super().keyPressEvent(event)
