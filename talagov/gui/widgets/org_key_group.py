# SPDX-License-Identifier: GPL-3.0-or-later
"""The "Organisation key" group of the settings: its fingerprint, or the button that creates it.

The fingerprint is shown the way it is printed in the convocations, in groups of four
characters large enough to be read aloud and compared.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QGroupBox, QLabel, QVBoxLayout, QWidget

from talagov.core.keyseal import DEFAULT_KDF, KdfParams
from talagov.gui.context import AppContext
from talagov.gui.help.terms import explain
from talagov.gui.i18n import arg, show_date
from talagov.gui.widgets.tables import button_row, make_button
from talagov.services import keys as keys_service
from talagov.services.changes import Aggregate, Changes
from talagov.services.keys import OrganisationKeyView


def fingerprint_label(parent: QWidget) -> QLabel:
    """A large, selectable, fixed-width label for a readable fingerprint."""
    label = QLabel(parent)
    font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
    font.setPointSizeF(parent.font().pointSizeF() * 1.4)
    font.setWeight(QFont.Weight.Bold)
    label.setFont(font)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                  | Qt.TextInteractionFlag.TextSelectableByKeyboard)
    label.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # reachable, so it can be read and copied
    return label


class OrgKeyGroup(QGroupBox):
    """Shows the organisation key, or offers to create it.

    Signals:
        loaded(): the key (or its absence) is shown, after each refresh.
    """

    loaded = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Organisation key"), parent)
        self.ctx = ctx
        self.clock: Callable[[], datetime] = datetime.now
        self.kdf: KdfParams = DEFAULT_KDF  # the test suite sets a cheap one
        self.key: OrganisationKeyView | None = None
        self._generation = 0
        self.fingerprint = fingerprint_label(self)
        self.fingerprint.setAccessibleName(self.tr("Fingerprint of the organisation key"))
        explain(self.fingerprint, "empreinte")
        self.about = QLabel(self)
        self.about.setWordWrap(True)
        self.about.setTextFormat(Qt.TextFormat.PlainText)
        self.create_button = make_button(self, self.tr("C&reate the organisation key…"),
                                         self.create_key)
        self.create_button.setToolTip(self.tr("Create the key that signs the results and the "
                                              "members' certificates, protected by a passphrase."))
        self.certificates_button = make_button(self, self.tr("Mem&bers' certificates…"),
                                               self.show_certificates)
        self.certificates_button.setToolTip(self.tr("See, issue and revoke the certificates that "
                                                    "let members vote from home."))
        explain(self.certificates_button, "certificat")
        layout = QVBoxLayout(self)
        layout.addWidget(self.fingerprint)
        layout.addWidget(self.about)
        layout.addLayout(button_row(self.create_button, self.certificates_button))
        self._show(None)

    def refresh(self) -> None:
        """Load the organisation key."""
        self._generation += 1
        generation = self._generation
        self.ctx.runner.run(self, keys_service.organisation_key,
                            on_success=lambda key: self._on_loaded(generation, key),
                            label=self.tr("Loading the organisation key"))

    def on_changes(self, changes: Changes) -> None:
        """Reload when keys changed."""
        if changes.touches(Aggregate.KEYS, Aggregate.ORGANISATION):
            self.refresh()

    def _on_loaded(self, generation: int, key: OrganisationKeyView | None) -> None:
        if generation != self._generation:
            return
        self._show(key)
        self.loaded.emit()

    def _show(self, key: OrganisationKeyView | None) -> None:
        self.key = key
        self.fingerprint.setVisible(key is not None)
        self.create_button.setVisible(key is None)
        self.certificates_button.setVisible(key is not None)
        if key is None:
            self.fingerprint.clear()
            self.about.setText(self.tr(
                "No organisation key yet. Signed electronic votes need one: it issues the "
                "members' certificates and signs the results. Its passphrase will be the "
                "secretary's."))
            return
        self.fingerprint.setText(key.readable)
        self.about.setText(arg(self.tr(
            "Created on %1. This fingerprint is printed in every convocation and minutes: "
            "members compare it, reading it aloud if need be, with the one their TalaGov "
            "shows when it opens a voting package."), show_date(key.created_at.date(),
                                                               self.ctx.lang)))

    def create_key(self) -> None:
        """Open the dialog that creates the key."""
        from talagov.gui.dialogs.org_key_dialog import OrgKeyDialog

        OrgKeyDialog(self.ctx, lambda: self.clock(), kdf=self.kdf, parent=self).open()

    def show_certificates(self) -> None:
        """Open the members' certificates."""
        from talagov.gui.dialogs.member_keys_dialog import MemberKeysDialog

        MemberKeysDialog(self.ctx, lambda: self.clock(), parent=self).open()
