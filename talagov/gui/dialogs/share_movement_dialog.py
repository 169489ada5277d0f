# SPDX-License-Identifier: GPL-3.0-or-later
"""Enter a subscription, a transfer or a redemption of shares.

Amounts are typed in euros ("25,00") and converted to cents with integer arithmetic;
the register checks (negative balance, member who left) are the service's, and a
refusal is shown in the dialog, which stays open with what was typed.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QSpinBox, QWidget

from talagov.core.shares import MovementKind, ShareMovement
from talagov.gui.context import AppContext
from talagov.gui.dialogs.task_dialog import TaskDialog
from talagov.gui.help.terms import explain
from talagov.gui.i18n import arg, show_date
from talagov.gui.labels import movement_kind_labels
from talagov.gui.money import cents_for_edit, parse_euros, show_cents
from talagov.gui.widgets.date_edit import date_edit, edit_date
from talagov.gui.widgets.member_picker import MemberPicker
from talagov.services import members as members_service
from talagov.services import organisation as org_service
from talagov.services import shares as shares_service
from talagov.services.members import MemberListItem
from talagov.services.uow import UnitOfWork


@dataclass(frozen=True)
class MovementFormData:
    """Members to choose from (with today's holdings) and the nominal value of a share."""

    members: list[MemberListItem]
    nominal_cents: int


def load_movement_form(uow: UnitOfWork, today: date) -> MovementFormData:
    """What the dialog needs before it can be filled in."""
    org = org_service.require_organisation(uow)
    return MovementFormData(members_service.list_members(uow, today), org.share_nominal_cents)


class ShareMovementDialog(TaskDialog):
    """The movement dialog; ``kind`` preselects the movement (it can still be changed).

    ``loaded`` is emitted once the members are in the pickers.
    """

    def __init__(self, ctx: AppContext, kind: MovementKind, parent: QWidget | None = None) -> None:
        super().__init__(ctx, "", parent)
        self.setWindowTitle(self._title(kind))
        self._holdings: dict[int, int] = {}
        self.kind = QComboBox(self)
        for value, label in movement_kind_labels().items():
            self.kind.addItem(label, value.value)
        self.kind.setCurrentIndex(self.kind.findData(kind.value))
        self.kind.setToolTip(self.tr("Subscription, transfer between members or redemption by "
                                     "the cooperative."))
        self.on = date_edit(self, ctx.today(), ctx.lang)
        self.on.setToolTip(self.tr("The day the movement takes effect in the share register."))
        self.from_member = MemberPicker(self)
        self.from_member.setToolTip(self.tr("The member who gives up the shares; type part of a "
                                            "name or number."))
        self.from_holding = QLabel(self)
        self.to_member = MemberPicker(self)
        self.to_member.setToolTip(self.tr("The member who receives the shares; type part of a "
                                          "name or number."))
        self.count = QSpinBox(self)
        self.count.setRange(1, 10_000_000)
        self.count.setGroupSeparatorShown(True)
        self.count.setToolTip(self.tr("How many shares move, a whole number of 1 or more."))
        explain(self.count, "part_sociale")
        self.nominal = QLineEdit(self)
        self.nominal.setPlaceholderText(self.tr("e.g. 25,00"))
        self.nominal.setToolTip(self.tr("Value of one share in euros at the date of the "
                                        "movement, e.g. 25,00."))
        self.total = QLabel(self)
        self.reference = QLineEdit(self)
        self.reference.setPlaceholderText(self.tr("Subscription form no., bank transfer…"))
        self.reference.setToolTip(self.tr("The document that proves the movement: subscription "
                                          "form, transfer order, bank transfer…"))
        self.note = QLineEdit(self)
        self.note.setToolTip(self.tr("A free remark kept with the line of the register."))

        self.add_row(self.tr("&Movement:"), self.kind)
        self.add_row(self.tr("&Date:"), self.on)
        self.from_label = self.add_row(self.tr("&From member:"), self.from_member)
        self.form.addRow("", self.from_holding)
        self.to_label = self.add_row(self.tr("&To member:"), self.to_member)
        self.add_row(self.tr("Number of &shares:"), self.count)
        self.add_row(self.tr("&Nominal value of a share (€):"), self.nominal)
        self.add_row(self.tr("Total amount:"), self.total)
        self.add_row(self.tr("&Reference:"), self.reference)
        self.add_row(self.tr("N&ote:"), self.note)

        self.kind.currentIndexChanged.connect(self._on_kind_current_index_changed)
        self.from_member.member_changed.connect(self._on_from_member_member_changed)
        self.count.valueChanged.connect(self._on_amount_edited)
        self.nominal.textChanged.connect(self._on_amount_edited)
        self._on_kind_current_index_changed()
        self.setEnabled(False)
        ctx.runner.run(self, lambda uow: load_movement_form(uow, ctx.today()),
                       on_success=self._on_form_loaded, label=self.tr("Loading members"))

    def _title(self, kind: MovementKind) -> str:
        return {
            MovementKind.SUBSCRIPTION: self.tr("New subscription"),
            MovementKind.TRANSFER: self.tr("New transfer"),
            MovementKind.REDEMPTION: self.tr("New redemption"),
        }[kind]

    def _on_form_loaded(self, data: MovementFormData) -> None:
        self._holdings = {m.id: m.shares for m in data.members}
        self.from_member.set_members(data.members)
        self.to_member.set_members(data.members)
        self.nominal.setText(cents_for_edit(data.nominal_cents, self.ctx.lang))
        self.setEnabled(True)
        first = self.to_member if self.current_kind() is MovementKind.SUBSCRIPTION else self.from_member
        first.setFocus()
        self.loaded.emit()

    def current_kind(self) -> MovementKind:
        """The movement selected."""
        return MovementKind(self.kind.currentData())

    def _on_kind_current_index_changed(self, *_args: object) -> None:
        kind = self.current_kind()
        needs_from = kind in (MovementKind.TRANSFER, MovementKind.REDEMPTION)
        needs_to = kind in (MovementKind.TRANSFER, MovementKind.SUBSCRIPTION)
        for widget in (self.from_label, self.from_member, self.from_holding):
            widget.setVisible(needs_from)
        for widget in (self.to_label, self.to_member):
            widget.setVisible(needs_to)
        self.setWindowTitle(self._title(kind))

    def _on_from_member_member_changed(self, member_id: object) -> None:
        if member_id is None:
            self.from_holding.clear()
            return
        held = self._holdings.get(int(member_id), 0)  # type: ignore[call-overload]
        text = self.tr("Holds %n share(s) on %1", "", held)
        self.from_holding.setText(arg(text, show_date(self.ctx.today(), self.ctx.lang)))

    def _on_amount_edited(self, *_args: object) -> None:
        nominal = parse_euros(self.nominal.text())
        self.total.setText("" if nominal is None else
                           show_cents(nominal * self.count.value(), self.ctx.lang))

    def movement(self) -> ShareMovement | None:
        """The movement as entered, or ``None`` while the nominal value is unreadable."""
        nominal = parse_euros(self.nominal.text())
        if nominal is None:
            return None
        kind = self.current_kind()
        uses_from = kind in (MovementKind.TRANSFER, MovementKind.REDEMPTION)
        uses_to = kind in (MovementKind.TRANSFER, MovementKind.SUBSCRIPTION)
        return ShareMovement(
            id=0, kind=kind, on=edit_date(self.on), count=self.count.value(),
            nominal_cents=nominal,
            from_member_id=self.from_member.member_id() if uses_from else None,
            to_member_id=self.to_member.member_id() if uses_to else None,
            reference=self.reference.text().strip(), note=self.note.text().strip(),
        )

    def problems(self) -> list[str]:
        """Unreadable amount or missing member, found before asking the service."""
        movement = self.movement()
        if movement is None or movement.nominal_cents <= 0:
            return [self.tr("Type the nominal value in euros, for example 25,00.")]
        found = []
        kind = movement.kind
        if kind in (MovementKind.TRANSFER, MovementKind.REDEMPTION) and movement.from_member_id is None:
            found.append(self.tr("Choose the member who gives up the shares."))
        if kind in (MovementKind.TRANSFER, MovementKind.SUBSCRIPTION) and movement.to_member_id is None:
            found.append(self.tr("Choose the member who receives the shares."))
        return found

    def task(self) -> Any:
        """Record the movement through the share register service."""
        movement, now = self.movement(), datetime.now()
        assert movement is not None
        return lambda uow: shares_service.add_movement(uow, movement, now=now)

    def task_label(self) -> str:
        """Shown if saving takes long."""
        return self.tr("Recording the movement")
