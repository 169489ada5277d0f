# SPDX-License-Identifier: GPL-3.0-or-later
"""Who signs the minutes: the signatures section, and the dialog that chooses them.

The section lists each signatory with their capacity and where they stand (signed on…,
waiting, no key on this laptop), a « Sign… » button for each one still to sign once
the minutes is submitted, and what the statutes still want (a secretary, two
scrutineers…) in the words the submission would refuse with. The dialog picks members
among those the service offers (the bureau, attendees, the body's members).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QComboBox, QGridLayout, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from talagov.core.minutes_content import MinutesStatus
from talagov.core.minutes_signers import Missing, Signer, SignerRole
from talagov.gui import theme
from talagov.gui.context import AppContext
from talagov.gui.dialogs.task_dialog import TaskDialog
from talagov.gui.i18n import arg, show_datetime
from talagov.gui.widgets.tables import make_button
from talagov.messages import render_error
from talagov.services import minutes as minutes_service
from talagov.services.minutes import MinutesView, SignatoryView

_ROLES = {
    SignerRole.CHAIR: QT_TRANSLATE_NOOP("MinutesSignatures", "Chair of the meeting"),
    SignerRole.SECRETARY: QT_TRANSLATE_NOOP("MinutesSignatures", "Secretary of the meeting"),
    SignerRole.SCRUTINEER: QT_TRANSLATE_NOOP("MinutesSignatures", "Scrutineer"),
    SignerRole.GERANT: QT_TRANSLATE_NOOP("MinutesSignatures", "Gérant"),
    SignerRole.ADMINISTRATOR: QT_TRANSLATE_NOOP("MinutesSignatures", "Director"),
}


def role_labels() -> dict[SignerRole, str]:
    """Each capacity, in the interface language."""
    return {role: QCoreApplication.translate("MinutesSignatures", str(text))
            for role, text in _ROLES.items()}  # fmt: skip


def missing_lines(missing: tuple[Missing, ...], lang: str) -> list[str]:
    """What the statutes still want, as the submission would say it."""
    return [render_error(f"minutes.missing_{m.role.value}", {"count": m.count}, lang)
            for m in missing]  # fmt: skip


class SignaturesPanel(QWidget):
    """The signatories of one minutes; ``sign_requested(member_id)`` asks to sign."""

    sign_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.sign_buttons: dict[int, QWidget] = {}
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.missing = QLabel(self)
        self.missing.setWordWrap(True)
        theme.set_style(self.missing, "color: $error;")
        self.missing.setTextFormat(Qt.TextFormat.PlainText)
        self.timestamp = QLabel(self)
        self.timestamp.setWordWrap(True)
        self._host = QWidget(self)
        self._grid = QGridLayout(self._host)
        self._grid.setContentsMargins(0, 0, 0, 0)
        # The state takes the room it needs; the « Sign… » button stays near its line.
        self._grid.setColumnStretch(2, 3)
        self._grid.setColumnStretch(4, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.intro, self.missing, self._host, self.timestamp):
            layout.addWidget(widget)
        layout.addStretch(1)

    def set_view(self, view: MinutesView, lang: str) -> None:
        """Show the signatories of ``view``."""
        while self._grid.count():
            item = self._grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.sign_buttons = {}
        self.intro.setText(self.tr("Each signatory signs with their TalaGov key: the PDF carries "
                              "their electronic signature, and the last signature enters the "
                              "minutes in the register.") if view.signatories else
                           self.tr("Nobody is chosen to sign yet: use “Signatories…”."))
        lines = missing_lines(view.missing, lang) if view.editable else []
        self.missing.setText("\n".join(lines))
        self.missing.setVisible(bool(lines))
        bold = self.font()
        bold.setBold(True)
        for row, s in enumerate(view.signatories):
            name = QLabel(s.name, self._host)
            name.setFont(bold)
            self._grid.addWidget(name, row, 0)
            self._grid.addWidget(QLabel(s.role_text, self._host), row, 1)
            state = QLabel(self.state_text(s, view.status, lang), self._host)
            state.setWordWrap(True)
            self._grid.addWidget(state, row, 2)
            if view.status is MinutesStatus.SUBMITTED and s.signed_at is None:
                button = make_button(self._host, arg(self.tr("Sign as %1…"), s.name),
                                     self._requester(s.member_id))
                button.setEnabled(s.key_here and bool(s.certificate))
                button.setToolTip(arg(self.tr("Sign the minutes with the key of %1 (asks their "
                                              "passphrase)."), s.name))
                self._grid.addWidget(button, row, 3)
                self.sign_buttons[s.member_id] = button
        self.timestamp.setText(self.timestamp_text(view))
        self.timestamp.setVisible(bool(self.timestamp.text()))

    def _requester(self, member_id: int) -> Callable[[], None]:
        return lambda: self.sign_requested.emit(member_id)

    def state_text(self, s: SignatoryView, status: MinutesStatus, lang: str) -> str:
        """Where a signatory stands, in a few words."""
        if s.signed_at is not None:
            return arg(self.tr("Signed on %1"), show_datetime(s.signed_at, lang))
        if not s.certificate:
            return self.tr("No valid certificate: create their key first (Settings, Keys)")
        if not s.key_here:
            return self.tr("Their key is not on this laptop: they sign on the laptop that "
                           "holds it")
        if status is MinutesStatus.DRAFT:
            return self.tr("Signs once the minutes are submitted")
        return self.tr("Waiting for their signature")

    def timestamp_text(self, view: MinutesView) -> str:
        """What the minutes' time-stamp is, once signatures are given."""
        if view.timestamp == "rfc3161":
            return self.tr("The signatures carry an RFC 3161 time-stamp.")
        if view.timestamp == "local":
            return self.tr("No RFC 3161 time-stamp was obtained: the local time was recorded. "
                           "“Add a time-stamp” adds one once an authority is configured and "
                           "reachable.")
        return ""


class SignatoriesDialog(TaskDialog):
    """Choose the signatories and their capacity (drafts only)."""

    def __init__(self, ctx: AppContext, view: MinutesView, clock: Callable[[], datetime],
                 parent: QWidget | None = None) -> None:
        super().__init__(ctx, self.tr("Signatories of the minutes"), parent)
        self.view, self.clock = view, clock
        self.candidates: list[tuple[int, str]] = []
        self.rows: list[tuple[QComboBox, QComboBox, QWidget]] = []
        intro = QLabel(self.tr("The statutes propose these signatories. Any member of the bureau "
                               "or present at the meeting may be added."), self)
        intro.setWordWrap(True)
        self.form.addRow(intro)
        self.missing = QLabel("\n".join(missing_lines(view.missing, ctx.lang)), self)
        self.missing.setWordWrap(True)
        theme.set_style(self.missing, "color: $error;")
        self.missing.setVisible(bool(view.missing))
        self.form.addRow(self.missing)
        self._host = QWidget(self)
        self._grid = QGridLayout(self._host)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setColumnStretch(0, 2)
        self._grid.setColumnStretch(1, 1)
        self.form.addRow(self._host)
        self.add_button = make_button(self, self.tr("&Add a signatory"),
                                      lambda: self.add_signatory())
        row = QHBoxLayout()
        row.addWidget(self.add_button)
        row.addStretch(1)
        self.form.addRow(row)
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("M") * 50)
        self.add_button.setEnabled(False)
        self.add_button.setToolTip(self.tr("Add a line for one more signatory."))
        self.ok_button.setToolTip(self.tr("Keep these signatories and capacities."))
        minutes_id = view.id
        ctx.runner.run(self, lambda uow: minutes_service.candidates(uow, minutes_id),
                       on_success=self._on_candidates_loaded,
                       label=self.tr("Loading the members who may sign"))

    def _on_candidates_loaded(self, candidates: list[tuple[int, str]]) -> None:
        known = {m for m, _ in candidates}
        # A signatory chosen earlier stays listed even if no longer a candidate: the
        # service then says why they cannot sign.
        extra = [(s.member_id, s.name) for s in self.view.signatories if s.member_id not in known]
        self.candidates = list(candidates) + extra
        for s in self.view.signatories:
            self.add_signatory(s.member_id, s.role)
        self.add_button.setEnabled(True)
        self.loaded.emit()

    def add_signatory(self, member_id: int | None = None,
                      role: SignerRole = SignerRole.CHAIR) -> None:
        """One more signatory line (a member and a capacity)."""
        number = len(self.rows) + 1
        member = QComboBox(self._host)
        member.setAccessibleName(arg(self.tr("Signatory %1"), number))
        member.setToolTip(self.tr("The person who signs."))
        for candidate_id, name in self.candidates:
            member.addItem(name, candidate_id)
        if member_id is not None:
            member.setCurrentIndex(member.findData(member_id))
        capacity = QComboBox(self._host)
        capacity.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        capacity.setAccessibleName(arg(self.tr("Capacity of signatory %1"), number))
        capacity.setToolTip(self.tr("The capacity in which this person signs (chair, "
                                    "secretary, scrutineer…)."))
        for value, label in role_labels().items():
            capacity.addItem(label, value.value)
        capacity.setCurrentIndex(capacity.findData(role.value))
        remove = make_button(self._host, self.tr("Remove"), lambda: self._remove(member))
        remove.setAccessibleName(arg(self.tr("Remove signatory %1"), number))
        remove.setToolTip(self.tr("Remove this signatory from the list."))
        line = len(self.rows)
        self._grid.addWidget(member, line, 0)
        self._grid.addWidget(capacity, line, 1)
        self._grid.addWidget(remove, line, 2)
        self.rows.append((member, capacity, remove))
        member.setFocus()
        self._fit_height()

    def _remove(self, member: QComboBox) -> None:
        for row in list(self.rows):
            if row[0] is member:
                self.rows.remove(row)
                for widget in row:
                    widget.deleteLater()

    def signers(self) -> list[Signer]:
        """The signatories as chosen (lines without a member left out)."""
        return [Signer(int(m.currentData()), SignerRole(c.currentData()))
                for m, c, _ in self.rows if m.currentData() is not None]  # fmt: skip

    def problems(self) -> list[str]:
        """Nobody chosen, or someone chosen twice."""
        chosen = self.signers()
        if not chosen:
            return [self.tr("Choose at least one signatory.")]
        names = dict(self.candidates)
        seen: set[int] = set()
        for s in chosen:
            if s.member_id in seen:
                return [arg(self.tr("%1 is listed twice."), names.get(s.member_id, ""))]
            seen.add(s.member_id)
        return []

    def task(self) -> Callable[[Any], Any]:
        """Store the signatories."""
        minutes_id, signers, now = self.view.id, self.signers(), self.clock()
        return lambda uow: minutes_service.set_signatories(uow, minutes_id, signers, now=now)
