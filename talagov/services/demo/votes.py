# SPDX-License-Identifier: GPL-3.0-or-later
"""The demo's signed votes: the organisation key, members' keys, and the past AG's polls
voted through every channel, with a few ballots set aside to show why.

Everything goes through the services and their checks, as a secretary would do it:
the organisation key is created before the convocation; a dozen members enrol at the
booth, a few remote members made their key on their own computer (the certificate is
issued from their request), one of them lost it and had it revoked. Each resolution is
opened in session (the quorum is recorded then), voted at the booth (for oneself and for
the proxies held), by ballot files from home, by postal forms (witnessed at closing),
by blank proxies, and by a show of hands counted by the scrutineers; then closed.

The passphrases are public (this is a demo): :data:`SECRETARY_PASSPHRASE` for the
organisation key (the booth's exit), :func:`member_passphrase` for members' keys.
"""

from __future__ import annotations

import random
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

from cryptography import x509
from cryptography.hazmat.primitives.asymmetric import ec

from talagov.core.ballots import (
    BallotContent,
    SignedBallot,
    new_nonce,
    receipt_time,
    sign_ballot,
    to_file,
)
from talagov.core.canonical import digest
from talagov.core.certificates import certificate_request, from_pem, request_to_pem
from talagov.core.keyseal import TEST_KDF
from talagov.core.polls import ABSTAIN, AGAINST, FOR
from talagov.core.signing import new_private_key
from talagov.services import ballots, hand_counts, keys, polls
from talagov.services.electorate import load_setting
from talagov.services.uow import UnitOfWork

SECRETARY_PASSPHRASE = "secretariat-demo"
# The demo's keys are sealed with a light Argon2 cost: their passphrases are published
# above anyway, and building the demo must stay quick. Real keys use DEFAULT_KDF.
DEMO_KDF = TEST_KDF
BOOTH_VOTERS = 12
HOME_VOTERS = 4


def member_passphrase(member_id: int) -> str:
    """The demo passphrase of a member's key (``vote-<id>``)."""
    return f"vote-{member_id:04d}"


@dataclass
class DemoKeys:
    """The unlocked keys the demo votes with (in memory only)."""

    org_key: ec.EllipticCurvePrivateKey
    booth: list[int] = field(default_factory=list)
    home: dict[int, tuple[ec.EllipticCurvePrivateKey, x509.Certificate]] = field(default_factory=dict)
    lost: tuple[int, ec.EllipticCurvePrivateKey, x509.Certificate] | None = None


def create_keys(uow: UnitOfWork, *, booth: Sequence[int], home: Sequence[int], lost: int,
                now: datetime) -> DemoKeys:
    """The organisation key, booth enrolments, home keys and one revoked (lost) key."""
    keys.create_organisation_key(uow, SECRETARY_PASSPHRASE, now=now, kdf=DEMO_KDF)
    org_key = keys.unlock_organisation(uow, SECRETARY_PASSPHRASE)
    made = DemoKeys(org_key)
    for k, member_id in enumerate(booth):
        keys.enrol_member(uow, member_id, member_passphrase(member_id), org_key=org_key,
                          now=now + timedelta(minutes=k), kdf=DEMO_KDF)  # fmt: skip
        made.booth.append(member_id)
    for member_id in (*home, lost):
        key = new_private_key()
        request = request_to_pem(certificate_request(key, member_id=member_id, name=str(member_id)))
        pem, _ = keys.issue_from_request(uow, request.encode("ascii"), org_key=org_key,
                                         now=now + timedelta(hours=2))  # fmt: skip
        if member_id == lost:
            made.lost = (member_id, key, from_pem(pem))
        else:
            made.home[member_id] = (key, from_pem(pem))
    # The member reported their laptop stolen: the certificate is revoked before the AG.
    keys.revoke(uow, lost, "lost", org_key=org_key, now=now + timedelta(days=3))
    return made


def _resolution_choice(rng: random.Random) -> str:
    return rng.choice((FOR, FOR, FOR, FOR, AGAINST, ABSTAIN))


def _home_ballot(uow: UnitOfWork, poll_id: int, voter: int, principal: int, choice: str,
                 key: ec.EllipticCurvePrivateKey, cert: x509.Certificate, at: datetime, *,
                 sequence: int = 1, definition_hash: str | None = None) -> SignedBallot:
    """A ballot as a member's own TalaGov writes it from the voting package."""
    poll = polls.get_poll(uow, poll_id)
    content = BallotContent(
        organisation=poll.definition.organisation, meeting_id=poll.meeting_id, poll_id=poll_id,
        definition_hash=definition_hash or poll.definition_hash, voter_id=voter,
        on_behalf_of=principal, choices=(choice,), nonce=new_nonce(),
        cast_at=receipt_time(at.astimezone(UTC)), sequence=sequence,
    )  # fmt: skip
    return sign_ballot(content, key, cert)


def _import(uow: UnitOfWork, ballot: SignedBallot, at: datetime, data: bytes | None = None) -> None:
    ballots.import_ballot_file(uow, data if data is not None else to_file(ballot),
                               origin=f"ballot-{ballot.fingerprint[:16]}.json", now=at)  # fmt: skip


def vote_item(uow: UnitOfWork, meeting_id: int, poll_id: int, made: DemoKeys, *, at: datetime,
              rng: random.Random, first: bool, scrutineers: Sequence[str],
              gone: frozenset[int] = frozenset()) -> None:
    """Open one poll at ``at``, vote it through every channel, and close it."""
    polls.open_poll(uow, poll_id, now=at)
    t = at + timedelta(minutes=1)
    for n, voter in enumerate(made.booth):
        if voter in gone:
            continue
        key, cert = keys.unlock_member(uow, voter, member_passphrase(voter), at=t)
        tasks = [x for x in ballots.booth_tasks(uow, meeting_id, voter, at=t) if x.poll.id == poll_id]
        votes = [(poll_id, x.on_behalf_of, (_resolution_choice(rng),)) for x in tasks]
        if votes:
            ballots.cast(uow, meeting_id, votes, voter_id=voter, key=key, certificate=cert, now=t)
        if first and n == 0 and votes:
            # Changed their mind at the booth: the second ballot counts, the first is superseded.
            ballots.cast(uow, meeting_id, [(poll_id, voter, (FOR,))], voter_id=voter, key=key,
                         certificate=cert, now=t + timedelta(seconds=40))  # fmt: skip
        t += timedelta(seconds=30)
    for n, (voter, (key, cert)) in enumerate(sorted(made.home.items())):
        if first and n == 0:
            # Voted against from home, then changed their mind: sequence 2 counts.
            _import(uow, _home_ballot(uow, poll_id, voter, voter, AGAINST, key, cert, t), t)
            _import(uow, _home_ballot(uow, poll_id, voter, voter, FOR, key, cert, t, sequence=2),
                    t + timedelta(minutes=1))  # fmt: skip
        else:
            _import(uow, _home_ballot(uow, poll_id, voter, voter, _resolution_choice(rng), key,
                                      cert, t), t)  # fmt: skip
    if first:
        _set_aside(uow, poll_id, made, t + timedelta(minutes=2))
    _hand_count(uow, poll_id, at + timedelta(minutes=9), rng, scrutineers)
    polls.close_poll(uow, poll_id, org_key=made.org_key, now=at + timedelta(minutes=12))


def _set_aside(uow: UnitOfWork, poll_id: int, made: DemoKeys, at: datetime) -> None:
    """Four ballot files the tally rejects, each for a different reason."""
    home = sorted(made.home.items())
    if made.lost is not None:  # signed with the key reported stolen: certificate revoked
        lost_id, key, cert = made.lost
        _import(uow, _home_ballot(uow, poll_id, lost_id, lost_id, AGAINST, key, cert, at), at)
    if len(home) >= 2:
        voter, (key, cert) = home[1]
        # On behalf of a member who gave this voter no proxy.
        others = [m for m in sorted(made.booth) if m != voter]
        _import(uow, _home_ballot(uow, poll_id, voter, others[-1], AGAINST, key, cert, at), at)
        # Made from an out-of-date voting package: it names another poll definition.
        stale = digest({"stale-definition": poll_id})
        _import(uow, _home_ballot(uow, poll_id, voter, voter, AGAINST, key, cert, at,
                                  definition_hash=stale), at)  # fmt: skip
    if len(home) >= 3:
        voter, (key, cert) = home[2]
        # Edited by hand after signing: the signature no longer matches its content.
        data = to_file(_home_ballot(uow, poll_id, voter, voter, AGAINST, key, cert, at))
        _import(uow, _home_ballot(uow, poll_id, voter, voter, AGAINST, key, cert, at), at,
                data.replace(b'"against"', b'"for"'))


def _hand_count(uow: UnitOfWork, poll_id: int, at: datetime, rng: random.Random,
                scrutineers: Sequence[str]) -> None:
    """The show of hands of the participants no other channel counted, per college."""
    setting = load_setting(uow, poll_id, at=at)
    colleges = setting.electorate.colleges
    totals: dict[str, Counter[str]] = {}
    for member_id in sorted(setting.participants - hand_counts.counted_otherwise(uow, setting)):
        college = colleges.get(member_id, "") if setting.poll.definition.colleges else ""
        totals.setdefault(college, Counter())[_resolution_choice(rng)] += 1
    if totals:
        hand_counts.record_hand_count(uow, poll_id, {c: dict(v) for c, v in totals.items()},
                                      scrutineers, now=at)  # fmt: skip
