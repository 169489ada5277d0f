# SPDX-License-Identifier: GPL-3.0-or-later
"""Elections of people: candidates ranked, the majority applied to each, seats filled.

Each ballot names up to ``seats`` candidates, or is blank. A candidate is elected when
their votes meet the majority rule on its base (votes cast: the ballots naming at
least one candidate, so a ballot with several names counts once; or the participants;
or every member with a vote) and they rank within the seats. ``Ratio(0, 1)`` strict
is a relative majority: any vote will do, the best ranked are elected. Candidates
tied for the last seat(s) are none of them elected: the tie is left to the assembly
(a second round, a draw or the age rule of its statutes). With SCIC colleges the
candidates are ranked and judged by their weighted score instead of heads.
"""

from __future__ import annotations

from dataclasses import replace
from fractions import Fraction

from talagov.core.findings import Finding, Severity
from talagov.core.polls import BLANK, PollDefinition
from talagov.core.tally_colleges import candidate_scores
from talagov.core.tally_model import (
    Bases,
    CollegeResult,
    Counts,
    ElectionResult,
    fraction_params,
    heads_base,
    label,
    reached,
    required_finding,
)


def elect(definition: PollDefinition, counts: Counts, bases: Bases
          ) -> tuple[ElectionResult, tuple[CollegeResult, ...], int, list[Finding]]:
    """An election's result: (result, colleges, heads base or 0, findings)."""
    rule, source = definition.majority, definition.majority_source
    candidates = tuple(c for c in definition.choices if c != BLANK)
    votes = {c: counts.total(c) for c in candidates}
    findings: list[Finding] = []
    colleges: tuple[CollegeResult, ...] = ()
    base = 0
    if definition.colleges:
        scores, colleges, findings = candidate_scores(definition, counts, bases, candidates)
        qualified = {c: s for c, s in scores.items() if s > 0 and reached(rule, s)}
        key = scores
        for cand in sorted(candidates, key=lambda c: (-scores[c], c)):
            findings.append(Finding("tally.candidate_score", Severity.INFO, params={
                "name": label(definition, cand), "votes": votes[cand],
                **fraction_params("score", scores[cand])}))
    else:
        base, findings = heads_base(rule, cast=sum(counts.named.values()),
                                    ballots=counts.total_ballots,
                                    participants=bases.participants, eligible=bases.eligible,
                                    cast_code="tally.election_base_cast")
        if base:
            findings.append(required_finding(rule, base, source))
        key = {c: Fraction(n) for c, n in votes.items()}
        qualified = {c: key[c] for c in candidates if votes[c] > 0 and base > 0
                     and rule.ratio.reached_by(votes[c], base, strict=rule.strict)}
        for cand in sorted(candidates, key=lambda c: (-votes[c], c)):
            findings.append(Finding("tally.candidate", Severity.INFO, params={
                "name": label(definition, cand), "votes": votes[cand]}))
    findings.append(Finding("tally.blank_ballots", Severity.INFO,
                            params={"blank": counts.total(BLANK)}))
    ranking = tuple((c, votes[c]) for c in sorted(candidates, key=lambda c: (-key[c], c)))
    result = fill_seats(definition.seats, qualified)
    findings += _outcome(definition, result, votes, source)
    return replace(result, ranking=ranking), colleges, base, findings


def fill_seats(seats: int, qualified: dict[str, Fraction]) -> ElectionResult:
    """Fill ``seats`` with the qualified candidates, best first; candidates tied across
    the last seat are none of them elected (``ranking`` is left empty here)."""
    order = sorted(qualified, key=lambda c: (-qualified[c], c))
    if len(order) <= seats:
        return ElectionResult((), tuple(order), (), seats - len(order))
    last = qualified[order[seats - 1]]
    if qualified[order[seats]] != last:
        return ElectionResult((), tuple(order[:seats]), (), 0)
    elected = tuple(c for c in order if qualified[c] > last)
    tied = tuple(c for c in order if qualified[c] == last)
    return ElectionResult((), elected, tied, seats - len(elected))


def _outcome(definition: PollDefinition, result: ElectionResult, votes: dict[str, int],
             source: str) -> list[Finding]:
    findings = [Finding("tally.elected", Severity.INFO, source,
                        {"name": label(definition, c), "votes": votes[c]})
                for c in result.elected]
    if result.tied:
        names = ", ".join(label(definition, c) for c in result.tied)
        findings.append(Finding("tally.election_tie", Severity.WARNING, params={
            "candidates": names, "seats": result.seats_unfilled}))
    elif result.seats_unfilled:
        findings.append(Finding("tally.seats_unfilled", Severity.WARNING,
                                params={"seats": result.seats_unfilled}))
    return findings
