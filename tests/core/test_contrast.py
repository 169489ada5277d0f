# SPDX-License-Identifier: GPL-3.0-or-later
"""WCAG 2.1 contrast: known values, the threshold never rounded up, symmetry and bounds."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from talagov.core.contrast import (
    AA_TEXT,
    AAA_TEXT,
    contrast_ratio,
    hundredths,
    meets,
    parse_hex,
    relative_luminance,
)

colours = st.integers(0, 0xFFFFFF).map(lambda v: f"#{v:06x}")


@pytest.mark.parametrize(("first", "second", "expected"), [
    ("#000000", "#ffffff", 21.0),
    ("#ffffff", "#000000", 21.0),
    ("#767676", "#ffffff", 4.54),  # the lightest grey that passes AA on white
    ("#777777", "#ffffff", 4.47),  # one step lighter: it fails
    ("#595959", "#ffffff", 7.0),  # the lightest grey that passes AAA on white
    ("#ff0000", "#ffffff", 3.99),
    ("#0000ff", "#ffffff", 8.59),
    ("#ffff00", "#000000", 19.55),
    ("#123456", "#123456", 1.0),
])
def test_known_ratios(first: str, second: str, expected: float) -> None:
    assert contrast_ratio(first, second) == pytest.approx(expected, abs=0.01)


def test_luminance_of_black_white_and_the_primaries() -> None:
    assert relative_luminance("#000000") == 0.0
    assert relative_luminance("#FFFFFF") == pytest.approx(1.0)
    assert relative_luminance("#ff0000") == pytest.approx(0.2126)
    assert relative_luminance("#00ff00") == pytest.approx(0.7152)
    assert relative_luminance("#0000ff") == pytest.approx(0.0722)
    # Below the break point the curve is linear: 10/255/12.92 for a dark grey.
    assert relative_luminance("#0a0a0a") == pytest.approx(10 / 255 / 12.92)


def test_thresholds_are_never_rounded_up() -> None:
    assert hundredths("#000000", "#ffffff") == 2100  # exactly 21, whatever the float noise
    assert hundredths("#767676", "#ffffff") == 454
    assert meets("#767676", "#ffffff", AA_TEXT)
    assert not meets("#777777", "#ffffff", AA_TEXT)  # 4.47: not « about 4.5 »
    assert meets("#595959", "#ffffff", AAA_TEXT)  # 7.00
    assert not meets("#5a5a5a", "#ffffff", AAA_TEXT)  # 6.9…


def test_parse_hex_takes_rrggbb_only() -> None:
    assert parse_hex("#A00000") == (160, 0, 0)
    for bad in ("a00000", "#fff", "#12345g", "#1234567", ""):
        with pytest.raises(ValueError):
            parse_hex(bad)


@given(colours, colours)
def test_the_ratio_is_symmetric_and_between_1_and_21(first: str, second: str) -> None:
    ratio = contrast_ratio(first, second)
    assert ratio == contrast_ratio(second, first)
    assert 1.0 <= ratio <= 21.0 + 1e-9
    assert 100 <= hundredths(first, second) <= 2100


@given(colours)
def test_a_colour_against_itself_is_1_and_black_or_white_reach_4_5(colour: str) -> None:
    assert hundredths(colour, colour) == 100
    # Any colour reaches 4.5:1 against black or white (the worst case is about 4.58).
    assert meets(colour, "#000000", AA_TEXT) or meets(colour, "#ffffff", AA_TEXT)
