# SPDX-License-Identifier: GPL-3.0-or-later
"""The application's colours: two explicit palettes and the semantic colours of style sheets.

Both themes set every palette role themselves, on the Fusion style, so that the contrast
of text on its background is known on every platform (a platform palette or style could
otherwise put grey on grey): « default » is light and meets WCAG AA (4.5:1 for text),
« high_contrast » is white and yellow on black and meets AAA (7:1). The tests check every
text/background pair of both (tests/gui/test_theme.py).

Style sheets never spell a colour: they name a semantic one (``error``, ``ok_bg``…) and
either read it with :func:`colour` or, to follow a change of theme at once, are set
with :func:`set_style` (``$error`` placeholders), which sets them again when
:func:`apply` switches the theme.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from string import Template
from typing import TypeVar

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QPalette
from PySide6.QtWidgets import QApplication, QListWidget, QStyleFactory, QTreeWidget, QWidget

THEMES = ("default", "high_contrast")

Role = QPalette.ColorRole

# Every role of the palette, for the active (and inactive) group.
PALETTES: Mapping[str, Mapping[str, str]] = {
    "default": {
        "Window": "#efefef", "WindowText": "#000000", "Base": "#ffffff",
        "AlternateBase": "#f5f5f5", "ToolTipBase": "#ffffdc", "ToolTipText": "#000000",
        "PlaceholderText": "#6b6b6b", "Text": "#000000", "Button": "#efefef",
        "ButtonText": "#000000", "BrightText": "#ffffff", "Light": "#ffffff",
        "Midlight": "#cacaca", "Mid": "#8a8a8a", "Dark": "#595959", "Shadow": "#000000",
        "Highlight": "#2a5b9e", "HighlightedText": "#ffffff", "Link": "#0b57d0",
        "LinkVisited": "#6a1b9a",
    },
    "high_contrast": {
        "Window": "#000000", "WindowText": "#ffffff", "Base": "#000000",
        "AlternateBase": "#1c1c1c", "ToolTipBase": "#000000", "ToolTipText": "#ffffff",
        "PlaceholderText": "#c8c8c8", "Text": "#ffffff", "Button": "#000000",
        "ButtonText": "#ffffff", "BrightText": "#000000", "Light": "#ffffff",
        "Midlight": "#ffffff", "Mid": "#ffffff", "Dark": "#ffffff", "Shadow": "#ffffff",
        "Highlight": "#ffff00", "HighlightedText": "#000000", "Link": "#ffff00",
        "LinkVisited": "#ffc0ff",
    },
}

# Disabled controls are exempt from WCAG's contrast rule, but the members register greys
# out the rows of former members with the disabled text colour: it stays readable.
DISABLED: Mapping[str, Mapping[str, str]] = {
    "default": {"WindowText": "#666666", "Text": "#666666", "ButtonText": "#666666"},
    "high_contrast": {"WindowText": "#b0b0b0", "Text": "#b0b0b0", "ButtonText": "#b0b0b0"},
}

# Semantic colours: each ``<name>`` is a text colour, readable on Window, Base and its
# own ``<name>_bg`` when there is one; ``*_border`` only draw frames.
SEMANTIC: Mapping[str, Mapping[str, str]] = {
    "default": {
        "error": "#a4161a", "error_bg": "#fdecea", "error_strong": "#7a0000",
        "error_border": "#a00000", "warning": "#7a4a00", "warning_bg": "#fff0c2",
        "ok": "#1b5e20", "ok_bg": "#e3f2e1", "info": "#1f4e79", "muted": "#595959",
        "link": "#0b57d0", "accent": "#ffffff", "accent_bg": "#2b2f6b",
        "attention": "#1f1f1f", "attention_bg": "#fff0c2",
    },
    "high_contrast": {
        "error": "#ff9c9c", "error_bg": "#000000", "error_strong": "#ff9c9c",
        "error_border": "#ff9c9c", "warning": "#ffd966", "warning_bg": "#000000",
        "ok": "#8fe388", "ok_bg": "#000000", "info": "#9ecbff", "muted": "#d0d0d0",
        "link": "#ffff00", "accent": "#ffff00", "accent_bg": "#000000",
        "attention": "#000000", "attention_bg": "#ffff00",
    },
}

# Fusion draws the frames of fields and buttons a shade darker than the window: on
# black, no frame at all. The high-contrast theme draws them white, and focus yellow.
_HIGH_CONTRAST_SHEET = """
QPushButton, QToolButton, QComboBox, QLineEdit, QAbstractSpinBox, QTextEdit,
QPlainTextEdit, QAbstractItemView { border: 1px solid #ffffff; }
QPushButton, QToolButton { padding: 0.2em 0.6em; }
QPushButton:focus, QToolButton:focus, QComboBox:focus, QLineEdit:focus,
QAbstractSpinBox:focus, QTextEdit:focus, QPlainTextEdit:focus,
QAbstractItemView:focus { border: 2px solid #ffff00; }
QPushButton:disabled, QToolButton:disabled { border-style: dashed; }
QTabBar::tab { border: 1px solid #ffffff; padding: 0.3em 0.9em; }
QTabBar::tab:selected { background: #ffff00; color: #000000; }
"""

_current = "default"


class ThemeNotifier(QObject):
    """Emits ``theme_changed(name)`` after :func:`apply` switched the theme."""

    theme_changed = Signal(str)


_notifier: ThemeNotifier | None = None


def notifier() -> ThemeNotifier:
    """The one notifier (created on first use, after the QApplication)."""
    global _notifier
    if _notifier is None:
        _notifier = ThemeNotifier()
    return _notifier


def current() -> str:
    """The name of the theme in use."""
    return _current


def colour(role: str, theme: str | None = None) -> str:
    """The ``#rrggbb`` of the semantic colour ``role`` (``error``, ``ok_bg``…) in
    ``theme`` (the current one by default). Raises KeyError for an unknown role."""
    return SEMANTIC[theme or _current][role]


def qcolour(role: str) -> QColor:
    """:func:`colour` as a ``QColor`` (item foregrounds and backgrounds)."""
    return QColor(colour(role))


K = TypeVar("K")


class Colours(Mapping[K, str]):
    """A mapping of keys (statuses, severities) to semantic roles that reads as their
    ``#rrggbb`` in the theme in use at the time of the lookup."""

    def __init__(self, roles: Mapping[K, str]) -> None:
        self.roles = dict(roles)

    def __getitem__(self, key: K) -> str:
        return colour(self.roles[key])

    def __iter__(self) -> Iterator[K]:
        return iter(self.roles)

    def __len__(self) -> int:
        return len(self.roles)


def palette(name: str) -> QPalette:
    """The full palette of theme ``name``."""
    result = QPalette()
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive,
                  QPalette.ColorGroup.Disabled):
        for role, value in PALETTES[name].items():
            result.setColor(group, getattr(Role, role), QColor(value))
    for role, value in DISABLED[name].items():
        result.setColor(QPalette.ColorGroup.Disabled, getattr(Role, role), QColor(value))
    if hasattr(Role, "Accent"):  # Qt 6.6: the colour of checked boxes and sliders
        for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
            result.setColor(group, Role.Accent, QColor(PALETTES[name]["Highlight"]))
    return result


def apply(app: QApplication, name: str) -> None:
    """Use theme ``name`` (one of :data:`THEMES`) from now on, in every open window."""
    global _current
    if name not in THEMES:
        name = "default"
    # Under an application style sheet, app.style() is Qt's style-sheet proxy (no name):
    # the sheet goes first, so that the style's own name is read.
    app.setStyleSheet("")
    if app.style().name().lower() != "fusion":
        style = QStyleFactory.create("Fusion")
        if style is not None:
            app.setStyle(style)
    app.setPalette(palette(name))
    if name == "high_contrast":
        app.setStyleSheet(_HIGH_CONTRAST_SHEET)
    previous, _current = _current, name
    if previous != name:
        _recolour_items(app, previous, name)
        notifier().theme_changed.emit(name)


# Colours given to list and tree items (alerts, checklist lines) outlive a change of theme:
# they are swapped for the same role's colour in the new theme.
_ITEM_ROLES = ("error", "warning", "ok", "info", "muted", "link")


def _recolour_items(app: QApplication, old: str, new: str) -> None:
    swap = {SEMANTIC[old][role]: QColor(SEMANTIC[new][role]) for role in _ITEM_ROLES}
    for window in app.topLevelWidgets():
        widgets = [window, *window.findChildren(QWidget)]
        for view in (w for w in widgets if isinstance(w, QTreeWidget)):
            items = [view.topLevelItem(i) for i in range(view.topLevelItemCount())]
            while items:
                item = items.pop()
                if item is None:
                    continue
                items += [item.child(i) for i in range(item.childCount())]
                for column in range(view.columnCount()):
                    colour = swap.get(item.foreground(column).color().name())
                    if colour is not None:
                        item.setForeground(column, QBrush(colour))
        for listing in (w for w in widgets if isinstance(w, QListWidget)):
            for row in range(listing.count()):
                entry = listing.item(row)
                colour = swap.get(entry.foreground().color().name())
                if colour is not None:
                    entry.setForeground(QBrush(colour))


def apply_saved(app: QApplication) -> None:
    """Apply the theme the user chose (View › High contrast), at start."""
    from talagov.gui import settings

    apply(app, "high_contrast" if settings.get(settings.HIGH_CONTRAST) else "default")


def use_high_contrast(on: bool) -> None:
    """View › High contrast: remember the choice and switch every open window now."""
    from talagov.gui import settings

    settings.put(settings.HIGH_CONTRAST, on)
    app = QApplication.instance()
    if isinstance(app, QApplication):
        apply(app, "high_contrast" if on else "default")


class _Restyler(QObject):
    """Keeps the style sheet template of its parent widget and fills it again on a
    change of theme (a child: it goes, and its connection with it, with the widget)."""

    def __init__(self, widget: QWidget) -> None:
        super().__init__(widget)
        self.setObjectName("talagov_restyler")
        self.template = ""
        notifier().theme_changed.connect(self._on_theme_changed)

    def _on_theme_changed(self, _name: str) -> None:
        widget = self.parent()
        if isinstance(widget, QWidget):
            widget.setStyleSheet(fill(self.template))


def fill(template: str) -> str:
    """``template`` with each ``$role`` replaced by the current theme's colour."""
    return Template(template).substitute(SEMANTIC[_current])


def set_style(widget: QWidget, template: str) -> None:
    """Set ``widget``'s style sheet from ``template`` (``"color: $error;"``), now and
    again whenever the theme changes."""
    restyler = widget.findChild(_Restyler, "talagov_restyler",
                                Qt.FindChildOption.FindDirectChildrenOnly)
    if restyler is None:
        restyler = _Restyler(widget)
    restyler.template = template
    widget.setStyleSheet(fill(template))
