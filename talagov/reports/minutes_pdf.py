# SPDX-License-Identifier: GPL-3.0-or-later
"""The procès-verbal as a portrait A4 PDF, and the page machinery the register shares.

The body comes from :mod:`minutes_flow`; the last page ends with the signatures: each
signatory with the fingerprint of their certificate, the SHA-256 of the signed content,
the fingerprint of the organisation's key and the time-stamp's status. A draft carries
a light « PROJET » across every page and claims no signature.

Archival grade as far as reportlab goes: only the embedded DejaVu fonts, the document
information set (title, author, subject, keywords, creator), no encryption, and the same
content always gives the same bytes (invariant mode, dated with the content, never the
clock). reportlab cannot write PDF/A, and this module does not claim it.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any

from reportlab.lib import colors
from reportlab.lib.utils import simpleSplit
from reportlab.platypus import KeepTogether, SimpleDocTemplate
from reportlab.platypus.flowables import Flowable

from talagov.core.canonical import readable_fingerprint
from talagov.core.minutes_codec import content_hash
from talagov.core.minutes_content import MinutesContent, Signatory
from talagov.messages import NBSP, NNBSP
from talagov.reports.fonts import FontNames, register_fonts
from talagov.reports.minutes_blocks import (
    GREY,
    MARGIN_BOTTOM,
    MARGIN_TOP,
    MARGIN_X,
    PAGE_H,
    PAGE_W,
    WIDTH,
    Styles,
    fingerprints,
    make_styles,
    para,
)
from talagov.reports.minutes_flow import content_story
from talagov.reports.minutes_texts import t, worded_date
from talagov.reports.pdf_canvas import CREATOR, stamp

WATERMARK = colors.Color(0.86, 0.86, 0.86)
Story = Callable[[Styles, FontNames], list[Flowable]]


@dataclass(frozen=True)
class Pages:
    """What every page and the document information say.

    Attributes:
        on: the date the PDF is stamped with (creation and modification dates, ID).
        watermark: the word drawn across every page (a draft), or "".
    """

    title: str
    author: str
    subject: str
    keywords: str
    footer: str
    on: date
    lang: str
    watermark: str = ""


def _info(value: str) -> str:
    # Document information is searched and shown by file managers: plain spaces there.
    return value.replace(NBSP, " ").replace(NNBSP, " ")


def _watermark(canvas: Any, word: str, fonts: FontNames) -> None:
    # Drawn before the page's text (from the page hook), so the text stays on top. Also
    # upright in the corner: text extraction scrambles the diagonal word.
    canvas.saveState()
    canvas.setFont(fonts.bold, 9)
    canvas.setFillColor(GREY)
    canvas.drawRightString(PAGE_W - MARGIN_X, PAGE_H - MARGIN_TOP + 14, word)
    canvas.setFillColor(WATERMARK)  # a light solid grey: no transparency in the file
    canvas.setFont(fonts.bold, 110)
    canvas.translate(PAGE_W / 2, PAGE_H / 2)
    canvas.rotate(50)
    canvas.drawCentredString(0, -38, word)
    canvas.restoreState()


def _build(story: Story, pages: Pages, fonts: FontNames, total: int) -> tuple[bytes, int]:
    buffer = io.BytesIO()
    seen = [0]

    def on_page(canvas: Any, template: Any) -> None:
        page = canvas.getPageNumber()
        seen[0] = max(seen[0], page)
        if page == 1:
            stamp(canvas, pages.on, pages.title)
        if pages.watermark:
            _watermark(canvas, pages.watermark, fonts)
        canvas.saveState()
        canvas.setFont(fonts.regular, 7.5)
        canvas.setFillColor(GREY)
        y = MARGIN_BOTTOM - 22
        footer = simpleSplit(pages.footer, fonts.regular, 7.5, WIDTH - 70) or [""]
        canvas.drawString(MARGIN_X, y, footer[0])
        number = t("page", pages.lang, page=page, pages=max(total, page))
        canvas.drawRightString(PAGE_W - MARGIN_X, y, number)
        canvas.restoreState()

    doc = SimpleDocTemplate(
        buffer, pagesize=(PAGE_W, PAGE_H), invariant=1, initialFontName=fonts.regular,
        lang=pages.lang, title=_info(pages.title), author=_info(pages.author),
        subject=_info(pages.subject), keywords=_info(pages.keywords), creator=CREATOR,
        encrypt=None,
        leftMargin=MARGIN_X, rightMargin=MARGIN_X, topMargin=MARGIN_TOP,
        bottomMargin=MARGIN_BOTTOM,
    )  # fmt: skip
    doc.build(story(make_styles(fonts), fonts), onFirstPage=on_page, onLaterPages=on_page)
    return buffer.getvalue(), seen[0]


def render(story: Story, pages: Pages) -> bytes:
    """Lay out ``story`` twice (the first pass counts the pages for « Page n / N »).

    ``story`` is called once per pass: reportlab consumes the flowables it lays out.

    Raises:
        UserError: ``reports.font_missing`` on a broken installation.
    """
    fonts = register_fonts()
    _, total = _build(story, pages, fonts, 0)
    data, _ = _build(story, pages, fonts, total)
    return data


def content_date(content: MinutesContent) -> date:
    """The date a PDF of ``content`` is stamped with: drafted on, else the meeting's."""
    for value in (content.drafted_on, content.header.date):
        try:
            return date.fromisoformat(value[:10])
        except ValueError:
            continue
    return date(1970, 1, 1)  # no date at all: still the same bytes every time


def _signatory(s: Signatory, st: Styles, lang: str) -> list[Flowable]:
    certificate = (t("certificate", lang, fingerprint=readable_fingerprint(s.certificate))
                   if s.certificate else t("certificate.unknown", lang))  # fmt: skip
    return [para(t("signatory", lang, name=s.name, role=s.role), st["h2"]),
            para(certificate, st["note"])]  # fmt: skip


def signature_block(content: MinutesContent, st: Styles, *, fingerprint: str, draft: bool,
                    note: str) -> Flowable:  # fmt: skip
    """The last page's block, kept in one piece so that it never splits across pages."""
    lang = content.generated.lang
    out: list[Flowable] = [para(t("signatures", lang), st["h1"])]
    if draft:
        out.append(para(t("draft.unsigned", lang), st["decision"]))
        out.append(para(t("draft.planned", lang), st["h2"]))
        for s in content.signatories:
            out += _signatory(s, st, lang)
        if not content.signatories:
            out.append(para(t("draft.nobody", lang), st["body"]))
        return KeepTogether(out)
    for s in content.signatories:
        out += _signatory(s, st, lang)
    out.append(para(t("signed_by", lang), st["note"]))
    digests = [(t("content_hash", lang), content_hash(content))]
    if fingerprint:
        # Already readable: regrouped on two lines of eight like the content's hash.
        digests.append((t("org_key", lang), fingerprint.replace(" ", "")))
    out.append(fingerprints(digests, st))
    if note:
        out.append(para(note, st["note"]))
    return KeepTogether(out)


def document_title(content: MinutesContent) -> str:
    """The title in the document information: what, which meeting, when."""
    h, lang = content.header, content.generated.lang
    if content.erratum is not None:
        e = content.erratum
        first = t("erratum.title", lang, number=e.number, date=worded_date(e.date, lang))
    else:
        first = t("title", lang)
    parts = [first, *(p for p in (h.meeting_line, h.date_text) if p.strip())]
    return " — ".join(dict.fromkeys(parts))


def minutes_pdf(content: MinutesContent, *, fingerprint: str, draft: bool = False,
                signature_note: str = "") -> bytes:  # fmt: skip
    """The minutes as PDF bytes; the same arguments always give the same bytes.

    Args:
        fingerprint: the organisation key's fingerprint, already readable (« 3F2A … »).
        draft: a preview: « PROJET » (« DRAFT ») across every page, no signature claimed.
        signature_note: printed under the signatures (the time-stamp's status).

    Raises:
        UserError: ``reports.font_missing`` on a broken installation.
    """
    lang, h = content.generated.lang, content.header

    def story(st: Styles, fonts: FontNames) -> list[Flowable]:
        return [*content_story(content, st, fonts),
                signature_block(content, st, fingerprint=fingerprint, draft=draft,
                                note=signature_note)]  # fmt: skip

    title = document_title(content)
    pages = Pages(
        title=title, author=h.organisation,
        subject=t("subject", lang, kind=h.meeting_kind or h.title, date=h.date_text),
        keywords=t("keywords", lang, kind=h.meeting_kind or h.title),
        footer=t("footer", lang, title=t("title", lang), organisation=h.organisation,
                 date=h.date_text),
        on=content_date(content), lang=lang, watermark=t("watermark", lang) if draft else "",
    )  # fmt: skip
    return render(story, pages)
