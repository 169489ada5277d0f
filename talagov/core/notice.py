# SPDX-License-Identifier: GPL-3.0-or-later
"""The notice period of a convocation (délai de convocation, domain-rules K1/K4).

The statutes give a minimum number of days between the sending of the convocations
and the meeting. Whether "15 days" means whole days (jours francs) is an open point
(domain-rules §9.8); TalaGov counts calendar days, ``meeting_on - sending_date``, so a
letter sent on 15 June for a meeting on 30 June gives 15 days.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from talagov.core.findings import Finding, Severity
from talagov.core.presets import rule_path
from talagov.core.statutes import Convocation, MeetingKind, Statutes


@dataclass(frozen=True)
class NoticeCheck:
    """Whether convocations sent on a date are in time for the meeting.

    Attributes:
        required_days: the statutes' minimum notice, in calendar days.
        actual_days: days between the sending date and the meeting date.
        deadline: the last sending date that is still in time.
        source: the legal source of the notice rule (``"C. com. R225-69"``).
        finding: ``"convocation.notice_too_short"`` when late, else ``None``.
    """

    ok: bool
    required_days: int
    actual_days: int
    deadline: date
    source: str
    finding: Finding | None


def effective_convocation(
    statutes: Statutes, kind: MeetingKind, convocation: Convocation
) -> Convocation:
    """The convocation whose rule applies: a missing second-convocation rule falls back."""
    return convocation if (kind, convocation) in statutes.meetings else Convocation.FIRST


def notice_source(statutes: Statutes, kind: MeetingKind, convocation: Convocation) -> str:
    """The legal source of the notice period of a meeting kind and convocation."""
    used = effective_convocation(statutes, kind, convocation)
    return statutes.source(rule_path(kind, used, "notice_days"))


def check_notice(
    statutes: Statutes,
    kind: MeetingKind,
    convocation: Convocation,
    *,
    meeting_on: date,
    sending_date: date,
) -> NoticeCheck:
    """Check the notice of convocations sent on ``sending_date`` for ``meeting_on``.

    Args:
        statutes: the statutes in force at the meeting date.
        kind: the meeting's rule kind (AGO, AGE, board).
        convocation: first or second convocation (a second one has its own delay).
        meeting_on: the meeting date.
        sending_date: the date the convocations are (or were) sent.

    Returns:
        ``ok`` when ``meeting_on - sending_date >= notice_days``; otherwise a violation
        finding with ``required``, ``actual``, ``deadline`` and ``source`` parameters.
    """
    rule = statutes.rule(kind, convocation)
    required = rule.notice_days
    actual = (meeting_on - sending_date).days
    deadline = meeting_on - timedelta(days=required)
    source = notice_source(statutes, kind, convocation)
    ok = actual >= required
    finding = None
    if not ok:
        finding = Finding(
            "convocation.notice_too_short", Severity.VIOLATION, source=source,
            params={"required": required, "actual": actual, "deadline": deadline,
                    "source": source},
            field=rule_path(kind, effective_convocation(statutes, kind, convocation),
                            "notice_days"),
        )
    return NoticeCheck(ok, required, actual, deadline, source, finding)
