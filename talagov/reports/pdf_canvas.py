# SPDX-License-Identifier: GPL-3.0-or-later
"""PDF bytes that depend only on what is drawn: the date and ID stamp, and a canvas.

Every PDF TalaGov writes uses reportlab's invariant mode, with the creation date and
the document ID taken from a date of the data, never the clock (:func:`stamp`), and
only the embedded DejaVu fonts. The registers and the attendance sheet go through a
document template and stamp their first page; letters and label sheets are drawn on
the canvas directly (their pages repeat, see :mod:`talagov.reports.convocation_pdf`)
and start from :func:`deterministic_canvas`.
"""

from __future__ import annotations

from datetime import date
from typing import IO, Any

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

from talagov import __version__
from talagov.reports.fonts import register_fonts

CREATOR = f"TalaGov {__version__}"


def stamp(canvas: Canvas, at: date, seed: str) -> None:
    """Date ``canvas``'s PDF ``at`` (midnight UTC) and derive its ID from that and ``seed``.

    Call it before the document is saved (in a template, from the first page's hook).
    """
    when = f"D:{at:%Y%m%d}000000+00'00'"
    doc: Any = canvas._doc
    doc.setDateFormatter(lambda *_: when)
    doc.updateSignature(f"{when} {seed}")


def deterministic_canvas(
    target: IO[bytes], *, title: str, author: str, at: date, lang: str
) -> Canvas:
    """A portrait A4 canvas writing to ``target``, dated ``at``.

    Raises:
        UserError: ``reports.font_missing`` on a broken installation.
    """
    fonts = register_fonts()
    canvas = Canvas(target, pagesize=A4, invariant=1, pageCompression=1,
                    initialFontName=fonts.regular, initialFontSize=10, lang=lang)  # fmt: skip
    canvas.setTitle(title)
    canvas.setAuthor(author)
    canvas.setCreator(CREATOR)
    stamp(canvas, at, title)
    return canvas
