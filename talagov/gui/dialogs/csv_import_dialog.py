# SPDX-License-Identifier: GPL-3.0-or-later
"""Import a CSV file of members or share movements: preview, per-row report, then import.

Nothing is written until the user chooses: "Import" when every row is valid, or
"Import only the valid rows" after reading what is wrong with the others. The bytes
previewed are the bytes imported, even if the file changes meanwhile.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from talagov.core.csv_dialect import ImportPreview
from talagov.gui.context import AppContext
from talagov.gui.i18n import arg
from talagov.gui.models.import_preview_model import ImportPreviewModel
from talagov.gui.widgets.message_bar import MessageBar
from talagov.messages import render, render_finding
from talagov.services import csv_io
from talagov.services.files import read_file

MEMBERS, SHARES = "members", "shares"


class CsvImportDialog(QDialog):
    """Preview then import ``path`` as members (``"members"``) or movements (``"shares"``)."""

    def __init__(self, ctx: AppContext, kind: str, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.kind, self.path = ctx, kind, path
        self._data = b""
        self.preview: ImportPreview[Any] | None = None
        self.imported = 0
        title = self.tr("Import members") if kind == MEMBERS else self.tr("Import share movements")
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        layout = QVBoxLayout(self)
        file_label = QLabel(arg(self.tr("File: %1"), path.name), self)
        file_label.setToolTip(str(path))
        layout.addWidget(file_label)
        self.summary = QLabel(self.tr("Reading the file…"), self)
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName(self.tr("Summary"))
        layout.addWidget(self.summary)
        self.header_bar = MessageBar(self)
        layout.addWidget(self.header_bar)
        self.model = ImportPreviewModel(ctx.lang, self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Rows of the file"))
        self.table.setToolTip(self.tr("Each row as it will be imported; a row with a problem "
                                      "says what to fix."))
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move in it
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.setWordWrap(True)
        layout.addWidget(self.table, 1)

        self.buttons = QDialogButtonBox(self)
        self.import_all = QPushButton(self.tr("&Import"), self)
        self.import_valid = QPushButton(self.tr("Import only the &valid rows"), self)
        self.import_valid.setToolTip(self.tr("Import the rows without problems and leave the "
                                             "others out."))
        self.import_all.setToolTip(self.tr("Import every row; possible only when no row has a "
                                           "problem."))
        for button in (self.import_all, self.import_valid):
            button.setEnabled(False)
            button.setAccessibleName(button.text().replace("&", ""))
            self.buttons.addButton(button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.import_all.clicked.connect(lambda: self._start_import(skip_invalid=False))
        self.import_valid.clicked.connect(lambda: self._start_import(skip_invalid=True))
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        em = self.fontMetrics().horizontalAdvance("M")
        self.resize(60 * em, 30 * self.fontMetrics().height())

        preview = csv_io.preview_members_import if kind == MEMBERS else csv_io.preview_shares_import

        def load(uow: Any) -> tuple[bytes, ImportPreview[Any]]:
            data = read_file(path)
            return data, preview(uow, data)

        self.preview_task = ctx.runner.run(self, load, on_success=self._on_previewed,
                                           on_failure=self._on_preview_failed,
                                           label=self.tr("Reading the file"))

    def _on_previewed(self, result: tuple[bytes, ImportPreview[Any]]) -> None:
        self._data, preview = result
        self.preview = preview
        self.model.set_preview(preview)
        self.table.resizeColumnsToContents()
        total = len(preview.rows)
        ready = len(preview.valid_rows())
        refused = sum(1 for r in preview.rows if not r.ok)
        self.summary.setText(arg(self.tr("%1 row(s) read: %2 ready to import, %3 refused."),
                                 total, ready, refused))
        header = [render_finding(f, self.ctx.lang) for f in preview.header_findings]
        self.header_bar.show_messages(header)
        self.import_all.setEnabled(total > 0 and not preview.has_errors)
        self.import_valid.setEnabled(preview.has_errors and ready > 0)
        (self.import_all if self.import_all.isEnabled() else self.import_valid).setDefault(True)

    def _on_preview_failed(self, exc: BaseException) -> None:
        from talagov.gui.errors import user_message

        self.summary.setText(user_message(exc, self.ctx.lang))
        self.header_bar.show_messages([])

    def _start_import(self, *, skip_invalid: bool) -> None:
        data, kind = self._data, self.kind
        run = csv_io.import_members if kind == MEMBERS else csv_io.import_shares
        for button in (self.import_all, self.import_valid):
            button.setEnabled(False)

        def work(uow: Any, progress: Any, cancel: Any) -> tuple[csv_io.ImportResult, Any]:
            result = run(uow, data, skip_invalid=skip_invalid, progress=progress, cancel=cancel)
            return result, result.changes  # the views refresh on the Changes

        self.ctx.runner.run(self, work, on_success=self._on_imported,
                            on_failure=self._on_import_failed, label=self.tr("Importing"))

    def _on_imported(self, outcome: tuple[csv_io.ImportResult, Any]) -> None:
        result = outcome[0]
        self.imported = result.imported
        lines = [render("csv.summary.imported", {"count": result.imported}, self.ctx.lang)]
        if result.skipped_rows:
            lines.append(render("csv.summary.skipped", {"count": len(result.skipped_rows)},
                                self.ctx.lang))
        QMessageBox.information(self, self.windowTitle(), "\n".join(lines))
        self.accept()

    def _on_import_failed(self, exc: BaseException) -> None:
        from talagov.core.errors import Cancelled
        from talagov.gui.errors import show_error

        if not isinstance(exc, Cancelled):
            show_error(self, exc)
        if self.preview is not None:
            self.import_all.setEnabled(not self.preview.has_errors)
            self.import_valid.setEnabled(self.preview.has_errors and bool(self.preview.valid_rows()))
