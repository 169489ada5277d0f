# SPDX-License-Identifier: GPL-3.0-or-later
"""Legal floors of the statutes: values the statutes may raise but not lower.

:func:`check_statutes` compares statutes with the law of their legal form
(domain-rules §1, §2, §3, §5) and returns one VIOLATION finding per value out of
bounds. Values the law leaves to the statutes (SAS meetings, associations) are not
floors, except the general cooperative rules (1947 law art. 6 and 19 octies).
Field paths come from :mod:`talagov.core.presets`, so the GUI can point at the field.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

from talagov.core.findings import Finding, Severity
from talagov.core.legal_forms import CompanyType, Family, LegalForm
from talagov.core.presets import AGE, AGO, BOARD, CAST, FIRST, PR, SECOND, TOTAL, rule_path
from talagov.core.ratio import HALF, ONE, ZERO, Ratio
from talagov.core.statutes import (
    CollegeSpec,
    Convocation,
    MajorityBase,
    MajorityRule,
    MeetingKind,
    MeetingRule,
    ProxyCap,
    ProxyHolder,
    RuleKey,
    Statutes,
)


@dataclass(frozen=True)
class MeetingFloor:
    """The least demanding rule the law allows for one meeting and convocation.

    Attributes:
        exact_base: the majority base may not be changed at all (SA: loi Soulier).
        board: an SA board, where represented members never count for the quorum.
    """

    quorum: Ratio
    majority: MajorityRule
    notice_days: int
    source: str
    notice_source: str
    exact_base: bool = False
    board: bool = False


_MORE_THAN_HALF_CAST = MajorityRule(HALF, True, CAST)
_SA_AG = "C. com. L225-96/98 (loi 2019-744)"
_MEETING_FLOORS: dict[CompanyType, dict[RuleKey, MeetingFloor]] = {
    CompanyType.SA: {
        (AGO, FIRST): MeetingFloor(Ratio(1, 5), _MORE_THAN_HALF_CAST, 15, _SA_AG, "C. com. R225-69", True),
        (AGO, SECOND): MeetingFloor(ZERO, _MORE_THAN_HALF_CAST, 10, _SA_AG, "C. com. R225-69", True),
        (AGE, FIRST): MeetingFloor(Ratio(1, 4), MajorityRule(Ratio(2, 3), False, CAST), 15,
                                   _SA_AG, "C. com. R225-69", True),
        (AGE, SECOND): MeetingFloor(Ratio(1, 5), MajorityRule(Ratio(2, 3), False, CAST), 10,
                                    _SA_AG, "C. com. R225-69", True),
        (BOARD, FIRST): MeetingFloor(HALF, MajorityRule(HALF, True, PR), 0,
                                     "C. com. L225-37", "", board=True),
    },
    CompanyType.SARL: {
        (AGO, FIRST): MeetingFloor(ZERO, MajorityRule(HALF, True, TOTAL), 15,
                                   "C. com. L223-29", "C. com. R223-20"),
        (AGO, SECOND): MeetingFloor(ZERO, _MORE_THAN_HALF_CAST, 15, "C. com. L223-29", "C. com. R223-20"),
        (AGE, FIRST): MeetingFloor(Ratio(1, 4), MajorityRule(Ratio(2, 3), False, PR), 15,
                                   "C. com. L223-30", "C. com. R223-20"),
        (AGE, SECOND): MeetingFloor(Ratio(1, 5), MajorityRule(Ratio(2, 3), False, PR), 15,
                                    "C. com. L223-30", "C. com. R223-20"),
    },
}
# A base later in this order counts abstentions or absentees as "against": stricter.
_BASE_RANK = {MajorityBase.CAST: 0, MajorityBase.PRESENT_OR_REPRESENTED: 1, MajorityBase.TOTAL: 2}

COLLEGES_SOURCE = "Loi 47-1775 art. 19 octies"
TENTH = Ratio(1, 10)
_SCOP = frozenset(f for f in LegalForm if f.family is Family.SCOP)
_SCIC = frozenset(f for f in LegalForm if f.family is Family.SCIC)
_COOPS = _SCOP | _SCIC
_SA = frozenset(f for f in LegalForm if f.company_type is CompanyType.SA)
_SARL = frozenset(f for f in LegalForm if f.company_type is CompanyType.SARL)


@dataclass(frozen=True)
class Bound:
    """A statutes setting bounded by law.

    ``required`` is a minimum when ``at_least`` else a maximum; ``None`` (or 0 for
    counts, where 0 means "no limit") in the statutes is a missing limit when
    ``needed``.
    """

    path: str
    forms: frozenset[LegalForm]
    required: Callable[[LegalForm], Ratio | int]
    at_least: bool
    source: str
    needed: bool = True


def _const(value: Ratio | int) -> Callable[[LegalForm], Ratio | int]:
    return lambda _form: value


_MIN_EMPLOYEE_ASSOCIATES = {CompanyType.SA: 7, CompanyType.SARL: 2, CompanyType.SAS: 2}
BOUNDS: tuple[Bound, ...] = (
    Bound("composition.employee_capital_min", _SCOP, _const(Ratio(51, 100)), True,
          "Loi 78-763 ; service-public F31328"),
    Bound("composition.employee_votes_min", _SCOP, _const(Ratio(65, 100)), True,
          "Loi 78-763 ; service-public F31328"),
    Bound("composition.external_votes_max", _SCOP, _const(Ratio(35, 100)), False, "Loi 47-1775 art. 3 bis"),
    Bound("composition.min_employee_associates", _SCOP,
          lambda form: _MIN_EMPLOYEE_ASSOCIATES[form.company_type], True, "Loi 78-763 art. 5"),
    Bound("composition.max_associates", _SARL, _const(100), False, "C. com. L223-3"),
    Bound("composition.min_categories", _SCIC, _const(3), True, "Loi 47-1775 art. 19 septies"),
    Bound("composition.public_capital_max", _SCIC, _const(HALF), False, "Loi 47-1775 art. 19 septies"),
    Bound("composition.college_min", _SCIC, _const(Ratio(1, 10)), True, "Loi 47-1775 art. 19 octies"),
    Bound("composition.college_max", _SCIC, _const(HALF), False, "Loi 47-1775 art. 19 octies"),
    Bound("composition.min_colleges", _SCIC, _const(3), True, "Loi 47-1775 art. 19 octies"),
    Bound("mandates.term_max_years", _COOPS, _const(6), False, "Loi 47-1775 art. 6"),
    Bound("mandates.gerant_term_max_years", frozenset({LegalForm.SCOP_SARL}), _const(4), False,
          "Loi 78-763 art. 16"),
    Bound("mandates.board_min", _SA, _const(3), True, "C. com. L225-17"),
    Bound("mandates.board_max", _SA, _const(18), False, "C. com. L225-17"),
    Bound("mandates.non_employee_mandates_max", _SCOP, _const(Ratio(1, 3)), False, "Loi 78-763 art. 15"),
    Bound("mandates.supervisory_board_above", frozenset({LegalForm.SCOP_SARL}), _const(20), False,
          "Loi 78-763 art. 16"),
    Bound("mandates.supervisory_board_min", frozenset({LegalForm.SCOP_SARL}), _const(3), True,
          "Loi 78-763 art. 16"),
    Bound("mandates.supervisory_board_max", frozenset({LegalForm.SCOP_SARL}), _const(9), False,
          "Loi 78-763 art. 16"),
    Bound("membership.ag_must_rule_after_months", _SCOP, _const(12), False, "Loi 78-763 art. 7-8"),
)


def _value(statutes: Statutes, path: str) -> Any:
    section, name = path.split(".")
    return getattr(getattr(statutes, section), name)


def _violation(code: str, source: str, path: str, **params: Any) -> Finding:
    return Finding(code, Severity.VIOLATION, source, params, path)


def _check_bound(statutes: Statutes, bound: Bound) -> Iterator[Finding]:
    actual = _value(statutes, bound.path)
    required = bound.required(statutes.form)
    code = f"floor.{bound.path}"
    # Counts use 0 for "no limit": for a maximum that is a missing limit, not a low value.
    if actual is None or (actual == 0 and not bound.at_least and isinstance(required, int)):
        if bound.needed:
            yield _violation(f"{code}.missing", bound.source, bound.path, required=required)
        return
    if isinstance(actual, Ratio) and isinstance(required, Ratio):
        sign = actual.compare(required)
    else:
        sign = (actual > required) - (actual < required)
    if (sign < 0) if bound.at_least else (sign > 0):
        yield _violation(code, bound.source, bound.path, actual=actual, required=required)


def _majority_findings(kind: MeetingKind, conv: Convocation, rule: MeetingRule,
                       floor: MeetingFloor) -> Iterator[Finding]:
    path, n = rule_path(kind, conv, "majority.base"), int(conv)
    actual, law = rule.majority, floor.majority
    wrong_base = (actual.base is not law.base if floor.exact_base
                  else _BASE_RANK[actual.base] < _BASE_RANK[law.base])
    if wrong_base:
        yield _violation(f"floor.{kind.value}.majority_base_{law.base.value}", floor.source, path,
                         convocation=n, actual=actual.base.value, required=law.base.value)
    ratio_path = path.replace("majority.base", "majority.ratio")
    sign = actual.ratio.compare(law.ratio)
    if sign < 0:
        yield _violation(f"floor.{kind.value}.majority", floor.source, ratio_path,
                         convocation=n, actual=actual.ratio, required=law.ratio)
    elif sign == 0 and law.strict and not actual.strict:
        yield _violation(f"floor.{kind.value}.majority_strict", floor.source,
                         path.replace("majority.base", "majority.strict"),
                         convocation=n, required=law.ratio)


def _meeting_findings(statutes: Statutes, key: RuleKey, floor: MeetingFloor) -> Iterator[Finding]:
    kind, conv = key
    rule = statutes.meetings.get(key) or statutes.meetings.get((kind, FIRST))
    n = int(conv)
    if rule is None:
        yield _violation(f"floor.{kind.value}.missing", floor.source, rule_path(kind, conv, "quorum"),
                         convocation=n)
        return
    # A majority of all associates implies that many took part: it is a quorum too
    # (the pre-2005 SARL regime, 3/4 of all parts, has no quorum of its own).
    implied = rule.majority.ratio if rule.majority.base is MajorityBase.TOTAL else ZERO
    if rule.quorum.compare(floor.quorum) < 0 and implied.compare(floor.quorum) < 0:
        yield _violation(f"floor.{kind.value}.quorum", floor.source, rule_path(kind, conv, "quorum"),
                         convocation=n, actual=rule.quorum, required=floor.quorum)
    if floor.board and rule.represented_count_for_quorum:
        yield _violation("floor.board.quorum_represented", floor.source,
                         rule_path(kind, conv, "represented_count_for_quorum"))
    yield from _majority_findings(kind, conv, rule, floor)
    if 0 <= rule.notice_days < floor.notice_days:
        yield _violation(f"floor.{kind.value}.notice_days", floor.notice_source,
                         rule_path(kind, conv, "notice_days"),
                         convocation=n, actual=rule.notice_days, required=floor.notice_days)


def _general_findings(statutes: Statutes) -> Iterator[Finding]:
    for (kind, conv), rule in sorted(statutes.meetings.items()):
        if rule.notice_days < 0:
            yield _violation(f"floor.{kind.value}.notice_negative", "", rule_path(kind, conv, "notice_days"),
                             convocation=int(conv), actual=rule.notice_days)
    if statutes.form.company_type is CompanyType.SARL:
        for conv in (FIRST, SECOND):
            age = statutes.meetings.get((AGE, conv))
            if age is not None and age.majority.ratio == ONE:
                yield _violation("floor.age.unanimity", "C. com. L223-30",
                                 rule_path(AGE, conv, "majority.ratio"), convocation=int(conv))


def _proxy_findings(statutes: Statutes) -> Iterator[Finding]:
    if statutes.form.family is not Family.SCOP:
        return
    source, proxies = "Loi 78-763 art. 14", statutes.proxies
    if proxies.holder is not ProxyHolder.ASSOCIATE:
        yield _violation("floor.proxies.holder", source, "proxies.holder", actual=proxies.holder.value)
    if proxies.cap is ProxyCap.NONE:
        yield _violation("floor.proxies.cap.missing", source, "proxies.cap")
    elif proxies.cap is ProxyCap.FIXED and proxies.cap_value > 1:
        # The legal cap is 1 below 40 associates, floor(N/20) above: a fixed cap of k
        # exceeds it whenever fewer than 20 k associates vote.
        yield _violation("floor.proxies.cap", source, "proxies.cap_value",
                         actual=proxies.cap_value, required=1, below=20 * proxies.cap_value)


def college_findings(
    colleges: tuple[CollegeSpec, ...],
    *,
    low: Ratio = TENTH,
    high: Ratio = HALF,
    min_count: int = 3,
    severity: Severity = Severity.VIOLATION,
    source: str = COLLEGES_SOURCE,
) -> tuple[Finding, ...]:
    """Colleges out of the ``low``-``high`` band, or fewer than ``min_count`` of them.

    Weights are normalised by their sum with integer arithmetic (art. 19 octies sets
    10 %, 50 % and 3). Percentages in the params are hundredths of a percent, rounded
    away from the bound they break so that the message never shows the bound itself.
    No colleges at all is lawful: they are optional.
    """
    if not colleges:
        return ()
    found: list[Finding] = []
    if len(colleges) < min_count:
        found.append(Finding("colleges.count", severity, source,
                             {"actual": len(colleges), "required": min_count}, "colleges"))
    total = sum(max(c.weight, 0) for c in colleges)
    for c in colleges:
        weight = max(c.weight, 0)
        if total == 0 or not low.reached_by(weight, total):
            found.append(Finding("colleges.weight_low", severity, source,
                                 {"college": c.name, "actual_bp": weight * 10_000 // total if total else 0,
                                  "required_bp": -(-low.num * 10_000 // low.den)}, "colleges"))
        elif high.reached_by(weight, total, strict=True):
            found.append(Finding("colleges.weight_high", severity, source,
                                 {"college": c.name, "actual_bp": -(-weight * 10_000 // total),
                                  "required_bp": high.num * 10_000 // high.den}, "colleges"))
    return tuple(found)


def check_statutes(statutes: Statutes) -> tuple[Finding, ...]:
    """Every value of ``statutes`` below (or above) what the law allows for its form.

    Args:
        statutes: the organisation's statutes, as stored.

    Returns:
        VIOLATION findings with ``code``, ``source``, ``field`` (a field path) and
        ``params`` holding ``actual`` and ``required``; empty when all is lawful.
    """
    found: list[Finding] = list(_general_findings(statutes))
    form = statutes.form
    for key, floor in _MEETING_FLOORS.get(form.company_type, {}).items():
        found.extend(_meeting_findings(statutes, key, floor))
    found.extend(_proxy_findings(statutes))
    for bound in BOUNDS:
        if form in bound.forms:
            found.extend(_check_bound(statutes, bound))
    if form.family is Family.SCIC:
        found.extend(college_findings(statutes.colleges))
    return tuple(found)
