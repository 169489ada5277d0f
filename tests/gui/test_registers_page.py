# SPDX-License-Identifier: GPL-3.0-or-later
"""The registers page on the seeded SCIC whose AG minutes are signed: the entries, the
check of the chain (green, then red once an entry is tampered with), the printed register,
and the way back to the minutes."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from talagov.gui.context import AppContext
from talagov.gui.main_window import MEETINGS_PAGE, REGISTERS_PAGE, MainWindow
from talagov.gui.meeting.workspace import MINUTES_TAB
from talagov.gui.models import register_entry_model as columns
from talagov.gui.pages.registers_page import RegistersPage
from talagov.messages import render
from tests.gui.meeting.minutes_setup import ClosedMeeting, make_closed_meeting
from tests.gui.meeting.votes_setup import close_widget


@pytest.fixture
def signed(ctx: AppContext) -> ClosedMeeting:
    meeting = make_closed_meeting(ctx.db)
    meeting.sign_all()
    return meeting


@pytest.fixture
def page(qtbot: QtBot, ctx: AppContext, signed: ClosedMeeting) -> Iterator[RegistersPage]:
    widget = RegistersPage(ctx)
    widget.open_after_save = None
    widget.resize(1100, 700)
    widget.show()
    with qtbot.waitSignal(widget.loaded, timeout=10_000):
        widget.refresh()
    yield widget
    qtbot.waitUntil(lambda: not ctx.runner.busy, timeout=10_000)
    close_widget(widget)


def _verify(qtbot: QtBot, page: RegistersPage) -> str:
    with qtbot.waitSignal(page.verified, timeout=20_000):
        page.verify_button.click()
    assert page.verdict.isVisible()
    return page.verdict.text()


def test_the_register_lists_the_signed_minutes(page: RegistersPage,
                                               qtmodeltester: ModelTester) -> None:
    qtmodeltester.check(page.model)
    assert page.combo.count() == 1 and page.combo.currentText() == "Assemblée générale"
    m = page.model
    assert m.rowCount() == 1
    assert m.data(m.index(0, columns.NUMBER)) == "1"
    assert m.data(m.index(0, columns.DATE)) == "22/11/2026"
    assert m.data(m.index(0, columns.TITLE)) == "Assemblée générale 2026"
    assert m.data(m.index(0, columns.KIND)) == "Minutes"
    assert m.data(m.index(0, columns.SIGNATORIES)) == "Durand Élodie, Lefèvre Noël"
    assert m.data(m.index(0, columns.TIMESTAMP)) == "Local time"
    assert len(m.data(m.index(0, columns.HASH)).replace(" ", "")) == 16
    assert not page.empty.isVisible()


def test_verify_shows_a_green_line_then_a_red_one_naming_the_altered_entry(
        qtbot: QtBot, ctx: AppContext, page: RegistersPage) -> None:
    assert _verify(qtbot, page) == "Chain intact: 1 entry(ies)"
    assert "#1b5e20" in page.verdict.styleSheet()
    with sqlite3.connect(ctx.db.path) as conn:
        changed = conn.execute("UPDATE register_entry SET data = replace(data, "
                               "'Assemblée générale 2026', 'Assemblée générale 2025')").rowcount
    assert changed == 1
    # The break is worded by the catalogue `talagov register verify` uses, in the GUI's language.
    assert _verify(qtbot, page) == "The register is broken: " + render(
        "register.break.altered", {"number": 1}, ctx.lang) + "."
    assert "#a4161a" in page.verdict.styleSheet()


def test_verify_names_an_entry_whose_pdf_no_longer_matches(
        qtbot: QtBot, ctx: AppContext, page: RegistersPage) -> None:
    with sqlite3.connect(ctx.db.path) as conn:
        conn.execute("UPDATE minutes SET pdf = CAST('%PDF-1.4 forged' AS BLOB)")
    assert _verify(qtbot, page) == "The register is broken: " + render(
        "register.break.content", {"number": 1}, ctx.lang) + "."


def test_the_register_prints_to_the_pdf_chosen(qtbot: QtBot, page: RegistersPage,
                                                tmp_path: Path) -> None:
    target = tmp_path / "registre.pdf"
    page.print_register(target)
    qtbot.waitUntil(target.exists, timeout=20_000)
    assert target.read_bytes().startswith(b"%PDF")


def test_the_signed_pdf_of_an_entry_is_saved(qtbot: QtBot, page: RegistersPage,
                                             tmp_path: Path) -> None:
    target = tmp_path / "pv.pdf"
    page.save_pdf(target)
    qtbot.waitUntil(target.exists, timeout=20_000)
    assert b"/ByteRange" in target.read_bytes()  # the PAdES signatures


def test_open_the_minutes_leads_to_the_minutes_tab_of_the_meeting(
        qtbot: QtBot, ctx: AppContext, signed: ClosedMeeting) -> None:
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    window.sidebar.setCurrentRow(REGISTERS_PAGE)
    page = window.registers_page
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=10_000)
    page.open_button.click()
    workspace = window.meetings_page.workspace
    qtbot.waitUntil(lambda: workspace.meeting is not None, timeout=10_000)
    assert window.stack.currentIndex() == MEETINGS_PAGE
    assert workspace.meeting_id == signed.meeting_id
    assert workspace.tabs.currentIndex() == MINUTES_TAB
    qtbot.waitUntil(lambda: workspace.minutes.view is not None, timeout=10_000)
    assert workspace.minutes.bar.status.text() == "Signed — register no. 1"
    qtbot.waitUntil(lambda: not ctx.runner.busy, timeout=10_000)


def test_without_signed_minutes_the_page_says_how_registers_fill(
        qtbot: QtBot, ctx: AppContext) -> None:
    widget = RegistersPage(ctx)
    widget.show()
    with qtbot.waitSignal(widget.loaded, timeout=10_000):
        widget.refresh()
    assert widget.empty.isVisible() and not widget.verify_button.isEnabled()
    close_widget(widget)


def test_every_kind_of_break_has_a_wording(qtbot: QtBot, ctx: AppContext) -> None:
    from talagov.core.deliberations import Break, ChainReport
    from talagov.services.deliberations import RegisterCheck

    page = RegistersPage(ctx)
    qtbot.addWidget(page)
    for kind in Break:
        check = RegisterCheck("ag", "AG", ChainReport("ag", 3), problem=kind, problem_number=2)
        text = page.verdict_text(check)
        assert text.startswith("The register is broken: ") and "register.break" not in text
