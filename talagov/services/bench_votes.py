# SPDX-License-Identifier: GPL-3.0-or-later
"""Vote measurements for ``talagov bench``: judging and tallying signed ballots.

Target (issue "Signed electronic votes"): tallying 10,000 signed ballots with
eligibility, proxies and colleges within 1.5x of 10,000 bare ECDSA P-256 signature
verifications of the same payloads, measured in the same run. The scene is one AG of
five resolutions and 2,000 members (each certificate is checked once for the whole
meeting, as a meeting's tally does), with proxies, revotes and colleges. The ballots are built
beforehand (a test CA, one key and certificate per member, ballots read back from
their files so that each carries its own certificate object, as after an import);
only the judgement and the count are timed.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec

from talagov.core import certificates
from talagov.core.agenda import Presenter
from talagov.core.ballot_check import Electorate, ReceivedBallot, judge
from talagov.core.ballots import BallotContent, Channel, from_file, new_nonce, sign_ballot, to_file
from talagov.core.canonical import canonical
from talagov.core.polls import (
    RESOLUTION_CHOICES,
    Poll,
    PollDefinition,
    PollKind,
    PollStatus,
    definition_hash,
)
from talagov.core.signing import new_private_key
from talagov.core.statutes import CollegeSpec
from talagov.core.tally import Bases, tally
from talagov.core.tally_certificates import clear_cache

TARGET_RATIO = 1.5
COLLEGES = (CollegeSpec("employees", "Salariés", 50), CollegeSpec("users", "Usagers", 30),
            CollegeSpec("partners", "Partenaires", 20))
_ECDSA = ec.ECDSA(hashes.SHA256())


@dataclass(frozen=True)
class VotesBench:
    """Judgement and tally of signed ballots against bare verifications, in seconds.

    ``tally_s`` is measured cold: every certificate is checked against the organisation
    (one more signature verification per distinct certificate), as in the first count
    after an import. ``warm_s`` reuses the process's cache of those checks, as every
    later recount does (the Votes tab, the results PDF, the CLI in one process).
    """

    ballots: int
    members: int
    certificates: int  # distinct certificates among the ballots
    counted: int  # principals whose vote counted (a sanity figure)
    tally_s: float  # judge + tally, cold, best of the repetitions
    warm_s: float  # judge + tally with the certificate checks cached
    baseline_s: float  # one bare ECDSA verification per ballot, best of the repetitions

    @property
    def ratio(self) -> float:
        """How many times the bare verifications the full (cold) judgement and count cost."""
        return self.tally_s / self.baseline_s if self.baseline_s else 0.0

    @property
    def warm_ratio(self) -> float:
        """The same with the certificate checks cached."""
        return self.warm_s / self.baseline_s if self.baseline_s else 0.0


POLLS = 5  # the resolutions of one AG: each member's certificate serves every poll


@dataclass(frozen=True)
class _Scene:
    polls: list[Poll]
    electorate: Electorate
    bases: Bases
    received: dict[int, list[ReceivedBallot]]  # poll id -> its ballots
    bare: list[tuple[ec.EllipticCurvePublicKey, bytes, bytes]]  # key, signature, payload bytes


def _scene(ballots: int) -> _Scene:
    """An AG of :data:`POLLS` resolutions and ``ballots // POLLS`` members: everyone votes
    on every resolution, one member in ten through the proxy another holds, one in
    twenty votes twice on the first resolution (the second counts)."""
    members = max(2, ballots // POLLS)
    now = datetime(2026, 6, 30, 12, 0, tzinfo=UTC)
    ca_key = new_private_key()
    ca = certificates.organisation_certificate(ca_key, name="Banc d'essai",
                                               now=now - timedelta(days=1))
    org = certificates.fingerprint(ca)
    ids = range(1, members + 1)
    principals_by_proxy = {m: m - members * 9 // 10 for m in ids if m > members * 9 // 10}
    opened = datetime(2026, 6, 30, 14, 0)
    polls = []
    for number in range(1, POLLS + 1):
        definition = PollDefinition(
            organisation=org, meeting_id=1, meeting_title="AG", meeting_on="2026-06-30",
            item_id=number, number=number, title=f"Résolution {number}", text="",
            kind=PollKind.RESOLUTION, choices=RESOLUTION_CHOICES,
            presenter=Presenter.MANAGEMENT, colleges=COLLEGES,
        )  # fmt: skip
        polls.append(Poll(number, 1, number, PollStatus.OPEN, definition,
                          definition_hash(definition), opened))  # fmt: skip
    colleges = {m: COLLEGES[m % 3].key for m in ids}
    keys = {}
    for m in ids:
        if m in principals_by_proxy:
            continue  # their holder votes for them
        key = new_private_key()
        cert = certificates.issue_member_certificate(ca_key, ca, key.public_key(), member_id=m,
                                                     name=f"Associé {m}", now=now)  # fmt: skip
        keys[m] = (key, cert)
    # As the service builds it: the register knows which certificates it issued.
    electorate = Electorate(voters=frozenset(ids), proxies=principals_by_proxy, void_proxies={},
                            blank_proxies=frozenset(), colleges=colleges, ca_certificate=ca,
                            issued_fingerprints=frozenset(certificates.fingerprint(c)
                                                          for _, c in keys.values()))
    received: dict[int, list[ReceivedBallot]] = {p.id: [] for p in polls}
    bare: list[tuple[ec.EllipticCurvePublicKey, bytes, bytes]] = []
    cast_at = now.isoformat(timespec="seconds")
    slots = [(poll, m, 1) for poll in polls for m in ids]
    slots += [(polls[0], m, 2) for m in ids if m % 20 == 0]
    for poll, m, sequence in slots[:ballots]:
        voter = principals_by_proxy.get(m, m)
        key, cert = keys[voter]
        content = BallotContent(org, 1, poll.id, poll.definition_hash, voter, m,
                                (RESOLUTION_CHOICES[(m + sequence + poll.id) % 3],), new_nonce(),
                                cast_at, sequence)  # fmt: skip
        # Read back from its file: each ballot carries its own certificate object, as
        # after an import.
        ballot = from_file(to_file(sign_ballot(content, key, cert)))
        received[poll.id].append(ReceivedBallot(len(bare) + 1, ballot, Channel.FILE,
                                                opened + timedelta(minutes=5)))  # fmt: skip
        bare.append((key.public_key(), ballot.signature, canonical(content.payload())))
    bases = Bases(participants=members, eligible=members,
                  participants_by_college={c.key: members // 3 for c in COLLEGES},
                  eligible_by_college={c.key: members // 3 for c in COLLEGES})
    return _Scene(polls, electorate, bases, received, bare)


def _time(fn: Callable[[], object]) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def measure_votes(ballots: int = 10_000, *, repeat: int = 3) -> VotesBench:
    """Time judging and tallying ``ballots`` signed ballots against bare verifications."""
    scene = _scene(ballots)
    counted = [0]

    def full() -> None:
        counted[0] = 0
        for poll in scene.polls:
            judgement = judge(poll, scene.received[poll.id], scene.electorate)
            result = tally(poll.definition, judgement.counted, [], scene.bases)
            counted[0] += len(judgement.counted)
            assert result.total_votes == len(judgement.counted)

    def cold() -> None:
        clear_cache()
        full()

    def baseline() -> None:
        for public, signature, data in scene.bare:
            public.verify(signature, data, _ECDSA)

    # Interleaved, so that a busy machine slows all three alike.
    times: dict[str, list[float]] = {"baseline": [], "cold": [], "warm": []}
    for _ in range(repeat):
        for name, fn in (("baseline", baseline), ("cold", cold), ("warm", full)):
            times[name].append(_time(fn))
    baseline_s, tally_s, warm_s = (min(times[k]) for k in ("baseline", "cold", "warm"))
    every = [r for rs in scene.received.values() for r in rs]
    distinct = len({r.ballot.certificate.fingerprint(hashes.SHA256()) for r in every})
    return VotesBench(len(every), len(scene.electorate.voters), distinct, counted[0],
                      tally_s, warm_s, baseline_s)
