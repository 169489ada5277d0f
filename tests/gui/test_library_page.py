# SPDX-License-Identifier: GPL-3.0-or-later
"""The library page, and documents attached from a meeting's preparation tab."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox

from talagov.core.library import DocumentKind
from talagov.core.meetings import Meeting, MeetingType
from talagov.gui.context import AppContext
from talagov.gui.dialogs.document_dialog import DocumentDialog
from talagov.gui.pages.library_page import LibraryPage
from talagov.services import library as library_service
from talagov.services import meetings as meetings_service
from talagov.services.uow import UnitOfWork
from tests.gui.conftest import NOW


@pytest.fixture
def page(qtbot, ctx: AppContext) -> LibraryPage:
    widget = LibraryPage(ctx)
    qtbot.addWidget(widget)
    widget.show()
    ctx.runner.changes_applied.connect(widget.on_changes)
    with qtbot.waitSignal(widget.loaded, timeout=5000):
        widget.refresh()
    return widget


@pytest.fixture
def statutes_file(tmp_path: Path) -> Path:
    path = tmp_path / "statuts-2024.pdf"
    path.write_bytes(b"%PDF-1.4 statuts de la SCIC")
    return path


@pytest.fixture
def opened(monkeypatch) -> list[str]:
    urls: list[str] = []
    monkeypatch.setattr("talagov.gui.file_actions.QDesktopServices.openUrl",
                        lambda url: urls.append(url.toLocalFile()) or True)
    return urls


def test_add_a_file_it_appears_and_opens(qtbot, page: LibraryPage, statutes_file: Path,
                                         opened: list[str], monkeypatch) -> None:
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(statutes_file), ""))
    dialog = page.add_document()
    assert isinstance(dialog, DocumentDialog)
    qtbot.addWidget(dialog)
    assert dialog.title.text() == "statuts-2024"
    dialog.title.setText("Statuts à jour")
    dialog.kind.setCurrentIndex(dialog.kind.findData(DocumentKind.STATUTES.value))
    dialog.version.setText("AGE 2024")
    with qtbot.waitSignal(page.loaded, timeout=5000):
        dialog.ok_button.click()
    row = [page.model.data(page.model.index(0, c)) for c in range(page.model.columnCount())]
    assert row[:3] == ["Statuts à jour", "Statutes", "AGE 2024"]
    assert row[5] == "statuts-2024.pdf"
    page.select_document(page.model.document_at(0).id)
    page.open_button.click()
    qtbot.waitUntil(lambda: bool(opened), timeout=5000)
    stored = Path(opened[0])
    assert stored.is_file() and stored.read_bytes() == statutes_file.read_bytes()


def test_edit_and_delete_a_document(qtbot, page: LibraryPage, ctx: AppContext,
                                    monkeypatch) -> None:
    with UnitOfWork(ctx.db) as uow:
        doc_id, _ = library_service.add_document(uow, b"rapport", filename="rapport.odt",
                                                 title="Rapport", kind=DocumentKind.REPORT, now=NOW)
    with qtbot.waitSignal(page.loaded, timeout=5000):
        page.refresh()
    page.select_document(doc_id)
    dialog = page.edit_current()
    qtbot.addWidget(dialog)
    dialog.title.setText("Rapport de gestion 2026")
    with qtbot.waitSignal(page.loaded, timeout=5000):
        dialog.ok_button.click()
    assert page.model.data(page.model.index(0, 0)) == "Rapport de gestion 2026"
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
    page.select_document(doc_id)
    with qtbot.waitSignal(page.loaded, timeout=5000):
        page.delete_current()
    assert page.model.rowCount() == 0


def test_add_a_file_to_a_meeting_then_detach_it(qtbot, ctx: AppContext, statutes_file: Path,
                                                monkeypatch) -> None:
    from talagov.gui.meeting.preparation_tab import PreparationTab

    with UnitOfWork(ctx.db) as uow:
        meeting_id, _ = meetings_service.create_meeting(
            uow, Meeting(0, "AGO 2027", MeetingType.AGO, date(2027, 6, 12)), now=NOW)
    tab = PreparationTab(ctx)
    qtbot.addWidget(tab)
    tab.show()
    ctx.runner.changes_applied.connect(tab.on_changes)
    with qtbot.waitSignal(tab.loaded, timeout=5000):
        tab.set_meeting(meeting_id)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(statutes_file), ""))
    dialog = tab.documents.add_file()
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(tab.loaded, timeout=5000):
        dialog.ok_button.click()
    docs = tab.documents.model
    assert [docs.data(docs.index(0, c)) for c in range(3)] == ["statuts-2024", "Other document",
                                                               "Whole meeting"]
    tab.documents.table.selectRow(0)
    with qtbot.waitSignal(tab.loaded, timeout=5000):
        tab.documents.detach_button.click()
    assert docs.rowCount() == 0
    with UnitOfWork(ctx.db) as uow:  # detached, still in the library
        assert [d.title for d in library_service.list_documents(uow)] == ["statuts-2024"]
