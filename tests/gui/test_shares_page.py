# SPDX-License-Identifier: GPL-3.0-or-later
"""The shares page: a subscription typed in the dialog reaches the register and the capital;
a redemption above the holding is refused in the dialog and nothing is saved."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QMessageBox

from talagov.core.shares import MovementKind
from talagov.gui.context import AppContext
from talagov.gui.dialogs.share_movement_dialog import ShareMovementDialog
from talagov.gui.pages.shares_page import SharesPage
from talagov.services import shares as shares_service
from talagov.services.uow import UnitOfWork
from tests.gui.conftest import type_text


@pytest.fixture
def page(qtbot, ctx: AppContext) -> SharesPage:
    widget = SharesPage(ctx)
    qtbot.addWidget(widget)
    widget.show()
    ctx.runner.changes_applied.connect(widget.on_changes)  # as the main window does
    with qtbot.waitSignal(widget.loaded, timeout=5000):
        widget.refresh()
    return widget


def _open(qtbot, page: SharesPage, kind: MovementKind) -> ShareMovementDialog:
    dialog = page.open_movement_dialog(kind)
    assert isinstance(dialog, ShareMovementDialog)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(dialog.isEnabled, timeout=5000)
    return dialog


def test_register_and_capital_load(page: SharesPage) -> None:
    # Seed: 4+2+1+10+20+40 held, Ngô subscribed 1 then left; 50 € a share.
    assert page.model.rowCount() == 6
    assert page.summary.total.text() == "3\u202f850,00\u00a0€"
    assert page.summary.holders.text() == "6"
    names = [page.summary.by_college.item(r, 0).text() for r in range(page.summary.by_college.rowCount())]
    assert "Collège des collectivités publiques" in names


def test_subscription_typed_in_dialog_appears_everywhere(qtbot, page: SharesPage) -> None:
    dialog = _open(qtbot, page, MovementKind.SUBSCRIPTION)
    assert dialog.nominal.text() == "50,00"
    dialog.to_member.setFocus()
    type_text(dialog.to_member.lineEdit(), "Bénard")
    assert dialog.to_member.member_id() is not None
    dialog.count.setValue(3)
    dialog.nominal.setText("25,50")
    assert dialog.total.text() == "76,50\u00a0€"
    dialog.reference.setText("BS-2026-07")
    with qtbot.waitSignal(page.loaded, timeout=5000):
        dialog.ok_button.click()
    assert not dialog.isVisible()
    page.filter.setText("BS-2026-07")
    assert page.model.rowCount() == 1
    assert page.model.item_at(0).to_name.startswith("Bénard Zoé")
    assert page.model.data(page.model.index(0, 3)) == "76,50\u00a0€"
    assert page.summary.total.text() == "3\u202f926,50\u00a0€"


def test_redemption_above_holding_is_refused_inline(qtbot, page: SharesPage, ctx) -> None:
    dialog = _open(qtbot, page, MovementKind.REDEMPTION)
    type_text(dialog.from_member.lineEdit(), "S-0003")  # Bénard holds 1 share
    assert "1" in dialog.from_holding.text()
    dialog.count.setValue(5)
    with qtbot.waitSignal(dialog.failed, timeout=5000):
        dialog.ok_button.click()
    assert dialog.isVisible()
    assert "-4" in dialog.message_bar.text()  # "would leave the member with -4 share(s)"
    with UnitOfWork(ctx.db) as uow:
        assert len(shares_service.list_movements(uow)) == 6


def test_unreadable_amount_is_refused_before_saving(qtbot, page: SharesPage) -> None:
    dialog = _open(qtbot, page, MovementKind.SUBSCRIPTION)
    type_text(dialog.to_member.lineEdit(), "Durand")
    dialog.nominal.setText("25.5.0")
    dialog.ok_button.click()
    assert dialog.isVisible() and "25,00" in dialog.message_bar.text()


def test_capital_at_an_earlier_date(qtbot, page: SharesPage) -> None:
    with qtbot.waitSignal(page.loaded, timeout=5000):
        page.summary.at.setDate(QDate(2019, 12, 31))
    # On 31/12/2019: Durand 4, Lefèvre 2, Martin 10, Commune 40 = 56 shares.
    assert page.summary.shares.text() == "56"
    assert page.model.rowCount() == 6  # the register itself is unchanged


def test_delete_a_mistaken_entry(qtbot, page: SharesPage, ctx, monkeypatch) -> None:
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    page.filter.setText("Bénard")
    page.select_movement(page.model.item_at(0).id)
    assert page.delete_button.isEnabled()
    with qtbot.waitSignal(ctx.runner.changes_applied, timeout=5000):
        page.delete_current()
    with UnitOfWork(ctx.db) as uow:
        assert len(shares_service.list_movements(uow)) == 5
        assert shares_service.capital_summary(uow, date(2026, 11, 22)).holders == 5
