# SPDX-License-Identifier: GPL-3.0-or-later
"""Amounts typed in euros ("25,00", "1 234,5") turned into cents with integer arithmetic.

Floats never touch money: ``"0,1" + "0,2"`` must be exactly 30 cents.
"""

from __future__ import annotations

import re

from talagov.messages import format_cents

# Spaces of every kind (regular, no-break, narrow no-break) may separate thousands.
_SPACES = re.compile(r"[\s\u00a0\u202f]")
_AMOUNT = re.compile(r"^(\d+)(?:[.,](\d{0,2}))?$")


def parse_euros(text: str) -> int | None:
    """Cents for ``text`` (``"25"``, ``"25,5"``, ``"1 234,56 €"``), or ``None`` if invalid.

    Accepts a comma or a dot as decimal separator and at most two decimals; negative
    amounts are refused (movements carry their direction in their kind).
    """
    cleaned = _SPACES.sub("", text).replace("€", "")
    match = _AMOUNT.match(cleaned)
    if match is None:
        return None
    euros, decimals = match.group(1), (match.group(2) or "")
    return int(euros) * 100 + int(decimals.ljust(2, "0"))


def cents_for_edit(cents: int, lang: str) -> str:
    """An amount as the user types it: ``25,00`` (fr) or ``25.00`` (en), no symbol."""
    euros, rest = divmod(abs(cents), 100)
    separator = "," if lang == "fr" else "."
    return f"{'-' if cents < 0 else ''}{euros}{separator}{rest:02d}"


def show_cents(cents: int, lang: str) -> str:
    """An amount as displayed (``1 234,56 €``)."""
    return format_cents(cents, lang)
