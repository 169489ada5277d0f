# SPDX-License-Identifier: GPL-3.0-or-later
"""The session tab on a convened AG of the seeded SCIC: attendance, quorum, proxies, bureau."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from talagov.core.attendance import AttendanceEntry, AttendanceStatus
from talagov.core.meetings import Meeting, MeetingStatus, MeetingType
from talagov.gui import file_actions
from talagov.gui.context import AppContext
from talagov.gui.dialogs.bureau_dialog import BureauDialog
from talagov.gui.dialogs.proxy_dialog import ProxyDialog
from talagov.gui.dialogs.signature_dialog import SignatureDialog
from talagov.gui.meeting import session_bureau
from talagov.gui.meeting.session_records import RecordQuorumDialog
from talagov.gui.meeting.session_second_dialog import SecondConvocationDialog
from talagov.gui.meeting.session_tab import SessionTab
from talagov.gui.models.attendance_model import SIGNED
from talagov.messages import render
from talagov.services import library, meetings, session
from talagov.services.uow import UnitOfWork
from tests.gui.conftest import NOW

# Seeded roll: 6 associates with a vote (1, 2, 3, 5, 6, 7); AGO 1st convocation of the
# SCIC-SAS statutes: 1/5 of 6 -> 2 participants required.
DURAND, LEFEVRE, BENARD, MARTIN = 1, 2, 3, 5


@pytest.fixture
def meeting_id(ctx: AppContext) -> int:
    """A convened AGO on the test date, with one resolution."""
    from talagov.core.agenda import AgendaItem, ItemKind

    with UnitOfWork(ctx.db) as uow:
        mid, _ = meetings.create_meeting(
            uow, Meeting(0, "Assemblée générale 2026", MeetingType.AGO, date(2026, 11, 22)),
            now=NOW)
        meetings.add_item(uow, AgendaItem(0, mid, 0, ItemKind.RESOLUTION, "Approbation des comptes"),
                          now=NOW)
        meetings.change_status(uow, mid, MeetingStatus.CONVENED, now=NOW)
    return mid


@pytest.fixture
def tab(qtbot: QtBot, ctx: AppContext, meeting_id: int) -> Iterator[SessionTab]:
    widget = SessionTab(ctx)
    qtbot.addWidget(widget)
    widget.clock = lambda: NOW
    ctx.runner.changes_applied.connect(widget.on_changes)
    widget.resize(1200, 800)
    widget.show()
    with qtbot.waitSignal(widget.loaded):
        widget.set_meeting(meeting_id)
    yield widget
    ctx.runner.changes_applied.disconnect(widget.on_changes)


def _press(qtbot: QtBot, tab: SessionTab, member_id: int, action: str) -> None:
    tab.attendance.select_member(member_id)
    with qtbot.waitSignal(tab.loaded):
        tab.attendance.buttons[action].click()


def _state(ctx: AppContext, meeting_id: int, at: datetime = NOW) -> session.SessionState:
    with UnitOfWork(ctx.db) as uow:
        return session.session_state(uow, meeting_id, at=at)


def test_marking_present_meets_the_quorum_and_a_departure_breaks_it(
        qtbot: QtBot, tab: SessionTab) -> None:
    panel = tab.quorum_panel
    assert "not met" in panel.verdict_text()
    assert panel.sentence.text() == "Quorum: 1/5 of 6 associates = 2 required; 0 take part"
    assert panel.second_button.isVisibleTo(tab)
    _press(qtbot, tab, DURAND, "present")
    assert panel.values["present"].text() == "1" and "not met" in panel.verdict_text()
    _press(qtbot, tab, MARTIN, "present")
    assert panel.verdict_text() == "✔ Quorum met"
    assert panel.values["participants"].text() == "2"
    assert panel.sentence.text().endswith("2 required; 2 take part")
    assert not panel.second_button.isVisibleTo(tab)
    line = tab.attendance.current_line()
    assert line is not None and line.entry.arrived_at == NOW  # marked present: arrives now
    _press(qtbot, tab, MARTIN, "departure")
    assert "not met" in panel.verdict_text()
    assert panel.values["present"].text() == "1"
    assert "Martin" in tab.attendance.current_line().name  # type: ignore[union-attr]


def test_keyboard_shortcut_marks_the_selected_member(qtbot: QtBot, tab: SessionTab) -> None:
    tab.activateWindow()
    tab.attendance.select_member(BENARD)
    tab.attendance.table.setFocus()
    assert "Ctrl+P" in tab.attendance.buttons["present"].toolTip()
    with qtbot.waitSignal(tab.loaded):
        QTest.keyClick(tab.attendance.table, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    line = tab.attendance.current_line()
    assert line is not None and line.entry.status is AttendanceStatus.REMOTE


def test_filter_finds_members_without_accents(qtbot: QtBot, tab: SessionTab) -> None:
    tab.attendance.filter.setText("benard zoe")
    assert tab.attendance.model.rowCount() == 1
    assert tab.attendance.count_label.text() == "1 member(s) shown of 6"


def test_the_timer_recomputes_a_departure_scheduled_in_time(
        qtbot: QtBot, ctx: AppContext, tab: SessionTab, meeting_id: int) -> None:
    with UnitOfWork(ctx.db) as uow:
        for member in (DURAND, LEFEVRE):
            left = NOW + timedelta(hours=1) if member == LEFEVRE else None
            session.set_attendance(uow, meeting_id, AttendanceEntry(
                member, AttendanceStatus.PRESENT, NOW, left), now=NOW)
    with qtbot.waitSignal(tab.loaded):
        tab.refresh()
    assert tab.quorum_panel.verdict_text() == "✔ Quorum met"
    tab.clock = lambda: NOW + timedelta(hours=2)
    qtbot.waitUntil(lambda: not ctx.runner.busy)  # the timer skips while work is queued
    with qtbot.waitSignal(tab.quorum_refreshed):
        tab.timer.timeout.emit()
    assert "not met" in tab.quorum_panel.verdict_text()
    assert tab.timer.interval() == 30_000 and tab.timer.isActive()


def test_a_refused_proxy_shows_its_rule_and_records_nothing(
        qtbot: QtBot, ctx: AppContext, tab: SessionTab, meeting_id: int) -> None:
    tab.attendance.select_member(DURAND)
    tab.proxies.new_proxy()
    dialog = tab.proxies.findChild(ProxyDialog)
    assert dialog is not None
    assert dialog.principal.member_id() == DURAND  # the member selected on the sheet
    dialog.holder.set_member_id(DURAND)
    with qtbot.waitSignal(dialog.failed):
        dialog.ok_button.click()
    boxes = [w for w in QApplication.topLevelWidgets()
             if isinstance(w, QMessageBox) and w.isVisible()]
    assert len(boxes) == 1
    assert boxes[0].text().startswith(render("proxy.self", {}, "fr"))  # the rule, in French
    assert dialog.isVisible()
    for box in boxes:
        box.close()
    assert _state(ctx, meeting_id).proxies == ()
    assert tab.proxies.model.rowCount() == 0


def test_a_named_proxy_counts_and_is_listed_with_its_scan(
        qtbot: QtBot, ctx: AppContext, tab: SessionTab, meeting_id: int, tmp_path: Path) -> None:
    _press(qtbot, tab, DURAND, "present")
    tab.attendance.select_member(LEFEVRE)
    tab.proxies.new_proxy()
    dialog = tab.proxies.findChild(ProxyDialog)
    assert dialog is not None
    dialog.holder.set_member_id(DURAND)
    scan = tmp_path / "pouvoir-lefevre.pdf"
    scan.write_bytes(b"%PDF-1.4 scanned proxy")
    dialog.scan.set_path(scan)
    with qtbot.waitSignal(tab.loaded):
        dialog.ok_button.click()
    assert tab.proxies.model.rowCount() == 1
    document_id = tab.proxies.model.item_at(0).proxy.document_id
    assert document_id is not None
    with UnitOfWork(ctx.db) as uow:
        stored = library.document_path(uow, document_id)
    assert stored.read_bytes() == scan.read_bytes()
    assert tab.tabs.tabText(1) == "Pro&xies (1)"
    assert tab.quorum_panel.values["represented"].text() == "1"
    assert tab.quorum_panel.verdict_text() == "✔ Quorum met"
    line = tab.data.line_of(LEFEVRE) if tab.data else None
    assert line is not None and line.proxy_holder_name == "Durand Élodie"


def test_signing_stores_the_strokes_with_the_time(
        qtbot: QtBot, ctx: AppContext, tab: SessionTab, meeting_id: int) -> None:
    assert not tab.attendance.buttons["sign"].isEnabled() or tab.attendance.current_line() is None
    _press(qtbot, tab, DURAND, "present")
    tab.attendance.sign_current()
    dialog = tab.attendance.findChild(SignatureDialog)
    assert dialog is not None
    assert dialog.width() >= dialog.screen().availableGeometry().width() * 3 // 5
    assert not dialog.ok_button.isEnabled()  # nothing drawn yet
    dialog.pad.set_strokes((((10, 10), (200, 150), (400, 40)),))
    with qtbot.waitSignal(tab.loaded):
        dialog.ok_button.click()
    entry = _state(ctx, meeting_id).lines[0].entry
    assert entry.signature is not None and entry.signature.signed_at == NOW
    assert entry.signature.strokes == (((10, 10), (200, 150), (400, 40)),)
    assert tab.attendance.model.data(tab.attendance.model.index(0, SIGNED)) == "Yes, 10:00"


def test_bureau_opening_and_recorded_quorum(
        qtbot: QtBot, ctx: AppContext, tab: SessionTab, meeting_id: int,
        monkeypatch: pytest.MonkeyPatch, qtmodeltester: ModelTester) -> None:
    for member in (DURAND, LEFEVRE, MARTIN):
        _press(qtbot, tab, member, "present")
    tab.bureau.edit_bureau()
    dialog = tab.bureau.findChild(BureauDialog)
    assert dialog is not None
    dialog.chair.set_member_id(DURAND)
    dialog.secretary.setText("Camille Roux")
    dialog.scrutineers[0].set_member_id(LEFEVRE)
    dialog.scrutineers[1].set_member_id(MARTIN)
    with qtbot.waitSignal(tab.loaded):
        dialog.ok_button.click()
    assert tab.bureau.chair.text() == "Durand Élodie"
    assert tab.bureau.scrutineers.text() == "Lefèvre Noël, Martin Jean-Pierre"
    monkeypatch.setattr(session_bureau, "confirm", lambda *_args: True)
    assert tab.bureau.open_button.isEnabled() and not tab.bureau.close_button.isEnabled()
    with qtbot.waitSignal(tab.loaded):
        tab.bureau.open_button.click()
    assert tab.bureau.records.rowCount() == 1  # the opening quorum
    assert tab.bureau.records.data(tab.bureau.records.index(0, 1)) == "Opening of the session"
    tab.bureau.record_quorum()
    record = tab.bureau.findChild(RecordQuorumDialog)
    assert record is not None and record.item.currentText() == "1. Approbation des comptes"
    with qtbot.waitSignal(tab.loaded):
        record.ok_button.click()
    assert tab.bureau.records.rowCount() == 2
    assert tab.bureau.records.data(tab.bureau.records.index(1, 4)) == "✔ Met"
    qtmodeltester.check(tab.bureau.records)
    with qtbot.waitSignal(tab.loaded):
        tab.bureau.close_button.click()
    assert _state(ctx, meeting_id).meeting.status is MeetingStatus.CLOSED
    assert not any(b.isEnabled() for b in tab.attendance.buttons.values())


def test_a_failed_quorum_offers_the_second_convocation(
        qtbot: QtBot, ctx: AppContext, tab: SessionTab, meeting_id: int) -> None:
    created: list[int] = []
    tab.second_convocation_created.connect(created.append)
    tab.quorum_panel.second_button.click()
    dialog = tab.findChild(SecondConvocationDialog)
    assert dialog is not None
    with qtbot.waitSignal(tab.second_convocation_created):
        dialog.ok_button.click()
    with UnitOfWork(ctx.db) as uow:
        second = meetings.get_meeting(uow, created[0])
    assert second.previous_id == meeting_id and second.status is MeetingStatus.DRAFT
    assert second.on > date(2026, 11, 22)


def test_postal_votes_are_entered_per_resolution_and_late_ones_marked(
        qtbot: QtBot, ctx: AppContext, tab: SessionTab, meeting_id: int,
        monkeypatch: pytest.MonkeyPatch, qtmodeltester: ModelTester) -> None:
    from talagov.core.correspondence import Choice
    from talagov.gui.dialogs.correspondence_dialog import CorrespondenceDialog

    tab.attendance.select_member(BENARD)
    tab.postal.new_form()
    dialog = tab.postal.findChild(CorrespondenceDialog)
    assert dialog is not None
    assert dialog.member.member_id() == BENARD
    item_id = next(iter(dialog.groups))
    assert dialog.choices() == {}  # "No direction" is ticked by default
    dialog.set_choice(item_id, Choice.AGAINST)
    dialog.received.setDateTime(dialog.received.dateTime().addDays(-2))  # came by post
    with qtbot.waitSignal(tab.loaded):
        dialog.ok_button.click()
    assert tab.postal.model.rowCount() == 1
    assert tab.postal.model.data(tab.postal.model.index(0, 2)) == "1: Against"
    assert tab.postal.model.data(tab.postal.model.index(0, 3)) == "Counted"
    assert tab.quorum_panel.values["correspondence"].text() == "1"
    # A form that arrives after the opening is kept but not counted.
    monkeypatch.setattr(session_bureau, "confirm", lambda *_args: True)
    with qtbot.waitSignal(tab.loaded):
        tab.bureau.open_button.click()
    tab.clock = lambda: NOW + timedelta(minutes=30)
    tab.attendance.select_member(MARTIN)
    tab.postal.new_form()
    late = [d for d in tab.postal.findChildren(CorrespondenceDialog) if d.isVisible()][-1]
    with qtbot.waitSignal(tab.loaded):
        late.ok_button.click()
    texts = [tab.postal.model.data(tab.postal.model.index(r, 3)) for r in range(2)]
    assert texts == ["Counted", "Received after the opening: not counted"]
    qtmodeltester.check(tab.postal.model)
    assert tab.quorum_panel.values["correspondence"].text() == "1"


def test_every_control_of_the_tab_and_its_dialogs_is_named(
        qtbot: QtBot, ctx: AppContext, tab: SessionTab) -> None:
    from talagov.gui.dialogs.correspondence_dialog import CorrespondenceDialog
    from tests.gui.test_accessibility import _unnamed

    _press(qtbot, tab, DURAND, "present")
    problems = {}
    for index in range(tab.tabs.count()):
        tab.tabs.setCurrentIndex(index)
        problems[tab.tabs.tabText(index)] = _unnamed(tab)
    tab.proxies.new_proxy()
    tab.postal.new_form()
    tab.bureau.edit_bureau()
    tab.attendance.sign_current()
    for kind in (ProxyDialog, CorrespondenceDialog, BureauDialog, SignatureDialog):
        dialog = tab.findChild(kind)
        assert dialog is not None
        problems[kind.__name__] = _unnamed(dialog)
    assert all(not missing for missing in problems.values()), problems
    signature = tab.findChild(SignatureDialog)
    assert signature is not None and signature.focusWidget() is signature.pad


def test_the_attendance_sheet_is_saved_as_pdf_from_the_tab(
        qtbot: QtBot, tab: SessionTab, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _press(qtbot, tab, DURAND, "present")
    target = tmp_path / "feuille.pdf"
    monkeypatch.setattr(file_actions.QFileDialog, "getSaveFileName",
                        lambda *args, **kwargs: (str(target), ""))
    with qtbot.waitSignal(tab.bureau.sheet_saved, timeout=20000) as saved:
        tab.bureau.sheet_button.click()
    assert saved.args == [str(target)]
    from tests.reports.pdftools import pdf_text
    text = pdf_text(target.read_bytes())
    assert "Feuille de présence" in text or "Attendance sheet" in text
