# SPDX-License-Identifier: GPL-3.0-or-later
"""The meeting's session as the bundle records it, and what the rules make of it.

The same questions TalaGov answered from its database (who votes, which proxies hold
at a moment, the quorum at a moment, each poll's electorate and bases) are answered
here from the bundle's roll, attendance, proxies and postal forms under the bundle's
statutes, with the core's own rules (:func:`talagov.core.proxies.check_proxies`,
:func:`talagov.core.quorum.evaluate_quorum`): the steps follow
``services.session_context`` and ``services.electorate``, which do it from the
database, so that both reach the same electorate for the same record.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime, time

from cryptography import x509

from talagov.core.attendance import AttendanceEntry
from talagov.core.ballot_check import Electorate
from talagov.core.bundle_model import BundleContents, QuorumRecord
from talagov.core.correspondence import CorrespondenceForm
from talagov.core.meetings import Meeting
from talagov.core.polls import Poll
from talagov.core.proxies import Proxy, ProxyDecision, check_proxies
from talagov.core.quorum import QuorumResult, evaluate_quorum, quorum_source
from talagov.core.statutes import MeetingRule, Statutes
from talagov.core.tally_model import Bases


@dataclass(frozen=True)
class SessionRecord:
    """The session's record: meeting, statutes, who votes, attendance, proxies, forms."""

    meeting: Meeting
    statutes: Statutes
    board: bool
    voters: frozenset[int]
    colleges: Mapping[int, str]  # member -> college key, from the roll
    entries: Mapping[int, AttendanceEntry]
    proxies: tuple[Proxy, ...]
    forms: tuple[CorrespondenceForm, ...]
    records: tuple[QuorumRecord, ...]

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
        """Every proxy decided under the statutes as things stood at ``at``."""
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

    def record(self, record_id: int | None) -> QuorumRecord | None:
        """A quorum record by id."""
        return next((r for r in self.records if r.id == record_id), None)


def session_record(contents: BundleContents) -> SessionRecord:
    """The session as the bundle's data files give it."""
    meeting = contents.meeting.meeting
    voters = contents.roll.voters(meeting)
    return SessionRecord(
        meeting=meeting, statutes=contents.organisation.statutes,
        board=contents.meeting.board, voters=voters,
        colleges={m.member_id: m.college_key for m in contents.roll.members if m.has_vote},
        entries={e.member_id: e for e in contents.attendance.entries},
        proxies=contents.proxies.proxies, forms=contents.proxies.forms,
        records=contents.attendance.quorum_records,
    )  # fmt: skip


@dataclass(frozen=True)
class Recomputed:
    """A closed poll's electorate, bases and participants, recomputed from the record."""

    electorate: Electorate
    bases: Bases
    participants: frozenset[int]


def _electorate(poll: Poll, record: SessionRecord, decisions: tuple[ProxyDecision, ...],
                ca: x509.Certificate, revoked_at: Mapping[str, datetime],
                verified: frozenset[str]) -> Electorate:
    """Valid named proxies map principal -> holder, valid blank ones are only listed
    (their direction is the law's: nobody casts a ballot for them), refused ones map
    principal -> the holder they name; colleges come from the roll."""
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
    colleges = ({m: c for m, c in record.colleges.items() if m in record.voters}
                if poll.definition.colleges else {})
    # The organisation's signature is verified once per certificate and per run: the
    # member certificates of the bundle were verified against it by the certificate
    # checks (``verified``: their fingerprints, i.e. their very DER bytes); any other
    # certificate a ballot carries is verified by the judgement itself. The whole
    # revocation list applies: a ballot received before a revocation keeps its
    # certificate, so revocations after the closing change nothing.
    return Electorate(
        voters=record.voters, proxies=proxies, void_proxies=void,
        blank_proxies=frozenset(blank), colleges=colleges, ca_certificate=ca,
        revoked_serials=frozenset(revoked_at), revoked_at=dict(revoked_at),
        issued_fingerprints=verified,
    )  # fmt: skip


def recompute(poll: Poll, record: SessionRecord, ca: x509.Certificate,
              revoked_at: Mapping[str, datetime],
              verified: frozenset[str] = frozenset()) -> Recomputed:
    """What a closed poll was judged on, from the record: proxies decided at its
    opening, participants those of the quorum recorded at its opening (else of its
    closing), as TalaGov decides it when the poll closes.

    ``verified``: fingerprints of the certificates whose signature by ``ca`` this run
    has already verified (they are not verified a second time by the judgement)."""
    moment = poll.closed_at or poll.opened_at or datetime.combine(record.meeting.on, time())
    decided_at = poll.opened_at or moment
    decisions = record.decisions(decided_at)
    electorate = _electorate(poll, record, decisions, ca, revoked_at, verified)
    counted_at = decided_at if poll.quorum_record_id is not None else moment
    live = decisions if counted_at == decided_at else record.decisions(counted_at)
    participants = record.quorum(counted_at, live).participant_ids
    total, met = len(participants), None
    quorum = record.record(poll.quorum_record_id) if poll.quorum_record_id is not None else None
    if quorum is not None:
        total, met = quorum.participants, quorum.met
    by_college: Counter[str] = Counter()
    eligible_by_college: Counter[str] = Counter()
    if poll.definition.colleges:
        eligible_by_college.update(electorate.colleges.get(m, "") for m in record.voters)
        by_college.update(electorate.colleges.get(m, "") for m in participants)
    bases = Bases(participants=total, eligible=len(record.voters),
                  participants_by_college=dict(by_college),
                  eligible_by_college=dict(eligible_by_college),
                  chair_id=record.meeting.chair_member_id, quorum_met=met,
                  quorum_source=record.source)  # fmt: skip
    return Recomputed(electorate, bases, participants)
