# SPDX-License-Identifier: GPL-3.0-or-later
"""A meeting's session record and what the statutes make of it, wherever it comes from.

The services load a session from the database (``services.session_context``) and the
verifier reads one from an archive (``verifier.session_record``); both answer the same
questions with the same rules: who attends at a moment, which proxies hold then, the
quorum then, and for each poll the moments its proxies and participants are taken at,
its proxies as the electorate reads them, and the bases its majority is taken of. One
implementation here, so that the database and the archive cannot drift apart.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime, time

from talagov.core.attendance import AttendanceEntry
from talagov.core.correspondence import CorrespondenceForm
from talagov.core.meetings import Meeting
from talagov.core.polls import Poll
from talagov.core.proxies import Proxy, ProxyDecision, check_proxies
from talagov.core.quorum import QuorumResult, evaluate_quorum, quorum_source
from talagov.core.statutes import MeetingRule, Statutes
from talagov.core.tally_model import Bases


@dataclass(frozen=True)
class Session:
    """One meeting's session: who votes, attendance, proxies and postal forms."""

    meeting: Meeting
    statutes: Statutes
    board: bool
    voters: frozenset[int]
    entries: Mapping[int, AttendanceEntry]
    proxies: tuple[Proxy, ...]
    forms: tuple[CorrespondenceForm, ...]

    @property
    def rule(self) -> MeetingRule:
        """The statutes' rule of the meeting (quorum and whether represented count)."""
        return self.statutes.rule(self.meeting.rule_kind, self.meeting.convocation)

    @property
    def source(self) -> str:
        """The legal source of the quorum rule applied."""
        return quorum_source(self.statutes, self.meeting.rule_kind, self.meeting.convocation)

    @property
    def correspondence_allowed(self) -> bool:
        """Postal votes count (the statutes allow them; never for a board)."""
        return self.statutes.correspondence_allowed and not self.board

    def attending(self, at: datetime) -> frozenset[int]:
        """Voters present or remote at ``at``."""
        return frozenset(m for m, e in self.entries.items()
                         if m in self.voters and e.attending_at(at))  # fmt: skip

    def decisions(self, at: datetime) -> tuple[ProxyDecision, ...]:
        """Every proxy decided under the statutes as things stand at ``at``."""
        return check_proxies(
            self.proxies, statutes=self.statutes, eligible_ids=self.voters,
            attending_ids=self.attending(at), eligible=len(self.voters),
            chair_id=self.meeting.chair_member_id, board=self.board,
        )  # fmt: skip

    def quorum(self, at: datetime, decisions: tuple[ProxyDecision, ...] | None = None
               ) -> QuorumResult:
        """The quorum at ``at`` (reusing ``decisions`` when already computed)."""
        return evaluate_quorum(
            self.rule, base=len(self.voters),
            entries=(e for m, e in self.entries.items() if m in self.voters),
            proxy_decisions=self.decisions(at) if decisions is None else decisions,
            forms=[f for f in self.forms if f.member_id in self.voters],
            opened_at=self.meeting.opened_at, at=at,
            remote_allowed=self.statutes.remote_allowed,
            correspondence_allowed=self.correspondence_allowed, source=self.source,
        )  # fmt: skip


@dataclass(frozen=True)
class PollMoments:
    """When a poll's proxies are decided and its participants counted.

    Proxies are decided at the poll's opening; participants are those of the quorum
    recorded at its opening when one was, else those of its closing (or of ``at``
    while it is open, or of its opening before ``at`` is known)."""

    decided_at: datetime
    counted_at: datetime


def poll_moments(poll: Poll, session: Session, at: datetime | None = None) -> PollMoments:
    """The moments of ``poll`` (see :class:`PollMoments`); ``at`` is ignored once the
    poll has closed."""
    moment = poll.closed_at or at or poll.opened_at or datetime.combine(session.meeting.on,
                                                                        time())
    decided = poll.opened_at or moment
    return PollMoments(decided, decided if poll.quorum_record_id is not None else moment)


@dataclass(frozen=True)
class ProxyMaps:
    """Proxies as the electorate reads them.

    Attributes:
        proxies: principal -> holder of each valid named proxy.
        void: principal -> the holder named by each refused proxy.
        blank: principals of valid blank proxies: the chair holds them, but their
            direction is the law's (L225-106 III), so nobody may cast a ballot for them.
    """

    proxies: Mapping[int, int]
    void: Mapping[int, int]
    blank: frozenset[int]


def proxy_maps(decisions: Iterable[ProxyDecision]) -> ProxyMaps:
    """Sort decided proxies into :class:`ProxyMaps`."""
    proxies: dict[int, int] = {}
    void: dict[int, int] = {}
    blank: set[int] = set()
    for d in decisions:
        principal = d.proxy.principal_id
        if d.valid:
            if d.proxy.blank:
                blank.add(principal)
            elif d.holder_id is not None:
                proxies[principal] = d.holder_id
        elif d.proxy.holder_id is not None:
            void[principal] = d.proxy.holder_id
    return ProxyMaps(proxies, void, frozenset(blank))


def poll_bases(poll: Poll, session: Session, colleges: Mapping[int, str],
               participants: frozenset[int], recorded: tuple[int, bool] | None) -> Bases:
    """The bases of ``poll``'s majority.

    Args:
        colleges: member -> college key of the electorate (empty without colleges).
        participants: the members counted at the poll's counting moment.
        recorded: ``(participants, met)`` of the quorum recorded at the poll's opening,
            which prevail over the live count when there is one.
    """
    total, met = (len(participants), None) if recorded is None else recorded
    by_college: Counter[str] = Counter()
    eligible_by_college: Counter[str] = Counter()
    if poll.definition.colleges:
        eligible_by_college.update(colleges.get(m, "") for m in session.voters)
        by_college.update(colleges.get(m, "") for m in participants)
    return Bases(participants=total, eligible=len(session.voters),
                 participants_by_college=dict(by_college),
                 eligible_by_college=dict(eligible_by_college),
                 chair_id=session.meeting.chair_member_id, quorum_met=met,
                 quorum_source=session.source)  # fmt: skip
