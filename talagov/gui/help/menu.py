# SPDX-License-Identifier: GPL-3.0-or-later
"""The main window's Help menu: this page's guide section (F1), the three guides, the
glossary, "What's this?", About."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QWhatsThis, QWidget

from talagov.gui.help import help_window
from talagov.gui.help.about import AboutDialog


class HelpMenu(QMenu):
    """« Aide »: "Help on this page" (F1) opens ``current_topic()`` in the help window."""

    def __init__(self, window: QWidget, current_topic: Callable[[], str]) -> None:
        super().__init__(self.tr("&Help"), window)
        self.window_ = window
        self.this_page = self._add(
            self.tr("&Help on this page"),
            self.tr("Open the guide at the section about the page on screen."),
            lambda: help_window.show_topic(current_topic()))
        self.this_page.setShortcut(QKeySequence(QKeySequence.StandardKey.HelpContents))
        self.addSeparator()
        self.secretary = self._add(
            self.tr("&Secretary's guide"),
            self.tr("One general meeting, from the register to the archive."),
            lambda: help_window.show_topic("guide.secretary"))
        self.member = self._add(
            self.tr("&Member's guide"),
            self.tr("Receiving a convocation, giving a proxy, voting."),
            lambda: help_window.show_topic("guide.member"))
        self.auditor = self._add(
            self.tr("&Auditor's guide"),
            self.tr("Opening an archive and checking it, with TalaGov or with openssl."),
            lambda: help_window.show_topic("guide.auditor"))
        self.glossary = self._add(
            self.tr("G&lossary"), self.tr("Every legal term explained in plain words."),
            help_window.show_glossary)
        # Shift+F1 then a click shows a control's "What's this?" (the term definitions).
        self.whats_this = QWhatsThis.createAction(self)
        self.whats_this.setShortcut(QKeySequence("Shift+F1"))
        self.addAction(self.whats_this)
        self.addSeparator()
        self.about = self._add(self.tr("&About TalaGov"),
                               self.tr("Version, licence and source code address."),
                               lambda: show_about(self.window_))

    def _add(self, text: str, tip: str, slot: Callable[[], object]) -> QAction:
        action = self.addAction(text)
        action.setStatusTip(tip)
        action.setToolTip(tip)
        action.triggered.connect(lambda _checked=False: slot())
        return action


def show_about(parent: QWidget) -> AboutDialog:
    """Open the About box (window-modal, deleted when closed)."""
    dialog = AboutDialog(parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
    dialog.open()
    return dialog
