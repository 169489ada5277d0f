# SPDX-License-Identifier: GPL-3.0-or-later
"""Who signs the minutes: the proposal follows the statutes' rule and the bureau, and the
check says which signature a chosen list still lacks."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from talagov.core.legal_forms import LegalForm
from talagov.core.meetings import MeetingType
from talagov.core.minutes_signers import Bureau, Missing, Signer, SignerRole, check, plan
from talagov.core.presets import preset
from talagov.core.statutes import MinutesRules

CHAIR, SECRETARY, SCRUTINEER = SignerRole.CHAIR, SignerRole.SECRETARY, SignerRole.SCRUTINEER
GERANT, ADMIN = SignerRole.GERANT, SignerRole.ADMINISTRATOR
AGO, AGE, BOARD, OTHER = MeetingType.AGO, MeetingType.AGE, MeetingType.BOARD, MeetingType.OTHER

SARL = preset(LegalForm.SCOP_SARL).minutes
SA = preset(LegalForm.SCIC_SA).minutes
SAS = preset(LegalForm.SCOP_SAS).minutes


def test_scop_sarl_ag_the_gerant_who_chairs_signs_once() -> None:
    bureau = Bureau(chair_id=1, secretary_id=2, gerant_ids=(1,))
    signers = plan(AGO, SARL, bureau)
    assert signers == (Signer(1, CHAIR), Signer(2, SECRETARY))
    assert check(AGO, SARL, bureau, signers) == ()


def test_sarl_ag_every_gerant_signs() -> None:
    bureau = Bureau(chair_id=1, secretary_id=2, gerant_ids=(1, 3))
    signers = plan(AGO, SARL, bureau)
    assert signers == (Signer(1, CHAIR), Signer(2, SECRETARY), Signer(3, GERANT))
    assert check(AGO, SARL, bureau, signers[:2]) == (Missing(GERANT, 1),)


def test_sarl_gerant_as_secretary_counts_for_both() -> None:
    bureau = Bureau(chair_id=1, secretary_id=3, gerant_ids=(1, 3))
    signers = plan(AGE, SARL, bureau)
    assert signers == (Signer(1, CHAIR), Signer(3, SECRETARY))
    assert check(AGE, SARL, bureau, signers) == ()


def test_sa_ag_the_whole_bureau_signs() -> None:
    bureau = Bureau(chair_id=1, secretary_id=4, scrutineer_ids=(2, 3), gerant_ids=(9,))
    signers = plan(AGO, SA, bureau)
    assert signers == (Signer(1, CHAIR), Signer(4, SECRETARY), Signer(2, SCRUTINEER),
                       Signer(3, SCRUTINEER))
    assert check(AGO, SA, bureau, signers) == ()
    assert check(AGO, SA, bureau, signers[:3]) == (Missing(SCRUTINEER, 1),)


def test_sa_ag_without_scrutineers_still_needs_one() -> None:
    bureau = Bureau(chair_id=1, secretary_id=4)
    assert plan(AGO, SA, bureau) == (Signer(1, CHAIR), Signer(4, SECRETARY))
    assert check(AGO, SA, bureau, plan(AGO, SA, bureau)) == (Missing(SCRUTINEER, 1),)


def test_sas_ag_chair_and_secretary() -> None:
    bureau = Bureau(chair_id=1, secretary_id=2, scrutineer_ids=(3, 4), gerant_ids=(5,))
    assert plan(AGO, SAS, bureau) == (Signer(1, CHAIR), Signer(2, SECRETARY))
    assert check(AGO, SAS, bureau, plan(AGO, SAS, bureau)) == ()


@pytest.mark.parametrize("rules", [SA, SARL, SAS])
def test_board_chair_and_the_first_attending_administrator(rules: MinutesRules) -> None:
    bureau = Bureau(chair_id=1, secretary_id=2, scrutineer_ids=(3,), gerant_ids=(4,),
                    administrator_ids=(1, 7, 5))
    signers = plan(BOARD, rules, bureau)
    assert signers == (Signer(1, CHAIR), Signer(7, ADMIN))
    assert check(BOARD, rules, bureau, signers) == ()
    assert check(BOARD, rules, bureau, signers[:1]) == (Missing(ADMIN, 1),)


def test_board_two_administrators_when_the_statutes_say_so() -> None:
    rules = MinutesRules(board_administrators_sign=2)
    bureau = Bureau(chair_id=1, administrator_ids=(5, 6, 7))
    assert plan(BOARD, rules, bureau) == (Signer(1, CHAIR), Signer(5, ADMIN), Signer(6, ADMIN))
    assert check(BOARD, rules, bureau, [Signer(1, CHAIR), Signer(6, ADMIN)]) == (
        Missing(ADMIN, 1),)


def test_board_with_the_chair_alone_lacks_an_administrator() -> None:
    bureau = Bureau(chair_id=1, administrator_ids=(1,))
    assert plan(BOARD, SA, bureau) == (Signer(1, CHAIR),)
    assert check(BOARD, SA, bureau, plan(BOARD, SA, bureau)) == (Missing(ADMIN, 1),)


def test_board_rules_with_no_administrator_need_the_chair_alone() -> None:
    rules = MinutesRules(board_administrators_sign=0)
    bureau = Bureau(chair_id=1, administrator_ids=(2,))
    assert plan(BOARD, rules, bureau) == (Signer(1, CHAIR),)
    assert check(BOARD, rules, bureau, [Signer(1, CHAIR)]) == ()


@pytest.mark.parametrize("rules", [SA, SARL, SAS])
def test_working_group_chair_alone(rules: MinutesRules) -> None:
    bureau = Bureau(chair_id=1, secretary_id=2, scrutineer_ids=(3,), gerant_ids=(4,),
                    administrator_ids=(5,))
    assert plan(OTHER, rules, bureau) == (Signer(1, CHAIR),)
    assert check(OTHER, rules, bureau, [Signer(1, CHAIR)]) == ()
    assert check(OTHER, rules, bureau, []) == (Missing(CHAIR, 1),)


def test_no_chair_picked_is_reported() -> None:
    bureau = Bureau(chair_id=None, secretary_id=2)
    assert plan(AGO, SAS, bureau) == (Signer(2, SECRETARY),)
    assert check(AGO, SAS, bureau, plan(AGO, SAS, bureau)) == (Missing(CHAIR, 1),)
    # Someone picked by hand as chair fills the place.
    assert check(AGO, SAS, bureau, [Signer(3, CHAIR), Signer(2, SECRETARY)]) == ()


def test_a_secretary_who_is_not_a_member_is_missing() -> None:
    bureau = Bureau(chair_id=1, secretary_id=None)
    assert plan(AGO, SAS, bureau) == (Signer(1, CHAIR),)
    assert check(AGO, SAS, bureau, plan(AGO, SAS, bureau)) == (Missing(SECRETARY, 1),)
    assert check(AGO, SAS, bureau, [Signer(1, CHAIR), Signer(6, SECRETARY)]) == ()


def test_statutes_that_do_not_ask_for_the_secretary() -> None:
    rules = MinutesRules(ag_secretary_signs=False)
    bureau = Bureau(chair_id=1, secretary_id=2)
    assert plan(AGO, rules, bureau) == (Signer(1, CHAIR),)
    assert check(AGO, rules, bureau, [Signer(1, CHAIR)]) == ()


def test_a_member_listed_twice_counts_once() -> None:
    rules = MinutesRules(board_administrators_sign=2)
    bureau = Bureau(chair_id=1, administrator_ids=(5, 6))
    twice = [Signer(1, CHAIR), Signer(5, ADMIN), Signer(5, ADMIN)]
    assert check(BOARD, rules, bureau, twice) == (Missing(ADMIN, 1),)
    bureau_sa = Bureau(chair_id=1, secretary_id=4, scrutineer_ids=(2, 3))
    assert check(AGO, SA, bureau_sa, [Signer(1, CHAIR), Signer(4, SECRETARY),
                                      Signer(2, SCRUTINEER), Signer(2, SCRUTINEER)]) == (
        Missing(SCRUTINEER, 1),)


def test_the_chair_is_not_their_own_administrator() -> None:
    # R225-23: the chair *and* an administrator; one person signing in both capacities
    # leaves the board's minutes with one signature.
    bureau = Bureau(chair_id=1, administrator_ids=(1, 5))
    assert check(BOARD, SA, bureau, [Signer(1, CHAIR), Signer(1, ADMIN)]) == (Missing(ADMIN, 1),)


def test_one_person_fills_one_place_of_the_sa_bureau() -> None:
    bureau = Bureau(chair_id=1, secretary_id=4, scrutineer_ids=(2, 3))
    chosen = [Signer(1, CHAIR), Signer(4, SECRETARY), Signer(4, SCRUTINEER), Signer(3, SCRUTINEER)]
    assert check(AGO, SA, bureau, chosen) == (Missing(SCRUTINEER, 1),)
    # The chair listed only as secretary: they chair; the secretary's place stays empty.
    assert check(AGO, SAS, Bureau(chair_id=1), [Signer(1, SECRETARY)]) == (Missing(SECRETARY, 1),)


def test_a_chair_missing_from_the_list_is_reported_with_the_rest() -> None:
    bureau = Bureau(chair_id=1, secretary_id=4, scrutineer_ids=(2, 3))
    assert check(AGO, SA, bureau, []) == (Missing(CHAIR, 1), Missing(SECRETARY, 1),
                                           Missing(SCRUTINEER, 2))


people = st.integers(1, 30)


@settings(max_examples=200)
@given(st.sampled_from(list(MeetingType)), st.booleans(), st.booleans(), st.booleans(),
       st.integers(0, 3), st.lists(people, min_size=12, max_size=12, unique=True),
       st.integers(0, 3), st.integers(0, 3), st.integers(0, 4))
def test_the_proposal_is_complete_when_the_bureau_is(
        meeting_type: MeetingType, secretary: bool, scrutineers: bool, gerants: bool,
        administrators: int, ids: list[int], n_scrutineers: int, n_gerants: int,
        n_admins: int) -> None:
    rules = MinutesRules(secretary, scrutineers, gerants, administrators)
    # Distinct people in each place (the gérants may chair); enough of each.
    chair, secretary_id, rest = ids[0], ids[1], ids[2:]
    bureau = Bureau(chair_id=chair, secretary_id=secretary_id,
                    scrutineer_ids=tuple(rest[:max(1, n_scrutineers)]),
                    gerant_ids=(chair, *rest[3:3 + n_gerants]),
                    administrator_ids=(chair, *rest[6:6 + max(administrators, n_admins)]))
    signers = plan(meeting_type, rules, bureau)
    assert check(meeting_type, rules, bureau, signers) == ()
    assert signers[0] == Signer(chair, CHAIR)
    assert len({s.member_id for s in signers}) == len(signers)
    # Leaving out anyone but a gérant the chair already covers makes the list incomplete.
    for i in range(1, len(signers)):
        shorter = signers[:i] + signers[i + 1:]
        assert check(meeting_type, rules, bureau, shorter) != ()
