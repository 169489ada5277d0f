# SPDX-License-Identifier: GPL-3.0-or-later
"""« My key »: who I am, my voting key and where its certificate stands.

No key yet: one button makes it and writes the request. Requested: the fingerprint to
read to the secretary, while TalaGov waits for the certificate (it installs it by itself
when the secretary's install publishes it in the folder). Issued: valid until a date.
Revoked: a new key is needed. A member who has not said who they are chooses their name
first, from the organisation's list.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from talagov.core.canonical import readable_fingerprint
from talagov.core.text import fold
from talagov.gui.booth.style import describe, heading, paragraph
from talagov.gui.help.terms import explain
from talagov.gui.i18n import arg, show_date
from talagov.gui.member.snapshot import Snapshot
from talagov.services.member_folder import CertificateState


class KeyPanel(QWidget):
    """The member's key as the last reading of the folder found it.

    Signals:
        enrol_requested(bool): make a key (``True``: it replaces the one here).
        member_chosen(int): the member said who they are.
    """

    enrol_requested = Signal(bool)
    member_chosen = Signal(int)

    def __init__(self, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lang = lang
        self.state: CertificateState | None = None
        self.has_key = False  # a key is in the keystore (a new one replaces it)
        self.who = heading("", self, "subheading")
        self.who.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.choose_box = QWidget(self)
        choose = QVBoxLayout(self.choose_box)
        choose.setContentsMargins(0, 0, 0, 0)
        choose.addWidget(paragraph(self.tr(
            "Tell TalaGov who you are: your key and your votes will be in your name."),
            self.choose_box))
        label = QLabel(self.tr("&Your name:"), self.choose_box)
        self.members = QComboBox(self.choose_box)
        describe(self.members, self.tr("Your name"),
                 self.tr("The members the organisation published."))
        label.setBuddy(self.members)
        self.this_is_me = QPushButton(self.tr("&This is me"), self.choose_box)
        describe(self.this_is_me, self.tr("This is me"), self.tr("Remember the name chosen."))
        self.this_is_me.clicked.connect(self._on_this_is_me_clicked)
        row = QHBoxLayout()
        row.addWidget(self.members, 1)
        row.addWidget(self.this_is_me)
        choose.addWidget(label)
        choose.addLayout(row)

        self.title = heading(self.tr("My voting key"), self)
        self.status = paragraph("", self)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        explain(self.title, "cle_personnelle")
        self.print_caption = paragraph(self.tr("Fingerprint of your key:"), self)
        explain(self.print_caption, "empreinte")
        self.key_print = paragraph("", self, "bigprint")
        self.key_print.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.enrol_button = QPushButton(self.tr("&Create my key and request my certificate…"),
                                        self)
        describe(self.enrol_button, self.tr("Create my key and request my certificate"),
                 self.tr("Make your voting key on this computer and send the request to "
                         "the secretary through the shared folder."))
        explain(self.enrol_button, "certificat")
        self.enrol_button.clicked.connect(
            lambda: self.enrol_requested.emit(self.has_key))
        buttons = QHBoxLayout()
        buttons.addWidget(self.enrol_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.who)
        layout.addWidget(self.choose_box)
        layout.addSpacing(self.fontMetrics().height())
        layout.addWidget(self.title)
        layout.addWidget(self.status)
        layout.addWidget(self.print_caption)
        layout.addWidget(self.key_print)
        layout.addLayout(buttons)
        layout.addStretch(1)

    def show_snapshot(self, snapshot: Snapshot) -> None:
        """Show the member and their key as ``snapshot`` found them."""
        view = snapshot.view
        membership = view.membership
        members = dict(view.identity.members) if view.identity is not None else {}
        name = members.get(membership.member_id, "") if membership.member_id is not None else ""
        if membership.member_id is None:
            self.who.setText(arg(self.tr("Member of %1"), membership.organisation_name))
        elif name:
            self.who.setText(arg(self.tr("%1 — member %2 of %3"), name, membership.member_id,
                                 membership.organisation_name))
        else:
            self.who.setText(arg(self.tr("Member %1 of %2"), membership.member_id,
                                 membership.organisation_name))
        self.who.setAccessibleName(self.who.text())
        self._show_members(members, membership.member_id is None)
        self.state = view.certificate_state
        self.has_key = snapshot.key_fingerprint is not None
        self._show_state(snapshot, membership.member_id is not None)

    def _show_members(self, members: dict[int, str], asked: bool) -> None:
        self.choose_box.setVisible(asked)
        if not asked:
            return
        self.members.clear()
        for member_id, name in sorted(members.items(), key=lambda m: (fold(m[1]), m[0])):
            self.members.addItem(name, member_id)
        self.this_is_me.setEnabled(bool(members))

    def _show_state(self, snapshot: Snapshot, known: bool) -> None:
        state, certificate = self.state, snapshot.view.certificate
        fingerprint = snapshot.key_fingerprint
        if not known:
            text = self.tr("Choose your name above before creating your key.")
        elif state is CertificateState.ISSUED and certificate is not None:
            until = certificate.not_valid_after_utc.astimezone().date()
            text = arg(self.tr("Your certificate is issued, valid until %1. You can vote from "
                               "this computer in the polls open for remote voting."),
                       show_date(until, self.lang))
        elif state is CertificateState.REVOKED:
            text = self.tr("Your certificate was revoked by the organisation: this key can no "
                           "longer vote. Create a new key and read its fingerprint to the "
                           "secretary.")
        elif state is CertificateState.REQUESTED:
            text = self.tr("Your request is waiting for the secretary. Read them the "
                           "fingerprint below: they issue your certificate if it is the same "
                           "as the one their TalaGov shows. It is installed here by itself "
                           "as soon as it reaches the shared folder.")
        elif self.has_key:
            text = self.tr("Your certificate has expired: this key can no longer vote. Create "
                           "a new key and read its fingerprint to the secretary.")
        else:
            text = self.tr("You have no voting key on this computer yet. To vote from home, "
                           "create it: TalaGov writes the request for your certificate into "
                           "the shared folder.")
        self.status.setText(text)
        self.status.setAccessibleName(text)
        shown = known and fingerprint is not None and state is not CertificateState.NONE
        self.print_caption.setVisible(shown)
        self.key_print.setVisible(shown)
        if shown and fingerprint is not None:
            readable = readable_fingerprint(fingerprint)
            self.key_print.setText(readable)
            self.key_print.setAccessibleName(arg(self.tr("Fingerprint of your key: %1"),
                                                 readable))
        self.enrol_button.setVisible(known and state is not CertificateState.ISSUED)
        self.enrol_button.setText(self.tr("Create a &new key…") if self.has_key
                                  else self.tr("&Create my key and request my certificate…"))
        self.enrol_button.setAccessibleName(self.enrol_button.text().replace("&", "")
                                            .rstrip("…"))

    def _on_this_is_me_clicked(self) -> None:
        member_id = self.members.currentData()
        if member_id is not None:
            self.member_chosen.emit(int(member_id))
