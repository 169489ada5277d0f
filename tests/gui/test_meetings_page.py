# SPDX-License-Identifier: GPL-3.0-or-later
"""The meetings page: create a meeting, build its agenda, reorder it, amend it once convened."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt

from talagov.core.agenda import AgendaItem, ItemKind
from talagov.core.mandates import Body, BodyKind
from talagov.core.meetings import Meeting, MeetingStatus, MeetingType
from talagov.gui.context import AppContext
from talagov.gui.dialogs.agenda_item_dialog import AgendaItemDialog
from talagov.gui.dialogs.meeting_dialog import MeetingDialog
from talagov.gui.meeting.workspace import CONVOCATION_TAB, PREPARATION_TAB, SESSION_TAB
from talagov.gui.pages.meetings_page import MeetingsPage
from talagov.services import mandates as mandates_service
from talagov.services import meetings as meetings_service
from talagov.services.uow import UnitOfWork
from tests.gui.conftest import NOW, type_text


@pytest.fixture
def page(qtbot, ctx: AppContext) -> MeetingsPage:
    widget = MeetingsPage(ctx)
    qtbot.addWidget(widget)
    widget.show()
    ctx.runner.changes_applied.connect(widget.on_changes)
    with qtbot.waitSignal(widget.loaded, timeout=5000):
        widget.refresh()
    return widget


def _meeting(ctx: AppContext, status: MeetingStatus = MeetingStatus.DRAFT,
             titles: tuple[str, ...] = ("Rapport de gestion", "Approbation des comptes",
                                        "Affectation du résultat")) -> int:
    with UnitOfWork(ctx.db) as uow:
        meeting_id, _ = meetings_service.create_meeting(
            uow, Meeting(0, "AGO 2027", MeetingType.AGO, date(2027, 6, 12)), now=NOW)
        for title in titles:
            meetings_service.add_item(uow, AgendaItem(0, meeting_id, 0, ItemKind.RESOLUTION, title),
                                      now=NOW)
        if status is not MeetingStatus.DRAFT:
            meetings_service.change_status(uow, meeting_id, MeetingStatus.CONVENED, now=NOW)
        if status is MeetingStatus.IN_SESSION:
            meetings_service.change_status(uow, meeting_id, MeetingStatus.IN_SESSION, now=NOW)
    return meeting_id


def _titles(ctx: AppContext, meeting_id: int) -> list[str]:
    with UnitOfWork(ctx.db) as uow:
        return [i.title for i in meetings_service.agenda(uow, meeting_id)]


def _show(qtbot, page: MeetingsPage) -> None:
    with qtbot.waitSignal(page.workspace.preparation.loaded, timeout=5000):
        page.refresh()
    qtbot.waitUntil(lambda: page.workspace.meeting is not None, timeout=5000)


def _ready(qtbot, dialog):
    qtbot.addWidget(dialog)
    qtbot.waitUntil(dialog.isEnabled, timeout=5000)
    return dialog


def test_create_a_meeting_through_the_dialog(qtbot, page: MeetingsPage, ctx: AppContext) -> None:
    assert page.workspace.stack.currentIndex() == 0  # the hint: no meeting yet
    dialog: MeetingDialog = _ready(qtbot, page.new_meeting())
    with qtbot.waitSignal(dialog.failed, timeout=5000):
        dialog.ok_button.click()  # no title yet: refused under the field
    assert "title" in dialog._errors["title"].text()
    assert dialog.isVisible()
    dialog.title.setFocus()
    type_text(dialog.title, "Assemblée générale ordinaire 2027")
    dialog.type.setCurrentIndex(dialog.type.findData(MeetingType.BOARD.value))
    assert dialog.body.isVisibleTo(dialog)  # a board meeting needs its body
    dialog.type.setCurrentIndex(dialog.type.findData(MeetingType.AGO.value))
    assert not dialog.body.isVisibleTo(dialog)
    dialog.place.setText("Salle des fêtes, Elbeuf")
    with qtbot.waitSignal(page.workspace.loaded, timeout=5000):
        dialog.ok_button.click()
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=5000)
    assert page.current_meeting().title == "Assemblée générale ordinaire 2027"
    assert page.workspace.title_label.text() == "Assemblée générale ordinaire 2027"
    assert page.workspace.tabs.currentIndex() == PREPARATION_TAB
    buttons = [b.text() for b in page.workspace._move_buttons]
    assert buttons == ["Convene…"]
    qtbot.waitUntil(lambda: page.workspace.preparation.meeting is not None, timeout=5000)
    assert page.workspace.preparation._values["place"].text() == "Salle des fêtes, Elbeuf"


def test_a_board_meeting_needs_a_body(qtbot, page: MeetingsPage, ctx: AppContext) -> None:
    with UnitOfWork(ctx.db) as uow:
        mandates_service.add_body(uow, Body(0, BodyKind.BOARD, "Conseil d'administration", 6))
    dialog: MeetingDialog = _ready(qtbot, page.new_meeting())
    dialog.title.setText("Conseil de décembre")
    dialog.type.setCurrentIndex(dialog.type.findData(MeetingType.BOARD.value))
    assert dialog.body.currentText() == "Conseil d'administration"
    with qtbot.waitSignal(page.loaded, timeout=5000):
        dialog.ok_button.click()
    assert page.model.item_at(0).body_name == "Conseil d'administration"


def test_add_items_and_reorder_by_keyboard(qtbot, page: MeetingsPage, ctx: AppContext) -> None:
    meeting_id = _meeting(ctx, titles=())
    _show(qtbot, page)
    agenda = page.workspace.preparation.agenda
    for kind, title in ((ItemKind.INFORMATION, "Rapport de gestion"),
                        (ItemKind.RESOLUTION, "Approbation des comptes")):
        dialog: AgendaItemDialog = _ready(qtbot, agenda.add_item(kind))
        type_text(dialog.title, title)
        with qtbot.waitSignal(page.workspace.preparation.loaded, timeout=5000):
            dialog.ok_button.click()
    assert agenda.model.ids() and _titles(ctx, meeting_id) == ["Rapport de gestion",
                                                                "Approbation des comptes"]
    assert agenda.model.data(agenda.model.index(1, 1)) == "Resolution no. 1"
    agenda.select_item(agenda.model.ids()[0])
    agenda.table.setFocus()
    with qtbot.waitSignal(page.workspace.preparation.loaded, timeout=5000):
        qtbot.keyClick(agenda.table, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert _titles(ctx, meeting_id) == ["Approbation des comptes", "Rapport de gestion"]
    assert agenda.current_item().title == "Rapport de gestion"  # the moved item stays selected
    assert not agenda.down_button.isEnabled() and agenda.up_button.isEnabled()
    with qtbot.waitSignal(page.workspace.preparation.loaded, timeout=5000):
        agenda.up_button.click()
    assert _titles(ctx, meeting_id) == ["Rapport de gestion", "Approbation des comptes"]
    assert agenda.amendments.isHidden()  # a draft's changes are no amendments


def test_a_convened_meeting_asks_the_amendment_reason(qtbot, page: MeetingsPage,
                                                      ctx: AppContext) -> None:
    meeting_id = _meeting(ctx, MeetingStatus.CONVENED)
    _show(qtbot, page)
    assert page.workspace.tabs.currentIndex() == CONVOCATION_TAB
    assert [b.text() for b in page.workspace._move_buttons] == ["Back to draft",
                                                                 "Open the session…"]
    agenda = page.workspace.preparation.agenda
    agenda.select_item(agenda.model.ids()[2])
    qtbot.keyClick(agenda.table, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    dialog = agenda.reason_dialog
    assert dialog is not None and dialog.isVisible()
    assert not dialog.ok_button.isEnabled()  # a reason is required
    assert _titles(ctx, meeting_id)[2] == "Affectation du résultat"  # nothing changed yet
    type_text(dialog.reason, "Demande du commissaire aux comptes")
    with qtbot.waitSignal(page.workspace.preparation.loaded, timeout=5000):
        dialog.ok_button.click()
    assert _titles(ctx, meeting_id) == ["Rapport de gestion", "Affectation du résultat",
                                        "Approbation des comptes"]
    assert not agenda.amendments.isHidden()
    assert agenda.amendments.topLevelItemCount() == 1
    assert agenda.amendments.topLevelItem(0).text(2) == "Demande du commissaire aux comptes"


def test_a_new_item_of_a_convened_meeting_needs_a_reason(qtbot, page: MeetingsPage,
                                                         ctx: AppContext) -> None:
    meeting_id = _meeting(ctx, MeetingStatus.CONVENED, titles=())
    _show(qtbot, page)
    agenda = page.workspace.preparation.agenda
    dialog: AgendaItemDialog = _ready(qtbot, agenda.add_item(ItemKind.INFORMATION))
    dialog.title.setText("Point sur la flotte")
    dialog.ok_button.click()
    reason = dialog.reason_dialog
    assert reason is not None and reason.isVisible()
    reason.reason.setPlainText("Ajout demandé par le conseil")
    with qtbot.waitSignal(page.workspace.preparation.loaded, timeout=5000):
        reason.ok_button.click()
    with UnitOfWork(ctx.db) as uow:
        logged = meetings_service.amendments(uow, meeting_id)
    assert [a.reason for a in logged] == ["Ajout demandé par le conseil"]


def test_the_agenda_is_read_only_in_session(qtbot, page: MeetingsPage, ctx: AppContext) -> None:
    meeting_id = _meeting(ctx, MeetingStatus.IN_SESSION)
    _show(qtbot, page)
    assert page.workspace.tabs.currentIndex() == SESSION_TAB
    agenda = page.workspace.preparation.agenda
    agenda.select_item(agenda.model.ids()[0])
    assert not agenda.add_resolution_button.isEnabled()
    assert not agenda.delete_button.isEnabled() and not agenda.down_button.isEnabled()
    assert not agenda.locked_label.isHidden()
    qtbot.keyClick(agenda.table, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert agenda.reason_dialog is None
    assert _titles(ctx, meeting_id)[0] == "Rapport de gestion"


def test_delete_a_draft_meeting(qtbot, page: MeetingsPage, ctx: AppContext, monkeypatch) -> None:
    from PySide6.QtWidgets import QMessageBox

    _meeting(ctx)
    _show(qtbot, page)
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
    with qtbot.waitSignal(page.loaded, timeout=5000):
        page.delete_current()
    assert page.model.rowCount() == 0
    qtbot.waitUntil(lambda: page.workspace.stack.currentIndex() == 0, timeout=5000)
