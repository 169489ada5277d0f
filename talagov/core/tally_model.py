# SPDX-License-Identifier: GPL-3.0-or-later
"""The value types of the tally and the counting they all start from.

:func:`count` turns the counted votes and the hand counts into totals per college and
choice, per choice and channel, and the numbers of ballots the bases are made of; the
resolution, college and election rules (``tally``, ``tally_colleges``,
``tally_elections``) work from those totals only, in integers or exact fractions.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from fractions import Fraction

from talagov.core.ballot_check import CountedVote
from talagov.core.ballots import Channel
from talagov.core.findings import Finding, Severity
from talagov.core.polls import BLANK, PollDefinition, PollKind
from talagov.core.statutes import MajorityBase, MajorityRule


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
        quorum_met: the quorum recorded when the poll opened (``None``: none recorded,
            e.g. a poll opened for remote voting before the session); when ``False`` the
            meeting could not deliberate: nothing is adopted, nobody is elected.
        quorum_source: the legal source of that quorum.
    """

    participants: int
    eligible: int
    participants_by_college: Mapping[str, int] = field(default_factory=dict)
    eligible_by_college: Mapping[str, int] = field(default_factory=dict)
    chair_id: int | None = None
    quorum_met: bool | None = None
    quorum_source: str = ""


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



@dataclass
class Counts:
    """Totals of one poll before any rule is applied.

    Attributes:
        votes: college key ("" without colleges) -> choice -> votes.
        channels: choice -> channel -> votes.
        ballots: college key -> ballots (one per counted principal or hand-counted voter).
        named: college key -> ballots naming at least one candidate (elections).
        counted_votes: principals counted from ballots and blank proxies.
        hand_ballots: voters counted by hand.
        chair_choices: the chair's own counted choices (``None``: not voted or by hand).
        notes: warnings found while counting (unknown choices, estimates).
    """

    choices: tuple[str, ...]
    votes: dict[str, dict[str, int]] = field(default_factory=dict)
    channels: dict[str, dict[Channel, int]] = field(default_factory=dict)
    ballots: dict[str, int] = field(default_factory=dict)
    named: dict[str, int] = field(default_factory=dict)
    counted_votes: int = 0
    hand_ballots: int = 0
    chair_choices: tuple[str, ...] | None = None
    notes: list[Finding] = field(default_factory=list)

    def total(self, choice: str) -> int:
        """Votes for ``choice`` in every college."""
        return sum(by_choice.get(choice, 0) for by_choice in self.votes.values())

    def of(self, college: str, choice: str) -> int:
        """Votes for ``choice`` in one college."""
        return self.votes.get(college, {}).get(choice, 0)

    @property
    def total_ballots(self) -> int:
        """Every ballot counted (principals and voters counted by hand)."""
        return self.counted_votes + self.hand_ballots

    def add(self, college: str, choice: str, channel: Channel, n: int) -> None:
        """Add ``n`` votes for a known choice."""
        by_choice = self.votes.setdefault(college, {})
        by_choice[choice] = by_choice.get(choice, 0) + n
        by_channel = self.channels.setdefault(choice, {})
        by_channel[channel] = by_channel.get(channel, 0) + n


def count(definition: PollDefinition, votes: Iterable[CountedVote],
          hand_counts: Iterable[HandCount], *, chair_id: int | None = None) -> Counts:
    """Add up the votes of one poll (choices unknown to the definition are left out
    with a warning)."""
    known = frozenset(definition.choices)
    counts = Counts(definition.choices)
    unknown: dict[str, int] = {}
    for vote in votes:
        counts.counted_votes += 1
        key = vote.college_key
        counts.ballots[key] = counts.ballots.get(key, 0) + 1
        if any(c != BLANK and c in known for c in vote.choices):
            counts.named[key] = counts.named.get(key, 0) + 1
        if chair_id is not None and vote.principal_id == chair_id:
            counts.chair_choices = tuple(vote.choices)
        for choice in vote.choices:
            if choice in known:
                counts.add(key, choice, vote.channel, 1)
            else:
                unknown[choice] = unknown.get(choice, 0) + 1
    election = definition.kind is PollKind.ELECTION
    for hand in hand_counts:
        for key, by_choice in sorted(hand.counts.items()):
            for choice, n in sorted(by_choice.items()):
                if n <= 0:
                    continue
                if choice in known:
                    counts.add(key, choice, Channel.HAND, n)
                else:
                    unknown[choice] = unknown.get(choice, 0) + n
            ballots, named = _hand_ballots(by_choice, known, definition.seats, election)
            counts.hand_ballots += ballots
            counts.ballots[key] = counts.ballots.get(key, 0) + ballots
            counts.named[key] = counts.named.get(key, 0) + named
            if election and definition.seats > 1 and named:
                counts.notes.append(Finding("tally.hand_count_ballots_estimated",
                                            Severity.WARNING, params={"ballots": named}))
    for choice, n in sorted(unknown.items()):
        counts.notes.append(Finding("tally.unknown_choice", Severity.WARNING,
                                    params={"choice": choice, "votes": n}))
    return counts


def _hand_ballots(by_choice: Mapping[str, int], known: frozenset[str], seats: int,
                  election: bool) -> tuple[int, int]:
    """(ballots, ballots naming a candidate) of one hand count. In an election with
    several seats the totals do not say how many voters named several candidates: the
    smallest number of ballots consistent with them is used."""
    positive = {c: n for c, n in by_choice.items() if n > 0 and c in known}
    if not election:
        return sum(positive.values()), 0
    blank = positive.pop(BLANK, 0)
    if not positive:
        return blank, 0
    names = sum(positive.values())
    named = max(max(positive.values()), -(-names // seats))
    return named + blank, named


def required_votes(rule: MajorityRule, base: int) -> int:
    """The smallest number of votes that meets ``rule`` on ``base``: ``base*num//den + 1``
    when strict ("more than"), ``ceil(base*num/den)`` otherwise ("at least")."""
    num, den = rule.ratio.num, rule.ratio.den
    return base * num // den + 1 if rule.strict else -(-base * num // den)


def reached(rule: MajorityRule, share: Fraction) -> bool:
    """Whether an exact share (colleges' weighted result) meets ``rule``."""
    threshold = Fraction(rule.ratio.num, rule.ratio.den)
    return share > threshold if rule.strict else share >= threshold


def heads_base(rule: MajorityRule, *, cast: int, ballots: int, participants: int,
               eligible: int, name: str = "", cast_code: str = "tally.base_cast"
               ) -> tuple[int, list[Finding]]:
    """The base of ``rule`` and the findings that explain it.

    ``cast`` is for + against (or the ballots naming a candidate), ``ballots`` every
    ballot counted. A "present or represented" or "all associates" base below the
    ballots counted is a data error: the ballots are used instead, with a warning.
    """
    params: dict[str, object] = {"base": cast, "name": name} if name else {"base": cast}
    if rule.base is MajorityBase.CAST:
        return cast, [Finding(cast_code, Severity.INFO, params=params)]
    present = rule.base is MajorityBase.PRESENT_OR_REPRESENTED
    base = participants if present else eligible
    code = "tally.base_present" if present else "tally.base_total"
    findings = []
    if base < ballots:
        code_low = "tally.college_base_below_ballots" if name else "tally.base_below_ballots"
        findings.append(Finding(code_low, Severity.WARNING,
                                params={**params, "base": base, "ballots": ballots}))
        base = ballots
    findings.insert(0, Finding(code, Severity.INFO, params={**params, "base": base}))
    return base, findings


def required_finding(rule: MajorityRule, base: int, source: str) -> Finding:
    """How many votes the rule asks for on ``base``."""
    params = {"required": required_votes(rule, base), "base": base,
              "ratio": str(rule.ratio)}
    if rule.ratio.num == 0 and rule.strict:
        code = "tally.required_relative"
    elif rule.ratio.num == rule.ratio.den and not rule.strict:
        code = "tally.required_unanimity"
    else:
        code = "tally.required_more_than" if rule.strict else "tally.required_at_least"
    return Finding(code, Severity.INFO, source, params)


def fraction_params(prefix: str, value: Fraction) -> dict[str, object]:
    """``{prefix}_num``, ``{prefix}_den`` and ``{prefix}_bp`` (hundredths of a percent,
    to the nearest: 2/3 reads 66,67 %) of an exact fraction, for messages.

    The percentage is only a reading aid: every decision compares the exact fraction.
    """
    return {f"{prefix}_num": value.numerator, f"{prefix}_den": value.denominator,
            f"{prefix}_bp": _nearest_bp(value)}


def _nearest_bp(value: Fraction) -> int:
    # Round half up in integers: floor(x * 10000 + 1/2).
    return (value.numerator * 20_000 + value.denominator) // (2 * value.denominator)


def label(definition: PollDefinition, choice: str) -> str:
    """A candidate's display name (the choice key when it has none)."""
    return definition.labels.get(choice, choice)
