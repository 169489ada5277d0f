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
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

from cryptography import x509

from talagov.core import ballots as ballot_files
from talagov.core.ballot_check import (
    BallotJudgement,
    Electorate,
    PollJudgement,
    ReceivedBallot,
    Verdict,
    judge,
)
from talagov.core.bundle_format import BALLOTS, POLLS
from talagov.core.bundle_model import BallotEntry, PollRecord
from talagov.core.errors import UserError
from talagov.verifier.lines import ballot_subject, failed, ok, poll_subject
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
