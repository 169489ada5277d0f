# SPDX-License-Identifier: GPL-3.0-or-later
"""Cross-register use cases: snapshot, compliance, voting roll and the dashboard."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from talagov.core.annual_meeting import next_annual_meeting_deadline
from talagov.core.applications import DueApplication
from talagov.core.compliance import check_compliance
from talagov.core.findings import Finding, Severity
from talagov.core.meetings import MeetingStatus
from talagov.core.notice import check_notice
from talagov.core.register import RegisterSnapshot
from talagov.core.voting_rights import VotingRoll, voting_roll
from talagov.services import applications, mandates, shares
from talagov.services.mandates import MandateListItem
from talagov.services.organisation import categories, require_organisation, statutes_at
from talagov.services.uow import UnitOfWork
from talagov.storage import mandates_repo, members_repo


def snapshot(uow: UnitOfWork, at: date) -> RegisterSnapshot:
    """Load everything the register rules need, as of ``at``."""
    return RegisterSnapshot(
        organisation=require_organisation(uow),
        statutes=statutes_at(uow, at),
        members=tuple(members_repo.all_members(uow.session)),
        movements=tuple(shares.movements(uow)),
        categories=categories(uow),
        bodies=tuple(mandates_repo.all_bodies(uow.session)),
        mandates=tuple(mandates_repo.all_mandates(uow.session)),
        at=at,
    )


def compliance(uow: UnitOfWork, at: date) -> tuple[Finding, ...]:
    """Composition findings on ``at`` (violations first)."""
    found = check_compliance(snapshot(uow, at))
    rank = {Severity.VIOLATION: 0, Severity.WARNING: 1, Severity.INFO: 2}
    return tuple(sorted(found, key=lambda f: rank[f.severity]))


def roll(uow: UnitOfWork, at: date) -> VotingRoll:
    """Who has a vote at the record date ``at``, and why not when they don't."""
    return voting_roll(snapshot(uow, at))


@dataclass(frozen=True)
class ComingMeeting:
    """A meeting still ahead, and the last day its convocations can leave in time."""

    id: int
    title: str
    on: date
    status: MeetingStatus
    send_by: date | None  # None once convened


@dataclass(frozen=True)
class Dashboard:
    """What needs the secretary's attention."""

    today: date
    next_ag_deadline: date
    active_members: int
    total_members: int
    capital_cents: int
    findings: tuple[Finding, ...]
    expiring: tuple[MandateListItem, ...]
    applications_due: tuple[DueApplication, ...]
    meetings: tuple[ComingMeeting, ...] = ()


def dashboard(uow: UnitOfWork, today: date) -> Dashboard:
    """The dashboard on ``today``: alerts, mandates to renew at the next AG, applications."""
    from talagov.services.members import count_members

    org = require_organisation(uow)
    deadline = next_annual_meeting_deadline(org.fiscal_year_end, today)
    active, total = count_members(uow, today)
    return Dashboard(
        today=today,
        next_ag_deadline=deadline,
        active_members=active,
        total_members=total,
        capital_cents=shares.capital_summary(uow, today).cents,
        findings=compliance(uow, today),
        expiring=tuple(mandates.expiring_mandates(uow, today, deadline)),
        applications_due=tuple(applications.due(uow, deadline)),
        meetings=coming_meetings(uow, today),
    )


def coming_meetings(uow: UnitOfWork, today: date) -> tuple[ComingMeeting, ...]:
    """Meetings on or after ``today`` not yet closed, soonest first, with the notice
    deadline of those still to convene (computed by the statutes in force then)."""
    from talagov.services.meetings import get_meeting, list_meetings

    found = []
    for item in sorted(list_meetings(uow), key=lambda m: (m.on, m.id)):
        if item.on < today or item.status not in _AHEAD:
            continue
        send_by = None
        if item.status is MeetingStatus.DRAFT:
            meeting = get_meeting(uow, item.id)
            send_by = check_notice(statutes_at(uow, meeting.on), meeting.rule_kind,
                                   meeting.convocation, meeting_on=meeting.on,
                                   sending_date=today).deadline  # fmt: skip
        found.append(ComingMeeting(item.id, item.title, item.on, item.status, send_by))
    return tuple(found)


_AHEAD = frozenset({MeetingStatus.DRAFT, MeetingStatus.CONVENED, MeetingStatus.IN_SESSION})
