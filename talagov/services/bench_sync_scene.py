# SPDX-License-Identifier: GPL-3.0-or-later
"""The shared folder the sync benchmark imports: an AG voted on from the members' installs.

A SCOP-SA whose register is written as the demo writes it, its organisation key sealed
with the demo's light Argon2 cost, and an AG of :data:`POLLS` resolutions convened and
open for remote voting (polls opened while the meeting is convened). Each voter made
their key on their own computer (the certificate is issued from their request) and voted
from their own install: one signed ballot file per resolution, under
``members/<install id>/ballots/`` with the name :func:`talagov.core.ballots.file_name`
gives it, as a member's install writes it. Nothing is imported yet: the database and the
folder are what the secretary's install holds when the ballots have arrived.

The kill-at-random test builds its folder with this too (a few hundred ballots).
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives.asymmetric import ec

from talagov.core import sync_format
from talagov.core.agenda import AgendaItem, ItemKind, Presenter
from talagov.core.ballots import (
    BallotContent,
    file_name,
    new_nonce,
    receipt_time,
    sign_ballot,
    to_file,
)
from talagov.core.certificates import certificate_request, from_pem, request_to_pem
from talagov.core.keyseal import KdfParams
from talagov.core.legal_forms import LegalForm
from talagov.core.meetings import Meeting, MeetingStatus, MeetingType
from talagov.core.organisation import Organisation
from talagov.core.polls import ABSTAIN, AGAINST, FOR
from talagov.core.presets import default_categories, preset
from talagov.core.shares import MovementKind, ShareMovement
from talagov.core.signing import new_private_key
from talagov.services import keys, meetings, polls
from talagov.services.bench_data import bench_members
from talagov.services.demo.votes import DEMO_KDF
from talagov.services.organisation import create_organisation
from talagov.services.uow import UnitOfWork
from talagov.storage import bulk
from talagov.storage.database import open_database

POLLS = 5  # the resolutions of the AG: every voter sends one ballot for each
_FOUNDED = date(2015, 1, 1)
ON = date(2026, 6, 13)
PREPARED = datetime(2026, 5, 1, 9, 0)  # register, keys, convening
OPENED = datetime(2026, 5, 20, 9, 0)  # the polls open for remote voting
VOTED = datetime(2026, 6, 1, 20, 0)
ORG_PASSPHRASE = "secretariat-banc"
_CHOICES = (FOR, FOR, AGAINST, ABSTAIN)


@dataclass(frozen=True)
class SyncScene:
    """The secretary's database (closed: copy it to import into it) and the folder."""

    db_path: Path
    folder: Path
    meeting_id: int
    poll_ids: tuple[int, ...]
    voters: tuple[int, ...]  # member ids that voted from their install
    installs: dict[int, str]  # member id -> install id
    ballots: dict[str, str]  # fingerprint -> relative path of its file in the folder

    @property
    def files(self) -> int:
        """Ballot files in the folder."""
        return len(self.ballots)


def install_id_of(member_id: int) -> str:
    """The (made-up, stable) install id of a member's own TalaGov."""
    return hashlib.sha256(f"member install {member_id}".encode()).hexdigest()[:32]


def _register(uow: UnitOfWork, count: int) -> list[int]:
    form = LegalForm.SCOP_SA
    create_organisation(uow, Organisation(name="Coopérative du banc d'essai", form=form,
                                          share_nominal_cents=2500),
                        preset(form), default_categories(form), effective_from=_FOUNDED,
                        now=PREPARED)  # fmt: skip
    people = bench_members(count)
    ids = bulk.insert_members(uow.session, people, now=PREPARED)
    bulk.insert_movements(uow.session, [
        ShareMovement(0, MovementKind.SUBSCRIPTION, m.admission_date or _FOUNDED, 1, 2500,
                      to_member_id=i)
        for m, i in zip(people, ids, strict=True)], now=PREPARED)  # fmt: skip
    return ids


def _home_keys(uow: UnitOfWork, voters: list[int], org_key: ec.EllipticCurvePrivateKey
               ) -> dict[int, tuple[ec.EllipticCurvePrivateKey, x509.Certificate]]:
    """A key made on each voter's computer, its certificate issued from their request."""
    made = {}
    for member_id in voters:
        key = new_private_key()
        request = request_to_pem(certificate_request(key, member_id=member_id, name=str(member_id)))
        pem, _ = keys.issue_from_request(uow, request.encode("ascii"), org_key=org_key,
                                         now=PREPARED)  # fmt: skip
        made[member_id] = (key, from_pem(pem))
    return made


def _meeting(uow: UnitOfWork) -> tuple[int, tuple[int, ...]]:
    """The AG convened, its polls open for remote voting."""
    meeting_id, _ = meetings.create_meeting(uow, Meeting(
        0, "Assemblée générale du banc d'essai", MeetingType.AGO, ON, start_time=time(10, 0),
        end_time=time(12, 0), place="Salle des fêtes"), now=PREPARED)  # fmt: skip
    for k in range(POLLS):
        meetings.add_item(uow, AgendaItem(0, meeting_id, 0, ItemKind.RESOLUTION,
                                          f"Résolution {k + 1}", presenter=Presenter.MANAGEMENT),
                          now=PREPARED)  # fmt: skip
    meetings.change_status(uow, meeting_id, MeetingStatus.CONVENED, now=PREPARED)
    polls.prepare_polls(uow, meeting_id, now=OPENED)
    ids = tuple(p.id for p in polls.list_polls(uow, meeting_id))
    for poll_id in ids:
        polls.open_poll(uow, poll_id, now=OPENED)
    return meeting_id, ids


def write_ballots(uow: UnitOfWork, folder: Path, meeting_id: int, poll_ids: tuple[int, ...],
                  voters: dict[int, tuple[ec.EllipticCurvePrivateKey, x509.Certificate]],
                  write: Callable[[Path, bytes], None]) -> dict[str, str]:
    """Each voter's ballot for each poll, written by ``write`` where their install puts it;
    fingerprint -> relative path."""
    written = {}
    for k, poll_id in enumerate(poll_ids):
        view = polls.get_poll(uow, poll_id)
        cast_at = receipt_time((VOTED + timedelta(minutes=k)).astimezone(UTC))
        for member_id, (key, cert) in voters.items():
            content = BallotContent(
                organisation=view.definition.organisation, meeting_id=meeting_id,
                poll_id=poll_id, definition_hash=view.definition_hash, voter_id=member_id,
                on_behalf_of=member_id, choices=(_CHOICES[(member_id + k) % len(_CHOICES)],),
                nonce=new_nonce(), cast_at=cast_at, sequence=1)  # fmt: skip
            ballot = sign_ballot(content, key, cert)
            rel = (f"{sync_format.member_dir(install_id_of(member_id))}/{sync_format.BALLOTS}/"
                   f"{file_name(ballot)}")
            write(folder / rel, to_file(ballot))
            written[ballot.fingerprint] = rel
    return written


def _plain_write(path: Path, data: bytes) -> None:
    # Setting the scene up, not measured: no fsync for 5,000 files.
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)


def build_scene(root: Path, voters: int, *, kdf: KdfParams = DEMO_KDF,
                write: Callable[[Path, bytes], None] = _plain_write) -> SyncScene:
    """The database ``root/secretary.sqlite`` and the folder ``root/folder`` holding
    ``voters * POLLS`` ballot files, none imported yet."""
    path, folder = root / "secretary.sqlite", root / "folder"
    folder.mkdir(parents=True, exist_ok=True)
    db = open_database(path)
    try:
        with UnitOfWork(db) as uow:
            ids = _register(uow, voters)
            keys.create_organisation_key(uow, ORG_PASSPHRASE, now=PREPARED, kdf=kdf)
            org_key = keys.unlock_organisation(uow, ORG_PASSPHRASE)
        with UnitOfWork(db) as uow:
            made = _home_keys(uow, ids, org_key)
            meeting_id, poll_ids = _meeting(uow)
        with UnitOfWork(db) as uow:
            ballots = write_ballots(uow, folder, meeting_id, poll_ids, made, write)
    finally:
        db.close()
    return SyncScene(path, folder, meeting_id, poll_ids, tuple(ids),
                     {m: install_id_of(m) for m in ids}, ballots)  # fmt: skip
