# SPDX-License-Identifier: GPL-3.0-or-later
"""The help window on a fixture guide: topics and anchors, links, history, zoom, the
glossary, a missing guide."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QApplication, QPushButton

from talagov.core.glossary import TERMS
from talagov.gui.help import help_window as help_module
from talagov.gui.help.help_window import HelpWindow
from talagov.gui.help.pages import anchors_of, markdown_with_anchors
from talagov.gui.help.topics import TOPICS


def _anchor_top(window: HelpWindow, name: str) -> float | None:
    """The y of the block carrying anchor ``name`` in the document, None if absent."""
    document = window.browser.document()
    block = document.begin()
    while block.isValid():
        fragments = block.begin()
        while not fragments.atEnd():
            if name in fragments.fragment().charFormat().anchorNames():
                return document.documentLayout().blockBoundingRect(block).top()
            fragments += 1
        block = block.next()
    return None


def _file(window: HelpWindow) -> str:
    return Path(window.browser.source().toLocalFile()).name


def test_topic_opens_its_page_scrolled_to_the_anchor(help_win: HelpWindow) -> None:
    help_module.show_topic("meeting.votes")
    assert help_win.isVisible()
    assert _file(help_win) == "secretaire.md"
    assert help_win.browser.source().fragment() == "votes"
    top = _anchor_top(help_win, "votes")
    assert top is not None and top > 0
    bar = help_win.browser.verticalScrollBar()
    assert bar.value() > 0
    assert abs(bar.value() - top) < help_win.browser.viewport().height()
    assert "Guide du secrétaire" in help_win.windowTitle()
    # The heading after the anchor is still a heading (the marker keeps its own line).
    block = help_win.browser.document().begin()
    headings = []
    while block.isValid():
        if block.blockFormat().headingLevel() == 2:
            headings.append(block.text())
        block = block.next()
    assert "Section votes" in headings


def test_topic_without_anchor_shows_the_top(help_win: HelpWindow) -> None:
    help_module.show_topic("meeting.archive")
    assert help_win.browser.verticalScrollBar().value() > 0
    help_module.show_topic("guide.secretary")
    assert help_win.browser.verticalScrollBar().value() == 0


def test_english_interface_opens_the_english_page(help_win: HelpWindow,
                                                  qapp: QApplication) -> None:
    qapp.setProperty("talagov_lang", "en")
    help_module.show_topic("auditor")
    assert help_win.browser.source().toLocalFile().endswith("en/auditor.md")
    assert help_win.browser.source().fragment() == "verify-talagov"
    assert "Auditor’s guide" in help_win.windowTitle()


def test_links_between_pages_and_history(help_win: HelpWindow) -> None:
    help_module.show_topic("guide.secretary")
    help_win.browser.anchorClicked.emit(QUrl("membre.md#home-vote"))
    assert _file(help_win) == "membre.md"
    assert help_win.browser.source().fragment() == "home-vote"
    assert help_win.browser.verticalScrollBar().value() > 0
    assert help_win.back_button.isEnabled() and not help_win.forward_button.isEnabled()
    help_win.back_button.click()
    assert _file(help_win) == "secretaire.md"
    assert help_win.forward_button.isEnabled()
    help_win.forward_button.click()
    assert _file(help_win) == "membre.md"
    help_win.contents_button.click()
    assert _file(help_win) == "index.md"


def test_anchor_on_the_same_page_scrolls(help_win: HelpWindow) -> None:
    help_module.show_topic("guide.secretary")
    help_win.browser.anchorClicked.emit(QUrl("#votes"))
    assert _file(help_win) == "secretaire.md"
    assert help_win.browser.verticalScrollBar().value() > 0


def test_external_link_goes_to_the_desktop(help_win: HelpWindow, opened: list[QUrl]) -> None:
    help_module.show_topic("guide.secretary")
    help_win.browser.anchorClicked.emit(QUrl("https://example.org/talagov"))
    assert opened == [QUrl("https://example.org/talagov")]
    assert _file(help_win) == "secretaire.md"


def test_images_resolve_next_to_the_page(help_win: HelpWindow) -> None:
    help_module.show_topic("guide.secretary")
    image = help_win.browser.document().resource(QTextDocument.ResourceType.ImageResource,
                                                 QUrl("../images/fr/shot.png"))
    assert image is not None and not image.isNull()
    # The 1200-pixel screenshot is shown as a smoothly scaled copy as wide as the page.
    document = help_win.browser.document()
    names = []
    block = document.begin()
    while block.isValid():
        fragments = block.begin()
        while not fragments.atEnd():
            if fragments.fragment().charFormat().isImageFormat():
                names.append(fragments.fragment().charFormat().toImageFormat().name())
            fragments += 1
        block = block.next()
    assert names and names[0].endswith("shot.png?fitted")
    shown = document.resource(QTextDocument.ResourceType.ImageResource, QUrl(names[0]))
    assert 0 < shown.width() < help_win.browser.viewport().width()
    # Wider window, wider copy; a window wider than the image shows the original.
    help_win.resize(3000, 900)
    help_win.browser.fit_images()
    block = document.begin()
    while not block.text().startswith("\ufffc"):
        block = block.next()
    assert block.begin().fragment().charFormat().toImageFormat().name() == "../images/fr/shot.png"
    assert help_win.browser.horizontalScrollBar().maximum() == 0


def test_missing_guide_shows_a_message(qtbot, tmp_path: Path, opened: list[QUrl]) -> None:
    window = HelpWindow(tmp_path / "nowhere")
    qtbot.addWidget(window)
    help_module._instance[:] = [window]
    try:
        help_module.show_topic("members")
        text = window.browser.toPlainText()
        assert "The guide is not available" in text
        assert "secretaire.md" in text and str(tmp_path / "nowhere") in text
        # Another missing page names itself, not the first one.
        help_module.show_topic("auditor")
        assert "auditeur.md" in window.browser.toPlainText()
        # The glossary needs no guide file.
        window.glossary_button.click()
        assert "Quorum" in window.browser.toPlainText()
    finally:
        help_module._instance.clear()


def test_glossary_lists_every_term_and_links_to_the_guide(help_win: HelpWindow) -> None:
    help_module.show_glossary()
    # toPlainText() turns no-break spaces into spaces.
    text = help_win.browser.toPlainText()
    for entry in TERMS.values():
        assert entry.name_fr in text
        assert entry.definition_fr.replace("\u00a0", " ") in text
    # Alphabetical, accents ignored: « Équipe » would sort with E.
    assert text.index("Abstention") < text.index("Archive") < text.index("Vote par correspondance")
    html = help_win.browser.toHtml()
    assert "secretaire.md#session" in html  # quorum → the session section
    help_win.browser.anchorClicked.emit(QUrl.fromLocalFile(
        str(help_win.guide_root() / "fr" / "secretaire.md")).resolved(QUrl("#session")))
    assert _file(help_win) == "secretaire.md"
    help_win.back_button.click()
    assert help_win.browser.source() == help_module.GLOSSARY_URL


def test_zoom_with_keyboard_and_buttons(qtbot, help_win: HelpWindow) -> None:
    help_module.show_topic("guide.secretary")
    size = help_win.browser.font().pointSizeF()
    help_win.zoom_in_button.animateClick()
    qtbot.waitUntil(lambda: help_win.browser.font().pointSizeF() > size)
    help_win.set_zoom(100)
    assert help_win.zoom == 12 and not help_win.zoom_in_button.isEnabled()
    help_win.set_zoom(0)
    assert help_win.browser.font().pointSizeF() == size
    assert help_win.zoom_in_button.shortcut().toString() == "Ctrl++"
    assert help_win.zoom_out_button.shortcut().toString() == "Ctrl+-"
    assert help_win.back_button.shortcut().toString() == "Alt+Left"


def test_one_window_every_control_named_and_explained(help_win: HelpWindow) -> None:
    assert help_module.help_window() is help_win
    help_module.show_topic("member")
    assert help_module.help_window() is help_win
    for button in help_win.findChildren(QPushButton):
        assert button.toolTip(), button.text()
        assert button.text() or button.accessibleName()
    assert help_win.browser.accessibleName()


def test_markdown_anchors_outside_code_only() -> None:
    text = '<a id="one"></a>\n## One\n```\n<a id="code"></a>\n```\n'
    assert anchors_of(text) == ["one", "code"]
    converted = markdown_with_anchors(text)
    assert '<a name="one">\u200b</a>\n## One\n' in converted
    assert '<a id="code"></a>' in converted


@pytest.mark.parametrize("key", sorted(TOPICS))
def test_every_topic_scrolls_in_the_fixture_guide(help_win: HelpWindow, key: str) -> None:
    help_module.show_topic(key)
    anchor = TOPICS[key].anchor
    assert help_win.browser.source().isLocalFile()
    if anchor:
        assert _anchor_top(help_win, anchor) is not None


def test_document_beside_the_guide_opens_online_when_not_installed(
        help_win: HelpWindow, opened: list[QUrl]) -> None:
    help_module.show_topic("guide.auditor")
    # The fixture guide has no README two levels up, as in an installed TalaGov.
    help_win.browser.anchorClicked.emit(QUrl("../../../README.md#checking-an-archive-by-hand"))
    assert opened == [QUrl("https://codeberg.org/talagov/talagov/src/branch/main/README.md"
                           "#checking-an-archive-by-hand")]
    assert _file(help_win) == "auditeur.md"
    help_win.browser.anchorClicked.emit(QUrl("../../bundle-format.md"))
    assert opened[-1] == QUrl("https://codeberg.org/talagov/talagov/src/branch/main/docs/"
                              "bundle-format.md")
    # A page of the guide itself that is missing gets the message, not the forge.
    help_win.browser.anchorClicked.emit(QUrl("absent.md"))
    assert len(opened) == 2
    assert "The guide is not available" in help_win.browser.toPlainText()
