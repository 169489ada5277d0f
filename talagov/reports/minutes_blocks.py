# SPDX-License-Identifier: GPL-3.0-or-later
"""The page geometry, styles and building blocks of the minutes and of the register.

Paragraphs of plain text and of rich text (escaped: what a person typed never becomes
markup), tables whose cells all name an embedded font, and the labelled digests
(hashes and fingerprints in readable groups) the signature blocks print.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import CondPageBreak, Paragraph, Spacer, Table
from reportlab.platypus.flowables import Flowable

from talagov.core.canonical import readable_fingerprint
from talagov.core.rich_text import Block, BlockKind, RichText
from talagov.messages import NBSP, NNBSP
from talagov.reports.fonts import FontNames

PAGE_W, PAGE_H = A4
MARGIN_X, MARGIN_TOP, MARGIN_BOTTOM = 50.0, 46.0, 52.0
WIDTH = PAGE_W - 2 * MARGIN_X
GRID = colors.Color(0.55, 0.55, 0.55)
HEADER_FILL = colors.Color(0.88, 0.9, 0.93)
BOX_FILL = colors.Color(0.97, 0.97, 0.95)
GREY = colors.Color(0.3, 0.3, 0.3)
INK = colors.Color(0.12, 0.2, 0.35)

Styles = dict[str, ParagraphStyle]
_NEED = {"h1": 84.0, "h2": 60.0}  # points left under a heading: itself and a few lines


def make_styles(fonts: FontNames) -> Styles:
    """The paragraph styles; every one names an embedded font (bullets included)."""
    body = ParagraphStyle("body", fontName=fonts.regular, fontSize=9.5, leading=12.8,
                          spaceAfter=3, bulletFontName=fonts.regular)  # fmt: skip
    return {
        "body": body,
        "org": ParagraphStyle("org", body, fontName=fonts.bold, fontSize=11, leading=14),
        "mentions": ParagraphStyle("mentions", body, fontSize=8, leading=10.5, textColor=GREY),
        "title": ParagraphStyle("title", body, fontName=fonts.bold, fontSize=16, leading=20,
                                spaceBefore=8, spaceAfter=2, textColor=INK),
        "meeting": ParagraphStyle("meeting", body, fontName=fonts.bold, fontSize=12.5,
                                  leading=16, spaceAfter=4),
        "h1": ParagraphStyle("h1", body, fontName=fonts.bold, fontSize=11.5, leading=15,
                             spaceBefore=13, spaceAfter=5, textColor=INK),
        "h2": ParagraphStyle("h2", body, fontName=fonts.bold, fontSize=9.5, leading=12.5,
                             spaceBefore=7, spaceAfter=3),
        "list": ParagraphStyle("list", body, leftIndent=16, bulletIndent=4, spaceAfter=2),
        "missing": ParagraphStyle("missing", body, textColor=GREY),
        "box": ParagraphStyle("box", body, borderWidth=0.6, borderColor=GRID, borderPadding=7,
                              backColor=BOX_FILL, leftIndent=7, rightIndent=7, spaceBefore=11,
                              spaceAfter=10),
        "decision": ParagraphStyle("decision", body, fontName=fonts.bold, fontSize=10,
                                   leading=13.5, spaceBefore=5),
        "note": ParagraphStyle("note", body, fontSize=8.5, leading=11, textColor=GREY),
        "cell": ParagraphStyle("cell", body, fontSize=8.5, leading=10.5, spaceAfter=0),
        "cell_r": ParagraphStyle("cell_r", body, fontSize=8.5, leading=10.5, spaceAfter=0,
                                 alignment=TA_RIGHT),
        "head": ParagraphStyle("head", body, fontName=fonts.bold, fontSize=8, leading=10,
                               spaceAfter=0),
        "cell_c": ParagraphStyle("cell_c", body, fontSize=8.5, leading=10.5, spaceAfter=0,
                                 alignment=TA_CENTER),
        "head_c": ParagraphStyle("head_c", body, fontName=fonts.bold, fontSize=8, leading=10,
                                 spaceAfter=0, alignment=TA_CENTER),
        "digest": ParagraphStyle("digest", body, fontName=fonts.bold, fontSize=8.5, leading=11,
                                 spaceAfter=0),
        "head_r": ParagraphStyle("head_r", body, fontName=fonts.bold, fontSize=8, leading=10,
                                 spaceAfter=0, alignment=TA_RIGHT),
        "band": ParagraphStyle("band", body, fontName=fonts.bold, fontSize=12, leading=16,
                               backColor=HEADER_FILL, borderPadding=(4, 5, 4, 5),
                               spaceBefore=18, spaceAfter=8, keepWithNext=1),
    }  # fmt: skip


def clean(value: str) -> str:
    """``value`` escaped for paragraph markup, newlines as line breaks."""
    # reportlab breaks lines at the narrow no-break space of French numbers; the plain
    # no-break space holds. Escaping makes « <b>& » print as typed, never as markup.
    return escape(value.replace(NNBSP, NBSP)).replace("\n", "<br/>")


def para(value: str, style: ParagraphStyle) -> Paragraph:
    """A paragraph of plain ``value`` (escaped; newlines break lines)."""
    return Paragraph(clean(value), style)


def heading(value: str, st: Styles, level: str = "h1") -> list[Flowable]:
    """A heading that never ends a page: it starts a new one unless a few lines fit under it.

    Not ``keepWithNext``: that moves a heading and a long paragraph to the next page
    together, leaving the bottom of this one blank.
    """
    return [CondPageBreak(_NEED[level]), para(value, st[level])]


def bullet(value: str, st: Styles) -> Paragraph:
    """An item of a bullet list, of plain ``value``."""
    return Paragraph(clean(value), st["list"], bulletText="•")


def markup(block: Block) -> str:
    """A rich-text block as reportlab paragraph markup, every run escaped."""
    out = []
    for run in block.runs:
        piece = clean(run.text)
        if run.italic:
            piece = f"<i>{piece}</i>"
        if run.bold:
            piece = f"<b>{piece}</b>"
        out.append(piece)
    return "".join(out)


def rich(text: RichText, st: Styles) -> list[Flowable]:
    """Paragraphs and list items; a numbered list counts from 1 after any other block."""
    out: list[Flowable] = []
    number = 0
    for block in text:
        number = number + 1 if block.kind is BlockKind.NUMBERED else 0
        if not block.plain.strip():
            out.append(Spacer(0, 6))  # an empty line the secretary left between paragraphs
        elif block.kind is BlockKind.BULLET:
            out.append(Paragraph(markup(block), st["list"], bulletText="•"))
        elif block.kind is BlockKind.NUMBERED:
            out.append(Paragraph(markup(block), st["list"], bulletText=f"{number}."))
        else:
            out.append(Paragraph(markup(block), st["body"]))
    return out


def grid(rows: list[list[Any]], widths: Sequence[float], fonts: FontNames, *,
         header: bool = True) -> Table:  # fmt: skip
    """A table of paragraph cells; the header row repeats on every page."""
    # Every cell names its font: the Table default is Helvetica, which is never embedded.
    style: list[tuple[Any, ...]] = [
        ("FONTNAME", (0, 0), (-1, -1), fonts.regular), ("FONTSIZE", (0, 0), (-1, -1), 8.5),
        ("VALIGN", (0, 0), (-1, -1), "TOP"), ("GRID", (0, 0), (-1, -1), 0.4, GRID),
        ("LEFTPADDING", (0, 0), (-1, -1), 3), ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]  # fmt: skip
    if header:
        style.append(("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL))
    return Table(rows, colWidths=list(widths), repeatRows=1 if header else 0, style=style,
                 hAlign="LEFT", spaceBefore=3, spaceAfter=6)  # fmt: skip


def fingerprints(rows: Sequence[tuple[str, str]], st: Styles) -> Table:
    """Labelled hex digests, each value in readable groups on two lines of eight."""
    cells = []
    for label, value in rows:
        groups = readable_fingerprint(value).split() if _is_hex(value) else [value]
        lines = "\n".join(" ".join(groups[i:i + 8]) for i in range(0, len(groups), 8))
        cells.append([para(label, st["cell"]), para(lines, st["digest"])])
    # The font is named even with paragraph cells, or the table references Helvetica.
    style = [("FONTNAME", (0, 0), (-1, -1), st["cell"].fontName),
             ("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
             ("RIGHTPADDING", (0, 0), (-1, -1), 4), ("TOPPADDING", (0, 0), (-1, -1), 1),
             ("BOTTOMPADDING", (0, 0), (-1, -1), 2)]  # fmt: skip
    return Table(cells, colWidths=[170.0, WIDTH - 170], style=style, hAlign="LEFT",
                 spaceBefore=2, spaceAfter=4)  # fmt: skip


def _is_hex(value: str) -> bool:
    return len(value) >= 16 and all(c in "0123456789abcdefABCDEF" for c in value)
