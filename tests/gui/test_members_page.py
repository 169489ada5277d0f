# SPDX-License-Identifier: GPL-3.0-or-later
"""The members page: load, filter as you type (accents), former members, exit, delete."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QMessageBox

from talagov.core.errors import UserError
from talagov.gui.context import AppContext
from talagov.gui.dialogs.edit_member_dialog import EditMemberDialog
from talagov.gui.dialogs.exit_member_dialog import ExitMemberDialog
from talagov.gui.models.columns import column_index
from talagov.gui.pages.members_page import MembersPage
from talagov.services import members as members_service
from tests.gui.conftest import type_text


@pytest.fixture
def page(qtbot, ctx: AppContext) -> MembersPage:
    widget = MembersPage(ctx)
    qtbot.addWidget(widget)
    widget.show()
    with qtbot.waitSignal(widget.loaded, timeout=5000):
        widget.refresh()
    return widget


def shown_names(page: MembersPage) -> list[str]:
    return [page.model.item_at(r).name for r in range(page.model.rowCount())]


def test_loads_current_members_with_count(page: MembersPage) -> None:
    assert page.model.total_count() == 7
    assert page.model.shown_count() == 6  # Ngô left in 2024
    assert "6" in page.count_label.text() and "7" in page.count_label.text()
    row = shown_names(page).index("Commune de Saint-Aubin-lès-Elbeuf")
    assert page.model.data(page.model.index(row, column_index("college"))) == \
        "Collège des collectivités publiques"
    assert page.model.data(page.model.index(row, column_index("shares"))) == "40"


def test_typing_with_accents_filters(qtbot, page: MembersPage) -> None:
    page.filter.setFocus()
    type_text(page.filter, "élo")
    assert shown_names(page) == ["Durand"]
    page.filter.clear()
    type_text(page.filter, "oeuvre")
    assert shown_names(page) == ["Œuvre sociale du Nord"]
    page.filter.clear()
    qtbot.keyClicks(page.filter, "lefevre")
    assert shown_names(page) == ["Lefèvre"]
    qtbot.keyClick(page.filter, Qt.Key.Key_Escape)
    assert page.model.shown_count() == 6


def test_show_former_members(qtbot, page: MembersPage) -> None:
    page.show_former.setChecked(True)
    assert "Ngô" in shown_names(page)
    page.select_member(page.model.item_at(shown_names(page).index("Ngô")).id)
    assert not page.exit_button.isEnabled()  # already left
    assert page.edit_button.isEnabled()


def test_header_click_sorts(qtbot, page: MembersPage) -> None:
    header = page.table.horizontalHeader()
    x = header.sectionViewportPosition(column_index("shares")) + 5
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))
    shares = [page.model.item_at(r).shares for r in range(page.model.rowCount())]
    assert shares in (sorted(shares), sorted(shares, reverse=True))


def test_enter_opens_the_member(qtbot, page: MembersPage, monkeypatch) -> None:
    opened: list[int | None] = []
    monkeypatch.setattr(EditMemberDialog, "open", lambda self: opened.append(self._member_id))
    page.select_member(1)
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert opened == [1]


def test_exit_member_refreshes_the_list(qtbot, page: MembersPage, ctx: AppContext, monkeypatch) -> None:
    dialogs: list[ExitMemberDialog] = []
    monkeypatch.setattr(ExitMemberDialog, "open", lambda self: dialogs.append(self))
    ctx.runner.changes_applied.connect(page.on_changes)
    page.select_member(2)  # Lefèvre
    page.exit_button.click()
    dialog = dialogs[0]
    dialog.date_edit.setDate(date(2026, 10, 1))
    with qtbot.waitSignal(page.loaded, timeout=5000):
        dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    assert "Lefèvre" not in shown_names(page)
    task = ctx.runner.run(None, lambda uow: members_service.get_member(uow, 2))
    qtbot.waitUntil(lambda: task.result is not None, timeout=5000)
    assert task.result.exit_date == date(2026, 10, 1)


def test_delete_member_with_history_is_refused(qtbot, page: MembersPage, monkeypatch) -> None:
    shown: list[BaseException] = []
    monkeypatch.setattr("talagov.gui.errors.show_error", lambda parent, exc: shown.append(exc))
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
    page.select_member(1)
    page.delete_button.click()
    qtbot.waitUntil(lambda: bool(shown), timeout=5000)
    assert isinstance(shown[0], UserError) and shown[0].code == "member.has_history"


def test_delete_member_without_history(qtbot, page: MembersPage, ctx: AppContext, monkeypatch) -> None:
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
    ctx.runner.changes_applied.connect(page.on_changes)
    page.show_former.setChecked(True)
    page.select_member(4)  # Ngô: never held a share
    with qtbot.waitSignal(page.loaded, timeout=5000):
        page.delete_button.click()
    assert "Ngô" not in shown_names(page)
    assert page.model.total_count() == 6
