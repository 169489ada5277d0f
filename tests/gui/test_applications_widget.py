# SPDX-License-Identifier: GPL-3.0-or-later
"""Applications: the model contract, who is due, add and edit, and an accepted application."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt

from talagov.core.applications import Application, Decision, DueApplication, DueReason
from talagov.gui.context import AppContext
from talagov.gui.dialogs.application_dialog import ApplicationDialog
from talagov.gui.dialogs.decision_dialog import DecisionDialog
from talagov.gui.models.application_table_model import (
    DUE_ROLE,
    STATUS_COLUMN,
    ApplicationTableModel,
)
from talagov.gui.widgets.applications_widget import ApplicationsWidget
from talagov.services import applications as applications_service
from talagov.services import members as members_service
from talagov.services.uow import UnitOfWork
from tests.gui.conftest import type_text


def test_model_contract_and_due_rows(qtmodeltester) -> None:
    apps = [Application(1, "Benali", "Sami", hired_on=date(2025, 1, 6), applied_on=date(2025, 9, 1)),
            Application(2, "Ortiz", "Ana", decision=Decision.REJECTED, decided_on=date(2024, 6, 1)),
            Application(3, "Ngata", "", notes="via le forum")]
    due = [DueApplication(apps[0], DueReason.AG_MUST_RULE, date(2026, 1, 6))]
    model = ApplicationTableModel(lang="fr")
    model.set_items(apps, due, {"salaries": "Salariés"})
    qtmodeltester.check(model)
    assert [model.item_at(r).name for r in range(3)] == ["Benali", "Ngata", "Ortiz"]
    assert model.data(model.index(0, STATUS_COLUMN)) == \
        "The general meeting must decide on this application"
    assert model.data(model.index(0, 6)) == "06/01/2026"
    assert model.data(model.index(0, 0), Qt.ItemDataRole.BackgroundRole) is not None
    assert model.data(model.index(0, 0), DUE_ROLE) == "ag_must_rule"
    assert model.data(model.index(2, STATUS_COLUMN)) == "Rejected"
    assert model.data(model.index(1, 0), Qt.ItemDataRole.ToolTipRole) == "via le forum"


@pytest.fixture
def widget(qtbot, ctx: AppContext) -> ApplicationsWidget:
    with UnitOfWork(ctx.db) as uow:
        applications_service.save_application(uow, Application(
            0, "Benali", "Sami", hired_on=date(2025, 1, 6), applied_on=date(2025, 9, 1),
            category_key="salaries"))
    w = ApplicationsWidget(ctx)
    qtbot.addWidget(w)
    w.show()
    ctx.runner.changes_applied.connect(w.on_changes)
    with qtbot.waitSignal(w.loaded, timeout=5000):
        w.refresh()
    return w


def test_lists_applications(widget: ApplicationsWidget) -> None:
    assert widget.model.rowCount() == 1
    assert widget.model.data(widget.model.index(0, 4)) == "Salariés"
    assert "1" in widget.summary.text()


def test_add_then_edit(qtbot, widget: ApplicationsWidget) -> None:
    dialog = widget.new_application()
    assert isinstance(dialog, ApplicationDialog)
    qtbot.addWidget(dialog)
    dialog.ok_button.click()  # no name yet
    assert "name" in dialog.message_bar.text()
    type_text(dialog.name, "Lévêque")
    type_text(dialog.first_name, "Maëlle")
    dialog.applied_on.setValue(date(2026, 11, 2))
    with qtbot.waitSignal(widget.loaded, timeout=5000):
        dialog.ok_button.click()
    row = widget.model.row_of(next(widget.model.item_at(r).id for r in range(2)
                                   if widget.model.item_at(r).name == "Lévêque"))
    assert row is not None
    widget.select_application(widget.model.item_at(row).id)
    edit = widget.edit_current()
    assert isinstance(edit, ApplicationDialog)
    qtbot.addWidget(edit)
    assert edit.first_name.text() == "Maëlle"
    edit.notes.setPlainText("Présentée par le CA")
    with qtbot.waitSignal(widget.loaded, timeout=5000):
        edit.ok_button.click()
    assert widget.model.item_at(widget.model.row_of(edit.application().id)).notes == "Présentée par le CA"


def test_accepting_creates_the_member(qtbot, widget: ApplicationsWidget, ctx) -> None:
    widget.select_application(widget.model.item_at(0).id)
    dialog = widget.decide_current()
    assert isinstance(dialog, DecisionDialog)
    qtbot.addWidget(dialog)
    dialog.ok_button.click()
    assert "AGO" in dialog.message_bar.text()  # which meeting decided is required
    dialog.decided_by.setText("AGO du 20/11/2026")
    with qtbot.waitSignal(widget.loaded, timeout=5000):
        dialog.ok_button.click()
    assert widget.model.item_at(0).decision is Decision.ACCEPTED
    assert not widget.decide_button.isEnabled()
    with UnitOfWork(ctx.db) as uow:
        names = [m.name for m in members_service.list_members(uow, date(2026, 11, 22))]
    assert "Benali" in names
