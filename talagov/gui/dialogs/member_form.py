# SPDX-License-Identifier: GPL-3.0-or-later
"""The fields of the member dialog, grouped in tabs, each with its label and error line."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from datetime import date

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QStyle,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from talagov.core.members import Category, ExitCause, Member, PersonKind
from talagov.core.statutes import CollegeSpec
from talagov.gui import theme
from talagov.gui.help.terms import explain
from talagov.gui.i18n import exit_cause_labels
from talagov.gui.widgets.optional_date_edit import OptionalDateEdit
from talagov.gui.widgets.period_rows import FieldKind, PeriodRowsEditor, RowField

# A fixed hue, but never alone: every error line also starts with a warning sign.
_ERROR_STYLE = "color: $error;"


def _plain_text(parent: QWidget, lines: int) -> QPlainTextEdit:
    edit = QPlainTextEdit(parent)
    edit.setTabChangesFocus(True)
    metrics = edit.fontMetrics()
    # Height in lines of the current font, so it grows with the zoom.
    edit.setMaximumHeight(metrics.lineSpacing() * lines + 2 * edit.frameWidth() + 8)
    return edit


class MemberForm(QObject):
    """Owns the widgets; the dialog reads them and shows problems through this class."""

    edited = Signal()

    def __init__(self, lang: str, today: Callable[[], date], parent: QWidget) -> None:
        super().__init__(parent)
        self._parent = parent
        self._lang, self._today = lang, today
        self._errors: dict[str, QLabel] = {}
        self._error_pages: dict[str, QWidget] = {}
        self._error_forms: dict[str, QFormLayout] = {}
        self._hosts: dict[QWidget, tuple[QFormLayout, QWidget]] = {}
        self.tabs = QTabWidget(parent)
        self.tabs.setAccessibleName(self.tr("Member record"))
        self._tab_tips: list[str] = []  # by tab index (tabs are hidden, never removed)

        identity = self._page(self.tr("&Identity"),
                              self.tr("Number, names and date of birth of the member."))
        self.number = QLineEdit(parent)
        self.number.setToolTip(self.tr("The member's number in the register, e.g. S-0042; a new "
                                       "member gets the next one."))
        self.name = QLineEdit(parent)
        self.name.setToolTip(self.tr("The family name as on an identity document, or the corporate "
                                     "name of an entity."))
        self.first_name = QLineEdit(parent)
        self.first_name.setToolTip(self.tr("The first name as on an identity document."))
        self.birth_date = self._date()
        self.birth_date.setToolTip(self.tr("Date of birth, if known; it counts for the age limit "
                                           "of board members."))
        self.aliases = _plain_text(parent, 3)
        self.aliases.setPlaceholderText(self.tr("Maiden name, former corporate name… one per line"))
        self.aliases.setToolTip(self.tr("Other names under which the member appears in older "
                                        "records, one per line."))
        self._add(identity, self.tr("N&umber:"), self.number, "number")
        self.name_label = self._add(identity, self.tr("Family &name:"), self.name, "name")
        self._add(identity, self.tr("&First name:"), self.first_name, "first_name")
        self._add(identity, self.tr("Birth &date:"), self.birth_date)
        self._add(identity, self.tr("&Other names:"), self.aliases)

        membership = self._page(self.tr("Mem&bership"),
                                self.tr("Category, college, admission and exit of the member."))
        self.category = QComboBox(parent)
        self.category.setToolTip(self.tr("The category of associates the member belongs to (see "
                                         "Settings, Categories)."))
        self.college = QComboBox(parent)
        self.college.setToolTip(self.tr("The voting college in which the member votes."))
        explain(self.college, "college")
        self.admission_date = self._date()
        self.admission_date.setToolTip(self.tr("The day the member was admitted as an associate."))
        explain(self.admission_date, "associe")
        self.admission_decision = QLineEdit(parent)
        self.admission_decision.setPlaceholderText(self.tr("e.g. board meeting of 12/06/2025"))
        self.admission_decision.setToolTip(self.tr("Which decision admitted the member, e.g. board "
                                                   "meeting of 12/06/2025."))
        self.exit_date = self._date()
        self.exit_date.setToolTip(self.tr("The day the member left; leave unticked while they are "
                                          "an associate."))
        self.exit_cause = QComboBox(parent)
        self.exit_cause.addItem("", None)
        self.exit_cause.setToolTip(self.tr("Why the member left: resignation, exclusion, death…"))
        for cause, label in exit_cause_labels().items():
            self.exit_cause.addItem(label, cause.value)
        self._add(membership, self.tr("Cate&gory:"), self.category)
        self._add(membership, self.tr("C&ollege:"), self.college)
        self._add(membership, self.tr("&Admission date:"), self.admission_date)
        self._add(membership, self.tr("Admission d&ecision:"), self.admission_decision)
        self._add(membership, self.tr("E&xit date:"), self.exit_date, "exit_date")
        self._add(membership, self.tr("Exit reaso&n:"), self.exit_cause, "exit_cause")

        contact = self._page(self.tr("&Contact"), self.tr("How to reach the member, and whether "
                                                         "convocations may go by e-mail."))
        self.email = QLineEdit(parent)
        self.email.setToolTip(self.tr("E-mail address, e.g. name@example.org."))
        self.phone = QLineEdit(parent)
        self.phone.setToolTip(self.tr("A phone number to reach the member, in any format."))
        self.address = _plain_text(parent, 3)
        self.address.setToolTip(self.tr("Postal address, used for convocations sent by post."))
        self.consent_date = self._date()
        self.consent_date.setToolTip(self.tr("The day the member agreed in writing to receive "
                                             "convocations by e-mail; untick if they did not."))
        explain(self.consent_date, "convocation")
        self.consent_address = QLineEdit(parent)
        self.consent_address.setPlaceholderText(self.tr("Same as the e-mail address"))
        self.consent_address.setToolTip(self.tr("Address for the convocations, if it differs from "
                                                "the e-mail address above."))
        self._add(contact, self.tr("&E-mail:"), self.email, "email")
        self._add(contact, self.tr("P&hone:"), self.phone)
        self._add(contact, self.tr("A&ddress:"), self.address)
        self._add(contact, self.tr("Consent to electronic con&vocation since:"), self.consent_date)
        self._add(contact, self.tr("C&onvocation e-mail:"), self.consent_address, "consent_address")

        self.employment = PeriodRowsEditor(
            [RowField(FieldKind.DATE, self.tr("Start"),
                      self.tr("First day of the employment contract.")),
             RowField(FieldKind.OPTIONAL_DATE, self.tr("End"),
                      self.tr("Last day of the contract, if it has ended.")),
             RowField(FieldKind.EXIT_CAUSE, self.tr("End reason"),
                      self.tr("Why the employment ended."))],
            add_text=self.tr("&Add an employment period"), lang=lang, today=today, parent=parent)
        self.employment.add_button.setToolTip(self.tr("Add a row for a period of employment by the "
                                                      "cooperative."))
        self.representatives = PeriodRowsEditor(
            [RowField(FieldKind.TEXT, self.tr("Name"),
                      self.tr("Full name of the person who represents the entity.")),
             RowField(FieldKind.TEXT, self.tr("Function"),
                      self.tr("Their role, e.g. Mayor or Managing director.")),
             RowField(FieldKind.DATE, self.tr("Start"),
                      self.tr("First day they represent the entity.")),
             RowField(FieldKind.OPTIONAL_DATE, self.tr("End"),
                      self.tr("Last day, once someone else took over."))],
            add_text=self.tr("&Add a representative"), lang=lang, today=today, parent=parent)
        self.representatives.add_button.setToolTip(self.tr("Add a row for a new representative of "
                                                           "the entity."))
        self._employment_tab = self._rows_page(self.tr("E&mployment"), self.employment, "employment",
                                               self.tr("Periods during which this person was employed "
                                                       "by the cooperative."))
        self._representatives_tab = self._rows_page(
            self.tr("&Representatives"), self.representatives, "representatives",
            self.tr("The natural person who represents the entity, for each period "
                    "(for a commune: the elected official designated after each election)."))

        notes_page = self._page(self.tr("No&tes"),
                                self.tr("Free notes about the member, for the secretary."))
        self.notes = QPlainTextEdit(parent)
        self.notes.setTabChangesFocus(True)
        self.notes.setToolTip(self.tr("Anything worth keeping about this member, for the "
                                      "secretary."))
        self._add(notes_page, self.tr("&Notes:"), self.notes)

        for line in (self.number, self.name, self.first_name, self.admission_decision,
                     self.email, self.phone, self.consent_address):
            line.textChanged.connect(self.edited)
        for text in (self.aliases, self.address, self.notes):
            text.textChanged.connect(self.edited)
        for combo in (self.category, self.college, self.exit_cause):
            combo.currentIndexChanged.connect(self.edited)
        for optional in (self.birth_date, self.admission_date, self.exit_date, self.consent_date):
            optional.value_changed.connect(self.edited)
        self.employment.rows_changed.connect(self.edited)
        self.representatives.rows_changed.connect(self.edited)

    # -- construction helpers --------------------------------------------------------

    def _date(self) -> OptionalDateEdit:
        return OptionalDateEdit(self._parent, lang=self._lang, default=self._today)

    def _page(self, title: str, tip: str) -> QFormLayout:
        page = QWidget(self.tabs)
        form = QFormLayout(page)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.tabs.addTab(page, title)
        self._tab_tips.append(tip)
        self.tabs.setTabToolTip(self.tabs.count() - 1, tip)
        return form

    def _add(self, form: QFormLayout, text: str, widget: QWidget, error_key: str = "") -> QLabel:
        label = QLabel(text, self._parent)
        label.setBuddy(widget)
        widget.setAccessibleName(text.replace("&", "").rstrip(":").strip())
        form.addRow(label, widget)
        self._hosts[widget] = (form, widget)
        if error_key:
            # Its own form row, not a box around the field: QFormLayout gives a wrapped
            # label the height it needs, a nested layout in a tab page does not.
            error = self._error_label(error_key)
            form.addRow(error)
            form.setRowVisible(error, False)
            self._error_forms[error_key] = form
            self._error_pages[error_key] = form.parentWidget() or self.tabs
        return label

    def _error_label(self, key: str) -> QLabel:
        error = QLabel(self._parent)
        error.setWordWrap(True)
        theme.set_style(error, _ERROR_STYLE)
        error.hide()
        self._errors[key] = error
        return error

    def _rows_page(self, title: str, editor: PeriodRowsEditor, key: str, help_text: str) -> QWidget:
        page = QWidget(self.tabs)
        column = QVBoxLayout(page)
        intro = QLabel(help_text, page)
        intro.setWordWrap(True)
        column.addWidget(intro)
        column.addWidget(self._error_label(key))
        self._error_pages[key] = page
        column.addWidget(editor, 1)
        editor.setAccessibleName(title.replace("&", ""))
        self.tabs.addTab(page, title)
        self._tab_tips.append(help_text)
        self.tabs.setTabToolTip(self.tabs.count() - 1, help_text)
        return page

    # -- state -----------------------------------------------------------------------

    def set_choices(self, categories: Sequence[Category], colleges: Sequence[CollegeSpec]) -> None:
        """Fill the category and college lists."""
        self._fill(self.category, ((c.key, c.label) for c in categories))
        self._fill(self.college, ((c.key, c.name) for c in colleges))
        self.set_row_visible(self.college, bool(colleges))

    def _fill(self, combo: QComboBox, choices: Iterable[tuple[str, str]]) -> None:
        combo.clear()
        combo.addItem(self.tr("(none)"), "")
        for key, label in choices:
            combo.addItem(label, key)

    def _select(self, combo: QComboBox, key: str) -> None:
        index = combo.findData(key)
        if index < 0:  # a key no longer configured: keep it rather than lose it
            combo.addItem(key, key)
            index = combo.count() - 1
        combo.setCurrentIndex(index)

    def set_member(self, m: Member) -> None:
        """Show an existing member."""
        self.number.setText(m.number)
        self.name.setText(m.name)
        self.first_name.setText(m.first_name)
        self.birth_date.setValue(m.birth_date)
        self.aliases.setPlainText("\n".join(m.aliases))
        self._select(self.category, m.category_key)
        self._select(self.college, m.college_key)
        if m.college_key:
            self.set_row_visible(self.college, True)
        self.admission_date.setValue(m.admission_date)
        self.admission_decision.setText(m.admission_decision)
        self.exit_date.setValue(m.exit_date)
        self.exit_cause.setCurrentIndex(max(0, self.exit_cause.findData(m.exit_cause.value))
                                        if m.exit_cause else 0)
        self.email.setText(m.email)
        self.phone.setText(m.phone)
        self.address.setPlainText(m.address)
        self.consent_date.setValue(m.consent_date)
        self.consent_address.setText(m.consent_address)
        self.notes.setPlainText(m.notes)
        self.employment.set_values([(p.start, p.end, p.end_cause) for p in m.employment])
        self.representatives.set_values([(r.name, r.function, r.start, r.end)
                                         for r in m.representatives])

    def set_kind(self, kind: PersonKind) -> None:
        """Show the fields of a person or of a legal entity."""
        legal = kind is PersonKind.LEGAL
        self.name_label.setText(self.tr("Corporate &name:") if legal else self.tr("Family &name:"))
        self.name.setAccessibleName(self.name_label.text().replace("&", "").rstrip(":"))
        self.set_row_visible(self.first_name, not legal)
        self.set_row_visible(self.birth_date, not legal)
        self.tabs.setTabVisible(self.tabs.indexOf(self._employment_tab), not legal)
        self.tabs.setTabVisible(self.tabs.indexOf(self._representatives_tab), legal)

    def set_row_visible(self, widget: QWidget, visible: bool) -> None:
        """Show or hide a field together with its label."""
        form, host = self._hosts[widget]
        form.setRowVisible(host, visible)

    def exit_cause_value(self) -> ExitCause | None:
        """The chosen exit reason (combo data are plain strings: Qt drops the enum type)."""
        data = self.exit_cause.currentData()
        return ExitCause(data) if data else None

    def error_keys(self) -> tuple[str, ...]:
        """Fields that can show a problem."""
        return tuple(self._errors)

    def show_field_problems(self, texts: Mapping[str, Sequence[str]]) -> None:
        """Show each field's problems under it (hidden when none)."""
        marked: set[QWidget] = set()
        for key, label in self._errors.items():
            lines = texts.get(key, ())
            label.setText("\n".join(f"⚠ {t}" for t in lines))
            form = self._error_forms.get(key)
            if form is not None:
                form.setRowVisible(label, bool(lines))
            else:
                label.setVisible(bool(lines))
            if lines:
                marked.add(self._error_pages[key])
        # A problem may sit on a tab not shown: mark that tab with a warning icon.
        warning = self.tabs.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        for index in range(self.tabs.count()):
            flagged = self.tabs.widget(index) in marked
            self.tabs.setTabIcon(index, warning if flagged else QIcon())
            tip = self._tab_tips[index]  # what the tab holds, after the problem if any
            problem = self.tr("This tab has a problem to fix")
            self.tabs.setTabToolTip(index, f"{problem}\n{tip}" if flagged else tip)
