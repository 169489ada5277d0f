# SPDX-License-Identifier: GPL-3.0-or-later
"""A voter's receipt looked up in an archive: is my ballot there, and what became of it?

The receipt a member keeps (the booth's, or the one saved with a ballot file) shows the
ballot's fingerprint in groups of four; the archive names each ballot file by that
fingerprint. :func:`find_receipt` takes the digits as the member types them (spaces,
either case, at least :data:`MIN_DIGITS` of them) and returns every ballot of the archive
whose fingerprint starts with them, with the poll and the verdict the archive records —
the verdict the verifier has judged again when the verification holds.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from talagov.core.ballot_check import RejectReason, Verdict
from talagov.core.bundle_model import BundleContents

MIN_DIGITS = 16  # four groups of the receipt: one chance in 2^64 of naming another ballot
_HEX = re.compile(r"[0-9a-f]+")


@dataclass(frozen=True)
class ReceiptMatch:
    """One ballot of the archive whose fingerprint the receipt names."""

    fingerprint: str
    poll_number: int
    poll_title: str
    verdict: Verdict
    reason: RejectReason | None


@dataclass(frozen=True)
class ReceiptFinding:
    """What the archive holds for one receipt (``matches`` empty: the ballot is absent)."""

    digits: str
    matches: tuple[ReceiptMatch, ...]


def receipt_digits(text: str) -> str | None:
    """The receipt's digits, lower case without spaces or colons, or ``None`` when they
    are not hexadecimal or fewer than :data:`MIN_DIGITS` (too few to name one ballot)."""
    digits = "".join(text.split()).replace(":", "").replace("-", "").lower()
    if len(digits) < MIN_DIGITS or len(digits) > 64 or not _HEX.fullmatch(digits):
        return None
    return digits


def find_receipt(contents: BundleContents, digits: str) -> ReceiptFinding:
    """Every ballot of the archive whose fingerprint starts with ``digits`` (as given by
    :func:`receipt_digits`), in agenda order."""
    titles = {r.poll.id: r.poll.definition.title for r in contents.polls}
    matches = tuple(
        ReceiptMatch(b.fingerprint, r.poll.definition.number, titles[r.poll.id], b.verdict,
                     b.reason)
        for r in contents.polls for b in r.ballots if b.fingerprint.startswith(digits)
    )  # fmt: skip
    return ReceiptFinding(digits, matches)
