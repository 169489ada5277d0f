# SPDX-License-Identifier: GPL-3.0-or-later
"""The meeting's session as the bundle records it, and what the rules make of it.

The same questions TalaGov answered from its database (who votes, which proxies hold
at a moment, the quorum at a moment, each poll's electorate and bases) are answered
here from the bundle's roll, attendance, proxies and postal forms under the bundle's
statutes, by the very functions the services use (:mod:`talagov.core.session`), so
that both reach the same electorate for the same record.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime

from cryptography import x509

from talagov.core.ballot_check import Electorate
from talagov.core.bundle_model import BundleContents, QuorumRecord
from talagov.core.polls import Poll
from talagov.core.proxies import ProxyDecision
from talagov.core.session import Session, poll_bases, poll_moments, proxy_maps
from talagov.core.tally_model import Bases


@dataclass(frozen=True)
class SessionRecord(Session):
    """The session's record (:class:`~talagov.core.session.Session`), with the roll's
    colleges and the recorded quorums."""

    colleges: Mapping[int, str]  # member -> college key, from the roll
    records: tuple[QuorumRecord, ...]

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
    maps = proxy_maps(decisions)
    colleges = ({m: c for m, c in record.colleges.items() if m in record.voters}
                if poll.definition.colleges else {})
    # The organisation's signature is verified once per certificate and per run: the
    # member certificates of the bundle were verified against it by the certificate
    # checks (``verified``: their fingerprints, i.e. their very DER bytes); any other
    # certificate a ballot carries is verified by the judgement itself. The whole
    # revocation list applies: a ballot received before a revocation keeps its
    # certificate, so revocations after the closing change nothing.
    return Electorate(
        voters=record.voters, proxies=maps.proxies, void_proxies=maps.void,
        blank_proxies=maps.blank, colleges=colleges, ca_certificate=ca,
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
    moments = poll_moments(poll, record)
    decisions = record.decisions(moments.decided_at)
    electorate = _electorate(poll, record, decisions, ca, revoked_at, verified)
    live = decisions if moments.counted_at == moments.decided_at \
        else record.decisions(moments.counted_at)
    participants = record.quorum(moments.counted_at, live).participant_ids
    quorum = record.record(poll.quorum_record_id) if poll.quorum_record_id is not None else None
    recorded = (quorum.participants, quorum.met) if quorum is not None else None
    bases = poll_bases(poll, record, electorate.colleges, participants, recorded)
    return Recomputed(electorate, bases, participants)
