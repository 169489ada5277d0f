# SPDX-License-Identifier: GPL-3.0-or-later
"""Date fields shown the interface's way (dd/mm/yyyy in French), read as ``datetime.date``."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDateEdit, QWidget

from talagov.gui.i18n import date_display_format


def to_qdate(value: date) -> QDate:
    """A ``QDate`` for ``value`` (PySide6 stubs do not accept a ``date`` directly)."""
    return QDate(value.year, value.month, value.day)


def from_qdate(value: QDate) -> date:
    """The ``datetime.date`` of a ``QDate``."""
    return date(value.year(), value.month(), value.day())


def edit_date(edit: QDateEdit) -> date:
    """The date shown in ``edit``."""
    return from_qdate(edit.date())


def date_edit(parent: QWidget, value: date, lang: str) -> QDateEdit:
    """A date field with a calendar pop-up, in the language's format."""
    edit = QDateEdit(to_qdate(value), parent)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat(date_display_format(lang))
    return edit
