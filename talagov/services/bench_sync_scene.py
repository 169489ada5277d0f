# SPDX-License-Identifier: GPL-3.0-or-later
"""The shared folder the sync benchmark imports: an AG voted on from the members' installs.

A SCOP-SA whose register is written as the demo writes it, its organisation key sealed
with the demo's light Argon2 cost (:mod:`talagov.services.bench_scene`, as for the
archive benchmark), and an AG of :data:`POLLS` resolutions convened and
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
from datetime import UTC, datetime, timedelta
from pathlib import Path

from talagov.core import sync_format
from talagov.core.ballots import file_name, receipt_time, to_file
from talagov.core.keyseal import KdfParams
from talagov.services import keys, polls
from talagov.services.bench_data import bench_members
from talagov.services.bench_scene import (
    ORG_PASSPHRASE,
    POLLS,
    PREPARED,
    HomeKey,
    convened_ag,
    home_ballot,
    home_keys,
    register,
)
from talagov.services.demo.votes import DEMO_KDF
from talagov.services.uow import UnitOfWork
from talagov.storage.database import open_database

# POLLS: the kill-at-random test and the benchmark count the files with it.
__all__ = ["OPENED", "POLLS", "VOTED", "SyncScene", "build_scene", "install_id_of",
           "write_ballots"]

OPENED = datetime(2026, 5, 20, 9, 0)  # the polls open for remote voting
VOTED = datetime(2026, 6, 1, 20, 0)


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


def _meeting(uow: UnitOfWork) -> tuple[int, tuple[int, ...]]:
    """The AG convened, its polls open for remote voting."""
    meeting_id = convened_ag(uow, polls_at=OPENED)
    ids = tuple(p.id for p in polls.list_polls(uow, meeting_id))
    for poll_id in ids:
        polls.open_poll(uow, poll_id, now=OPENED)
    return meeting_id, ids


def write_ballots(uow: UnitOfWork, folder: Path, meeting_id: int, poll_ids: tuple[int, ...],
                  voters: dict[int, HomeKey], write: Callable[[Path, bytes], None]
                  ) -> dict[str, str]:
    """Each voter's ballot for each poll, written by ``write`` where their install puts it;
    fingerprint -> relative path."""
    written = {}
    for k, poll_id in enumerate(poll_ids):
        view = polls.get_poll(uow, poll_id)
        cast_at = receipt_time((VOTED + timedelta(minutes=k)).astimezone(UTC))
        for member_id, home_key in voters.items():
            ballot = home_ballot(view, k, member_id, home_key, cast_at)
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
            ids = register(uow, bench_members(voters))
            keys.create_organisation_key(uow, ORG_PASSPHRASE, now=PREPARED, kdf=kdf)
            org_key = keys.unlock_organisation(uow, ORG_PASSPHRASE)
        with UnitOfWork(db) as uow:
            made = home_keys(uow, ids, org_key)
            meeting_id, poll_ids = _meeting(uow)
        with UnitOfWork(db) as uow:
            ballots = write_ballots(uow, folder, meeting_id, poll_ids, made, write)
    finally:
        db.close()
    return SyncScene(path, folder, meeting_id, poll_ids, tuple(ids),
                     {m: install_id_of(m) for m in ids}, ballots)  # fmt: skip
