# SPDX-License-Identifier: GPL-3.0-or-later
"""SCIC voting colleges: votes counted per college, then weighted (domain-rules §3.3).

In each college ``c`` the share of "for" is ``r_c = for_c / base_c`` (the base taken
as the majority rule says: votes cast, participants or members of the college); the
weights are the statutes' integers normalised by their sum; the result is
``R = sum(w_c * r_c)``, kept as an exact fraction, and the resolution is adopted when
``R`` exceeds (strict) or reaches the rule's ratio. A college whose base is zero is
empty: under ``REDISTRIBUTE`` it is left out and the other weights are renormalised
pro rata; under ``COUNT_AS_REJECTION`` it keeps its weight with a share of 0.
Elections use the same weights to rank candidates (:func:`candidate_scores`).
"""

from __future__ import annotations

from collections.abc import Mapping
from fractions import Fraction

from talagov.core.findings import Finding, Severity
from talagov.core.polls import ABSTAIN, AGAINST, FOR, PollDefinition, PollKind
from talagov.core.statutes import CollegeSpec, EmptyCollegePolicy, MajorityBase
from talagov.core.tally_model import (
    Bases,
    CollegeResult,
    Counts,
    fraction_params,
    heads_base,
    reached,
)

ZERO = Fraction(0)


def college_bases(definition: PollDefinition, counts: Counts, bases: Bases
                  ) -> tuple[dict[str, int], list[Finding]]:
    """Each college's base under the majority rule, with the findings on bases that
    had to be corrected (participants fewer than ballots)."""
    rule = definition.majority
    election = definition.kind is PollKind.ELECTION
    result: dict[str, int] = {}
    findings: list[Finding] = []
    for college in definition.colleges:
        key = college.key
        cast = counts.named.get(key, 0) if election else \
            counts.of(key, FOR) + counts.of(key, AGAINST)
        base, found = heads_base(
            rule, cast=cast, ballots=counts.ballots.get(key, 0),
            participants=bases.participants_by_college.get(key, 0),
            eligible=bases.eligible_by_college.get(key, 0), name=college.name)
        result[key] = base
        if rule.base is not MajorityBase.CAST:
            findings += [f for f in found if f.severity is Severity.WARNING]
    return result, findings


def applied_weights(colleges: tuple[CollegeSpec, ...], empty: frozenset[str],
                    policy: EmptyCollegePolicy) -> dict[str, Fraction]:
    """The weight each college actually gets, summing to 1 (empty: all zero).

    Under ``REDISTRIBUTE`` empty colleges get 0 and the others share their weight pro
    rata to their own; under ``COUNT_AS_REJECTION`` every college keeps its weight.
    """
    active = [c for c in colleges
              if policy is EmptyCollegePolicy.COUNT_AS_REJECTION or c.key not in empty]
    total = sum(c.weight for c in active)
    if total <= 0 or len(empty) == len(colleges):
        return {c.key: ZERO for c in colleges}
    shares = {c.key: Fraction(c.weight, total) for c in active}
    return {c.key: shares.get(c.key, ZERO) for c in colleges}


def weigh_resolution(definition: PollDefinition, counts: Counts, bases: Bases
                     ) -> tuple[bool, tuple[CollegeResult, ...], tuple[int, int], list[Finding]]:
    """A resolution in a SCIC with colleges: (adopted, colleges, R as (num, den), findings)."""
    rule, source = definition.majority, definition.majority_source
    base_of, findings = college_bases(definition, counts, bases)
    empty = frozenset(k for k, b in base_of.items() if b == 0)
    weights = applied_weights(definition.colleges, empty, definition.empty_college_policy)
    results: list[CollegeResult] = []
    weighted = ZERO
    for college in definition.colleges:
        key, base = college.key, base_of[college.key]
        share = Fraction(counts.of(key, FOR), base) if base else ZERO
        weighted += weights[key] * share
        results.append(_college_result(definition, counts, college, base, share,
                                       weights[key]))
        findings.append(_college_finding(counts, college, base, share, weights[key],
                                         definition.empty_college_policy))
    if len(empty) == len(definition.colleges):
        findings.append(Finding("tally.all_colleges_empty", Severity.INFO, source))
        return False, tuple(results), (0, 1), findings
    adopted = reached(rule, weighted)
    params = {**fraction_params("weighted", weighted), "ratio": str(rule.ratio)}
    findings.append(Finding("tally.weighted_more_than" if rule.strict
                            else "tally.weighted_at_least", Severity.INFO, source, params))
    if not adopted and weighted == Fraction(1, 2) == Fraction(rule.ratio.num, rule.ratio.den):
        findings.append(Finding("tally.weighted_tie", Severity.INFO,
                                "C. com. L225-96, L225-98", params))
    else:
        findings.append(Finding("tally.weighted_adopted" if adopted else "tally.weighted_rejected",
                                Severity.INFO, source, params))
    return adopted, tuple(results), (weighted.numerator, weighted.denominator), findings


def candidate_scores(definition: PollDefinition, counts: Counts, bases: Bases,
                     candidates: tuple[str, ...]
                     ) -> tuple[dict[str, Fraction], tuple[CollegeResult, ...], list[Finding]]:
    """Each candidate's weighted score ``sum(w_c * votes_c / base_c)``, exactly, with
    the colleges' results and findings (``share`` is 0 for an election)."""
    base_of, findings = college_bases(definition, counts, bases)
    empty = frozenset(k for k, b in base_of.items() if b == 0)
    weights = applied_weights(definition.colleges, empty, definition.empty_college_policy)
    scores = {c: ZERO for c in candidates}
    results = []
    for college in definition.colleges:
        key, base = college.key, base_of[college.key]
        if base:
            for cand in candidates:
                scores[cand] += weights[key] * Fraction(counts.of(key, cand), base)
        results.append(_college_result(definition, counts, college, base, ZERO, weights[key]))
        if not base:
            findings.append(_empty_finding(college, definition.empty_college_policy))
    return scores, tuple(results), findings


def _college_result(definition: PollDefinition, counts: Counts, college: CollegeSpec,
                    base: int, share: Fraction, weight: Fraction) -> CollegeResult:
    votes: Mapping[str, int] = {c: counts.of(college.key, c) for c in definition.choices}
    return CollegeResult(
        key=college.key, name=college.name, votes=votes, base=base,
        share=(share.numerator, share.denominator),
        weight=(weight.numerator, weight.denominator), empty=base == 0)


def _college_finding(counts: Counts, college: CollegeSpec, base: int, share: Fraction,
                     weight: Fraction, policy: EmptyCollegePolicy) -> Finding:
    if base == 0:
        return _empty_finding(college, policy)
    key = college.key
    return Finding("tally.college", Severity.INFO, params={
        "name": college.name, "for": counts.of(key, FOR), "against": counts.of(key, AGAINST),
        "abstain": counts.of(key, ABSTAIN), "base": base,
        **fraction_params("share", share), **fraction_params("weight", weight)})


def _empty_finding(college: CollegeSpec, policy: EmptyCollegePolicy) -> Finding:
    code = "tally.college_empty_redistributed" \
        if policy is EmptyCollegePolicy.REDISTRIBUTE else "tally.college_empty_rejection"
    return Finding(code, Severity.INFO, params={"name": college.name})
