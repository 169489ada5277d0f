# SPDX-License-Identifier: GPL-3.0-or-later
"""The panels of the minutes' sections: what was generated, shown locked, and what the
secretary writes, editable while the minutes is a draft.

Generated parts sit in a read-only ``QTextBrowser`` on a greyed background under the
line « Drafted automatically from the record — cannot be edited »; written parts are a
:class:`~talagov.gui.meeting.minutes_editor.RichTextEditor`, a line edit or a list.
Every panel fires ``edited`` when the user changes what it holds.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from talagov.core.minutes_content import ItemWritten
from talagov.gui.i18n import arg
from talagov.gui.meeting.minutes_editor import RichTextEditor
from talagov.gui.widgets.tables import make_button


def locked_note(parent: QWidget) -> QLabel:
    """The line saying that what follows comes from the record."""
    label = QLabel(QCoreApplication.translate(
        "MinutesPanels", "Drafted automatically from the record — cannot be edited"), parent)
    font = label.font()
    font.setItalic(True)
    label.setFont(font)
    label.setWordWrap(True)
    label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
    return label


def locked_browser(parent: QWidget, name: str) -> QTextBrowser:
    """A read-only view of generated text, on the window's (greyed) background."""
    browser = QTextBrowser(parent)
    browser.setAccessibleName(name)
    # A description, not a tooltip: a tooltip would cover the text being read.
    browser.setAccessibleDescription(QCoreApplication.translate(
        "MinutesPanels", "Drafted from the record of the meeting; it cannot be edited here."))
    browser.setOpenLinks(False)
    browser.setTabChangesFocus(True)
    palette = browser.palette()
    palette.setColor(QPalette.ColorRole.Base, palette.color(QPalette.ColorRole.Window))
    browser.setPalette(palette)
    return browser


class SectionPanel(QWidget):
    """One section's panel: a column of generated and written parts."""

    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.column = QVBoxLayout(self)
        self.column.setContentsMargins(0, 0, 0, 0)

    def add_generated(self, name: str, html: str, stretch: int = 1) -> QTextBrowser:
        """The locked note and a browser showing ``html``."""
        self.column.addWidget(locked_note(self))
        browser = locked_browser(self, name)
        browser.setHtml(html)
        self.column.addWidget(browser, stretch)
        return browser

    def add_editor(self, label_text: str, name: str) -> RichTextEditor:
        """A labelled rich-text editor."""
        editor = RichTextEditor(name, self)
        label = QLabel(label_text, self)
        label.setBuddy(editor.edit)
        label.setWordWrap(True)
        self.column.addWidget(label)
        self.column.addWidget(editor, 1)
        editor.edited.connect(self.edited)
        return editor

    def set_read_only(self, read_only: bool) -> None:
        """Lock what the secretary writes (subclasses)."""


class GeneratedPanel(SectionPanel):
    """A section drafted entirely from the record (attendance, agenda)."""

    def __init__(self, name: str, html: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.browser = self.add_generated(name, html)


class HeaderPanel(SectionPanel):
    """The generated header and « Drafted by »."""

    def __init__(self, html: str, drafted_by: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.browser = self.add_generated(self.tr("Header of the minutes"), html)
        self.drafted_by = QLineEdit(drafted_by, self)
        self.drafted_by.setAccessibleName(self.tr("Drafted by"))
        self.drafted_by.setPlaceholderText(self.tr("e.g. Camille Roux, secretary of the meeting"))
        self.drafted_by.setToolTip(self.tr("The name and role of the person who wrote the "
                                           "minutes."))
        label = QLabel(self.tr("Dr&afted by:"), self)
        label.setBuddy(self.drafted_by)
        row = QHBoxLayout()
        row.addWidget(label)
        row.addWidget(self.drafted_by, 1)
        self.column.addLayout(row)
        self.drafted_by.textEdited.connect(lambda _text: self.edited.emit())

    def set_read_only(self, read_only: bool) -> None:
        self.drafted_by.setReadOnly(read_only)


class TextPanel(SectionPanel):
    """A part written entirely by the secretary (opening, closing, an erratum's correction)."""

    def __init__(self, intro: str, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.note = QLabel(self)  # what an erratum corrects
        self.note.setWordWrap(True)
        self.note.hide()
        self.column.addWidget(self.note)
        self.editor = self.add_editor(intro, name)

    def set_note(self, text: str) -> None:
        """A sentence above the text (empty: none)."""
        self.note.setText(text)
        self.note.setVisible(bool(text))

    def set_read_only(self, read_only: bool) -> None:
        self.editor.set_read_only(read_only)


class ItemPanel(SectionPanel):
    """An agenda item: its resolution and vote (generated), then the debates (written)."""

    def __init__(self, title: str, html: str, written: ItemWritten,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.browser = self.add_generated(arg(self.tr("Resolution and vote of %1"), title),
                                          html)
        self.not_recorded = QCheckBox(self.tr("Debates &not recorded"), self)
        self.not_recorded.setToolTip(self.tr("The minutes then say that the debates on this item "
                                             "were not recorded."))
        self.not_recorded.setAccessibleDescription(self.not_recorded.toolTip())
        self.column.addWidget(self.not_recorded)
        self.editor = self.add_editor(self.tr("&Written by the secretary — the debates:"),
                                      arg(self.tr("Debates on %1"), title))
        self.editor.set_text(written.debates)
        self.not_recorded.setChecked(written.not_recorded)
        self.editor.setEnabled(not written.not_recorded)
        self.not_recorded.toggled.connect(self._on_not_recorded_toggled)

    def _on_not_recorded_toggled(self, checked: bool) -> None:
        self.editor.setEnabled(not checked)
        self.edited.emit()

    def written(self) -> ItemWritten:
        """The debates and the « not recorded » mark (the text is kept when marked)."""
        return ItemWritten(self.editor.text(), self.not_recorded.isChecked())

    def set_read_only(self, read_only: bool) -> None:
        self.editor.set_read_only(read_only)
        self.not_recorded.setEnabled(not read_only)


class AnnexesPanel(SectionPanel):
    """Participants, proxies and postal voters (generated), then the incidents: those the
    record shows, locked, and those the secretary adds."""

    def __init__(self, html: str, incidents_html: str, incidents: Sequence[str],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.browser = self.add_generated(self.tr("Participants, proxies and postal voters"),
                                          html, 3)
        heading = QLabel(self.tr("Incidents found in the record:"), self)
        heading.setWordWrap(True)
        self.column.addWidget(heading)
        self.incidents_browser = locked_browser(self, self.tr("Incidents found in the record"))
        self.incidents_browser.setHtml(incidents_html)
        self.column.addWidget(self.incidents_browser, 1)
        self.incidents = QListWidget(self)
        self.incidents.setAccessibleName(self.tr("Incidents noted by the secretary"))
        self.incidents.setWordWrap(True)
        self.incidents.setToolTip(self.tr("Incidents of the meeting that the record does not "
                                          "show, one per line."))
        label = QLabel(self.tr("Other incidents, &noted by the secretary (double-click or F2 to "
                               "edit):"), self)
        label.setBuddy(self.incidents)
        label.setWordWrap(True)
        self.column.addWidget(label)
        self.column.addWidget(self.incidents, 1)
        self.add_button = make_button(self, self.tr("&Add an incident"), self.add_incident)
        self.remove_button = make_button(self, self.tr("Remove t&he incident"),
                                         self.remove_incident)
        self.add_button.setToolTip(self.tr("Add a line for an incident, then type it."))
        self.remove_button.setToolTip(self.tr("Remove the selected incident."))
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        self.column.addLayout(buttons)
        for text in incidents:
            self._item(text)
        self.incidents.itemChanged.connect(lambda _item: self.edited.emit())

    def _item(self, text: str) -> QListWidgetItem:
        item = QListWidgetItem(text, self.incidents)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
        return item

    def add_incident(self) -> None:
        """A new line, being typed (saved once it has text)."""
        blocked = self.incidents.blockSignals(True)
        item = self._item("")
        self.incidents.blockSignals(blocked)
        self.incidents.setCurrentItem(item)
        self.incidents.setFocus()
        self.incidents.editItem(item)

    def remove_incident(self) -> None:
        """Remove the selected incident."""
        row = self.incidents.currentRow()
        if row >= 0:
            self.incidents.takeItem(row)
            self.edited.emit()

    def written_incidents(self) -> tuple[str, ...]:
        """The secretary's incidents, empty lines left out."""
        texts = (self.incidents.item(r).text().strip() for r in range(self.incidents.count()))
        return tuple(t for t in texts if t)

    def set_read_only(self, read_only: bool) -> None:
        for button in (self.add_button, self.remove_button):
            button.setVisible(not read_only)
        for row in range(self.incidents.count()):
            item = self.incidents.item(row)
            flags = item.flags() & ~Qt.ItemFlag.ItemIsEditable if read_only else \
                item.flags() | Qt.ItemFlag.ItemIsEditable
            blocked = self.incidents.blockSignals(True)
            item.setFlags(flags)
            self.incidents.blockSignals(blocked)
