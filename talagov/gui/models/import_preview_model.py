# SPDX-License-Identifier: GPL-3.0-or-later
"""The rows of a CSV import preview: row number, status, what it holds, its problems."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush

from talagov.core.csv_dialect import ImportPreview, ImportRow
from talagov.core.findings import Severity
from talagov.core.members import Member
from talagov.core.shares import ShareMovement
from talagov.gui import theme
from talagov.gui.i18n import show_date
from talagov.gui.labels import movement_kind_labels
from talagov.messages import render

AnyIndex = QModelIndex | QPersistentModelIndex


class ImportPreviewModel(QAbstractTableModel):
    """Adapter over an :class:`ImportPreview` (members or share movements)."""

    def __init__(self, lang: str, parent: Any = None) -> None:
        super().__init__(parent)
        self.lang = lang
        self._rows: list[ImportRow[Any]] = []
        self._kinds = movement_kind_labels()
        self._headers = [
            QCoreApplication.translate("ImportPreviewModel", "Row"),
            QCoreApplication.translate("ImportPreviewModel", "Status"),
            QCoreApplication.translate("ImportPreviewModel", "Content"),
            QCoreApplication.translate("ImportPreviewModel", "Problems"),
        ]

    def set_preview(self, preview: ImportPreview[Any]) -> None:
        """Show every row of ``preview``, problems first so they are seen."""
        self.beginResetModel()
        self._rows = sorted(preview.rows, key=lambda r: (r.ok, r.row))
        self.endResetModel()

    def _content(self, value: object) -> str:
        if isinstance(value, Member):
            return f"{value.number} — {value.display_name}".strip(" —")
        if isinstance(value, ShareMovement):
            kind = self._kinds.get(value.kind, value.kind.value)
            return f"{show_date(value.on, self.lang)} — {kind} — {value.count}"
        return str(value)

    def _problems(self, row: ImportRow[Any]) -> str:
        texts = []
        for f in row.findings:
            params = {k: v for k, v in f.params.items() if k != "row"}
            texts.append(render(f.code, {**params, "row": row.row}, self.lang))
        return "\n".join(texts)

    # -- Qt model API ------------------------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if column == 0:
                return str(row.row)
            if column == 1:
                if not row.ok:
                    return QCoreApplication.translate("ImportPreviewModel", "Refused")
                if any(f.severity is Severity.WARNING for f in row.findings):
                    return QCoreApplication.translate("ImportPreviewModel", "OK, with a remark")
                return QCoreApplication.translate("ImportPreviewModel", "OK")
            if column == 2:
                return self._content(row.value)
            return self._problems(row)
        if role == Qt.ItemDataRole.ForegroundRole and column == 1 and not row.ok:
            return QBrush(theme.qcolour("error"))  # the status text says it too: not colour alone
        if role == Qt.ItemDataRole.TextAlignmentRole and column == 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None
