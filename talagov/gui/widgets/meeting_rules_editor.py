# SPDX-License-Identifier: GPL-3.0-or-later
"""The quorum, majority and notice rules of one meeting kind, first and second convocation.

A grid: one row per rule field, one column per convocation. The second column can be
switched off: the statutes then apply the first convocation's rule again.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QCheckBox, QGridLayout, QLabel, QWidget

from talagov.core.presets import rule_path
from talagov.core.statutes import (
    Convocation,
    MajorityRule,
    MeetingKind,
    MeetingRule,
    RuleKey,
)
from talagov.gui.help.terms import explain
from talagov.gui.i18n import arg
from talagov.gui.labels import majority_base_labels, quorum_base_labels
from talagov.gui.widgets.statutes_fields import FieldBinder

CONVOCATIONS = (Convocation.FIRST, Convocation.SECOND)
# Glossary terms explained on the row labels (the fields' tooltips give the legal source).
_TERMS = {"quorum": "quorum", "notice_days": "convocation", "casting_vote": "president_de_seance"}


def _row_labels() -> list[tuple[str, str]]:
    return [
        ("quorum", QCoreApplication.translate("MeetingRulesEditor", "&Quorum (fraction):")),
        ("quorum_base", QCoreApplication.translate("MeetingRulesEditor", "Quorum counted on:")),
        ("represented_count_for_quorum", QCoreApplication.translate("MeetingRulesEditor", "Represented members count:")),
        ("majority.ratio", QCoreApplication.translate("MeetingRulesEditor", "&Majority (fraction):")),
        ("majority.strict", QCoreApplication.translate("MeetingRulesEditor", "Strictly more than:")),
        ("majority.base", QCoreApplication.translate("MeetingRulesEditor", "Majority counted on:")),
        ("notice_days", QCoreApplication.translate("MeetingRulesEditor", "&Notice (days):")),
        ("casting_vote", QCoreApplication.translate("MeetingRulesEditor", "Chair's casting vote:")),
    ]


class MeetingRulesEditor(QWidget):
    """Fields of ``kind`` registered in ``binder``; :meth:`rules` reads them back."""

    second_toggled = Signal(bool)

    def __init__(self, kind: MeetingKind, binder: FieldBinder, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = kind
        self._binder = binder
        self.second = QCheckBox(self.tr("Own rules at the &second convocation"), self)
        self.second.setAccessibleName(self.tr("Own rules at the second convocation"))
        self.second.setToolTip(self.tr("When unchecked, the rules of the first convocation apply "
                                       "again at the second."))
        explain(self.second, "deuxieme_convocation")
        grid = QGridLayout(self)
        first_text = self.tr("First convocation") if kind is not MeetingKind.BOARD \
            else self.tr("Meeting")
        grid.addWidget(QLabel(f"<b>{first_text}</b>", self), 0, 1)
        grid.addWidget(self.second, 0, 2)
        self._second_cells: list[QWidget] = []
        for row, (name, label_text) in enumerate(_row_labels(), start=1):
            label = QLabel(label_text, self)
            if name in _TERMS:
                explain(label, _TERMS[name])
            elif name == "majority.ratio":
                explain(label, "majorite_qualifiee" if kind is MeetingKind.AGE
                        else "majorite_simple")
            grid.addWidget(label, row, 0, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            for column, conv in enumerate(CONVOCATIONS, start=1):
                cell = self._cell(name, conv, label_text.replace("&", "").rstrip(":"))
                grid.addWidget(cell, row, column)
                if conv is Convocation.FIRST:
                    label.setBuddy(cell)
                else:
                    self._second_cells.append(cell)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(2, 1)
        grid.setRowStretch(len(_row_labels()) + 1, 1)
        self.second.toggled.connect(self._on_second_toggled)

    def _cell(self, name: str, conv: Convocation, caption: str) -> QWidget:
        path = rule_path(self.kind, conv, name)
        where = self.tr("first convocation") if conv is Convocation.FIRST else \
            self.tr("second convocation")
        full = arg(self.tr("%1, %2"), caption, where)
        b = self._binder
        if name == "quorum":
            return b.ratio(path, full)
        if name == "majority.ratio":
            return b.ratio(path, full)
        if name == "quorum_base":
            return b.choice(path, full, quorum_base_labels())
        if name == "majority.base":
            return b.choice(path, full, majority_base_labels())
        if name == "notice_days":
            return b.spin(path, full, 0, 365)
        texts = {"represented_count_for_quorum": self.tr("yes"), "majority.strict": self.tr("yes"),
                 "casting_vote": self.tr("yes")}
        return b.check(path, full, texts[name])

    def values(self, meetings: Mapping[RuleKey, MeetingRule]) -> dict[str, object]:
        """Field values of ``meetings`` for this kind (second falls back to first)."""
        out: dict[str, object] = {}
        for conv in CONVOCATIONS:
            rule = meetings.get((self.kind, conv)) or meetings.get((self.kind, Convocation.FIRST))
            if rule is None:
                continue
            for name, value in (("quorum", rule.quorum), ("quorum_base", rule.quorum_base),
                                ("represented_count_for_quorum", rule.represented_count_for_quorum),
                                ("majority.ratio", rule.majority.ratio),
                                ("majority.strict", rule.majority.strict),
                                ("majority.base", rule.majority.base),
                                ("notice_days", rule.notice_days), ("casting_vote", rule.casting_vote)):
                out[rule_path(self.kind, conv, name)] = value
        return out

    def set_second(self, present: bool) -> None:
        """Whether the second convocation has its own rule."""
        self.second.setChecked(present)
        self._on_second_toggled(present)

    def _on_second_toggled(self, checked: bool) -> None:
        for cell in self._second_cells:
            cell.setEnabled(checked)
        self.second_toggled.emit(checked)

    def rules(self) -> dict[RuleKey, MeetingRule]:
        """The rules as edited (no second-convocation entry when switched off)."""
        out: dict[RuleKey, MeetingRule] = {}
        for conv in CONVOCATIONS[: 2 if self.second.isChecked() else 1]:
            def v(name: str, c: Convocation = conv) -> Any:
                return self._binder.value(rule_path(self.kind, c, name))

            out[(self.kind, conv)] = MeetingRule(
                quorum=v("quorum"), quorum_base=v("quorum_base"),
                majority=MajorityRule(v("majority.ratio"), v("majority.strict"), v("majority.base")),
                notice_days=v("notice_days"),
                represented_count_for_quorum=v("represented_count_for_quorum"),
                casting_vote=v("casting_vote"),
            )
        return out
