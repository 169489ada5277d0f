# SPDX-License-Identifier: GPL-3.0-or-later
"""On screen, French is French and English is English.

The demo is opened with the real translators installed: the member's window, the booth's
passphrase and first step, the auditor's window on the past AG's archive, then every
page, sub-tab and meeting tab of the main window and its new-item dialogs. Every text
shown is checked: in French, no English source string of the catalogue (a literal that
bypassed ``tr()``, or a text translated at import time, before the translator was
installed), no typical English word, no number, amount or date written the English way;
in English, the mirror checks, apart from the organisation's own data (the demo is a
French cooperative: its names, titles and places are French in both languages).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QMessageBox, QTabWidget
from pytestqt.qtbot import QtBot

from talagov.gui import settings
from talagov.gui.context import AppContext
from talagov.gui.main_window import MEETINGS_PAGE, MainWindow
from talagov.services import mandates, meetings, organisation
from talagov.services.uow import UnitOfWork
from talagov.storage.database import open_database
from tests.gui import languages
from tests.gui.catalogue import english_only, filled_patterns, french_only
from tests.gui.conftest import TODAY, make_ctx, type_text
from tests.gui.visible_texts import Shown, plain, visible_texts

# Words no French screen shows (whole words, case-sensitive; « Close » is French: séance close).
ENGLISH_WORDS = re.compile(r"\b(the|and|with|of|your|you|Cancel|Save|Open|Yes|No|Apply|Discard|"
                           r"Help|Reset|Loading|None|True|False)\b")
# Words no English screen shows, and French quotation marks.
FRENCH_WORDS = re.compile(r"«|»|\b(le|la|les|des|du|une|est|et|pour|avec|aucun|aucune|Annuler|"
                          r"Enregistrer|Fermer|Ouvrir|Supprimer|Ajouter|Modifier|Oui|Non|Aide|"
                          r"séance|réunion|associés?|sociétaires?|Paramètres)\b")

translated = languages.translated  # the fixture, parametrized by each test


@pytest.fixture
def demo_ctx(demo_path: Path, translated: str) -> Iterator[AppContext]:
    """The demo in the language under test."""
    db = open_database(demo_path)
    ctx = make_ctx(db)
    ctx.lang = translated
    yield ctx
    ctx.runner.shutdown()
    db.close()


def _settle(qtbot: QtBot, ctx: AppContext) -> None:
    """Let the loads started by what was just shown (and those they start) finish."""
    for _ in range(3):
        qtbot.waitUntil(lambda: not ctx.runner.busy, timeout=10_000)
        qtbot.wait(20)


def _tour(qtbot: QtBot, ctx: AppContext) -> list[Shown]:
    """Every page, sub-tab, meeting tab and a few dialogs of the main window."""
    settings.put(settings.LAST_PAGE, 0)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    shown: list[Shown] = []
    for row in range(window.sidebar.count()):
        window.sidebar.setCurrentRow(row)
        _settle(qtbot, ctx)
        shown += visible_texts(window)
        page = window.pages[row]
        if row == MEETINGS_PAGE:
            for meeting_row in range(page.model.rowCount()):  # type: ignore[attr-defined]
                page.select_meeting(page.model.item_at(meeting_row).id)  # type: ignore[attr-defined]
                _settle(qtbot, ctx)
                for tab in range(page.workspace.tabs.count()):  # type: ignore[attr-defined]
                    page.workspace.tabs.setCurrentIndex(tab)  # type: ignore[attr-defined]
                    _settle(qtbot, ctx)
                    shown += visible_texts(window)
            continue
        for tabs in page.findChildren(QTabWidget):
            for tab in range(tabs.count()):
                tabs.setCurrentIndex(tab)
                _settle(qtbot, ctx)
                shown += visible_texts(window)
    shown += _dialogs(qtbot, ctx, window)
    window.close()
    return shown


def _dialogs(qtbot: QtBot, ctx: AppContext, window: MainWindow) -> list[Shown]:
    """The new member, meeting, body and mandate dialogs and a share movement's."""
    from talagov.core.shares import MovementKind

    shown: list[Shown] = []
    openers = [window.members_page.new_member, window.meetings_page.new_meeting,
               window.pages[3].new_body, window.pages[3].new_mandate,  # type: ignore[attr-defined]
               lambda: window.pages[2].open_movement_dialog(  # type: ignore[attr-defined]
                   MovementKind.SUBSCRIPTION)]
    for opener in openers:
        before = set(QApplication.topLevelWidgets())
        opener()
        _settle(qtbot, ctx)
        for dialog in set(QApplication.topLevelWidgets()) - before:
            if isinstance(dialog, QDialog) and dialog.isVisible():
                shown += visible_texts(dialog)
                dialog.reject()
    return shown


def _data(ctx: AppContext) -> list[str]:
    """The demo's own words (French whatever the interface language), longest first."""
    with UnitOfWork(ctx.db) as uow:
        words = [c.label for c in organisation.categories(uow)]
        words += [c.name for c in organisation.statutes_at(uow, TODAY).colleges]
        words += [b.name for b in mandates.list_bodies(uow)]
        for item in meetings.list_meetings(uow):
            meeting = meetings.get_meeting(uow, item.id)
            words += [meeting.title, meeting.place]
    return sorted({w for w in words if w}, key=len, reverse=True)


def _other_windows(qtbot: QtBot, ctx: AppContext, home: Path) -> list[Shown]:
    """The member's window on a fresh home, the booth's passphrase dialog and first step
    (the demo's next AG put in session), the auditor's window on the past AG's archive."""
    from talagov.gui.auditor.auditor_window import AuditorWindow
    from talagov.gui.booth import open_booth
    from talagov.gui.booth.booth_window import BoothWindow
    from talagov.gui.dialogs.passphrase_dialog import PassphraseDialog
    from talagov.gui.member.member_window import MemberWindow
    from talagov.services.demo.archive import export_past_assembly
    from talagov.services.demo.votes import SECRETARY_PASSPHRASE
    from tests.gui.booth.test_booth_demo import UPCOMING, _in_session

    member = MemberWindow(ctx.lang, home)
    member.open_external = None
    qtbot.addWidget(member)
    member.show()
    qtbot.wait(50)
    shown = visible_texts(member)
    member.close()

    _in_session(ctx)
    open_booth(ctx, UPCOMING, None)
    dialog = next(w for w in QApplication.topLevelWidgets()
                  if isinstance(w, PassphraseDialog) and w.isVisible())
    shown += visible_texts(dialog)
    type_text(dialog.passphrase, SECRETARY_PASSPHRASE)
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: any(isinstance(w, BoothWindow) and w.isVisible()
                                for w in QApplication.topLevelWidgets()), timeout=10_000)
    booth = next(w for w in QApplication.topLevelWidgets()
                 if isinstance(w, BoothWindow) and w.isVisible())
    qtbot.waitUntil(lambda: not booth.busy and booth.finder.list.count() > 0, timeout=10_000)
    shown += visible_texts(booth)
    booth._may_close = True  # closing for good needs the passphrase otherwise
    booth.close()

    exported = export_past_assembly(ctx.db)
    assert exported is not None
    auditor = AuditorWindow(ctx.lang, None)
    auditor.open_external = None
    qtbot.addWidget(auditor)
    auditor.show()
    auditor.open_archive(exported.path)
    qtbot.waitUntil(lambda: auditor.opened is not None, timeout=60_000)
    for tab in range(auditor.tabs.count()):
        auditor.tabs.setCurrentIndex(tab)
        qtbot.wait(20)
        shown += visible_texts(auditor)
    auditor.close()
    return shown


def _everything(qtbot: QtBot, ctx: AppContext, home: Path) -> list[Shown]:
    # The main window last: closing it stops the runner and closes the database.
    shown = _other_windows(qtbot, ctx, home) + _tour(qtbot, ctx)
    assert len(shown) > 2000  # the tour did see the pages
    return shown


# File names, paths and e-mail addresses are data too (an archive holds
# ``pdf/results.pdf``; the test's temporary folder is named after the test).
PATH = re.compile(r"(?<!\S)[~.]?/\S*|\S+@\S+|[\w./-]*\.(?:pdf|json|zip|csv|txt|sqlite|pem|md)\b")
# Numbers, amounts and dates written the other language's way: €12, 1.50 %, 1,234,
# 2026-11-22, 50% in French; 12 €, 22/11/2026, 1 234, 1,50 €, 50 % in English.
ENGLISH_FORMATS = re.compile(r"€\s?\d|\d\.\d{2}\s?[€%]|\b\d{1,3}(?:,\d{3})+(?![\d,])|"
                             r"\b\d{4}-\d{2}-\d{2}\b|\d%")
FRENCH_FORMATS = re.compile(r"\d[\u00a0\u202f ]?€|\b\d{1,2}/\d{1,2}/\d{4}\b|\d\u202f\d{3}|"
                            r"\d,\d{2}\s?[€%]|\d\u00a0%")


def _words(text: str) -> str:
    """What the word checks read: plain text without paths and file names."""
    return PATH.sub(" ", plain(text))


def _report(shown: list[Shown]) -> list[str]:
    return sorted({f"{s.where} {s.kind}: {s.text!r}" for s in shown})


@pytest.mark.slow  # the whole tour: about 12 s
@pytest.mark.parametrize("translated", ["fr"], indirect=True)
def test_the_french_interface_shows_no_english(qtbot: QtBot, demo_ctx: AppContext,
                                                tmp_path: Path) -> None:
    shown = _everything(qtbot, demo_ctx, tmp_path / "home")
    english, patterns = english_only(), filled_patterns()
    wrong = [s for s in shown if not PATH.fullmatch(s.text) and (
        s.text in english or any(p.match(s.text) for p in patterns)
        or ENGLISH_WORDS.search(_words(s.text)) or ENGLISH_FORMATS.search(_words(s.text)))]
    assert not wrong, "\n".join(_report(wrong))


@pytest.mark.slow
@pytest.mark.parametrize("translated", ["en"], indirect=True)
def test_the_english_interface_shows_no_french(qtbot: QtBot, demo_ctx: AppContext,
                                               tmp_path: Path) -> None:
    shown = _everything(qtbot, demo_ctx, tmp_path / "home")
    data, french = _data(demo_ctx), french_only()
    # Cells and list items are mostly data: inside a label, each of them counts as data.
    quoted = data + sorted({s.text for s in shown if s.is_data and len(s.text) > 2},
                           key=len, reverse=True)
    wrong = []
    for s in shown:
        if s.text in data or PATH.fullmatch(s.text):
            continue
        if s.text in french:
            wrong.append(s)
            continue
        own = s.text  # without the organisation's data
        for words in data:
            own = own.replace(words, " ")
        rest = own  # and without any cell's text
        for words in quoted:
            rest = rest.replace(words, " ")
        french_words = not s.is_data and FRENCH_WORDS.search(_words(rest))
        # French prose is data (a resolution's text): its amounts may be French too.
        french_numbers = not FRENCH_WORDS.search(_words(own)) and FRENCH_FORMATS.search(_words(own))
        if french_words or french_numbers:
            wrong.append(s)
    assert not wrong, "\n".join(_report(wrong))


@pytest.mark.parametrize("translated", ["fr"], indirect=True)
def test_qt_standard_buttons_are_french(qtbot: QtBot, translated: str) -> None:
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
                           | QDialogButtonBox.StandardButton.Save
                           | QDialogButtonBox.StandardButton.Close)
    qtbot.addWidget(box)
    texts = {b.text().replace("&", "") for b in box.buttons()}
    assert texts == {"OK", "Annuler", "Enregistrer", "Fermer"}
    message = QMessageBox(QMessageBox.Icon.Question, "T", "?",
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
    qtbot.addWidget(message)
    assert {b.text().replace("&", "") for b in message.buttons()} == {"Oui", "Non"}
