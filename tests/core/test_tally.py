# SPDX-License-Identifier: GPL-3.0-or-later
"""The tally of a resolution counted by heads: every majority rule, ties, the casting vote,
hand counts and the explanation (domain-rules §5 and §8)."""

from __future__ import annotations

import random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from talagov.core.ballot_check import CountedVote
from talagov.core.ballots import Channel
from talagov.core.findings import Severity
from talagov.core.polls import ABSTAIN, AGAINST, FOR
from talagov.core.ratio import Ratio
from talagov.core.statutes import MajorityBase, MajorityRule
from talagov.core.tally import Bases, HandCount, TallyResult, required_votes, tally
from talagov.messages import catalogue, placeholders, render_finding
from tests.core import vote_fixtures as vf

CAST, PR, TOTAL = MajorityBase.CAST, MajorityBase.PRESENT_OR_REPRESENTED, MajorityBase.TOTAL
SIMPLE = MajorityRule(Ratio(1, 2), True, CAST)
TWO_THIRDS = MajorityRule(Ratio(2, 3), False, CAST)


def votes(for_: int, against: int, abstain: int = 0, *, start: int = 1,
          channel: Channel = Channel.BOOTH) -> list[CountedVote]:
    """``for_`` then ``against`` then ``abstain`` votes of principals ``start``, ``start+1``..."""
    choices = [FOR] * for_ + [AGAINST] * against + [ABSTAIN] * abstain
    return [CountedVote(start + i, (c,), channel, start + i) for i, c in enumerate(choices)]


def run(rule: MajorityRule, for_: int, against: int, abstain: int = 0, *,
        participants: int = 100, eligible: int = 100, **definition: object) -> TallyResult:
    return tally(vf.resolution(majority=rule, **definition),  # type: ignore[arg-type]
                 votes(for_, against, abstain), [],
                 Bases(participants=participants, eligible=eligible))


def codes(result: TallyResult) -> list[str]:
    return [f.code for f in result.explanation]


# --- domain-rules §8 ----------------------------------------------------------------

def test_case_4_an_ordinary_resolution_is_taken_on_the_votes_cast() -> None:
    result = run(SIMPLE, 10, 9, 30)
    assert result.adopted is True and result.base == 19  # 10 x 2 = 20 > 19


@pytest.mark.parametrize("for_, adopted", [(20, True), (19, False)])
def test_case_5_two_thirds_of_the_votes_cast(for_: int, adopted: bool) -> None:
    result = run(TWO_THIRDS, for_, 10, 5)
    assert result.adopted is adopted  # 20 x 3 = 60 >= 60; 19 x 3 = 57 < 58


def test_case_6_a_tie_in_an_assembly_rejects_the_resolution() -> None:
    result = run(SIMPLE, 10, 10)
    assert result.adopted is False and not result.casting_vote_used
    tie = next(f for f in result.explanation if f.code == "tally.tie_rejected")
    assert tie.source == "C. com. L225-96, L225-98"
    assert tie.params == {"for": 10, "against": 10, "required": 11}


@pytest.mark.parametrize("for_, against, adopted", [(16, 0, True), (15, 0, False),
                                                    (15, 14, False)])
def test_case_9_more_than_half_of_all_associates(for_: int, against: int,
                                                 adopted: bool) -> None:
    result = run(MajorityRule(Ratio(1, 2), True, TOTAL), for_, against, eligible=30)
    assert result.adopted is adopted and result.base == 30


def test_case_10_a_second_consultation_counts_the_votes_cast() -> None:
    assert run(SIMPLE, 5, 4, eligible=30, participants=9).adopted is True


@pytest.mark.parametrize("for_, abstain, adopted", [(6, 2, True), (5, 3, False)])
def test_case_11_two_thirds_of_the_present_or_represented(for_: int, abstain: int,
                                                          adopted: bool) -> None:
    result = run(MajorityRule(Ratio(2, 3), False, PR), for_, 0, abstain, participants=8,
                 eligible=30)
    assert result.adopted is adopted
    assert result.base == 8  # base 8, not 5: abstentions work as "against"
    required = next(f for f in result.explanation if f.code == "tally.required_at_least")
    assert required.params["required"] == 6


# --- every majority rule --------------------------------------------------------------

@pytest.mark.parametrize("rule, for_, against, abstain, adopted", [
    (MajorityRule(Ratio(1, 2), True, CAST), 51, 49, 0, True),
    (MajorityRule(Ratio(1, 2), True, CAST), 50, 50, 0, False),
    (MajorityRule(Ratio(1, 2), False, CAST), 50, 50, 0, True),
    (MajorityRule(Ratio(2, 3), False, CAST), 2, 1, 5, True),
    (MajorityRule(Ratio(2, 3), True, CAST), 2, 1, 5, False),
    (MajorityRule(Ratio(3, 4), False, CAST), 3, 1, 0, True),
    (MajorityRule(Ratio(3, 4), False, CAST), 5, 2, 0, False),  # 20 < 21
    (MajorityRule(Ratio(3, 4), False, PR), 75, 0, 25, True),
    (MajorityRule(Ratio(3, 4), False, PR), 74, 0, 0, False),  # 100 participants
])
def test_each_rule_is_applied_in_integers(rule: MajorityRule, for_: int, against: int,
                                          abstain: int, adopted: bool) -> None:
    assert run(rule, for_, against, abstain).adopted is adopted


UNANIMITY = MajorityRule(Ratio(1, 1), False, TOTAL)


def test_unanimity_needs_every_associate() -> None:
    assert run(UNANIMITY, 12, 0, eligible=12, participants=12).adopted is True
    assert run(UNANIMITY, 11, 0, 1, eligible=12, participants=12).adopted is False
    absent = run(UNANIMITY, 11, 0, eligible=12, participants=11)
    assert absent.adopted is False
    assert "tally.required_unanimity" in codes(absent)


def test_the_present_or_represented_base_counts_abstentions_as_against() -> None:
    result = run(MajorityRule(Ratio(1, 2), True, PR), 5, 2, 3, participants=10)
    assert result.adopted is False  # 5 of 10 is not more than half
    assert "tally.base_present" in codes(result)


def test_a_recorded_base_below_the_votes_counted_uses_the_votes_with_a_warning() -> None:
    result = run(MajorityRule(Ratio(1, 2), True, PR), 5, 4, participants=6)
    assert result.base == 9 and result.adopted is True
    warning = next(f for f in result.explanation if f.code == "tally.base_below_ballots")
    assert warning.severity is Severity.WARNING
    assert warning.params == {"base": 6, "ballots": 9}


def test_no_vote_in_the_base_means_not_adopted() -> None:
    result = run(SIMPLE, 0, 0, 4)
    assert result.adopted is False and result.base == 0
    assert "tally.no_votes" in codes(result)
    assert run(MajorityRule(Ratio(0, 1), False, CAST), 0, 0).adopted is False


def test_the_explanation_says_how_many_votes_were_needed() -> None:
    result = run(SIMPLE, 10, 9, 30)
    assert codes(result)[:4] == ["tally.counts", "tally.base_cast", "tally.required_more_than",
                                 "tally.adopted"]
    counts = result.explanation[0]
    assert counts.params == {"for": 10, "against": 9, "abstain": 30, "total": 49}
    assert result.explanation[2].params == {"required": 10, "base": 19, "ratio": "1/2"}


@settings(max_examples=300)
@given(st.integers(0, 12).flatmap(lambda den: st.tuples(st.integers(0, max(den, 1)),
                                                        st.just(max(den, 1)))),
       st.booleans(), st.integers(0, 10_000))
def test_required_is_the_smallest_number_of_votes_that_reaches_the_rule(
        ratio: tuple[int, int], strict: bool, base: int) -> None:
    rule = MajorityRule(Ratio(*ratio), strict, CAST)
    need = required_votes(rule, base)
    assert rule.ratio.reached_by(need, base, strict=strict)
    assert need == 0 or not rule.ratio.reached_by(need - 1, base, strict=strict)


# --- ties and the casting vote (boards) ---------------------------------------------------

BOARD = MajorityRule(Ratio(1, 2), True, PR)


def board(for_: int, against: int, abstain: int = 0, *, chair: str | None,
          present: int | None = None) -> TallyResult:
    """A board with the casting vote; the chair (id 1) votes ``chair`` (None: not voting)."""
    others = votes(for_ - (chair == FOR), against - (chair == AGAINST),
                   abstain - (chair == ABSTAIN), start=2)
    mine = [] if chair is None else [CountedVote(1, (chair,), Channel.BOOTH, 1)]
    definition = vf.resolution(majority=BOARD, casting_vote=True)
    total = present if present is not None else for_ + against + abstain
    return tally(definition, mine + others, [], Bases(total, 10, chair_id=1))


@pytest.mark.parametrize("chair, adopted", [(FOR, True), (AGAINST, False)])
def test_case_24_the_chair_settles_a_board_tie(chair: str, adopted: bool) -> None:
    result = board(4, 4, chair=chair)
    assert result.adopted is adopted and result.casting_vote_used
    casting = next(f for f in result.explanation if f.code == "tally.casting_vote")
    assert casting.source == "C. com. L225-37"
    assert ("tally.casting_adopted" if adopted else "tally.casting_rejected") in codes(result)


def test_a_chair_who_did_not_vote_for_or_against_cannot_settle_the_tie() -> None:
    for result in (board(4, 4, chair=None), board(4, 4, 1, chair=ABSTAIN)):
        assert result.adopted is False and not result.casting_vote_used
    assert "tally.casting_vote_unknown" in codes(board(4, 4, chair=None))


def test_a_chair_counted_by_hand_cannot_settle_the_tie() -> None:
    definition = vf.resolution(majority=BOARD, casting_vote=True)
    hand = HandCount(7, {"": {FOR: 1}}, ("Zoé",), "2026-06-30T10:00:00")
    result = tally(definition, votes(3, 4, start=2), [hand], Bases(8, 10, chair_id=1))
    assert result.votes_for(FOR) == 4 and result.adopted is False
    assert not result.casting_vote_used


def test_with_abstentions_in_the_base_there_is_no_equal_split_to_settle() -> None:
    result = board(4, 4, 2, chair=FOR)
    assert result.adopted is False and not result.casting_vote_used
    assert "tally.casting_vote_no_split" in codes(result)


def test_a_casting_vote_does_not_reach_a_qualified_majority() -> None:
    definition = vf.resolution(majority=MajorityRule(Ratio(2, 3), False, PR), casting_vote=True)
    result = tally(definition, [CountedVote(1, (FOR,), Channel.BOOTH, 1), *votes(3, 4, start=2)],
                   [], Bases(8, 10, chair_id=1))
    assert result.adopted is False and not result.casting_vote_used
    assert "tally.casting_vote_qualified" in codes(result)


def test_no_casting_vote_without_the_definition_allowing_it() -> None:
    definition = vf.resolution(majority=BOARD)
    result = tally(definition, [CountedVote(1, (FOR,), Channel.BOOTH, 1), *votes(3, 4, start=2)],
                   [], Bases(8, 10, chair_id=1))
    assert result.adopted is False and "tally.tie_rejected" in codes(result)


# --- channels, hand counts, secrecy -------------------------------------------------------

def test_counts_show_every_choice_by_channel() -> None:
    definition = vf.resolution()
    counted = [*votes(2, 1), *votes(1, 0, start=10, channel=Channel.CORRESPONDENCE),
               CountedVote(20, (FOR,), Channel.BLANK_PROXY, None)]
    hand = HandCount(7, {"": {FOR: 3, AGAINST: 2, ABSTAIN: 0}}, ("Zoé", "Yves"), "t")
    result = tally(definition, counted, [hand], Bases(20, 30))
    by_choice = {c.choice: c for c in result.counts}
    assert list(by_choice) == [FOR, AGAINST, ABSTAIN]
    assert by_choice[FOR].votes == 7
    assert by_choice[FOR].by_channel == {Channel.BOOTH: 2, Channel.CORRESPONDENCE: 1,
                                         Channel.BLANK_PROXY: 1, Channel.HAND: 3}
    assert by_choice[ABSTAIN].votes == 0 and by_choice[ABSTAIN].by_channel == {}
    assert result.total_votes == 10
    hand_note = next(f for f in result.explanation if f.code == "tally.hand_count")
    assert hand_note.params == {"total": 5, "scrutineers": "Zoé, Yves"}
    assert "tally.hand_count_exceeds" not in codes(result)


def test_a_hand_count_beyond_the_participants_not_yet_counted_is_a_violation() -> None:
    hand = HandCount(7, {"": {FOR: 4}}, ("Zoé",), "t")
    result = tally(vf.resolution(), votes(3, 0), [hand], Bases(6, 30))
    exceeds = next(f for f in result.explanation if f.code == "tally.hand_count_exceeds")
    assert exceeds.severity is Severity.VIOLATION
    assert exceeds.params == {"total": 4, "available": 3, "participants": 6, "counted": 3}


def test_a_secret_poll_says_that_only_totals_are_shown() -> None:
    result = tally(vf.resolution(secret=True), votes(3, 1), [], Bases(4, 4))
    assert result.adopted is True
    assert result.explanation[-1].code == "tally.secret"


def test_choices_unknown_to_the_definition_are_left_out_with_a_warning() -> None:
    counted = [*votes(2, 1), CountedVote(9, ("blank",), Channel.BOOTH, 9)]
    result = tally(vf.resolution(), counted, [], Bases(4, 4))
    assert result.votes_for("blank") == 0 and result.votes_for(FOR) == 2
    assert "tally.unknown_choice" in codes(result)


def test_the_poll_id_labels_the_result() -> None:
    assert tally(vf.resolution(), [], [], Bases(0, 0), poll_id=7).poll_id == 7


@settings(max_examples=50, deadline=None)
@given(st.lists(st.sampled_from([FOR, AGAINST, ABSTAIN]), max_size=40), st.randoms())
def test_the_order_of_the_votes_does_not_change_the_tally(choices: list[str],
                                                          rnd: random.Random) -> None:
    counted = [CountedVote(i, (c,), Channel.BOOTH, i) for i, c in enumerate(choices, 1)]
    shuffled = list(counted)
    rnd.shuffle(shuffled)
    definition = vf.resolution(majority=MajorityRule(Ratio(1, 2), True, PR))
    bases = Bases(len(choices), 50)
    assert tally(definition, shuffled, [], bases) == tally(definition, counted, [], bases)


# --- messages ----------------------------------------------------------------------------

def test_every_explanation_renders_in_both_languages_with_all_its_values() -> None:
    results = [run(SIMPLE, 10, 9, 30), run(SIMPLE, 10, 10), run(UNANIMITY, 3, 0, eligible=3),
               run(MajorityRule(Ratio(1, 2), True, PR), 5, 4, participants=6),
               run(SIMPLE, 0, 0), board(4, 4, chair=FOR), board(4, 4, chair=AGAINST),
               board(4, 4, chair=None), board(4, 4, 2, chair=FOR),
               tally(vf.resolution(secret=True), votes(1, 0),
                     [HandCount(7, {"": {FOR: 9}}, ("Zoé",), "t")], Bases(2, 4))]
    for result in results:
        for finding in result.explanation:
            pair = catalogue().get(finding.code)
            assert pair is not None, finding.code
            for template in pair:
                assert placeholders(template) <= set(finding.params), finding.code
            assert "?" not in render_finding(finding, "en").replace("(?", "")
            assert render_finding(finding, "fr") != finding.code


def test_without_the_quorum_at_opening_nothing_is_adopted_but_votes_are_shown() -> None:
    definition = vf.resolution(majority=SIMPLE)
    met = tally(definition, votes(5, 0), [], Bases(participants=5, eligible=100, quorum_met=True))
    short = tally(definition, votes(5, 0), [], Bases(participants=5, eligible=100,
                                                     quorum_met=False,
                                                     quorum_source="C. com. L225-98"))
    assert met.adopted is True
    assert short.adopted is False and short.votes_for(FOR) == 5
    finding = next(f for f in short.explanation if f.code == "tally.quorum_not_met")
    assert finding.severity is Severity.VIOLATION
    assert finding.source == "C. com. L225-98" and finding.params == {"participants": 5}


def test_without_the_quorum_nobody_is_elected() -> None:
    definition = vf.election((11, 12), seats=1)
    ballots = [CountedVote(m, ("candidate:11",), Channel.BOOTH, m) for m in range(1, 4)]
    result = tally(definition, ballots, [], Bases(participants=3, eligible=100, quorum_met=False))
    assert result.election is not None and result.election.elected == ()
    assert result.election.seats_unfilled == 1


def test_without_the_quorum_the_explanation_does_not_say_adopted_or_elected() -> None:
    # The explanation used to end with "the resolution is adopted" (or "X is elected", "2
    # seats remain") just before "the vote decides nothing".
    short = Bases(participants=3, eligible=100, quorum_met=False)
    resolution = tally(vf.resolution(majority=SIMPLE), votes(3, 0), [], short)
    codes = [f.code for f in resolution.explanation]
    assert "tally.adopted" not in codes and codes[-1] == "tally.quorum_not_met"
    definition = vf.election((11, 12, 13), seats=2)
    ballots = [CountedVote(1, ("candidate:11", "candidate:12"), Channel.BOOTH, 1),
               CountedVote(2, ("candidate:11", "candidate:13"), Channel.BOOTH, 2)]
    election = tally(definition, ballots, [], short)
    codes = [f.code for f in election.explanation]
    assert not {"tally.elected", "tally.election_tie", "tally.seats_unfilled"} & set(codes)
    assert election.election is not None and election.election.tied == ()
    assert election.election.seats_unfilled == 2 and "tally.quorum_not_met" in codes
