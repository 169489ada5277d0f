# SPDX-License-Identifier: GPL-3.0-or-later
"""The fonts of every TalaGov PDF: DejaVu Sans, shipped with the application.

reportlab's built-in Helvetica is never embedded and has no glyph for the narrow
no-break space French numbers use, so each PDF uses only these TrueType fonts, which
reportlab embeds as subsets. Windows and macOS lack ``/usr/share/fonts``: the files
ship in ``resources/fonts`` (``talagov/_resources/fonts`` in the installed wheel).
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from pathlib import Path

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from talagov.core.errors import UserError

_PACKAGE = Path(__file__).resolve().parents[1]
_FILES = {"regular": "DejaVuSans.ttf", "bold": "DejaVuSans-Bold.ttf",
          "italic": "DejaVuSans-Oblique.ttf", "bold_italic": "DejaVuSans-BoldOblique.ttf"}
_LOCK = threading.Lock()


@dataclass(frozen=True)
class FontNames:
    """The names under which the fonts are registered with reportlab."""

    regular: str = "TalaGov-DejaVuSans"
    bold: str = "TalaGov-DejaVuSans-Bold"
    italic: str = "TalaGov-DejaVuSans-Oblique"
    bold_italic: str = "TalaGov-DejaVuSans-BoldOblique"


FONTS = FontNames()


def font_dir() -> Path:
    """The folder holding the shipped TTF files.

    Returns:
        ``talagov/_resources/fonts`` in an installed wheel, otherwise the source tree's
        ``resources/fonts``.

    Raises:
        UserError: ``reports.font_missing`` when neither folder holds the fonts (a
            broken installation).
    """
    for root in (_PACKAGE / "_resources", _PACKAGE.parent / "resources"):
        folder = root / "fonts"
        if all((folder / name).is_file() for name in _FILES.values()):
            return folder
    raise UserError("reports.font_missing", {"name": _FILES["regular"]})


def register_fonts() -> FontNames:
    """Register the fonts with reportlab once per process (thread-safe, idempotent).

    Returns:
        The registered names, to use in styles and as the document's initial font.

    Raises:
        UserError: ``reports.font_missing`` (see :func:`font_dir`).
    """
    # PDFs are built on a worker thread while the GUI may start another export.
    with _LOCK:
        registered = set(pdfmetrics.getRegisteredFontNames())
        names = {"regular": FONTS.regular, "bold": FONTS.bold, "italic": FONTS.italic,
                 "bold_italic": FONTS.bold_italic}
        if set(names.values()) <= registered:
            return FONTS
        folder = font_dir()
        for key, name in names.items():
            pdfmetrics.registerFont(TTFont(name, str(folder / _FILES[key])))
        # Paragraph markup <b> and <i> pick the family's faces (the minutes' rich text).
        addMapping(FONTS.regular, 0, 0, FONTS.regular)
        addMapping(FONTS.regular, 1, 0, FONTS.bold)
        addMapping(FONTS.regular, 0, 1, FONTS.italic)
        addMapping(FONTS.regular, 1, 1, FONTS.bold_italic)
        return FONTS
