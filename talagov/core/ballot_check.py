# SPDX-License-Identifier: GPL-3.0-or-later
"""Which ballots count: signature, certificate, voting right, proxy, window, definition,
revoting, and the reconciliation of channels so that nobody is counted twice.

The rule that decides between channels (written in ``docs/votes.md`` and tested),
for one poll and one principal (the member whose vote it is):

1. the principal's own signed ballot (booth or file), highest sequence, counts;
2. otherwise the principal's postal form received in time, if it gives a direction
   on the item: a ``correspondence`` ballot signed by the organisation's key as
   witness (the service writes one per such form when the poll closes; late forms and
   forms without a direction get none);
3. otherwise the signed ballot of the holder of the principal's valid proxy, cast on
   the principal's behalf (highest sequence), or else a valid blank proxy's direction
   (FOR management's resolutions, AGAINST the others; elections: none);
4. hand-count totals cover only the participants counted by none of the above.

Every other ballot for that principal is kept as ``superseded`` (a lower sequence in
the same channel) or ``overridden`` (a higher-precedence channel counted), never
deleted. A rejected ballot keeps its reason. The result does not depend on the order
the ballots are given in (equal sequences are settled by the later reception, then by
the larger fingerprint). A ballot of any channel but ``correspondence`` is treated as
signed by the member it names as voter.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime

from cryptography import x509

from talagov.core.agenda import Presenter
from talagov.core.ballots import Channel, SignedBallot
from talagov.core.certificates import CertProblem
from talagov.core.polls import AGAINST, BLANK, FOR, RESOLUTION_CHOICES, Poll, PollKind
from talagov.core.signing import verify_bytes
from talagov.core.tally_certificates import WITNESS_MISMATCH, CertificateChecks


class Verdict(enum.StrEnum):
    """What became of one ballot."""

    COUNTED = "counted"
    SUPERSEDED = "superseded"  # the same voter voted again for the same principal
    OVERRIDDEN = "overridden"  # another channel counts for that principal
    REJECTED = "rejected"


class RejectReason(enum.StrEnum):
    """Why a ballot is rejected (message codes ``ballot.rejected.<value>``)."""

    BAD_SIGNATURE = "bad_signature"
    BAD_CERTIFICATE = "bad_certificate"  # not issued by the organisation, or malformed
    CERTIFICATE_EXPIRED = "certificate_expired"  # outside validity at reception
    CERTIFICATE_REVOKED = "certificate_revoked"
    SIGNER_NOT_VOTER = "signer_not_voter"  # the certificate names another member
    NO_VOTING_RIGHT = "no_voting_right"  # voter (or principal) not on the roll
    NO_PROXY = "no_proxy"  # no proxy from on_behalf_of to voter
    PROXY_VOID = "proxy_void"  # the proxy exists but was refused (check_proxies)
    POLL_NOT_OPEN = "poll_not_open"  # received outside [opened_at, closed_at]
    WRONG_DEFINITION = "wrong_definition"  # names another poll definition (or meeting)
    WRONG_ORGANISATION = "wrong_organisation"
    INVALID_CHOICE = "invalid_choice"  # unknown choice, duplicates, too many, blank+name
    DUPLICATE = "duplicate"  # the very same ballot (fingerprint) received twice


@dataclass(frozen=True)
class ReceivedBallot:
    """A ballot as stored: its id, channel and when TalaGov received it."""

    id: int
    ballot: SignedBallot
    channel: Channel
    received_at: datetime


@dataclass(frozen=True)
class BallotJudgement:
    """The verdict on one received ballot, with its reason when not counted."""

    ballot_id: int
    verdict: Verdict
    reason: RejectReason | None = None
    detail: Mapping[str, object] = field(default_factory=dict)  # message params


@dataclass(frozen=True)
class CountedVote:
    """One principal's vote as it enters the tally."""

    principal_id: int
    choices: tuple[str, ...]
    channel: Channel
    ballot_id: int | None  # None for a blank proxy's direction
    college_key: str = ""


@dataclass(frozen=True)
class Electorate:
    """Who may vote in a poll and through whom, as decided at the poll's opening.

    Attributes:
        voters: members with a vote (roll at the record date, or body in office).
        proxies: principal -> holder of each *valid* proxy (blank ones: the chair).
        void_proxies: principal -> holder of each proxy that exists but was refused.
        blank_proxies: principals of valid blank proxies.
        colleges: member -> college key (empty without colleges).
        ca_certificate: the organisation's certificate (CA and witness signer).
        revoked_serials: serials of the newest valid revocation list.
        revoked_at: serial -> when it was revoked (aware): a ballot received before
            that moment was signed with a valid certificate (a serial without a time
            is revoked for every ballot).
        issued_fingerprints: SHA-256 fingerprints of the certificates the organisation's
            register records as issued: the organisation's signature on those need not
            be verified again (every other check still applies).
    """

    voters: frozenset[int]
    proxies: Mapping[int, int]
    void_proxies: Mapping[int, int]
    blank_proxies: frozenset[int]
    colleges: Mapping[int, str]
    ca_certificate: x509.Certificate
    revoked_serials: frozenset[str] = frozenset()
    issued_fingerprints: frozenset[str] = frozenset()
    revoked_at: Mapping[str, datetime] = field(default_factory=dict)


@dataclass(frozen=True)
class PollJudgement:
    """Every ballot's verdict and the votes that count, one per principal at most."""

    judgements: tuple[BallotJudgement, ...]
    counted: tuple[CountedVote, ...]

    def verdict_of(self, ballot_id: int) -> BallotJudgement | None:
        """The judgement of one ballot."""
        return next((j for j in self.judgements if j.ballot_id == ballot_id), None)


def check_one(received: ReceivedBallot, poll: Poll, electorate: Electorate
              ) -> tuple[RejectReason, dict[str, object]] | None:
    """The reason a single ballot is rejected on its own merits, or ``None``.

    Used at reception (the booth refuses at once) and by :func:`judge`.
    """
    return _Checker(poll, electorate).check(received, received.ballot.signed_bytes)


def judge(poll: Poll, ballots: Iterable[ReceivedBallot], electorate: Electorate) -> PollJudgement:
    """Judge every ballot of one poll and reconcile channels (module docstring).

    Linear in the number of ballots apart from one signature check each and one
    certificate check per distinct certificate.
    """
    checker = _Checker(poll, electorate)
    verdicts: dict[int, BallotJudgement] = {}
    first_by_fingerprint: dict[str, int] = {}
    by_principal: dict[int, list[tuple[ReceivedBallot, str]]] = {}
    for received in sorted(ballots, key=lambda r: r.id):
        data = received.ballot.signed_bytes
        fp = received.ballot.fingerprint
        kept = first_by_fingerprint.setdefault(fp, received.id)
        problem = checker.check(received, data) if kept == received.id \
            else (RejectReason.DUPLICATE, {"ballot": kept})
        if problem is not None:
            verdicts[received.id] = BallotJudgement(received.id, Verdict.REJECTED, *problem)
            continue
        principal = received.ballot.content.on_behalf_of
        by_principal.setdefault(principal, []).append((received, fp))
    counted: dict[int, CountedVote] = {}
    for principal, valid in by_principal.items():
        winner = _reconcile(principal, valid, verdicts)
        counted[principal] = CountedVote(principal, tuple(winner.ballot.content.choices),
                                         winner.channel, winner.id,
                                         electorate.colleges.get(principal, ""))
    blank = _blank_direction(poll)
    if blank is not None:
        for principal in electorate.blank_proxies:
            if principal not in counted and principal in electorate.voters:
                counted[principal] = CountedVote(principal, blank, Channel.BLANK_PROXY, None,
                                                 electorate.colleges.get(principal, ""))
    return PollJudgement(
        judgements=tuple(verdicts[k] for k in sorted(verdicts)),
        counted=tuple(counted[k] for k in sorted(counted)),
    )


def _tier(received: ReceivedBallot, principal: int) -> int:
    """Precedence of a valid ballot for its principal: 0 own, 1 postal, 2 proxy holder."""
    if received.channel is Channel.CORRESPONDENCE:
        return 1
    return 0 if received.ballot.content.voter_id == principal else 2


def _rank(item: tuple[ReceivedBallot, str]) -> tuple[int, datetime, str]:
    received, fp = item
    return received.ballot.content.sequence, received.received_at, fp


def _reconcile(principal: int, valid: list[tuple[ReceivedBallot, str]],
               verdicts: dict[int, BallotJudgement]) -> ReceivedBallot:
    """Pick the one ballot that counts for ``principal``; record every other verdict."""
    best_tier = min(_tier(r, principal) for r, _ in valid)
    same = [item for item in valid if _tier(item[0], principal) == best_tier]
    winner = max(same, key=_rank)[0]
    for received, _ in valid:
        if received.id == winner.id:
            verdict = Verdict.COUNTED
        elif _tier(received, principal) == best_tier:
            verdict = Verdict.SUPERSEDED
        else:
            verdict = Verdict.OVERRIDDEN
        detail: dict[str, object] = {} if verdict is Verdict.COUNTED else {"by": winner.id}
        verdicts[received.id] = BallotJudgement(received.id, verdict, None, detail)
    return winner


def _blank_direction(poll: Poll) -> tuple[str, ...] | None:
    """What a blank proxy votes on this poll: FOR management's resolutions, AGAINST the
    others (L225-106 III); nothing in an election."""
    definition = poll.definition
    if definition.kind is not PollKind.RESOLUTION:
        return None
    return (FOR,) if definition.presenter is Presenter.MANAGEMENT else (AGAINST,)


_CERT_REASONS = {
    CertProblem.NOT_ISSUED_BY_ORG: RejectReason.BAD_CERTIFICATE,
    CertProblem.MALFORMED: RejectReason.BAD_CERTIFICATE,
    CertProblem.EXPIRED: RejectReason.CERTIFICATE_EXPIRED,
    CertProblem.NOT_YET_VALID: RejectReason.CERTIFICATE_EXPIRED,
    CertProblem.REVOKED: RejectReason.CERTIFICATE_REVOKED,
    CertProblem.WRONG_MEMBER: RejectReason.SIGNER_NOT_VOTER,
}


class _Checker:
    """:func:`check_one` with the per-poll facts computed once and certificates cached."""

    def __init__(self, poll: Poll, electorate: Electorate) -> None:
        self.poll = poll
        self.electorate = electorate
        definition = poll.definition
        self.election = definition.kind is PollKind.ELECTION
        self.candidates = frozenset(c for c in definition.choices if c != BLANK)
        self.seats = definition.seats
        self.certificates = CertificateChecks(electorate.ca_certificate,
                                              electorate.revoked_serials,
                                              electorate.issued_fingerprints,
                                              electorate.revoked_at)

    def check(self, received: ReceivedBallot, data: bytes | None
              ) -> tuple[RejectReason, dict[str, object]] | None:
        """The first problem of one ballot (``data``: its payload's signed bytes), in the
        order of the module's rules."""
        ballot, poll = received.ballot, self.poll
        content = ballot.content
        if content.organisation != poll.definition.organisation:
            return RejectReason.WRONG_ORGANISATION, {
                "expected": poll.definition.organisation, "actual": content.organisation}
        for name, expected, actual in (("meeting_id", poll.meeting_id, content.meeting_id),
                                       ("poll_id", poll.id, content.poll_id),
                                       ("definition_hash", poll.definition_hash,
                                        content.definition_hash)):
            if expected != actual:
                return RejectReason.WRONG_DEFINITION, {
                    "field": name, "expected": expected, "actual": actual}
        public_key = self.certificates.public_key(ballot.certificate)
        if data is None or public_key is None or not verify_bytes(data, ballot.signature,
                                                                   public_key):
            return RejectReason.BAD_SIGNATURE, {}
        problem = self._certificate(received)
        if problem is not None:
            return problem
        voters = self.electorate.voters
        for role, member in (("voter", content.voter_id), ("principal", content.on_behalf_of)):
            if member not in voters:
                return RejectReason.NO_VOTING_RIGHT, {"member": member, "role": role}
        if content.on_behalf_of != content.voter_id:
            problem = self._proxy(content.voter_id, content.on_behalf_of)
            if problem is not None:
                return problem
        if not poll.is_open_at(received.received_at):
            return RejectReason.POLL_NOT_OPEN, {"received_at": received.received_at.isoformat()}
        if not self._choices_valid(tuple(content.choices)):
            return RejectReason.INVALID_CHOICE, {"choices": ", ".join(content.choices)}
        return None

    def _proxy(self, voter: int, principal: int) -> tuple[RejectReason, dict[str, object]] | None:
        if self.electorate.proxies.get(principal) == voter:
            return None
        detail: dict[str, object] = {"voter": voter, "principal": principal}
        if self.electorate.void_proxies.get(principal) == voter:
            return RejectReason.PROXY_VOID, detail
        return RejectReason.NO_PROXY, detail

    def _choices_valid(self, choices: tuple[str, ...]) -> bool:
        if not self.election:
            return len(choices) == 1 and choices[0] in RESOLUTION_CHOICES
        if choices == (BLANK,):
            return True
        return (1 <= len(choices) <= self.seats and len(set(choices)) == len(choices)
                and all(c in self.candidates for c in choices))

    def _certificate(self, received: ReceivedBallot
                     ) -> tuple[RejectReason, dict[str, object]] | None:
        cert = received.ballot.certificate
        if received.channel is Channel.CORRESPONDENCE:
            if self.certificates.is_witness(cert):
                return None
            return RejectReason.BAD_CERTIFICATE, {"problem": WITNESS_MISMATCH}
        found = self.certificates.member_problem(cert, at=received.received_at,
                                                 member_id=received.ballot.content.voter_id)
        return None if found is None else (_CERT_REASONS[found[0]], found[1])
