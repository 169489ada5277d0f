# SPDX-License-Identifier: GPL-3.0-or-later
"""What the results of a meeting's votes say, as plain values worded for the page.

:func:`poll_section` turns one poll's definition, tally and ballot verdicts into a
:class:`PollSection`: counts by choice and channel, the SCIC colleges with their
shares and weights, the weighted result R, the election ranking, the decision and
its explanation, and how many ballots were set aside and why. Only totals appear:
never a name next to a choice, for a public poll as for a secret one. A poll that is
not closed shows no count at all (no partial results while people still vote).
Fractions are printed from exact integers; decimals are rounded half up, and marked
"≈" when they are not exact.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date

from talagov.core.ballot_check import BallotJudgement, Verdict
from talagov.core.ballots import Channel
from talagov.core.polls import ABSTAIN, AGAINST, BLANK, FOR, PollDefinition, PollKind, PollStatus
from talagov.core.tally import CollegeResult, ElectionResult, TallyResult
from talagov.messages import format_int
from talagov.reports.vote_texts import (
    TEXTS,
    decimal_text,
    fraction_text,
    majority_text,
    percent_text,
    text,
)

CHANNELS: tuple[Channel, ...] = (Channel.BOOTH, Channel.FILE, Channel.CORRESPONDENCE,
                                 Channel.BLANK_PROXY, Channel.HAND)  # fmt: skip


@dataclass(frozen=True)
class ChoiceLine:
    """The votes for one choice: per channel (in :data:`CHANNELS` order) and in all."""

    label: str
    by_channel: tuple[int, ...]
    total: int


@dataclass(frozen=True)
class CollegeLine:
    """One SCIC college: its votes, base, share of "for" and the weight applied.

    An election has no "for": ``by_choice`` gives the college's votes for each choice of
    the definition (candidates, then blank) as ``(label, votes)``; empty for a resolution.
    """

    name: str
    votes_for: int
    against: int
    abstain: int
    base: int
    share: str  # "4/5", "—" when nobody voted
    percent: str  # "80,00 %", or why there is none
    weight: str  # "50,00 %", "1/3 ≈ 33,33 %"
    empty: bool
    by_choice: tuple[tuple[str, int], ...] = ()


@dataclass(frozen=True)
class WeightedLine:
    """R = Σ weight × share, as an exact fraction and a decimal, against the threshold."""

    fraction: str
    decimal: str
    exact: bool
    threshold: str
    strict: bool
    reached: bool


@dataclass(frozen=True)
class RankLine:
    """One candidate of an election: rank (ties share it), votes and outcome."""

    rank: int
    label: str
    votes: int
    outcome: str  # "élu(e)", "ex aequo" or ""


@dataclass(frozen=True)
class BallotSummary:
    """What became of the signed ballots; ``reasons`` are ``(reason, count)``, most first."""

    received: int = 0
    counted: int = 0
    superseded: int = 0
    overridden: int = 0
    rejected: int = 0
    reasons: tuple[tuple[str, int], ...] = ()


@dataclass(frozen=True)
class PollSection:
    """One poll of the results, worded in one language.

    Attributes:
        notes: seats, the secrecy caveat and the majority rule, in reading order.
        total: the sum row (``None`` for an election of several seats, where a ballot
            names several candidates and a sum would mean nothing).
        adopted: as in the tally (``None`` for an election or a poll not closed).
    """

    number: int
    title: str
    heading: str
    kind: PollKind
    status: PollStatus
    secret: bool
    seats: int
    majority: str
    notes: tuple[str, ...]
    choices: tuple[ChoiceLine, ...] = ()
    total: ChoiceLine | None = None
    counted: str = ""
    base_line: str = ""
    colleges: tuple[CollegeLine, ...] = ()
    weighted: WeightedLine | None = None
    ranking: tuple[RankLine, ...] = ()
    decision: str = ""
    adopted: bool | None = None
    explanation: tuple[str, ...] = ()
    ballots: BallotSummary = BallotSummary()

    @property
    def has_result(self) -> bool:
        """Whether the poll is closed, so that its counts are printed."""
        return self.status is PollStatus.CLOSED


@dataclass(frozen=True)
class ResultsDocument:
    """Everything the results PDF prints.

    Attributes:
        mentions: the organisation's legal mentions (name first, see ``reports.letterhead``).
        meeting: « AG 2027 — assemblée générale ordinaire du mercredi 30 juin 2027 ».
        fingerprint: the readable fingerprint of the organisation's certificate (16
            groups), empty when the organisation has no key.
    """

    title: str
    organisation: str
    mentions: tuple[str, ...]
    meeting: str
    place: str
    on: date
    fingerprint: str
    polls: tuple[PollSection, ...]


def choice_label(choice: str, definition: PollDefinition, lang: str) -> str:
    """The printed name of a choice: « Pour », a candidate's name, « Blanc »."""
    if choice in (FOR, AGAINST, ABSTAIN, BLANK):
        return text(f"choice.{choice}", lang)
    return definition.labels.get(choice, choice)


def ballot_summary(judgements: Sequence[BallotJudgement], lang: str) -> BallotSummary:
    """How many ballots were counted, replaced, set aside and rejected, and why."""
    verdicts = Counter(j.verdict for j in judgements)
    reasons = Counter(_reason_label(j.reason.value if j.reason else "", lang)
                      for j in judgements if j.verdict is Verdict.REJECTED)  # fmt: skip
    return BallotSummary(
        received=len(judgements), counted=verdicts[Verdict.COUNTED],
        superseded=verdicts[Verdict.SUPERSEDED], overridden=verdicts[Verdict.OVERRIDDEN],
        rejected=verdicts[Verdict.REJECTED],
        reasons=tuple(sorted(reasons.items(), key=lambda r: (-r[1], r[0]))),
    )  # fmt: skip


def _reason_label(reason: str, lang: str) -> str:
    key = f"reason.{reason}"
    return text(key, lang) if key in TEXTS else (reason or "—")


def poll_section(
    definition: PollDefinition,
    result: TallyResult | None,
    *,
    status: PollStatus,
    judgements: Sequence[BallotJudgement] = (),
    explanation: Sequence[str] = (),
    lang: str = "fr",
) -> PollSection:
    """One poll worded for the results; counts only once ``status`` is closed."""
    election = definition.kind is PollKind.ELECTION
    number, title = definition.number, definition.title
    heading = text("heading.election" if election else "heading.resolution", lang,
                   number=number, title=title)  # fmt: skip
    majority = majority_text(definition.majority, lang, colleges=bool(definition.colleges))
    notes = []
    if election:
        notes.append(text("seats", lang, seats=format_int(definition.seats, lang)))
    if definition.secret:
        notes.append(text("secret", lang))
    source = definition.majority_source.strip()
    notes.append(text("majority.source", lang, rule=majority, source=source) if source
                 else text("majority", lang, rule=majority))  # fmt: skip
    head = PollSection(number, title, heading, definition.kind, status, definition.secret,
                       definition.seats, majority, tuple(notes))  # fmt: skip
    if status is not PollStatus.CLOSED or result is None:
        key = "decision.open" if status is PollStatus.OPEN else "decision.prepared"
        return replace(head, decision=text(key, lang))
    lines = _choice_lines(definition, result, lang)
    total = None
    if not election or definition.seats == 1:
        sums = tuple(sum(line.by_channel[i] for line in lines) for i in range(len(CHANNELS)))
        total = ChoiceLine(text("col.total", lang), sums, sum(line.total for line in lines))
    base_line = ""
    if not election and not result.colleges:
        votes = result.votes_for(FOR)
        base_line = text("base_line", lang, votes=format_int(votes, lang),
                         base=format_int(result.base, lang),
                         percent=percent_text(votes, result.base, lang))  # fmt: skip
    return replace(
        head, choices=lines, total=total, base_line=base_line,
        counted=text("counted", lang, votes=format_int(result.total_votes, lang)),
        colleges=tuple(_college_line(c, definition, lang) for c in result.colleges),
        weighted=_weighted(result, definition, lang),
        ranking=_ranking(result.election, definition, lang) if result.election else (),
        decision=_decision(result, definition, lang), adopted=result.adopted,
        explanation=tuple(explanation), ballots=ballot_summary(judgements, lang),
    )  # fmt: skip


def _choice_lines(definition: PollDefinition, result: TallyResult,
                  lang: str) -> tuple[ChoiceLine, ...]:  # fmt: skip
    counts = {c.choice: c for c in result.counts}
    order = [*definition.choices, *(c for c in counts if c not in definition.choices)]
    lines = []
    for choice in order:
        count = counts.get(choice)
        by_channel: Mapping[Channel, int] = count.by_channel if count else {}
        lines.append(ChoiceLine(choice_label(choice, definition, lang),
                                tuple(by_channel.get(ch, 0) for ch in CHANNELS),
                                count.votes if count else 0))  # fmt: skip
    return tuple(lines)


def _college_line(college: CollegeResult, definition: PollDefinition, lang: str) -> CollegeLine:
    votes = college.votes
    by_choice = tuple((choice_label(c, definition, lang), votes.get(c, 0))
                      for c in definition.choices) if definition.kind is PollKind.ELECTION else ()
    num, den = college.weight
    weight = percent_text(num, den, lang)
    if (num * 10_000) % den:
        weight = f"{num}/{den} ≈ {weight}"
    if college.empty:
        share, percent = "—", text("college.empty", lang)
    else:
        share, percent = fraction_text(college.share), percent_text(*college.share, lang)
    return CollegeLine(college.name, votes.get(FOR, 0), votes.get(AGAINST, 0),
                       votes.get(ABSTAIN, 0), college.base, share, percent, weight,
                       college.empty, by_choice)  # fmt: skip


def _weighted(result: TallyResult, definition: PollDefinition, lang: str) -> WeightedLine | None:
    if result.weighted is None:
        return None
    num, den = result.weighted
    ratio, strict = definition.majority.ratio, definition.majority.strict
    decimal, exact = decimal_text(num, den, 4, lang)
    left, right = num * ratio.den, den * ratio.num
    return WeightedLine(fraction_text(result.weighted), decimal, exact,
                        fraction_text((ratio.num, ratio.den)), strict,
                        left > right if strict else left >= right)  # fmt: skip


def _ranking(election: ElectionResult, definition: PollDefinition,
             lang: str) -> tuple[RankLine, ...]:  # fmt: skip
    lines = []
    for choice, votes in election.ranking:
        rank = 1 + sum(1 for _, other in election.ranking if other > votes)
        outcome = ("outcome.elected" if choice in election.elected
                   else "outcome.tied" if choice in election.tied else "")  # fmt: skip
        lines.append(RankLine(rank, choice_label(choice, definition, lang), votes,
                              text(outcome, lang) if outcome else ""))  # fmt: skip
    return tuple(lines)


def _decision(result: TallyResult, definition: PollDefinition, lang: str) -> str:
    election = result.election
    if election is None:
        words = text("decision.adopted" if result.adopted else "decision.rejected", lang)
        return words + (text("decision.casting", lang) if result.casting_vote_used else "")
    names = ", ".join(choice_label(c, definition, lang) for c in election.elected)
    words = text("decision.elected", lang, names=names) if names else text("decision.nobody", lang)
    if election.tied:
        tied = ", ".join(choice_label(c, definition, lang) for c in election.tied)
        words += text("decision.tied", lang, names=tied)
    if election.seats_unfilled:
        words += text("decision.unfilled", lang, seats=format_int(election.seats_unfilled, lang))
    return words
