# SPDX-License-Identifier: GPL-3.0-or-later
"""The statutes as data: quorum, majority, notice, proxies, colleges, mandates.

Every rule that decides a meeting lives here as a value; presets per legal form are in
:mod:`talagov.core.presets`, legal floors in :mod:`talagov.core.floors`, and the JSON
codec in :mod:`talagov.core.statutes_codec`. Nothing here reads the clock or a file.
"""

from __future__ import annotations

import enum
from collections.abc import Mapping
from dataclasses import dataclass, field, replace

from talagov.core.legal_forms import LegalForm
from talagov.core.ratio import Ratio


class MeetingKind(enum.StrEnum):
    """Which assembly a rule applies to."""

    AGO = "ago"  # ordinary general meeting
    AGE = "age"  # extraordinary general meeting
    BOARD = "board"  # board of directors / supervisory board / gérance collegial


class Convocation(enum.IntEnum):
    """First or later convocation of the same meeting."""

    FIRST = 1
    SECOND = 2


class QuorumBase(enum.StrEnum):
    """What the quorum fraction is taken of."""

    ELIGIBLE = "eligible"  # associates with voting rights at the record date
    BODY_MEMBERS = "body_members"  # members in office of the board


class MajorityBase(enum.StrEnum):
    """What the majority fraction is taken of (domain-rules §1, §5)."""

    CAST = "cast"  # for + against (abstention, blank, null excluded)
    PRESENT_OR_REPRESENTED = "present_or_represented"  # abstention works as against
    TOTAL = "total"  # every associate with voting rights


@dataclass(frozen=True)
class MajorityRule:
    """``for`` must exceed (strict) or reach ``ratio`` of ``base``."""

    ratio: Ratio
    strict: bool
    base: MajorityBase


@dataclass(frozen=True)
class MeetingRule:
    """The rule for one meeting kind at one convocation.

    Attributes:
        quorum: fraction of ``quorum_base`` that must take part (``0/1`` = none).
        quorum_base: eligible associates, or members of the body in office.
        represented_count_for_quorum: False for an SA board (L225-37: represented
            administrators do not count).
        majority: majority rule for an ordinary resolution of this meeting.
        notice_days: minimum calendar days between sending and the meeting.
        casting_vote: the chair decides a tie (boards only, V5-V6).
    """

    quorum: Ratio
    quorum_base: QuorumBase
    majority: MajorityRule
    notice_days: int
    represented_count_for_quorum: bool = True
    casting_vote: bool = False


class ProxyHolder(enum.StrEnum):
    """Who may hold a proxy."""

    ASSOCIATE = "associate"
    ASSOCIATE_OR_SPOUSE = "associate_or_spouse"
    ANYONE = "anyone"
    BODY_MEMBER = "body_member"


class ProxyCap(enum.StrEnum):
    """How many proxies one holder may carry besides their own vote."""

    SCOP_1978 = "scop_1978"  # 1 below 20 associates, else floor(N/20) (loi 78-763 art. 14)
    FIXED = "fixed"  # ``cap_value``
    NONE = "none"


@dataclass(frozen=True)
class ProxyRules:
    """Proxy rules of the general meeting."""

    holder: ProxyHolder
    cap: ProxyCap
    cap_value: int = 1
    blank_proxies: bool = True  # proxies sent to the company without naming a holder
    chains_allowed: bool = False  # a holder passing on a proxy

    def max_proxies(self, eligible: int) -> int | None:
        """Proxies one holder may carry besides their own vote; ``None`` = no cap."""
        if self.cap is ProxyCap.NONE:
            return None
        if self.cap is ProxyCap.FIXED:
            return self.cap_value
        return max(1, eligible // 20) if eligible >= 20 else 1


class EmptyCollegePolicy(enum.StrEnum):
    """What happens to the weight of a college in which nobody voted (§3.3)."""

    REDISTRIBUTE = "redistribute"  # its weight goes to the others pro rata
    COUNT_AS_REJECTION = "count_as_rejection"  # it counts with a result of 0


@dataclass(frozen=True)
class CollegeSpec:
    """A voting college of a SCIC and its weight.

    Weights are integers normalised by their sum (``50, 30, 20`` or ``1, 1, 1``), so
    that thirds stay exact.
    """

    key: str
    name: str
    weight: int


@dataclass(frozen=True)
class MandateRules:
    """Board and management rules (domain-rules §2)."""

    board_min: int = 3
    board_max: int = 18
    term_max_years: int = 6  # 1947 law art. 6
    over_70_max: Ratio = Ratio(1, 3)  # L225-19 when the statutes are silent
    gerant_term_max_years: int = 0  # 0 = no specific limit (4 in a SCOP-SARL)
    supervisory_board_above: int = 0  # 0 = never required (20 in a SCOP-SARL)
    supervisory_board_min: int = 3
    supervisory_board_max: int = 9
    non_employee_mandates_max: Ratio | None = None  # SCOP: 1/3 (loi 78-763 art. 15)


@dataclass(frozen=True)
class MembershipRules:
    """Admission and voting-right rules (domain-rules §3)."""

    employee_application_months: int = 0  # 0 = employees are not forced to apply (S5)
    ag_must_rule_after_months: int = 0  # 12 in a SCOP (S4)
    min_shares_to_vote: int = 1
    suspension_after_notice_days: int = 30  # vote suspended after formal notice (CG Scop art. 27)


@dataclass(frozen=True)
class CompositionRules:
    """Thresholds of the composition checks; ``None`` disables a check."""

    employee_capital_min: Ratio | None = None  # SCOP 51/100
    employee_votes_min: Ratio | None = None  # SCOP 65/100
    external_votes_max: Ratio | None = None  # 1947 art. 3 bis: 35/100
    min_categories: int = 0  # SCIC: 3
    public_capital_max: Ratio | None = None  # SCIC: 1/2
    college_min: Ratio = Ratio(1, 10)
    college_max: Ratio = Ratio(1, 2)
    min_colleges: int = 3
    max_associates: int = 0  # SARL: 100 (0 = no cap)
    min_employee_associates: int = 0  # 2 SARL/SAS, 7 SA


@dataclass(frozen=True)
class MinutesRules:
    """Who signs the minutes beside the chair of the meeting (who always signs).

    SA: the members of the bureau (R225-106, so the scrutineers too); SARL: the gérants
    and the chair (R223-24); the CG Scop model: the gérant, who chairs (art. 26.8). A
    board's minutes: the chair and at least one administrator (R225-23).
    """

    ag_secretary_signs: bool = True
    ag_scrutineers_sign: bool = False
    ag_gerants_sign: bool = False
    board_administrators_sign: int = 1


RuleKey = tuple[MeetingKind, Convocation]


@dataclass(frozen=True)
class Statutes:
    """The statutes of one organisation, as applied from ``effective_from`` (ISO date).

    ``suggested`` lists field paths whose value the law leaves to the statutes and that
    the preset only suggests (SAS); ``sources`` gives the legal source of each field.
    """

    form: LegalForm
    meetings: Mapping[RuleKey, MeetingRule]
    proxies: ProxyRules
    correspondence_allowed: bool
    remote_allowed: bool
    colleges: tuple[CollegeSpec, ...] = ()
    empty_college_policy: EmptyCollegePolicy = EmptyCollegePolicy.REDISTRIBUTE
    mandates: MandateRules = MandateRules()
    membership: MembershipRules = MembershipRules()
    composition: CompositionRules = CompositionRules()
    minutes: MinutesRules = MinutesRules()
    suggested: frozenset[str] = frozenset()
    sources: Mapping[str, str] = field(default_factory=dict)

    def rule(self, kind: MeetingKind, convocation: Convocation) -> MeetingRule:
        """The rule for a meeting kind and convocation (second falls back to first)."""
        found = self.meetings.get((kind, convocation))
        if found is None:
            found = self.meetings[(kind, Convocation.FIRST)]
        return found

    def with_rule(self, kind: MeetingKind, convocation: Convocation, rule: MeetingRule) -> Statutes:
        """A copy with one meeting rule replaced."""
        meetings = dict(self.meetings)
        meetings[(kind, convocation)] = rule
        return replace(self, meetings=meetings)

    def source(self, path: str) -> str:
        """The legal source of a field path, or an empty string."""
        return self.sources.get(path, "")
