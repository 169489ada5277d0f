# SPDX-License-Identifier: GPL-3.0-or-later
"""What the benchmarks' scenes share: the cooperative, its members' own keys, the AG and
a member's ballot.

The archive benchmark (:mod:`talagov.services.bench_archive_scene`) and the import one
(:mod:`talagov.services.bench_sync_scene`) measure the same assembly: a SCOP-SA whose
register is written as the demo writes it, voters who made their key on their own
computer, and an AG of :data:`POLLS` resolutions, each voter choosing the same way in both.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime, time

from cryptography import x509
from cryptography.hazmat.primitives.asymmetric import ec

from talagov.core.agenda import AgendaItem, ItemKind, Presenter
from talagov.core.ballots import BallotContent, SignedBallot, new_nonce, sign_ballot
from talagov.core.certificates import certificate_request, from_pem, request_to_pem
from talagov.core.legal_forms import LegalForm
from talagov.core.meetings import Meeting, MeetingStatus, MeetingType
from talagov.core.members import Member
from talagov.core.organisation import Organisation
from talagov.core.polls import ABSTAIN, AGAINST, FOR
from talagov.core.presets import default_categories, preset
from talagov.core.shares import MovementKind, ShareMovement
from talagov.core.signing import new_private_key
from talagov.services import keys, meetings, polls
from talagov.services.organisation import create_organisation
from talagov.services.polls import PollView
from talagov.services.uow import UnitOfWork
from talagov.storage import bulk

POLLS = 5  # the resolutions of the AG: every voter from home sends one ballot for each
FOUNDED = date(2015, 1, 1)
ON = date(2026, 6, 13)
PREPARED = datetime(2026, 5, 1, 9, 0)  # register, keys, convening
ORG_PASSPHRASE = "secretariat-banc"
_CHOICES = (FOR, FOR, AGAINST, ABSTAIN)

#: A voter's key made on their computer, and the certificate the organisation issued.
HomeKey = tuple[ec.EllipticCurvePrivateKey, x509.Certificate]


def register(uow: UnitOfWork, people: Sequence[Member]) -> list[int]:
    """The organisation and ``people``, one share each (as the demo writes them, in bulk);
    returns their ids."""
    form = LegalForm.SCOP_SA
    create_organisation(uow, Organisation(name="Coopérative du banc d'essai", form=form,
                                          share_nominal_cents=2500),
                        preset(form), default_categories(form), effective_from=FOUNDED,
                        now=PREPARED)  # fmt: skip
    ids = bulk.insert_members(uow.session, people, now=PREPARED)
    bulk.insert_movements(uow.session, [
        ShareMovement(0, MovementKind.SUBSCRIPTION, m.admission_date or FOUNDED, 1, 2500,
                      to_member_id=i)
        for m, i in zip(people, ids, strict=True)], now=PREPARED)  # fmt: skip
    return ids


def home_keys(uow: UnitOfWork, voters: list[int],
              org_key: ec.EllipticCurvePrivateKey) -> dict[int, HomeKey]:
    """A key made on each voter's computer, its certificate issued from their request."""
    made = {}
    for member_id in voters:
        key = new_private_key()
        request = request_to_pem(certificate_request(key, member_id=member_id, name=str(member_id)))
        pem, _ = keys.issue_from_request(uow, request.encode("ascii"), org_key=org_key,
                                         now=PREPARED)  # fmt: skip
        made[member_id] = (key, from_pem(pem))
    return made


def convened_ag(uow: UnitOfWork, *, polls_at: datetime) -> int:
    """The AG of :data:`POLLS` resolutions, convened, its polls prepared at ``polls_at``
    (not opened); returns its id."""
    meeting_id, _ = meetings.create_meeting(uow, Meeting(
        0, "Assemblée générale du banc d'essai", MeetingType.AGO, ON, start_time=time(10, 0),
        end_time=time(12, 0), place="Salle des fêtes"), now=PREPARED)  # fmt: skip
    for k in range(POLLS):
        meetings.add_item(uow, AgendaItem(0, meeting_id, 0, ItemKind.RESOLUTION,
                                          f"Résolution {k + 1}", presenter=Presenter.MANAGEMENT),
                          now=PREPARED)  # fmt: skip
    meetings.change_status(uow, meeting_id, MeetingStatus.CONVENED, now=PREPARED)
    polls.prepare_polls(uow, meeting_id, now=polls_at)
    return meeting_id


def home_ballot(poll: PollView, k: int, member_id: int, home_key: HomeKey,
                cast_at: str) -> SignedBallot:
    """The ballot ``member_id`` signs on their computer for ``poll``, the ``k``-th of the AG
    (its choice depends on both, so that every result has every choice)."""
    key, cert = home_key
    content = BallotContent(
        organisation=poll.definition.organisation, meeting_id=poll.meeting_id, poll_id=poll.id,
        definition_hash=poll.definition_hash, voter_id=member_id, on_behalf_of=member_id,
        choices=(_CHOICES[(member_id + k) % len(_CHOICES)],), nonce=new_nonce(),
        cast_at=cast_at, sequence=1)  # fmt: skip
    return sign_ballot(content, key, cert)
