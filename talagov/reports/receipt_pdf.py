# SPDX-License-Identifier: GPL-3.0-or-later
"""The booth's receipt: what a voter signed, with each ballot's fingerprint, as a PDF.

One portrait A4 page for the usual case (a few polls, a few proxies), more when a
voter holds many proxies: each ballot's poll number and title, on whose behalf it was
cast, the choice (the voter sees their own choice on their own receipt) and the
fingerprint that identifies the signed ballot; then the fingerprint of the
organisation's certificate, to compare with the one printed on the convocation.

Reports do not import the services: the booth fills a :class:`ReceiptLine` from each
``talagov.services.ballots.Receipt``. Deterministic: the PDF is dated with the latest
ballot, never the clock.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import SimpleDocTemplate, Spacer, Table
from reportlab.platypus.flowables import Flowable

from talagov.core.canonical import readable_fingerprint
from talagov.messages import format_date
from talagov.reports.fonts import register_fonts
from talagov.reports.pdf_canvas import CREATOR, stamp
from talagov.reports.results_pdf import GREY, GRID, HEADER_FILL, para
from talagov.reports.vote_texts import fingerprint_lines, text

PAGE_W, PAGE_H = A4
MARGIN = 48.0
WIDTH = PAGE_W - 2 * MARGIN
GROUPS_PER_CELL_LINE = 4  # a ballot's fingerprint in its cell: four lines of four groups


@dataclass(frozen=True)
class ReceiptLine:
    """One ballot on the receipt.

    Attributes:
        number: the poll's (resolution's) number.
        principal_name: whose vote it is: the voter, or the principal of a proxy.
        proxy: ``True`` when cast on behalf of ``principal_name`` under a proxy.
        choices: the chosen options as labels (« Pour », a candidate's name).
        fingerprint: the ballot's fingerprint, hex or readable (spaces are ignored).
        cast_at: when the ballot was signed.
    """

    number: int
    title: str
    principal_name: str
    choices: tuple[str, ...]
    fingerprint: str
    cast_at: datetime
    proxy: bool = False


def cell_fingerprint(fingerprint: str) -> str:
    """A ballot's fingerprint as four lines of four groups (spaces in the input ignored)."""
    return fingerprint_lines(readable_fingerprint("".join(fingerprint.split())),
                             GROUPS_PER_CELL_LINE)


def _local(at: datetime) -> datetime:
    # Ballots carry UTC times; the voter reads the laptop's local time.
    return at.astimezone() if at.tzinfo is not None else at


def _story(receipts: Sequence[ReceiptLine], voter_name: str, meeting_title: str,
           organisation: str, organisation_fingerprint: str, lang: str) -> list[Flowable]:  # fmt: skip
    fonts = register_fonts()
    body = ParagraphStyle("body", fontName=fonts.regular, fontSize=10, leading=13.5, spaceAfter=3)
    bold = ParagraphStyle("bold", body, fontName=fonts.bold)
    cell = ParagraphStyle("cell", body, fontSize=9, leading=12, spaceAfter=0)
    head = ParagraphStyle("head", cell, fontName=fonts.bold, fontSize=8.5)
    mono = ParagraphStyle("mono", cell, fontName=fonts.bold, leading=12.5)
    note = ParagraphStyle("note", body, fontSize=8.5, leading=11, textColor=GREY)
    story: list[Flowable] = [
        para(text("receipt.title", lang), ParagraphStyle("title", bold, fontSize=16, leading=20,
                                                       spaceAfter=8)),
    ]  # fmt: skip
    if organisation:
        story.append(para(organisation, bold))
    story += [para(meeting_title, body), para(text("receipt.voter", lang, name=voter_name), bold)]
    if receipts:
        last = _local(max(r.cast_at for r in receipts))
        story.append(para(text("receipt.cast", lang, date=format_date(last.date(), lang),
                             time=last.strftime("%H:%M")), body))  # fmt: skip
    story.append(Spacer(0, 8))
    rows: list[list[Any]] = [[para(text(f"receipt.col.{k}", lang), head)
                              for k in ("poll", "ballot", "fingerprint")]]  # fmt: skip
    for line in receipts:
        whose = (text("receipt.proxy", lang, name=line.principal_name) if line.proxy
                 else text("receipt.own", lang))  # fmt: skip
        choice = text("receipt.choice", lang, choices=", ".join(line.choices) or "—")
        rows.append([para(text("receipt.heading", lang, number=line.number, title=line.title), cell),
                     [para(whose, cell), para(choice, ParagraphStyle("choice", cell,
                                                                 fontName=fonts.bold))],
                     para(cell_fingerprint(line.fingerprint), mono)])  # fmt: skip
    if not receipts:
        rows.append([para(text("receipt.none", lang), cell), "", ""])
    widths = [WIDTH * 0.36, WIDTH * 0.64 - 136, 136.0]
    story.append(Table(rows, colWidths=widths, repeatRows=1, hAlign="LEFT", style=[
        ("FONTNAME", (0, 0), (-1, -1), fonts.regular), ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("GRID", (0, 0), (-1, -1), 0.4, GRID), ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
        ("LEFTPADDING", (0, 0), (-1, -1), 4), ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
    ]))  # fmt: skip
    story.append(Spacer(0, 12))
    if organisation_fingerprint:
        story += [para(text("fingerprint", lang), bold),
                  para(fingerprint_lines(organisation_fingerprint),
                     ParagraphStyle("org", mono, fontSize=10.5, leading=15))]  # fmt: skip
    story += [Spacer(0, 10), para(text("receipt.keep", lang), note),
              para(text("receipt.private", lang), note)]  # fmt: skip
    return story


def receipt_pdf(
    receipts: Sequence[ReceiptLine],
    *,
    voter_name: str,
    meeting_title: str,
    organisation: str = "",
    organisation_fingerprint: str = "",
    lang: str = "fr",
) -> bytes:
    """The receipt as PDF bytes (laid out twice, to number the pages « n / N »).

    Args:
        organisation: the organisation's name, printed above the meeting.
        organisation_fingerprint: the organisation certificate's readable fingerprint.

    Raises:
        UserError: ``reports.font_missing`` on a broken installation.
    """
    fonts = register_fonts()
    at = _local(max(r.cast_at for r in receipts)).date() if receipts else date(1970, 1, 1)
    title = text("receipt.title", lang)

    def build(pages: int) -> tuple[bytes, int]:
        buffer, seen = io.BytesIO(), [0]

        def on_page(canvas: Any, template: Any) -> None:
            page = seen[0] = canvas.getPageNumber()
            if page == 1:
                stamp(canvas, at, f"{title} {voter_name} {meeting_title}")
            canvas.saveState()
            canvas.setFont(fonts.regular, 7.5)
            canvas.setFillColor(GREY)
            canvas.drawString(MARGIN, MARGIN - 18, f"{title} — {voter_name}")
            canvas.drawRightString(PAGE_W - MARGIN, MARGIN - 18,
                                   text("page", lang, page=page, pages=max(page, pages)))  # fmt: skip
            canvas.restoreState()

        doc = SimpleDocTemplate(
            buffer, pagesize=A4, invariant=1, initialFontName=fonts.regular, lang=lang,
            title=f"{title} — {voter_name}", author=organisation, creator=CREATOR,
            leftMargin=MARGIN, rightMargin=MARGIN, topMargin=MARGIN, bottomMargin=MARGIN + 4,
        )  # fmt: skip
        doc.build(_story(receipts, voter_name, meeting_title, organisation,
                         organisation_fingerprint, lang), onFirstPage=on_page,
                  onLaterPages=on_page)  # fmt: skip
        return buffer.getvalue(), seen[0]

    return build(build(0)[1])[0]
