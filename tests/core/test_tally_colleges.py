# SPDX-License-Identifier: GPL-3.0-or-later
"""SCIC colleges: votes counted per college then weighted, exactly (domain-rules §3.3)."""

from __future__ import annotations

from dataclasses import replace
from fractions import Fraction

from hypothesis import given, settings
from hypothesis import strategies as st

from talagov.core.ballot_check import CountedVote
from talagov.core.ballots import Channel
from talagov.core.findings import Severity
from talagov.core.polls import ABSTAIN, AGAINST, FOR
from talagov.core.ratio import Ratio
from talagov.core.statutes import CollegeSpec, EmptyCollegePolicy, MajorityBase, MajorityRule
from talagov.core.tally import Bases, HandCount, TallyResult, tally
from talagov.core.tally_colleges import applied_weights
from talagov.messages import catalogue, placeholders
from tests.core import vote_fixtures as vf

COLLEGES = (CollegeSpec("emp", "Employees", 50), CollegeSpec("usr", "Users", 30),
            CollegeSpec("par", "Partners", 20))
SIMPLE = MajorityRule(Ratio(1, 2), True, MajorityBase.CAST)


def college_votes(spec: dict[str, tuple[int, ...]]) -> list[CountedVote]:
    """college -> (for, against[, abstain]) as counted votes, principals numbered on."""
    result: list[CountedVote] = []
    for key, numbers in spec.items():
        for choice, n in zip((FOR, AGAINST, ABSTAIN), numbers, strict=False):
            for _ in range(n):
                pid = len(result) + 1
                result.append(CountedVote(pid, (choice,), Channel.BOOTH, pid, key))
    return result


def run(spec: dict[str, tuple[int, ...]], *, rule: MajorityRule = SIMPLE,
        policy: EmptyCollegePolicy = EmptyCollegePolicy.REDISTRIBUTE,
        bases: Bases | None = None, hand: tuple[HandCount, ...] = ()) -> TallyResult:
    definition = replace(vf.resolution(majority=rule, colleges=COLLEGES),
                         empty_college_policy=policy)
    counted = college_votes(spec)
    return tally(definition, counted, hand, bases or Bases(len(counted), 200))


def shares(result: TallyResult) -> dict[str, tuple[int, int]]:
    return {c.key: c.share for c in result.colleges}


def test_the_worked_example_is_adopted_though_heads_reject_it() -> None:
    result = run({"emp": (8, 2), "usr": (40, 60), "par": (1, 3)})
    assert result.weighted == (57, 100)
    assert result.adopted is True
    assert (result.votes_for(FOR), result.votes_for(AGAINST)) == (49, 65)
    assert shares(result) == {"emp": (4, 5), "usr": (2, 5), "par": (1, 4)}
    assert [c.weight for c in result.colleges] == [(1, 2), (3, 10), (1, 5)]
    assert [c.base for c in result.colleges] == [10, 100, 4]
    assert result.base == 0
    weighted = next(f for f in result.explanation if f.code == "tally.weighted_more_than")
    assert weighted.params == {"weighted_num": 57, "weighted_den": 100, "weighted_bp": 5700,
                               "ratio": "1/2"}


def test_college_counts_are_kept_per_choice() -> None:
    result = run({"emp": (8, 2, 1), "usr": (40, 60), "par": (1, 3)})
    by_choice = {c.choice: c for c in result.counts}
    assert by_choice[FOR].by_college == {"emp": 8, "usr": 40, "par": 1}
    assert by_choice[ABSTAIN].by_college == {"emp": 1, "usr": 0, "par": 0}
    assert result.colleges[0].votes == {FOR: 8, AGAINST: 2, ABSTAIN: 1}


def test_an_empty_college_s_weight_goes_to_the_others_pro_rata() -> None:
    result = run({"emp": (8, 2), "usr": (40, 60)})
    partners = result.colleges[2]
    assert partners.empty and partners.weight == (0, 1) and partners.base == 0
    assert [c.weight for c in result.colleges[:2]] == [(5, 8), (3, 8)]
    # R = 5/8 x 4/5 + 3/8 x 2/5 = 1/2 + 3/20 = 13/20
    assert result.weighted == (13, 20) and result.adopted is True
    assert "tally.college_empty_redistributed" in [f.code for f in result.explanation]


def test_an_empty_college_can_count_as_a_rejection() -> None:
    result = run({"emp": (8, 2), "usr": (40, 60)}, policy=EmptyCollegePolicy.COUNT_AS_REJECTION)
    partners = result.colleges[2]
    assert partners.empty and partners.weight == (1, 5) and partners.share == (0, 1)
    assert result.weighted == (13, 25)  # 0.4 + 0.12
    assert result.adopted is True
    strict = run({"emp": (6, 4), "usr": (40, 60)},
                 policy=EmptyCollegePolicy.COUNT_AS_REJECTION)
    assert strict.weighted == (21, 50) and strict.adopted is False  # 0.3 + 0.12


def test_a_college_with_only_abstentions_is_empty_on_the_votes_cast() -> None:
    result = run({"emp": (8, 2), "usr": (0, 0, 5), "par": (1, 3)})
    assert result.colleges[1].empty and result.colleges[1].votes[ABSTAIN] == 5


def test_when_every_college_is_empty_nothing_is_adopted() -> None:
    for policy in EmptyCollegePolicy:
        result = run({"emp": (0, 0, 2)}, policy=policy)
        assert result.adopted is False and result.weighted == (0, 1)
        assert "tally.all_colleges_empty" in [f.code for f in result.explanation]


def test_a_college_with_no_vote_for_weighs_zero_but_is_not_empty() -> None:
    result = run({"emp": (0, 10), "usr": (100, 0), "par": (4, 0)})
    assert not result.colleges[0].empty and result.colleges[0].share == (0, 1)
    assert result.weighted == (1, 2)
    assert result.adopted is False  # exactly one half is not "more than half"
    assert "tally.weighted_tie" in [f.code for f in result.explanation]


def test_two_thirds_at_least_is_reached_exactly() -> None:
    rule = MajorityRule(Ratio(2, 3), False, MajorityBase.CAST)
    result = run({"emp": (2, 1), "usr": (2, 1), "par": (2, 1)}, rule=rule)
    assert result.weighted == (2, 3) and result.adopted is True
    assert "tally.weighted_at_least" in [f.code for f in result.explanation]


def test_the_present_or_represented_base_is_taken_per_college() -> None:
    rule = MajorityRule(Ratio(1, 2), True, MajorityBase.PRESENT_OR_REPRESENTED)
    bases = Bases(40, 100, participants_by_college={"emp": 20, "usr": 10, "par": 10})
    result = run({"emp": (10, 0), "usr": (6, 0), "par": (5, 0)}, rule=rule, bases=bases)
    assert [c.base for c in result.colleges] == [20, 10, 10]
    # 1/2 x 1/2 + 3/10 x 3/5 + 1/5 x 1/2 = 1/4 + 9/50 + 1/10 = 53/100
    assert result.weighted == (53, 100) and result.adopted is True


def test_the_all_associates_base_is_taken_per_college() -> None:
    rule = MajorityRule(Ratio(1, 2), True, MajorityBase.TOTAL)
    bases = Bases(20, 100, eligible_by_college={"emp": 10, "usr": 80, "par": 10})
    result = run({"emp": (10, 0), "usr": (0, 0), "par": (0, 0)}, rule=rule, bases=bases)
    # Users have members but nobody voted: not empty on this base, share 0
    assert [c.empty for c in result.colleges] == [False, False, False]
    assert result.weighted == (1, 2) and result.adopted is False


def test_a_college_base_below_its_votes_uses_the_votes_with_a_warning() -> None:
    rule = MajorityRule(Ratio(1, 2), True, MajorityBase.PRESENT_OR_REPRESENTED)
    bases = Bases(40, 100, participants_by_college={"emp": 5, "usr": 10, "par": 10})
    result = run({"emp": (8, 2), "usr": (6, 0), "par": (5, 0)}, rule=rule, bases=bases)
    assert result.colleges[0].base == 10
    warning = next(f for f in result.explanation
                   if f.code == "tally.college_base_below_ballots")
    assert warning.severity is Severity.WARNING and warning.params["name"] == "Employees"


def test_votes_without_a_known_college_count_in_heads_but_not_in_the_weighting() -> None:
    counted = college_votes({"emp": (8, 2), "usr": (40, 60), "par": (1, 3)})
    counted += [CountedVote(900 + i, (AGAINST,), Channel.BOOTH, None, "old") for i in range(50)]
    counted += [CountedVote(990, (AGAINST,), Channel.BOOTH, None, "")]
    definition = vf.resolution(colleges=COLLEGES)
    result = tally(definition, counted, [], Bases(len(counted), 200))
    assert result.weighted == (57, 100) and result.adopted is True
    assert result.votes_for(AGAINST) == 65 + 51
    unknown = [f for f in result.explanation if f.code == "tally.unknown_college"]
    assert [(f.params["college"], f.params["votes"]) for f in unknown] == [("-", 1), ("old", 50)]
    assert all(f.severity is Severity.WARNING for f in unknown)
    assert {c.choice: c.by_college for c in result.counts}[AGAINST]["old"] == 50


def test_hand_counts_are_added_to_their_college() -> None:
    hand = HandCount(7, {"usr": {FOR: 40, AGAINST: 60}}, ("Zoé",), "t")
    result = run({"emp": (8, 2), "par": (1, 3)}, hand=(hand,),
                 bases=Bases(114, 200))
    assert result.weighted == (57, 100)
    assert {c.choice: c.by_channel for c in result.counts}[FOR][Channel.HAND] == 40


def test_every_college_finding_renders_with_its_values() -> None:
    results = [run({"emp": (8, 2), "usr": (40, 60), "par": (1, 3)}),
               run({"emp": (8, 2)}), run({"emp": (8, 2)},
                                          policy=EmptyCollegePolicy.COUNT_AS_REJECTION),
               run({}), run({"emp": (0, 10), "usr": (100, 0), "par": (4, 0)})]
    for result in results:
        for finding in result.explanation:
            for template in catalogue()[finding.code]:
                assert placeholders(template) <= set(finding.params), finding.code


@settings(max_examples=200)
@given(st.lists(st.integers(0, 100), min_size=3, max_size=3),
       st.sets(st.integers(0, 2), max_size=3), st.sampled_from(list(EmptyCollegePolicy)))
def test_applied_weights_sum_to_one_unless_all_are_empty(weights: list[int], empty: set[int],
                                                         policy: EmptyCollegePolicy) -> None:
    specs = tuple(CollegeSpec(str(i), str(i), w) for i, w in enumerate(weights))
    applied = applied_weights(specs, frozenset(str(i) for i in empty), policy)
    total = sum(applied.values())
    active = [w for i, w in enumerate(weights)
              if policy is EmptyCollegePolicy.COUNT_AS_REJECTION or i not in empty]
    if len(empty) == 3 or sum(active) == 0:
        assert total == 0
    else:
        assert total == 1
        for i, w in enumerate(weights):
            if str(i) in applied and applied[str(i)]:
                assert applied[str(i)] == Fraction(w, sum(active))


@settings(max_examples=100, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 30), st.integers(0, 30)), min_size=3, max_size=3))
def test_the_weighted_result_is_the_exact_sum_of_weighted_shares(
        numbers: list[tuple[int, int]]) -> None:
    spec = {c.key: n for c, n in zip(COLLEGES, numbers, strict=True)}
    result = run(spec)
    active = [(c.weight, f, f + a) for c, (f, a) in zip(COLLEGES, numbers, strict=True)
              if f + a]
    if not active:
        assert result.adopted is False
        return
    total = sum(w for w, _, _ in active)
    expected = sum(Fraction(w, total) * Fraction(f, b) for w, f, b in active)
    assert result.weighted == (expected.numerator, expected.denominator)
    assert result.adopted is (expected > Fraction(1, 2))
