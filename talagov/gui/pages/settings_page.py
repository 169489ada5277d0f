# SPDX-License-Identifier: GPL-3.0-or-later
"""The "Settings" page: the organisation's identity, its statutes (versioned) and categories."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from talagov.core.errors import UserError
from talagov.core.legal_forms import Family
from talagov.core.members import Category
from talagov.core.organisation import Organisation
from talagov.core.presets import preset
from talagov.core.statutes import Statutes
from talagov.gui.context import AppContext
from talagov.gui.dialogs.task_dialog import error_lines
from talagov.gui.errors import show_error
from talagov.gui.help.terms import explain
from talagov.gui.i18n import arg, show_date
from talagov.gui.pages.base import Page
from talagov.gui.widgets.categories_editor import CategoriesEditor
from talagov.gui.widgets.date_edit import date_edit, edit_date
from talagov.gui.widgets.mail_settings_form import MailSettingsForm
from talagov.gui.widgets.message_bar import MessageBar
from talagov.gui.widgets.org_key_group import OrgKeyGroup
from talagov.gui.widgets.organisation_form import OrganisationForm
from talagov.gui.widgets.statutes_editor import StatutesEditor
from talagov.gui.widgets.timestamp_group import TimestampGroup
from talagov.services import organisation as org_service
from talagov.services.changes import Aggregate, Changes
from talagov.services.uow import UnitOfWork

_ALL = frozenset({"organisation", "statutes", "categories"})


@dataclass(frozen=True)
class SettingsData:
    """Identity, statutes in force, categories and the statutes history."""

    organisation: Organisation
    statutes: Statutes
    categories: tuple[Category, ...]
    history: list[tuple[int, date, str, datetime]]


def load_settings(uow: UnitOfWork, today: date) -> SettingsData:
    """Everything the page edits, in one task."""
    return SettingsData(org_service.require_organisation(uow), org_service.statutes_at(uow, today),
                        org_service.categories(uow), org_service.statutes_history(uow))


class SettingsPage(Page):
    """Tabs: Organisation, Statutes, Categories, E-mail. Nothing is saved below a legal floor."""

    loaded = Signal()  # after every reload
    saved = Signal()  # after a successful save of any tab
    save_failed = Signal()  # a refusal is shown

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.title = self.tr("Settings")
        self._generation = 0
        self.organisation_form = OrganisationForm(ctx.lang, self)
        self.categories_editor = CategoriesEditor(self)
        self.mail_form = MailSettingsForm(ctx, self)
        self.org_key_group = OrgKeyGroup(ctx, self)
        self.timestamp_group = TimestampGroup(ctx, self)
        self.statutes_bar = MessageBar(self)
        self.statutes_editor = StatutesEditor(ctx.lang, self)
        self.effective_from = date_edit(self, ctx.today(), ctx.lang)
        self.note = QLineEdit(self)
        self.note.setPlaceholderText(self.tr("e.g. AGE of 2026-06-12, resolution 3"))
        self.note.setToolTip(self.tr("Which decision adopted this version of the statutes, kept in "
                                     "its history."))
        self.reset_button = QPushButton(self.tr("&Reset to the preset of this legal form"), self)
        self.reset_button.setToolTip(self.tr("Show the usual values for this legal form in place "
                                             "of those entered; nothing is saved yet."))
        self.save_statutes_button = QPushButton(self.tr("Save as a new &version"), self)
        self.save_statutes_button.setToolTip(self.tr("Keep the statutes shown as a new version, in "
                                                     "force from the date beside; older versions "
                                                     "stay in the history."))
        explain(self.save_statutes_button, "statuts")
        self.history = QListWidget(self)
        self.history.setAccessibleName(self.tr("Statutes versions"))
        self.history.setToolTip(self.tr("Every version of the statutes saved so far, with the date "
                                        "it came into force."))
        self.history.setWordWrap(True)

        self.tabs = QTabWidget(self)
        self.tabs.setAccessibleName(self.tr("Settings"))
        self.tabs.addTab(self.organisation_form, self.tr("&Organisation"))
        self.tabs.addTab(self._statutes_tab(), self.tr("&Statutes"))
        self.tabs.addTab(self.categories_editor, self.tr("&Categories"))
        self.tabs.addTab(self.mail_form, self.tr("&E-mail"))
        self.tabs.addTab(self._keys_tab(), self.tr("&Keys"))
        for index, text in enumerate((
                self.tr("Name, registered office and fiscal year of the cooperative."),
                self.tr("The rules of the statutes that TalaGov applies: quorum, majorities, "
                        "proxies, mandates."),
                self.tr("The categories of members and the college each one votes in by default."),
                self.tr("The mail server used to send convocations and minutes."),
                self.tr("The organisation's signing key, the members' certificates and the "
                        "timestamping service."))):
            self.tabs.setTabToolTip(index, text)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addWidget(self.tabs)

        self.organisation_form.save_requested.connect(self._on_organisation_form_save_requested)
        self.categories_editor.save_requested.connect(self._on_categories_editor_save_requested)
        self.reset_button.clicked.connect(self._on_reset_button_clicked)
        self.save_statutes_button.clicked.connect(self._on_save_statutes_button_clicked)

    def _keys_tab(self) -> QWidget:
        keys = QWidget(self)
        column = QVBoxLayout(keys)
        column.addWidget(self.org_key_group)
        column.addWidget(self.timestamp_group)
        column.addStretch(1)
        return keys

    def _statutes_tab(self) -> QWidget:
        for button in (self.reset_button, self.save_statutes_button):
            button.setAccessibleName(button.text().replace("&", ""))
        self.effective_from.setAccessibleName(self.tr("In force from"))
        self.effective_from.setToolTip(self.tr("The day the new version takes effect, as adopted "
                                               "by the general meeting."))
        self.note.setAccessibleName(self.tr("Note on this version"))
        left = QWidget(self)
        inner = QVBoxLayout(left)
        inner.setContentsMargins(0, 0, 0, 0)
        inner.addWidget(self.statutes_bar)
        inner.addWidget(self.statutes_editor, 1)
        row = QHBoxLayout()
        for text, widget in ((self.tr("In &force from:"), self.effective_from),
                             (self.tr("&Note:"), self.note)):
            label = QLabel(text, self)
            label.setBuddy(widget)
            row.addWidget(label)
            row.addWidget(widget, 1 if widget is self.note else 0)
        inner.addLayout(row)
        buttons = QHBoxLayout()
        buttons.addWidget(self.reset_button)
        buttons.addStretch(1)
        buttons.addWidget(self.save_statutes_button)
        inner.addLayout(buttons)
        box = QGroupBox(self.tr("Versions"), self)
        history_label = QLabel(self.tr("Statutes &versions, newest first:"), box)
        history_label.setBuddy(self.history)
        history_label.setWordWrap(True)
        box_layout = QVBoxLayout(box)
        box_layout.addWidget(history_label)
        box_layout.addWidget(self.history, 1)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(left)
        splitter.addWidget(box)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        # The history is as wide as one of its lines in the current font (zoom-proof).
        width = self.fontMetrics().horizontalAdvance("In force from 01/01/2026 (saved on 01/01/2026)")
        splitter.setSizes([width * 3, width])
        return splitter

    # -- loading ---------------------------------------------------------------------

    def refresh(self, parts: frozenset[str] = _ALL) -> None:
        """Reload the given parts (``organisation``, ``statutes``, ``categories``)."""
        self._generation += 1
        generation, today = self._generation, self.ctx.today()
        if parts == _ALL:
            # The mail settings change only here: a reload would wipe what is being typed.
            self.mail_form.refresh()
            self.org_key_group.refresh()
            self.timestamp_group.refresh()
        self.ctx.runner.run(self, lambda uow: load_settings(uow, today),
                            on_success=lambda data: self._on_loaded(generation, data, parts),
                            on_failure=self._on_load_failed, label=self.tr("Loading the settings"))

    def on_changes(self, changes: Changes) -> None:
        """Reload only the tabs whose data changed, so edits in the others survive."""
        self.org_key_group.on_changes(changes)
        parts = {name for name, aggregate in (("organisation", Aggregate.ORGANISATION),
                                              ("statutes", Aggregate.STATUTES),
                                              ("categories", Aggregate.CATEGORIES))
                 if changes.touches(aggregate)}
        if parts:
            self.refresh(frozenset(parts))

    def _on_load_failed(self, exc: BaseException) -> None:
        if not isinstance(exc, UserError):
            show_error(self, exc)
            return
        self.status.setText(error_lines(exc, self.ctx.lang)[0])
        self.status.show()
        self.tabs.setEnabled(False)

    def _on_loaded(self, generation: int, data: SettingsData, parts: frozenset[str]) -> None:
        if generation != self._generation:
            return
        self.status.hide()
        self.tabs.setEnabled(True)
        if "organisation" in parts:
            self.organisation_form.set_organisation(data.organisation)
        if "statutes" in parts:
            self.statutes_editor.set_statutes(data.statutes)
            self.statutes_bar.show_messages([])
            self._show_history(data.history)
        if "categories" in parts:
            self.categories_editor.set_categories(data.categories)
            self.categories_editor.message_bar.show_messages([])
        self.loaded.emit()

    def _show_history(self, history: list[tuple[int, date, str, datetime]]) -> None:
        self.history.clear()
        lang = self.ctx.lang
        for _id, effective, note, saved_at in history:
            text = arg(self.tr("In force from %1 (saved on %2)"), show_date(effective, lang),
                       show_date(saved_at.date(), lang))
            self.history.addItem(f"{text}\n{note}" if note else text)

    # -- saving ----------------------------------------------------------------------

    def _run_save(self, fn: object, label: str, bar: MessageBar,
                  on_refused: object = None) -> None:
        def failed(exc: BaseException) -> None:
            if not isinstance(exc, UserError):
                show_error(self, exc)
                return
            bar.show_messages(error_lines(exc, self.ctx.lang))
            if on_refused is not None:
                on_refused(exc)  # type: ignore[operator]
            self.save_failed.emit()

        def succeeded(_result: object) -> None:
            bar.show_messages([])
            self.saved.emit()

        self.ctx.runner.run(self, fn, on_success=succeeded, on_failure=failed,  # type: ignore[arg-type]
                            label=label)

    def _on_organisation_form_save_requested(self, org: Organisation) -> None:
        self._run_save(lambda uow: org_service.update_organisation(uow, org),
                       self.tr("Saving the organisation"), self.organisation_form.message_bar)

    def _on_categories_editor_save_requested(self, cats: tuple[Category, ...]) -> None:
        self._run_save(lambda uow: org_service.save_categories(uow, cats),
                       self.tr("Saving the categories"), self.categories_editor.message_bar)

    def _on_save_statutes_button_clicked(self) -> None:
        statutes = self.statutes_editor.statutes()
        effective, note, now = edit_date(self.effective_from), self.note.text().strip(), \
            datetime.now()
        self.statutes_editor.show_problems(())

        def refused(exc: BaseException) -> None:
            self.statutes_editor.show_problems(getattr(exc, "problems", ()))

        self._run_save(lambda uow: org_service.save_statutes(uow, statutes, effective_from=effective,
                                                             note=note, now=now),
                       self.tr("Saving the statutes"), self.statutes_bar, refused)

    def _on_reset_button_clicked(self) -> None:
        form = self.statutes_editor.legal_form()
        fresh = preset(form)
        if form.family is Family.SCIC:
            # Colleges are the organisation's own choice; a reset keeps those entered.
            fresh = replace(fresh, colleges=self.statutes_editor.colleges.colleges())
        self.statutes_editor.set_statutes(fresh)
        self.statutes_bar.show_messages([arg(self.tr("The preset of %1 is shown. Check every value "
                                                     "marked as a suggestion, then save."),
                                             form.label)])
