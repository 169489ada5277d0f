# SPDX-License-Identifier: GPL-3.0-or-later
"""Every ballot of a closed poll, judged again and compared with its recorded verdict.

The ballot files are read byte for byte (``ballots/poll-<id>/<fingerprint>.json``)
and judged by :func:`talagov.core.ballot_check.judge`, the very function TalaGov
counted them with: signature, certificate issued by the organisation and valid at
reception, not revoked, voter and principal on the roll, proxy, window, definition,
choices, then the reconciliation of revotes and channels. The electorate is the one
recomputed from the record. Every ballot whose verdict differs from the recorded one
is a failed line naming it; so is a file that is not a ballot, a ballot listed without
its file or under another fingerprint, and a ballot file the index does not list (one
added to the bundle).

Then what the attendance sheet and the voters' own clocks say of the ballots
(:func:`check_presence`, :func:`check_clocks`): a booth ballot is signed on the
secretary's laptop, in the room, so its voter must be recorded present then; a voter's
clock later than the poll's closing or than the reception is worth a warning.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from cryptography import x509

from talagov.core import ballots as ballot_files
from talagov.core.attendance import AttendanceEntry, AttendanceStatus
from talagov.core.ballot_check import (
    BallotJudgement,
    Electorate,
    PollJudgement,
    ReceivedBallot,
    Verdict,
    judge,
)
from talagov.core.ballots import Channel
from talagov.core.bundle_format import BALLOTS, POLLS
from talagov.core.bundle_model import BallotEntry, PollRecord
from talagov.core.errors import UserError
from talagov.verifier.lines import ballot_subject, failed, ok, poll_subject, warning
from talagov.verifier.reader import BundleFiles
from talagov.verifier.report import Area, CheckLine

_A = Area.BALLOTS


@dataclass(frozen=True)
class PollBallots:
    """One poll's ballots as read and judged."""

    received: tuple[ReceivedBallot, ...]
    judgement: PollJudgement


def _outcome(verdict: Verdict, reason: object) -> str:
    return f"{verdict.value}: {reason}" if reason is not None else verdict.value


def read_ballots(record: PollRecord, files: BundleFiles,
                 known: dict[str, x509.Certificate] | None = None
                 ) -> tuple[list[ReceivedBallot], list[CheckLine]]:
    """The ballots of the index that can be read, and a line for each that cannot:
    its file absent, not a ballot file, or a ballot of another fingerprint.

    ``known``: the certificates the run has read from ballot files so far, by PEM text
    (see :func:`talagov.core.ballots.from_file`)."""
    present = set(files.names(BALLOTS))
    received: list[ReceivedBallot] = []
    lines: list[CheckLine] = []
    for entry in record.ballots:
        subject = ballot_subject(entry.fingerprint)
        if entry.path not in present:
            lines.append(failed(_A, "verify.ballots.file_missing", entry.path, subject,
                                id=entry.id))
            continue
        try:
            ballot = ballot_files.from_file(files.read(entry.path), known=known)
        except UserError as exc:
            lines.append(failed(_A, "verify.ballots.malformed", entry.path, subject,
                                reason=exc.params.get("reason", exc.code)))
            continue
        if ballot.fingerprint != entry.fingerprint:
            lines.append(failed(_A, "verify.ballots.misnamed", entry.path, subject,
                                actual=ballot.fingerprint))
            continue
        received.append(ReceivedBallot(entry.id, ballot, entry.channel, entry.received_at))
    return received, lines


def unlisted(records: Iterable[PollRecord], files: BundleFiles) -> list[CheckLine]:
    """A line for every file under ``ballots/`` that no poll's index lists: a ballot
    added to the bundle without being recorded, or a poll's ballots left behind."""
    listed = {b.path for r in records for b in r.ballots}
    return [failed(_A, "verify.ballots.unlisted", name,
                   ballot_subject(name.rsplit("/", 1)[-1].removesuffix(".json")))
            for name in files.names(BALLOTS) if name not in listed]


def _compare(entry: BallotEntry, found: BallotJudgement | None, number: int) -> CheckLine | None:
    recorded = _outcome(entry.verdict, entry.reason)
    computed = "unread" if found is None else _outcome(found.verdict, found.reason)
    if found is not None and recorded == computed:
        return None
    return failed(_A, "verify.ballots.verdict_differs", entry.path,
                  ballot_subject(entry.fingerprint), number=number, recorded=recorded,
                  computed=computed)


def judge_poll(record: PollRecord, files: BundleFiles, electorate: Electorate,
               known: dict[str, x509.Certificate] | None = None
               ) -> tuple[PollBallots, list[CheckLine]]:
    """Read and judge one closed poll's ballots; one line per ballot whose verdict is
    not the recorded one (or that cannot be read), else one line for the poll.
    ``known``: as for :func:`read_ballots`, shared by the polls of one run."""
    number = record.poll.definition.number
    received, lines = read_ballots(record, files, known)
    unread = {x.file for x in lines}  # already named: not judged, not named again
    judgement = judge(record.poll, received, electorate)
    by_id = {j.ballot_id: j for j in judgement.judgements}
    for entry in record.ballots:
        differs = _compare(entry, by_id.get(entry.id), number)
        if differs is not None and entry.path not in unread:
            lines.append(differs)
    if not lines:
        verdicts = Counter(j.verdict for j in judgement.judgements)
        lines.append(ok(_A, "verify.ballots.ok", POLLS, poll_subject(number), number=number,
                        received=len(record.ballots), counted=verdicts[Verdict.COUNTED],
                        superseded=verdicts[Verdict.SUPERSEDED],
                        overridden=verdicts[Verdict.OVERRIDDEN],
                        rejected=verdicts[Verdict.REJECTED]))
    return PollBallots(tuple(received), judgement), lines


def _paths(record: PollRecord) -> dict[int, str]:
    return {b.id: b.path for b in record.ballots}


def _present_at(entry: AttendanceEntry, at: datetime) -> bool:
    """:meth:`AttendanceEntry.attending_at`, in the room only, on local times (a crafted
    bundle mixing times with and without offset is compared, not a crash)."""
    return (entry.status is AttendanceStatus.PRESENT
            and (entry.arrived_at is None or _local(entry.arrived_at) <= at)
            and (entry.left_at is None or _local(entry.left_at) > at))


def check_presence(record: PollRecord, ballots: PollBallots,
                   attendance: Iterable[AttendanceEntry], session_opened: datetime | None
                   ) -> list[CheckLine]:
    """A warning for each booth ballot not rejected whose voter the attendance sheet
    does not record present when it was received.

    A warning, not a failure: the ballot is the member's own signature, and a member
    who voted in the room without being ticked present is the secretary's omission more
    often than a forgery (a forged sheet also shows in the signed minutes' participants
    and in the journal's hash of the poll's setting, both failures).

    The booth is the secretary's laptop in the room: a remote participant votes with a
    ballot file (docs/votes.md § 3), so *present* it must be, arrived and not left.
    Booth ballots received before the session opened (a poll opened for remote voting)
    are not judged here: there was no attendance sheet yet."""
    if session_opened is None:
        return []
    sheet = {e.member_id: e for e in attendance}
    rejected = {j.ballot_id for j in ballots.judgement.judgements if j.verdict is Verdict.REJECTED}
    paths, number = _paths(record), record.poll.definition.number
    lines: list[CheckLine] = []
    for r in ballots.received:
        at = _local(r.received_at)
        if r.channel is not Channel.BOOTH or r.id in rejected or at < _local(session_opened):
            continue
        voter = r.ballot.content.voter_id
        entry = sheet.get(voter)
        if entry is not None and _present_at(entry, at):
            continue
        status = entry.status.value if entry is not None else AttendanceStatus.ABSENT.value
        lines.append(warning(_A, "verify.ballots.voter_not_present", paths.get(r.id, POLLS),
                            ballot_subject(r.ballot.fingerprint), number=number, id=r.id,
                            member=voter, status=status,
                            at=r.received_at.isoformat(timespec="seconds")))
    return lines


def _local(at: datetime) -> datetime:
    """A time as the bundle writes them: local, without offset (an aware time is
    converted to this machine's local time, as every check of the verifier does)."""
    return at if at.tzinfo is None else at.astimezone().replace(tzinfo=None)


def check_clocks(record: PollRecord, ballots: PollBallots) -> list[CheckLine]:
    """A warning for each voter-signed ballot (booth or file) not rejected whose
    ``cast_at``, from the voter's clock, is later than the poll's closing or than its
    reception: the laptops' clocks may differ, so it is said, not failed (a ballot
    *received* outside the window is rejected by the core's judgement)."""
    closed = record.poll.closed_at
    rejected = {j.ballot_id for j in ballots.judgement.judgements if j.verdict is Verdict.REJECTED}
    paths, number = _paths(record), record.poll.definition.number
    lines: list[CheckLine] = []
    for r in ballots.received:
        if r.channel not in (Channel.BOOTH, Channel.FILE) or r.id in rejected:
            continue
        try:
            cast = _local(datetime.fromisoformat(r.ballot.content.cast_at))
        except ValueError:  # informative only: a voter's clock that says nothing
            continue
        path, subject = paths.get(r.id, POLLS), ballot_subject(r.ballot.fingerprint)
        cast_text = r.ballot.content.cast_at
        if closed is not None and cast > _local(closed):
            lines.append(warning(_A, "verify.ballots.cast_after_close", path, subject,
                                 number=number, id=r.id, cast_at=cast_text,
                                 closed_at=_local(closed).isoformat(timespec="seconds")))
        elif cast > _local(r.received_at):
            lines.append(warning(_A, "verify.ballots.cast_after_received", path, subject,
                                 number=number, id=r.id, cast_at=cast_text,
                                 received_at=_local(r.received_at).isoformat(timespec="seconds")))
    return lines
