# SPDX-License-Identifier: GPL-3.0-or-later
"""The attendance sheet (feuille de présence) of a meeting as PDF (C. com. R225-95).

For each associate present or represented: name, address, shares and votes, how they
take part, arrival and departure, and the handwritten signature drawn from its
strokes; then the proxies, the postal voters, the quorum with its explanation, and
the bureau's certification. Members excused or absent are listed apart. The bytes
depend only on the data: the PDF date is the meeting's date.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table
from reportlab.platypus.flowables import Flowable

from talagov.core.attendance import SIGNATURE_BOX, Stroke
from talagov.messages import format_date
from talagov.reports.attendance_labels import text
from talagov.reports.fonts import register_fonts
from talagov.reports.pdf_canvas import CREATOR, stamp

PAGE = landscape(A4)
MARGIN = 28.0
GRID = colors.Color(0.55, 0.55, 0.55)
HEADER_FILL = colors.Color(0.88, 0.9, 0.93)


@dataclass(frozen=True)
class SheetLine:
    """One associate on the sheet; ``mode`` is a text already worded by the caller."""

    number: str
    name: str
    address: str
    shares: int
    votes: int
    mode: str
    arrived: datetime | None = None
    left: datetime | None = None
    strokes: tuple[Stroke, ...] = ()
    signed_at: datetime | None = None


@dataclass(frozen=True)
class AttendanceSheet:
    """Everything printed on the sheet.

    Attributes:
        mentions: the organisation's legal mentions (see ``reports.letterhead``).
        attending: present, remote and represented associates, and postal voters.
        others: excused and absent associates (name and mode only).
        proxies: ``(principal, holder, received on, status)`` rows.
        postal: ``(member, received at, counted or late)`` rows.
        quorum: sentences explaining the quorum.
        bureau: ``(function, name)`` pairs certifying the sheet.
    """

    title: str
    meeting_line: str
    on: date
    mentions: tuple[str, ...]
    attending: tuple[SheetLine, ...]
    others: tuple[SheetLine, ...]
    proxies: tuple[tuple[str, str, str, str], ...]
    postal: tuple[tuple[str, str, str], ...]
    quorum: tuple[str, ...]
    bureau: tuple[tuple[str, str], ...]


class SignatureFlowable(Flowable):  # type: ignore[misc]
    """A handwritten signature redrawn as vector lines in a ``width`` x ``height`` box."""

    def __init__(self, strokes: Sequence[Stroke], width: float, height: float) -> None:
        super().__init__()
        self.strokes = strokes
        self.width = width
        self.height = height

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        """The fixed size of the box."""
        return self.width, self.height

    def draw(self) -> None:
        """Scale the strokes from the core box to this box, keeping the aspect."""
        canvas = self.canv
        box_w, box_h = SIGNATURE_BOX, SIGNATURE_BOX / 3
        scale = min(self.width / box_w, self.height / box_h)
        canvas.setLineWidth(0.7)
        canvas.setLineCap(1)
        for stroke in self.strokes:
            if len(stroke) < 2:
                continue
            path = canvas.beginPath()
            (x0, y0), rest = stroke[0], stroke[1:]
            # Screen y grows downwards, PDF y upwards.
            path.moveTo(x0 * scale, self.height - y0 * scale)
            for x, y in rest:
                path.lineTo(x * scale, self.height - y * scale)
            canvas.drawPath(path, stroke=1, fill=0)


def _time(value: datetime | None) -> str:
    return value.strftime("%H:%M") if value is not None else ""


def attendance_sheet_pdf(sheet: AttendanceSheet, *, lang: str = "fr") -> bytes:
    """Lay out the attendance sheet and return the PDF bytes (deterministic)."""
    fonts = register_fonts()
    small = ParagraphStyle("small", fontName=fonts.regular, fontSize=8, leading=10)
    body = ParagraphStyle("body", fontName=fonts.regular, fontSize=9.5, leading=12.5)
    heading = ParagraphStyle("heading", fontName=fonts.bold, fontSize=11, leading=14,
                             spaceBefore=10, spaceAfter=4)  # fmt: skip
    title = ParagraphStyle("title", fontName=fonts.bold, fontSize=14, leading=18)

    def p(value: str, style: ParagraphStyle = small) -> Paragraph:
        return Paragraph(escape(value).replace("\n", "<br/>"), style)

    story: list[Flowable] = [
        p(sheet.title, title),
        p(" — ".join(sheet.mentions), small),
        Spacer(1, 4),
        p(sheet.meeting_line, body),
        Spacer(1, 6),
    ]
    width = PAGE[0] - 2 * MARGIN
    widths = [w * width for w in (0.05, 0.17, 0.2, 0.05, 0.05, 0.17, 0.055, 0.055, 0.2)]
    header = [p(text(k, lang)) for k in ("col.number", "col.name", "col.address", "col.shares",
                                          "col.votes", "col.mode", "col.arrived", "col.left",
                                          "col.signature")]  # fmt: skip
    rows: list[list[Any]] = [header]
    for line in sheet.attending:
        signature: Any = ""
        if line.strokes:
            signature = [SignatureFlowable(line.strokes, widths[8] - 8, 26),
                         p(text("signed_at", lang, time=_time(line.signed_at)))]  # fmt: skip
        rows.append([p(line.number), p(line.name), p(line.address), p(str(line.shares)),
                     p(str(line.votes)), p(line.mode), p(_time(line.arrived)),
                     p(_time(line.left)), signature])  # fmt: skip
    if len(rows) == 1:
        rows.append([p(text("nobody", lang)), "", "", "", "", "", "", "", ""])
    story.append(_table(rows, widths, fonts.bold))
    total_votes = sum(line.votes for line in sheet.attending)
    story.append(Spacer(1, 4))
    story.append(p(text("totals", lang, people=len(sheet.attending), votes=total_votes), body))

    if sheet.proxies:
        story.append(p(text("proxies", lang), heading))
        head = [p(text(k, lang)) for k in ("col.principal", "col.holder", "col.received",
                                            "col.status")]  # fmt: skip
        story.append(_table([head, *([p(c) for c in r] for r in sheet.proxies)],
                            [width * f for f in (0.3, 0.3, 0.15, 0.25)], fonts.bold))  # fmt: skip
    if sheet.postal:
        story.append(p(text("postal", lang), heading))
        head = [p(text(k, lang)) for k in ("col.member", "col.received", "col.status")]
        story.append(_table([head, *([p(c) for c in r] for r in sheet.postal)],
                            [width * f for f in (0.4, 0.25, 0.35)], fonts.bold))  # fmt: skip
    if sheet.others:
        story.append(p(text("others", lang), heading))
        story.append(p("; ".join(f"{o.name} ({o.mode})" for o in sheet.others), body))
    story.append(p(text("quorum", lang), heading))
    story.extend(p(sentence, body) for sentence in sheet.quorum)
    story.append(p(text("certified", lang, date=format_date(sheet.on, lang)), heading))
    signers = [[p(function, body), p(name, body), p(text("signature_line", lang), small)]
               for function, name in sheet.bureau] or [[p(text("no_bureau", lang), body), "", ""]]
    story.append(_table(signers, [width * 0.2, width * 0.35, width * 0.45], fonts.bold,
                        header=False, row_height=34))  # fmt: skip

    buffer = io.BytesIO()

    def first_page(canvas: Any, doc: Any) -> None:
        stamp(canvas, sheet.on, f"{sheet.title} {sheet.meeting_line}")
        later_pages(canvas, doc)

    def later_pages(canvas: Any, doc: Any) -> None:
        canvas.saveState()
        canvas.setFont(fonts.regular, 7.5)
        # Whose sheet and of which day, on every page; the full meeting line is in the head.
        owner = sheet.mentions[0] if sheet.mentions else ""
        canvas.drawString(MARGIN, MARGIN - 14,
                          " — ".join(p for p in (sheet.title, owner, format_date(sheet.on, lang)) if p))
        canvas.drawRightString(PAGE[0] - MARGIN, MARGIN - 14,
                               text("page", lang, page=canvas.getPageNumber()))  # fmt: skip
        canvas.restoreState()

    doc = SimpleDocTemplate(
        buffer, pagesize=PAGE, invariant=1, initialFontName=fonts.regular, lang=lang,
        title=f"{sheet.title} — {sheet.meeting_line}", author=sheet.mentions[0] if sheet.mentions else "",
        creator=CREATOR, leftMargin=MARGIN, rightMargin=MARGIN,
        topMargin=MARGIN, bottomMargin=MARGIN + 6,
    )  # fmt: skip
    doc.build(story, onFirstPage=first_page, onLaterPages=later_pages)
    return buffer.getvalue()


def _table(rows: list[list[Any]], widths: list[float], bold: str, *, header: bool = True,
           row_height: float | None = None) -> Table:  # fmt: skip
    style: list[tuple[Any, ...]] = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("GRID", (0, 0), (-1, -1), 0.4, GRID),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ("FONTNAME", (0, 0), (-1, -1), bold),
    ]
    if header:
        style.append(("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL))
    heights = [row_height] * len(rows) if row_height else None
    return Table(rows, colWidths=widths, rowHeights=heights, repeatRows=1 if header else 0,
                 style=style, hAlign="LEFT")  # fmt: skip
