# SPDX-License-Identifier: GPL-3.0-or-later
"""The column spec of the members table: header, display text and sort key per column.

Sort keys are computed once per column for the whole list (then cached by the model),
so clicking a header on 100,000 members is one ``sorted`` call, not 100,000
``data()`` calls.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt

from talagov.core.text import fold
from talagov.gui.i18n import person_kind_label, show_date, show_int
from talagov.services.members import MemberListItem

_DIGITS = re.compile(r"(\d+)")
_NO_DATE = date.max  # members without a date sort last in ascending order


@dataclass(frozen=True)
class Labels:
    """Display labels the model needs besides the items (category and college names)."""

    categories: Mapping[str, str]
    colleges: Mapping[str, str]
    lang: str = "fr"


@dataclass(frozen=True)
class Column:
    """One column: how to show a cell and how to sort by it."""

    key: str
    display: Callable[[MemberListItem, Labels], str]
    sort_key: Callable[[MemberListItem, Labels], Any]
    alignment: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft


def natural_key(text: str) -> tuple[Any, ...]:
    """``"S-10"`` after ``"S-9"``: digit runs compare as numbers."""
    return tuple(int(p) if p.isdigit() else p.casefold() for p in _DIGITS.split(text))


def _date_key(value: date | None) -> int:
    return (value or _NO_DATE).toordinal()


def _label(mapping: Mapping[str, str], key: str) -> str:
    # An unknown key (category removed since) still shows something the user can search.
    return mapping.get(key, key)


RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter

COLUMNS: tuple[Column, ...] = (
    Column("number", lambda m, _l: m.number, lambda m, _l: natural_key(m.number), LEFT),
    Column("name", lambda m, _l: m.display_name, lambda m, _l: fold(m.display_name), LEFT),
    Column("kind", lambda m, _l: person_kind_label(m.kind), lambda m, _l: m.kind.value, LEFT),
    Column("category", lambda m, lab: _label(lab.categories, m.category_key),
           lambda m, lab: fold(_label(lab.categories, m.category_key)), LEFT),
    Column("college", lambda m, lab: _label(lab.colleges, m.college_key),
           lambda m, lab: fold(_label(lab.colleges, m.college_key)), LEFT),
    Column("admission", lambda m, lab: show_date(m.admission_date, lab.lang),
           lambda m, _l: _date_key(m.admission_date), RIGHT),
    Column("exit", lambda m, lab: show_date(m.exit_date, lab.lang),
           lambda m, _l: _date_key(m.exit_date), RIGHT),
    Column("shares", lambda m, lab: show_int(m.shares, lab.lang), lambda m, _l: m.shares, RIGHT),
    Column("email", lambda m, _l: m.email, lambda m, _l: m.email.casefold(), LEFT),
)


def column_index(key: str) -> int:
    """The position of the column named ``key``."""
    return next(i for i, c in enumerate(COLUMNS) if c.key == key)


def headers() -> list[str]:
    """Translated headers, in column order (computed on demand: the language may change)."""
    return [
        QCoreApplication.translate("MemberTableModel", "Number"),
        QCoreApplication.translate("MemberTableModel", "Name"),
        QCoreApplication.translate("MemberTableModel", "Kind"),
        QCoreApplication.translate("MemberTableModel", "Category"),
        QCoreApplication.translate("MemberTableModel", "College"),
        QCoreApplication.translate("MemberTableModel", "Admission"),
        QCoreApplication.translate("MemberTableModel", "Exit"),
        QCoreApplication.translate("MemberTableModel", "Shares"),
        QCoreApplication.translate("MemberTableModel", "E-mail"),
    ]
