# SPDX-License-Identifier: GPL-3.0-or-later
"""Sheets of address labels for the convocations sent by post.

The default sheet is the common A4 3 x 8 format of 70 x 37 mm labels (Avery 3475 and
equivalents): no side margin, 0.5 mm at the top and bottom. Each label holds the
member's name in bold and the lines of the postal address; long lines wrap (at the
commas first), the type shrinks down to a minimum size when the lines do not fit,
and what still does not fit is cut with an ellipsis rather than spilling onto the
next label.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from talagov.reports.fonts import FontNames, register_fonts
from talagov.reports.pdf_canvas import deterministic_canvas
from talagov.reports.table_layout import Cancellable, Progress

MAX_SIZE, MIN_SIZE = 10.0, 7.0


@dataclass(frozen=True)
class LabelSheet:
    """The geometry of a sheet of labels, in millimetres."""

    columns: int = 3
    rows: int = 8
    width: float = 70.0
    height: float = 37.0
    padding: float = 5.0

    @property
    def per_page(self) -> int:
        """Labels on one sheet."""
        return self.columns * self.rows

    def origin(self, index: int) -> tuple[float, float]:
        """Lower-left corner of label ``index`` (0-based, row by row), in points."""
        page_w, page_h = A4
        left = (page_w - self.columns * self.width * mm) / 2
        top = (page_h - self.rows * self.height * mm) / 2
        row, column = divmod(index % self.per_page, self.columns)
        return left + column * self.width * mm, page_h - top - (row + 1) * self.height * mm


SHEET_3X8 = LabelSheet()


@dataclass(frozen=True)
class Label:
    """One address label: the name (printed bold) and the address lines."""

    name: str
    lines: tuple[str, ...] = ()

    @classmethod
    def of(cls, name: str, address: str) -> Label:
        """A label from a name and a multi-line address (blank lines dropped)."""
        return cls(name.strip(), tuple(p.strip() for p in address.splitlines() if p.strip()))


def _fit(text: str, font: str, size: float, width: float) -> str:
    if stringWidth(text, font, size) <= width:
        return text
    while text and stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text.rstrip() + "…"


def address_lines(address: str, font: str, size: float, width: float) -> list[str]:
    """The lines of a postal address no wider than ``width``.

    An address typed on one line (« 8 rue Basse, 69002 Lyon ») is broken at its
    commas first, so that the postcode and town start a line as La Poste expects;
    what is still too wide wraps between words.
    """
    lines: list[str] = []
    for line in (p.strip() for p in address.splitlines()):
        if not line:
            continue
        if stringWidth(line, font, size) <= width:
            lines.append(line)
            continue
        for part in (p.strip() for p in line.split(",")):
            if part:
                lines.extend(simpleSplit(part, font, size, width) or [part])
    return lines


def _draw_label(canvas: Canvas, label: Label, x: float, y: float, sheet: LabelSheet,
                fonts: FontNames) -> None:  # fmt: skip
    pad = sheet.padding * mm
    width, height = sheet.width * mm - 2 * pad, sheet.height * mm - 2 * pad
    address = "\n".join(label.lines)
    size = MAX_SIZE

    def layout(size: float) -> list[tuple[str, str]]:
        name = simpleSplit(label.name, fonts.bold, size, width)[:2] or [label.name]
        return [*((n, fonts.bold) for n in name),
                *((a, fonts.regular) for a in address_lines(address, fonts.regular, size, width))]  # fmt: skip

    lines = layout(size)
    # Shrink until all lines fit down, or the floor is hit; then cut what is left.
    while size > MIN_SIZE and len(lines) * size * 1.2 > height:
        size -= 0.5
        lines = layout(size)
    leading = size * 1.2
    lines = lines[: max(1, int(height // leading))]
    baseline = y + pad + (height + len(lines) * leading) / 2 - size
    for text, font in lines:
        canvas.setFont(font, size)
        canvas.drawString(x + pad, baseline, _fit(text, font, size, width))
        baseline -= leading


def draw_labels(
    canvas: Canvas,
    labels: Sequence[Label],
    sheet: LabelSheet = SHEET_3X8,
    *,
    progress: Progress | None = None,
    done: int = 0,
    total: int = 0,
    cancel: Cancellable | None = None,
) -> int:
    """Draw ``labels`` on as many sheets as needed, each ended with ``showPage``.

    Args:
        done, total: progress units already reported and the overall total; each
            sheet adds its label count.

    Returns:
        The number of sheets drawn (0 without labels).

    Raises:
        Cancelled: through ``cancel``, checked before each sheet.
    """
    fonts = register_fonts()
    sheets = 0
    for start in range(0, len(labels), sheet.per_page):
        if cancel is not None:
            cancel.raise_if_cancelled()
        for offset, label in enumerate(labels[start : start + sheet.per_page]):
            x, y = sheet.origin(offset)
            _draw_label(canvas, label, x, y, sheet, fonts)
        canvas.showPage()
        sheets += 1
        if progress is not None:
            progress(done + min(start + sheet.per_page, len(labels)), total or len(labels))
    return sheets


def labels_pdf(
    labels: Sequence[Label],
    *,
    title: str,
    author: str,
    at: date,
    lang: str = "fr",
    sheet: LabelSheet = SHEET_3X8,
    progress: Progress | None = None,
    cancel: Cancellable | None = None,
) -> bytes:
    """Sheets of address labels as PDF bytes (one blank sheet when there is no label).

    Args:
        at: the date the PDF is stamped with (the meeting's), so that the same labels
            always give the same bytes.

    Raises:
        Cancelled: through ``cancel``.
        UserError: ``reports.font_missing`` on a broken installation.
    """
    buffer = io.BytesIO()
    canvas = deterministic_canvas(buffer, title=title, author=author, at=at, lang=lang)
    if not draw_labels(canvas, labels, sheet, progress=progress, cancel=cancel):
        canvas.showPage()
    canvas.save()
    return buffer.getvalue()
