# SPDX-License-Identifier: GPL-3.0-or-later
"""Which ballots count: signature, certificate, voting right, proxy, window, definition,
revoting, and the reconciliation of channels so that nobody is counted twice.

The rule that decides between channels (written in ``docs/formats.md`` and tested),
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
the ballots are given in (ties of sequence are broken by fingerprint).
"""

from __future__ import annotations

import enum
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime

from cryptography import x509

from talagov.core.ballots import Channel, SignedBallot
from talagov.core.polls import Poll


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
    """

    voters: frozenset[int]
    proxies: Mapping[int, int]
    void_proxies: Mapping[int, int]
    blank_proxies: frozenset[int]
    colleges: Mapping[int, str]
    ca_certificate: x509.Certificate
    revoked_serials: frozenset[str] = frozenset()


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
    raise NotImplementedError


def judge(poll: Poll, ballots: Iterable[ReceivedBallot], electorate: Electorate) -> PollJudgement:
    """Judge every ballot of one poll and reconcile channels (module docstring).

    Linear in the number of ballots apart from one signature check each and one
    certificate check per distinct certificate.
    """
    raise NotImplementedError
