# SPDX-License-Identifier: GPL-3.0-or-later
"""A reportlab canvas whose bytes depend only on what is drawn, for letters and labels.

Letters and label sheets are drawn on the canvas directly (their pages repeat, see
:mod:`talagov.reports.convocation_pdf`), not through a document template. Like
:func:`talagov.reports.document.build_pdf` they use reportlab's invariant mode with
the creation date and the document ID taken from a date of the data, never the clock,
and only the embedded DejaVu fonts.
"""

from __future__ import annotations

from datetime import date
from typing import IO, Any

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

from talagov import __version__
from talagov.reports.fonts import register_fonts


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
    canvas.setCreator(f"TalaGov {__version__}")
    stamp = f"D:{at:%Y%m%d}000000+00'00'"
    doc: Any = canvas._doc
    doc.setDateFormatter(lambda *_: stamp)
    doc.updateSignature(f"{stamp} {title}")
    return canvas
