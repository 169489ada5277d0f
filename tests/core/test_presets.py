# SPDX-License-Identifier: GPL-3.0-or-later
"""Presets: the legal defaults per form, their sources, suggestions and codec round trip."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from talagov.core.floors import check_statutes, college_findings
from talagov.core.legal_forms import Family, LegalForm
from talagov.core.members import CategoryRole
from talagov.core.presets import (
    default_categories,
    default_colleges,
    preset,
    rule_path,
    statutes_paths,
)
from talagov.core.ratio import Ratio
from talagov.core.statutes import (
    Convocation,
    MajorityBase,
    MeetingKind,
    MinutesRules,
    ProxyCap,
    ProxyHolder,
    QuorumBase,
)
from talagov.core.statutes_codec import statutes_from_dict, statutes_to_dict

AGO, AGE, BOARD = MeetingKind.AGO, MeetingKind.AGE, MeetingKind.BOARD
FIRST, SECOND = Convocation.FIRST, Convocation.SECOND
CAST, PR, TOTAL = MajorityBase.CAST, MajorityBase.PRESENT_OR_REPRESENTED, MajorityBase.TOTAL


@pytest.mark.parametrize("form", list(LegalForm))
def test_every_preset_passes_its_own_floors(form: LegalForm) -> None:
    assert check_statutes(preset(form)) == ()


@pytest.mark.parametrize("form", list(LegalForm))
def test_every_preset_survives_the_codec(form: LegalForm) -> None:
    p = preset(form)
    assert statutes_from_dict(statutes_to_dict(p)) == p


@pytest.mark.parametrize("form", list(LegalForm))
def test_sources_and_suggestions_name_real_fields(form: LegalForm) -> None:
    p = preset(form)
    paths = set(statutes_paths(p))
    assert set(p.sources) <= paths
    assert p.suggested <= paths


# (form, kind, convocation, quorum, majority ratio, strict, base, notice days)
MEETINGS = [
    (LegalForm.SCIC_SA, AGO, FIRST, Ratio(1, 5), Ratio(1, 2), True, CAST, 15),
    (LegalForm.SCIC_SA, AGO, SECOND, Ratio(0, 1), Ratio(1, 2), True, CAST, 10),
    (LegalForm.SCIC_SA, AGE, FIRST, Ratio(1, 4), Ratio(2, 3), False, CAST, 15),
    (LegalForm.SCIC_SA, AGE, SECOND, Ratio(1, 5), Ratio(2, 3), False, CAST, 10),
    (LegalForm.SCOP_SARL, AGO, FIRST, Ratio(0, 1), Ratio(1, 2), True, TOTAL, 15),
    (LegalForm.SCOP_SARL, AGO, SECOND, Ratio(0, 1), Ratio(1, 2), True, CAST, 15),
    (LegalForm.SCIC_SARL, AGE, FIRST, Ratio(1, 4), Ratio(2, 3), False, PR, 15),
    (LegalForm.SCIC_SARL, AGE, SECOND, Ratio(1, 5), Ratio(2, 3), False, PR, 15),
    # SCOP-SA: unconfirmed CG Scop model quorums, majorities on votes cast (loi Soulier).
    (LegalForm.SCOP_SA, AGO, FIRST, Ratio(1, 4), Ratio(1, 2), True, CAST, 15),
    (LegalForm.SCOP_SA, AGE, FIRST, Ratio(1, 2), Ratio(2, 3), False, CAST, 15),
    (LegalForm.SCOP_SA, AGE, SECOND, Ratio(1, 4), Ratio(2, 3), False, CAST, 10),
]


@pytest.mark.parametrize(("form", "kind", "conv", "quorum", "ratio", "strict", "base", "notice"), MEETINGS)
def test_meeting_rules_follow_the_law(form: LegalForm, kind: MeetingKind, conv: Convocation,
                                      quorum: Ratio, ratio: Ratio, strict: bool,
                                      base: MajorityBase, notice: int) -> None:
    rule = preset(form).rule(kind, conv)
    assert (rule.quorum, rule.majority.ratio, rule.majority.strict, rule.majority.base,
            rule.notice_days) == (quorum, ratio, strict, base, notice)
    assert rule.quorum_base is QuorumBase.ELIGIBLE


def test_sa_board_follows_l225_37() -> None:
    rule = preset(LegalForm.SCIC_SA).rule(BOARD, FIRST)
    assert rule.quorum == Ratio(1, 2) and rule.quorum_base is QuorumBase.BODY_MEMBERS
    assert not rule.represented_count_for_quorum
    assert rule.majority.base is PR and rule.majority.strict
    assert rule.casting_vote
    assert preset(LegalForm.SCIC_SA).source(rule_path(BOARD, FIRST, "quorum")) == "C. com. L225-37"


def test_sarl_and_sas_boards_have_no_casting_vote_by_default() -> None:
    assert not preset(LegalForm.SCOP_SARL).rule(BOARD, FIRST).casting_vote
    assert not preset(LegalForm.SCIC_SAS).rule(BOARD, FIRST).casting_vote


@pytest.mark.parametrize("form", [LegalForm.SCOP_SAS, LegalForm.SCIC_SAS, LegalForm.ASSOCIATION])
def test_meetings_left_to_the_statutes_are_suggestions(form: LegalForm) -> None:
    p = preset(form)
    for kind, conv in p.meetings:
        assert rule_path(kind, conv, "quorum") in p.suggested
        assert rule_path(kind, conv, "majority.base") in p.suggested


def test_unconfirmed_scop_sa_quorums_are_suggested_with_their_source() -> None:
    p = preset(LegalForm.SCOP_SA)
    path = rule_path(AGO, FIRST, "quorum")
    assert path in p.suggested
    assert "CG Scop" in p.source(path)
    assert rule_path(AGO, FIRST, "majority.base") not in p.suggested


def test_scic_sa_legal_defaults_are_not_suggestions() -> None:
    p = preset(LegalForm.SCIC_SA)
    assert rule_path(AGO, FIRST, "quorum") not in p.suggested
    assert p.source(rule_path(AGO, FIRST, "notice_days")) == "C. com. R225-69"
    assert p.source("mandates.term_max_years") == "Loi 47-1775 art. 6"


def test_association_is_all_suggestion_and_needs_no_shares() -> None:
    p = preset(LegalForm.ASSOCIATION)
    assert p.suggested == frozenset(statutes_paths(p))
    assert p.membership.min_shares_to_vote == 0


@pytest.mark.parametrize("form", [LegalForm.SCOP_SA, LegalForm.SCOP_SARL, LegalForm.SCOP_SAS])
def test_scop_proxies(form: LegalForm) -> None:
    proxies = preset(form).proxies
    assert proxies.holder is ProxyHolder.ASSOCIATE
    assert proxies.cap is ProxyCap.SCOP_1978
    assert proxies.blank_proxies
    assert preset(form).source("proxies.cap") == "Loi 78-763 art. 14"


# domain-rules §8 tests 13-14: proxies one holder may carry besides their own vote.
@pytest.mark.parametrize(("eligible", "cap"), [(5, 1), (19, 1), (20, 1), (39, 1), (40, 2), (59, 2),
                                               (60, 3), (200, 10)])
def test_scop_proxy_cap(eligible: int, cap: int) -> None:
    assert preset(LegalForm.SCOP_SARL).proxies.max_proxies(eligible) == cap


def test_scic_sa_proxy_may_go_to_a_spouse_uncapped() -> None:
    proxies = preset(LegalForm.SCIC_SA).proxies
    assert proxies.holder is ProxyHolder.ASSOCIATE_OR_SPOUSE
    assert proxies.max_proxies(1000) is None


@pytest.mark.parametrize(("form", "minimum", "max_associates"), [
    (LegalForm.SCOP_SA, 7, 0), (LegalForm.SCOP_SARL, 2, 100), (LegalForm.SCOP_SAS, 2, 0),
])
def test_scop_composition(form: LegalForm, minimum: int, max_associates: int) -> None:
    comp = preset(form).composition
    assert comp.employee_capital_min == Ratio(51, 100)
    assert comp.employee_votes_min == Ratio(65, 100)
    assert comp.external_votes_max == Ratio(35, 100)
    assert comp.min_employee_associates == minimum
    assert comp.max_associates == max_associates
    assert preset(form).mandates.non_employee_mandates_max == Ratio(1, 3)
    assert preset(form).membership.ag_must_rule_after_months == 12


def test_scop_sarl_mandates() -> None:
    mandates = preset(LegalForm.SCOP_SARL).mandates
    assert mandates.gerant_term_max_years == 4
    assert mandates.supervisory_board_above == 20
    assert (mandates.supervisory_board_min, mandates.supervisory_board_max) == (3, 9)


def test_sa_board_mandates() -> None:
    mandates = preset(LegalForm.SCIC_SA).mandates
    assert (mandates.board_min, mandates.board_max, mandates.term_max_years) == (3, 18, 6)
    assert mandates.over_70_max == Ratio(1, 3)
    assert preset(LegalForm.SCIC_SAS).mandates.over_70_max == Ratio(1, 1)  # no L225-19 outside SA


@pytest.mark.parametrize("form", [LegalForm.SCIC_SA, LegalForm.SCIC_SARL, LegalForm.SCIC_SAS])
def test_scic_composition_and_defaults(form: LegalForm) -> None:
    comp = preset(form).composition
    assert comp.min_categories == 3 and comp.public_capital_max == Ratio(1, 2)
    assert comp.employee_capital_min is None
    roles = {c.role for c in default_categories(form)}
    assert {CategoryRole.EMPLOYEE, CategoryRole.BENEFICIARY, CategoryRole.PRODUCER,
            CategoryRole.PUBLIC_BODY} <= roles
    colleges = default_colleges(form)
    assert len(colleges) == 5
    assert college_findings(colleges) == ()
    assert preset(form).colleges == ()  # colleges are optional: adopted explicitly


@pytest.mark.parametrize("form", list(LegalForm))
def test_category_keys_are_unique_and_labelled_in_french(form: LegalForm) -> None:
    cats = default_categories(form)
    assert len({c.key for c in cats}) == len(cats)
    assert all(c.label for c in cats)
    if form.family is not Family.SCIC:
        assert default_colleges(form) == ()


@pytest.mark.parametrize("form", [LegalForm.SCOP_SARL, LegalForm.SCOP_SA])
def test_scop_categories_include_employees(form: LegalForm) -> None:
    assert default_categories(form)[0].role is CategoryRole.EMPLOYEE


# domain-rules §8 test 17: an SA AG on 30 June needs letters sent by 15 June (10 June... 20 June on 2nd).
@pytest.mark.parametrize(("sent", "conv", "ok"), [
    (date(2026, 6, 15), FIRST, True), (date(2026, 6, 16), FIRST, False),
    (date(2026, 6, 20), SECOND, True), (date(2026, 6, 21), SECOND, False),
])
def test_sa_notice_days(sent: date, conv: Convocation, ok: bool) -> None:
    notice = preset(LegalForm.SCIC_SA).rule(AGO, conv).notice_days
    assert ((date(2026, 6, 30) - sent).days >= notice) is ok


# -- who signs the minutes (K15, K16, K18; R225-23 for the SA board) -------------------


def test_minutes_rules_survive_the_codec() -> None:
    p = replace(preset(LegalForm.SCOP_SAS), minutes=MinutesRules(
        ag_secretary_signs=False, ag_scrutineers_sign=True, ag_gerants_sign=True,
        board_administrators_sign=2))
    data = statutes_to_dict(p)
    assert data["minutes"] == {"ag_secretary_signs": False, "ag_scrutineers_sign": True,
                               "ag_gerants_sign": True, "board_administrators_sign": 2}
    assert statutes_from_dict(data) == p


@pytest.mark.parametrize("form", list(LegalForm))
def test_statutes_saved_before_the_minutes_rules_load_with_the_defaults(form: LegalForm) -> None:
    data = statutes_to_dict(preset(form))
    del data["minutes"]
    assert statutes_from_dict(data).minutes == MinutesRules()
    assert MinutesRules() == MinutesRules(ag_secretary_signs=True, ag_scrutineers_sign=False,
                                          ag_gerants_sign=False, board_administrators_sign=1)


@pytest.mark.parametrize("form", [LegalForm.SCOP_SA, LegalForm.SCIC_SA])
def test_sa_minutes_are_signed_by_the_bureau(form: LegalForm) -> None:
    p = preset(form)
    assert p.minutes == MinutesRules(ag_secretary_signs=True, ag_scrutineers_sign=True,
                                     ag_gerants_sign=False, board_administrators_sign=1)
    assert p.source("minutes.ag_scrutineers_sign") == "C. com. R225-106"
    assert p.source("minutes.ag_secretary_signs") == "C. com. R225-106"
    assert p.source("minutes.board_administrators_sign") == "C. com. R225-23"
    assert not {path for path in p.suggested if path.startswith("minutes.")}


@pytest.mark.parametrize("form", [LegalForm.SCOP_SARL, LegalForm.SCIC_SARL])
def test_sarl_minutes_are_signed_by_the_gerants(form: LegalForm) -> None:
    p = preset(form)
    assert p.minutes.ag_gerants_sign and not p.minutes.ag_scrutineers_sign
    assert p.minutes.ag_secretary_signs
    assert "C. com. R223-24" in p.source("minutes.ag_gerants_sign")
    # A SARL has no board of administrators: R225-23 is not its source.
    assert "minutes.board_administrators_sign" in p.suggested
    assert p.source("minutes.board_administrators_sign") == ""


def test_scop_sarl_minutes_cite_the_cg_scop_model() -> None:
    assert "CG Scop art. 26.8" in preset(LegalForm.SCOP_SARL).source("minutes.ag_gerants_sign")
    assert "CG Scop" not in preset(LegalForm.SCIC_SARL).source("minutes.ag_gerants_sign")


@pytest.mark.parametrize("form", [LegalForm.SCOP_SAS, LegalForm.SCIC_SAS, LegalForm.ASSOCIATION])
def test_minutes_left_to_the_statutes_are_suggestions(form: LegalForm) -> None:
    p = preset(form)
    assert p.minutes == MinutesRules()
    for name in ("ag_secretary_signs", "ag_scrutineers_sign", "ag_gerants_sign",
                 "board_administrators_sign"):
        assert f"minutes.{name}" in p.suggested
        assert p.source(f"minutes.{name}") == ""


def test_the_minutes_rules_are_editable_fields() -> None:
    paths = statutes_paths(preset(LegalForm.SCIC_SA))
    assert {"minutes.ag_secretary_signs", "minutes.ag_scrutineers_sign",
            "minutes.ag_gerants_sign", "minutes.board_administrators_sign"} <= set(paths)
