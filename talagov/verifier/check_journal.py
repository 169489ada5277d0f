# SPDX-License-Identifier: GPL-3.0-or-later
"""The journal entries of the meeting's span (``data/journal.json``): their chain and
signatures, and that the events the bundle records were journaled when they happened.

The archive carries every entry of one install from the meeting's first entry to its
last, other events in between included (docs/bundle-format.md § 3.10).
:func:`talagov.core.journal.verify_records` checks each entry's bytes, hash and
organisation signature, increasing sequences and the chain wherever two consecutive
sequences are both present; :func:`check_chain` adds that the span has no gap (an
entry removed from it, even without signing anything again, is named). Coverage uses
only the meeting's entries: each ballot, each poll's opening and closing (with what
they say of the poll: :mod:`talagov.verifier.check_journal_polls`), each signature of
the minutes and each convocation sent must have its entry; each journaled ballot must
be in the bundle (a ballot removed from the bundle is found there), with the id, poll,
channel and time of reception the index gives it and the voter, principal and
sequence its file holds, in the index's order (a reordered index is found there).
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from cryptography.hazmat.primitives.asymmetric import ec

from talagov.core.ballots import BallotContent
from talagov.core.bundle_format import CONVOCATIONS, JOURNAL
from talagov.core.bundle_model import BallotEntry, BundleContents, MinutesRecord, PollRecord
from talagov.core.convocation import Sending, SendingStatus
from talagov.core.journal import (
    EventKind,
    JournalPayload,
    JournalRecord,
    JournalReport,
    verify_records,
)
from talagov.verifier.check_journal_polls import entry_time, poll_lines
from talagov.verifier.lines import (
    ballot_subject,
    failed,
    minutes_subject,
    ok,
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


def _gaps(report: JournalReport) -> list[CheckLine]:
    """A line for each gap between two entries read: the span is contiguous, so a
    missing sequence is an entry removed. An entry whose bytes do not read (already
    named) fills one place."""
    lines: list[CheckLine] = []
    last: int | None = None
    unread = 0
    for payload in report.payloads:
        if payload is None:
            unread += 1
            continue
        if last is not None and payload.sequence > last + 1 + unread:
            lines.append(failed(_A, "verify.journal.gap", JOURNAL, f"entry {payload.sequence}",
                                after=last, before=payload.sequence,
                                missing=payload.sequence - last - 1 - unread))
        last = payload.sequence if last is None else max(last, payload.sequence)
        unread = 0
    return lines


def check_chain(records: tuple[JournalRecord, ...], org_fingerprint: str,
                org_key: ec.EllipticCurvePublicKey | None, meeting_id: int
                ) -> tuple[Journaled, list[CheckLine]]:
    """The entries' bytes, signatures, chain and contiguity; the meeting's entries that
    hold, for coverage (the others are in the span only to show it has no gap)."""
    signers = {org_fingerprint: org_key} if org_key is not None else {}
    # Not ``contiguous=True``: that mode requires the span to start at sequence 1, and
    # an archive's span starts at the meeting's first entry; contiguity is _gaps'.
    report = verify_records(records, signers, contiguous=False)
    lines = [failed(_A, f"verify.journal.{b.kind.value}", JOURNAL,
                    f"entry {b.sequence if b.sequence is not None else '?'}",
                    sequence=b.sequence if b.sequence is not None else "?")
             for b in report.breaks]
    gaps = _gaps(report)
    lines += gaps
    broken = {b.index for b in report.breaks}
    held = [payload for index, payload in enumerate(report.payloads)
            if index not in broken and payload is not None and payload.meeting_id == meeting_id]
    if report.pending:
        lines.append(warning(_A, "verify.journal.pending", JOURNAL, count=report.pending))
    if not report.breaks and not gaps:
        lines.insert(0, ok(_A, "verify.journal.ok", JOURNAL, count=report.entries,
                           signed=report.signed))
    return Journaled(tuple(held)), lines


def _ballot_differs(entry: JournalPayload, b: BallotEntry, poll_id: int,
                    signed: BallotContent | None) -> str | None:
    """The first thing the journal says of a ballot otherwise than the index, or than
    the ballot file (``signed``: its content, when the file was read)."""
    wanted: list[tuple[str, object]] = [("ballot_id", b.id), ("poll_id", poll_id),
                                        ("channel", b.channel.value)]
    if signed is not None:
        wanted += [("voter_id", signed.voter_id), ("on_behalf_of", signed.on_behalf_of),
                   ("sequence", signed.sequence)]
    for name, value in wanted:
        if entry.subject.get(name) != value:
            return name
    return None if entry.at == entry_time(b.received_at) else "received_at"


def _ballot_lines(journaled: Journaled, polls: Iterable[PollRecord],
                  signed: Mapping[str, BallotContent]) -> list[CheckLine]:
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
            differs = _ballot_differs(entries[at], b, record.poll.id, signed.get(b.fingerprint))
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


def check_coverage(journaled: Journaled, contents: BundleContents,
                   signed: Mapping[str, BallotContent] | None = None) -> list[CheckLine]:
    """Every ballot, poll opening and closing, minutes signature and convocation sent
    has its entry; no journaled ballot is missing from the bundle; ballots were
    journaled in index order; what the entries say agrees with ``data/polls.json`` and,
    through ``signed`` (the ballot files read, by fingerprint), with the ballots."""
    polls = contents.polls
    lines = _ballot_lines(journaled, polls, signed or {})
    lines += poll_lines(journaled.of(EventKind.POLL_OPENED), journaled.of(EventKind.POLL_CLOSED),
                        polls)
    lines += _minutes_lines(journaled, contents.minutes)
    lines += _sending_lines(journaled, contents.convocations)
    if not lines:
        ballots = sum(len(r.ballots) for r in polls)
        lines.append(ok(_A, "verify.journal.coverage_ok" if polls else "verify.journal.coverage_ok_no_poll",
                        JOURNAL, ballots=ballots, polls=len(polls)))
    return lines
