# SPDX-License-Identifier: GPL-3.0-or-later
"""The booth's look: large type, black on white, thick focus outlines; small widget helpers.

Every voter uses the same laptop, whatever their eyesight, often without their glasses
at hand: the booth's font is 1.6 times the application's and the colours are pure black
on white (21:1). Focus must be obvious to keyboard users: a focused button is inverted
(white on black), a focused field or choice gains a 4-pixel black frame (21:1 against
the white it replaces, far above the 3:1 asked of focus indicators); a list or a
scrolling area keeps its 4-pixel frame and turns it from grey (#8a8a8a, 3.4:1 on white)
to black (6:1 against that grey). Error text is dark red (#a00000, 8.6:1 on white) and
always also says what went wrong in words.
"""

from __future__ import annotations

from PySide6.QtGui import QAccessible, QAccessibleEvent, QFont
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

try:
    from PySide6.QtGui import QAccessibleAnnouncementEvent
except ImportError:  # Qt < 6.8
    QAccessibleAnnouncementEvent = None  # type: ignore[assignment,misc]

SCALE = 1.6

STYLESHEET = """
QWidget { color: black; background: white; }
QLabel#error { color: #a00000; font-weight: bold; }
QPushButton {
    border: 2px solid black; border-radius: 6px; padding: 0.3em 1.1em; background: white;
}
QPushButton:focus { border: 4px solid black; background: black; color: white; }
QPushButton:pressed { background: #333333; color: white; }
QPushButton:disabled { color: #595959; border: 2px dashed #595959; }
QPushButton#discreet { border: 1px solid #595959; padding: 0.1em 0.6em; }
QPushButton#discreet:focus { border: 4px solid black; background: black; color: white; }
QLineEdit { border: 2px solid #595959; padding: 0.2em; }
QLineEdit:focus { border: 4px solid black; }
QListWidget, QScrollArea { border: 4px solid #8a8a8a; }
QListWidget:focus, QScrollArea:focus { border-color: black; }
QListWidget::item { padding: 0.25em; }
QGroupBox { border: none; }
QListWidget::item:selected { background: black; color: white; }
QRadioButton, QCheckBox { padding: 0.25em; border: 4px solid white; spacing: 0.6em; }
QRadioButton:focus, QCheckBox:focus { border: 4px solid black; }
QRadioButton:disabled, QCheckBox:disabled { color: #595959; }
QRadioButton::indicator, QCheckBox::indicator { border: 3px solid black; background: white; }
QRadioButton::indicator:checked {
    background: qradialgradient(cx: 0.5, cy: 0.5, radius: 0.5, fx: 0.5, fy: 0.5,
                                stop: 0 black, stop: 0.55 black, stop: 0.6 white, stop: 1 white);
}
QCheckBox::indicator:checked { background: black; padding: 3px; background-clip: content; }
QCheckBox::indicator:disabled, QRadioButton::indicator:disabled { border-color: #595959; }
QScrollBar:vertical { width: 1em; background: #d9d9d9; border: none; }
QScrollBar::handle:vertical { background: #333333; min-height: 2em; border-radius: 4px; }
QScrollBar::add-line, QScrollBar::sub-line { height: 0; width: 0; }
QScrollBar::add-page, QScrollBar::sub-page { background: none; }
"""


#: Object names of labels drawn larger than the text around them, with their factor.
SIZES = {"title": 1.4, "heading": 1.25, "subheading": 1.1, "fingerprint": 1.15,
         "bigprint": SCALE}


def _points(font: QFont) -> float:
    if font.pointSizeF() > 0:
        return font.pointSizeF()
    return font.pixelSize() * 72 / 96


def font_rules(base: QFont, *, whole: bool = False) -> str:
    """Style rules sizing titles, headings and fingerprints from ``base``.

    Sizes come from a style sheet rather than ``setFont``: under a style sheet a widget
    built before it is polished reports the application's font, not its parent's, so
    sizes computed from ``parent.font()`` would be wrong. ``whole``: size every widget
    to ``base`` too (the booth).
    """
    size = _points(base)
    rules = []
    if whole:
        box = round(size * 96 / 72)  # the indicators as tall as a capital letter and more
        rules += [f"QWidget {{ font-size: {size:.1f}pt; }}",
                  f"QRadioButton::indicator, QCheckBox::indicator {{ width: {box}px; "
                  f"height: {box}px; }}",
                  f"QRadioButton::indicator {{ border-radius: {box // 2 + 3}px; }}"]
    for name, factor in SIZES.items():
        weight = "bold"
        family = " font-family: monospace;" if name.endswith("print") else ""
        rules.append(f"QLabel#{name} {{ font-size: {size * factor:.1f}pt; "
                     f"font-weight: {weight};{family} }}")
    return "\n".join(rules) + "\n"


def booth_font(base: QFont | None = None) -> QFont:
    """The application font (or ``base``) enlarged by :data:`SCALE`."""
    font = QFont(base if base is not None else QApplication.font())
    if font.pointSizeF() > 0:
        font.setPointSizeF(font.pointSizeF() * SCALE)
    else:
        font.setPixelSize(round(font.pixelSize() * SCALE))
    return font


def heading(text: str, parent: QWidget, level: str = "heading") -> QLabel:
    """A bold, larger line: ``level`` is a key of :data:`SIZES` (sized by :func:`font_rules`)."""
    label = QLabel(text, parent)
    label.setObjectName(level)
    label.setWordWrap(True)
    label.setAccessibleName(text)
    return label


def paragraph(text: str, parent: QWidget, name: str = "") -> QLabel:
    """Wrapped body text; ``name`` becomes the object name used by the stylesheet."""
    label = QLabel(text, parent)
    label.setWordWrap(True)
    if name:
        label.setObjectName(name)
    return label


def button(text: str, parent: QWidget, description: str) -> QPushButton:
    """A push button named and described for screen readers (name: its text without ``&``)."""
    widget = QPushButton(text, parent)
    widget.setAccessibleName(text.replace("&", "").rstrip("…"))
    widget.setAccessibleDescription(description)
    widget.setToolTip(description)  # the same words for a voter using the mouse
    widget.setAutoDefault(False)
    return widget


def describe(widget: QWidget, name: str, description: str) -> None:
    """Give ``widget`` its accessible name and description (a control: its tooltip too)."""
    widget.setAccessibleName(name)
    widget.setAccessibleDescription(description)
    # Containers (the ballot's frame, the scrolling areas) get no tooltip: it would pop
    # up over the question text wherever the mouse rests.
    if isinstance(widget, (QAbstractButton, QAbstractItemView, QComboBox, QLineEdit)):
        widget.setToolTip(description)


def set_error(label: QLabel, text: str) -> None:
    """Show ``text`` in an error label (hidden when empty) and have screen readers say it."""
    label.setText(text)
    label.setAccessibleName(text)
    label.setVisible(bool(text))
    if text:
        announce(label)


def announce(widget: QWidget) -> None:
    """Ask assistive technologies to read ``widget`` now (an alert event)."""
    if QAccessible.isActive():
        QAccessible.updateAccessibility(QAccessibleEvent(widget, QAccessible.Event.Alert))
        if QAccessibleAnnouncementEvent is not None and isinstance(widget, QLabel):
            # Qt >= 6.8: an AT-SPI announcement, for screen readers newer than Orca 43.
            QAccessible.updateAccessibility(QAccessibleAnnouncementEvent(widget, widget.text()))
