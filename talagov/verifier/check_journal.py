# SPDX-License-Identifier: GPL-3.0-or-later
"""The journal entries of the meeting (``data/journal.json``): their chain and
signatures, and that the events the bundle records were journaled when they happened.

The entries are a selection of one install's journal (those of this meeting), so
:func:`talagov.core.journal.verify_records` checks them with ``contiguous=False``:
each entry's bytes, hash and organisation signature, increasing sequences, and the
chain wherever two consecutive sequences are both present. Then each ballot, each
poll's opening and closing, each signature of the minutes and each convocation sent
must have its entry; each journaled ballot must be in the bundle (a ballot removed
from the bundle is found there), with the id, poll, channel and time of reception the
index gives it, in the index's order (a reordered index is found there).
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from cryptography.hazmat.primitives.asymmetric import ec

from talagov.core.bundle_format import CONVOCATIONS, JOURNAL
from talagov.core.bundle_model import BallotEntry, BundleContents, MinutesRecord, PollRecord
from talagov.core.convocation import Sending, SendingStatus
from talagov.core.journal import (
    EventKind,
    JournalPayload,
    JournalRecord,
    verify_records,
)
from talagov.verifier.lines import (
    ballot_subject,
    failed,
    minutes_subject,
    ok,
    poll_subject,
    warning,
)
from talagov.verifier.report import Area, CheckLine

_A = Area.JOURNAL
_BALLOT_KINDS = frozenset({EventKind.BALLOT_ACCEPTED.value, EventKind.BALLOT_REJECTED.value})


@dataclass(frozen=True)
class Journaled:
    """The readable, unbroken entries of the meeting, by kind."""

    entries: tuple[JournalPayload, ...]

    def of(self, kind: EventKind) -> list[JournalPayload]:
        """The entries of one kind, in journal order."""
        return [e for e in self.entries if e.kind == kind.value]

    def ballots(self) -> list[JournalPayload]:
        """The ballot entries (accepted or rejected), in journal order."""
        return [e for e in self.entries if e.kind in _BALLOT_KINDS]


def _says(entry: JournalPayload, **values: object) -> bool:
    """Whether the entry's subject holds each of ``values`` (the keys the services write:
    ``poll_id``, ``ballot_id``, ``fingerprint``, ``minutes_id``, ``member_id``…)."""
    return all(entry.subject.get(k) == v for k, v in values.items())


def _seconds(at: datetime) -> str:
    """How an entry writes a time: local, to the second, without offset."""
    return (at if at.tzinfo is None else at.astimezone().replace(tzinfo=None)).isoformat(
        timespec="seconds")


def check_chain(records: tuple[JournalRecord, ...], org_fingerprint: str,
                org_key: ec.EllipticCurvePublicKey | None, meeting_id: int
                ) -> tuple[Journaled, list[CheckLine]]:
    """The entries' bytes, signatures and chain; the entries that hold, for coverage."""
    signers = {org_fingerprint: org_key} if org_key is not None else {}
    report = verify_records(records, signers, contiguous=False)
    lines = [failed(_A, f"verify.journal.{b.kind.value}", JOURNAL,
                    f"entry {b.sequence if b.sequence is not None else '?'}",
                    sequence=b.sequence if b.sequence is not None else "?")
             for b in report.breaks]
    broken = {b.index for b in report.breaks}
    held = []
    for index, payload in enumerate(report.payloads):
        if index in broken or payload is None:  # an entry that does not read is broken
            continue
        if payload.meeting_id != meeting_id:
            lines.append(failed(_A, "verify.journal.other_meeting", JOURNAL,
                                f"entry {payload.sequence}", sequence=payload.sequence,
                                meeting=payload.meeting_id or "-"))
            continue
        held.append(payload)
    if report.pending:
        lines.append(warning(_A, "verify.journal.pending", JOURNAL, count=report.pending))
    if not report.breaks:
        lines.insert(0, ok(_A, "verify.journal.ok", JOURNAL, count=report.entries,
                           signed=report.signed))
    return Journaled(tuple(held)), lines


def _ballot_differs(entry: JournalPayload, b: BallotEntry, poll_id: int) -> str | None:
    """The first thing the journal says of a ballot otherwise than the index."""
    for name, value in (("ballot_id", b.id), ("poll_id", poll_id),
                        ("channel", b.channel.value)):
        if entry.subject.get(name) != value:
            return name
    return None if entry.at == _seconds(b.received_at) else "received_at"


def _ballot_lines(journaled: Journaled, polls: Iterable[PollRecord]) -> list[CheckLine]:
    entries = journaled.ballots()
    position: dict[object, int] = {}
    for i, e in enumerate(entries):
        position.setdefault(e.subject.get("fingerprint"), i)
    lines: list[CheckLine] = []
    fingerprints: set[str] = set()
    for record in polls:
        order = []
        for b in sorted(record.ballots, key=lambda b: b.id):
            fingerprints.add(b.fingerprint)
            subject = ballot_subject(b.fingerprint)
            at = position.get(b.fingerprint)
            if at is None:
                lines.append(failed(_A, "verify.journal.ballot_missing", b.path, subject, id=b.id))
                continue
            differs = _ballot_differs(entries[at], b, record.poll.id)
            if differs is not None:
                lines.append(failed(_A, "verify.journal.ballot_differs", b.path, subject,
                                    id=b.id, field=differs, sequence=entries[at].sequence))
            order.append((at, b))
        for (before, _), (after, b) in itertools.pairwise(order):
            if after < before:
                lines.append(failed(_A, "verify.journal.ballot_order", b.path,
                                    ballot_subject(b.fingerprint), id=b.id))
    for e in entries:
        named = e.subject.get("fingerprint")
        if named not in fingerprints:
            lines.append(failed(_A, "verify.journal.ballot_absent", JOURNAL,
                                ballot_subject(str(named)), sequence=e.sequence))
    return lines


def _poll_lines(journaled: Journaled, polls: Iterable[PollRecord]) -> list[CheckLine]:
    lines: list[CheckLine] = []
    for record in polls:
        poll = record.poll
        wanted = [(EventKind.POLL_OPENED, poll.opened_at), (EventKind.POLL_CLOSED, poll.closed_at)]
        for kind, when in wanted:
            if when is not None and not any(_says(e, poll_id=poll.id) for e in journaled.of(kind)):
                lines.append(failed(_A, "verify.journal.event_missing", JOURNAL,
                                    poll_subject(poll.definition.number), event=kind.value))
    return lines


def _minutes_lines(journaled: Journaled, minutes: Iterable[MinutesRecord]) -> list[CheckLine]:
    lines: list[CheckLine] = []
    signed = journaled.of(EventKind.MINUTES_SIGNED)
    for m in minutes:
        for s in m.signatures:
            if not any(_says(e, minutes_id=m.id, member_id=s.member_id) for e in signed):
                lines.append(failed(_A, "verify.journal.event_missing", JOURNAL,
                                    minutes_subject(m.id), event=EventKind.MINUTES_SIGNED.value))
    return lines


def _sending_lines(journaled: Journaled, sendings: Iterable[Sending]) -> list[CheckLine]:
    sent = journaled.of(EventKind.CONVOCATION_SENT)
    return [failed(_A, "verify.journal.event_missing", CONVOCATIONS, f"sending {s.id}",
                   event=EventKind.CONVOCATION_SENT.value)
            for s in sendings if s.status is SendingStatus.SENT
            and not any(_says(e, sending_id=s.id, member_id=s.member_id, evidence=s.evidence)
                        for e in sent)]


def check_coverage(journaled: Journaled, contents: BundleContents) -> list[CheckLine]:
    """Every ballot, poll opening and closing, minutes signature and convocation sent
    has its entry; no journaled ballot is missing from the bundle; ballots were
    journaled in index order."""
    polls = contents.polls
    lines = _ballot_lines(journaled, polls) + _poll_lines(journaled, polls)
    lines += _minutes_lines(journaled, contents.minutes)
    lines += _sending_lines(journaled, contents.convocations)
    if not lines:
        lines.append(ok(_A, "verify.journal.coverage_ok", JOURNAL,
                        ballots=sum(len(r.ballots) for r in polls), polls=len(polls)))
    return lines
