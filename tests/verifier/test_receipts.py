# SPDX-License-Identifier: GPL-3.0-or-later
"""The digits of a voting receipt as a member types them."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from talagov.verifier.receipts import MIN_DIGITS, receipt_digits


def test_groups_case_and_colons_are_ignored() -> None:
    assert receipt_digits("3F2A 91C0 ab12 CD34") == "3f2a91c0ab12cd34"
    assert receipt_digits("3f:2a:91:c0:ab:12:cd:34:55") == "3f2a91c0ab12cd3455"


@pytest.mark.parametrize("text", ["", "3F2A 91C0", "3f2a91c0ab12cd3g", "é" * 20, "0" * 65])
def test_too_few_or_foreign_digits_name_no_ballot(text: str) -> None:
    assert receipt_digits(text) is None


@given(st.text(alphabet="0123456789abcdefABCDEF ", max_size=80))
def test_whatever_is_accepted_is_lower_case_hex_long_enough(text: str) -> None:
    digits = receipt_digits(text)
    if digits is not None:
        assert MIN_DIGITS <= len(digits) <= 64 and digits == digits.lower() and " " not in digits
