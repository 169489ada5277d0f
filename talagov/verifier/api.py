# SPDX-License-Identifier: GPL-3.0-or-later
"""Verify a meeting's archive bundle on its own: :func:`verify_bundle`.

The bundle is read as untrusted input (:mod:`talagov.verifier.reader`), its manifest
checked (:mod:`talagov.verifier.check_manifest`), then everything it says is checked
again from what it holds, trusting only the organisation certificate inside it (whose
fingerprint the reader compares with the one printed on paper): the certificates, the
data files, each poll's definition and electorate, every ballot, each tally and hand
count, each recorded quorum, the minutes (content, signatures, PDF, register entries,
and what they say of the votes and attendance), the journal, and the documents.
Nothing is written anywhere; only the core, the messages' codes and the standard
library are used, so this runs without Qt or a database.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from cryptography import x509

from talagov.core import bundle_format as bf
from talagov.core.ballot_check import PollJudgement
from talagov.core.ballots import BallotContent
from talagov.core.bundle_model import BundleContents
from talagov.core.polls import PollStatus
from talagov.core.tally_model import TallyResult
from talagov.verifier import check_minutes_facts
from talagov.verifier.check_certificates import CertificateFacts, check_certificates, check_keys
from talagov.verifier.check_documents import check_documents
from talagov.verifier.check_electorate import check_electorate
from talagov.verifier.check_journal import check_chain, check_coverage
from talagov.verifier.check_manifest import check_files, check_manifest
from talagov.verifier.check_minutes import ReadMinutes, check_minutes, signed_minutes_lines
from talagov.verifier.check_polls import check_polls
from talagov.verifier.check_quorum import check_quorum
from talagov.verifier.check_register import check_register
from talagov.verifier.check_tally import check_hand_count, check_tally
from talagov.verifier.check_votes import check_clocks, check_presence, judge_poll, unlisted
from talagov.verifier.contents import decode_contents
from talagov.verifier.lines import failed
from talagov.verifier.reader import BundleFiles, read_bundle
from talagov.verifier.report import Area, Cancelled, CheckLine, Verification
from talagov.verifier.session_record import recompute, session_record

Progress = Callable[[int, int], None]


@dataclass
class _Run:
    """One verification under way: its lines, progress and cancellation."""

    progress: Progress | None
    cancelled: Callable[[], bool] | None
    total: int = 1
    done: int = 0
    lines: list[CheckLine] = field(default_factory=list)
    # The ballot files read, by fingerprint: what the journal's entries must say.
    ballots: dict[str, BallotContent] = field(default_factory=dict)

    def step(self, units: int = 1) -> None:
        """``units`` more of the work done; stop here if the caller cancelled."""
        if self.cancelled is not None and self.cancelled():
            raise Cancelled()
        self.done = min(self.total, self.done + units)
        if self.progress is not None:
            self.progress(self.done, self.total)




def _manifest_lines(files: BundleFiles, facts: CertificateFacts, run: _Run) -> list[CheckLine]:
    key = facts.public_key
    if key is not None:
        return check_manifest(files, key, cancelled=run.cancelled)
    # No organisation key to check the signatures with: the files are still compared
    # with the manifest, and the signatures said unchecked.
    return [*check_files(files, cancelled=run.cancelled),
            failed(Area.MANIFEST, "verify.manifest.unchecked", bf.MANIFEST_SIG)]


def _members(files: BundleFiles) -> dict[str, bytes]:
    return {name: files.read(name) for name in files.names(bf.MEMBER_CERTS)}


def _parsed_certificates(files: BundleFiles, facts: CertificateFacts
                         ) -> dict[str, x509.Certificate]:
    """The member certificates already parsed and checked, by the exact text of their
    file (a text that is not plain ASCII is left out: it is read again, and refused)."""
    known: dict[str, x509.Certificate] = {}
    for path, fp in facts.paths.items():
        try:
            text = files.read(path).decode("ascii")
        except UnicodeDecodeError:
            continue
        if fp in facts.members:
            known[text] = facts.members[fp]
    return known


def _optional(files: BundleFiles, name: str) -> bytes | None:
    return files.read(name) if name in files else None


def _polls(contents: BundleContents, files: BundleFiles, facts: CertificateFacts,
           run: _Run) -> tuple[dict[int, TallyResult], dict[int, PollJudgement]]:
    """Electorates, ballots, tallies and hand counts of the closed polls; the recomputed
    results and ballots' judgements by agenda item (for the minutes)."""
    session = session_record(contents)
    results: dict[int, TallyResult] = {}
    judgements: dict[int, PollJudgement] = {}
    ballot_lines: list[CheckLine] = []
    tally_lines: list[CheckLine] = []
    closed = [r for r in contents.polls if r.poll.status is PollStatus.CLOSED]
    if closed and facts.ca is None:  # nothing to judge the ballots' certificates against
        ballot_lines.append(failed(Area.BALLOTS, "verify.ballots.unchecked", bf.POLLS,
                                   count=len(closed)))
    verified = frozenset(facts.members)  # verified against the CA by check_certificates
    # The ballots' certificates, read once, starting with the member certificates the
    # certificate checks parsed: a ballot carries the very PEM text of its signer's file.
    known = _parsed_certificates(files, facts)
    for record in contents.polls:
        if record.poll.status is not PollStatus.CLOSED or facts.ca is None:
            run.step(len(record.ballots))
            continue
        again = recompute(record.poll, session, facts.ca, facts.revoked_at, verified)
        ballot_lines += check_electorate(record, again, facts.revoked_at)
        judged, found = judge_poll(record, files, again.electorate, known)
        ballot_lines += found + check_presence(record, judged, contents.attendance.entries,
                                               contents.meeting.meeting.opened_at)
        ballot_lines += check_clocks(record, judged)
        run.ballots.update((r.ballot.fingerprint, r.ballot.content) for r in judged.received)
        result, found = check_tally(record, judged.judgement.counted, again.bases)
        tally_lines += found + check_hand_count(record, facts.public_key)
        results[record.poll.item_id] = result
        judgements[record.poll.item_id] = judged.judgement
        run.step(len(record.ballots))
    run.lines += ballot_lines + unlisted(contents.polls, files) + tally_lines
    if facts.fingerprint:  # what the definitions must name
        run.lines += check_polls(contents.polls, contents, facts.fingerprint)
    run.lines += check_quorum(session, contents.polls)
    return results, judgements


def _minutes(contents: BundleContents, files: BundleFiles, facts: CertificateFacts,
             results: dict[int, TallyResult], judgements: dict[int, PollJudgement],
             run: _Run) -> None:
    session = session_record(contents)
    read: list[ReadMinutes] = []
    for m in contents.minutes:
        one, found = check_minutes(m, files, facts)
        read.append(one)
        run.lines += found
        if one.content is not None and m.content is not None:
            run.lines += check_minutes_facts.check_facts(
                m.id, m.content, one.content, session, results, judgements=judgements,
                roll=contents.roll)
        run.step()
    run.lines += check_register(read, files, contents.meeting, facts)
    run.lines += signed_minutes_lines(contents)


def _verify(files: BundleFiles, run: _Run) -> tuple[str, BundleContents | None]:
    lines, facts = check_certificates(
        _optional(files, bf.ORG_CERT), files.manifest.organisation_fingerprint,
        _members(files), _optional(files, bf.REVOCATIONS))  # fmt: skip
    run.lines += _manifest_lines(files, facts, run)
    run.step()
    decoded, found = decode_contents(files)
    run.lines += lines + found
    contents = decoded.contents
    if contents is not None:
        run.lines += check_keys(contents.keys, facts, files.names(bf.MEMBER_CERTS))
    run.step()
    if contents is None:
        return facts.fingerprint, None
    results, judgements = _polls(contents, files, facts, run)
    _minutes(contents, files, facts, results, judgements, run)
    if decoded.journal is not None:
        journaled, found = check_chain(decoded.journal, facts.fingerprint, facts.public_key,
                                       contents.meeting.meeting.id)
        run.lines += found + check_coverage(journaled, contents, run.ballots)
    run.step()
    run.lines += check_documents(contents.meeting.documents, files)
    run.step()
    return facts.fingerprint, contents


def verify_bundle(path: Path, *, progress: Progress | None = None,
                  cancelled: Callable[[], bool] | None = None) -> Verification:
    """Verify the bundle at ``path`` (see the module docstring).

    Args:
        progress: called with ``(done, total)`` as the work advances (units: the
            bundle's ballots and minutes, plus one per phase); from the calling thread.
        cancelled: polled between steps; when it returns true the verification stops.

    Returns:
        Every check's line, grouped by area in :class:`Area` order, and the decoded
        contents (``None`` when a data file could not be decoded).

    Raises:
        BundleUnreadable: the file is not a readable bundle (exit code 2).
        Cancelled: ``cancelled()`` returned true.
    """
    return verify_files(read_bundle(Path(path), cancelled=cancelled), progress=progress,
                        cancelled=cancelled)


def verify_files(files: BundleFiles, *, progress: Progress | None = None,
                 cancelled: Callable[[], bool] | None = None) -> Verification:
    """Verify a bundle already read by :func:`~talagov.verifier.reader.read_bundle`
    (the auditor's window browses the same files it verified, read once)."""
    run = _Run(progress, cancelled)
    run.total = 4 + len(files.names(bf.BALLOTS)) + len(files.names(bf.MINUTES_DIR)) // 2
    run.step(0)
    fingerprint, contents = _verify(files, run)
    order = list(Area)
    lines = sorted(run.lines, key=lambda line: order.index(line.area))  # stable: check order kept
    if progress is not None:
        progress(run.total, run.total)
    return Verification(path=str(files.path), manifest=files.manifest,
                        organisation_fingerprint=fingerprint, lines=tuple(lines),
                        contents=contents)
