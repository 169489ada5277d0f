# SPDX-License-Identifier: GPL-3.0-or-later
"""Correspondence votes (vote par correspondance) entered from the paper forms.

A form counts only if it reached the company before the session opened; a late form
is kept (it is part of the record) but counts neither for the quorum nor in the votes.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable, Mapping
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


def counts(form: CorrespondenceForm, *, opened_at: datetime | None) -> bool:
    """Whether a postal form counts: received strictly before the session opened.

    A form received after the opening is kept but not counted at all (L225-107 I,
    domain-rules case 8). Before the session opens every form counts provisionally.
    """
    return opened_at is None or form.received_at < opened_at


def late_forms(
    forms: Iterable[CorrespondenceForm], *, opened_at: datetime | None
) -> tuple[CorrespondenceForm, ...]:
    """The forms received too late to count, in the order given."""
    return tuple(f for f in forms if not counts(f, opened_at=opened_at))


def choice_on(form: CorrespondenceForm, item_id: int) -> Choice | None:
    """The direction a form gives on one agenda item; ``None`` when it gives none.

    A form without a direction on an item still counts for the quorum, but not among
    the votes cast on that item (domain-rules case 7).
    """
    return form.choices.get(item_id)
