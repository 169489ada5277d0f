# SPDX-License-Identifier: GPL-3.0-or-later
"""Step 6: the receipt: per ballot, the poll, on whose behalf, the choice and the fingerprint.

The fingerprint (the SHA-256 of the signed ballot, in groups of four) lets the voter
check later that their ballot is the one counted. It can be saved as a PDF and, when
the laptop has a printer, printed. "Done" clears the booth for the next voter.
"""

from __future__ import annotations

import html
from dataclasses import dataclass
from itertools import pairwise

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QTextDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrinterInfo
from PySide6.QtWidgets import QDialog, QFrame, QLabel, QScrollArea, QVBoxLayout, QWidget

from talagov.gui.booth.page import BoothPage
from talagov.gui.booth.style import button, describe, paragraph
from talagov.gui.help.terms import explain
from talagov.gui.i18n import arg


@dataclass(frozen=True)
class ReceiptView:
    """One ballot of a receipt, in words."""

    title: str
    behalf: str
    choices: str
    readable: str


def printer_available() -> bool:
    """Whether the system knows a printer (there is none offscreen)."""
    return bool(QPrinterInfo.availablePrinterNames())


class ReceiptPage(BoothPage):
    """The ballots cast, "Save as PDF…", "Print…" and "Done".

    Signals:
        save_requested(): save the receipt as a PDF.
        done(): the voter has finished.
    """

    save_requested = Signal()
    done = Signal()

    def __init__(self, parent: QWidget | None = None, *, title: str = "") -> None:
        super().__init__(title or self.tr("Your vote is recorded"), parent)
        self._intro = self.tr("Keep these receipts: each fingerprint identifies one of your "
                              "ballots, so that you can check later that it was counted.")
        self.intro = self.add_label(self._intro)
        self.area = QScrollArea(self)
        self.area.setWidgetResizable(True)
        self.area.setFrameShape(QFrame.Shape.NoFrame)
        describe(self.area, self.tr("Receipts"),
                 self.tr("One receipt per ballot. Arrow keys: scroll. Tab: the buttons."))
        self.area.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.content.addWidget(self.area, 1)
        self.save_button = self.add_button(button(
            self.tr("&Save as PDF…"), self, self.tr("Save the receipts as a PDF document.")))
        self.print_button = self.add_button(button(
            self.tr("&Print…"), self, self.tr("Print the receipts.")))
        self.print_button.setVisible(printer_available())
        self.done_button = self.add_button(button(
            self.tr("&Done"), self, self.tr("Finish and clear the screen for the next voter.")))
        self.save_button.clicked.connect(self.save_requested)
        self.print_button.clicked.connect(self.print_receipts)
        self.done_button.clicked.connect(self.done)
        self.views: list[ReceiptView] = []
        self.items: list[QLabel] = []

    def set_receipts(self, views: list[ReceiptView], when: str) -> None:
        """Show the receipts; ``when``: the time they were cast, as shown."""
        self.clear()
        self.views = list(views)
        inner = QWidget(self.area)
        column = QVBoxLayout(inner)
        cast = paragraph(arg(self.tr("Cast on %1"), when), inner)
        column.addWidget(cast)
        for view in self.views:
            frame = QFrame(inner)
            frame.setFrameShape(QFrame.Shape.Box)
            lines = QVBoxLayout(frame)
            for text in (view.title, view.behalf, arg(self.tr("Choice: %1"), view.choices)):
                lines.addWidget(paragraph(text, frame))
            caption = paragraph(self.tr("Receipt fingerprint:"), frame)
            explain(caption, "empreinte")
            lines.addWidget(caption)
            fingerprint = paragraph(view.readable, frame, "fingerprint")
            # Each receipt is one stop of the Tab key, its whole text its name: Orca reads a
            # focused label, and nothing else of a scrolling area.
            fingerprint.setAccessibleName(", ".join((
                view.title, view.behalf, arg(self.tr("Choice: %1"), view.choices),
                arg(self.tr("Receipt fingerprint: %1"), view.readable))))
            fingerprint.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            self.items.append(fingerprint)
            lines.addWidget(fingerprint)
            column.addWidget(frame)
        column.addStretch(1)
        self.area.setWidget(inner)
        if self.items:
            # The heading and the time ride on the first receipt: they are not focusable, and
            # Orca reads a focused label's name only.
            first = self.items[0]
            first.setAccessibleName(". ".join(
                (self.title.text(), cast.text(), first.accessibleName())))
            # The receipts are the stops now; the area itself would say nothing more.
            self.area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        chain = [*self.items, self.save_button]
        for before, after in pairwise(chain):
            QWidget.setTabOrder(before, after)

    def receipt_html(self) -> str:
        """The receipts as a small HTML document (printing)."""
        choice = self.tr("Choice: %1")
        parts = [f"<h1>{html.escape(self.title.text())}</h1>"]
        for view in self.views:
            parts.append(
                f"<p><b>{html.escape(view.title)}</b><br>{html.escape(view.behalf)}<br>"
                f"{html.escape(arg(choice, view.choices))}<br>"
                f"<tt>{html.escape(view.readable)}</tt></p>")
        return "".join(parts)

    def print_receipts(self) -> None:
        """Ask for a printer and print (only offered when one exists)."""
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        document = QTextDocument(self)
        document.setHtml(self.receipt_html())
        document.print_(printer)

    def accept_enter(self) -> None:
        """Enter finishes only from the Done button itself.

        The receipts get the keyboard first: a second press of the Enter that cast the
        vote must not wipe them before the voter has read them.
        """

    def enter(self) -> None:
        """Keyboard on the first receipt (read first by screen readers)."""
        self.focus(self.items[0] if self.items else self.area)

    def clear(self) -> None:
        """Forget the receipts."""
        super().clear()
        self.intro.setText(self._intro)
        taken = self.area.takeWidget()
        if taken is not None:
            taken.setParent(None)
            taken.deleteLater()
        self.views, self.items = [], []
        self.area.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
