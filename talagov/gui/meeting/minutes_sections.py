# SPDX-License-Identifier: GPL-3.0-or-later
"""The sections of one minutes: their list on the left, the selected one on the right.

:meth:`MinutesSections.set_view` builds one panel per section from a
:class:`~talagov.services.minutes.MinutesView` (header, attendance and quorum, agenda,
opening, each item, closing, decisions, annexes, signatures; an erratum's correction
and signatures); :meth:`MinutesSections.written` reads back what the secretary wrote,
as the :class:`~talagov.core.minutes_content.Written` the autosave stores.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QListWidgetItem,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from talagov.core.minutes_content import ItemWritten, Written
from talagov.gui.i18n import arg
from talagov.gui.meeting.minutes_data import (
    AGENDA,
    ANNEXES,
    ATTENDANCE,
    CLOSING,
    CORRECTION,
    DECISIONS,
    HEADER,
    ITEM,
    OPENING,
    SIGNATURES,
    Section,
    owners,
    sections_of,
    speakers,
)
from talagov.gui.meeting.minutes_decisions import DecisionsPanel
from talagov.gui.meeting.minutes_editor import RichTextEditor
from talagov.gui.meeting.minutes_generated import GeneratedHtml
from talagov.gui.meeting.minutes_panels import (
    AnnexesPanel,
    GeneratedPanel,
    HeaderPanel,
    ItemPanel,
    SectionPanel,
    TextPanel,
)
from talagov.gui.meeting.minutes_signatures import SignaturesPanel
from talagov.services.minutes import MinutesView

_IDENT = Qt.ItemDataRole.UserRole + 1


class MinutesSections(QWidget):
    """Sections list and panels; ``edited`` fires on every change the user makes."""

    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.view: MinutesView | None = None
        self.html = GeneratedHtml(self)
        self.sections: list[Section] = []
        self.panels: dict[tuple[str, int | None], QWidget] = {}
        self.item_panels: dict[int, ItemPanel] = {}
        self.header_panel: HeaderPanel | None = None
        self.opening_panel: TextPanel | None = None
        self.closing_panel: TextPanel | None = None
        self.correction_panel: TextPanel | None = None
        self.annexes_panel: AnnexesPanel | None = None
        self.decisions_panel = DecisionsPanel(self)
        self.decisions_panel.model.edited.connect(self.edited)
        self.signatures_panel = SignaturesPanel(self)
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Sections of the minutes"))
        self.list.setWordWrap(True)
        self.list.setToolTip(self.tr("Choose the part of the minutes to read or write on the "
                                     "right."))
        label = QLabel(self.tr("Sect&ions:"), self)
        label.setBuddy(self.list)
        left = QWidget(self)
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(label)
        column.addWidget(self.list, 1)
        self.stack = QStackedWidget(self)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(left)
        splitter.addWidget(self.stack)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        em = self.fontMetrics().horizontalAdvance("M")
        splitter.setSizes([em * 16, em * 60])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)
        self.list.currentRowChanged.connect(self._on_list_current_row_changed)

    # -- building ----------------------------------------------------------------------

    def set_view(self, view: MinutesView, lang: str) -> None:
        """Build the panels of ``view`` and keep the section shown, if it still exists."""
        kept = self.current_section()
        self.view = view
        self._clear()
        self.sections = sections_of(view)
        g, w = view.generated, view.written
        names = speakers(g)
        self.decisions_panel.model.set_decisions(w.decisions)
        self.decisions_panel.set_owners(owners(g))
        self.signatures_panel.set_view(view, lang)
        for section in self.sections:
            panel = self._panel(section, view)
            self.panels[section.ident] = panel
            self.stack.addWidget(panel)
            item = QListWidgetItem(section.title, self.list)
            item.setData(_IDENT, section.ident)
        for editor in self.findChildren(RichTextEditor):
            editor.speakers = names
        self.set_read_only(not view.editable)
        idents = [s.ident for s in self.sections]
        self.list.setCurrentRow(idents.index(kept.ident) if kept is not None and
                                kept.ident in idents else 0)  # fmt: skip

    def _clear(self) -> None:
        self.list.blockSignals(True)
        self.list.clear()
        self.list.blockSignals(False)
        for panel in self.panels.values():
            self.stack.removeWidget(panel)
            if panel not in (self.decisions_panel, self.signatures_panel):
                panel.deleteLater()
        self.panels, self.item_panels = {}, {}
        self.header_panel = self.opening_panel = self.closing_panel = None
        self.correction_panel, self.annexes_panel = None, None

    def _panel(self, section: Section, view: MinutesView) -> QWidget:
        g, w = view.generated, view.written
        if section.key == DECISIONS:
            return self.decisions_panel
        if section.key == SIGNATURES:
            return self.signatures_panel
        panel: SectionPanel
        if section.key == HEADER:
            panel = self.header_panel = HeaderPanel(self.html.header(g), w.drafted_by, self)
        elif section.key == ATTENDANCE:
            panel = GeneratedPanel(self.tr("Attendance and quorum"), self.html.attendance(g), self)
        elif section.key == AGENDA:
            panel = GeneratedPanel(self.tr("Agenda"), self.html.agenda(g), self)
        elif section.key == ITEM:
            assert section.item_id is not None
            item = next(i for i in g.items if i.item_id == section.item_id)
            mine = w.items.get(section.item_id, ItemWritten())
            panel = self.item_panels[section.item_id] = ItemPanel(
                section.title, self.html.item(item), mine, self)
        elif section.key == ANNEXES:
            panel = self.annexes_panel = AnnexesPanel(self.html.annexes(g), self.html.incidents(g),
                                                      w.incidents, self)
        else:
            texts = {OPENING: (self.tr("&Written by the secretary — the opening of the meeting:"),
                               self.tr("Opening"), w.opening),
                     CLOSING: (self.tr("&Written by the secretary — the closing of the meeting:"),
                               self.tr("Closing"), w.closing),
                     CORRECTION: (self.tr("&Written by the secretary — the correction:"),
                                  self.tr("Correction"), w.correction)}
            intro, name, text = texts[section.key]
            text_panel = TextPanel(intro, name, self)
            text_panel.editor.set_text(text)
            if section.key == OPENING:
                self.opening_panel = text_panel
            elif section.key == CLOSING:
                self.closing_panel = text_panel
            else:
                self.correction_panel = text_panel
            panel = text_panel
        panel.edited.connect(self.edited)
        return panel

    def note_correction(self, number: int | None) -> None:
        """Say above an erratum's text which entry of the register it corrects."""
        if self.correction_panel is not None:
            self.correction_panel.set_note(arg(self.tr(
                "This erratum corrects the minutes entered under no. %1 of the register. Say "
                "what is replaced, and by what; it is signed and entered in the register in "
                "turn."), number if number is not None else "?"))

    # -- reading back ------------------------------------------------------------------

    def written(self) -> Written:
        """What the secretary wrote, as it stands in the panels."""
        assert self.view is not None
        w = self.view.written
        items = dict(w.items)  # items no longer on the agenda keep what was written
        items.update({item_id: panel.written() for item_id, panel in self.item_panels.items()})
        return replace(
            w, items=items,
            opening=self.opening_panel.editor.text() if self.opening_panel else w.opening,
            closing=self.closing_panel.editor.text() if self.closing_panel else w.closing,
            correction=self.correction_panel.editor.text() if self.correction_panel
            else w.correction,
            decisions=self.decisions_panel.model.decisions() if DECISIONS in
            {s.key for s in self.sections} else w.decisions,
            incidents=self.annexes_panel.written_incidents() if self.annexes_panel
            else w.incidents,
            drafted_by=self.header_panel.drafted_by.text().strip() if self.header_panel
            else w.drafted_by,
        )  # fmt: skip

    def set_read_only(self, read_only: bool) -> None:
        """Lock every written part (a submitted or signed minutes)."""
        for panel in self.panels.values():
            if isinstance(panel, (DecisionsPanel, SectionPanel)):
                panel.set_read_only(read_only)

    # -- selection ---------------------------------------------------------------------

    def current_section(self) -> Section | None:
        """The section shown."""
        row = self.list.currentRow()
        return self.sections[row] if 0 <= row < len(self.sections) else None

    def select(self, key: str, item_id: int | None = None) -> None:
        """Show the section ``key`` (an item's with ``item_id``)."""
        for row, section in enumerate(self.sections):
            if section.ident == (key, item_id):
                self.list.setCurrentRow(row)
                return

    def _on_list_current_row_changed(self, row: int) -> None:
        if 0 <= row < len(self.sections):
            self.stack.setCurrentWidget(self.panels[self.sections[row].ident])
