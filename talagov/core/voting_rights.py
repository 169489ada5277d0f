# SPDX-License-Identifier: GPL-3.0-or-later
"""Who may vote on a record date, and how the capital splits by category and college.

One member, one vote (domain-rules G1): the roll counts heads. A member votes when
admitted and not exited on the date, holding the statutory minimum of shares, and
not suspended for unpaid subscriptions after a formal notice (1978 law art. 12;
CG Scop model art. 27). Nothing here reads the clock: the date is ``snapshot.at``.
"""

from __future__ import annotations

import enum
from collections import Counter
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date, timedelta

from talagov.core.members import Member
from talagov.core.register import RegisterSnapshot
from talagov.core.shares import capital_at, holdings_at


class NoVoteReason(enum.StrEnum):
    """Why a member on the register has no vote on the record date."""

    NOT_ADMITTED = "not_admitted"  # no admission yet, or admitted after the date
    EXITED = "exited"
    NO_SHARES = "no_shares"  # fewer than the statutory minimum
    ARREARS = "arrears"  # vote suspended after a formal notice


@dataclass(frozen=True)
class RollEntry:
    """One line of the voting roll."""

    member_id: int
    shares: int
    has_vote: bool
    reason: NoVoteReason | None
    college_key: str
    category_key: str


@dataclass(frozen=True)
class VotingRoll:
    """The voting roll on ``at``: every member of the snapshot, with or without a vote."""

    at: date
    entries: tuple[RollEntry, ...]
    by_college: Mapping[str, int] = field(default_factory=dict)

    @property
    def eligible(self) -> int:
        """Number of members with a vote (the ELIG base of quorums)."""
        return sum(1 for e in self.entries if e.has_vote)

    @property
    def voters(self) -> tuple[RollEntry, ...]:
        """The entries with a vote."""
        return tuple(e for e in self.entries if e.has_vote)

    def entry(self, member_id: int) -> RollEntry | None:
        """The entry of one member, if on the register."""
        return next((e for e in self.entries if e.member_id == member_id), None)

    def has_vote(self, member_id: int) -> bool:
        """Whether the member may vote on the record date."""
        found = self.entry(member_id)
        return found is not None and found.has_vote


def suspended_for_arrears(member: Member, at: date, suspension_days: int) -> bool:
    """Whether a formal notice older than ``suspension_days`` is still uncured on ``at``.

    A notice dated D with a 30-day delay suspends the vote from D + 30 included, until
    the day the arrears are cured (on that day the member votes again).
    """
    for arrears in member.arrears:
        cured = arrears.cured_on is not None and arrears.cured_on <= at
        if not cured and arrears.notice_date + timedelta(days=suspension_days) <= at:
            return True
    return False


def _reason(member: Member, shares: int, snapshot: RegisterSnapshot) -> NoVoteReason | None:
    at, rules = snapshot.at, snapshot.statutes.membership
    if member.admission_date is None or member.admission_date > at:
        return NoVoteReason.NOT_ADMITTED
    if not member.is_member_on(at):
        return NoVoteReason.EXITED
    if shares < rules.min_shares_to_vote:
        return NoVoteReason.NO_SHARES
    if suspended_for_arrears(member, at, rules.suspension_after_notice_days):
        return NoVoteReason.ARREARS
    return None


def voting_roll(snapshot: RegisterSnapshot) -> VotingRoll:
    """The voting roll on ``snapshot.at`` (the record date).

    Args:
        snapshot: members, share movements and statutes; ``snapshot.at`` is the date.

    Returns:
        One entry per member, ordered by member id, and the eligible count per college
        (members without a college are counted under ``""``).
    """
    held = holdings_at(snapshot.movements, snapshot.at)
    entries = []
    for member in sorted(snapshot.members, key=lambda m: m.id):
        shares = held.get(member.id, 0)
        reason = _reason(member, shares, snapshot)
        entries.append(RollEntry(member.id, shares, reason is None, reason,
                                 member.college_key, member.category_key))
    by_college = Counter(e.college_key for e in entries if e.has_vote)
    return VotingRoll(snapshot.at, tuple(entries), dict(sorted(by_college.items())))


def current_members(snapshot: RegisterSnapshot) -> tuple[Member, ...]:
    """Members admitted and not exited on ``snapshot.at``."""
    return tuple(m for m in snapshot.members if m.is_member_on(snapshot.at))


def member_capital(snapshot: RegisterSnapshot) -> dict[int, int]:
    """Capital (cents) held on ``snapshot.at`` by each current member.

    Shares still held by a member who has left (awaiting repayment) are not counted:
    the composition rules are about the capital held by associates.
    """
    current = {m.id for m in current_members(snapshot)}
    held = capital_at(snapshot.movements, snapshot.at)
    return {mid: cents for mid, cents in held.items() if mid in current}


def _capital_by(snapshot: RegisterSnapshot, key: Callable[[Member], str]) -> dict[str, int]:
    held = member_capital(snapshot)
    totals: Counter[str] = Counter()
    for member in current_members(snapshot):
        totals[key(member)] += held.get(member.id, 0)
    return dict(sorted(totals.items()))


def capital_by_category(snapshot: RegisterSnapshot) -> dict[str, int]:
    """Capital (cents) held on ``snapshot.at`` per category key of current members."""
    return _capital_by(snapshot, lambda m: m.category_key)


def capital_by_college(snapshot: RegisterSnapshot) -> dict[str, int]:
    """Capital (cents) held on ``snapshot.at`` per college key of current members."""
    return _capital_by(snapshot, lambda m: m.college_key)
