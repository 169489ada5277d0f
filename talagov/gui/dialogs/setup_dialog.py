# SPDX-License-Identifier: GPL-3.0-or-later
"""First start on an empty database: the organisation's identity and legal form.

The statutes and categories start from the preset of the chosen legal form
(:mod:`talagov.core.presets`); they are adjusted later in the Settings page.
"""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from talagov.core import presets
from talagov.core.errors import UserError, ValidationError
from talagov.core.legal_forms import LegalForm
from talagov.core.organisation import Organisation
from talagov.gui.context import AppContext
from talagov.gui.errors import show_error
from talagov.gui.help.terms import explain
from talagov.gui.widgets.message_bar import MessageBar
from talagov.messages import render, render_finding
from talagov.services import organisation as org_service


class SetupDialog(QDialog):
    """Creates the organisation with the preset statutes of its legal form.

    A member who only votes from home needs no organisation of their own: « Join a
    cooperative… » ends the dialog with :attr:`JOIN`, and the member's window opens.
    """

    JOIN = 2  # exec()'s result when the user chose to join a cooperative's shared folder

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._saving = False
        self.setWindowTitle(self.tr("New organisation"))
        intro = QLabel(self.tr("This database is empty. Describe your organisation: its statutes "
                               "will start from the legal defaults of its form, which you can "
                               "adjust later under Settings."), self)
        intro.setWordWrap(True)
        self.name = QLineEdit(self)
        self.name.setToolTip(self.tr("The cooperative's name as registered, printed on "
                                     "convocations and minutes."))
        self.form_combo = QComboBox(self)
        for legal_form in LegalForm:
            self.form_combo.addItem(legal_form.label, legal_form.value)
        self.form_combo.setToolTip(self.tr("The legal form sets the rules of the law that apply "
                                           "and the starting statutes."))
        explain(self.form_combo, "scop")
        explain(self.form_combo, "scic")
        self.siren = QLineEdit(self)
        self.siren.setPlaceholderText(self.tr("9 digits (optional)"))
        self.siren.setToolTip(self.tr("The 9-digit company number, if the cooperative is "
                                      "registered already; spaces are ignored."))
        self.office = QLineEdit(self)
        self.office.setToolTip(self.tr("The address of the registered office, as in the statutes."))
        self.rcs_city = QLineEdit(self)
        self.rcs_city.setToolTip(self.tr("The town of the trade and companies register where the "
                                         "cooperative is registered."))
        self.fiscal_day = QSpinBox(self)
        self.fiscal_day.setRange(1, 31)
        self.fiscal_day.setValue(31)
        self.fiscal_day.setToolTip(self.tr("Day of the month the fiscal year closes, 1 to 31."))
        self.fiscal_month = QComboBox(self)
        locale = QLocale()
        for month in range(1, 13):
            self.fiscal_month.addItem(locale.standaloneMonthName(month), month)
        self.fiscal_month.setCurrentIndex(11)
        self.fiscal_month.setToolTip(self.tr("Month the fiscal year closes; the annual meeting "
                                             "follows within six months."))
        self.nominal = QDoubleSpinBox(self)
        self.nominal.setRange(0, 1_000_000)
        self.nominal.setDecimals(2)
        self.nominal.setValue(25.0)
        self.nominal.setToolTip(self.tr("Value of one share in euros, as in the statutes, e.g. "
                                        "25,00."))
        explain(self.nominal, "part_sociale")
        # The decimal separator follows the locale; the euro sign goes where the language
        # puts it (25,00 € in French, €25.00 in English).
        if ctx.lang == "fr":
            self.nominal.setSuffix("\u00a0€")
        else:
            self.nominal.setPrefix("€")
        self.message_bar = MessageBar(self)

        form = QFormLayout()
        fiscal = QWidget(self)
        fiscal_row = QHBoxLayout(fiscal)
        fiscal_row.setContentsMargins(0, 0, 0, 0)
        fiscal_row.addWidget(self.fiscal_day)
        fiscal_row.addWidget(self.fiscal_month, 1)
        self._row(form, self.tr("&Name:"), self.name)
        self._row(form, self.tr("&Legal form:"), self.form_combo)
        self._row(form, self.tr("&SIREN:"), self.siren)
        self._row(form, self.tr("Registered &office:"), self.office)
        self._row(form, self.tr("RCS &city:"), self.rcs_city)
        self._row(form, self.tr("Fiscal year &ends on:"), fiscal, self.fiscal_day)
        self.fiscal_day.setAccessibleName(self.tr("Fiscal year end: day"))
        self.fiscal_month.setAccessibleName(self.tr("Fiscal year end: month"))
        self._row(form, self.tr("Share nominal &value:"), self.nominal)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("&Create"))
        self.ok_button.setToolTip(self.tr("Create the cooperative's register with the usual "
                                          "rules of its legal form, to check afterwards."))
        self.buttons.accepted.connect(self._on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)
        self.join_button = self.buttons.addButton(self.tr("I am a member: &join my cooperative…"),
                                                  QDialogButtonBox.ButtonRole.ActionRole)
        self.join_button.setAccessibleName(self.tr("I am a member: join my cooperative"))
        self.join_button.setToolTip(self.tr("Vote and read the meetings from home, through the "
                                            "folder your cooperative shares with its members"))
        self.join_button.clicked.connect(lambda: self.done(self.JOIN))
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.message_bar)
        layout.addLayout(form)
        layout.addWidget(self.buttons)

        for line in (self.name, self.siren, self.office, self.rcs_city):
            line.textChanged.connect(self._validate)
        self.fiscal_day.valueChanged.connect(self._validate)
        self.fiscal_month.currentIndexChanged.connect(self._validate)
        self.nominal.valueChanged.connect(self._validate)
        self._validate()

    def _row(self, form: QFormLayout, text: str, field: QWidget, buddy: QWidget | None = None) -> None:
        label = QLabel(text, self)
        label.setBuddy(buddy or field)
        field.setAccessibleName(text.replace("&", "").rstrip(":"))
        form.addRow(label, field)

    def organisation(self) -> Organisation:
        """The organisation as entered."""
        cents = int((Decimal(str(self.nominal.value())) * 100).to_integral_value())
        return Organisation(
            name=self.name.text().strip(),
            form=LegalForm(self.form_combo.currentData()),
            siren=self.siren.text().replace(" ", ""),
            registered_office=self.office.text().strip(),
            rcs_city=self.rcs_city.text().strip(),
            fiscal_year_end=(self.fiscal_month.currentData(), self.fiscal_day.value()),
            share_nominal_cents=cents,
        )

    def _validate(self, *_args: object) -> None:
        problems = org_service.organisation_problems(self.organisation())
        self.message_bar.show_messages([render_finding(p, self.ctx.lang) for p in problems])
        self.ok_button.setEnabled(not problems and not self._saving)

    def _on_buttons_accepted(self) -> None:
        org = self.organisation()
        if org_service.organisation_problems(org) or self._saving:
            return
        form: LegalForm = org.form
        today, now = self.ctx.today(), datetime.now()
        self._saving = True
        self._validate()
        self.ctx.runner.run(
            self,
            lambda uow: org_service.create_organisation(
                uow, org, presets.preset(form), presets.default_categories(form),
                effective_from=today, now=now),
            on_success=self._on_created, on_failure=self._on_create_failed,
            label=self.tr("Creating the organisation"),
        )

    def _on_created(self, _changes: object) -> None:
        self._saving = False
        self.accept()

    def _on_create_failed(self, exc: BaseException) -> None:
        self._saving = False
        lang = self.ctx.lang
        if isinstance(exc, ValidationError):
            self.message_bar.show_messages([render_finding(p, lang) for p in exc.problems])
        elif isinstance(exc, UserError):
            self.message_bar.show_messages([render(exc.code, exc.params, lang)])
        else:
            show_error(self, exc)
        self.ok_button.setEnabled(True)
