# SPDX-License-Identifier: GPL-3.0-or-later
"""CSV import from the interface: preview, refusal of bad files, import, export."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from talagov.core.legal_forms import LegalForm
from talagov.core.organisation import Organisation
from talagov.core.presets import default_categories, preset
from talagov.gui.context import AppContext
from talagov.gui.dialogs.csv_import_dialog import MEMBERS, CsvImportDialog
from talagov.gui.file_actions import FileActions
from talagov.gui.tasks import TaskRunner
from talagov.services import members, organisation
from talagov.services.uow import UnitOfWork
from talagov.storage.database import Database

GOOD = "name;first_name;admission_date;email\r\nŒuvray;Hélène;15/03/2024;h@example.org\r\n"
BAD_ROW = GOOD + "Martin;Paul;31/02/2024;\r\n"


@pytest.fixture
def ctx(db: Database, qtbot) -> Iterator[AppContext]:  # type: ignore[no-untyped-def]
    from datetime import datetime

    with UnitOfWork(db) as uow:
        organisation.create_organisation(
            uow, Organisation(name="Coop", form=LegalForm.SCOP_SARL), preset(LegalForm.SCOP_SARL),
            default_categories(LegalForm.SCOP_SARL), effective_from=date(2020, 1, 1),
            now=datetime(2026, 1, 1),
        )
    runner = TaskRunner(db)
    yield AppContext(db=db, runner=runner, lang="fr", today=lambda: date(2026, 11, 22))
    runner.shutdown()


def _names(db: Database) -> list[str]:
    with UnitOfWork(db) as uow:
        return [m.display_name for m in members.list_members(uow, date(2026, 11, 22))]


def _open(qtbot, ctx: AppContext, path: Path) -> CsvImportDialog:  # type: ignore[no-untyped-def]
    dialog = CsvImportDialog(ctx, MEMBERS, path)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.preview is not None, timeout=5000)
    return dialog


def test_valid_file_is_previewed_then_imported(qtbot, qtmodeltester, ctx: AppContext, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "m.csv"
    path.write_text(GOOD, encoding="cp1252")
    dialog = _open(qtbot, ctx, path)
    qtmodeltester.check(dialog.model)
    assert dialog.import_all.isEnabled() and not dialog.import_valid.isEnabled()
    assert _names(ctx.db) == []  # nothing written by the preview
    from PySide6.QtWidgets import QMessageBox

    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(QMessageBox, "information", lambda *a, **k: None)
        dialog.import_all.click()
        qtbot.waitUntil(lambda: dialog.imported == 1, timeout=5000)
    assert _names(ctx.db) == ["Œuvray Hélène"]


def test_a_bad_row_blocks_the_import_until_the_user_chooses(qtbot, ctx: AppContext, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "m.csv"
    path.write_text(BAD_ROW, encoding="utf-8")
    dialog = _open(qtbot, ctx, path)
    assert not dialog.import_all.isEnabled() and dialog.import_valid.isEnabled()
    first = dialog.model.index(0, 3).data()
    assert "31/02/2024" in first  # the refused row comes first, with its reason
    assert _names(ctx.db) == []
    from PySide6.QtWidgets import QMessageBox

    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(QMessageBox, "information", lambda *a, **k: None)
        dialog.import_valid.click()
        qtbot.waitUntil(lambda: dialog.imported == 1, timeout=5000)
    assert _names(ctx.db) == ["Œuvray Hélène"]


def test_missing_file_is_reported_in_the_dialog(qtbot, ctx: AppContext, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    dialog = CsvImportDialog(ctx, MEMBERS, tmp_path / "absent.csv")
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: "absent.csv" in dialog.summary.text(), timeout=5000)
    assert not dialog.import_all.isEnabled()


def test_export_writes_the_file(qtbot, ctx: AppContext, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QMainWindow, QMenu

    path = tmp_path / "m.csv"
    path.write_text(GOOD, encoding="utf-8")
    with UnitOfWork(ctx.db) as uow:
        from talagov.services import csv_io

        csv_io.import_members(uow, path.read_bytes())
    window = QMainWindow()
    qtbot.addWidget(window)
    actions = FileActions(window, ctx, QMenu(window))
    out = tmp_path / "export.csv"
    actions.export_csv(MEMBERS, out, "excel-fr")
    qtbot.waitUntil(out.exists, timeout=5000)
    text = out.read_bytes().decode("cp1252")
    assert "Œuvray" in text and ";" in text


def test_register_pdf_is_saved(qtbot, ctx: AppContext, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QMainWindow, QMenu

    from talagov.gui.dialogs.csv_import_dialog import SHARES

    window = QMainWindow()
    qtbot.addWidget(window)
    actions = FileActions(window, ctx, QMenu(window))
    actions.open_after_save = None
    for kind in (MEMBERS, SHARES):
        out = tmp_path / f"{kind}.pdf"
        actions.export_pdf(kind, out)
        qtbot.waitUntil(out.exists, timeout=10000)
        assert out.read_bytes().startswith(b"%PDF")
