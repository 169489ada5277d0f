# SPDX-License-Identifier: GPL-3.0-or-later
"""Elections: candidates ranked, majority per candidate, seats filled, ties left to the
assembly, blank ballots."""

from __future__ import annotations

import random

from hypothesis import given, settings
from hypothesis import strategies as st

from talagov.core.ballot_check import CountedVote
from talagov.core.ballots import Channel
from talagov.core.findings import Severity
from talagov.core.polls import BLANK, candidate_choice
from talagov.core.ratio import Ratio
from talagov.core.statutes import CollegeSpec, EmptyCollegePolicy, MajorityBase, MajorityRule
from talagov.core.tally import Bases, HandCount, TallyResult, tally
from talagov.messages import catalogue, placeholders
from tests.core import vote_fixtures as vf

A, B, C, D = (candidate_choice(m) for m in (5, 6, 7, 8))
ABSOLUTE = MajorityRule(Ratio(1, 2), True, MajorityBase.CAST)
RELATIVE = MajorityRule(Ratio(0, 1), True, MajorityBase.CAST)


def ballots(*groups: tuple[int, tuple[str, ...]], college: str = "",
            start: int = 1) -> list[CountedVote]:
    """``(how many, choices)`` groups as counted ballots."""
    result = []
    for n, choices in groups:
        for _ in range(n):
            pid = start + len(result)
            result.append(CountedVote(pid, choices, Channel.BOOTH, pid, college))
    return result


def elect(counted: list[CountedVote], *, seats: int = 1, rule: MajorityRule = ABSOLUTE,
          bases: Bases | None = None, colleges: tuple[CollegeSpec, ...] = (),
          hand: tuple[HandCount, ...] = ()) -> TallyResult:
    definition = vf.election((5, 6, 7, 8), seats=seats, majority=rule, colleges=colleges)
    return tally(definition, counted, hand, bases or Bases(len(counted), 100))


def test_an_absolute_majority_elects_the_best_placed_candidate() -> None:
    result = elect(ballots((6, (A,)), (3, (B,)), (2, (BLANK,))))
    assert result.adopted is None and result.election is not None
    assert result.election.elected == (A,)
    assert result.election.ranking[:2] == ((A, 6), (B, 3))
    assert result.base == 9  # blank ballots are not in the base
    assert result.votes_for(BLANK) == 2 and result.total_votes == 11


def test_without_an_absolute_majority_nobody_is_elected() -> None:
    result = elect(ballots((4, (A,)), (3, (B,)), (1, (C,))))
    assert result.election is not None
    assert result.election.elected == () and result.election.seats_unfilled == 1
    assert "tally.seats_unfilled" in [f.code for f in result.explanation]


def test_a_relative_majority_elects_whoever_has_the_most_votes() -> None:
    result = elect(ballots((4, (A,)), (3, (B,)), (1, (C,))), rule=RELATIVE)
    assert result.election is not None and result.election.elected == (A,)
    assert "tally.required_relative" in [f.code for f in result.explanation]


def test_several_seats_are_filled_in_rank_order() -> None:
    counted = ballots((5, (A, B)), (3, (C, A)), (2, (D,)))
    result = elect(counted, seats=2)
    assert result.base == 10  # a ballot with two names counts once in the base
    assert result.election is not None
    assert result.election.ranking == ((A, 8), (B, 5), (C, 3), (D, 2))
    assert result.election.elected == (A,)  # B has 5 of 10: not more than half
    assert result.election.seats_unfilled == 1
    assert elect(counted, seats=2, rule=RELATIVE).election.elected == (A, B)  # type: ignore[union-attr]


def test_candidates_tied_for_the_last_seat_are_none_of_them_elected() -> None:
    result = elect(ballots((5, (A, B)), (5, (A, C))), seats=2, rule=RELATIVE)
    assert result.election is not None
    assert result.election.elected == (A,)
    assert result.election.tied == (B, C) and result.election.seats_unfilled == 1
    tie = next(f for f in result.explanation if f.code == "tally.election_tie")
    assert tie.severity is Severity.WARNING
    assert tie.params == {"candidates": "Membre 6, Membre 7", "seats": 1}


def test_an_absolute_majority_tie_for_the_last_seat_is_left_to_the_assembly() -> None:
    # 11 ballots: A 9, B 6, C 6 all have more than half; two seats
    counted = ballots((5, (A, B)), (4, (A, C)), (1, (B, C)), (1, (C,)))
    result = elect(counted, seats=2)
    assert result.election is not None
    assert result.election.elected == (A,) and result.election.tied == (B, C)
    assert result.election.seats_unfilled == 1


def test_a_tie_for_a_single_seat_elects_nobody() -> None:
    result = elect(ballots((3, (A,)), (3, (B,))), rule=RELATIVE)
    assert result.election is not None
    assert result.election.elected == () and result.election.tied == (A, B)
    assert result.election.seats_unfilled == 1


def test_a_tie_below_the_seats_does_not_matter() -> None:
    result = elect(ballots((4, (A, B)), (3, (A, C)), (3, (A, D))), seats=2, rule=RELATIVE)
    assert result.election is not None
    assert result.election.elected == (A, B) and result.election.tied == ()
    assert result.election.ranking[2:] == ((C, 3), (D, 3))


def test_fewer_qualified_candidates_than_seats_leave_seats_unfilled() -> None:
    result = elect(ballots((3, (A,))), seats=3, rule=RELATIVE)
    assert result.election is not None
    assert result.election.elected == (A,) and result.election.seats_unfilled == 2


def test_only_blank_ballots_elect_nobody() -> None:
    result = elect(ballots((4, (BLANK,))), rule=RELATIVE)
    assert result.election is not None and result.election.elected == ()
    assert result.base == 0


def test_the_present_or_represented_base_counts_blank_ballots_and_non_voters() -> None:
    rule = MajorityRule(Ratio(1, 2), True, MajorityBase.PRESENT_OR_REPRESENTED)
    counted = ballots((6, (A,)), (4, (BLANK,)))
    assert elect(counted, rule=rule, bases=Bases(12, 30)).election.elected == ()  # type: ignore[union-attr]
    assert elect(counted, rule=rule, bases=Bases(11, 30)).election.elected == (A,)  # type: ignore[union-attr]


def test_the_all_associates_base() -> None:
    rule = MajorityRule(Ratio(1, 2), True, MajorityBase.TOTAL)
    result = elect(ballots((16, (A,))), rule=rule, bases=Bases(16, 30))
    assert result.base == 30 and result.election.elected == (A,)  # type: ignore[union-attr]


def test_hand_counts_add_to_the_candidates() -> None:
    hand = HandCount(9, {"": {A: 3, B: 1, BLANK: 1}}, ("Zoé",), "t")
    result = elect(ballots((2, (B,))), hand=(hand,), bases=Bases(7, 30))
    assert result.votes_for(A) == 3 and result.votes_for(B) == 3
    assert result.base == 6 and result.total_votes == 7
    assert result.election is not None and result.election.tied == ()
    assert result.election.elected == ()  # 3 of 6 is not more than half


def test_hand_counts_with_several_seats_assume_the_fewest_ballots() -> None:
    hand = HandCount(9, {"": {A: 6, B: 5, C: 1}}, ("Zoé",), "t")
    result = elect([], seats=2, hand=(hand,), bases=Bases(10, 30))
    assert result.base == 6  # at least 6 ballots, since A was named 6 times
    assert "tally.hand_count_ballots_estimated" in [f.code for f in result.explanation]


COLLEGES = (CollegeSpec("emp", "Employees", 50), CollegeSpec("usr", "Users", 30),
            CollegeSpec("par", "Partners", 20))


def test_with_colleges_candidates_are_ranked_by_weighted_score() -> None:
    counted = ballots((8, (A,)), (2, (B,)), college="emp")
    counted += ballots((30, (B,)), (70, (A,)), college="usr", start=100)
    counted += ballots((4, (B,)), college="par", start=200)
    result = elect(counted, rule=RELATIVE, colleges=COLLEGES, bases=Bases(114, 200))
    # A: 1/2 x 8/10 + 3/10 x 7/10 = 61/100; B: 1/2 x 2/10 + 3/10 x 3/10 + 1/5 x 1 = 39/100
    assert result.election is not None
    assert result.election.elected == (A,)
    assert result.election.ranking == ((A, 78), (B, 36), (C, 0), (D, 0))
    scores = {f.params["name"]: (f.params["score_num"], f.params["score_den"])
              for f in result.explanation if f.code == "tally.candidate_score"}
    assert scores["Membre 5"] == (61, 100) and scores["Membre 6"] == (39, 100)


def test_with_colleges_the_weighted_score_can_beat_heads() -> None:
    counted = ballots((9, (A,)), (1, (B,)), college="emp")
    counted += ballots((20, (B,)), college="usr", start=100)
    counted += ballots((3, (A,)), college="par", start=200)
    result = elect(counted, rule=ABSOLUTE, colleges=COLLEGES, bases=Bases(33, 200))
    # heads: A 12, B 21; weighted: A = 0.45 + 0.2 = 13/20 > 1/2
    assert result.election is not None and result.election.elected == (A,)


def test_empty_colleges_follow_the_policy_in_elections() -> None:
    counted = ballots((6, (A,)), (4, (B,)), college="emp")
    definition_policy = EmptyCollegePolicy.COUNT_AS_REJECTION
    redistributed = elect(counted, colleges=COLLEGES)
    assert redistributed.election.elected == (A,)  # type: ignore[union-attr]  # 6/10 > 1/2
    from dataclasses import replace

    definition = replace(vf.election((5, 6, 7, 8), colleges=COLLEGES),
                         empty_college_policy=definition_policy)
    rejected = tally(definition, counted, [], Bases(10, 100))
    assert rejected.election.elected == ()  # type: ignore[union-attr]  # 1/2 x 6/10 = 3/10
    assert [c.empty for c in rejected.colleges] == [False, True, True]


def test_every_election_finding_renders_with_its_values() -> None:
    results = [elect(ballots((6, (A,)), (3, (B,)), (2, (BLANK,)))),
               elect(ballots((5, (A, B)), (5, (A, C))), seats=2, rule=RELATIVE),
               elect(ballots((3, (A,))), seats=3, rule=RELATIVE),
               elect(ballots((8, (A,)), college="emp"), colleges=COLLEGES),
               elect([], seats=2, hand=(HandCount(9, {"": {A: 6, B: 5}}, ("Zoé",), "t"),))]
    for result in results:
        for finding in result.explanation:
            for template in catalogue()[finding.code]:
                assert placeholders(template) <= set(finding.params), finding.code


@settings(max_examples=100, deadline=None)
@given(st.lists(st.lists(st.sampled_from([A, B, C, D]), min_size=1, max_size=2, unique=True)
                | st.just([BLANK]), max_size=30),
       st.integers(1, 3), st.randoms())
def test_elections_do_not_depend_on_the_order_and_never_exceed_the_seats(
        choices: list[list[str]], seats: int, rnd: random.Random) -> None:
    counted = [CountedVote(i, tuple(c), Channel.BOOTH, i) for i, c in enumerate(choices, 1)]
    shuffled = list(counted)
    rnd.shuffle(shuffled)
    first = elect(counted, seats=seats, rule=RELATIVE)
    assert elect(shuffled, seats=seats, rule=RELATIVE) == first
    assert first.election is not None
    assert len(first.election.elected) + first.election.seats_unfilled == seats
    assert not set(first.election.elected) & set(first.election.tied)
