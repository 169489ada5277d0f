# SPDX-License-Identifier: GPL-3.0-or-later
"""The File menu's imports and exports: CSV of members and share movements, PDF registers.

File dialogs run on the GUI thread; reading, exporting and saving run on the task
runner, and saving is atomic (temporary file, fsync, rename).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QDir, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMenu, QWidget

from talagov.gui.context import AppContext
from talagov.gui.dialogs.csv_import_dialog import MEMBERS, SHARES, CsvImportDialog
from talagov.gui.i18n import arg
from talagov.services import csv_io, reports
from talagov.services.files import save_file


def ask_save_path(parent: QWidget, title: str, default_name: str, filters: str) -> Path | None:
    """Ask where to save, proposing ``default_name`` in the home folder (``None``: cancelled)."""
    chosen, _ = QFileDialog.getSaveFileName(parent, title, str(Path(QDir.homePath()) / default_name),
                                            filters)
    return Path(chosen) if chosen else None


def show_file(path: Path) -> None:
    """Hand a file to the system viewer."""
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


def _filters() -> dict[str, str]:
    return {
        QCoreApplication.translate("FileActions", "CSV, UTF-8 (*.csv)"): "utf8",
        QCoreApplication.translate("FileActions", "CSV for Excel in French, semicolon (*.csv)"): "excel-fr",
    }


class FileActions:
    """Adds the CSV entries to ``menu`` and carries them out for ``window``."""

    def __init__(self, window: QMainWindow, ctx: AppContext, menu: QMenu) -> None:
        self.window, self.ctx = window, ctx
        entries: list[tuple[str, Callable[[], object]]] = [
            (QCoreApplication.translate("FileActions", "Import &members (CSV)…"),
             lambda: self.import_csv(MEMBERS)),
            (QCoreApplication.translate("FileActions", "Export m&embers (CSV)…"),
             lambda: self.export_csv(MEMBERS)),
            (QCoreApplication.translate("FileActions", "Import &share movements (CSV)…"),
             lambda: self.import_csv(SHARES)),
            (QCoreApplication.translate("FileActions", "Export s&hare movements (CSV)…"),
             lambda: self.export_csv(SHARES)),
        ]  # fmt: skip
        self.actions = []
        for text, slot in entries:
            action = menu.addAction(text)
            action.triggered.connect(slot)
            self.actions.append(action)
        menu.addSeparator()
        for text, kind in (
            (QCoreApplication.translate("FileActions", "&Register of associates (PDF)…"), MEMBERS),
            (QCoreApplication.translate("FileActions", "Register of share mo&vements (PDF)…"), SHARES),
        ):
            action = menu.addAction(text)
            action.triggered.connect(lambda _checked=False, k=kind: self.export_pdf(k))
            self.actions.append(action)

    def import_csv(self, kind: str, path: Path | None = None) -> CsvImportDialog | None:
        """Ask for a file (unless given) and open the import preview."""
        if path is None:
            title = (QCoreApplication.translate("FileActions", "Import members")
                     if kind == MEMBERS else
                     QCoreApplication.translate("FileActions", "Import share movements"))
            chosen, _ = QFileDialog.getOpenFileName(
                self.window, title, QDir.homePath(),
                QCoreApplication.translate("FileActions", "CSV files (*.csv *.txt);;All files (*)"),
            )
            if not chosen:
                return None
            path = Path(chosen)
        dialog = CsvImportDialog(self.ctx, kind, path, self.window)
        dialog.open()
        return dialog

    def export_csv(self, kind: str, path: Path | None = None, variant: str | None = None) -> Any:
        """Ask for a file name and a variant (unless given), then export in the background."""
        if path is None:
            filters = _filters()
            default = "membres.csv" if kind == MEMBERS else "mouvements-de-parts.csv"
            chosen, selected = QFileDialog.getSaveFileName(
                self.window, QCoreApplication.translate("FileActions", "Export"),
                str(Path(QDir.homePath()) / default), ";;".join(filters),
            )
            if not chosen:
                return None
            path, variant = Path(chosen), filters.get(selected, "utf8")
        target, chosen_variant = path, variant or "utf8"
        today = self.ctx.today()

        def work(uow: Any) -> None:
            if kind == MEMBERS:
                data = csv_io.export_members(uow, chosen_variant, at=today)
            else:
                data = csv_io.export_shares(uow, chosen_variant)
            save_file(target, data)

        def done(_: object) -> None:
            self.window.statusBar().showMessage(
                arg(QCoreApplication.translate("FileActions", "Saved %1"), str(target)), 10_000)

        return self.ctx.runner.run(self.window, work, on_success=done,
                                   label=QCoreApplication.translate("FileActions", "Exporting"))

    def export_pdf(self, kind: str, path: Path | None = None) -> Any:
        """Print a register to PDF in the background (progress and cancel after 0.5 s)."""
        if path is None:
            default = "registre-des-associes.pdf" if kind == MEMBERS else "registre-des-mouvements.pdf"
            path = ask_save_path(
                self.window, QCoreApplication.translate("FileActions", "Save the register"), default,
                QCoreApplication.translate("FileActions", "PDF documents (*.pdf)"),
            )
            if path is None:
                return None
        target, today, lang = path, self.ctx.today(), self.ctx.lang

        def work(uow: Any, progress: Any, cancel: Any) -> None:
            if kind == MEMBERS:
                data = reports.members_register(uow, today, lang, progress=progress, cancel=cancel)
            else:
                data = reports.share_register(uow, lang, progress=progress, cancel=cancel)
            save_file(target, data)

        def done(_: object) -> None:
            self.window.statusBar().showMessage(
                arg(QCoreApplication.translate("FileActions", "Saved %1"), str(target)), 10_000)
            if path_opener is not None:
                path_opener(target)

        path_opener = self.open_after_save
        return self.ctx.runner.run(self.window, work, on_success=done,
                                   label=QCoreApplication.translate("FileActions", "Printing the register"))

    #: Called with the saved PDF; opens it with the system viewer (tests set it to None).
    open_after_save: Callable[[Path], object] | None = staticmethod(show_file)

