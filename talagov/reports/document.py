# SPDX-License-Identifier: GPL-3.0-or-later
"""A landscape A4 register document: letterhead, one table per page, page numbers.

Every page repeats the letterhead (title, date, the organisation's legal mentions)
and the column headers, so that a single page taken out of the binder still says
whose register it is. Output is deterministic: reportlab's invariant mode, with the
creation date and the document ID derived from the register's date.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import BaseDocTemplate, Frame, PageBreak, PageTemplate, Paragraph, Table
from reportlab.platypus.flowables import Flowable

from talagov.reports.fonts import FontNames, register_fonts
from talagov.reports.labels import text
from talagov.reports.pdf_canvas import CREATOR, stamp
from talagov.reports.table_layout import (
    FONT_SIZE,
    LEADING,
    PAD_X,
    PAD_Y,
    Cancellable,
    Column,
    Progress,
    Row,
    make_row,
    paginate,
)

PAGE = landscape(A4)
MARGIN_X, MARGIN_TOP, MARGIN_BOTTOM = 28.0, 24.0, 30.0
TITLE_SIZE = 13.0
GRID = colors.Color(0.55, 0.55, 0.55)
HEADER_FILL = colors.Color(0.88, 0.9, 0.93)
STRIPE = colors.Color(0.96, 0.96, 0.96)


@dataclass(frozen=True)
class Letterhead:
    """What identifies every page: title, date, legal mentions, footer text."""

    title: str
    as_of: str
    mentions: tuple[str, ...]
    footer: str
    author: str


@dataclass(frozen=True)
class RegisterTable:
    """The table to lay out: columns, wrapped rows and an optional bold total row."""

    columns: tuple[Column, ...]
    rows: Sequence[Row]
    total: Row | None = None
    empty_text: str = ""


def build_pdf(
    head: Letterhead,
    table: RegisterTable,
    *,
    at: date,
    lang: str,
    progress: Progress | None = None,
    done: int = 0,
    total: int = 0,
    cancel: Cancellable | None = None,
) -> bytes:
    """Lay out ``table`` under ``head`` and return the PDF bytes.

    Args:
        at: the register's date; it becomes the PDF creation date, so the same input
            always gives the same bytes.
        done, total: progress units already reported and the overall total; each page
            adds its row count to ``done``.

    Raises:
        Cancelled: through ``cancel``, checked before each page is drawn.
    """
    fonts = register_fonts()
    width = PAGE[0] - 2 * MARGIN_X
    mentions = Paragraph(
        " — ".join(escape(m) for m in head.mentions),
        ParagraphStyle("mentions", fontName=fonts.regular, fontSize=8.5, leading=11),
    )
    _, mentions_height = mentions.wrap(width, PAGE[1])
    top = MARGIN_TOP + TITLE_SIZE + 5 + mentions_height + 8
    frame_height = PAGE[1] - top - MARGIN_BOTTOM
    header = make_row([c.header for c in table.columns], table.columns, fonts.bold)
    rows = [*table.rows, *([table.total] if table.total else [])]
    pages = paginate(rows, frame_height - header.height - 2)
    before = [done + sum(len(p) for p in pages[:i]) for i in range(len(pages))]

    def on_page(canvas: Any, doc: Any) -> None:
        index = canvas.getPageNumber() - 1
        if cancel is not None:
            cancel.raise_if_cancelled()
        if index == 0:
            stamp(canvas, at, head.title)  # dates and ID from ``at``, not the clock
        if progress is not None:
            progress(before[min(index, len(before) - 1)], total or len(rows))
        _draw_letterhead(canvas, head, mentions, mentions_height, fonts.regular, fonts.bold)
        _draw_footer(canvas, head.footer, index + 1, len(pages), lang, fonts.regular)

    story: list[Flowable] = []
    for number, page in enumerate(pages):
        if number:
            story.append(PageBreak())
        last = number == len(pages) - 1
        story.append(
            _table(table.columns, header, page, fonts, total=table.total if last else None)
        )
    if not table.rows and table.empty_text:
        style = ParagraphStyle(
            "empty", fontName=fonts.regular, fontSize=9, leading=12, spaceBefore=8
        )
        story.append(Paragraph(escape(table.empty_text), style))
    buffer = io.BytesIO()
    doc = BaseDocTemplate(
        buffer, pagesize=PAGE, invariant=1, initialFontName=fonts.regular,
        title=f"{head.title} — {head.author}", author=head.author, subject=head.as_of,
        creator=CREATOR, lang=lang,
        leftMargin=MARGIN_X, rightMargin=MARGIN_X, topMargin=top, bottomMargin=MARGIN_BOTTOM,
    )  # fmt: skip
    frame = Frame(MARGIN_X, MARGIN_BOTTOM, width, frame_height, 0, 0, 0, 0, id="body")
    doc.addPageTemplates([PageTemplate("register", [frame], onPage=on_page)])
    doc.build(story)
    if progress is not None:
        progress(total or len(rows), total or len(rows))
    return buffer.getvalue()


def _table(
    columns: Sequence[Column], header: Row, rows: list[Row], fonts: FontNames, *, total: Row | None
) -> Table:
    # Every cell names its font: the Table default is Helvetica, which is never embedded.
    style: list[tuple[Any, ...]] = [
        ("FONTNAME", (0, 0), (-1, -1), fonts.regular),
        ("FONTSIZE", (0, 0), (-1, -1), FONT_SIZE),
        ("LEADING", (0, 0), (-1, -1), LEADING),
        ("FONTNAME", (0, 0), (-1, 0), fonts.bold),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), PAD_X),
        ("RIGHTPADDING", (0, 0), (-1, -1), PAD_X),
        ("TOPPADDING", (0, 0), (-1, -1), PAD_Y),
        ("BOTTOMPADDING", (0, 0), (-1, -1), PAD_Y),
        ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
        ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, STRIPE]),
        ("GRID", (0, 0), (-1, -1), 0.4, GRID),
    ]
    style.extend(("ALIGN", (i, 0), (i, -1), "RIGHT") for i, c in enumerate(columns) if c.numeric)
    if total is not None and rows:
        style.append(("FONTNAME", (0, -1), (-1, -1), fonts.bold))
        style.append(("SPAN", (0, -1), (total.span - 1, -1)))
        style.append(("ALIGN", (0, -1), (0, -1), "LEFT"))
    data = [list(header.cells), *(list(r.cells) for r in rows)]
    heights = [header.height, *(r.height for r in rows)]
    return Table(data, colWidths=[c.width for c in columns], rowHeights=heights,
                 repeatRows=1, style=style, hAlign="LEFT")  # fmt: skip


def _draw_letterhead(
    canvas: Any, head: Letterhead, mentions: Paragraph, height: float, regular: str, bold: str
) -> None:
    canvas.saveState()
    baseline = PAGE[1] - MARGIN_TOP - TITLE_SIZE
    canvas.setFont(bold, TITLE_SIZE)
    canvas.drawString(MARGIN_X, baseline, head.title)
    canvas.setFont(regular, 10)
    canvas.drawRightString(PAGE[0] - MARGIN_X, baseline, head.as_of)
    mentions.drawOn(canvas, MARGIN_X, baseline - 5 - height)
    rule = baseline - 5 - height - 4
    canvas.setStrokeColor(GRID)
    canvas.setLineWidth(0.6)
    canvas.line(MARGIN_X, rule, PAGE[0] - MARGIN_X, rule)
    canvas.restoreState()


def _draw_footer(canvas: Any, footer: str, page: int, pages: int, lang: str, regular: str) -> None:
    canvas.saveState()
    canvas.setFont(regular, 7.5)
    canvas.setFillColor(colors.Color(0.3, 0.3, 0.3))
    y = MARGIN_BOTTOM - 16
    canvas.drawString(MARGIN_X, y, footer)
    canvas.drawRightString(PAGE[0] - MARGIN_X, y, text("page", lang, page=page, pages=pages))
    canvas.restoreState()
