# SPDX-License-Identifier: GPL-3.0-or-later
"""Add or edit a member, with inline validation by ``core.member_validation``.

The dialog never loses what was typed: a refusal by the service (a number taken in the
meantime) is shown inline and the dialog stays open. Fields are grouped in tabs; the
message bar at the top lists every problem, and each field shows its own under it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QRadioButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from talagov.core.errors import UserError, ValidationError
from talagov.core.findings import Finding
from talagov.core.member_validation import member_problems
from talagov.core.members import (
    Category,
    EmploymentPeriod,
    Member,
    PersonKind,
    Representative,
)
from talagov.core.statutes import CollegeSpec
from talagov.gui.context import AppContext
from talagov.gui.dialogs.member_form import MemberForm
from talagov.gui.errors import show_error
from talagov.gui.i18n import arg
from talagov.gui.widgets.message_bar import MessageBar
from talagov.messages import render, render_finding
from talagov.services import members as members_service
from talagov.services import organisation as org_service
from talagov.services.uow import UnitOfWork


@dataclass(frozen=True)
class MemberFormData:
    """What the dialog loads before it can be edited."""

    member: Member | None
    proposed_number: str
    categories: tuple[Category, ...]
    colleges: tuple[CollegeSpec, ...]


def load_form_data(uow: UnitOfWork, member_id: int | None, today: date) -> MemberFormData:
    """The member (or a proposed number for a new one), categories and colleges."""
    member = members_service.get_member(uow, member_id) if member_id else None
    number = "" if member else members_service.next_number(uow)
    try:
        colleges = org_service.statutes_at(uow, today).colleges
    except UserError:
        colleges = ()
    return MemberFormData(member, number, org_service.categories(uow), colleges)


class EditMemberDialog(QDialog):
    """The member dialog. ``member_id=None`` creates a new member.

    Signals:
        loaded: the record is in the fields (tests wait on it).
        saved(int): the member was saved; carries its id.
    """

    loaded = Signal()
    saved = Signal(int)

    def __init__(self, ctx: AppContext, member_id: int | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._member_id = member_id
        self._original: Member | None = None
        self._ready = False
        self._saving = False
        # Problems found by the service, kept while the field they concern is unchanged.
        self._server: list[tuple[Finding, Any]] = []
        self._other_error = ""
        self.setWindowTitle(self.tr("New member") if member_id is None else self.tr("Member"))
        self.setSizeGripEnabled(True)

        self.natural_radio = QRadioButton(self.tr("&Person"), self)
        self.legal_radio = QRadioButton(self.tr("&Legal entity (company, commune, association)"), self)
        self.natural_radio.setAccessibleName(self.tr("Natural person"))
        self.natural_radio.setToolTip(self.tr("A human being, with a first name and a date of "
                                              "birth."))
        self.legal_radio.setAccessibleName(self.tr("Legal entity"))
        self.legal_radio.setToolTip(self.tr("A company, a commune or an association, acting "
                                            "through a representative."))
        self.natural_radio.setChecked(True)
        self._kind_group = QButtonGroup(self)
        self._kind_group.addButton(self.natural_radio)
        self._kind_group.addButton(self.legal_radio)
        kind_label = QLabel(self.tr("Kind:"), self)
        kind_label.setBuddy(self.natural_radio)
        kind_row = QWidget(self)
        kind_layout = QFormLayout(kind_row)
        kind_layout.setContentsMargins(0, 0, 0, 0)
        radios = QWidget(self)
        radios_layout = QVBoxLayout(radios)
        radios_layout.setContentsMargins(0, 0, 0, 0)
        radios_layout.addWidget(self.natural_radio)
        radios_layout.addWidget(self.legal_radio)
        kind_layout.addRow(kind_label, radios)

        self.form = MemberForm(ctx.lang, ctx.today, self)
        self.message_bar = MessageBar(self)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("&Save"))
        self.ok_button.setToolTip(self.tr("Check the record and save it; any problem is shown next "
                                          "to its field."))
        self.ok_button.setEnabled(False)
        self.buttons.accepted.connect(self._on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.message_bar)
        layout.addWidget(kind_row)
        layout.addWidget(self.form.tabs, 1)
        layout.addWidget(self.buttons)
        self.tabs: QTabWidget = self.form.tabs

        self.natural_radio.toggled.connect(self._on_natural_radio_toggled)
        self.form.edited.connect(self._validate)
        self._on_natural_radio_toggled(True)
        self.setEnabled(False)  # until loaded
        ctx.runner.run(self, lambda uow: load_form_data(uow, member_id, ctx.today()),
                       on_success=self._on_form_data_loaded, on_failure=self._on_load_failed,
                       label=self.tr("Loading member"))

    # -- loading ---------------------------------------------------------------------

    def _on_form_data_loaded(self, data: MemberFormData) -> None:
        self._original = data.member
        self.form.set_choices(data.categories, data.colleges)
        if data.member is not None:
            self.legal_radio.setChecked(data.member.kind is PersonKind.LEGAL)
            self.form.set_member(data.member)
            self.setWindowTitle(arg(self.tr("Member %1 — %2"), data.member.number,
                                    data.member.display_name))
        else:
            self.form.number.setText(data.proposed_number)
        self._ready = True
        self.setEnabled(True)
        self.form.name.setFocus()
        self._validate()
        self.loaded.emit()

    def _on_load_failed(self, exc: BaseException) -> None:
        show_error(self.parentWidget(), exc)
        self.reject()

    # -- editing ---------------------------------------------------------------------

    def _on_natural_radio_toggled(self, _checked: bool) -> None:
        self.form.set_kind(PersonKind.LEGAL if self.legal_radio.isChecked() else PersonKind.NATURAL)
        self._validate()

    def member(self) -> Member:
        """The member as currently entered."""
        f = self.form
        legal = self.legal_radio.isChecked()
        employment = () if legal else tuple(
            EmploymentPeriod(start, end, cause) for start, end, cause in f.employment.values())
        representatives = tuple(
            Representative(name.strip(), function.strip(), start, end)
            for name, function, start, end in f.representatives.values()) if legal else ()
        return Member(
            id=self._member_id or 0,
            number=f.number.text().strip(),
            kind=PersonKind.LEGAL if legal else PersonKind.NATURAL,
            name=f.name.text().strip(),
            first_name="" if legal else f.first_name.text().strip(),
            email=f.email.text().strip(),
            phone=f.phone.text().strip(),
            address=f.address.toPlainText().strip(),
            category_key=f.category.currentData() or "",
            college_key=f.college.currentData() or "",
            admission_date=f.admission_date.value(),
            admission_decision=f.admission_decision.text().strip(),
            exit_date=f.exit_date.value(),
            exit_cause=f.exit_cause_value(),
            consent_date=f.consent_date.value(),
            consent_address=f.consent_address.text().strip(),
            notes=f.notes.toPlainText(),
            birth_date=None if legal else f.birth_date.value(),
            aliases=tuple(line.strip() for line in f.aliases.toPlainText().splitlines() if line.strip()),
            employment=employment,
            representatives=representatives,
            arrears=self._original.arrears if self._original else (),
        )

    def problems(self) -> list[Finding]:
        """Every problem preventing the save, found here or by the service."""
        member = self.member()
        self._server = [(p, v) for p, v in self._server if getattr(member, p.field, None) == v]
        return list(member_problems(member)) + [p for p, _ in self._server]

    def _validate(self, *_args: object) -> None:
        if not self._ready:
            return
        lang = self.ctx.lang
        problems = self.problems()
        self.form.show_field_problems({
            key: [render_finding(p, lang) for p in problems if p.field == key]
            for key in self.form.error_keys()
        })
        messages = [render_finding(p, lang) for p in problems]
        if self._other_error:
            messages.append(self._other_error)
        self.message_bar.show_messages(messages)
        self.ok_button.setEnabled(not problems and not self._saving)
        self._grow_to_fit()

    def _grow_to_fit(self) -> None:
        # Wrapped error lines need height a shown window does not take by itself
        # (a top-level window ignores height-for-width): grow, never shrink.
        layout = self.layout()
        if layout is None:
            return
        layout.activate()
        width = self.width()
        needed = (layout.totalHeightForWidth(width) if layout.hasHeightForWidth()
                  else layout.totalMinimumSize().height())
        if needed > self.height():
            self.resize(width, needed)

    # -- saving ----------------------------------------------------------------------

    def _on_buttons_accepted(self) -> None:
        if self._saving or not self._ready:
            return
        member, now = self.member(), datetime.now()
        if member_problems(member):
            self._validate()
            return
        self._saving = True
        self._other_error = ""
        self._validate()
        existing = bool(self._member_id)

        def task(uow: UnitOfWork) -> object:
            if existing:
                return members_service.update_member(uow, member, now=now)
            return members_service.add_member(uow, member, now=now)

        self.ctx.runner.run(self, task, on_success=self._on_member_saved,
                            on_failure=self._on_save_failed, label=self.tr("Saving member"))

    def _on_member_saved(self, result: object) -> None:
        self._saving = False
        member_id = result[0] if isinstance(result, tuple) else self._member_id
        self.saved.emit(int(member_id or 0))
        self.accept()

    def _on_save_failed(self, exc: BaseException) -> None:
        self._saving = False
        member = self.member()
        if isinstance(exc, ValidationError):
            self._server = [(p, getattr(member, p.field, None)) for p in exc.problems]
        elif isinstance(exc, UserError):
            self._other_error = render(exc.code, exc.params, self.ctx.lang)
        else:
            show_error(self, exc)
        self._validate()
