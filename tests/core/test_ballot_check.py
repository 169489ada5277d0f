# SPDX-License-Identifier: GPL-3.0-or-later
"""Which ballots count: every rejection reason, revoting, and the precedence of channels."""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from talagov.core import certificates as c
from talagov.core.agenda import Presenter
from talagov.core.ballot_check import (
    CountedVote,
    ReceivedBallot,
    RejectReason,
    Verdict,
    check_one,
    judge,
)
from talagov.core.ballots import Channel, sign_ballot
from talagov.core.polls import AGAINST, BLANK, FOR, candidate_choice
from talagov.core.tally import Bases, tally
from talagov.core.tally_certificates import clear_cache
from tests.core import vote_fixtures as vf
from tests.core.vote_fixtures import DURING, OPENED, received, signed

POLL = vf.open_poll(vf.resolution())
ELECTORATE = vf.electorate()


def _reason(ballot: ReceivedBallot, poll=POLL, electorate=ELECTORATE) -> RejectReason | None:
    found = check_one(ballot, poll, electorate)
    return None if found is None else found[0]


def _verdicts(judgement) -> dict[int, Verdict]:
    return {j.ballot_id: j.verdict for j in judgement.judgements}


# --- check_one: one ballot on its own merits ------------------------------------------

def test_a_member_s_own_ballot_in_the_window_is_accepted() -> None:
    assert check_one(received(1, signed(POLL, 3, (FOR,))), POLL, ELECTORATE) is None


def test_a_postal_form_witnessed_by_the_organisation_is_accepted() -> None:
    ballot = received(1, vf.witnessed(POLL, 5, AGAINST), Channel.CORRESPONDENCE)
    assert check_one(ballot, POLL, ELECTORATE) is None


def test_a_ballot_for_another_organisation_is_rejected() -> None:
    content = replace(vf.content(POLL, 3, (FOR,)), organisation=vf.other_org().fingerprint)
    ballot = sign_ballot(content, vf.org().keys[3], vf.org().certs[3])
    found = check_one(received(1, ballot), POLL, ELECTORATE)
    assert found is not None and found[0] is RejectReason.WRONG_ORGANISATION
    assert found[1]["expected"] == vf.org().fingerprint


@pytest.mark.parametrize("field_name, value", [
    ("definition_hash", "0" * 64), ("poll_id", 8), ("meeting_id", 4)])
def test_a_ballot_naming_another_definition_poll_or_meeting_is_rejected(field_name: str,
                                                                       value: object) -> None:
    content = replace(vf.content(POLL, 3, (FOR,)), **{field_name: value})
    ballot = sign_ballot(content, vf.org().keys[3], vf.org().certs[3])
    found = check_one(received(1, ballot), POLL, ELECTORATE)
    assert found is not None and found[0] is RejectReason.WRONG_DEFINITION
    assert found[1]["field"] == field_name and found[1]["actual"] == value


def test_a_ballot_changed_after_signing_is_rejected_for_its_signature() -> None:
    ballot = vf.tampered(signed(POLL, 3, (AGAINST,)), choices=(FOR,))
    assert _reason(received(1, ballot)) is RejectReason.BAD_SIGNATURE


def test_a_ballot_with_a_signature_from_another_key_is_rejected() -> None:
    honest = signed(POLL, 3, (FOR,))
    forged = replace(honest, certificate=vf.org().certs[4])  # signature by 3, certificate of 4
    assert _reason(received(1, forged)) is RejectReason.BAD_SIGNATURE


def test_a_ballot_that_cannot_be_serialised_is_rejected_without_stopping_the_count() -> None:
    broken = vf.tampered(signed(POLL, 3, (FOR,)), nonce="\ud800")
    result = judge(POLL, [received(1, broken), received(2, signed(POLL, 4, (FOR,)))], ELECTORATE)
    assert result.verdict_of(1).reason is RejectReason.BAD_SIGNATURE  # type: ignore[union-attr]
    assert [v.principal_id for v in result.counted] == [4]


def test_a_certificate_of_another_organisation_is_rejected() -> None:
    other = vf.other_org()
    ballot = sign_ballot(vf.content(POLL, 2, (FOR,)), other.keys[2], other.certs[2])
    assert _reason(received(1, ballot)) is RejectReason.BAD_CERTIFICATE


def test_a_postal_ballot_not_signed_by_the_organisation_itself_is_rejected() -> None:
    ballot = received(1, signed(POLL, 5, (FOR,)), Channel.CORRESPONDENCE)
    found = check_one(ballot, POLL, ELECTORATE)
    assert found is not None and found[0] is RejectReason.BAD_CERTIFICATE


def test_a_member_ballot_signed_with_the_organisation_certificate_is_rejected() -> None:
    ballot = sign_ballot(vf.content(POLL, 5, (FOR,)), vf.org().key, vf.org().cert)
    assert _reason(received(1, ballot, Channel.BOOTH)) is RejectReason.BAD_CERTIFICATE


@pytest.mark.parametrize("years, problem", [(4, "expired"), (-1, "not_yet_valid")])
def test_a_certificate_outside_its_validity_at_reception_is_rejected(years: int,
                                                                      problem: str) -> None:
    poll = replace(POLL, opened_at=OPENED - timedelta(days=3 * 365))
    at = DURING + timedelta(days=365 * years)
    found = check_one(received(1, signed(poll, 3, (FOR,)), at=at), poll, ELECTORATE)
    assert found == (RejectReason.CERTIFICATE_EXPIRED, {"problem": problem})


def test_a_revoked_certificate_is_rejected() -> None:
    serial = c.serial_hex(vf.org().certs[3])
    electorate = vf.electorate(revoked=frozenset({serial}))
    found = check_one(received(1, signed(POLL, 3, (FOR,))), POLL, electorate)
    assert found is not None and found[0] is RejectReason.CERTIFICATE_REVOKED
    assert found[1]["serial"] == serial
    assert check_one(received(2, signed(POLL, 4, (FOR,))), POLL, electorate) is None


def test_a_ballot_signed_with_another_member_s_certificate_is_rejected() -> None:
    content = replace(vf.content(POLL, 3, (FOR,)), voter_id=4, on_behalf_of=4)
    ballot = sign_ballot(content, vf.org().keys[3], vf.org().certs[3])
    found = check_one(received(1, ballot), POLL, ELECTORATE)
    assert found == (RejectReason.SIGNER_NOT_VOTER, {"problem": "wrong_member", "signer": 3})


@pytest.mark.parametrize("voters, role", [(frozenset({1, 2, 4}), "voter"),
                                          (frozenset({1, 2, 3}), "principal")])
def test_a_voter_or_principal_without_a_vote_is_rejected(voters: frozenset[int],
                                                         role: str) -> None:
    electorate = vf.electorate(voters=voters, proxies={4: 3})
    ballot = received(1, signed(POLL, 3, (FOR,), on_behalf_of=4))
    found = check_one(ballot, POLL, electorate)
    assert found is not None and found[0] is RejectReason.NO_VOTING_RIGHT
    assert found[1]["role"] == role and found[1]["member"] == (3 if role == "voter" else 4)


def test_a_vote_for_someone_who_gave_no_proxy_is_rejected() -> None:
    electorate = vf.electorate(proxies={4: 5})  # 4's proxy went to 5, not 3
    found = check_one(received(1, signed(POLL, 3, (FOR,), on_behalf_of=4)), POLL, electorate)
    assert found == (RejectReason.NO_PROXY, {"voter": 3, "principal": 4})


def test_a_vote_under_a_refused_proxy_is_rejected_as_void() -> None:
    electorate = vf.electorate(void={4: 3})
    found = check_one(received(1, signed(POLL, 3, (FOR,), on_behalf_of=4)), POLL, electorate)
    assert found is not None and found[0] is RejectReason.PROXY_VOID


def test_a_vote_under_a_valid_proxy_is_accepted() -> None:
    electorate = vf.electorate(proxies={4: 3})
    assert check_one(received(1, signed(POLL, 3, (FOR,), on_behalf_of=4)), POLL,
                     electorate) is None


@pytest.mark.parametrize("offset", [timedelta(minutes=-1), timedelta(hours=3)])
def test_a_ballot_received_outside_the_window_is_rejected(offset: timedelta) -> None:
    poll = replace(POLL, closed_at=OPENED + timedelta(hours=2))
    ballot = received(1, signed(poll, 3, (FOR,)), at=OPENED + offset)
    assert _reason(ballot, poll) is RejectReason.POLL_NOT_OPEN


def test_the_window_includes_its_opening_and_closing_instants() -> None:
    poll = replace(POLL, closed_at=OPENED + timedelta(hours=2))
    for at in (OPENED, OPENED + timedelta(hours=2)):
        assert _reason(received(1, signed(poll, 3, (FOR,)), at=at), poll) is None


def test_a_poll_never_opened_accepts_nothing() -> None:
    poll = replace(POLL, opened_at=None)
    assert _reason(received(1, signed(poll, 3, (FOR,))), poll) is RejectReason.POLL_NOT_OPEN


@pytest.mark.parametrize("choices", [(), (BLANK,), ("maybe",), (FOR, AGAINST), (FOR, FOR)])
def test_a_resolution_takes_exactly_one_of_for_against_abstain(choices: tuple[str, ...]
                                                               ) -> None:
    assert _reason(received(1, signed(POLL, 3, choices))) is RejectReason.INVALID_CHOICE


ELECTION = vf.open_poll(vf.election((5, 6, 7), seats=2), poll_id=9)
A, B, C = (candidate_choice(m) for m in (5, 6, 7))


@pytest.mark.parametrize("choices, valid", [
    ((A,), True), ((A, B), True), ((BLANK,), True), ((B, A), True),
    ((), False), ((A, B, C), False), ((A, A), False), ((A, BLANK), False),
    ((candidate_choice(8),), False), ((FOR,), False)])
def test_an_election_ballot_names_one_to_seats_candidates_or_is_blank(
        choices: tuple[str, ...], valid: bool) -> None:
    reason = _reason(received(1, signed(ELECTION, 3, choices)), ELECTION)
    assert reason is (None if valid else RejectReason.INVALID_CHOICE)


def test_problems_are_reported_in_the_documented_order() -> None:
    # a tampered ballot from a member without a vote, out of the window: the signature first
    electorate = vf.electorate(voters=frozenset({1, 2}))
    ballot = vf.tampered(signed(POLL, 3, ("maybe",)), sequence=2)
    late = received(1, ballot, at=OPENED - timedelta(hours=1))
    assert _reason(late, POLL, electorate) is RejectReason.BAD_SIGNATURE
    # wrong definition comes before the signature
    assert _reason(received(1, vf.tampered(ballot, poll_id=99))) is RejectReason.WRONG_DEFINITION
    # the voting right comes before the window, the window before the choices
    late_bad = received(2, signed(POLL, 3, ("maybe",)), at=OPENED - timedelta(hours=1))
    assert _reason(late_bad, POLL, electorate) is RejectReason.NO_VOTING_RIGHT
    assert _reason(late_bad) is RejectReason.POLL_NOT_OPEN


# --- judge: duplicates, revoting, channels --------------------------------------------

def test_the_same_ballot_received_twice_counts_once() -> None:
    ballot = signed(POLL, 3, (FOR,))
    result = judge(POLL, [received(5, ballot), received(2, ballot)], ELECTORATE)
    assert _verdicts(result) == {2: Verdict.COUNTED, 5: Verdict.REJECTED}
    duplicate = result.verdict_of(5)
    assert duplicate is not None and duplicate.reason is RejectReason.DUPLICATE
    assert duplicate.detail == {"ballot": 2}
    assert [v.principal_id for v in result.counted] == [3]


def test_a_revote_replaces_the_earlier_ones() -> None:
    ballots = [received(1, signed(POLL, 3, (AGAINST,), sequence=1)),
               received(2, signed(POLL, 3, (FOR,), sequence=3)),
               received(3, signed(POLL, 3, (AGAINST,), sequence=2), Channel.FILE)]
    result = judge(POLL, ballots, ELECTORATE)
    assert _verdicts(result) == {1: Verdict.SUPERSEDED, 2: Verdict.COUNTED,
                                 3: Verdict.SUPERSEDED}
    assert result.counted == (CountedVote(3, (FOR,), Channel.BOOTH, 2),)


def test_a_rejected_revote_leaves_the_earlier_vote_counted() -> None:
    ballots = [received(1, signed(POLL, 3, (AGAINST,), sequence=1)),
               received(2, vf.tampered(signed(POLL, 3, (FOR,), sequence=2), choices=(FOR,),
                                       sequence=3))]
    result = judge(POLL, ballots, ELECTORATE)
    assert _verdicts(result) == {1: Verdict.COUNTED, 2: Verdict.REJECTED}
    assert result.counted[0].choices == (AGAINST,)


def test_equal_sequences_are_settled_by_reception_then_fingerprint() -> None:
    early = signed(POLL, 3, (AGAINST,), sequence=1)
    late = signed(POLL, 3, (FOR,), sequence=1)
    result = judge(POLL, [received(1, late, at=DURING + timedelta(minutes=1)),
                          received(2, early, at=DURING)], ELECTORATE)
    assert _verdicts(result) == {1: Verdict.COUNTED, 2: Verdict.SUPERSEDED}
    a, b = signed(POLL, 3, (AGAINST,)), signed(POLL, 3, (FOR,))
    winner = max((a, b), key=lambda x: x.fingerprint)
    result = judge(POLL, [received(1, a), received(2, b)], ELECTORATE)
    assert result.counted[0].choices == winner.content.choices


def test_a_member_s_own_vote_overrides_their_postal_form_and_their_proxy() -> None:
    electorate = vf.electorate(proxies={3: 4})
    ballots = [received(1, vf.witnessed(POLL, 3, AGAINST), Channel.CORRESPONDENCE),
               received(2, signed(POLL, 4, (AGAINST,), on_behalf_of=3)),
               received(3, signed(POLL, 3, (FOR,)), Channel.FILE)]
    result = judge(POLL, ballots, electorate)
    assert _verdicts(result) == {1: Verdict.OVERRIDDEN, 2: Verdict.OVERRIDDEN,
                                 3: Verdict.COUNTED}
    assert result.counted == (CountedVote(3, (FOR,), Channel.FILE, 3),)
    overridden = result.verdict_of(1)
    assert overridden is not None and overridden.detail == {"by": 3}


def test_a_postal_form_overrides_the_proxy_holder_s_vote() -> None:
    electorate = vf.electorate(proxies={3: 4})
    ballots = [received(1, signed(POLL, 4, (AGAINST,), on_behalf_of=3, sequence=1)),
               received(2, signed(POLL, 4, (AGAINST,), on_behalf_of=3, sequence=2)),
               received(3, vf.witnessed(POLL, 3, FOR), Channel.CORRESPONDENCE)]
    result = judge(POLL, ballots, electorate)
    assert _verdicts(result) == {1: Verdict.OVERRIDDEN, 2: Verdict.OVERRIDDEN,
                                 3: Verdict.COUNTED}
    assert result.counted == (CountedVote(3, (FOR,), Channel.CORRESPONDENCE, 3),)


def test_the_proxy_holder_s_latest_vote_counts_for_the_principal() -> None:
    electorate = vf.electorate(proxies={3: 4})
    ballots = [received(1, signed(POLL, 4, (AGAINST,), on_behalf_of=3, sequence=1)),
               received(2, signed(POLL, 4, (FOR,), on_behalf_of=3, sequence=2)),
               received(3, signed(POLL, 4, (AGAINST,)))]
    result = judge(POLL, ballots, electorate)
    assert _verdicts(result) == {1: Verdict.SUPERSEDED, 2: Verdict.COUNTED, 3: Verdict.COUNTED}
    assert result.counted == (CountedVote(3, (FOR,), Channel.BOOTH, 2),
                              CountedVote(4, (AGAINST,), Channel.BOOTH, 3))


@pytest.mark.parametrize("presenter, direction", [(Presenter.MANAGEMENT, FOR),
                                                  (Presenter.MEMBERS, AGAINST)])
def test_a_blank_proxy_votes_for_management_and_against_the_others(presenter: Presenter,
                                                                  direction: str) -> None:
    poll = vf.open_poll(vf.resolution(presenter=presenter))
    electorate = vf.electorate(proxies={6: 1}, blank=frozenset({6}), colleges={6: "users"})
    result = judge(poll, [], electorate)
    assert result.counted == (CountedVote(6, (direction,), Channel.BLANK_PROXY, None, "users"),)
    assert result.judgements == ()


def test_a_blank_proxy_gives_no_vote_in_an_election() -> None:
    electorate = vf.electorate(proxies={6: 1}, blank=frozenset({6}))
    assert judge(ELECTION, [], electorate).counted == ()


def test_any_ballot_for_the_principal_outranks_a_blank_proxy() -> None:
    electorate = vf.electorate(proxies={6: 1, 7: 1, 8: 1}, blank=frozenset({6, 7, 8}))
    ballots = [received(1, signed(POLL, 6, (AGAINST,))),
               received(2, vf.witnessed(POLL, 7, AGAINST), Channel.CORRESPONDENCE),
               received(3, signed(POLL, 1, (AGAINST,), on_behalf_of=8))]
    result = judge(POLL, ballots, electorate)
    assert {v.principal_id: (v.channel, v.choices) for v in result.counted} == {
        6: (Channel.BOOTH, (AGAINST,)), 7: (Channel.CORRESPONDENCE, (AGAINST,)),
        8: (Channel.BOOTH, (AGAINST,))}


def test_a_blank_proxy_of_a_member_without_a_vote_gives_nothing() -> None:
    electorate = vf.electorate(voters=frozenset({1, 2, 3}), blank=frozenset({6}))
    assert judge(POLL, [], electorate).counted == ()


def test_counted_votes_carry_the_principal_s_college() -> None:
    electorate = vf.electorate(proxies={4: 3}, colleges={3: "employees", 4: "users"})
    ballots = [received(1, signed(POLL, 3, (FOR,))),
               received(2, signed(POLL, 3, (AGAINST,), on_behalf_of=4))]
    result = judge(POLL, ballots, electorate)
    assert [(v.principal_id, v.college_key) for v in result.counted] == [
        (3, "employees"), (4, "users")]


def test_the_output_is_ordered_by_ballot_and_by_principal() -> None:
    ballots = [received(i, signed(POLL, m, (FOR,))) for i, m in ((9, 2), (4, 7), (6, 5))]
    result = judge(POLL, ballots, ELECTORATE)
    assert [j.ballot_id for j in result.judgements] == [4, 6, 9]
    assert [v.principal_id for v in result.counted] == [2, 5, 7]
    assert result.verdict_of(123) is None


def test_ballots_read_from_files_are_judged_like_the_originals() -> None:
    from talagov.core.ballots import from_file, to_file

    originals = [received(i, signed(POLL, m, (FOR,))) for i, m in enumerate((2, 3, 3, 4), 1)]
    copies = [replace(r, ballot=from_file(to_file(r.ballot))) for r in originals]
    assert judge(POLL, copies, ELECTORATE) == judge(POLL, originals, ELECTORATE)


def test_each_distinct_certificate_is_checked_once(monkeypatch: pytest.MonkeyPatch) -> None:
    from talagov.core.ballots import from_file, to_file

    calls: list[int] = []
    real = c.check_member_certificate

    def counting(cert, *args, **kwargs):  # type: ignore[no-untyped-def]
        calls.append(c.member_id_of(cert) or 0)
        return real(cert, *args, **kwargs)

    monkeypatch.setattr(c, "check_member_certificate", counting)
    clear_cache()
    ballots = [received(i, from_file(to_file(signed(POLL, 1 + i % 3, (FOR,), sequence=i))))
               for i in range(1, 31)]
    result = judge(POLL, ballots, ELECTORATE)
    assert sorted(calls) == [1, 2, 3]
    assert len(result.counted) == 3
    # judged again (the next ballot file arrives): the certificates are not checked again,
    # but a revocation published meanwhile is applied
    revoked = vf.electorate(revoked=frozenset({c.serial_hex(vf.org().certs[2])}))
    again = judge(POLL, ballots, revoked)
    assert sorted(calls) == [1, 2, 3]
    assert [v.principal_id for v in again.counted] == [1, 3]


# --- properties: order does not matter, invalid ballots change nothing ----------------

PROXIES = {4: 3, 8: 1, 9: 1}
POOL_ELECTORATE = vf.electorate(proxies=PROXIES, void={10: 2}, blank=frozenset({9}),
                                colleges={m: "ab"[m % 2] for m in range(1, 13)})


def _pool() -> tuple[list[ReceivedBallot], list[ReceivedBallot]]:
    """Valid ballots of every channel with revotes, and ballots that must be rejected."""
    s = signed
    valid = [
        s(POLL, 3, (FOR,), sequence=1), s(POLL, 3, (AGAINST,), sequence=2),
        s(POLL, 3, (FOR,), on_behalf_of=4), s(POLL, 3, (AGAINST,), on_behalf_of=4, sequence=2),
        s(POLL, 4, ("abstain",)), s(POLL, 1, (FOR,), on_behalf_of=8),
        s(POLL, 1, (AGAINST,), on_behalf_of=9), s(POLL, 1, (FOR,)), s(POLL, 5, (AGAINST,)),
        s(POLL, 6, (FOR,), sequence=1), s(POLL, 6, (FOR,), sequence=1),
    ]
    channels = [Channel.BOOTH, Channel.FILE] * 6
    pool = [received(i + 1, b, channels[i]) for i, b in enumerate(valid)]
    pool += [received(20, vf.witnessed(POLL, 5, FOR), Channel.CORRESPONDENCE),
             received(21, vf.witnessed(POLL, 8, AGAINST), Channel.CORRESPONDENCE),
             received(22, valid[0])]  # a duplicate
    invalid = [
        vf.tampered(s(POLL, 7, (FOR,)), choices=(AGAINST,)),  # bad signature
        vf.tampered(s(POLL, 3, (FOR,), sequence=9), sequence=10),  # bad signature, revote
        sign_ballot(replace(vf.content(POLL, 7, (FOR,)), definition_hash="f" * 64),
                    vf.org().keys[7], vf.org().certs[7]),  # wrong definition
        s(POLL, 2, (FOR,), on_behalf_of=10),  # void proxy
        s(POLL, 5, (FOR,), on_behalf_of=4),  # no proxy
    ]
    return pool, [received(100 + i, b) for i, b in enumerate(invalid)]


POOL, INVALID = _pool()


def test_the_pool_covers_every_verdict() -> None:
    result = judge(POLL, POOL + INVALID, POOL_ELECTORATE)
    assert set(_verdicts(result).values()) == set(Verdict)
    assert all(result.verdict_of(b.id).verdict is Verdict.REJECTED  # type: ignore[union-attr]
               for b in INVALID)


BASES = Bases(participants=12, eligible=12)


@settings(max_examples=60, deadline=None)
@given(st.permutations(POOL + INVALID))
def test_the_order_of_the_ballots_does_not_change_the_judgement(order: list[ReceivedBallot]
                                                                ) -> None:
    reference = judge(POLL, POOL + INVALID, POOL_ELECTORATE)
    result = judge(POLL, order, POOL_ELECTORATE)
    assert result == reference
    assert tally(POLL.definition, result.counted, [], BASES) == \
        tally(POLL.definition, reference.counted, [], BASES)


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(POOL), unique_by=lambda r: r.id),
       st.lists(st.sampled_from(INVALID), min_size=1, unique_by=lambda r: r.id),
       st.randoms(use_true_random=False))
def test_an_invalid_ballot_changes_nothing_in_the_result(chosen: list[ReceivedBallot],
                                                         bad: list[ReceivedBallot],
                                                         rnd: random.Random) -> None:
    mixed = chosen + bad
    rnd.shuffle(mixed)
    before = judge(POLL, chosen, POOL_ELECTORATE)
    after = judge(POLL, mixed, POOL_ELECTORATE)
    assert after.counted == before.counted
    bad_ids = {b.id for b in bad}
    assert [j for j in after.judgements if j.ballot_id not in bad_ids] == list(before.judgements)
    assert all(j.verdict is Verdict.REJECTED for j in after.judgements if j.ballot_id in bad_ids)
    assert tally(POLL.definition, after.counted, [], BASES) == \
        tally(POLL.definition, before.counted, [], BASES)


def test_every_reason_and_verdict_has_a_message_in_both_languages() -> None:
    from talagov.messages import catalogue, render

    for reason in RejectReason:
        fr, en = catalogue()[f"ballot.rejected.{reason.value}"]
        assert fr.startswith("Bulletin écarté\u00a0:") and en.startswith("Ballot set aside:")
    for verdict in Verdict:
        assert render(f"ballot.verdict.{verdict.value}", lang="en") != \
            f"ballot.verdict.{verdict.value}"
