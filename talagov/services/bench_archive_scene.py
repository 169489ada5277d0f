# SPDX-License-Identifier: GPL-3.0-or-later
"""The meeting the archive benchmark exports and verifies: one closed AG with many ballots.

A SCOP-SA whose register is written as the demo writes it (members and share
subscriptions in bulk), its organisation key sealed with the demo's light Argon2 cost,
and an AG of :data:`POLLS` resolutions. The file voters
made their keys on their own computer (the certificate is issued from their request,
no key is sealed here), attend remotely and send one signed ballot file per resolution;
a few members in the room vote by show of hands (the scrutineers' count, witnessed by
the organisation at closing). The minutes are written, signed by their signatories
(chair, secretary, scrutineers) and entered in the register, so that the archive holds
every kind of file.

The ballot files are received as :func:`talagov.services.ballots.import_ballot_file`
receives them — the same rows, the same journal entries — but in batches, without the
poll setting and judgement each single import recomputes (5,000 single imports on a
1,000-member roll would take several minutes). The attendance of the remote voters is written
the same way (as ``session.set_attendance`` writes it, from one reading of the sheet).
Each poll's closing judges its ballots as usual: every file must count.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import UTC, datetime, time, timedelta
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric import ec

from talagov.core.attendance import AttendanceEntry, AttendanceStatus
from talagov.core.ballots import Channel, from_file, receipt_time, to_file
from talagov.core.journal import EventKind
from talagov.core.minutes_content import Written
from talagov.core.polls import AGAINST, FOR
from talagov.core.rich_text import paragraph
from talagov.services import (
    hand_counts,
    journal,
    keys,
    minutes,
    minutes_signing,
    polls,
    session,
)
from talagov.services.bench_data import bench_members
from talagov.services.bench_scene import (
    ON,
    ORG_PASSPHRASE,
    POLLS,
    PREPARED,
    HomeKey,
    convened_ag,
    home_ballot,
    home_keys,
    register,
)
from talagov.services.demo.votes import DEMO_KDF, member_passphrase
from talagov.services.session_context import load_context, member_name, require_voter, save_entry
from talagov.services.uow import UnitOfWork
from talagov.storage import polls_repo
from talagov.storage.database import Database, open_database

# POLLS: the benchmark and its test count the ballots with it.
__all__ = ["IN_ROOM", "POLLS", "ArchiveScene", "build_scene"]

IN_ROOM = 6  # members present who vote by show of hands (chair, secretary, scrutineers…)
ARRIVED = datetime.combine(ON, time(9, 45))
OPENED = datetime.combine(ON, time(10, 0))
_BATCH = 1_000  # ballot files received per flush
_ROOM = (("Aubertin", "Solène"), ("Keraudren", "Yannick"), ("Vasseur", "Clémence"),
         ("Delmotte", "Armand"), ("Ferrand", "Océane"), ("Lagarde", "Bastien"))


@dataclass(frozen=True)
class ArchiveScene:
    """The closed AG written into ``db``, and the key that signs its archive."""

    db: Database
    meeting_id: int
    org_key: ec.EllipticCurvePrivateKey
    members: int  # on the roll
    file_ballots: int  # ballot files received (and counted)


def _register(uow: UnitOfWork, count: int) -> list[int]:
    """The organisation and ``count`` associates of one share each (as the demo writes)."""
    # The members in the room get names of their own: the minutes find the secretary
    # by name, and the generated register repeats a few hundred name pairs.
    return register(uow, [replace(m, name=_ROOM[k][0], first_name=_ROOM[k][1])
                          if k < len(_ROOM) else m
                          for k, m in enumerate(bench_members(count))])  # fmt: skip


def _attend(uow: UnitOfWork, meeting_id: int, room: list[int], remote: list[int]) -> None:
    """The room signs in through the session service; the remote voters connect.

    The remote lines are written as ``session.set_attendance`` writes them (the same row
    and journal entry), from one reading of the sheet instead of one per member.
    """
    for member_id in room:
        session.set_attendance(uow, meeting_id, AttendanceEntry(
            member_id, AttendanceStatus.PRESENT, ARRIVED), now=ARRIVED)  # fmt: skip
    ctx = load_context(uow, meeting_id, require_open=True)
    for member_id in remote:
        require_voter(ctx, member_id)
        entry = AttendanceEntry(member_id, AttendanceStatus.REMOTE, ARRIVED)
        save_entry(uow, meeting_id, entry)
        journal.append(uow, EventKind.ATTENDANCE_RECORDED, meeting_id=meeting_id, now=ARRIVED,
                       subject={"member_id": member_id, "name": member_name(ctx, member_id),
                                "status": entry.status.value,
                                "arrived_at": ARRIVED.isoformat(timespec="seconds"),
                                "left_at": None, "note": entry.note})  # fmt: skip
    # The secretary is a member in the room: they sign the minutes with the chair.
    session.set_bureau(uow, meeting_id, chair_id=room[0],
                       secretary_name=member_name(ctx, room[3]),
                       scrutineer_ids=(room[1], room[2]))  # fmt: skip


def _receive(uow: UnitOfWork, poll_id: int, files: list[bytes], at: datetime) -> None:
    """Store ballot files as the import stores them, and journal each one."""
    number = polls_repo.definition_of(polls_repo.poll_row(uow.session, poll_id)).number  # type: ignore[arg-type]
    for start in range(0, len(files), _BATCH):
        received = [from_file(data) for data in files[start:start + _BATCH]]
        rows = [polls_repo.new_ballot_row(poll_id, ballot, channel=Channel.FILE, received_at=at,
                                          origin=f"ballot-{ballot.fingerprint[:16]}.json")
                for ballot in received]  # fmt: skip
        uow.session.add_all(rows)
        uow.session.flush()
        for row, ballot in zip(rows, received, strict=True):
            polls.journal_ballot(uow, EventKind.BALLOT_ACCEPTED, row.id, ballot, Channel.FILE,
                                 number, now=at, origin=row.origin, status="counted")  # fmt: skip


def _vote(uow: UnitOfWork, meeting_id: int, voters: dict[int, HomeKey], room: list[int],
          org_key: ec.EllipticCurvePrivateKey) -> None:
    """Each poll opened in session, the ballot files received, the hands counted, closed."""
    scrutineers = ("Scrutateur A", "Scrutateur B")
    for k, poll in enumerate(polls.list_polls(uow, meeting_id)):
        at = OPENED + timedelta(minutes=10 * k + 5)
        polls.open_poll(uow, poll.id, now=at)
        opened = polls.get_poll(uow, poll.id)
        cast_at = receipt_time((at + timedelta(minutes=1)).astimezone(UTC))
        files = [to_file(home_ballot(opened, k, member_id, home_key, cast_at))
                 for member_id, home_key in voters.items()]
        _receive(uow, poll.id, files, at + timedelta(minutes=2))
        hands = {FOR: len(room) - 1, AGAINST: 1}
        hand_counts.record_hand_count(uow, poll.id, {"": hands}, scrutineers,
                                      now=at + timedelta(minutes=6))  # fmt: skip
        polls.close_poll(uow, poll.id, org_key=org_key, now=at + timedelta(minutes=8))
        # The closing judged every ballot: each file must have counted, and each hand.
        row = polls_repo.poll_row(uow.session, poll.id)
        result = polls_repo.result_from_json(row.result) if row and row.result else None
        if result is None or result.total_votes != len(voters) + len(room):
            raise RuntimeError(f"poll {poll.id}: a ballot file or a hand was not counted")


def _minutes(uow: UnitOfWork, meeting_id: int, org_key: ec.EllipticCurvePrivateKey) -> None:
    """Written briefly, submitted, signed by each signatory, entered in the register."""
    view = minutes.minutes_of(uow, meeting_id)[0]
    at = datetime.combine(ON + timedelta(days=10), time(18, 0))
    minutes.save_written(uow, view.id, Written(
        opening=(paragraph("La séance est ouverte."),),
        closing=(paragraph("L'ordre du jour étant épuisé, la séance est levée."),),
        drafted_by="Le président"), now=at - timedelta(days=1))  # fmt: skip
    signatories = minutes.get_minutes(uow, view.id).signatories
    for s in signatories:
        if not s.key_here:
            keys.enrol_member(uow, s.member_id, member_passphrase(s.member_id), org_key=org_key,
                              now=at - timedelta(hours=1), kdf=DEMO_KDF)  # fmt: skip
    minutes.submit(uow, view.id, now=at)
    for k, s in enumerate(signatories):
        minutes_signing.sign(uow, view.id, s.member_id, member_passphrase(s.member_id),
                             now=at + timedelta(minutes=k + 1),
                             org_key=org_key if k == len(signatories) - 1 else None)  # fmt: skip


def build_scene(path: Path, file_voters: int) -> ArchiveScene:
    """Write the closed AG into a new database at ``path``: ``file_voters`` members send
    one ballot file per resolution (``file_voters * POLLS`` ballots), :data:`IN_ROOM`
    more vote by show of hands."""
    db = open_database(path)
    with UnitOfWork(db) as uow:
        ids = _register(uow, file_voters + IN_ROOM)
        keys.create_organisation_key(uow, ORG_PASSPHRASE, now=PREPARED, kdf=DEMO_KDF)
        org_key = keys.unlock_organisation(uow, ORG_PASSPHRASE)
    room, remote = ids[:IN_ROOM], ids[IN_ROOM:]
    with UnitOfWork(db) as uow:
        voters = home_keys(uow, remote, org_key)
        meeting_id = convened_ag(uow, polls_at=PREPARED)
    with UnitOfWork(db) as uow:
        _attend(uow, meeting_id, room, remote)
        session.open_session(uow, meeting_id, now=OPENED)
        _vote(uow, meeting_id, voters, room, org_key)
        session.close_session(uow, meeting_id, now=OPENED + timedelta(minutes=10 * POLLS + 5))
    with UnitOfWork(db) as uow:
        _minutes(uow, meeting_id, org_key)
    return ArchiveScene(db, meeting_id, org_key, len(ids), len(remote) * POLLS)
