# SPDX-License-Identifier: GPL-3.0-or-later
"""Statutes presets per legal form, built from the legal defaults (domain-rules §1-3).

A preset is where a new organisation starts; its own statutes then override it. Values
the law leaves to the statutes (SAS, associations, unconfirmed CG Scop models) are
listed in :attr:`Statutes.suggested`; every field carries its source in
:attr:`Statutes.sources`. Field paths are built by :func:`rule_path` and
:func:`field_path` only, because :mod:`talagov.core.floors` and the GUI refer to them.
"""

from __future__ import annotations

from dataclasses import fields, replace

from talagov.core.legal_forms import CompanyType, Family, LegalForm
from talagov.core.members import Category, CategoryRole
from talagov.core.ratio import HALF, ONE, ZERO, Ratio
from talagov.core.statutes import (
    CollegeSpec,
    CompositionRules,
    Convocation,
    MajorityBase,
    MajorityRule,
    MandateRules,
    MeetingKind,
    MeetingRule,
    MembershipRules,
    MinutesRules,
    ProxyCap,
    ProxyHolder,
    ProxyRules,
    QuorumBase,
    RuleKey,
    Statutes,
)

AGO, AGE, BOARD = MeetingKind.AGO, MeetingKind.AGE, MeetingKind.BOARD
FIRST, SECOND = Convocation.FIRST, Convocation.SECOND
CAST, PR, TOTAL = MajorityBase.CAST, MajorityBase.PRESENT_OR_REPRESENTED, MajorityBase.TOTAL

# The sub-fields of a meeting rule, as they appear in field paths.
RULE_FIELDS = (
    "quorum", "quorum_base", "majority.ratio", "majority.strict", "majority.base",
    "notice_days", "represented_count_for_quorum", "casting_vote",
)
MEETING_FIELDS = ("quorum", "majority.ratio", "majority.strict", "majority.base", "notice_days")
SECTIONS: dict[str, type] = {
    "proxies": ProxyRules, "mandates": MandateRules,
    "membership": MembershipRules, "composition": CompositionRules,
    "minutes": MinutesRules,
}

MORE_THAN_HALF = MajorityRule(HALF, True, CAST)
TWO_THIRDS = Ratio(2, 3)


def rule_path(kind: MeetingKind, convocation: Convocation, name: str) -> str:
    """The field path of one meeting-rule field, e.g. ``"meetings.ago.1.quorum"``."""
    return f"meetings.{kind.value}.{int(convocation)}.{name}"


def field_path(section: str, name: str) -> str:
    """The field path of a non-meeting field, e.g. ``"mandates.term_max_years"``."""
    return f"{section}.{name}"


def statutes_paths(statutes: Statutes) -> tuple[str, ...]:
    """Every field path of ``statutes``, in a stable order (GUI forms, suggestions)."""
    paths = [rule_path(k, c, f) for (k, c) in sorted(statutes.meetings) for f in RULE_FIELDS]
    paths += ["correspondence_allowed", "remote_allowed", "colleges", "empty_college_policy"]
    for section, cls in SECTIONS.items():
        paths += [field_path(section, f.name) for f in fields(cls)]
    return tuple(paths)


def _meeting(quorum: Ratio, majority: MajorityRule, notice: int) -> MeetingRule:
    return MeetingRule(quorum, QuorumBase.ELIGIBLE, majority, notice)


def _board(casting_vote: bool, notice: int = 3) -> MeetingRule:
    # L225-37: half the members physically present; represented ones do not count.
    return MeetingRule(
        HALF, QuorumBase.BODY_MEMBERS, MajorityRule(HALF, True, PR), notice,
        represented_count_for_quorum=False, casting_vote=casting_vote,
    )


# Legal defaults per company type (§1.1), with the article of each meeting.
_SA: dict[RuleKey, tuple[MeetingRule, str, str]] = {
    (AGO, FIRST): (_meeting(Ratio(1, 5), MORE_THAN_HALF, 15), "C. com. L225-98", "C. com. R225-69"),
    (AGO, SECOND): (_meeting(ZERO, MORE_THAN_HALF, 10), "C. com. L225-98", "C. com. R225-69"),
    (AGE, FIRST): (_meeting(Ratio(1, 4), MajorityRule(TWO_THIRDS, False, CAST), 15),
                   "C. com. L225-96", "C. com. R225-69"),
    (AGE, SECOND): (_meeting(Ratio(1, 5), MajorityRule(TWO_THIRDS, False, CAST), 10),
                    "C. com. L225-96", "C. com. R225-69"),
    (BOARD, FIRST): (_board(True), "C. com. L225-37", "Statuts"),
}
_SARL: dict[RuleKey, tuple[MeetingRule, str, str]] = {
    (AGO, FIRST): (_meeting(ZERO, MajorityRule(HALF, True, TOTAL), 15),
                   "C. com. L223-29", "C. com. R223-20"),
    (AGO, SECOND): (_meeting(ZERO, MORE_THAN_HALF, 15), "C. com. L223-29", "C. com. R223-20"),
    (AGE, FIRST): (_meeting(Ratio(1, 4), MajorityRule(TWO_THIRDS, False, PR), 15),
                   "C. com. L223-30", "C. com. R223-20"),
    (AGE, SECOND): (_meeting(Ratio(1, 5), MajorityRule(TWO_THIRDS, False, PR), 15),
                    "C. com. L223-30", "C. com. R223-20"),
    (BOARD, FIRST): (_board(False), "Statuts", "Statuts"),
}
# Unconfirmed CG Scop SA/SAS model quorums (§1.3 [L]): shipped as suggestions only.
_SCOP_MODEL_QUORUMS = {
    (AGO, FIRST): Ratio(1, 4), (AGO, SECOND): ZERO,
    (AGE, FIRST): Ratio(1, 2), (AGE, SECOND): Ratio(1, 4),
}
_ASSOCIATION: dict[RuleKey, tuple[MeetingRule, str, str]] = {
    (AGO, FIRST): (_meeting(ZERO, MORE_THAN_HALF, 15), "Statuts", "Statuts"),
    (AGE, FIRST): (_meeting(Ratio(1, 4), MajorityRule(TWO_THIRDS, False, CAST), 15),
                   "Statuts", "Statuts"),
    (AGE, SECOND): (_meeting(ZERO, MajorityRule(TWO_THIRDS, False, CAST), 15),
                    "Statuts", "Statuts"),
    (BOARD, FIRST): (_board(True, notice=7), "Statuts", "Statuts"),
}
_MIN_EMPLOYEE_ASSOCIATES = {CompanyType.SA: 7, CompanyType.SARL: 2, CompanyType.SAS: 2}


def _meetings(form: LegalForm) -> tuple[dict[RuleKey, MeetingRule], dict[str, str], set[str]]:
    ctype = form.company_type
    table = {CompanyType.SARL: _SARL, CompanyType.ASSOCIATION: _ASSOCIATION}.get(ctype, _SA)
    meetings: dict[RuleKey, MeetingRule] = {}
    sources: dict[str, str] = {}
    suggested: set[str] = set()
    for (kind, conv), (rule, article, notice_article) in table.items():
        if form.family is Family.SCOP and kind is not BOARD and ctype is not CompanyType.SARL:
            rule = MeetingRule(_SCOP_MODEL_QUORUMS[(kind, conv)], rule.quorum_base,
                               rule.majority, rule.notice_days)
            suggested.add(rule_path(kind, conv, "quorum"))
        if kind is BOARD and ctype is CompanyType.SAS:
            # V6: outside an SA board, the chair decides a tie only if the statutes say so.
            rule = replace(rule, casting_vote=False)
        meetings[(kind, conv)] = rule
        for name in RULE_FIELDS:
            sources[rule_path(kind, conv, name)] = article
        sources[rule_path(kind, conv, "notice_days")] = notice_article
        if ctype in (CompanyType.SAS, CompanyType.ASSOCIATION):
            suggested |= {rule_path(kind, conv, f) for f in RULE_FIELDS}
        elif kind is BOARD:
            # The law sets no notice for a board, and only the SA board's voting rules.
            suggested.add(rule_path(kind, conv, "notice_days"))
            if ctype is not CompanyType.SA:
                suggested |= {rule_path(kind, conv, f) for f in RULE_FIELDS}
    if ctype is CompanyType.SAS:
        for key, value in sources.items():
            sources[key] = "C. com. L227-9 (statuts)" if value.startswith("C. com.") else value
    if ctype is CompanyType.SA:
        for kind in (AGO, AGE):
            for conv in (FIRST, SECOND):
                sources[rule_path(kind, conv, "majority.base")] = "C. com. L225-96/98 (loi 2019-744)"
    if form.family is Family.SCOP and ctype is not CompanyType.SARL:
        for key in suggested:
            if key.endswith(".quorum"):
                sources[key] = "Modèle de statuts CG Scop (à vérifier)"
    return meetings, sources, suggested


def _proxies(form: LegalForm) -> tuple[ProxyRules, str]:
    if form.family is Family.SCOP:
        return ProxyRules(ProxyHolder.ASSOCIATE, ProxyCap.SCOP_1978), "Loi 78-763 art. 14"
    if form is LegalForm.SCIC_SA:
        return ProxyRules(ProxyHolder.ASSOCIATE_OR_SPOUSE, ProxyCap.NONE), "C. com. L225-106 I"
    if form is LegalForm.SCIC_SARL:
        return (ProxyRules(ProxyHolder.ASSOCIATE_OR_SPOUSE, ProxyCap.NONE, blank_proxies=False),
                "C. com. L223-28")
    if form is LegalForm.SCIC_SAS:
        return ProxyRules(ProxyHolder.ASSOCIATE, ProxyCap.NONE), "C. com. L227-9 (statuts)"
    return ProxyRules(ProxyHolder.ASSOCIATE, ProxyCap.FIXED, cap_value=2), "Statuts"


def _mandates(form: LegalForm) -> MandateRules:
    sa = form.company_type is CompanyType.SA
    scop = form.family is Family.SCOP
    scop_sarl = form is LegalForm.SCOP_SARL
    return MandateRules(
        # Only L225-19 caps the over-70s, and only in an SA: elsewhere 1/1 disables it.
        over_70_max=Ratio(1, 3) if sa else ONE,
        gerant_term_max_years=4 if scop_sarl else 0,
        supervisory_board_above=20 if scop_sarl else 0,
        non_employee_mandates_max=Ratio(1, 3) if scop else None,
    )


def _composition(form: LegalForm) -> CompositionRules:
    ctype, family = form.company_type, form.family
    max_associates = 100 if ctype is CompanyType.SARL else 0
    if family is Family.SCOP:
        return CompositionRules(
            employee_capital_min=Ratio(51, 100), employee_votes_min=Ratio(65, 100),
            external_votes_max=Ratio(35, 100), max_associates=max_associates,
            min_employee_associates=_MIN_EMPLOYEE_ASSOCIATES[ctype],
        )
    if family is Family.SCIC:
        return CompositionRules(min_categories=3, public_capital_max=HALF,
                                max_associates=max_associates)
    return CompositionRules()


_SECTION_SOURCES: dict[str, str] = {
    "mandates.term_max_years": "Loi 47-1775 art. 6",
    "correspondence_allowed": "Loi 47-1775 art. 10",
    "remote_allowed": "Loi 47-1775 art. 10",
}
_SCOP_SOURCES: dict[str, str] = {
    "mandates.non_employee_mandates_max": "Loi 78-763 art. 15",
    "membership.ag_must_rule_after_months": "Loi 78-763 art. 7-8",
    "membership.employee_application_months": "Loi 78-763 art. 9",
    "membership.min_shares_to_vote": "Loi 78-763 art. 12",
    "membership.suspension_after_notice_days": "Modèle de statuts CG Scop art. 27",
    "composition.employee_capital_min": "Loi 78-763 ; service-public F31328",
    "composition.employee_votes_min": "Loi 78-763 ; service-public F31328",
    "composition.external_votes_max": "Loi 47-1775 art. 3 bis",
    "composition.min_employee_associates": "Loi 78-763 art. 5",
}
_SCIC_SOURCES: dict[str, str] = {
    "composition.min_categories": "Loi 47-1775 art. 19 septies",
    "composition.public_capital_max": "Loi 47-1775 art. 19 septies",
    "composition.college_min": "Loi 47-1775 art. 19 octies",
    "composition.college_max": "Loi 47-1775 art. 19 octies",
    "composition.min_colleges": "Loi 47-1775 art. 19 octies",
    "colleges": "Loi 47-1775 art. 19 octies",
}
_SA_SOURCES: dict[str, str] = {
    "mandates.board_min": "C. com. L225-17",
    "mandates.board_max": "C. com. L225-17",
    "mandates.over_70_max": "C. com. L225-19",
    "correspondence_allowed": "C. com. L225-107 I",
}
_SCOP_SARL_SOURCES: dict[str, str] = {
    "mandates.gerant_term_max_years": "Loi 78-763 art. 16",
    "mandates.supervisory_board_above": "Loi 78-763 art. 16",
    "mandates.supervisory_board_min": "Loi 78-763 art. 16",
    "mandates.supervisory_board_max": "Loi 78-763 art. 16",
    "composition.max_associates": "C. com. L223-3",
}


def _minutes(form: LegalForm) -> MinutesRules:
    ctype = form.company_type
    return MinutesRules(ag_scrutineers_sign=ctype is CompanyType.SA,
                        ag_gerants_sign=ctype is CompanyType.SARL)


def _minutes_sources(form: LegalForm) -> dict[str, str]:
    ag = {CompanyType.SA: "C. com. R225-106", CompanyType.SARL: "C. com. R223-24"}.get(
        form.company_type, "")
    if form is LegalForm.SCOP_SARL:
        ag = "C. com. R223-24 ; modèle de statuts CG Scop art. 26.8"
    out: dict[str, str] = {}
    # R225-23 is the SA's board; elsewhere the board (or the gérance) follows the statutes.
    if form.company_type is CompanyType.SA:
        out["minutes.board_administrators_sign"] = "C. com. R225-23"
    # R225-106: the bureau signs (chair, scrutineers, secretary). R223-24: the gérants
    # and the chair; the secretary's signature is then the statutes' choice (suggested).
    names = ("ag_secretary_signs", "ag_scrutineers_sign", "ag_gerants_sign") if (
        form.company_type is CompanyType.SA) else ("ag_scrutineers_sign", "ag_gerants_sign")
    if ag:
        out |= {f"minutes.{n}": ag for n in names}
    return out


def preset(form: LegalForm) -> Statutes:
    """The default statutes of ``form``, to be adjusted to the organisation's own.

    Args:
        form: one of the seven legal forms.

    Returns:
        Statutes at or above every legal floor of :func:`talagov.core.floors.check_statutes`,
        with sources filled in and the law-silent fields listed in ``suggested``.
    """
    meetings, sources, suggested = _meetings(form)
    proxies, proxy_source = _proxies(form)
    statutes = Statutes(
        form=form, meetings=meetings, proxies=proxies,
        correspondence_allowed=True, remote_allowed=True,
        mandates=_mandates(form),
        membership=MembershipRules(
            ag_must_rule_after_months=12 if form.family is Family.SCOP else 0,
            # Associations have no shares: every member in good standing votes.
            min_shares_to_vote=0 if form is LegalForm.ASSOCIATION else 1,
        ),
        composition=_composition(form),
        minutes=_minutes(form),
    )
    all_paths = statutes_paths(statutes)
    for name in (f.name for f in fields(ProxyRules)):
        sources[field_path("proxies", name)] = proxy_source
    if form is LegalForm.ASSOCIATION:
        return _finish(statutes, set(all_paths), sources)
    sources.update(_SECTION_SOURCES)
    if form.company_type is CompanyType.SA:
        sources.update(_SA_SOURCES)
    if form.family is Family.SCOP:
        sources.update(_SCOP_SOURCES)
    if form is LegalForm.SCOP_SARL:
        sources.update(_SCOP_SARL_SOURCES)
    elif form.company_type is CompanyType.SARL:
        sources["composition.max_associates"] = "C. com. L223-3"
    if form.family is Family.SCIC:
        sources.update(_SCIC_SOURCES)
    sources.update(_minutes_sources(form))
    # Whatever no article fixes is a suggestion (board sizes outside an SA, delays...).
    suggested |= {p for p in all_paths if not p.startswith("meetings.") and p not in sources}
    suggested |= {"remote_allowed", "membership.employee_application_months",
                  "membership.suspension_after_notice_days"}
    if form.company_type is not CompanyType.SA:
        suggested.add("correspondence_allowed")
    if form.company_type is not CompanyType.SARL or form.family is not Family.SCOP:
        suggested.add("proxies.blank_proxies")
    if form.family is Family.SCIC and form is not LegalForm.SCIC_SA:
        suggested |= {field_path("proxies", f.name) for f in fields(ProxyRules)}
    return _finish(statutes, suggested, sources)


def _finish(statutes: Statutes, suggested: set[str], sources: dict[str, str]) -> Statutes:
    return replace(statutes, suggested=frozenset(suggested), sources=dict(sorted(sources.items())))


_SCOP_CATEGORIES = (
    Category("salarie", "Associés salariés", CategoryRole.EMPLOYEE),
    Category("ancien_salarie", "Anciens salariés associés", CategoryRole.OTHER),
    Category("externe", "Associés extérieurs", CategoryRole.PARTNER),
)
_SCIC_CATEGORIES = (
    Category("salaries", "Salariés", CategoryRole.EMPLOYEE),
    Category("beneficiaires", "Bénéficiaires", CategoryRole.BENEFICIARY),
    Category("producteurs", "Producteurs", CategoryRole.PRODUCER),
    Category("benevoles", "Bénévoles", CategoryRole.VOLUNTEER),
    Category("collectivites", "Collectivités publiques", CategoryRole.PUBLIC_BODY),
    Category("partenaires", "Partenaires", CategoryRole.PARTNER),
    Category("fondateurs", "Fondateurs", CategoryRole.FOUNDER),
)
_ASSOCIATION_CATEGORIES = (
    Category("actif", "Membres actifs", CategoryRole.OTHER),
    Category("fondateur", "Membres fondateurs", CategoryRole.FOUNDER),
    Category("bienfaiteur", "Membres bienfaiteurs", CategoryRole.PARTNER),
)
# Five colleges, each between 10 % and 50 % (art. 19 octies); weights sum to 100.
_SCIC_COLLEGES = (
    CollegeSpec("salaries", "Collège des salariés", 30),
    CollegeSpec("beneficiaires", "Collège des bénéficiaires", 25),
    CollegeSpec("partenaires", "Collège des partenaires", 15),
    CollegeSpec("collectivites", "Collège des collectivités publiques", 15),
    CollegeSpec("soutiens", "Collège des bénévoles et soutiens", 15),
)


def default_categories(form: LegalForm) -> tuple[Category, ...]:
    """The categories a new organisation of ``form`` starts with (labels in French)."""
    if form.family is Family.SCOP:
        return _SCOP_CATEGORIES
    if form.family is Family.SCIC:
        return _SCIC_CATEGORIES
    return _ASSOCIATION_CATEGORIES


def default_colleges(form: LegalForm) -> tuple[CollegeSpec, ...]:
    """Suggested voting colleges: five for a SCIC, none otherwise.

    Colleges are optional even in a SCIC, so :func:`preset` leaves them out; the
    organisation adopts these only if its statutes define colleges.
    """
    return _SCIC_COLLEGES if form.family is Family.SCIC else ()
