# SPDX-License-Identifier: GPL-3.0-or-later
"""The minutes of the bundle: the signed content as text, who signed it, and the signed
PDF opened in the system's viewer (extracted to a temporary folder first).

The text is laid out from the signed content bytes themselves (what the signatures
cover), with the captions of the minutes tab (:class:`GeneratedHtml`); every value is
escaped. The PDF, with its embedded signatures, is the legal document: the button
hands it to a viewer that can show them.
"""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QListWidget, QSplitter, QTextBrowser, QVBoxLayout, QWidget

from talagov.core.minutes_content import MinutesContent, MinutesStatus
from talagov.core.rich_text import BlockKind, RichText
from talagov.gui.auditor.opened import DRAFT, MISMATCH, MinutesView
from talagov.gui.auditor.register_tabs import caption
from talagov.gui.help.terms import explain
from talagov.gui.i18n import arg, show_datetime
from talagov.gui.meeting.minutes_generated import GeneratedHtml
from talagov.gui.widgets.tables import button_row, make_button


def rich_html(text: RichText) -> str:
    """Rich text as escaped HTML paragraphs (bold and italic runs kept)."""
    out = []
    number = 0
    for block in text:
        number = number + 1 if block.kind is BlockKind.NUMBERED else 0
        runs = []
        for run in block.runs:
            piece = escape(run.text)
            piece = f"<i>{piece}</i>" if run.italic else piece
            runs.append(f"<b>{piece}</b>" if run.bold else piece)
        bullet = "• " if block.kind is BlockKind.BULLET else f"{number}. " if number else ""
        out.append(f"<p>{bullet}{''.join(runs)}</p>")
    return "".join(out)


class MinutesTab(QWidget):
    """A list of the minutes; the chosen one's text and signatures, and its PDF.

    Signals:
        open_member_requested(str): open this bundle member (the signed PDF).
    """

    open_member_requested = Signal(str)

    def __init__(self, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lang = lang
        self.views: list[MinutesView] = []
        self.html = GeneratedHtml(self)
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Minutes of the meeting"))
        self.list.setToolTip(self.tr("Choose the minutes or one of their errata."))
        self.state = caption(self)
        self.state.setAccessibleName(self.tr("State of the minutes"))
        self.text = QTextBrowser(self)
        self.text.setAccessibleName(self.tr("Text of the minutes"))
        self.text.setOpenLinks(False)  # nothing in a bundle is followed
        # A description, not a tooltip: a tooltip would cover the text being read.
        self.text.setAccessibleDescription(self.tr("The text of the minutes chosen, "
                                                   "read-only."))
        self.pdf_button = make_button(self, self.tr("Open the signed &PDF"), self.open_pdf)
        self.pdf_button.setToolTip(self.tr("Open the signed PDF of these minutes, as the archive "
                                           "holds it."))
        explain(self.pdf_button, "signature_electronique")
        detail = QWidget(self)
        right = QVBoxLayout(detail)
        right.setContentsMargins(0, 0, 0, 0)
        right.addWidget(self.state)
        right.addWidget(self.text, 1)
        right.addLayout(button_row(self.pdf_button))
        splitter = QSplitter(self)
        splitter.addWidget(self.list)
        splitter.addWidget(detail)
        splitter.setStretchFactor(1, 4)
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        self.list.currentRowChanged.connect(self._on_list_current_row_changed)

    def show_minutes(self, views: Sequence[MinutesView]) -> None:
        """Show ``views`` (the first one chosen)."""
        self.views = list(views)
        blocked = self.list.blockSignals(True)
        self.list.clear()
        for view in self.views:
            self.list.addItem(self._title(view))
        self.list.blockSignals(blocked)
        self.list.setCurrentRow(0 if self.views else -1)
        self._show(self.current())

    def current(self) -> MinutesView | None:
        """The minutes shown."""
        row = self.list.currentRow()
        return self.views[row] if 0 <= row < len(self.views) else None

    def open_pdf(self) -> None:
        """Ask for the signed PDF of the minutes shown to be opened."""
        view = self.current()
        if view is not None and view.record.pdf:
            self.open_member_requested.emit(view.record.pdf)

    def _on_list_current_row_changed(self, _row: int) -> None:
        self._show(self.current())

    def _title(self, view: MinutesView) -> str:
        record = view.record
        if record.kind == "erratum":
            return self.tr("Erratum")
        if record.register is not None:
            return arg(self.tr("Minutes — register entry no. %1"), record.register.number)
        return self.tr("Minutes")

    def _show(self, view: MinutesView | None) -> None:
        self.pdf_button.setEnabled(view is not None and bool(view.record.pdf))
        if view is None:
            self.state.setText(self.tr("No minutes were archived with this meeting."))
            self.text.clear()
            return
        self.state.setText(self._state_text(view))
        if view.content is None:
            self.text.setPlainText(self._problem_text(view.problem))
        else:
            self.text.setHtml(self.content_html(view.content))

    def _state_text(self, view: MinutesView) -> str:
        record = view.record
        if record.status is MinutesStatus.SIGNED and record.signed_at is not None:
            text = arg(self.tr("Signed on %1 by %n signatory(ies).", "",
                               len(record.signatures)), show_datetime(record.signed_at, self.lang))
        elif record.status is MinutesStatus.SUBMITTED:
            text = self.tr("Submitted for signature, not signed by everyone.")
        else:
            text = self.tr("Draft: not signed.")
        if record.register is not None:
            text += " " + arg(self.tr("Entered in the register on %1."),
                              show_datetime(record.register.entered_at, self.lang))
        return text

    def _problem_text(self, problem: str) -> str:
        if problem == DRAFT:
            return self.tr("This minutes was not signed: the archive holds no content for it.")
        if problem == MISMATCH:
            return self.tr("The content of this minutes does not match the archive's signed "
                           "list: it is not shown (see the checklist).")
        return self.tr("The content of this minutes cannot be read (see the checklist).")

    def _heading(self, text: str) -> str:
        return f"<h3>{escape(text)}</h3>"

    def content_html(self, c: MinutesContent) -> str:
        """The whole minutes as read-only HTML."""
        g, h = c.generated, self.html
        parts = [h.header(g), self._heading(self.tr("Attendance and quorum")),
                 h.attendance(g), self._heading(self.tr("Agenda")), h.agenda(g),
                 rich_html(c.opening)]
        for item in c.items:
            parts += [self._heading(f"{item.number}. {item.title}"), rich_html(item.debates),
                      h.item(item)]
        parts.append(rich_html(c.closing))
        if c.correction:
            parts += [self._heading(self.tr("Correction")), rich_html(c.correction)]
        parts += [self._heading(self.tr("Annexes")), h.annexes(g)]
        if c.signatories:
            signed = "".join(f"<li>{escape(s.name)} — {escape(s.role)}</li>"
                             for s in c.signatories)  # fmt: skip
            parts += [self._heading(self.tr("Signatories")), f"<ul>{signed}</ul>"]
        return "".join(parts)
