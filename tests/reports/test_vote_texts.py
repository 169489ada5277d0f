# SPDX-License-Identifier: GPL-3.0-or-later
"""The words and numbers of the results: exact decimals, percentages, majority rules."""

from __future__ import annotations

import string
from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

from talagov.core.ratio import Ratio
from talagov.core.statutes import MajorityBase, MajorityRule
from talagov.reports.vote_texts import (
    TEXTS,
    decimal_text,
    fingerprint_lines,
    fraction_text,
    majority_text,
    percent_text,
)

NBSP, NNBSP = "\u00a0", "\u202f"


def _value(printed: str) -> Fraction:
    """A printed French decimal or percentage back as a fraction."""
    return Fraction(printed.replace(NNBSP, "").replace(NBSP, "").rstrip("%").replace(",", "."))


def _half_up(value: Fraction, places: int) -> Fraction:
    scaled = value * 10**places
    whole = scaled.numerator // scaled.denominator
    return Fraction(whole + (1 if scaled - whole >= Fraction(1, 2) else 0), 10**places)


@given(st.integers(0, 10**6), st.integers(1, 10**6), st.integers(0, 6))
def test_decimals_are_rounded_half_up_from_the_exact_fraction(num: int, den: int,
                                                              places: int) -> None:  # fmt: skip
    printed, exact = decimal_text(num, den, places, "fr")
    assert _value(printed) == _half_up(Fraction(num, den), places)
    assert exact == ((Fraction(num, den) * 10**places).denominator == 1)
    english, _ = decimal_text(num, den, places, "en")
    assert Fraction(english.replace(",", "")) == _value(printed)


@given(st.integers(0, 10**5), st.integers(1, 10**5))
def test_percentages_have_two_decimals_rounded_half_up(num: int, den: int) -> None:
    printed = percent_text(num, den, "fr")
    assert printed.endswith(f"{NBSP}%") and printed[-5] == ","
    assert _value(printed) == _half_up(Fraction(num * 100, den), 2)


def test_the_worked_example_reads_as_in_the_rules() -> None:
    assert decimal_text(57, 100, 4, "fr") == ("0,57", True)
    assert decimal_text(4, 7, 4, "fr") == ("0,5714", False)
    assert decimal_text(1, 1, 4, "en") == ("1", True)
    assert percent_text(4, 5, "fr") == f"80,00{NBSP}%"
    assert percent_text(2, 3, "en") == "66.67%"
    assert percent_text(1, 0, "fr") == "—"
    assert fraction_text((57, 100)) == "57/100"
    assert fraction_text((1, 1)) == "1"


@pytest.mark.parametrize(("rule", "french", "english"), [
    (MajorityRule(Ratio(1, 2), True, MajorityBase.CAST),
     "plus de la moitié des suffrages exprimés", "more than half of the votes cast"),
    (MajorityRule(Ratio(2, 3), False, MajorityBase.PRESENT_OR_REPRESENTED),
     "au moins les deux tiers des voix présentes ou représentées",
     "at least two thirds of the votes present or represented"),
    (MajorityRule(Ratio(3, 4), False, MajorityBase.TOTAL),
     "au moins les trois quarts de l'ensemble des voix", "at least three quarters of all the votes"),
    (MajorityRule(Ratio(1, 1), False, MajorityBase.TOTAL),
     "l'unanimité de l'ensemble des voix", "unanimity of all the votes"),
    (MajorityRule(Ratio(51, 100), True, MajorityBase.CAST),
     f"plus de 51{NBSP}% des suffrages exprimés", "more than 51% of the votes cast"),
    (MajorityRule(Ratio(3, 5), False, MajorityBase.CAST),
     f"au moins 60{NBSP}% des suffrages exprimés", "at least 60% of the votes cast"),
    (MajorityRule(Ratio(0, 1), False, MajorityBase.CAST),
     "la majorité relative (le plus grand nombre de voix l'emporte)",
     "a relative majority (the most votes win)"),
])  # fmt: skip
def test_every_majority_rule_in_words(rule: MajorityRule, french: str, english: str) -> None:
    assert majority_text(rule, "fr") == french
    assert majority_text(rule, "en") == english


def test_a_college_rule_says_it_is_judged_on_the_weighted_result() -> None:
    rule = MajorityRule(Ratio(1, 2), True, MajorityBase.CAST)
    assert majority_text(rule, "fr", colleges=True).endswith("résultat pondéré des collèges")


def test_a_fingerprint_of_sixteen_groups_prints_on_two_lines_of_eight() -> None:
    groups = [f"{i:04X}" for i in range(16)]
    lines = fingerprint_lines(" ".join(groups)).split("\n")
    assert lines == [" ".join(groups[:8]), " ".join(groups[8:])]
    assert fingerprint_lines(" ".join(groups), 4).count("\n") == 3


def test_both_languages_have_the_same_placeholders_and_french_typography() -> None:
    def names(template: str) -> set[str]:
        return {n for _, n, _, _ in string.Formatter().parse(template) if n}

    for key, (french, english) in TEXTS.items():
        assert names(french) == names(english), key
        assert " :" not in french and " ;" not in french and " ?" not in french, key
        assert "« " not in french and " »" not in french, key
