# SPDX-License-Identifier: GPL-3.0-or-later
"""Many more signed ballots in one closed poll of the demo, for the archive's scale test.

The ballots are signed by fresh keys whose certificates the organisation issues here
(``voters`` of them, each voting ``count // voters`` times: the last counts, the others
are superseded, and none is on the roll, so every one is judged in full); they are
stored as an import would store them, inside the poll's window.
"""

from __future__ import annotations

from datetime import timedelta

from cryptography.hazmat.primitives.asymmetric import ec

from talagov.core import certificates
from talagov.core.ballots import BallotContent, Channel, new_nonce, receipt_time, sign_ballot
from talagov.core.signing import new_private_key
from talagov.services import keys
from talagov.services.uow import UnitOfWork
from talagov.storage import polls_repo
from talagov.storage.database import Database

FIRST_VOTER = 100_000  # ids no demo member has


def add_signed_ballots(db: Database, poll_id: int, count: int, *,
                       org_key: ec.EllipticCurvePrivateKey, voters: int = 500) -> None:
    """Store ``count`` more signed file ballots in the closed poll ``poll_id``."""
    with UnitOfWork(db) as uow:
        row = polls_repo.poll_row(uow.session, poll_id)
        assert row is not None and row.opened_at is not None
        poll = polls_repo.to_poll(row)
        ca = keys.organisation_certificate(uow)
        signers = []
        for n in range(voters):
            key = new_private_key()
            cert = certificates.issue_member_certificate(
                org_key, ca, key.public_key(), member_id=FIRST_VOTER + n, name=f"Votant {n}",
                now=row.opened_at - timedelta(days=30))  # fmt: skip
            signers.append((FIRST_VOTER + n, key, cert))
        received = row.opened_at + timedelta(minutes=1)
        for i in range(count):
            voter, key, cert = signers[i % voters]
            content = BallotContent(
                organisation=poll.definition.organisation, meeting_id=poll.meeting_id,
                poll_id=poll.id, definition_hash=poll.definition_hash, voter_id=voter,
                on_behalf_of=voter, choices=(poll.definition.choices[i % 2],), nonce=new_nonce(),
                cast_at=receipt_time(received.astimezone()), sequence=i // voters + 1)  # fmt: skip
            ballot = sign_ballot(content, key, cert)
            uow.session.add(polls_repo.new_ballot_row(poll.id, ballot, channel=Channel.FILE,
                                                      received_at=received, origin="scale"))
