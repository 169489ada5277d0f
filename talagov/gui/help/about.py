# SPDX-License-Identifier: GPL-3.0-or-later
"""The About box: version, licence (with its full text), source address, versions of
Python, Qt and PySide (what a bug report needs)."""

from __future__ import annotations

import platform
from html import escape

import PySide6
from PySide6.QtCore import Qt, QUrl, qVersion
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from talagov import SOURCE_URL, __version__
from talagov.gui.help import help_window, locate
from talagov.gui.i18n import arg


def versions_line() -> str:
    """``Python 3.12.3 · Qt 6.11.0 · PySide6 6.11.0`` (not translated: names and numbers)."""
    return (f"Python {platform.python_version()} · Qt {qVersion()} · "
            f"PySide6 {PySide6.__version__}")


class AboutDialog(QDialog):
    """What TalaGov is, under which licence, where its source is."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About TalaGov"))
        self.title = QLabel(arg(self.tr("TalaGov %1"), __version__), self)
        font = self.title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.4)
        self.title.setFont(font)
        self.description = QLabel(self.tr(
            "Governance of cooperatives: registers, meetings, signed votes, minutes and "
            "archives that an auditor can check."), self)
        self.licence = QLabel(self.tr(
            "Free software: you may use, study, share and improve it under the GNU "
            "General Public License, version 3 or later (GPL-3.0-or-later)."), self)
        link = f'<a href="{escape(SOURCE_URL)}">{escape(SOURCE_URL)}</a>'
        self.source = QLabel(arg(self.tr("Source code: %1"), link), self)
        self.source.setTextFormat(Qt.TextFormat.RichText)
        self.source.setOpenExternalLinks(False)
        self.source.linkActivated.connect(lambda url: help_window.open_external(QUrl(url)))
        self.source.setToolTip(self.tr("Open the source code's address in the web browser."))
        self.versions = QLabel(versions_line(), self)
        for label in (self.description, self.licence, self.source, self.versions):
            label.setWordWrap(True)
        # Selectable (and reachable by Tab) so the versions can be copied into a report.
        for label in (self.title, self.licence, self.versions):
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                          | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.source.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        self.licence_button = QPushButton(self.tr("Show the &licence…"), self)
        self.licence_button.setToolTip(self.tr("Read the full text of the GNU GPL."))
        self.licence_button.clicked.connect(self.show_licence)
        buttons.addButton(self.licence_button, QDialogButtonBox.ButtonRole.ActionRole)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setToolTip(self.tr("Close this window."))
        layout = QVBoxLayout(self)
        for widget in (self.title, self.description, self.licence, self.source,
                       self.versions):
            layout.addWidget(widget)
        layout.addStretch(1)  # extra height below the text, not between its lines
        layout.addSpacing(self.fontMetrics().height())
        layout.addWidget(buttons)
        self.licence_dialog: LicenceDialog | None = None
        # Wide enough for the source address on one line.
        self.setMinimumWidth(36 * self.fontMetrics().horizontalAdvance("M"))
        close.setFocus()

    def show_licence(self) -> LicenceDialog:
        """Show the licence text (the LICENSE file shipped with TalaGov)."""
        self.licence_dialog = LicenceDialog(self)
        self.licence_dialog.open()
        return self.licence_dialog


class LicenceDialog(QDialog):
    """The GPL text, read-only, in a fixed-width font as the FSF lays it out."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Licence — TalaGov"))
        self.text = QPlainTextEdit(self)
        self.text.setReadOnly(True)
        self.text.setAccessibleName(self.tr("Licence text"))
        self.text.setAccessibleDescription(self.tr("The GNU General Public License, "
                                                   "version 3."))
        self.text.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        path = locate.license_path()
        if path is not None:
            self.text.setPlainText(path.read_text(encoding="utf-8"))
        else:
            self.text.setPlainText(arg(self.tr(
                "The licence file is missing from this installation. TalaGov is "
                "distributed under the GNU General Public License, version 3 or later: "
                "%1"), "https://www.gnu.org/licenses/gpl-3.0.html"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        buttons.button(QDialogButtonBox.StandardButton.Close).setToolTip(
            self.tr("Close the licence."))
        layout = QVBoxLayout(self)
        layout.addWidget(self.text, 1)
        layout.addWidget(buttons)
        em = self.fontMetrics().horizontalAdvance("M")
        self.resize(62 * em, 40 * em)
