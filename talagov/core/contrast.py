# SPDX-License-Identifier: GPL-3.0-or-later
"""Colour contrast as WCAG 2.1 defines it: relative luminance and contrast ratio.

Pure functions over ``"#rrggbb"`` strings, so that the GUI's themes (and the tests that
hold them to WCAG AA and AAA) need no Qt to be checked.

Success criteria 1.4.3 (AA: 4.5:1 for normal text, 3:1 for large text) and 1.4.6 (AAA:
7:1) compare the ratio with the threshold *without rounding*: 4.499:1 fails AA. The
ratio involves powers of 2.4, so it is computed in binary floating point; :func:`meets`
compares whole hundredths, rounded *down*, so that a ratio is never rounded up to a
threshold it does not reach (see :func:`hundredths` for the one exception, float noise).
"""

from __future__ import annotations

import math
import re

#: Thresholds of WCAG 2.1 (1.4.3, 1.4.6, 1.4.11).
AA_TEXT = 4.5
AA_LARGE_TEXT = 3.0
AAA_TEXT = 7.0
NON_TEXT = 3.0

_HEX = re.compile(r"#([0-9a-fA-F]{6})")


def parse_hex(colour: str) -> tuple[int, int, int]:
    """The (red, green, blue) components, 0–255, of ``"#rrggbb"`` (case-insensitive).

    Raises:
        ValueError: ``colour`` is not of the form ``#rrggbb``.
    """
    match = _HEX.fullmatch(colour.strip())
    if match is None:
        raise ValueError(f"not a #rrggbb colour: {colour!r}")
    value = int(match.group(1), 16)
    return (value >> 16) & 0xFF, (value >> 8) & 0xFF, value & 0xFF


def _linear(component: int) -> float:
    """An 8-bit sRGB component made linear (the sRGB transfer function inverted).

    WCAG 2.1's text gives 0.03928 as the break point, the sRGB standard 0.04045 (WCAG
    2.2 uses it); no 8-bit value lies between them (10/255 = 0.0392, 11/255 = 0.0431),
    so both give the same result here.
    """
    c = component / 255
    return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4


def relative_luminance(colour: str) -> float:
    """The relative luminance of ``colour``: 0.0 for black, 1.0 for white.

    Raises:
        ValueError: ``colour`` is not ``#rrggbb``.
    """
    red, green, blue = (_linear(c) for c in parse_hex(colour))
    return 0.2126 * red + 0.7152 * green + 0.0722 * blue


def contrast_ratio(first: str, second: str) -> float:
    """The contrast ratio of two colours, from 1.0 (the same) to 21.0 (black on white).

    Symmetric: the lighter colour's luminance always goes on top.

    Raises:
        ValueError: a colour is not ``#rrggbb``.
    """
    a, b = relative_luminance(first), relative_luminance(second)
    lighter, darker = max(a, b), min(a, b)
    return (lighter + 0.05) / (darker + 0.05)


def hundredths(first: str, second: str) -> int:
    """The contrast ratio in whole hundredths, rounded down (4.54:1 → 454).

    Rounding down never lifts a ratio to a threshold it misses (4.4999 → 449, below
    450). The 1e-9 added first only absorbs the binary floating-point error of a ratio
    that is exactly a hundredth in decimal (black on white gives 20.999999999999996 or
    21.000000000000004 depending on the operations, and is exactly 21); it could lift only
    a ratio less than 1e-11 below a threshold, a billion times finer than the hundredths
    compared and far below the float error it absorbs.
    """
    return math.floor(contrast_ratio(first, second) * 100 + 1e-9)


def meets(foreground: str, background: str, minimum: float) -> bool:
    """Whether the two colours reach ``minimum`` (e.g. :data:`AA_TEXT`), unrounded.

    Raises:
        ValueError: a colour is not ``#rrggbb``.
    """
    return hundredths(foreground, background) >= round(minimum * 100)
