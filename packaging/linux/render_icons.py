# SPDX-License-Identifier: GPL-3.0-or-later
"""Render TalaGov's icon (resources/icons/*.svg) to the PNG, ICO and ICNS files.

Run after editing an SVG, then commit the outputs::

    QT_QPA_PLATFORM=offscreen .venv/bin/python packaging/linux/render_icons.py

The SVGs are drawn by hand: ``talagov.svg`` for 24 px and up, ``talagov-16.svg`` (on a
16-pixel grid) for 16 px, where the large drawing scaled down blurs. Qt's SVG
renderer draws them; Pillow (a dependency of reportlab, so always installed) writes the
multi-size ``.ico`` (Windows) and ``.icns`` (macOS), because Qt's ICO and ICNS writers
store a single image per file.
"""

from __future__ import annotations

import io
import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PIL import Image
from PySide6.QtCore import QBuffer, QIODevice, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ICONS = Path(__file__).resolve().parents[2] / "resources" / "icons"
#: The hicolor sizes installed on Linux (and the PNGs committed).
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
SMALL = (16,)  # drawn from the pixel-grid variant
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)  # 256 is the largest an .ico holds
ICNS_SIZES = (16, 32, 64, 128, 256, 512, 1024)  # 1024 = 512@2x for Retina screens


def render(size: int) -> QImage:
    """The icon at ``size`` pixels, transparent outside its rounded square."""
    source = ICONS / ("talagov-16.svg" if size in SMALL else "talagov.svg")
    renderer = QSvgRenderer(str(source))
    if not renderer.isValid():
        raise SystemExit(f"cannot read {source}")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    return image


def to_pillow(image: QImage) -> Image.Image:
    """A Qt image as a Pillow RGBA image (through PNG bytes, no pixel-format fiddling)."""
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return Image.open(io.BytesIO(bytes(buffer.data()))).convert("RGBA")


def main() -> int:
    """Write ``talagov-<size>.png`` for every size, ``talagov.ico`` and ``talagov.icns``."""
    _app = QGuiApplication.instance() or QGuiApplication(sys.argv)
    images = {size: render(size) for size in sorted({*SIZES, *ICO_SIZES, *ICNS_SIZES})}
    for size in SIZES:
        target = ICONS / f"talagov-{size}.png"
        if not images[size].save(str(target), "PNG"):
            raise SystemExit(f"cannot write {target}")
        print(target)
    # Pillow picks, for each requested size, the appended image of that exact size.
    ico = [to_pillow(images[s]) for s in ICO_SIZES]
    ico[-1].save(ICONS / "talagov.ico", format="ICO", sizes=[(s, s) for s in ICO_SIZES],
                 append_images=ico[:-1])
    print(ICONS / "talagov.ico")
    icns = [to_pillow(images[s]) for s in ICNS_SIZES]
    icns[-1].save(ICONS / "talagov.icns", format="ICNS", append_images=icns[:-1])
    print(ICONS / "talagov.icns")
    return 0


if __name__ == "__main__":
    sys.exit(main())
