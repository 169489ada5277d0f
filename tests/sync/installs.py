# SPDX-License-Identifier: GPL-3.0-or-later
"""Several TalaGov installs of one cooperative on one machine, each with its own data.

* :class:`OrgInstall` is the secretary's laptop: a database in its own data directory,
  the organisation key, and its own copy of the shared folder. Two meetings are
  convened with their polls open for remote voting: an AGO of two resolutions (with a
  document on the first one) and an AGE of one.
* :class:`MemberInstall` is a member's own computer: a home directory (membership,
  keystore) and its own copy of the folder, no database.

Everything goes through the services (publish, import, requests, the member's home
actions), as the GUI and the CLI do. The copies of the folder are kept in step by a
sync engine: the simulated one of :mod:`tests.sync.engine`, or real Syncthing daemons.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives.asymmetric import ec

from talagov.core.agenda import AgendaItem, ItemKind, Presenter
from talagov.core.attendance import AttendanceEntry, AttendanceStatus
from talagov.core.keyseal import TEST_KDF
from talagov.core.legal_forms import LegalForm
from talagov.core.library import DocumentKind
from talagov.core.meetings import Meeting, MeetingStatus, MeetingType
from talagov.core.members import Member, PersonKind
from talagov.core.organisation import Organisation
from talagov.core.presets import default_categories, preset
from talagov.core.shares import MovementKind, ShareMovement
from talagov.services import (
    ballots,
    keys,
    library,
    meetings,
    member_actions,
    member_folder,
    member_home,
    members,
    organisation,
    personal_keys,
    polls,
    session,
    shares,
    sync_import,
    sync_publish,
    sync_requests,
)
from talagov.services.polls import PollView
from talagov.services.uow import UnitOfWork
from talagov.storage.database import Database, open_database

ON = date(2026, 6, 30)
T0 = datetime(2026, 6, 1, 9, 0)  # the register, the keys, the convening
ORG_PASS = "phrase du secrétariat"
NAMES = ("Alice Martin", "Bruno Lefèvre", "Chloé Dubois", "Damien Roux")
DOCUMENT = b"%PDF-1.4\n% Rapport de gestion 2025 (une page)\n%%EOF\n"


def clock(minutes: int) -> datetime:
    """A time some minutes after :data:`T0` (passes are a few minutes apart)."""
    return T0 + timedelta(minutes=minutes)


@dataclass
class OrgInstall:
    """The secretary's install: its database, key and copy of the folder."""

    root: Path
    folder: Path
    db: Database
    org_key: ec.EllipticCurvePrivateKey
    members: dict[str, int]  # first name -> member id
    meetings: dict[str, int] = field(default_factory=dict)  # "ago"/"age" -> meeting id
    polls: dict[str, tuple[int, ...]] = field(default_factory=dict)  # meeting key -> poll ids

    def publish(self, now: datetime) -> sync_publish.PublishReport:
        """Publish what the database says into the install's folder."""
        with UnitOfWork(self.db) as uow:
            return sync_publish.publish(uow, self.folder, org_key=self.org_key, now=now)

    def import_folder(self, now: datetime) -> sync_import.ImportReport:
        """One import pass over the install's folder."""
        with UnitOfWork(self.db) as uow:
            report, _ = sync_import.import_folder(uow, self.folder, now=now)
        return report

    def approve_all(self, now: datetime) -> list[int]:
        """Issue a certificate for every pending request; the member ids served."""
        with UnitOfWork(self.db) as uow:
            pending = sync_requests.pending_requests(uow)
        for line in pending:
            with UnitOfWork(self.db) as uow:
                sync_requests.approve_request(uow, line.id, org_key=self.org_key, now=now)
        return [line.member_id for line in pending]

    def quarantine(self) -> list[sync_import.QuarantineLine]:
        """The files kept aside, with their reasons."""
        with UnitOfWork(self.db) as uow:
            return sync_import.quarantine(uow)

    def ballots(self, poll_id: int) -> list[ballots.BallotLine]:
        """Every ballot the poll received, with its verdict."""
        with UnitOfWork(self.db) as uow:
            return ballots.ballots_of(uow, poll_id)

    def close_polls(self, meeting: str, now: datetime) -> list[PollView]:
        """The session opens (Damien in the room), the meeting's polls close with the
        organisation key."""
        meeting_id = self.meetings[meeting]
        with UnitOfWork(self.db) as uow:
            session.set_attendance(uow, meeting_id, AttendanceEntry(
                self.members["Damien"], AttendanceStatus.PRESENT, now), now=now)  # fmt: skip
            session.open_session(uow, meeting_id, now=now)
        views = []
        for poll_id in self.polls[meeting]:
            with UnitOfWork(self.db) as uow:
                polls.close_poll(uow, poll_id, org_key=self.org_key, now=now)
                views.append(polls.get_poll(uow, poll_id))
        return views


@dataclass
class MemberInstall:
    """A member's own computer: a home directory and a copy of the folder, no database."""

    name: str
    member_id: int
    root: Path
    home: Path
    folder: Path
    passphrase: str

    def join(self, now: datetime) -> member_home.Membership:
        """Join the organisation found in the folder, confirming its fingerprint (as read on
        the convocation: here, the one the secretary's install has)."""
        identity = member_home.discover(self.folder)[0]
        return member_home.join(self.home, self.folder, fingerprint=identity.organisation,
                                member_id=self.member_id, now=now)  # fmt: skip

    def enrol(self, now: datetime) -> None:
        """Make a key and write the certificate request into the folder."""
        member_actions.enrol(self.home, passphrase=self.passphrase, now=now, kdf=TEST_KDF)

    def view(self, now: datetime) -> member_folder.MemberView:
        """Read the folder (and pick up a newly published certificate)."""
        return member_folder.read_folder(self.home, now=now)

    def unlock(self) -> tuple[ec.EllipticCurvePrivateKey, x509.Certificate]:
        """The member's key and certificate, from the keystore."""
        return personal_keys.unlock_personal(member_home.keystore(self.home), self.member_id,
                                             self.passphrase)  # fmt: skip

    def vote(self, meeting_id: int, votes: Sequence[tuple[int, int, tuple[str, ...]]],
             now: datetime) -> list[Path]:  # fmt: skip
        """Vote ``(poll, principal, choices)`` in the meeting; the ballot files written."""
        view = self.view(now)
        package = member_actions.voting_package_for(view, meeting_id)
        key, cert = self.unlock()
        cast = member_actions.cast_remote(self.home, package, key, cert, votes, now=now)
        return [path for _, path in cast]

    def give_proxy(self, meeting_id: int, holder_id: int | None, now: datetime) -> Path:
        """Give a proxy for the meeting to ``holder_id`` (``None``: blank)."""
        view = self.view(now)
        key, cert = self.unlock()
        return member_actions.give_proxy(self.home, view, meeting_id, holder_id, key, cert,
                                         now=now)  # fmt: skip


def _register(db: Database) -> dict[str, int]:
    form = LegalForm.SCOP_SA  # remote voting allowed
    ids = {}
    with UnitOfWork(db) as uow:
        organisation.create_organisation(
            uow, Organisation(name="Fonderie du Val", form=form, share_nominal_cents=2500),
            preset(form), default_categories(form), effective_from=date(2020, 1, 1), now=T0)
        for k, full in enumerate(NAMES):
            first, last = full.split(" ", 1)
            member = Member(id=0, number=f"S-{k + 1:03d}", kind=PersonKind.NATURAL, name=last,
                            first_name=first, admission_date=date(2020, 1, 1))  # fmt: skip
            member_id, _ = members.add_member(uow, member, now=T0)
            shares.add_movement(uow, ShareMovement(0, MovementKind.SUBSCRIPTION, date(2020, 1, 1),
                                                   1, 2500, to_member_id=member_id), now=T0)
            ids[first] = member_id
    return ids


def _meeting(uow: UnitOfWork, title: str, kind: MeetingType, resolutions: int,
             document: bool) -> tuple[int, tuple[int, ...]]:  # fmt: skip
    meeting_id, _ = meetings.create_meeting(uow, Meeting(
        0, title, kind, ON, start_time=time(14, 0), place="Salle du conseil"), now=T0)
    items = []
    for k in range(resolutions):
        item_id, _ = meetings.add_item(uow, AgendaItem(
            0, meeting_id, 0, ItemKind.RESOLUTION, f"{title} : résolution {k + 1}",
            presenter=Presenter.MANAGEMENT), now=T0)  # fmt: skip
        items.append(item_id)
    if document:
        doc_id, _ = library.add_document(uow, DOCUMENT, filename="rapport-2025.pdf",
                                         title="Rapport de gestion 2025",
                                         kind=DocumentKind.REPORT, now=T0)  # fmt: skip
        library.attach(uow, meeting_id, doc_id, item_id=items[0])
    meetings.change_status(uow, meeting_id, MeetingStatus.CONVENED, now=T0)
    polls.prepare_polls(uow, meeting_id, now=T0)
    ids = tuple(p.id for p in polls.list_polls(uow, meeting_id))
    for poll_id in ids:  # open for remote voting while the meeting is convened
        polls.open_poll(uow, poll_id, now=T0)
    return meeting_id, ids


def make_org(root: Path) -> OrgInstall:
    """The secretary's install under ``root``: ``data/`` and ``folder/``."""
    folder = root / "folder"
    folder.mkdir(parents=True)
    db = open_database(root / "data" / "talagov.sqlite")
    ids = _register(db)
    with UnitOfWork(db) as uow:
        keys.create_organisation_key(uow, ORG_PASS, now=T0, kdf=TEST_KDF)
        org_key = keys.unlock_organisation(uow, ORG_PASS)
    org = OrgInstall(root, folder, db, org_key, ids)
    for key, title, kind, count, document in (("ago", "AGO 2026", MeetingType.AGO, 2, True),
                                              ("age", "AGE 2026", MeetingType.AGE, 1, False)):
        with UnitOfWork(db) as uow:
            org.meetings[key], org.polls[key] = _meeting(uow, title, kind, count, document)
    return org


def make_member(root: Path, name: str, member_id: int) -> MemberInstall:
    """A member's install under ``root``: ``home/`` and ``folder/``."""
    (root / "folder").mkdir(parents=True)
    return MemberInstall(name, member_id, root, root / "home", root / "folder",
                         f"phrase de {name} à la maison")  # fmt: skip
