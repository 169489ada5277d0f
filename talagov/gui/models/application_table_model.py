# SPDX-License-Identifier: GPL-3.0-or-later
"""Membership applications as a table; those needing attention say why and by when."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush

from talagov.core.applications import Application, Decision, DueApplication, DueReason
from talagov.gui import theme
from talagov.gui.i18n import show_date
from talagov.gui.labels import decision_labels, due_reason_labels
from talagov.gui.models.record_table_model import RecordTableModel

ID_ROLE = Qt.ItemDataRole.UserRole + 1
DUE_ROLE = Qt.ItemDataRole.UserRole + 2
AnyIndex = QModelIndex | QPersistentModelIndex
STATUS_COLUMN = 5
# Reasons with a legal deadline are tinted; the status column says the reason in words.
_URGENT = {DueReason.MUST_APPLY, DueReason.AG_MUST_RULE, DueReason.APPLY_SOON}


class ApplicationTableModel(RecordTableModel):
    """Applications with their state; pending ones first, as loaded."""

    def __init__(self, parent: Any = None, *, lang: str = "fr") -> None:
        super().__init__(parent)
        self._lang = lang
        self._items: list[Application] = []
        self._due: dict[int, DueApplication] = {}
        self._categories: Mapping[str, str] = {}

    def set_items(self, items: Sequence[Application], due: Sequence[DueApplication],
                  categories: Mapping[str, str]) -> None:
        """Replace every application; ``due`` are those needing attention."""
        self.beginResetModel()
        order = {Decision.PENDING: 0}
        self._items = sorted(items, key=lambda a: (order.get(a.decision, 1), a.name.casefold(), a.id))
        self._due = {d.application.id: d for d in due}
        self._categories = dict(categories)
        self.endResetModel()

    def item_at(self, row: int) -> Application:
        """The application at ``row``."""
        return self._items[row]

    def due_at(self, row: int) -> DueApplication | None:
        """Why the application at ``row`` needs attention, if it does."""
        return self._due.get(self._items[row].id)

    def row_of(self, application_id: int) -> int | None:
        """The row of an application, or ``None``."""
        return next((r for r, a in enumerate(self._items) if a.id == application_id), None)

    def _status(self, app: Application) -> str:
        due = self._due.get(app.id)
        if due is not None:
            return due_reason_labels()[due.reason]
        return decision_labels()[app.decision]

    def _text(self, app: Application, column: int) -> str:
        lang = self._lang
        due = self._due.get(app.id)
        texts = (
            lambda: app.name,
            lambda: app.first_name,
            lambda: show_date(app.hired_on, lang),
            lambda: show_date(app.applied_on, lang),
            lambda: self._categories.get(app.category_key, app.category_key),
            lambda: self._status(app),
            lambda: show_date(due.deadline if due else app.decided_on, lang),
        )
        return texts[column]()

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._items)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 7

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._items):
            return None
        app = self._items[index.row()]
        due = self._due.get(app.id)
        urgent = due is not None and due.reason in _URGENT
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(app, index.column())
        if role == Qt.ItemDataRole.BackgroundRole and urgent:
            return QBrush(theme.qcolour("attention_bg"))
        if role == Qt.ItemDataRole.ForegroundRole and urgent:
            return QBrush(theme.qcolour("attention"))
        if role == Qt.ItemDataRole.ToolTipRole and app.notes:
            return app.notes
        if role == ID_ROLE:
            return app.id
        if role == DUE_ROLE:
            return due.reason.value if due else None
        return None

    def headers(self) -> list[str]:
        """The column titles, translated."""
        return [QCoreApplication.translate("ApplicationTableModel", "Name"), QCoreApplication.translate("ApplicationTableModel", "First name"),
                   QCoreApplication.translate("ApplicationTableModel", "Hired on"), QCoreApplication.translate("ApplicationTableModel", "Applied on"),
                   QCoreApplication.translate("ApplicationTableModel", "Category"), QCoreApplication.translate("ApplicationTableModel", "Status"),
                   QCoreApplication.translate("ApplicationTableModel", "Deadline / decided on")]
