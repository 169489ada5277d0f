# SPDX-License-Identifier: GPL-3.0-or-later
"""The organisation's identity as printed on its documents (name, SIREN, office…)."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QLocale, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from talagov.core.organisation import Organisation
from talagov.gui.help.terms import explain
from talagov.gui.money import cents_for_edit, parse_euros
from talagov.gui.widgets.message_bar import MessageBar


class OrganisationForm(QWidget):
    """Edits an :class:`Organisation`; ``save_requested`` carries the edited value.

    The legal form is shown but changes only with a new statutes version (Statutes tab).
    """

    save_requested = Signal(object)

    def __init__(self, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._lang = lang
        self._original: Organisation | None = None
        self.message_bar = MessageBar(self)
        self.name = QLineEdit(self)
        self.name.setToolTip(self.tr("The cooperative's name as registered, printed on "
                                     "convocations and minutes."))
        self.form_label = QLabel(self)
        self.siren = QLineEdit(self)
        self.siren.setPlaceholderText(self.tr("9 digits"))
        self.siren.setToolTip(self.tr("The 9-digit company number of the cooperative; spaces are "
                                      "ignored."))
        self.office = QLineEdit(self)
        self.office.setToolTip(self.tr("The address of the registered office, as in the statutes."))
        self.rcs_city = QLineEdit(self)
        self.rcs_city.setToolTip(self.tr("The town of the trade and companies register where the "
                                         "cooperative is registered."))
        self.year_end_day = QSpinBox(self)
        self.year_end_day.setRange(1, 31)
        self.year_end_day.setToolTip(self.tr("Day of the month the fiscal year closes, 1 to 31."))
        self.year_end_month = QComboBox(self)
        self.year_end_month.setToolTip(self.tr("Month the fiscal year closes; the annual meeting "
                                               "follows within six months."))
        locale = QLocale("fr_FR" if lang == "fr" else "en_GB")
        for month in range(1, 13):
            self.year_end_month.addItem(locale.standaloneMonthName(month), month)
        self.nominal = QLineEdit(self)
        self.nominal.setPlaceholderText(self.tr("e.g. 25,00"))
        self.nominal.setToolTip(self.tr("Value of one share in euros, e.g. 25,00; changing it "
                                        "needs a decision of the members."))
        explain(self.nominal, "part_sociale")
        self.save_button = QPushButton(self.tr("&Save the identity"), self)
        self.save_button.setAccessibleName(self.tr("Save the identity"))
        self.save_button.setToolTip(self.tr("Save the name, addresses, fiscal year and share value "
                                            "shown above."))
        year_end = QWidget(self)
        row = QHBoxLayout(year_end)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.year_end_day)
        row.addWidget(self.year_end_month)
        row.addStretch(1)
        year_end.setFocusProxy(self.year_end_day)
        self.year_end_day.setAccessibleName(self.tr("Fiscal year end, day"))
        self.year_end_month.setAccessibleName(self.tr("Fiscal year end, month"))
        form = QFormLayout()
        for text, widget in ((self.tr("&Name:"), self.name), (self.tr("Legal form:"), self.form_label),
                             (self.tr("&SIREN:"), self.siren),
                             (self.tr("Registered &office:"), self.office),
                             (self.tr("&RCS city:"), self.rcs_city),
                             (self.tr("Fiscal &year ends on:"), year_end),
                             (self.tr("Nominal value of a s&hare (€):"), self.nominal)):
            label = QLabel(text, self)
            label.setBuddy(widget)
            if not widget.accessibleName():
                widget.setAccessibleName(text.replace("&", "").rstrip(":"))
            form.addRow(label, widget)
        hint = QLabel(self.tr("The legal form changes with a new version of the statutes "
                              "(Statutes tab)."), self)
        hint.setWordWrap(True)
        form.addRow("", hint)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message_bar)
        layout.addLayout(form)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        layout.addLayout(buttons)
        layout.addStretch(1)
        self.save_button.clicked.connect(self._on_save_button_clicked)

    def set_organisation(self, org: Organisation) -> None:
        """Show ``org``."""
        self._original = org
        self.name.setText(org.name)
        self.form_label.setText(org.form.label)
        self.siren.setText(org.siren)
        self.office.setText(org.registered_office)
        self.rcs_city.setText(org.rcs_city)
        month, day = org.fiscal_year_end
        self.year_end_month.setCurrentIndex(month - 1)
        self.year_end_day.setValue(day)
        self.nominal.setText(cents_for_edit(org.share_nominal_cents, self._lang))
        self.message_bar.show_messages([])

    def organisation(self) -> Organisation | None:
        """The edited identity, or ``None`` while the nominal value is unreadable."""
        nominal = parse_euros(self.nominal.text())
        if self._original is None or nominal is None:
            return None
        return replace(
            self._original, name=self.name.text().strip(), siren=self.siren.text().replace(" ", ""),
            registered_office=self.office.text().strip(), rcs_city=self.rcs_city.text().strip(),
            fiscal_year_end=(int(self.year_end_month.currentData()), self.year_end_day.value()),
            share_nominal_cents=nominal,
        )

    def _on_save_button_clicked(self) -> None:
        org = self.organisation()
        if org is None:
            self.message_bar.show_messages([self.tr("Type the nominal value in euros, for example "
                                                    "25,00.")])
            return
        self.save_requested.emit(org)
