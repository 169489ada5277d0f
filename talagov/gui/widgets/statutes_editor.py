# SPDX-License-Identifier: GPL-3.0-or-later
"""An editor of every field of :class:`~talagov.core.statutes.Statutes`.

Tabs: meetings (AGO, AGE, board; first and second convocation), proxies and
participation, colleges, mandates, membership, composition, minutes (who signs them). Each field shows its
legal source in its tool tip and a "◇ suggestion" marker when the preset only
suggests it; a refusal by the legal floors marks the fields it names.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from talagov.core.findings import Finding
from talagov.core.legal_forms import LegalForm
from talagov.core.presets import field_path, preset
from talagov.core.statutes import MeetingKind, ProxyRules, RuleKey, Statutes
from talagov.gui.help.terms import explain
from talagov.gui.labels import (
    empty_college_labels,
    meeting_kind_labels,
    proxy_cap_labels,
    proxy_holder_labels,
)
from talagov.gui.widgets.colleges_editor import CollegesEditor
from talagov.gui.widgets.meeting_rules_editor import MeetingRulesEditor
from talagov.gui.widgets.statutes_fields import FieldBinder, Kind
from talagov.gui.widgets.statutes_sections import section_fields

_TOP_FIELDS = ("correspondence_allowed", "remote_allowed", "colleges", "empty_college_policy")
# Glossary terms explained on the labels of section fields (talagov.core.glossary keys).
_SECTION_TERMS = {"term_max_years": "mandat", "gerant_term_max_years": "gerant",
                  "min_colleges": "college", "min_shares_to_vote": "part_sociale"}


def _scrolled(widget: QWidget) -> QScrollArea:
    # Long forms scroll instead of forcing a window size (readable at 200 % zoom).
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setWidget(widget)
    return area


class StatutesEditor(QWidget):
    """``set_statutes`` shows a version; ``statutes`` returns the edited one."""

    edited = Signal()

    def __init__(self, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._base: Statutes | None = None
        self.binder = FieldBinder(lang, self)
        self.form_combo = QComboBox(self)
        for form in LegalForm:
            self.form_combo.addItem(form.label, form.value)
        self.form_combo.setAccessibleName(self.tr("Legal form"))
        self.form_combo.setToolTip(self.tr("The legal form decides which rules of the law apply; "
                                           "save a new version to change it."))
        form_label = QLabel(self.tr("Legal &form:"), self)
        form_label.setBuddy(self.form_combo)
        self.tabs = QTabWidget(self)
        self.tabs.setAccessibleName(self.tr("Statutes"))
        self.meetings = QTabWidget(self)
        self.meeting_editors: dict[MeetingKind, MeetingRulesEditor] = {}
        kind_tips = {
            MeetingKind.AGO: self.tr("Quorum, majority and notice of the annual and other "
                                     "ordinary general meetings."),
            MeetingKind.AGE: self.tr("Quorum, majority and notice of the meetings that change "
                                     "the statutes or the capital."),
            MeetingKind.BOARD: self.tr("Quorum, majority and notice of the board's meetings.")}
        for kind, label in meeting_kind_labels().items():
            editor = MeetingRulesEditor(kind, self.binder, self)
            editor.second_toggled.connect(self._on_editor_edited)
            self.meeting_editors[kind] = editor
            self.meetings.addTab(_scrolled(editor), label)
            self.meetings.setTabToolTip(self.meetings.count() - 1, kind_tips[kind])
        self.tabs.addTab(self.meetings, self.tr("&Meetings"))
        self.tabs.addTab(_scrolled(self._proxies_page()), self.tr("&Proxies and participation"))
        self.tabs.addTab(_scrolled(self._colleges_page(lang)), self.tr("&Colleges"))
        titles = {"mandates": self.tr("Man&dates"), "membership": self.tr("Mem&bership"),
                  "composition": self.tr("Com&position"), "minutes": self.tr("Minu&tes")}
        for section, specs in section_fields().items():
            page = QWidget(self)
            section_form = QFormLayout(page)
            for spec in specs:
                path = field_path(section, spec.name)
                name = spec.label.rstrip(":")
                if spec.kind is Kind.INT:
                    cell = self.binder.spin(path, name, 0, spec.maximum, spec.special)
                elif spec.kind is Kind.BOOL:
                    # The sentence is the check box's own text, read by screen readers.
                    cell = self.binder.check(path, spec.label, spec.label)
                    section_form.addRow(cell)
                    continue
                else:
                    cell = self.binder.ratio(path, name, optional=spec.kind is Kind.OPTIONAL_RATIO)
                self._row(section_form, spec.label, cell, _SECTION_TERMS.get(spec.name, ""))
            self.tabs.addTab(_scrolled(page), titles[section])
        for index, text in enumerate((
                self.tr("The rules of general meetings and of the board, at each convocation."),
                self.tr("Who may represent an absent member, how many proxies each may hold, "
                        "postal and remote voting."),
                self.tr("The voting colleges of a SCIC and the weight of each in a vote."),
                self.tr("The size of the board and how long its members serve."),
                self.tr("Who must apply to become an associate and what it takes to vote."),
                self.tr("The shares of capital and votes that each kind of associate must or "
                        "may hold."),
                self.tr("Who signs the minutes of general meetings and of the board."))):
            self.tabs.setTabToolTip(index, text)
        legend = QLabel(self.tr("◇ suggestion: the law leaves this value to your statutes and the "
                                "preset only suggests it. The legal source of each field is in "
                                "its tool tip."), self)
        legend.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(form_label)
        top.addWidget(self.form_combo)
        top.addWidget(legend, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.tabs, 1)
        self.binder.edited.connect(self._on_editor_edited)
        self.form_combo.currentIndexChanged.connect(self._on_form_combo_current_index_changed)

    def _row(self, form: QFormLayout, text: str, cell: QWidget, term: str = "") -> None:
        label = QLabel(text, self)
        label.setBuddy(cell)
        if term:  # the field's own tooltip is its legal source: the label explains the term
            explain(label, term)
        form.addRow(label, cell)

    def _proxies_page(self) -> QWidget:
        page = QWidget(self)
        form = QFormLayout(page)
        b = self.binder
        p = "proxies"
        self._row(form, self.tr("Who may &hold a proxy:"),
                  b.choice(field_path(p, "holder"), self.tr("Who may hold a proxy"), proxy_holder_labels()),
                  "pouvoir")
        self._row(form, self.tr("Proxies per &holder:"),
                  b.choice(field_path(p, "cap"), self.tr("Proxies per holder"), proxy_cap_labels()))
        self._row(form, self.tr("Fixed &number of proxies:"),
                  b.spin(field_path(p, "cap_value"), self.tr("Fixed number of proxies"), 0, 999))
        self._row(form, self.tr("Blank proxies:"),
                  b.check(field_path(p, "blank_proxies"), self.tr("Blank proxies allowed"),
                          self.tr("allowed (sent to the company without naming a holder)")))
        self._row(form, self.tr("Proxy chains:"),
                  b.check(field_path(p, "chains_allowed"), self.tr("Proxy chains allowed"),
                          self.tr("a holder may pass a proxy on")))
        self._row(form, self.tr("Vote by correspondence:"),
                  b.check("correspondence_allowed", self.tr("Vote by correspondence allowed"),
                          self.tr("allowed")), "vote_par_correspondance")
        self._row(form, self.tr("Remote participation:"),
                  b.check("remote_allowed", self.tr("Remote participation allowed"),
                          self.tr("allowed (members by video count as present)")))
        return page

    def _colleges_page(self, lang: str) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        self.colleges = CollegesEditor(lang, page)
        cell = self.binder.bind("colleges", self.tr("Voting colleges"), self.colleges,
                                self.colleges.colleges, self.colleges.set_colleges, wide=True)
        self.colleges.edited.connect(lambda: self.binder.note_edited("colleges"))
        label = QLabel(self.tr("Voting colleges (SCIC):"), page)
        label.setBuddy(self.colleges)
        explain(label, "college")
        layout.addWidget(label)
        layout.addWidget(cell)
        form = QFormLayout()
        self._row(form, self.tr("A college where nobody &voted:"),
                  self.binder.choice("empty_college_policy", self.tr("A college where nobody voted"),
                                     empty_college_labels()))
        layout.addLayout(form)
        layout.addStretch(1)
        return page

    # -- values ------------------------------------------------------------------------

    def set_statutes(self, statutes: Statutes) -> None:
        """Show ``statutes`` (markers and sources included)."""
        self._base = statutes
        blocked = self.form_combo.blockSignals(True)
        self.form_combo.setCurrentIndex(self.form_combo.findData(statutes.form.value))
        self.form_combo.blockSignals(blocked)
        values: dict[str, Any] = {}
        for kind, editor in self.meeting_editors.items():
            values.update(editor.values(statutes.meetings))
            editor.set_second((kind, 2) in statutes.meetings)
        for name in (f for f in ProxyRules.__dataclass_fields__):
            values[field_path("proxies", name)] = getattr(statutes.proxies, name)
        for field in _TOP_FIELDS:
            values[field] = getattr(statutes, field)
        for section, specs in section_fields().items():
            for spec in specs:
                values[field_path(section, spec.name)] = getattr(getattr(statutes, section), spec.name)
        self.binder.load(values, statutes.suggested, statutes.sources)

    def legal_form(self) -> LegalForm:
        """The legal form chosen."""
        return LegalForm(self.form_combo.currentData())

    def statutes(self) -> Statutes:
        """The statutes as edited; fields the user changed are no longer suggestions."""
        assert self._base is not None, "set_statutes first"
        v = self.binder.value
        meetings: dict[RuleKey, Any] = {}
        for editor in self.meeting_editors.values():
            meetings.update(editor.rules())
        proxies = ProxyRules(**{name: v(field_path("proxies", name))
                                for name in ProxyRules.__dataclass_fields__})
        sections = {section: replace(getattr(self._base, section),
                                     **{s.name: v(field_path(section, s.name)) for s in specs})
                    for section, specs in section_fields().items()}
        outside = self._base.suggested - set(self.binder.fields)
        return replace(
            self._base, form=self.legal_form(), meetings=meetings, proxies=proxies,
            **{field: v(field) for field in _TOP_FIELDS}, **sections,
            suggested=frozenset(outside | self.binder.suggestion_paths()),
        )

    def show_problems(self, findings: Iterable[Finding]) -> None:
        """Mark the fields named by floor findings and bring the first one into view."""
        paths = [f.field for f in findings if f.field]
        self.binder.mark_problems(paths)
        if not paths:
            return
        first = paths[0]
        if first.startswith("meetings."):
            kind = MeetingKind(first.split(".")[1])
            self.tabs.setCurrentIndex(0)
            self.meetings.setCurrentIndex(list(self.meeting_editors).index(kind))
        else:
            section = first.split(".")[0]
            order = ["proxies", "colleges", "mandates", "membership", "composition", "minutes"]
            aliases = {"correspondence_allowed": "proxies", "remote_allowed": "proxies",
                       "empty_college_policy": "colleges"}
            section = aliases.get(section, section)
            if section in order:
                self.tabs.setCurrentIndex(order.index(section) + 1)

    def _on_editor_edited(self, *_args: object) -> None:
        self.edited.emit()

    def _on_form_combo_current_index_changed(self, _index: int) -> None:
        # A change of legal form keeps the values typed so far, but what the law leaves
        # open, and the sources quoted, are those of the new form.
        if self._base is not None:
            fresh = preset(self.legal_form())
            self.set_statutes(replace(self.statutes(), suggested=fresh.suggested,
                                      sources=fresh.sources))
        self.edited.emit()
