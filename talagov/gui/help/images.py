# SPDX-License-Identifier: GPL-3.0-or-later
"""Screenshots in the guide, scaled to the page's width with smooth resampling.

A full-screen screenshot is wider than the help window: shown as is, it needs sideways
scrolling; shrunk by the text layout, it is drawn without smoothing and its text gets
unreadable. Each wide image is therefore replaced by a smoothly scaled copy, added to
the document as a resource of its own; the original stays the source of every later
rescaling (when the window is resized).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QImage, QPixmap, QTextCursor, QTextDocument, QTextFormat, QTextImageFormat

_IMAGE = QTextDocument.ResourceType.ImageResource
# The original image's name, kept on the format of a scaled copy.
ORIGINAL = int(QTextFormat.Property.UserProperty) + 1


def _as_image(resource: object) -> QImage | None:
    if isinstance(resource, QPixmap) and not resource.isNull():
        return resource.toImage()
    if isinstance(resource, QImage) and not resource.isNull():
        return resource
    return None


def fit_images(document: QTextDocument, available: float) -> int:
    """Show every image of ``document`` at most ``available`` pixels wide.

    Returns the number of images whose display changed.
    """
    if available <= 0:
        return 0
    changes: list[tuple[int, int, QTextImageFormat]] = []
    block = document.begin()
    while block.isValid():
        fragments = block.begin()
        while not fragments.atEnd():
            fragment = fragments.fragment()
            if fragment.charFormat().isImageFormat():
                image = fragment.charFormat().toImageFormat()
                wanted = _fitted(document, image, available)
                if wanted is not None:
                    changes.append((fragment.position(), fragment.length(), wanted))
            fragments += 1
        block = block.next()
    for position, length, image in changes:
        cursor = QTextCursor(document)
        cursor.setPosition(position)
        cursor.setPosition(position + length, QTextCursor.MoveMode.KeepAnchor)
        cursor.setCharFormat(image)
    return len(changes)


def _fitted(document: QTextDocument, image: QTextImageFormat,
            available: float) -> QTextImageFormat | None:
    """The format ``image`` should have, or None when it is right already."""
    original = str(image.property(ORIGINAL) or image.name())
    natural = _as_image(document.resource(_IMAGE, QUrl(original)))
    if natural is None:
        return None
    width = int(min(natural.width(), available))
    if width >= natural.width():
        if image.name() == original:
            return None
        fitted = QTextImageFormat(image)
        fitted.setName(original)
        fitted.clearProperty(QTextFormat.Property.ImageWidth)
        fitted.clearProperty(QTextFormat.Property.ImageHeight)
        return fitted
    if image.name() != original and int(image.width()) == width:
        return None
    # One copy per image, replaced at each new width (resizing the window would
    # otherwise pile up copies). The document looks resources up by their URL
    # resolved against its base.
    copy = document.baseUrl().resolved(QUrl(original))
    copy.setQuery("fitted")
    scaled = natural.scaledToWidth(width, Qt.TransformationMode.SmoothTransformation)
    document.addResource(_IMAGE, copy, scaled)
    fitted = QTextImageFormat(image)
    fitted.setName(copy.toString())
    fitted.setProperty(ORIGINAL, original)
    fitted.setWidth(scaled.width())
    fitted.setHeight(scaled.height())
    return fitted
