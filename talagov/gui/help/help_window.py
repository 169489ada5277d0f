# SPDX-License-Identifier: GPL-3.0-or-later
"""The help window: the guide's Markdown pages, the glossary, history and zoom.

One window serves the whole application (:func:`help_window`); it is not modal, so a
secretary reads the guide next to the screen it explains. It is a top-level window
that does not keep the application running once the other windows are closed.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QPoint, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import (
    QDesktopServices,
    QKeySequence,
    QResizeEvent,
    QShortcut,
    QTextDocument,
)
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QTextBrowser, QVBoxLayout, QWidget

from talagov.gui.errors import current_lang
from talagov.gui.help import locate
from talagov.gui.help.images import fit_images
from talagov.gui.help.pages import glossary_html, markdown_with_anchors, missing_html
from talagov.gui.help.topics import TOPICS, Topic, page_file
from talagov.gui.i18n import arg

GLOSSARY_URL = QUrl("talagov:glossary")
_MISSING_URL = QUrl("talagov:missing")
_MAX_ZOOM = 12

#: Opens an external link (http, mailto, a file that is not a guide page); tests replace it.
open_external: Callable[[QUrl], object] = QDesktopServices.openUrl


class GuideBrowser(QTextBrowser):
    """A ``QTextBrowser`` that reads the guide's Markdown with its anchors, and serves
    the generated pages (glossary, guide missing) under the ``talagov:`` scheme."""

    def __init__(self, owner: HelpWindow) -> None:
        super().__init__(owner)
        self.owner = owner
        # Rescaling waits for the end of a resize, not every step of it.
        self._fit_timer = QTimer(self)
        self._fit_timer.setSingleShot(True)
        self._fit_timer.setInterval(120)
        self._fit_timer.timeout.connect(self.fit_images)

    def loadResource(self, kind: int, name: QUrl | str, /) -> Any:
        """Markdown files through :func:`markdown_with_anchors`; generated pages."""
        url = QUrl(name)
        if url.scheme() == "talagov":
            return self.owner.generated_page(url)
        if url.isLocalFile() and url.toLocalFile().endswith(".md"):
            path = Path(url.toLocalFile())
            try:
                return markdown_with_anchors(path.read_text(encoding="utf-8"))
            except OSError:
                return ""
        return super().loadResource(kind, name)

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Keep screenshots within the page's width."""
        super().resizeEvent(event)
        self._fit_timer.start()

    def fit_images(self) -> None:
        """Scale wide screenshots down to the page's width (see :mod:`.images`)."""
        document = self.document()
        # The paragraph at the top of the view stays there while images change size.
        top = self.cursorForPosition(QPoint(0, 0)).block()
        if fit_images(document, self.viewport().width() - 2 * document.documentMargin() - 8) \
                and top.position() > 0:
            y = document.documentLayout().blockBoundingRect(top).top()
            self.verticalScrollBar().setValue(int(y))


class HelpWindow(QWidget):
    """The guide reader. ``root`` is the guide folder (default: :func:`locate.guide_root`)."""

    page_shown = Signal(QUrl)  # after each navigation (tests wait on it)

    def __init__(self, root: Path | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.root = root
        self.missing: Path | None = None
        self.zoom = 0
        self.setAttribute(Qt.WidgetAttribute.WA_QuitOnClose, False)
        self.setObjectName("helpWindow")
        self.browser = GuideBrowser(self)
        self.browser.setObjectName("helpBrowser")
        self.browser.setOpenLinks(False)
        self.browser.setAccessibleName(self.tr("Guide"))
        self.browser.setAccessibleDescription(self.tr(
            "The page of the guide. Tab moves from link to link, Enter follows a link."))
        self.browser.anchorClicked.connect(self._on_browser_anchor_clicked)
        self.browser.sourceChanged.connect(self._on_browser_source_changed)

        self.back_button = self._button(self.tr("← &Back"), QKeySequence.StandardKey.Back,
                                        self.tr("Go back to the previous page (Alt+Left)."))
        self.back_button.clicked.connect(self.browser.backward)
        self.forward_button = self._button(
            self.tr("&Forward →"), QKeySequence.StandardKey.Forward,
            self.tr("Go forward to the next page (Alt+Right)."))
        self.forward_button.clicked.connect(self.browser.forward)
        self.contents_button = self._button(self.tr("&Contents"), QKeySequence("Alt+Home"),
                                            self.tr("Show the guide's table of contents "
                                                    "(Alt+Home)."))
        self.contents_button.clicked.connect(lambda: self.show_topic("guide.index"))
        self.glossary_button = self._button(self.tr("&Glossary"), None,
                                            self.tr("Show every term with its definition."))
        self.glossary_button.clicked.connect(self.show_glossary)
        self.zoom_out_button = self._button(self.tr("A−"), QKeySequence.StandardKey.ZoomOut,
                                            self.tr("Smaller text (Ctrl+-)."))
        self.zoom_out_button.setAccessibleName(self.tr("Smaller text"))
        self.zoom_out_button.clicked.connect(lambda: self.set_zoom(self.zoom - 1))
        self.zoom_in_button = self._button(self.tr("A+"), QKeySequence.StandardKey.ZoomIn,
                                           self.tr("Larger text (Ctrl++)."))
        self.zoom_in_button.setAccessibleName(self.tr("Larger text"))
        self.zoom_in_button.clicked.connect(lambda: self.set_zoom(self.zoom + 1))
        # Ctrl+= is where "+" is without Shift on most keyboards.
        QShortcut(QKeySequence("Ctrl+="), self, lambda: self.set_zoom(self.zoom + 1))
        QShortcut(QKeySequence("Ctrl+0"), self, lambda: self.set_zoom(0))
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.close)
        self.browser.backwardAvailable.connect(self.back_button.setEnabled)
        self.browser.forwardAvailable.connect(self.forward_button.setEnabled)
        self.back_button.setEnabled(False)
        self.forward_button.setEnabled(False)

        buttons = QHBoxLayout()
        for widget in (self.back_button, self.forward_button, self.contents_button,
                       self.glossary_button):
            buttons.addWidget(widget)
        buttons.addStretch(1)
        buttons.addWidget(self.zoom_out_button)
        buttons.addWidget(self.zoom_in_button)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.browser, 1)
        # The buttons come after the page in the Tab order: the reader starts in the text.
        self.setTabOrder(self.browser, self.back_button)
        self.setWindowTitle(self.tr("Help — TalaGov"))
        em = self.fontMetrics().horizontalAdvance("M")
        self.resize(60 * em, 45 * em)

    def _button(self, text: str, key: QKeySequence | QKeySequence.StandardKey | None,
                tip: str) -> QPushButton:
        button = QPushButton(text, self)
        button.setToolTip(tip)
        button.setAutoDefault(False)
        if key is not None:
            button.setShortcut(QKeySequence(key))
        return button

    # -- navigation --------------------------------------------------------------------

    def guide_root(self) -> Path:
        """The guide folder in use."""
        return self.root if self.root is not None else locate.guide_root()

    def show_topic(self, key: str) -> None:
        """Show the guide section of topic ``key`` (see :data:`topics.TOPICS`)."""
        self.show_place(TOPICS[key])

    def show_place(self, topic: Topic) -> None:
        """Show ``topic``'s page in the interface language, scrolled to its anchor."""
        url = QUrl.fromLocalFile(str(page_file(self.guide_root(), current_lang(), topic.page)))
        if topic.anchor:
            url.setFragment(topic.anchor)
        self.open_url(url)

    def show_glossary(self) -> None:
        """Show the glossary generated from :mod:`talagov.core.glossary`."""
        self.open_url(GLOSSARY_URL)

    def open_url(self, url: QUrl) -> None:
        """Follow ``url``: a guide page (missing → a message), a generated page, or an
        external address handed to the desktop."""
        if url.scheme() == "talagov":
            self._set_source(url, QTextDocument.ResourceType.HtmlResource)
        elif url.isLocalFile() and url.toLocalFile().endswith(".md"):
            path = Path(url.toLocalFile())
            published = locate.published_address(self.guide_root(), path)
            if path.is_file():
                self.missing = None
                self._set_source(url, QTextDocument.ResourceType.MarkdownResource)
            elif published is not None:
                # A document beside the guide (README…), not installed: read it online.
                address = QUrl(published)
                if url.fragment():
                    address.setFragment(url.fragment())
                open_external(address)
            else:
                self.missing = path
                self._set_source(_MISSING_URL, QTextDocument.ResourceType.HtmlResource)
        else:
            open_external(url)

    def _set_source(self, url: QUrl, kind: QTextDocument.ResourceType) -> None:
        same = _without_fragment(self.browser.source()) == _without_fragment(url)
        if same and url == _MISSING_URL:
            self.browser.reload()  # another missing page: show its own name
        self.browser.setSource(url, kind)
        # Scaling the screenshots moves the text: scroll once they have their size.
        self.browser.fit_images()
        if url.fragment():
            # The layout is built lazily: finish it, or the anchor is not where it will be.
            self.browser.document().documentLayout().documentSize()
            self.browser.scrollToAnchor(url.fragment())
        elif not url.fragment():
            self.browser.verticalScrollBar().setValue(0)
        self.page_shown.emit(url)

    def generated_page(self, url: QUrl) -> str:
        """The HTML of a ``talagov:`` page."""
        if url.path() == "glossary":
            return glossary_html(self.guide_root(), current_lang())
        searched = [self.root] if self.root is not None else locate.guide_candidates()
        return missing_html(self.missing or self.guide_root(), searched)

    def _on_browser_anchor_clicked(self, url: QUrl) -> None:
        base = self.browser.source()
        if url.isRelative() and base.scheme() != "talagov":
            url = base.resolved(url)
        elif url.scheme() == "" and url.fragment():
            # A "#term" link on a generated page stays on it.
            fragment, url = url.fragment(), QUrl(base)
            url.setFragment(fragment)
        self.open_url(url)

    def _on_browser_source_changed(self, url: QUrl) -> None:
        document = self.browser.document()
        document.setUndoRedoEnabled(False)  # read-only pages: no undo history to keep
        document.setDocumentMargin(self.fontMetrics().horizontalAdvance("M"))
        title = self._first_heading()
        self.setWindowTitle(arg(self.tr("%1 — Help — TalaGov"), title) if title
                            else self.tr("Help — TalaGov"))

    def _first_heading(self) -> str:
        block = self.browser.document().begin()
        while block.isValid():
            if block.blockFormat().headingLevel() > 0 and block.text().strip():
                return block.text().strip().replace("\u200b", "")
            block = block.next()
        return ""

    # -- zoom --------------------------------------------------------------------------

    def set_zoom(self, steps: int) -> None:
        """Text size: ``steps`` points above (or below) the normal size."""
        steps = max(-4, min(_MAX_ZOOM, steps))
        if steps > self.zoom:
            self.browser.zoomIn(steps - self.zoom)
        elif steps < self.zoom:
            self.browser.zoomOut(self.zoom - steps)
        self.zoom = steps
        self.zoom_out_button.setEnabled(steps > -4)
        self.zoom_in_button.setEnabled(steps < _MAX_ZOOM)


def _without_fragment(url: QUrl) -> QUrl:
    return QUrl(url.toString().split("#", 1)[0])


_instance: list[HelpWindow] = []


def help_window() -> HelpWindow:
    """The application's help window (created on first use, then reused)."""
    if not _instance:
        _instance.append(HelpWindow())
    return _instance[0]


def present(window: HelpWindow) -> HelpWindow:
    """Show ``window`` in front, keyboard focus on the page."""
    window.show()
    window.raise_()
    window.activateWindow()
    window.browser.setFocus()
    return window


def show_topic(key: str) -> HelpWindow:
    """Open the help window on topic ``key``."""
    # Shown first: a hidden browser has no layout to scroll to the anchor in.
    window = present(help_window())
    window.show_topic(key)
    return window


def show_glossary() -> HelpWindow:
    """Open the help window on the glossary."""
    window = present(help_window())
    window.show_glossary()
    return window
