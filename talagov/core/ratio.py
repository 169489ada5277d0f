# SPDX-License-Identifier: GPL-3.0-or-later
"""Exact fractions for thresholds: integer arithmetic only, never floats."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, order=True)
class Ratio:
    """A fraction ``num/den`` with ``0 <= num <= den`` and ``den > 0``.

    ``Ratio(1, 2)`` with ``strict=True`` in :meth:`reached_by` means "more than half";
    ``Ratio(2, 3)`` with ``strict=False`` means "at least two thirds".
    """

    num: int
    den: int

    def __post_init__(self) -> None:
        if self.den <= 0 or self.num < 0 or self.num > self.den:
            raise ValueError(f"invalid ratio {self.num}/{self.den}")

    def reached_by(self, part: int, whole: int, *, strict: bool = False) -> bool:
        """Whether ``part/whole`` reaches this ratio (``>`` when strict, else ``>=``).

        Computed as ``part * den`` against ``whole * num`` so that no rounding happens.
        A zero ratio with ``strict=False`` is always reached (no quorum required).
        """
        left, right = part * self.den, whole * self.num
        return left > right if strict else left >= right

    def compare(self, other: Ratio) -> int:
        """-1, 0 or 1 as this ratio is below, equal to or above ``other``."""
        a, b = self.num * other.den, other.num * self.den
        return (a > b) - (a < b)

    def percent_text(self) -> str:
        """A short human rendering (``"1/5"``); localisation happens upstream."""
        return f"{self.num}/{self.den}"

    @classmethod
    def parse(cls, text: str) -> Ratio:
        """Parse ``"2/3"`` or ``"0"``; raises ``ValueError`` on anything else."""
        text = text.strip()
        if text in {"0", ""}:
            return cls(0, 1)
        num_s, sep, den_s = text.partition("/")
        if not sep:
            raise ValueError(f"not a fraction: {text!r}")
        return cls(int(num_s), int(den_s))

    def __str__(self) -> str:
        return f"{self.num}/{self.den}"


ZERO = Ratio(0, 1)
HALF = Ratio(1, 2)
ONE = Ratio(1, 1)


def percent_basis_points(part: int, whole: int) -> int:
    """``part/whole`` in hundredths of a percent, rounded down (0 when ``whole`` is 0)."""
    if whole <= 0:
        return 0
    return (part * 10_000) // whole
