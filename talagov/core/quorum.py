# SPDX-License-Identifier: GPL-3.0-or-later
"""The quorum of a meeting, computed from the attendance, proxies and postal forms.

:func:`evaluate_quorum` counts each member once: attending (present, and remote when
the statutes deem remote members present), else by a postal form received in time,
else represented by a valid proxy whose holder attends. It is linear in the number of
members, so the live panel can recompute it at every arrival and departure.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from talagov.core.attendance import AttendanceEntry, AttendanceStatus
from talagov.core.correspondence import CorrespondenceForm, counts
from talagov.core.findings import Finding, Severity
from talagov.core.notice import effective_convocation
from talagov.core.presets import rule_path
from talagov.core.proxies import ProxyDecision
from talagov.core.ratio import Ratio
from talagov.core.statutes import Convocation, MeetingKind, MeetingRule, Statutes

LATE_FORM_SOURCE = "C. com. L225-107 I"
_PRESENT, _REMOTE = AttendanceStatus.PRESENT, AttendanceStatus.REMOTE


@dataclass(frozen=True)
class QuorumResult:
    """Whether the quorum is met, with the counts that explain it.

    Attributes:
        base: the number the quorum fraction is taken of (eligible associates, or
            members of the body in office).
        present: attending in the room (and remote members when deemed present).
        remote: remote members counted among ``present``.
        represented: principals of valid proxies counted.
        correspondence: postal forms received in time.
        participants: the total counted for the quorum.
        required: the smallest number of participants that meets the quorum.
        reasons: findings that explain the counts (remote not allowed, late forms...).
        participant_ids: who is counted, by member id (the polls' "present or
            represented" base and the hand count's ceiling use the same people).
    """

    met: bool
    base: int
    present: int
    remote: int
    represented: int
    correspondence: int
    participants: int
    required: int
    ratio: Ratio
    source: str = ""
    reasons: tuple[Finding, ...] = ()
    participant_ids: frozenset[int] = frozenset()


def required_participants(ratio: Ratio, base: int) -> int:
    """The smallest ``n`` with ``n / base >= ratio`` (0 when no quorum is required)."""
    return -(-base * ratio.num // ratio.den)


def quorum_source(statutes: Statutes, kind: MeetingKind, convocation: Convocation) -> str:
    """The legal source of the quorum of a meeting kind and convocation."""
    used = effective_convocation(statutes, kind, convocation)
    return statutes.source(rule_path(kind, used, "quorum"))


def _info(code: str, count: int, source: str = "") -> Finding:
    return Finding(code, Severity.INFO, source=source, params={"count": count})


def evaluate_quorum(
    rule: MeetingRule,
    *,
    base: int,
    entries: Iterable[AttendanceEntry],
    proxy_decisions: Iterable[ProxyDecision],
    forms: Iterable[CorrespondenceForm],
    opened_at: datetime | None,
    at: datetime,
    remote_allowed: bool,
    correspondence_allowed: bool,
    source: str,
) -> QuorumResult:
    """The quorum at ``at``.

    Args:
        rule: the statutes' rule of the meeting (quorum fraction, whether represented
            members count: not for an SA board, L225-37).
        base: eligible associates (AG) or voting members of the body in office.
        entries: one attendance entry per member (arrival and departure times count).
        proxy_decisions: from :func:`talagov.core.proxies.check_proxies`; only valid
            proxies whose principal does not attend and whose holder attends count.
        forms: postal forms; those received after ``opened_at`` do not count.
        opened_at: when the session opened (``None``: not yet, every form counts).
        at: the moment the quorum is taken.
        remote_allowed: remote members are deemed present (1947 law art. 10).
        correspondence_allowed: the statutes allow postal votes.
        source: the legal source of the quorum rule, carried into the result.

    Returns:
        Counts, the required number, whether it is met, and the findings explaining
        what was left out.
    """
    reasons: list[Finding] = []
    present_ids: set[int] = set()
    attending: set[int] = set()
    remote = remote_ignored = 0
    for entry in entries:
        # AttendanceEntry.attending_at, inlined: this loop runs over every member.
        status = entry.status
        if status is not _PRESENT and status is not _REMOTE:
            continue
        arrived, left = entry.arrived_at, entry.left_at
        if (arrived is not None and arrived > at) or (left is not None and left <= at):
            continue
        attending.add(entry.member_id)
        if status is _REMOTE:
            if not remote_allowed:
                remote_ignored += 1
                continue
            remote += 1
        present_ids.add(entry.member_id)
    if remote_ignored:
        reasons.append(_info("quorum.remote_not_counted", remote_ignored))

    form_ids: set[int] = set()
    late = 0
    for form in forms:
        if not counts(form, opened_at=opened_at):
            late += 1
        elif form.member_id not in present_ids:
            form_ids.add(form.member_id)
    if late:
        reasons.append(_info("quorum.late_forms", late, LATE_FORM_SOURCE))
    if form_ids and not correspondence_allowed:
        reasons.append(_info("quorum.correspondence_not_counted", len(form_ids)))
        form_ids = set()

    represented_ids: set[int] = set()
    holder_absent = 0
    for decision in proxy_decisions:
        principal = decision.proxy.principal_id
        if not decision.valid or principal in attending or principal in form_ids:
            continue
        # A proxy is exercised by its holder in the room: an absent holder represents no one.
        if decision.holder_id is not None and decision.holder_id not in present_ids:
            holder_absent += 1
            continue
        represented_ids.add(principal)
    if holder_absent:
        reasons.append(_info("quorum.holder_absent", holder_absent))
    if represented_ids and not rule.represented_count_for_quorum:
        reasons.append(_info("quorum.represented_not_counted", len(represented_ids), source))
        represented_ids = set()

    present, represented, postal = len(present_ids), len(represented_ids), len(form_ids)
    participants = present + represented + postal
    required = required_participants(rule.quorum, base)
    met = participants >= required
    if rule.quorum.num == 0:
        reasons.append(Finding("quorum.none_required", Severity.INFO, source=source))
    elif not met:
        reasons.append(Finding("quorum.not_met", Severity.VIOLATION, source=source, params={
            "participants": participants, "required": required, "base": base,
            "ratio": rule.quorum}))
    return QuorumResult(met, base, present, remote, represented, postal, participants,
                        required, rule.quorum, source, tuple(reasons),
                        frozenset(present_ids | form_ids | represented_ids))
