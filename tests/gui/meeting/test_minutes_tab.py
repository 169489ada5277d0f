# SPDX-License-Identifier: GPL-3.0-or-later
"""The minutes tab on a closed AG of the seeded SCIC: the rich text kept as data, the
autosave, the sections, the decisions table, submission, signatures and errata."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QTextCursor, QTextDocument
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from talagov.core.minutes_content import Decision, MinutesStatus
from talagov.core.rich_text import Block, BlockKind, Run
from talagov.gui.context import AppContext
from talagov.gui.meeting import minutes_actions
from talagov.gui.meeting.minutes_data import ANNEXES, DECISIONS, HEADER, ITEM, OPENING, SIGNATURES
from talagov.gui.meeting.minutes_editor import RichTextEditor
from talagov.gui.meeting.minutes_rich import from_document, to_document
from talagov.gui.meeting.minutes_tab import MinutesTab
from tests.gui.conftest import type_text
from tests.gui.meeting.minutes_setup import (
    CLOSED,
    DURAND,
    LEFEVRE,
    MEMBER_PASS,
    ORG_PASS,
    ClosedMeeting,
    make_closed_meeting,
)
from tests.gui.meeting.votes_setup import close_widget, make_votes_meeting

RICH = (
    Block(BlockKind.PARAGRAPH, (Run("Zoé Bénard (Rhizomes)\u00a0: ", bold=True),
                                Run("les comptes sont "), Run("clairs", italic=True),
                                Run(".\nDeuxième ligne."))),
    Block(BlockKind.BULLET, (Run("un point"),)),
    Block(BlockKind.BULLET, (Run("un autre "), Run("important", bold=True, italic=True))),
    Block(BlockKind.NUMBERED, (Run("premier"),)),
    Block(BlockKind.NUMBERED, (Run("second"),)),
    Block(BlockKind.PARAGRAPH, (Run("Fin."),)),
)


@pytest.fixture
def closed(ctx: AppContext) -> ClosedMeeting:
    return make_closed_meeting(ctx.db)


def _tab(qtbot: QtBot, ctx: AppContext, meeting_id: int) -> MinutesTab:
    widget = MinutesTab(ctx)
    widget.clock = lambda: CLOSED
    widget.open_pdf = None
    ctx.runner.changes_applied.connect(widget.on_changes)
    widget.resize(1100, 800)
    widget.show()
    with qtbot.waitSignal(widget.loaded, timeout=10_000):
        widget.set_meeting(meeting_id)
    return widget


@pytest.fixture
def tab(qtbot: QtBot, ctx: AppContext, closed: ClosedMeeting) -> Iterator[MinutesTab]:
    widget = _tab(qtbot, ctx, closed.meeting_id)
    yield widget
    widget._dirty = False  # nothing more to save: the runner stops after the test
    ctx.runner.changes_applied.disconnect(widget.on_changes)
    qtbot.waitUntil(lambda: not ctx.runner.busy, timeout=10_000)
    close_widget(widget)


def _fast(tab: MinutesTab) -> None:
    tab.timer.setInterval(50)


def _saved(qtbot: QtBot, ctx: AppContext, tab: MinutesTab) -> None:
    qtbot.waitUntil(lambda: not tab._dirty and not ctx.runner.busy, timeout=10_000)


def _reload(qtbot: QtBot, tab: MinutesTab) -> None:
    with qtbot.waitSignal(tab.loaded, timeout=10_000):
        tab.refresh()


def _box_text() -> str:
    boxes = [w for w in QApplication.topLevelWidgets()
             if isinstance(w, QMessageBox) and w.isVisible()]
    text = "\n".join(b.text() for b in boxes)
    for box in boxes:
        box.close()
    return text


# -- the rich text ---------------------------------------------------------------------


def test_a_document_round_trips_bold_italic_bullets_and_numbers(qapp: QApplication) -> None:
    document = QTextDocument()
    to_document(RICH, document)
    assert document.toRawText().startswith("Zoé Bénard (Rhizomes)\u00a0: les comptes")
    assert from_document(document) == RICH


def test_typing_and_the_tool_bar_make_bold_runs_and_lists(qtbot: QtBot) -> None:
    editor = RichTextEditor("Debates")
    qtbot.addWidget(editor)
    editor.show()
    type_text(editor.edit, "Le budget ")
    editor.bold_action.trigger()
    type_text(editor.edit, "est voté")
    editor.bold_action.trigger()
    editor.edit.textCursor().insertBlock()
    editor.bullets_action.trigger()
    type_text(editor.edit, "premier point")
    editor.edit.textCursor().insertBlock()
    type_text(editor.edit, "second point")
    editor.edit.textCursor().insertBlock()
    editor.numbers_action.trigger()
    type_text(editor.edit, "à faire")
    assert editor.text() == (
        Block(BlockKind.PARAGRAPH, (Run("Le budget "), Run("est voté", bold=True))),
        Block(BlockKind.BULLET, (Run("premier point"),)),
        Block(BlockKind.BULLET, (Run("second point"),)),
        Block(BlockKind.NUMBERED, (Run("à faire"),)),
    )
    editor.numbers_action.trigger()  # the same list again: a plain paragraph
    assert editor.text()[-1] == Block(BlockKind.PARAGRAPH, (Run("à faire"),))
    assert editor.text()[2].kind is BlockKind.BULLET  # the rest of the list stays


def test_a_pasted_page_keeps_only_paragraphs_lists_bold_and_italic(qtbot: QtBot) -> None:
    from PySide6.QtCore import QMimeData

    editor = RichTextEditor("Debates")
    qtbot.addWidget(editor)
    mime = QMimeData()
    mime.setHtml("<p style='color:red;font-size:30pt'>Rouge <b>gras</b></p>"
                 "<ol><li>un</li><li><i>deux</i></li></ol><img src='x.png'>")
    editor.edit.insertFromMimeData(mime)
    assert editor.text() == (
        Block(BlockKind.PARAGRAPH, (Run("Rouge "), Run("gras", bold=True))),
        Block(BlockKind.NUMBERED, (Run("un"),)),
        Block(BlockKind.NUMBERED, (Run("deux", italic=True),)),
    )


def test_insert_a_speaker_opens_the_paragraph_with_a_bold_name(qtbot: QtBot) -> None:
    editor = RichTextEditor("Debates")
    qtbot.addWidget(editor)
    editor.speakers = ["Zoé Bénard", "Noël Lefèvre"]
    offered: list[list[str]] = []
    editor.pick_speaker = lambda _parent, names: offered.append(list(names)) or "Zoé Bénard"
    type_text(editor.edit, "Les comptes sont clairs.")
    editor.speaker_action.trigger()
    type_text(editor.edit, "Oui. ")
    editor.pick_speaker = lambda _parent, _names: "Noël Lefèvre"
    editor.speaker_action.trigger()  # a second speaker replaces the first
    assert offered == [["Zoé Bénard", "Noël Lefèvre"]]
    assert editor.text() == (Block(BlockKind.PARAGRAPH, (
        Run("Noël Lefèvre\u00a0: ", bold=True), Run("Oui. Les comptes sont clairs."))),)


# -- states before the minutes ---------------------------------------------------------


def test_a_meeting_not_closed_says_the_minutes_are_drafted_at_closing(
        qtbot: QtBot, ctx: AppContext) -> None:
    assembly = make_votes_meeting(ctx.db)
    widget = _tab(qtbot, ctx, assembly.meeting_id)
    assert widget.stack.currentWidget() is widget.before
    assert "drafted from the record when the meeting is closed" in widget.before.text.text()
    assert not widget.draft_button.isVisible()
    assert not widget.bar.preview_button.isVisible()
    ctx.runner.changes_applied.disconnect(widget.on_changes)
    close_widget(widget)


def test_a_meeting_closed_without_minutes_gets_them_drafted(
        qtbot: QtBot, ctx: AppContext, closed: ClosedMeeting) -> None:
    with sqlite3.connect(ctx.db.path) as conn:  # an older database: closed before minutes
        conn.execute("DELETE FROM minutes")
    widget = _tab(qtbot, ctx, closed.meeting_id)
    assert widget.draft_button.isVisible()
    with qtbot.waitSignal(widget.loaded, timeout=10_000):
        widget.draft_button.click()
    assert widget.view is not None and widget.view.status is MinutesStatus.DRAFT
    assert widget.bar.status.text() == "Draft"
    titles = [s.title for s in widget.sections.sections]
    assert titles == ["Header", "Attendance and quorum", "Agenda", "Opening",
                      "1. Approbation des comptes", "2. Élection au conseil", "Closing",
                      "Decisions", "Annexes", "Signatures"]
    ctx.runner.changes_applied.disconnect(widget.on_changes)
    qtbot.waitUntil(lambda: not ctx.runner.busy)
    close_widget(widget)


# -- writing ---------------------------------------------------------------------------


def test_autosave_stores_what_was_typed_and_says_when(
        qtbot: QtBot, ctx: AppContext, tab: MinutesTab, closed: ClosedMeeting) -> None:
    tab.sections.select(OPENING)
    editor = tab.sections.opening_panel.editor
    type_text(editor.edit, "La séance est ouverte à 10 h 05.")
    assert tab.bar.save_state.text() == "Unsaved changes"
    assert tab.timer.isActive()
    qtbot.waitUntil(lambda: closed.view().written.opening != (), timeout=5_000)
    assert closed.view().written.opening == (Block(BlockKind.PARAGRAPH, (
        Run("La séance est ouverte à 10 h 05."),)),)
    qtbot.waitUntil(lambda: tab.bar.save_state.text() == "Saved at 10:35", timeout=5_000)
    assert editor.edit.toPlainText() == "La séance est ouverte à 10 h 05."  # not reloaded


def test_leaving_the_tab_saves_at_once(
        qtbot: QtBot, ctx: AppContext, tab: MinutesTab, closed: ClosedMeeting) -> None:
    tab.sections.select(OPENING)
    type_text(tab.sections.opening_panel.editor.edit, "Ouverture.")
    tab.timer.setInterval(60_000)  # the autosave would come far too late
    tab.timer.start()
    tab.hide()
    assert not tab.timer.isActive()
    qtbot.waitUntil(lambda: closed.view().written.opening != (), timeout=5_000)


def test_drafted_by_and_the_debates_of_an_item_are_saved(
        qtbot: QtBot, ctx: AppContext, tab: MinutesTab, closed: ClosedMeeting) -> None:
    _fast(tab)
    tab.sections.select(HEADER)
    type_text(tab.sections.header_panel.drafted_by, "Noël Lefèvre")
    tab.sections.select(ITEM, closed.resolution_item)
    panel = tab.sections.item_panels[closed.resolution_item]
    type_text(panel.editor.edit, "Les comptes sont clairs.")
    _saved(qtbot, ctx, tab)
    written = closed.view().written
    assert written.drafted_by == "Noël Lefèvre"
    assert written.items[closed.resolution_item].debates[0].plain == "Les comptes sont clairs."


def test_debates_not_recorded_disable_the_editor_and_are_saved(
        qtbot: QtBot, ctx: AppContext, tab: MinutesTab, closed: ClosedMeeting) -> None:
    _fast(tab)
    tab.sections.select(ITEM, closed.election_item)
    panel = tab.sections.item_panels[closed.election_item]
    assert panel.editor.isEnabled()
    panel.not_recorded.click()
    assert not panel.editor.isEnabled()
    _saved(qtbot, ctx, tab)
    assert closed.view().written.items[closed.election_item].not_recorded is True
    panel.not_recorded.click()
    assert panel.editor.isEnabled()
    _saved(qtbot, ctx, tab)
    assert closed.view().written.items[closed.election_item].not_recorded is False


def test_decisions_are_added_saved_moved_and_refused_without_an_action(
        qtbot: QtBot, ctx: AppContext, tab: MinutesTab, closed: ClosedMeeting,
        qtmodeltester: ModelTester) -> None:
    _fast(tab)
    tab.sections.select(DECISIONS)
    panel = tab.sections.decisions_panel
    qtmodeltester.check(panel.model)
    panel.add_button.click()
    model = panel.model
    assert model.rowCount() == 1 and model.data(model.index(0, 0)) == "1"
    model.setData(model.index(0, 1), "Relancer la mairie")
    model.setData(model.index(0, 2), "Commune de Saint-Aubin-lès-Elbeuf")
    model.setData(model.index(0, 3), "fin juin")
    panel.table.selectRow(0)
    panel.add_button.click()
    model.setData(model.index(1, 1), "Publier le rapport")
    _saved(qtbot, ctx, tab)
    assert closed.view().written.decisions == (
        Decision("Relancer la mairie", "Commune de Saint-Aubin-lès-Elbeuf", "fin juin"),
        Decision("Publier le rapport"))
    panel.table.selectRow(1)
    panel.up_button.click()
    _saved(qtbot, ctx, tab)
    assert [d.action for d in closed.view().written.decisions] == [
        "Publier le rapport", "Relancer la mairie"]
    # A line without its action is refused: the bar says which, nothing is lost.
    with qtbot.waitSignal(tab.save_failed, timeout=5_000):
        model.setData(model.index(0, 1), "")
    assert "La décision n°1 n'a pas d'action" in tab.message_bar.text()  # in French
    assert tab.bar.save_state.text() == "Not saved"
    assert model.data(model.index(1, 1)) == "Relancer la mairie"
    model.setData(model.index(0, 1), "Publier le rapport annuel")
    _saved(qtbot, ctx, tab)
    assert tab.message_bar.text() == ""
    assert closed.view().written.decisions[0].action == "Publier le rapport annuel"


def test_the_owner_of_a_decision_completes_from_the_participants(
        tab: MinutesTab) -> None:
    names = tab.sections.decisions_panel.who_delegate.names.stringList()
    assert "Zoé Bénard" in names and "Noël Lefèvre" in names


def test_incidents_added_by_the_secretary_are_saved_below_those_of_the_record(
        qtbot: QtBot, ctx: AppContext, tab: MinutesTab, closed: ClosedMeeting) -> None:
    _fast(tab)
    tab.sections.select(ANNEXES)
    panel = tab.sections.annexes_panel
    assert "The record shows no incident." in panel.incidents_browser.toPlainText()
    panel.add_button.click()
    panel.incidents.currentItem().setText("La liaison vidéo a coupé à 10 h 20.")
    _saved(qtbot, ctx, tab)
    assert closed.view().written.incidents == ("La liaison vidéo a coupé à 10 h 20.",)


def test_the_language_of_the_minutes_redrafts_them_in_english(
        qtbot: QtBot, ctx: AppContext, tab: MinutesTab, closed: ClosedMeeting) -> None:
    with qtbot.waitSignal(tab.loaded, timeout=10_000):
        tab.bar.language.setCurrentIndex(tab.bar.language.findData("en"))
    assert closed.view().lang == "en"
    assert "Ordinary general meeting" in tab.sections.header_panel.browser.toPlainText()


def test_the_pdf_preview_is_printed_off_the_gui_thread_and_opened(
        qtbot: QtBot, ctx: AppContext, tab: MinutesTab) -> None:
    opened: list[Path] = []
    tab.open_pdf = opened.append
    tab.bar.preview_button.click()
    qtbot.waitUntil(lambda: bool(opened), timeout=20_000)
    assert opened[0].read_bytes().startswith(b"%PDF")


# -- submission and signatures ---------------------------------------------------------


def _submit(qtbot: QtBot, tab: MinutesTab, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(minutes_actions, "confirm", lambda *_args: True)
    with qtbot.waitSignal(tab.loaded, timeout=20_000):
        tab.bar.submit_button.click()


def test_submitting_freezes_the_editor_and_back_to_draft_unfreezes_it(
        qtbot: QtBot, ctx: AppContext, tab: MinutesTab, closed: ClosedMeeting,
        monkeypatch: pytest.MonkeyPatch) -> None:
    _fast(tab)
    tab.sections.select(OPENING)
    type_text(tab.sections.opening_panel.editor.edit, "Ouverture.")
    _submit(qtbot, tab, monkeypatch)  # what was typed is saved first
    view = closed.view()
    assert view.status is MinutesStatus.SUBMITTED
    assert view.content is not None and view.content.opening[0].plain == "Ouverture."
    assert tab.bar.status.text() == "Submitted — waiting for: Durand Élodie, Lefèvre Noël"
    assert tab.sections.current_section().key == SIGNATURES
    tab.sections.select(OPENING)
    assert tab.sections.opening_panel.editor.edit.isReadOnly()
    assert not tab.sections.opening_panel.editor.bold_action.isEnabled()
    assert not tab.sections.decisions_panel.add_button.isVisibleTo(tab)
    assert not tab.bar.submit_button.isVisible() and tab.bar.back_button.isEnabled()
    with qtbot.waitSignal(tab.loaded, timeout=10_000):
        tab.bar.back_button.click()
    assert closed.view().status is MinutesStatus.DRAFT
    assert not tab.sections.opening_panel.editor.edit.isReadOnly()


def _sign(qtbot: QtBot, tab: MinutesTab, member_id: int, *, org: bool) -> str:
    tab.sections.signatures_panel.sign_buttons[member_id].click()
    qtbot.waitUntil(lambda: tab.sign_dialog is not None, timeout=10_000)
    dialog = tab.sign_dialog
    assert dialog is not None
    assert dialog.org_passphrase.isVisibleTo(dialog) is org  # type: ignore[attr-defined]
    type_text(dialog.passphrase, MEMBER_PASS)
    if org:
        type_text(dialog.org_passphrase, ORG_PASS)  # type: ignore[attr-defined]
    with qtbot.waitSignal(tab.loaded, timeout=30_000):
        dialog.ok_button.click()
    qtbot.waitUntil(lambda: any(isinstance(w, QMessageBox) and w.isVisible()
                                for w in QApplication.topLevelWidgets()), timeout=5_000)
    return _box_text()


def test_both_signatories_sign_and_the_minutes_enter_the_register(
        qtbot: QtBot, ctx: AppContext, tab: MinutesTab, closed: ClosedMeeting,
        monkeypatch: pytest.MonkeyPatch) -> None:
    _submit(qtbot, tab, monkeypatch)
    first = _sign(qtbot, tab, DURAND, org=False)
    assert "Still waiting for: Lefèvre Noël" in first
    assert "No RFC 3161 time-stamp was obtained (no authority configured)" in first
    assert tab.bar.status.text() == "Submitted — waiting for: Lefèvre Noël"
    assert not tab.bar.back_button.isEnabled()  # a signature was given
    last = _sign(qtbot, tab, LEFEVRE, org=True)
    assert "Entered in the register under no. 1." in last
    assert tab.bar.status.text() == "Signed — register no. 1"
    assert closed.view().status is MinutesStatus.SIGNED
    assert tab.bar.timestamp_button.isVisible() and tab.bar.erratum_button.isVisible()
    assert "local time was recorded" in tab.sections.signatures_panel.timestamp.text()
    tab.sections.select(OPENING)
    assert tab.sections.opening_panel.editor.edit.isReadOnly()
    tab.bar.timestamp_button.click()  # no authority configured: said plainly
    qtbot.waitUntil(lambda: any(isinstance(w, QMessageBox) and w.isVisible()
                                for w in QApplication.topLevelWidgets()), timeout=10_000)
    assert "Aucune autorité d'horodatage n'est configurée" in _box_text()
    # A correction is an erratum: only its text and its signatories.
    with qtbot.waitSignal(tab.loaded, timeout=10_000):
        tab.bar.erratum_button.click()
    assert tab.view is not None and tab.view.kind == "erratum"
    assert [s.title for s in tab.sections.sections] == ["Correction", "Signatures"]
    assert tab.bar.documents.isVisible() and tab.bar.documents.count() == 2
    assert tab.bar.status.text() == "Erratum — Draft"
    assert not tab.sections.correction_panel.editor.edit.isReadOnly()


def test_a_wrong_passphrase_is_said_in_the_dialog_which_stays_open(
        qtbot: QtBot, ctx: AppContext, tab: MinutesTab, monkeypatch: pytest.MonkeyPatch) -> None:
    _submit(qtbot, tab, monkeypatch)
    tab.sections.signatures_panel.sign_buttons[DURAND].click()
    qtbot.waitUntil(lambda: tab.sign_dialog is not None, timeout=10_000)
    dialog = tab.sign_dialog
    assert dialog is not None
    type_text(dialog.passphrase, "pas la bonne")
    with qtbot.waitSignal(dialog.failed, timeout=10_000):
        dialog.ok_button.click()
    assert dialog.isVisible() and dialog.message_bar.text()
    assert dialog.passphrase.text() == ""
    dialog.reject()


def test_the_signatories_dialog_changes_who_signs(
        qtbot: QtBot, ctx: AppContext, tab: MinutesTab, closed: ClosedMeeting) -> None:
    from talagov.core.minutes_signers import SignerRole
    from tests.gui.meeting.minutes_setup import MARTIN

    dialog = tab.choose_signatories()
    assert dialog is not None
    qtbot.waitUntil(lambda: len(dialog.rows) == 2, timeout=10_000)
    dialog.add_signatory(MARTIN, SignerRole.SCRUTINEER)
    with qtbot.waitSignal(tab.loaded, timeout=10_000):
        dialog.ok_button.click()
    roles = [(s.member_id, s.role) for s in closed.view().signatories]
    assert roles[-1] == (MARTIN, SignerRole.SCRUTINEER)
    assert "Martin" in " ".join(label.text() for label in
                                tab.sections.signatures_panel.findChildren(type(dialog.missing)))


def test_the_editor_text_survives_the_reload_of_its_own_save(
        qtbot: QtBot, ctx: AppContext, tab: MinutesTab) -> None:
    _fast(tab)
    tab.sections.select(OPENING)
    edit = tab.sections.opening_panel.editor.edit
    type_text(edit, "Début")
    _saved(qtbot, ctx, tab)
    edit.moveCursor(QTextCursor.MoveOperation.End)
    type_text(edit, " suite")
    _saved(qtbot, ctx, tab)
    _reload(qtbot, tab)  # a change made elsewhere reloads, keeping the same draft's editors
    assert edit.toPlainText() == "Début suite"
    assert edit.textCursor().position() == len("Début suite")  # the cursor did not move


def test_closing_the_window_saves_what_was_being_typed(
        qtbot: QtBot, ctx: AppContext, closed: ClosedMeeting) -> None:
    from talagov.gui.main_window import MEETINGS_PAGE, MainWindow
    from talagov.gui.meeting.workspace import MINUTES_TAB

    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    window.sidebar.setCurrentRow(MEETINGS_PAGE)
    workspace = window.meetings_page.workspace
    qtbot.waitUntil(lambda: workspace.meeting is not None, timeout=10_000)
    workspace.tabs.setCurrentIndex(MINUTES_TAB)
    tab = workspace.minutes
    qtbot.waitUntil(lambda: tab.view is not None, timeout=10_000)
    tab.sections.select(OPENING)
    type_text(tab.sections.opening_panel.editor.edit, "Dernier mot avant de fermer.")
    window.close()  # before the autosave's 1.5 s
    with sqlite3.connect(ctx.db.path) as conn:
        (written,) = conn.execute("SELECT written FROM minutes").fetchone()
    assert "Dernier mot avant de fermer." in written
