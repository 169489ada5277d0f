# SPDX-License-Identifier: GPL-3.0-or-later
"""The tally of one poll: counts by choice, channel and college, the majority applied
in integers (or exact fractions for SCIC colleges), and the explanation.

Inputs are the :class:`~talagov.core.ballot_check.CountedVote` of each principal (at
most one each), the hand counts entered by the scrutineers, and the bases: who took
part (present, represented and postal participants at the poll's opening, for the
"present or represented" base) and who may vote (for the "all associates" base).
The explanation is a tuple of :class:`~talagov.core.findings.Finding`, rendered by the
messages layer (``tally.*`` codes) and reused by the minutes.

This module counts resolutions by heads (with ties and a board's casting vote); SCIC
colleges are weighted in :mod:`talagov.core.tally_colleges`, elections are decided in
:mod:`talagov.core.tally_elections`, and the value types live in
:mod:`talagov.core.tally_model` (re-exported here). The rules are written out in
``docs/votes.md``.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from talagov.core.ballot_check import CountedVote
from talagov.core.ballots import Channel
from talagov.core.findings import Finding, Severity
from talagov.core.polls import ABSTAIN, AGAINST, FOR, PollDefinition, PollKind
from talagov.core.tally_colleges import weigh_resolution
from talagov.core.tally_elections import elect
from talagov.core.tally_model import (
    Bases,
    ChoiceCount,
    CollegeResult,
    Counts,
    ElectionResult,
    HandCount,
    TallyResult,
    count,
    heads_base,
    required_finding,
    required_votes,
)

__all__ = ["Bases", "ChoiceCount", "CollegeResult", "ElectionResult", "HandCount",
           "TallyResult", "required_votes", "tally"]

TIE_SOURCE = "C. com. L225-96, L225-98"  # no casting vote in a general assembly (V5)
#: The findings that state a decision: a poll without its quorum decides nothing.
_DECISIONS = frozenset({"tally.adopted", "tally.weighted_adopted", "tally.casting_adopted",
                        "tally.elected", "tally.election_tie", "tally.seats_unfilled"})
CASTING_SOURCE = "C. com. L225-37"


def tally(definition: PollDefinition, votes: Iterable[CountedVote],
          hand_counts: Iterable[HandCount], bases: Bases, *, poll_id: int = 0) -> TallyResult:
    """Count one poll under its definition's majority rule (see module docstring).

    ``poll_id`` only labels the result (the definition names the item, not the poll).
    """
    hand = tuple(hand_counts)
    counts = count(definition, votes, hand, chair_id=bases.chair_id)
    findings: list[Finding] = []
    adopted: bool | None = None
    base, casting_used = 0, False
    colleges: tuple[CollegeResult, ...] = ()
    weighted: tuple[int, int] | None = None
    election: ElectionResult | None = None
    if definition.kind is PollKind.ELECTION:
        election, colleges, base, found = elect(definition, counts, bases)
        findings += found
    else:
        findings.append(Finding("tally.counts", Severity.INFO, params={
            "for": counts.total(FOR), "against": counts.total(AGAINST),
            "abstain": counts.total(ABSTAIN), "total": counts.total_ballots}))
        if definition.colleges:
            adopted, colleges, weighted, found = weigh_resolution(definition, counts, bases)
        else:
            adopted, base, casting_used, found = _resolution(definition, counts, bases)
        findings += found
    findings += _notes(definition, counts, hand, bases)
    if bases.quorum_met is False:
        # Without its quorum the meeting cannot deliberate (L225-96, L225-98, L223-30...):
        # the votes are counted and shown, but they decide nothing. What the count alone
        # would have decided ("adopted", "elected", a tie to settle) is not said.
        findings = [f for f in findings if f.code not in _DECISIONS]
        findings.append(Finding("tally.quorum_not_met", Severity.VIOLATION, bases.quorum_source,
                                {"participants": bases.participants}))
        if adopted:
            adopted = False
        casting_used = False
        if election is not None and (election.elected or election.tied):
            election = replace(election, elected=(), tied=(),
                               seats_unfilled=max(1, definition.seats))
    return TallyResult(
        poll_id=poll_id, counts=_choice_counts(definition, counts),
        total_votes=counts.total_ballots, adopted=adopted, base=base, colleges=colleges,
        weighted=weighted, election=election, casting_vote_used=casting_used,
        explanation=tuple(findings),
    )


def _resolution(definition: PollDefinition, counts: Counts, bases: Bases
                ) -> tuple[bool, int, bool, list[Finding]]:
    """A resolution counted by heads: (adopted, base, casting vote used, findings)."""
    rule, source = definition.majority, definition.majority_source
    for_, against = counts.total(FOR), counts.total(AGAINST)
    base, findings = heads_base(rule, cast=for_ + against, ballots=counts.total_ballots,
                                participants=bases.participants, eligible=bases.eligible)
    if base == 0:
        findings.append(Finding("tally.no_votes", Severity.INFO, source))
        return False, base, False, findings
    findings.append(required_finding(rule, base, source))
    adopted = rule.ratio.reached_by(for_, base, strict=rule.strict)
    params = {"for": for_, "against": against, "required": required_votes(rule, base)}
    if adopted or for_ != against or for_ == 0:
        findings.append(Finding("tally.adopted" if adopted else "tally.rejected",
                                Severity.INFO, source, params))
        return adopted, base, False, findings
    if not definition.casting_vote:
        findings.append(Finding("tally.tie_rejected", Severity.INFO, TIE_SOURCE, params))
        return False, base, False, findings
    return _casting_vote(definition, counts, base, params, findings)


def _casting_vote(definition: PollDefinition, counts: Counts, base: int,
                  params: dict[str, int], findings: list[Finding]
                  ) -> tuple[bool, int, bool, list[Finding]]:
    """A board's tie settled by the chair's own counted vote (L225-37).

    The casting vote settles an equal split of the votes in the base under a simple
    majority. With abstentions (or members who did not vote) in a "present or
    represented" base there is no equal split, and a qualified majority is not reached
    by a casting vote: the resolution is rejected as usual. A chair who voted by hand,
    abstained or did not vote cannot settle the tie either.
    """
    simple = definition.majority.ratio.num * 2 == definition.majority.ratio.den
    code = ("tally.casting_vote_no_split" if 2 * params["for"] != base
            else None if simple else "tally.casting_vote_qualified")
    if code is not None:
        findings.append(Finding(code, Severity.INFO, CASTING_SOURCE, params))
        findings.append(Finding("tally.rejected", Severity.INFO, definition.majority_source,
                                params))
        return False, base, False, findings
    chair = counts.chair_choices
    if chair not in ((FOR,), (AGAINST,)):
        findings.append(Finding("tally.casting_vote_unknown", Severity.INFO, CASTING_SOURCE,
                                params))
        return False, base, False, findings
    adopted = chair == (FOR,)
    findings.append(Finding("tally.casting_vote", Severity.INFO, CASTING_SOURCE, params))
    findings.append(Finding("tally.casting_adopted" if adopted else "tally.casting_rejected",
                            Severity.INFO, CASTING_SOURCE, params))
    return adopted, base, True, findings


def _notes(definition: PollDefinition, counts: Counts, hand: tuple[HandCount, ...],
           bases: Bases) -> list[Finding]:
    """Hand counts, secrecy and counting warnings, after the decision."""
    notes: list[Finding] = []
    if counts.hand_ballots:
        names = ", ".join(dict.fromkeys(n for h in hand for n in h.scrutineers))
        notes.append(Finding("tally.hand_count", Severity.INFO,
                             params={"total": counts.hand_ballots, "scrutineers": names}))
        available = max(0, bases.participants - counts.counted_votes)
        if counts.hand_ballots > available:
            notes.append(Finding("tally.hand_count_exceeds", Severity.VIOLATION, params={
                "total": counts.hand_ballots, "available": available,
                "participants": bases.participants, "counted": counts.counted_votes}))
    known = {c.key for c in definition.colleges}
    if known:
        for key in sorted(set(counts.votes) - known):
            total = sum(counts.votes[key].values())
            notes.append(Finding("tally.unknown_college", Severity.WARNING,
                                 params={"college": key or "-", "votes": total}))
    notes += counts.notes
    if definition.secret:
        notes.append(Finding("tally.secret", Severity.INFO))
    return notes


def _choice_counts(definition: PollDefinition, counts: Counts) -> tuple[ChoiceCount, ...]:
    """Every choice of the definition (0 included), by channel and by college."""
    keys = [c.key for c in definition.colleges]
    keys += sorted(set(counts.votes) - set(keys)) if keys else []
    result = []
    for choice in definition.choices:
        channels = counts.channels.get(choice, {})
        by_channel = {ch: channels[ch] for ch in Channel if channels.get(ch)}
        by_college = {k: counts.of(k, choice) for k in keys}
        result.append(ChoiceCount(choice, counts.total(choice), by_channel, by_college))
    return tuple(result)
