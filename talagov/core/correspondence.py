# SPDX-License-Identifier: GPL-3.0-or-later
"""Correspondence votes (vote par correspondance) entered from the paper forms."""

from __future__ import annotations

import enum
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime


class Choice(enum.StrEnum):
    """A direction on one resolution of a postal form (K11)."""

    FOR = "for"
    AGAINST = "against"
    ABSTAIN = "abstain"


@dataclass(frozen=True)
class CorrespondenceForm:
    """A postal voting form, with when it was received.

    Attributes:
        choices: agenda item id -> direction; an item without a direction counts for
            the quorum but not among the votes cast (domain-rules case 7).
    """

    id: int
    meeting_id: int
    member_id: int
    received_at: datetime
    choices: Mapping[int, Choice] = field(default_factory=dict)
    document_id: int | None = None
