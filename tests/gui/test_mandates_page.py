# SPDX-License-Identifier: GPL-3.0-or-later
"""The mandates page: bodies, a new mandate with the statutes' term, ending, and a handover."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate

from talagov.core.mandates import Body, BodyKind, Mandate, Role
from talagov.gui.context import AppContext
from talagov.gui.dialogs.body_dialog import BodyDialog
from talagov.gui.dialogs.end_mandate_dialog import EndMandateDialog
from talagov.gui.dialogs.handover_dialog import HandoverDialog
from talagov.gui.dialogs.mandate_dialog import MandateDialog
from talagov.gui.models.mandate_table_model import STATUS_COLUMN
from talagov.gui.pages.mandates_page import MandatesPage
from talagov.services import mandates as mandates_service
from talagov.services.uow import UnitOfWork
from tests.gui.conftest import type_text


@pytest.fixture
def board(ctx: AppContext) -> int:
    """A board with Durand as president until June 2027 (to renew at the next AG)."""
    with UnitOfWork(ctx.db) as uow:
        body_id, _ = mandates_service.add_body(uow, Body(0, BodyKind.BOARD, "Conseil d'administration", 6))
        mandates_service.add_mandate(uow, Mandate(0, body_id, 1, Role.PRESIDENT, date(2021, 6, 1),
                                                  date(2027, 6, 1)))
    return body_id


@pytest.fixture
def page(qtbot, ctx: AppContext, board: int) -> MandatesPage:
    widget = MandatesPage(ctx)
    qtbot.addWidget(widget)
    widget.show()
    ctx.runner.changes_applied.connect(widget.on_changes)
    with qtbot.waitSignal(widget.loaded, timeout=5000):
        widget.refresh()
    return widget


def _ready(qtbot, dialog):
    qtbot.addWidget(dialog)
    qtbot.waitUntil(dialog.isEnabled, timeout=5000)
    return dialog


def test_lists_bodies_and_highlights_renewals(page: MandatesPage) -> None:
    assert [page.bodies.item(r).text() for r in range(page.bodies.count())] == \
        ["All bodies", "Conseil d'administration"]
    assert page.model.rowCount() == 1
    assert page.model.data(page.model.index(0, STATUS_COLUMN)) == "To renew at the next AG"
    assert "30/06/2027" in page.deadline_label.text()


def test_add_a_body(qtbot, page: MandatesPage) -> None:
    dialog = _ready(qtbot, page.new_body())
    assert isinstance(dialog, BodyDialog)
    dialog.kind.setCurrentIndex(dialog.kind.findData(BodyKind.COMMITTEE.value))
    dialog.name.clear()
    type_text(dialog.name, "Comité d'éthique")
    with qtbot.waitSignal(page.loaded, timeout=5000):
        dialog.ok_button.click()
    assert page.bodies.item(2).text() == "Comité d'éthique"


def test_new_mandate_proposes_the_statutes_term(qtbot, page: MandatesPage) -> None:
    page.bodies.setCurrentRow(1)
    dialog = _ready(qtbot, page.new_mandate())
    assert isinstance(dialog, MandateDialog)
    dialog.start.setDate(QDate(2026, 12, 1))
    assert dialog.planned_end.value() == date(2032, 12, 1)  # 6 years, loi 47-1775 art. 6
    type_text(dialog.member.lineEdit(), "Lefevre")
    with qtbot.waitSignal(page.loaded, timeout=5000):
        dialog.ok_button.click()
    page.current_only.setChecked(False)
    holders = [page.model.item_at(r).member_name for r in range(page.model.rowCount())]
    assert "Lefèvre Noël" in holders


def test_a_term_beyond_the_statutes_is_refused(qtbot, page: MandatesPage) -> None:
    dialog = _ready(qtbot, page.new_mandate())
    type_text(dialog.member.lineEdit(), "Lefevre")
    dialog.planned_end.setValue(date(2040, 1, 1))
    dialog.ok_button.click()
    assert dialog.isVisible() and "6" in dialog.message_bar.text()


def test_handover_ends_the_old_mandate_and_starts_the_new(qtbot, page: MandatesPage, ctx) -> None:
    page.select_mandate(page.model.item_at(0).id)
    dialog = _ready(qtbot, page.handover_current())
    assert isinstance(dialog, HandoverDialog)
    type_text(dialog.successor.lineEdit(), "Martin")
    dialog.on.setDate(QDate(2026, 11, 20))
    dialog.note.setText("CA du 20/11/2026")
    with qtbot.waitSignal(page.loaded, timeout=5000):
        dialog.ok_button.click()
    shown = [(page.model.item_at(r).member_name, page.model.item_at(r).role)
             for r in range(page.model.rowCount())]
    assert shown == [("Martin Jean-Pierre", Role.PRESIDENT)]
    with UnitOfWork(ctx.db) as uow:
        items = {m.member_name: m for m in mandates_service.list_mandates(uow)}
        assert items["Durand Élodie"].end == date(2026, 11, 20)
        assert items["Martin Jean-Pierre"].start == date(2026, 11, 20)
        assert items["Martin Jean-Pierre"].planned_end == date(2027, 6, 1)
        assert len(mandates_service.handovers(uow)) == 1


def test_end_a_mandate(qtbot, page: MandatesPage, ctx) -> None:
    page.select_mandate(page.model.item_at(0).id)
    dialog = _ready(qtbot, page.end_current())
    assert isinstance(dialog, EndMandateDialog)
    dialog.reason.setCurrentText("Démission")
    with qtbot.waitSignal(page.loaded, timeout=5000):
        dialog.ok_button.click()
    assert page.model.rowCount() == 0
    page.current_only.setChecked(False)
    assert page.model.item_at(0).end_reason == "Démission"
