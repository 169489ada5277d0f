# SPDX-License-Identifier: GPL-3.0-or-later
"""The journal section of the Registers page on the seeded SCIC whose AG is closed and its
minutes signed: the verdict (intact, then the break named once the file is edited by
hand), the counts, the entries in words, the filter by meeting, and the signature of the
pending entries with the organisation's passphrase."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from datetime import date, datetime

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from talagov.core.journal import EventKind
from talagov.core.members import Member, PersonKind
from talagov.gui.context import AppContext
from talagov.gui.dialogs.passphrase_dialog import PassphraseDialog
from talagov.gui.models import journal_model as columns
from talagov.gui.pages.registers_page import RegistersPage
from talagov.gui.widgets.journal_group import JournalGroup, verdict_text
from talagov.messages import render
from talagov.services import members
from talagov.services.changes import Aggregate, Changes
from talagov.services.uow import UnitOfWork
from tests.gui.conftest import type_text
from tests.gui.meeting.minutes_setup import ORG_PASS, ClosedMeeting, make_closed_meeting
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
    widget.resize(1100, 900)
    widget.show()
    with qtbot.waitSignal(widget.journal.verified, timeout=20_000):
        widget.refresh()
    qtbot.waitUntil(lambda: not ctx.runner.busy, timeout=10_000)
    yield widget
    qtbot.waitUntil(lambda: not ctx.runner.busy, timeout=10_000)
    close_widget(widget)


def _entries(ctx: AppContext) -> tuple[int, int]:
    with sqlite3.connect(ctx.db.path) as conn:
        (entries,) = conn.execute("SELECT count(*) FROM journal_entry").fetchone()
        (signed,) = conn.execute("SELECT count(*) FROM journal_signature").fetchone()
    return int(entries), int(signed)


def _admit(ctx: AppContext, name: str) -> None:
    """A member admitted through the services: one more entry, pending."""
    with UnitOfWork(ctx.db) as uow:
        members.add_member(uow, Member(0, members.next_number(uow), PersonKind.NATURAL, name,
                                       admission_date=date(2026, 11, 23)),
                           now=datetime(2026, 11, 23, 9))  # fmt: skip


def _check(qtbot: QtBot, group: JournalGroup) -> str:
    with qtbot.waitSignal(group.verified, timeout=20_000):
        group.verify_button.click()
    assert group.verdict.isVisible()
    return group.verdict.text()


def test_the_verdict_says_the_journal_holds_and_counts_its_entries(
        ctx: AppContext, page: RegistersPage, qtmodeltester: ModelTester) -> None:
    group = page.journal
    entries, signed = _entries(ctx)
    assert entries > 0 and signed == entries  # the minutes' signature sealed every entry
    assert group.verdict.text() == render("journal.holds", {"entries": entries,
                                                            "signed": signed, "pending": 0})
    assert group.verdict.text().startswith("Le journal est intègre")
    assert "#1b5e20" in group.verdict.styleSheet()
    assert group.counts.text() == (f"Entries: {entries} — signed: {signed} — awaiting the "
                                   "organisation's signature: 0")
    with sqlite3.connect(ctx.db.path) as conn:
        (install,) = conn.execute("SELECT value FROM setting WHERE key = 'install_id'").fetchone()
    assert group.install.text() == f"This install: {install}"
    assert not group.seal_button.isEnabled() and not group.stale.isVisible()
    qtmodeltester.check(group.model)  # type: ignore[no-untyped-call]
    m = group.model
    assert m.rowCount() == min(entries, 200)
    last = m.rowCount() - 1
    assert m.data(m.index(last, columns.SEQUENCE)) == str(entries)
    assert m.data(m.index(last, columns.KIND)) == "Procès-verbal inscrit au registre"
    assert m.data(m.index(last, columns.MEETING)) == "22/11/2026 — Assemblée générale 2026"
    assert m.data(m.index(last, columns.STATE)) == "Signed"
    kinds = {m.data(m.index(r, columns.KIND)) for r in range(m.rowCount())}
    assert "Admission d'un associé" in kinds and "Clôture de la séance" in kinds


def test_the_entries_can_be_narrowed_to_one_meeting(
        qtbot: QtBot, ctx: AppContext, page: RegistersPage, signed: ClosedMeeting) -> None:
    group = page.journal
    everything = group.model.rowCount()
    index = group.meeting.findData(signed.meeting_id)
    assert group.meeting.itemText(index) == "22/11/2026 — Assemblée générale 2026"
    with qtbot.waitSignal(group.loaded, timeout=10_000):
        group.meeting.setCurrentIndex(index)
    m = group.model
    assert 0 < m.rowCount() < everything  # the admissions are about no meeting
    assert {m.item_at(r).meeting_id for r in range(m.rowCount())} == {signed.meeting_id}
    with qtbot.waitSignal(group.loaded, timeout=10_000):
        group.meeting.setCurrentIndex(0)
    assert m.rowCount() == everything


def test_an_entry_edited_in_the_file_is_named_by_its_number(
        qtbot: QtBot, ctx: AppContext, page: RegistersPage) -> None:
    with sqlite3.connect(ctx.db.path) as conn:
        conn.execute("DROP TRIGGER journal_entry_no_update")
        (sequence,) = conn.execute("SELECT min(sequence) FROM journal_entry "
                                   "WHERE kind = 'meeting.closed'").fetchone()  # fmt: skip
        changed = conn.execute(
            "UPDATE journal_entry SET data = CAST(replace(CAST(data AS TEXT), 'meeting.closed', "
            "'meeting.opened') AS BLOB) WHERE sequence = ?", (sequence,)).rowcount
    assert changed == 1
    text = _check(qtbot, page.journal)
    first, detail = text.split("\n")
    assert first.startswith("Le journal est rompu")
    assert detail == render("journal.break.altered", {"sequence": sequence})
    assert f"n°\u00a0{sequence}" in detail
    assert "#a4161a" in page.journal.verdict.styleSheet()


def test_a_new_event_is_listed_and_its_entry_signed_with_the_passphrase(
        qtbot: QtBot, ctx: AppContext, page: RegistersPage) -> None:
    group = page.journal
    _admit(ctx, "Nouvelle")
    with qtbot.waitSignal(group.loaded, timeout=10_000):
        page.on_changes(Changes.of(Aggregate.MEMBERS))  # reloads, after a short delay
    entries, signed = _entries(ctx)
    assert signed == entries - 1
    m = group.model
    newest = m.item_at(m.rowCount() - 1)
    assert newest.kind == EventKind.MEMBER_ADMITTED and not newest.signed
    assert m.data(m.index(m.rowCount() - 1, columns.STATE)) == "Awaiting signature"
    assert group.seal_button.isEnabled()
    assert group.stale.isVisible()  # the verdict is about one entry less
    assert group.counts.text().endswith("awaiting the organisation's signature: 1")
    group.seal_button.click()
    dialog = next(w for w in QApplication.topLevelWidgets()
                  if isinstance(w, PassphraseDialog) and w.isVisible())
    type_text(dialog.passphrase, "pas la bonne phrase")
    with qtbot.waitSignal(dialog.failed, timeout=20_000):
        dialog.ok_button.click()
    assert _entries(ctx) == (entries, signed)  # a wrong passphrase signs nothing
    type_text(dialog.passphrase, ORG_PASS)
    sealed: list[int] = []
    group.sealed.connect(sealed.append)
    with qtbot.waitSignals([group.sealed, group.verified], timeout=20_000):
        dialog.ok_button.click()
    assert sealed == [1]
    qtbot.waitUntil(lambda: not group.seal_button.isEnabled(), timeout=10_000)
    assert _entries(ctx) == (entries, entries)
    assert group.verdict.text() == render("journal.holds", {"entries": entries,
                                                            "signed": entries, "pending": 0})
    assert not group.stale.isVisible()


def test_every_break_and_every_kind_has_a_wording(ctx: AppContext) -> None:
    from talagov.core.journal import BreakKind, JournalBreak, JournalReport
    from talagov.services.journal import JournalCheck

    for kind in BreakKind:
        report = JournalReport("a" * 32, 5, 2, 0, (JournalBreak(2, 3, kind),), (5, "0" * 64))
        text = verdict_text(JournalCheck("a" * 32, report, ""), "en")
        assert text.startswith("The journal is broken") and "journal.break" not in text
        assert "Entry 3" in text
    for event in EventKind:
        for lang in ("fr", "en"):
            assert not columns.kind_text(event.value, lang).startswith("journal.kind")
    assert verdict_text(JournalCheck("", JournalReport("", 0, 0, 0, (), None), ""), "fr") == \
        render("journal.empty", {})
