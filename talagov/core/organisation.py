# SPDX-License-Identifier: GPL-3.0-or-later
"""The organisation's identity."""

from __future__ import annotations

from dataclasses import dataclass

from talagov.core.legal_forms import LegalForm


@dataclass(frozen=True)
class Organisation:
    """Identity of the cooperative as printed on its legal documents.

    Attributes:
        share_nominal_cents: nominal value of one share, in euro cents.
        fiscal_year_end: ``(month, day)`` of the closing date, e.g. ``(12, 31)``.
    """

    name: str
    form: LegalForm
    siren: str = ""
    registered_office: str = ""
    rcs_city: str = ""
    fiscal_year_end: tuple[int, int] = (12, 31)
    share_nominal_cents: int = 2500
    id: int = 0


def siren_is_valid(siren: str) -> bool:
    """A SIREN is 9 digits with a valid Luhn checksum (INSEE)."""
    digits = siren.replace(" ", "")
    if len(digits) != 9 or not digits.isdigit():
        return False
    total = 0
    for index, char in enumerate(reversed(digits)):
        value = int(char)
        if index % 2 == 1:
            value *= 2
            if value > 9:
                value -= 9
        total += value
    return total % 10 == 0
