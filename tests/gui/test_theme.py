# SPDX-License-Identifier: GPL-3.0-or-later
"""Both themes meet WCAG: every text colour on every background it is drawn on reaches
4.5:1 (AA) in the default theme and 7:1 (AAA) in the high-contrast one; the booth's own
style too; View › High contrast switches every open window at once and is remembered."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QLabel, QListWidget, QListWidgetItem
from pytestqt.qtbot import QtBot

from talagov.core.contrast import AA_TEXT, AAA_TEXT, NON_TEXT, contrast_ratio, meets
from talagov.gui import settings, theme
from talagov.gui.booth.style import STYLESHEET

MINIMUM = {"default": AA_TEXT, "high_contrast": AAA_TEXT}

# (text role, background role[, colour group]) as Qt draws them.
PALETTE_PAIRS = [
    ("WindowText", "Window"), ("Text", "Base"), ("Text", "AlternateBase"),
    ("ButtonText", "Button"), ("HighlightedText", "Highlight"), ("ToolTipText", "ToolTipBase"),
    ("PlaceholderText", "Base"), ("PlaceholderText", "Window"), ("Link", "Base"), ("Link", "Window"), ("LinkVisited", "Base"),
    ("BrightText", "Dark"), ("WindowText", "Window", "Disabled"), ("Text", "Base", "Disabled"),
    ("Text", "AlternateBase", "Disabled"), ("ButtonText", "Button", "Disabled"),
]
# Semantic text colours drawn only on their own background (the auditor's banner, the
# amber rows of the mandates and applications).
ONLY_ON_OWN = {"accent", "attention"}


def _colour(name: str, role: str, group: str = "Active") -> str:
    if group == "Disabled" and role in theme.DISABLED[name]:
        return theme.DISABLED[name][role]
    return theme.PALETTES[name][role]


def _semantic_pairs(name: str) -> list[tuple[str, str, str]]:
    """(label, foreground, background) for each semantic text colour."""
    colours = theme.SEMANTIC[name]
    pairs = []
    for role, value in colours.items():
        if role.endswith(("_bg", "_border")):
            continue
        grounds = {} if role in ONLY_ON_OWN else {
            bg: _colour(name, bg) for bg in ("Window", "Base", "AlternateBase")}
        own = f"{role.removesuffix('_strong')}_bg"
        if own in colours:
            grounds[own] = colours[own]
        assert grounds, role
        pairs += [(f"{role} on {bg}", value, ground) for bg, ground in grounds.items()]
    return pairs


@pytest.mark.parametrize("name", theme.THEMES)
def test_every_palette_pair_meets_the_theme_s_level(name: str) -> None:
    failing = []
    ratios = []
    for fg, bg, *group in PALETTE_PAIRS:
        g = group[0] if group else "Active"
        a, b = _colour(name, fg, g), _colour(name, bg, g)
        ratios.append(contrast_ratio(a, b))
        if not meets(a, b, MINIMUM[name]):
            failing.append(f"{g} {fg} {a} on {bg} {b}: {contrast_ratio(a, b):.2f}")
    assert failing == []
    print(f"{name}: lowest palette ratio {min(ratios):.2f}")


@pytest.mark.parametrize("name", theme.THEMES)
def test_every_semantic_colour_meets_the_theme_s_level(name: str) -> None:
    pairs = _semantic_pairs(name)
    failing = [f"{label}: {fg} on {bg} {contrast_ratio(fg, bg):.2f}"
               for label, fg, bg in pairs if not meets(fg, bg, MINIMUM[name])]
    assert failing == []
    assert len(pairs) >= 20
    # Frames around a coloured bar are non-text: 3:1 against the bar and the window.
    colours = theme.SEMANTIC[name]
    assert meets(colours["error_border"], colours["error_bg"], NON_TEXT)
    assert meets(colours["error_border"], _colour(name, "Window"), NON_TEXT)
    print(f"{name}: lowest semantic ratio {min(contrast_ratio(f, b) for _, f, b in pairs):.2f}")


def test_both_themes_name_the_same_roles() -> None:
    assert theme.PALETTES["default"].keys() == theme.PALETTES["high_contrast"].keys()
    assert theme.SEMANTIC["default"].keys() == theme.SEMANTIC["high_contrast"].keys()
    assert set(theme.DISABLED["default"]) <= set(theme.PALETTES["default"])


def test_the_high_contrast_sheet_draws_frames_and_focus_visibly() -> None:
    sheet = theme._HIGH_CONTRAST_SHEET
    black = theme.PALETTES["high_contrast"]["Window"]
    for value in set(re.findall(r"#[0-9a-fA-F]{6}", sheet)):
        assert meets(value, black, NON_TEXT) or value == black
    assert meets("#000000", "#ffff00", AAA_TEXT)  # the selected tab: black on yellow


# The booth's own style: (foreground, background) of every state it draws.
BOOTH_TEXT = [
    ("#000000", "#ffffff"),  # everything
    ("#a00000", "#ffffff"),  # an error
    ("#ffffff", "#000000"),  # a focused button, a selected name
    ("#ffffff", "#333333"),  # a pressed button
    ("#595959", "#ffffff"),  # a disabled button or choice (exempt, yet readable: 7:1)
]
BOOTH_NON_TEXT = [
    ("#595959", "#ffffff"),  # field and discreet button frames, disabled indicators
    ("#8a8a8a", "#ffffff"),  # the frame of a list or a scrolling area
    ("#000000", "#8a8a8a"),  # ... turned black when it has the focus
    ("#333333", "#d9d9d9"),  # the scroll bar's handle on its groove
]


def test_the_booth_style_meets_aaa_and_every_colour_in_it_is_checked() -> None:
    for fg, bg in BOOTH_TEXT:
        assert meets(fg, bg, AAA_TEXT), (fg, bg)
    for fg, bg in BOOTH_NON_TEXT:
        assert meets(fg, bg, NON_TEXT), (fg, bg)
    named = {"black": "#000000", "white": "#ffffff"}
    used = {c.lower() for c in re.findall(r"#[0-9a-fA-F]{6}", STYLESHEET)}
    used |= {named[w] for w in re.findall(r"\b(black|white)\b", STYLESHEET)}
    checked = {c for pair in BOOTH_TEXT + BOOTH_NON_TEXT for c in pair}
    assert used <= checked, used - checked


@pytest.fixture
def restored(qapp: QApplication) -> Iterator[QApplication]:
    """The default theme back after the test."""
    yield qapp
    theme.apply(qapp, "default")


def test_switching_applies_the_palette_and_restyles_at_once(qtbot: QtBot,
                                                             restored: QApplication) -> None:
    label = QLabel("Broken")
    qtbot.addWidget(label)
    theme.set_style(label, "color: $error;")
    assert theme.colour("error") in label.styleSheet()
    theme.apply(restored, "high_contrast")
    assert restored.palette().color(QPalette.ColorRole.Window).name() == "#000000"
    assert restored.palette().color(QPalette.ColorRole.Highlight).name() == "#ffff00"
    assert label.styleSheet() == "color: " + theme.SEMANTIC["high_contrast"]["error"] + ";"
    theme.set_style(label, "")  # a later style replaces the template
    alerts = QListWidget()
    qtbot.addWidget(alerts)
    QListWidgetItem("Violation", alerts).setForeground(theme.qcolour("error"))
    theme.apply(restored, "default")
    assert label.styleSheet() == ""
    # An item painted in the high-contrast theme takes the default theme's colour.
    assert alerts.item(0).foreground().color().name() == theme.SEMANTIC["default"]["error"]
    assert restored.palette().color(QPalette.ColorRole.Window).name() == "#efefef"
    assert restored.styleSheet() == "" and restored.style().name().lower() == "fusion"


def test_the_view_menu_switches_and_remembers(qtbot: QtBot, ctx, restored: QApplication) -> None:  # type: ignore[no-untyped-def]
    from talagov.gui.main_window import MainWindow

    window = MainWindow(ctx)
    qtbot.addWidget(window)
    action = window.high_contrast_action
    assert action.isCheckable() and not action.isChecked()
    action.trigger()
    assert settings.get(settings.HIGH_CONTRAST) is True
    assert theme.current() == "high_contrast"
    assert restored.palette().color(QPalette.ColorRole.Base).name() == "#000000"
    action.trigger()
    assert settings.get(settings.HIGH_CONTRAST) is False and theme.current() == "default"


def test_the_saved_choice_is_applied_at_start(restored: QApplication) -> None:
    from PySide6.QtCore import QLocale

    from talagov.gui import app

    previous = QLocale()
    try:
        settings.put(settings.HIGH_CONTRAST, True)
        app.application("en")
        assert theme.current() == "high_contrast"
        settings.put(settings.HIGH_CONTRAST, False)
        app.application("en")
        assert theme.current() == "default"
    finally:  # the other tests run without a catalogue
        for translator in app._translators:
            restored.removeTranslator(translator)  # type: ignore[arg-type]
        app._translators.clear()
        QLocale.setDefault(previous)
        restored.setProperty("talagov_lang", "fr")
