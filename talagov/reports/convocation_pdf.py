# SPDX-License-Identifier: GPL-3.0-or-later
"""The personal convocation of a member, as a portrait A4 PDF.

A convocation has up to four parts, each starting on a new page: the letter with the
legal mentions of R225-66 and the agenda; the draft resolutions; for a general
assembly, the proxy form (pouvoir); and, when the statutes allow it, the voting form
by correspondence (R225-76: for / against / abstain per resolution, in order, with
what an abstention does). The pages are laid out once per meeting
(:class:`ConvocationLayout`) and stamped for every member (:mod:`page_forms`), so the
merged file for the post grows by a few hundred bytes per member.

Output is deterministic: dated with the meeting, never the clock.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.utils import simpleSplit
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph, Spacer, Table
from reportlab.platypus.flowables import Flowable

from talagov.core.agenda import ItemKind
from talagov.messages import NBSP, NNBSP, format_date, format_int
from talagov.reports import convocation_content as content
from talagov.reports.convocation_content import (
    Addressee,
    Block,
    BlockKind,
    ConvocationData,
    ItemLine,
    StatutesFacts,
)
from talagov.reports.convocation_texts import long_date, t
from talagov.reports.fonts import FontNames, register_fonts
from talagov.reports.labels_pdf import SHEET_3X8, Label, LabelSheet, address_lines, draw_labels
from talagov.reports.page_forms import Area, KeepWithNext, PageLayout, Slot, define_forms, paginate
from talagov.reports.pdf_canvas import deterministic_canvas
from talagov.reports.table_layout import Cancellable, Progress

__all__ = ["Addressee", "ConvocationData", "ConvocationLayout", "ItemLine", "StatutesFacts",
           "convocation_pdf", "convocations_pdf"]  # fmt: skip

PAGE_W, PAGE_H = A4
MARGIN_X, MARGIN_TOP, MARGIN_BOTTOM = 56.0, 48.0, 56.0
WIDTH = PAGE_W - 2 * MARGIN_X
# The address sits in the window of a DL envelope (right-hand window, French use).
WINDOW_X, WINDOW_TOP, WINDOW_W = 318.0, PAGE_H - 150.0, 220.0
LETTER_TOP = PAGE_H - 262.0
GREY = colors.Color(0.3, 0.3, 0.3)
GRID = colors.Color(0.55, 0.55, 0.55)
BOX = "\u2610"  # ☐ BALLOT BOX, in DejaVu Sans


def _styles(fonts: FontNames) -> dict[str, ParagraphStyle]:
    body = ParagraphStyle("body", fontName=fonts.regular, fontSize=10, leading=13.5,
                          alignment=TA_JUSTIFY, spaceAfter=6,
                          bulletFontName=fonts.regular)  # fmt: skip
    return {
        "body": body,
        "paragraph": body,
        "heading": ParagraphStyle("heading", body, fontName=fonts.bold, fontSize=11.5,
                                  leading=15, spaceBefore=8, spaceAfter=5, alignment=0),
        "subheading": ParagraphStyle("subheading", body, fontName=fonts.bold, fontSize=10.5,
                                     leading=14, spaceBefore=8, spaceAfter=3, alignment=0),
        "item": ParagraphStyle("item", body, leftIndent=20, bulletIndent=4, spaceAfter=3),
        "note": ParagraphStyle("note", body, fontSize=8.5, leading=11, textColor=GREY),
        # Bold, not justified, one group never split: read aloud group by group.
        "fingerprint": ParagraphStyle("fingerprint", body, fontName=fonts.bold, fontSize=11,
                                      leading=15, alignment=0, leftIndent=20, spaceAfter=8),
        "title": ParagraphStyle("title", body, fontName=fonts.bold, fontSize=16, leading=20,
                                alignment=TA_CENTER, spaceAfter=4),
        "centered": ParagraphStyle("centered", body, alignment=TA_CENTER, spaceAfter=0),
        "subtitle": ParagraphStyle("subtitle", body, alignment=TA_CENTER, spaceAfter=14),
        "cell": ParagraphStyle("cell", body, fontSize=9, leading=11.5, spaceAfter=0,
                               alignment=0),
        "mentions": ParagraphStyle("mentions", body, fontSize=8.5, leading=11, alignment=0),
    }  # fmt: skip


def _para(text: str, style: ParagraphStyle, bullet: str = "") -> Paragraph:
    # reportlab breaks lines at the narrow no-break space of French numbers, not at the
    # no-break space: use the latter inside « 141 950,00 € ». Newlines are line breaks.
    markup = escape(text.replace(NNBSP, NBSP)).replace("\n", "<br/>")
    return Paragraph(markup, style, bulletText=escape(bullet) if bullet else None)


def _blocks(blocks: Sequence[Block], styles: dict[str, ParagraphStyle]) -> list[Flowable]:
    out: list[Flowable] = []
    for index, block in enumerate(blocks):
        following = blocks[index + 1].kind if index + 1 < len(blocks) else None
        if block.kind in (BlockKind.HEADING, BlockKind.SUBHEADING):
            out.append(KeepWithNext(60))
        elif following is BlockKind.FINGERPRINT:  # the fingerprint stays with what it is
            out.append(KeepWithNext(75))
        out.append(_para(block.text, styles[block.kind.value], block.label))
    return out


class ConvocationLayout:
    """The pages of one meeting's convocation, laid out once, stamped per member."""

    def __init__(self, data: ConvocationData, lang: str = "fr") -> None:
        self.data, self.lang = data, lang
        self.fonts = register_fonts()
        styles = self.styles = _styles(self.fonts)
        self.mentions = _para(" — ".join(content.mentions(data, lang)[1:]), styles["mentions"])
        self.mentions.wrap(WIDTH, PAGE_H)
        full = Area(MARGIN_X, MARGIN_BOTTOM, WIDTH, PAGE_H - MARGIN_TOP)
        letter = Area(MARGIN_X, MARGIN_BOTTOM, WIDTH, LETTER_TOP)
        sections = [paginate(_blocks(content.letter_blocks(data, lang), styles), letter, full),
                    paginate(_blocks(content.resolution_blocks(data, lang), styles), full, full)]  # fmt: skip
        if data.is_assembly:
            sections.append(paginate(self._proxy(), full, full))
            if data.statutes.correspondence_allowed:
                sections.append(paginate(self._postal_form(), full, full))
        self.pages: list[PageLayout] = [p for section in sections for p in section]
        self.letter_pages = len(sections[0])
        title = data.meeting.title or content.nature_label(data.meeting.type, lang)
        self.footer = t("footer", lang, org=data.organisation.name, title=title,
                        date=format_date(data.meeting.on, lang))  # fmt: skip
        self.title = t("pdf.title", lang, title=title)

    # -- static parts -------------------------------------------------------------

    def _form_heading(self, key: str) -> list[Flowable]:
        m, lang = self.data.meeting, self.lang
        nature = content.nature_label(m.type, lang)
        nature = nature[:1].upper() + nature[1:]
        subtitle = t("proxy.meeting", lang, nature=nature, date=long_date(m.on, lang))
        return [_para(t(key, lang), self.styles["title"]),
                _para(subtitle, self.styles["centered"]),
                _para(self.data.organisation.name, self.styles["subtitle"])]  # fmt: skip

    def _proxy(self) -> list[Flowable]:
        data, lang, st = self.data, self.lang, self.styles
        body = t("proxy.body", lang, what=t(f"what.{data.meeting.type.value}", lang),
                 org=data.organisation.name, date=long_date(data.meeting.on, lang))  # fmt: skip
        out = [*self._form_heading("proxy.title"), Slot("principal", WIDTH, 3 * 13.5 + 6),
               _para(t("proxy.holder_line", lang), st["body"]), Spacer(0, 4),
               _para(body, st["body"]), Spacer(0, 8), _para(t("proxy.place", lang), st["body"]),
               _para(t("proxy.sign", lang), st["body"]), Spacer(0, 70)]  # fmt: skip
        out.extend(_para(rule, st["note"]) for rule in content.proxy_rules(data, lang))
        return out

    def _postal_form(self) -> list[Flowable]:
        data, lang, st = self.data, self.lang, self.styles
        deadline = content.deadline_phrase(data.meeting, lang)
        out = [*self._form_heading("form.title"), Slot("member", WIDTH, 2 * 13.5 + 4),
               _para(t("form.instructions", lang), st["body"])]  # fmt: skip
        out.extend(_para(rule, st["body"]) for rule in content.abstention_rules(data, lang))
        out.append(_para(t("form.deadline", lang, deadline=deadline), st["body"]))
        out.append(_para(t("form.later", lang), st["note"]))
        out.append(self._choices_table())
        out.extend(
            [
                Spacer(0, 12),
                _para(t("proxy.place", lang), st["body"]),
                _para(t("form.sign", lang), st["body"]),
                Spacer(0, 60),
            ]
        )
        return out

    def _choices_table(self) -> Table:
        lang, fonts = self.lang, self.fonts
        head: list[object] = [
            t(f"form.col.{k}", lang) for k in ("number", "resolution", "for", "against", "abstain")
        ]
        rows: list[list[object]] = [head]
        spans: list[tuple[object, ...]] = []
        for item in self.data.voted:
            if item.kind is ItemKind.ELECTION:
                # A postal form says for / against / abstain: it cannot name candidates, so
                # an election is listed with its candidates but takes no box (K11).
                rows.append([str(item.number), self._election_cell(item),
                             _para(t("form.election.elsewhere", lang), self.styles["cell"]),
                             "", ""])  # fmt: skip
                row = len(rows) - 1
                spans += [("SPAN", (2, row), (4, row)), ("FONTSIZE", (2, row), (4, row), 8)]
                continue
            rows.append([str(item.number), _para(item.title, self.styles["cell"]), BOX, BOX, BOX])
        widths = [30.0, WIDTH - 30 - 3 * 62, 62.0, 62.0, 62.0]
        style = [
            ("FONTNAME", (0, 0), (-1, -1), fonts.regular), ("FONTSIZE", (0, 0), (-1, -1), 9),
            ("FONTNAME", (0, 0), (-1, 0), fonts.bold), ("FONTSIZE", (2, 1), (-1, -1), 15),
            ("LEADING", (2, 1), (-1, -1), 15), ("ALIGN", (2, 0), (-1, -1), "CENTER"),
            ("ALIGN", (0, 0), (0, -1), "CENTER"), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("GRID", (0, 0), (-1, -1), 0.5, GRID),
            ("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.88, 0.9, 0.93)),
            ("TOPPADDING", (0, 0), (-1, -1), 4), ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
            *spans,
        ]  # fmt: skip
        return Table(rows, colWidths=widths, repeatRows=1, style=style, hAlign="LEFT")

    def _election_cell(self, item: ItemLine) -> Paragraph:
        lang = self.lang
        names = ", ".join(item.candidates)
        text = t("form.election", lang, title=item.title, seats=format_int(item.seats, lang),
                 candidates=names or t("election.no_candidates", lang))  # fmt: skip
        return _para(text, self.styles["cell"])

    def _decorate(self, canvas: Canvas, index: int) -> None:
        fonts = self.fonts
        canvas.saveState()
        if index == 0:
            canvas.setFont(fonts.bold, 14)
            canvas.drawString(MARGIN_X, PAGE_H - MARGIN_TOP - 14, self.data.organisation.name)
            height = self.mentions.height
            self.mentions.drawOn(canvas, MARGIN_X, PAGE_H - MARGIN_TOP - 22 - height)
        canvas.setFont(fonts.regular, 7.5)
        canvas.setFillColor(GREY)
        y = MARGIN_BOTTOM - 24
        footer = simpleSplit(self.footer, fonts.regular, 7.5, WIDTH - 70)[0]
        canvas.drawString(MARGIN_X, y, footer)
        page = t("page", self.lang, page=index + 1, pages=len(self.pages))
        canvas.drawRightString(PAGE_W - MARGIN_X, y, page)
        canvas.restoreState()

    # -- per member ------------------------------------------------------------------

    def define(self, canvas: Canvas) -> list[str]:
        """Define the static pages as form XObjects of ``canvas``; returns their names."""
        return define_forms(canvas, self.pages, "Conv", self._decorate)

    def draw(self, canvas: Canvas, forms: Sequence[str], member: Addressee) -> None:
        """Draw one member's convocation: the static pages and their personal lines."""
        principal, form_line = content.personal_lines(self.data, member, self.lang)
        texts = {"principal": principal, "member": form_line}
        for index, (name, page) in enumerate(zip(forms, self.pages, strict=True)):
            canvas.doForm(name)
            if index == 0:
                self._address(canvas, member)
            for slot in page.slots:
                self._lines(canvas, texts[slot.name], slot.x, slot.y + slot.height, slot.width,
                            int(slot.height // 13.5))  # fmt: skip
            canvas.showPage()

    def _address(self, canvas: Canvas, member: Addressee) -> None:
        fonts = self.fonts
        canvas.setFont(fonts.bold, 10.5)
        y = WINDOW_TOP - 12
        name = simpleSplit(member.name, fonts.bold, 10.5, WINDOW_W)[:2]
        for line in name:
            canvas.drawString(WINDOW_X, y, line)
            y -= 13.5
        canvas.setFont(fonts.regular, 10)
        for line in address_lines(member.address, fonts.regular, 10, WINDOW_W)[:6]:
            canvas.drawString(WINDOW_X, y, line)
            y -= 13
        if self.data.fingerprint and member.member_id is not None:
            # What the member types to make their voting key at home (certificate UID).
            canvas.setFont(fonts.regular, 8)
            canvas.drawString(WINDOW_X, y - 4, t("voter_id", self.lang, id=member.member_id))

    def _lines(self, canvas: Canvas, text: str, x: float, top: float, width: float,
               most: int) -> None:  # fmt: skip
        canvas.setFont(self.fonts.bold, 10)
        lines = simpleSplit(text, self.fonts.bold, 10, width)[: max(1, most)]
        for n, line in enumerate(lines):
            canvas.drawString(x, top - 10 - n * 13.5, line)


def convocation_pdf(data: ConvocationData, member: Addressee, *, lang: str = "fr") -> bytes:
    """One member's convocation as PDF bytes.

    Raises:
        UserError: ``reports.font_missing`` on a broken installation.
    """
    return convocations_pdf(data, [member], lang=lang)


def convocations_pdf(
    data: ConvocationData,
    members: Sequence[Addressee],
    *,
    lang: str = "fr",
    labels: Sequence[Label] = (),
    sheet: LabelSheet = SHEET_3X8,
    layout: ConvocationLayout | None = None,
    progress: Progress | None = None,
    cancel: Cancellable | None = None,
) -> bytes:
    """The convocations of ``members`` merged in one PDF, then the sheets of ``labels``.

    Args:
        layout: a layout of ``data`` in ``lang`` already built (reused across calls).
        progress: called with ``(done, total)``: one unit per member and per label.
        cancel: checked before each member and each sheet of labels.

    Raises:
        Cancelled: through ``cancel``.
        UserError: ``reports.font_missing`` on a broken installation.
    """
    layout = layout or ConvocationLayout(data, lang)
    buffer = io.BytesIO()
    canvas = deterministic_canvas(buffer, title=layout.title, author=data.organisation.name,
                                  at=data.meeting.on, lang=lang)  # fmt: skip
    forms = layout.define(canvas)
    total = len(members) + len(labels)
    for done, member in enumerate(members):
        if cancel is not None:
            cancel.raise_if_cancelled()
        layout.draw(canvas, forms, member)
        if progress is not None:
            progress(done + 1, total)
    draw_labels(canvas, labels, sheet, progress=progress, done=len(members), total=total,
                cancel=cancel)  # fmt: skip
    if not members and not labels:
        canvas.doForm(forms[0])
        canvas.showPage()
    canvas.save()
    return buffer.getvalue()
