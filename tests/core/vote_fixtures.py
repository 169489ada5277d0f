# SPDX-License-Identifier: GPL-3.0-or-later
"""A small organisation with members' keys, an open poll and signed ballots, for the
ballot-judgement and tally tests (keys and certificates are made once per session)."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import UTC, datetime, timedelta
from functools import cache

from cryptography import x509
from cryptography.hazmat.primitives.asymmetric import ec

from talagov.core import certificates as c
from talagov.core.agenda import Presenter
from talagov.core.ballot_check import CountedVote, Electorate, ReceivedBallot
from talagov.core.ballots import BallotContent, Channel, SignedBallot, new_nonce, sign_ballot
from talagov.core.polls import (
    BLANK,
    RESOLUTION_CHOICES,
    Poll,
    PollDefinition,
    PollKind,
    PollStatus,
    candidate_choice,
    definition_hash,
)
from talagov.core.signing import new_private_key
from talagov.core.statutes import CollegeSpec, MajorityRule

ISSUED = datetime(2026, 1, 5, 9, 0, tzinfo=UTC)  # certificates issued then (valid 3 years)
OPENED = datetime(2026, 6, 30, 9, 0)  # naive local time, as the database stores it
DURING = OPENED + timedelta(minutes=30)
MEMBERS = 12  # member ids 1..12; 1 is the chair


@dataclass(frozen=True)
class Org:
    """The organisation's key and certificate and its members' keys and certificates."""

    key: ec.EllipticCurvePrivateKey
    cert: x509.Certificate
    keys: dict[int, ec.EllipticCurvePrivateKey] = field(default_factory=dict)
    certs: dict[int, x509.Certificate] = field(default_factory=dict)

    @property
    def fingerprint(self) -> str:
        """The organisation certificate's fingerprint (what definitions name)."""
        return c.fingerprint(self.cert)


@cache
def org() -> Org:
    """The test organisation (made once)."""
    key = new_private_key()
    cert = c.organisation_certificate(key, name="Coopérative des Tilleuls", now=ISSUED)
    result = Org(key, cert)
    for member in range(1, MEMBERS + 1):
        member_key = new_private_key()
        result.keys[member] = member_key
        result.certs[member] = c.issue_member_certificate(
            key, cert, member_key.public_key(), member_id=member, name=f"Membre {member}",
            now=ISSUED)
    return result


@cache
def other_org() -> Org:
    """Another organisation, whose certificates ours must not accept."""
    key = new_private_key()
    cert = c.organisation_certificate(key, name="Autre coopérative", now=ISSUED)
    result = Org(key, cert)
    member_key = new_private_key()
    result.keys[2] = member_key
    result.certs[2] = c.issue_member_certificate(key, cert, member_key.public_key(),
                                                 member_id=2, name="Membre 2", now=ISSUED)
    return result


def resolution(*, presenter: Presenter = Presenter.MANAGEMENT,
               majority: MajorityRule | None = None, casting_vote: bool = False,
               colleges: tuple[CollegeSpec, ...] = (), secret: bool = False) -> PollDefinition:
    """A resolution's definition for the test organisation."""
    extra = {} if majority is None else {"majority": majority}
    return PollDefinition(
        organisation=org().fingerprint, meeting_id=3, meeting_title="AG 2026",
        meeting_on="2026-06-30", item_id=20, number=1, title="Approbation des comptes",
        text="L'assemblée approuve les comptes.", kind=PollKind.RESOLUTION,
        choices=RESOLUTION_CHOICES, presenter=presenter, casting_vote=casting_vote,
        colleges=colleges, secret=secret, **extra)  # type: ignore[arg-type]


def election(candidates: tuple[int, ...], *, seats: int = 1,
             majority: MajorityRule | None = None,
             colleges: tuple[CollegeSpec, ...] = ()) -> PollDefinition:
    """An election's definition (candidates are member ids)."""
    extra = {} if majority is None else {"majority": majority}
    return PollDefinition(
        organisation=org().fingerprint, meeting_id=3, meeting_title="AG 2026",
        meeting_on="2026-06-30", item_id=21, number=2, title="Élection au conseil",
        text="", kind=PollKind.ELECTION,
        choices=(*(candidate_choice(m) for m in candidates), BLANK),
        labels={candidate_choice(m): f"Membre {m}" for m in candidates}, seats=seats,
        colleges=colleges, secret=True, **extra)  # type: ignore[arg-type]


def open_poll(definition: PollDefinition, *, poll_id: int = 7,
              closed_at: datetime | None = None) -> Poll:
    """The definition's poll, open since :data:`OPENED`."""
    return Poll(id=poll_id, meeting_id=definition.meeting_id, item_id=definition.item_id,
                status=PollStatus.OPEN if closed_at is None else PollStatus.CLOSED,
                definition=definition, definition_hash=definition_hash(definition),
                opened_at=OPENED, closed_at=closed_at)


def electorate(*, voters: frozenset[int] | None = None, proxies: dict[int, int] | None = None,
               void: dict[int, int] | None = None, blank: frozenset[int] = frozenset(),
               colleges: dict[int, str] | None = None,
               revoked: frozenset[str] = frozenset()) -> Electorate:
    """Who may vote: members 1..12 by default."""
    return Electorate(
        voters=frozenset(range(1, MEMBERS + 1)) if voters is None else voters,
        proxies=proxies or {}, void_proxies=void or {}, blank_proxies=blank,
        colleges=colleges or {}, ca_certificate=org().cert, revoked_serials=revoked)


def content(poll: Poll, voter: int, choices: tuple[str, ...], *, on_behalf_of: int | None = None,
            sequence: int = 1, nonce: str | None = None) -> BallotContent:
    """What ``voter`` signs on ``poll``."""
    return BallotContent(
        organisation=poll.definition.organisation, meeting_id=poll.meeting_id,
        poll_id=poll.id, definition_hash=poll.definition_hash, voter_id=voter,
        on_behalf_of=voter if on_behalf_of is None else on_behalf_of, choices=choices,
        nonce=nonce or new_nonce(),
        cast_at="2026-06-30T07:30:00+00:00", sequence=sequence)


def signed(poll: Poll, voter: int, choices: tuple[str, ...], *,
           on_behalf_of: int | None = None, sequence: int = 1,
           nonce: str | None = None) -> SignedBallot:
    """A ballot signed by ``voter``'s own key."""
    the_org = org()
    return sign_ballot(content(poll, voter, choices, on_behalf_of=on_behalf_of,
                               sequence=sequence, nonce=nonce),
                       the_org.keys[voter], the_org.certs[voter])


def witnessed(poll: Poll, member: int, choice: str) -> SignedBallot:
    """A postal form's ballot, signed by the organisation as witness."""
    the_org = org()
    return sign_ballot(content(poll, member, (choice,)), the_org.key, the_org.cert)


def received(ballot_id: int, ballot: SignedBallot, channel: Channel = Channel.BOOTH,
             at: datetime = DURING) -> ReceivedBallot:
    """A ballot as stored."""
    return ReceivedBallot(ballot_id, ballot, channel, at)


def tampered(ballot: SignedBallot, **changes: object) -> SignedBallot:
    """The ballot with its content changed after signing."""
    return SignedBallot(replace(ballot.content, **changes), ballot.signature,  # type: ignore[arg-type]
                        ballot.certificate)


def vote(principal: int, *choices: str, college: str = "",
         channel: Channel = Channel.BOOTH) -> CountedVote:
    """A counted vote as the tally receives it."""
    return CountedVote(principal, tuple(choices), channel, principal, college)
