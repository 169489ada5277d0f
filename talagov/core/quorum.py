# SPDX-License-Identifier: GPL-3.0-or-later
"""The quorum of a meeting, computed from the attendance, proxies and postal forms."""

from __future__ import annotations

from dataclasses import dataclass

from talagov.core.findings import Finding
from talagov.core.ratio import Ratio


@dataclass(frozen=True)
class QuorumResult:
    """Whether the quorum is met, with the counts that explain it.

    Attributes:
        base: the number the quorum fraction is taken of (eligible associates, or
            members of the body in office).
        present: attending in the room (and remote members when deemed present).
        remote: remote members counted among ``present``.
        represented: principals of valid proxies counted.
        correspondence: postal forms received in time.
        participants: the total counted for the quorum.
        required: the smallest number of participants that meets the quorum.
        reasons: findings that explain the counts (remote not allowed, late forms...).
    """

    met: bool
    base: int
    present: int
    remote: int
    represented: int
    correspondence: int
    participants: int
    required: int
    ratio: Ratio
    source: str = ""
    reasons: tuple[Finding, ...] = ()
