# SPDX-License-Identifier: GPL-3.0-or-later
"""The tally of one poll: counts by choice, channel and college, the majority applied
in integers (or exact fractions for SCIC colleges), and the explanation.

Inputs are the :class:`~talagov.core.ballot_check.CountedVote` of each principal (at
most one each), the hand counts entered by the scrutineers, and the bases: who took
part (present, represented and postal participants at the poll's opening, for the
"present or represented" base) and who may vote (for the "all associates" base).
The explanation is a tuple of :class:`~talagov.core.findings.Finding`, rendered by the
messages layer (``tally.*`` codes) and reused by the minutes.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from talagov.core.ballot_check import CountedVote
from talagov.core.ballots import Channel
from talagov.core.findings import Finding
from talagov.core.polls import PollDefinition


@dataclass(frozen=True)
class HandCount:
    """Votes counted by hand in the room, entered as totals.

    Attributes:
        counts: college key ("" without colleges) -> choice -> number of votes.
        scrutineers: the names of the scrutineers who counted.
    """

    poll_id: int
    counts: Mapping[str, Mapping[str, int]]
    scrutineers: tuple[str, ...]
    at: str  # ISO timestamp

    @property
    def total(self) -> int:
        """Every vote counted by hand."""
        return sum(n for by_choice in self.counts.values() for n in by_choice.values())


@dataclass(frozen=True)
class Bases:
    """The numbers majorities are taken of.

    Attributes:
        participants: present, represented and postal participants when the poll
            opened (the quorum recorded then): the "present or represented" base.
        eligible: members with a vote: the "all associates" base.
        participants_by_college, eligible_by_college: the same per college.
        chair_id: the chair (a board's casting vote).
    """

    participants: int
    eligible: int
    participants_by_college: Mapping[str, int] = field(default_factory=dict)
    eligible_by_college: Mapping[str, int] = field(default_factory=dict)
    chair_id: int | None = None


@dataclass(frozen=True)
class ChoiceCount:
    """The votes for one choice, with where they came from."""

    choice: str
    votes: int
    by_channel: Mapping[Channel, int]
    by_college: Mapping[str, int]


@dataclass(frozen=True)
class CollegeResult:
    """One SCIC college: its counts, base, share of "for" and weight, exactly.

    ``share`` and ``weight`` are ``(numerator, denominator)`` pairs in lowest terms;
    ``weight`` is the weight actually applied (after redistributing empty colleges).
    """

    key: str
    name: str
    votes: Mapping[str, int]
    base: int
    share: tuple[int, int]
    weight: tuple[int, int]
    empty: bool


@dataclass(frozen=True)
class ElectionResult:
    """Candidates ranked, seats filled, and the tie left for the assembly to settle."""

    ranking: tuple[tuple[str, int], ...]  # (choice, votes) best first
    elected: tuple[str, ...]
    tied: tuple[str, ...]  # candidates tied for the last seat(s): none of them is elected
    seats_unfilled: int


@dataclass(frozen=True)
class TallyResult:
    """The result of one poll.

    Attributes:
        adopted: for a resolution, whether it is adopted; ``None`` for an election.
        base: the number the majority was taken of (heads; 0 with colleges).
        weighted: with colleges, R = sum of weight x share as ``(num, den)``.
        explanation: findings in reading order (``tally.*`` codes), each with params.
    """

    poll_id: int
    counts: tuple[ChoiceCount, ...]
    total_votes: int
    adopted: bool | None
    base: int
    colleges: tuple[CollegeResult, ...] = ()
    weighted: tuple[int, int] | None = None
    election: ElectionResult | None = None
    casting_vote_used: bool = False
    explanation: tuple[Finding, ...] = ()

    def votes_for(self, choice: str) -> int:
        """Votes for one choice (0 when none)."""
        return next((c.votes for c in self.counts if c.choice == choice), 0)


def tally(definition: PollDefinition, votes: Iterable[CountedVote],
          hand_counts: Iterable[HandCount], bases: Bases) -> TallyResult:
    """Count one poll under its definition's majority rule (see module docstring)."""
    raise NotImplementedError
