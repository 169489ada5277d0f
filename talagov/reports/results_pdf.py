# SPDX-License-Identifier: GPL-3.0-or-later
"""The results of a meeting's votes as a portrait A4 PDF.

The first page carries the organisation's legal mentions and the meeting; then each
poll is a section: its rule, the counts by choice and channel, the colleges and the
weighted result, the election ranking, the decision in bold, the explanation and the
ballots set aside. The document ends with the fingerprint of the organisation's
certificate, to compare with the one on the convocation. Every page has a footer with
« Page n / N ». Deterministic: the PDF is dated with the meeting, never the clock.
"""

from __future__ import annotations

import io
from collections.abc import Collection, Sequence
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.utils import simpleSplit
from reportlab.platypus import (
    CondPageBreak,
    KeepTogether,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
)
from reportlab.platypus.flowables import Flowable

from talagov.core.polls import PollKind
from talagov.messages import NBSP, NNBSP, format_date, format_int
from talagov.reports.fonts import FontNames, register_fonts
from talagov.reports.pdf_canvas import CREATOR, stamp
from talagov.reports.results_content import CHANNELS, ChoiceLine, PollSection, ResultsDocument
from talagov.reports.vote_texts import fingerprint_lines, text

PAGE_W, PAGE_H = A4
MARGIN = 42.0
WIDTH = PAGE_W - 2 * MARGIN
GRID = colors.Color(0.55, 0.55, 0.55)
HEADER_FILL = colors.Color(0.88, 0.9, 0.93)
TOTAL_FILL = colors.Color(0.95, 0.95, 0.95)
GREY = colors.Color(0.3, 0.3, 0.3)
# Counts table: the choice, then one column per channel, then the total.
_CHANNEL_WIDTHS = (52.0, 52.0, 82.0, 58.0, 58.0)
_TOTAL_WIDTH = 52.0


def _styles(fonts: FontNames) -> dict[str, ParagraphStyle]:
    body = ParagraphStyle("body", fontName=fonts.regular, fontSize=9.5, leading=12.5,
                          spaceAfter=3)  # fmt: skip
    return {
        "title": ParagraphStyle("title", body, fontName=fonts.bold, fontSize=15, leading=19,
                                spaceAfter=4),
        "mentions": ParagraphStyle("mentions", body, fontSize=8, leading=10.5, textColor=GREY),
        "meeting": ParagraphStyle("meeting", body, fontName=fonts.bold, fontSize=11, leading=14,
                                  spaceBefore=6),
        "body": body,
        "note": ParagraphStyle("note", body, fontSize=8.5, leading=11, textColor=GREY),
        "heading": ParagraphStyle("heading", body, fontName=fonts.bold, fontSize=12, leading=15,
                                  spaceBefore=14, spaceAfter=4),
        "subheading": ParagraphStyle("subheading", body, fontName=fonts.bold, spaceBefore=6),
        "decision": ParagraphStyle("decision", body, fontName=fonts.bold, fontSize=10.5,
                                   leading=14, spaceBefore=6, spaceAfter=4),
        "cell": ParagraphStyle("cell", body, fontSize=8.5, leading=10.5, spaceAfter=0),
        "head": ParagraphStyle("head", body, fontName=fonts.bold, fontSize=8, leading=10,
                               spaceAfter=0),
        "head_r": ParagraphStyle("head_r", body, fontName=fonts.bold, fontSize=8, leading=10,
                                 spaceAfter=0, alignment=TA_RIGHT),
        "fingerprint": ParagraphStyle("fingerprint", body, fontName=fonts.bold, fontSize=10.5,
                                      leading=15, spaceBefore=2),
    }  # fmt: skip


def para(value: str, style: ParagraphStyle) -> Paragraph:
    """A paragraph of plain ``value`` (escaped; newlines break lines)."""
    # reportlab breaks lines at the narrow no-break space of French numbers: use the
    # (unbreakable) no-break space instead. Newlines are line breaks.
    return Paragraph(escape(value.replace(NNBSP, NBSP)).replace("\n", "<br/>"), style)


def _table(rows: list[list[Any]], widths: Sequence[float], fonts: FontNames, *,
           numeric_from: int, total: bool = False) -> Table:  # fmt: skip
    # Every cell names its font: the Table default is Helvetica, which is never embedded.
    style: list[tuple[Any, ...]] = [
        ("FONTNAME", (0, 0), (-1, -1), fonts.regular), ("FONTSIZE", (0, 0), (-1, -1), 8.5),
        ("LEADING", (0, 0), (-1, -1), 10.5), ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("ALIGN", (numeric_from, 0), (-1, -1), "RIGHT"), ("GRID", (0, 0), (-1, -1), 0.4, GRID),
        ("LEFTPADDING", (0, 0), (-1, -1), 3), ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
    ]  # fmt: skip
    if total:
        style += [("BACKGROUND", (0, -1), (-1, -1), TOTAL_FILL),
                  ("FONTNAME", (0, -1), (-1, -1), fonts.bold)]  # fmt: skip
    return Table(rows, colWidths=list(widths), repeatRows=1, style=style, hAlign="LEFT",
                 spaceBefore=4, spaceAfter=5)


class _Section:
    """The flowables of one poll, built with the document's styles and language."""

    def __init__(self, styles: dict[str, ParagraphStyle], fonts: FontNames, lang: str) -> None:
        self.st, self.fonts, self.lang = styles, fonts, lang

    def heads(self, keys: Sequence[str], numeric: Collection[int]) -> list[Any]:
        """The header row: the headers of ``numeric`` columns aligned right, like them."""
        return [para(text(f"col.{k}", self.lang), self.st["head_r" if i in numeric else "head"])
                for i, k in enumerate(keys)]  # fmt: skip

    def number(self, value: int) -> str:
        return format_int(value, self.lang).replace(NNBSP, NBSP)

    def flowables(self, poll: PollSection) -> list[Flowable]:
        st = self.st
        top: list[Flowable] = [para(poll.heading, st["heading"])]
        top += [para(note, st["note"]) for note in poll.notes]
        if not poll.has_result:
            return [CondPageBreak(90), KeepTogether([*top, para(poll.decision, st["decision"])])]
        out: list[Flowable] = [CondPageBreak(150), *top, self.counts(poll)]
        out += [para(line, st["body"]) for line in (poll.counted, poll.base_line) if line]
        if poll.colleges:
            out.append(self.colleges(poll))
        if poll.weighted is not None:
            w = poll.weighted
            weighted = text("weighted", self.lang, fraction=w.fraction, decimal=w.decimal,
                            approx="=" if w.exact else "≈", sign=">" if w.strict else "≥",
                            threshold=w.threshold)  # fmt: skip
            out.append(para(weighted, st["body"]))
        if poll.ranking:
            out.append(self.ranking(poll))
        out.append(para(poll.decision, st["decision"]))
        if poll.explanation:
            out.append(KeepTogether([para(text("explanation", self.lang), st["subheading"]),
                                     para(poll.explanation[0], st["body"])]))  # fmt: skip
            out += [para(sentence, st["body"]) for sentence in poll.explanation[1:]]
        out += self.ballots(poll)
        return out

    def counts(self, poll: PollSection) -> Table:
        election = poll.kind is PollKind.ELECTION
        keys = ["candidate" if election else "choice", *(c.value for c in CHANNELS), "total"]
        header = self.heads(keys, range(1, len(keys)))
        lines: list[ChoiceLine] = [*poll.choices, *([poll.total] if poll.total else [])]
        rows: list[list[Any]] = [header]
        rows += [[para(line.label, self.st["cell"]), *(self.number(n) for n in line.by_channel),
                  self.number(line.total)] for line in lines]  # fmt: skip
        widths = [WIDTH - sum(_CHANNEL_WIDTHS) - _TOTAL_WIDTH, *_CHANNEL_WIDTHS, _TOTAL_WIDTH]
        return _table(rows, widths, self.fonts, numeric_from=1, total=poll.total is not None)

    def colleges(self, poll: PollSection) -> Table:
        if poll.kind is PollKind.ELECTION:
            return self.election_colleges(poll)
        keys = ("college", "for", "against", "abstain", "base", "share", "weight")
        rows: list[list[Any]] = [self.heads(keys, range(1, 5))]
        for c in poll.colleges:
            share = c.percent if c.empty else f"{c.share} ({c.percent})"
            rows.append([para(c.name, self.st["cell"]), self.number(c.votes_for),
                         self.number(c.against), self.number(c.abstain), self.number(c.base),
                         para(share, self.st["cell"]), para(c.weight, self.st["cell"])])  # fmt: skip
        widths = [WIDTH - 4 * 44 - 2 * 104, 44.0, 44.0, 44.0, 44.0, 104.0, 104.0]
        return _table(rows, widths, self.fonts, numeric_from=1)

    def election_colleges(self, poll: PollSection) -> Table:
        """An election's colleges: the votes of each candidate (and blank), the base and the
        weight; no share of "for", which an election has not (the scores are explained)."""
        labels = [label for label, _ in poll.colleges[0].by_choice]
        rows: list[list[Any]] = [[
            para(text("col.college", self.lang), self.st["head"]),
            *(para(label, self.st["head_r"]) for label in labels),
            *self.heads(("base", "weight"), (0,))]]
        for c in poll.colleges:
            rows.append([para(c.name, self.st["cell"]), *(self.number(n) for _, n in c.by_choice),
                         self.number(c.base), para(c.weight, self.st["cell"])])  # fmt: skip
        # The college's name keeps at least 100 pt; the choices share the rest.
        each = min(60.0, (WIDTH - 44 - 104 - 100) / max(1, len(labels)))
        widths = [WIDTH - 44 - 104 - each * len(labels), *([each] * len(labels)), 44.0, 104.0]
        return _table(rows, widths, self.fonts, numeric_from=1)

    def ranking(self, poll: PollSection) -> Table:
        rows: list[list[Any]] = [self.heads(("rank", "candidate", "votes", "outcome"), (0, 2))]
        rows += [[str(r.rank), para(r.label, self.st["cell"]), self.number(r.votes),
                  para(r.outcome, self.st["cell"])] for r in poll.ranking]  # fmt: skip
        widths = [40.0, WIDTH - 40 - 60 - 110, 60.0, 110.0]
        table = _table(rows, widths, self.fonts, numeric_from=2)
        table.setStyle([("ALIGN", (0, 0), (0, -1), "RIGHT"), ("ALIGN", (3, 0), (3, -1), "LEFT")])
        return table

    def ballots(self, poll: PollSection) -> list[Flowable]:
        b = poll.ballots
        if not b.received:
            return []
        line = text("ballots", self.lang, received=self.number(b.received),
                    counted=self.number(b.counted), superseded=self.number(b.superseded),
                    overridden=self.number(b.overridden), rejected=self.number(b.rejected))  # fmt: skip
        out: list[Flowable] = [para(line, self.st["note"])]
        if b.reasons:
            rows: list[list[Any]] = [self.heads(("reason", "count"), range(1, 2))]
            rows += [[para(reason, self.st["cell"]), self.number(n)] for reason, n in b.reasons]
            out.append(_table(rows, [WIDTH - 260, 60.0], self.fonts, numeric_from=1))
        return out


def _story(doc: ResultsDocument, lang: str, fonts: FontNames) -> list[Flowable]:
    st = _styles(fonts)
    story: list[Flowable] = [para(doc.title, st["title"]),
                             para(" — ".join(doc.mentions), st["mentions"]),
                             para(doc.meeting, st["meeting"])]  # fmt: skip
    if doc.place:
        story.append(para(text("place", lang, place=doc.place), st["body"]))
    story.append(para(text("totals_only", lang), st["note"]))
    section = _Section(st, fonts, lang)
    for poll in doc.polls:
        story += section.flowables(poll)
    if not doc.polls:
        story.append(para(text("no_polls", lang), st["body"]))
    story.append(Spacer(0, 16))
    if doc.fingerprint:
        story.append(KeepTogether([para(text("fingerprint", lang), st["subheading"]),
                                   para(fingerprint_lines(doc.fingerprint), st["fingerprint"])]))  # fmt: skip
    else:
        story.append(para(text("no_fingerprint", lang), st["note"]))
    return story


def _build(doc: ResultsDocument, lang: str, fonts: FontNames, pages: int) -> tuple[bytes, int]:
    buffer = io.BytesIO()
    footer = text("footer", lang, title=doc.title, org=doc.organisation,
                  date=format_date(doc.on, lang))  # fmt: skip
    seen = [0]

    def on_page(canvas: Any, template: Any) -> None:
        page = canvas.getPageNumber()
        seen[0] = max(seen[0], page)
        if page == 1:
            stamp(canvas, doc.on, f"{doc.title} {doc.meeting}")
        canvas.saveState()
        canvas.setFont(fonts.regular, 7.5)
        canvas.setFillColor(GREY)
        y = MARGIN - 18
        canvas.drawString(MARGIN, y, simpleSplit(footer, fonts.regular, 7.5, WIDTH - 70)[0])
        canvas.drawRightString(PAGE_W - MARGIN, y,
                               text("page", lang, page=page, pages=max(pages, page)))  # fmt: skip
        canvas.restoreState()

    template = SimpleDocTemplate(
        buffer, pagesize=A4, invariant=1, initialFontName=fonts.regular, lang=lang,
        title=f"{doc.title} — {doc.meeting}", author=doc.organisation, creator=CREATOR,
        leftMargin=MARGIN, rightMargin=MARGIN, topMargin=MARGIN, bottomMargin=MARGIN + 4,
    )  # fmt: skip
    template.build(_story(doc, lang, fonts), onFirstPage=on_page, onLaterPages=on_page)
    return buffer.getvalue(), seen[0]


def results_pdf(doc: ResultsDocument, *, lang: str = "fr") -> bytes:
    """The results as PDF bytes (the same document always gives the same bytes).

    Laid out twice: the first pass counts the pages for the « Page n / N » footers.

    Raises:
        UserError: ``reports.font_missing`` on a broken installation.
    """
    fonts = register_fonts()
    _, pages = _build(doc, lang, fonts, 0)
    data, _ = _build(doc, lang, fonts, pages)
    return data
