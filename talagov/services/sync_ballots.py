# SPDX-License-Identifier: GPL-3.0-or-later
"""Ballot files from the shared folder, imported a batch at a time.

:func:`talagov.services.ballots.import_ballot_file` loads the poll's whole setting
(session record, electorate, revocation list, bases) for every file, then queries the
ballots of its principal: milliseconds each, minutes for thousands of files.
:class:`BallotBatch` makes the same checks, stores the same rows, judges each ballot the
same way — with the ballots already stored for its principal, and those before it in the
batch — and writes the same journal entries in the same order, but loads each poll's
setting and fingerprints once per pass, and the ballots of a batch's principals in one
query per poll. Nothing a ballot file carries changes a poll's setting (the proxies and
the attendance do, and a pass imports proxies before ballots).

Before that, a file from the folder must be for this organisation, its name must
announce the meeting and poll it holds (a file renamed or moved is not imported), its
signature must verify and its certificate must be one the organisation issued. Anyone
can write into the folder: a copy of a real member's ballot edited by hand (another
choice, another nonce: no key needed) would otherwise be stored as a rejected ballot
*of that member*, with its journal entry, as often as the forger likes. Such files are
quarantined instead, with their reason. A ballot genuinely signed with one of our
certificates but refused for another reason (late, no proxy, revoked, another
definition...) is still stored and journalled as rejected, as by any other channel: that
is the member's own act, and the record of it belongs to the meeting.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime

from cryptography import x509
from sqlalchemy.exc import SQLAlchemyError

from talagov.core.ballot_check import ReceivedBallot, Verdict, judge
from talagov.core.ballots import Channel, SignedBallot, from_file
from talagov.core.certificates import CertProblem
from talagov.core.errors import UserError
from talagov.core.journal import EventKind
from talagov.core.polls import PollStatus
from talagov.core.signing import verify_bytes
from talagov.core.sync_format import Name
from talagov.core.tally_certificates import CertificateChecks
from talagov.services import keys
from talagov.services.ballots import ImportOutcome, ImportStatus
from talagov.services.electorate import PollSetting, load_setting
from talagov.services.polls import journal_ballot
from talagov.services.uow import UnitOfWork
from talagov.storage import keys_repo, polls_repo, sync_repo
from talagov.storage.vote_models import BallotRow

log = logging.getLogger(__name__)
# What a certificate that the organisation did not issue is, as CertificateChecks says.
_FOREIGN = frozenset({CertProblem.NOT_ISSUED_BY_ORG, CertProblem.MALFORMED})

_STATUS: dict[Verdict, ImportStatus] = {
    Verdict.COUNTED: "counted", Verdict.SUPERSEDED: "superseded",
    Verdict.OVERRIDDEN: "overridden", Verdict.REJECTED: "rejected",
}  # fmt: skip


def unexpected(exc: Exception, what: str) -> UserError:
    """The refusal of a file whose reading raised something no parser foresaw: logged
    with its traceback (a bug to fix), and the file set aside instead of ending the pass
    for every other file (``what``: the file, for the log)."""
    log.error("unexpected error reading %s", what, exc_info=exc)
    return UserError("sync_import.unexpected", {"error": type(exc).__name__})


@dataclass(frozen=True)
class BallotFile:
    """A ballot file to import: its bytes, its origin, the name it was found under."""

    data: bytes
    origin: str
    name: Name | None = None


@dataclass
class _Poll:
    id: int
    meeting_id: int
    number: int
    closed: bool
    fingerprints: dict[str, int]  # of the ballots stored, to their id
    setting: PollSetting | None = None
    # The stored ballots of the principals seen in this pass, in the order stored.
    received: dict[int, list[ReceivedBallot]] = field(default_factory=dict)


class BallotBatch:
    """Imports ballot files for one pass over the folder (one ``now``).

    Create it after the pass has recorded its proxies: the settings it loads are kept
    until it is dropped.
    """

    def __init__(self, uow: UnitOfWork, *, now: datetime) -> None:
        self._uow = uow
        self._now = now
        self._polls: dict[int, _Poll | None] = {}
        # Thousands of files carry a few hundred certificates: each PEM is read once.
        self._certificates: dict[str, x509.Certificate] = {}
        org = keys.organisation_key(uow)
        self.organisation = org.fingerprint if org is not None else None
        self.meetings: set[int] = set()  # meetings whose ballots changed
        self._issued: CertificateChecks | None = None  # made at the first ballot of ours

    def _poll(self, poll_id: int) -> _Poll | None:
        if poll_id not in self._polls:
            session = self._uow.session
            row = polls_repo.poll_row(session, poll_id)
            self._polls[poll_id] = None if row is None else _Poll(
                row.id, row.meeting_id, polls_repo.definition_of(row).number,
                row.status == PollStatus.CLOSED.value,
                sync_repo.ballot_fingerprints(session, row.id))  # fmt: skip
        return self._polls[poll_id]

    def _check(self, file: BallotFile) -> tuple[SignedBallot, _Poll]:
        """The ballot and its poll, or the reason it is not stored (``UserError``)."""
        ballot = from_file(file.data, known=self._certificates)
        content = ballot.content
        if self.organisation is None:
            raise UserError("sync_import.no_organisation_key")
        if content.organisation != self.organisation:
            raise UserError("sync_import.ballot_other_organisation")
        name = file.name
        if name is not None and (name.meeting_id, name.poll_id) != (content.meeting_id,
                                                                     content.poll_id):
            raise UserError("sync_import.ballot_name_mismatch",
                            {"meeting": content.meeting_id, "poll": content.poll_id})
        poll = self._poll(content.poll_id)
        if poll is None:
            raise UserError("ballot.unknown_poll", {"poll": content.poll_id})
        if poll.closed:
            raise UserError("poll.closed", {"number": poll.number})
        self._check_signer(ballot)
        return ballot, poll

    def _check_signer(self, ballot: SignedBallot) -> None:
        """Refuse (``UserError``) a ballot whose signature does not verify, or whose
        certificate the organisation did not issue: anyone can write such a file in a
        real member's name (module docstring). The judgement checks both again, in its
        own order, for every channel."""
        if self._issued is None:
            uow = self._uow
            org = keys.organisation_key(uow)
            since = org.created_at if org is not None else None
            issued = frozenset() if since is None \
                else keys_repo.issued_fingerprints(uow.session, since=since)
            self._issued = CertificateChecks(keys.organisation_certificate(uow),
                                             issued_fingerprints=issued)
        checks = self._issued
        public_key = checks.public_key(ballot.certificate)
        signed = ballot.signed_bytes
        if signed is None or public_key is None \
                or not verify_bytes(signed, ballot.signature, public_key):
            raise UserError("sync_import.ballot_bad_signature")
        # Validity, revocation and the member named are the judgement's (stored and
        # journalled as rejected): only "not ours at all" is set aside here.
        problem = checks.member_problem(ballot.certificate, at=self._now,
                                        member_id=ballot.content.voter_id)
        if problem is not None and problem[0] in _FOREIGN:
            raise UserError("sync_import.ballot_unknown_certificate")

    def _load_principals(self, wanted: dict[int, set[int]]) -> None:
        """The stored ballots of the principals not loaded yet, one query per poll."""
        for poll_id, principals in wanted.items():
            poll = self._polls[poll_id]
            assert poll is not None
            missing = principals - poll.received.keys()
            for principal in missing:
                poll.received[principal] = []
            for row in sync_repo.ballot_rows_for(self._uow.session, poll_id, missing):
                poll.received[row.on_behalf_of].append(polls_repo.to_received(row))

    def import_files(self, files: Sequence[BallotFile]) -> list[ImportOutcome | UserError]:
        """Store ballot files and say what became of each, in order (as
        ``import_ballot_file`` one after the other would).

        Returns:
            For each file, its outcome, or the ``UserError`` why nothing was stored:
            ``ballot.malformed.*``, ``sync_import.no_organisation_key``,
            ``sync_import.ballot_other_organisation``, ``sync_import.ballot_name_mismatch``,
            ``ballot.unknown_poll``, ``poll.closed``, ``sync_import.ballot_bad_signature``,
            ``sync_import.ballot_unknown_certificate``, ``sync_import.unexpected``.
        """
        results: list[ImportOutcome | UserError | None] = []
        new: list[tuple[int, SignedBallot, _Poll, BallotRow]] = []
        twins: list[tuple[int, str, _Poll]] = []  # copies of a ballot stored by this batch
        wanted: dict[int, set[int]] = {}
        batch: set[str] = set()
        for file in files:
            try:
                ballot, poll = self._check(file)
            except UserError as exc:
                results.append(exc)
                continue
            except SQLAlchemyError:
                raise  # the database's own trouble: the pass stops, the batch is redone
            except Exception as exc:
                # Defence in depth: one file from anyone must never end the pass.
                what = file.name.canonical if file.name is not None else "a ballot file"
                results.append(unexpected(exc, f"{what} from {file.origin}"))
                continue
            fingerprint = ballot.fingerprint
            if fingerprint in batch:
                twins.append((len(results), fingerprint, poll))
                results.append(None)
                continue
            existing = poll.fingerprints.get(fingerprint)
            if existing is not None:
                results.append(ImportOutcome("duplicate", existing, poll_id=poll.id,
                                             number=poll.number))  # fmt: skip
                continue
            batch.add(fingerprint)
            row = polls_repo.new_ballot_row(poll.id, ballot, channel=Channel.FILE,
                                            received_at=self._now, origin=file.origin)
            new.append((len(results), ballot, poll, row))
            results.append(None)
            wanted.setdefault(poll.id, set()).add(ballot.content.on_behalf_of)
        if new:
            self._load_principals(wanted)
            session = self._uow.session
            session.add_all([row for *_, row in new])
            session.flush()  # ids in the order added, as one import after the other
            for index, ballot, poll, row in new:
                poll.fingerprints[ballot.fingerprint] = row.id
                results[index] = self._judge(ballot, poll, row)
        for index, fingerprint, poll in twins:
            results[index] = ImportOutcome("duplicate", poll.fingerprints[fingerprint],
                                           poll_id=poll.id, number=poll.number)  # fmt: skip
        assert all(r is not None for r in results)
        return results  # type: ignore[return-value]  # every slot filled above

    def _judge(self, ballot: SignedBallot, poll: _Poll, row: BallotRow) -> ImportOutcome:
        """Judge a stored ballot with its principal's ballots so far, and journal it."""
        if poll.setting is None:
            poll.setting = load_setting(self._uow, poll.id, at=self._now)
        received = poll.received[ballot.content.on_behalf_of]
        received.append(ReceivedBallot(row.id, ballot, Channel.FILE, self._now))
        verdict = judge(poll.setting.poll, received, poll.setting.electorate).verdict_of(row.id)
        assert verdict is not None  # every ballot given to judge gets a verdict
        origin = row.origin
        if verdict.verdict is Verdict.REJECTED:
            journal_ballot(self._uow, EventKind.BALLOT_REJECTED, row.id, ballot, Channel.FILE,
                           poll.number, now=self._now, origin=origin,
                           reason=verdict.reason.value if verdict.reason is not None else None)
        else:
            journal_ballot(self._uow, EventKind.BALLOT_ACCEPTED, row.id, ballot, Channel.FILE,
                           poll.number, now=self._now, origin=origin,
                           status=_STATUS[verdict.verdict])
        self.meetings.add(poll.meeting_id)
        return ImportOutcome(_STATUS[verdict.verdict], row.id, verdict.reason,
                             dict(verdict.detail), poll.id, poll.number)
