# SPDX-License-Identifier: GPL-3.0-or-later
"""A member votes from their own TalaGov: two installs, two data directories.

Install A is the secretary's laptop (a database: members, the AG convened, the
organisation key, polls open for remote voting). Install B is the member's own
laptop: a keystore directory and nothing else. Files go from one to the other as they
would through a shared folder: the certificate request, the certificate, the voting
package, the ballot files.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from talagov.core.ballot_check import RejectReason, Verdict
from talagov.core.ballots import Channel
from talagov.core.errors import UserError
from talagov.core.keyseal import TEST_KDF
from talagov.core.proxies import Proxy
from talagov.services import ballots, keys, personal_keys, session, voting_package
from talagov.services.uow import UnitOfWork
from talagov.storage.database import Database, open_database

from .conftest import AddMember
from .vote_setup import Assembly, at, attend, close, make_assembly, open_polls, open_session

MEMBER_PASS = "ma phrase à la maison"


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    """Install A's database, in the secretary's own data directory."""
    database = open_database(tmp_path / "secretary" / "talagov.sqlite")
    yield database
    database.close()


class MemberLaptop:
    """Install B: a keystore directory, an outbox folder, no database."""

    def __init__(self, root: Path, member_id: int, name: str) -> None:
        self.root, self.member_id, self.name = root, member_id, name
        self.keystore = root / "keys"
        self.outbox = root / "outbox"

    def request(self) -> bytes:
        return personal_keys.create_personal_key(
            self.keystore, member_id=self.member_id, name=self.name, passphrase=MEMBER_PASS,
            kdf=TEST_KDF).encode("ascii")  # fmt: skip

    def vote(self, package_file: bytes, choices: dict[tuple[int, int], tuple[str, ...]], *,
             trusted: str, passphrase: str = MEMBER_PASS) -> list[Path]:
        package = voting_package.read_package(package_file, trusted_fingerprint=trusted)
        key, cert = personal_keys.unlock_personal(self.keystore, self.member_id, passphrase)
        signed = voting_package.vote_from_package(package, key, cert, choices, now=at(10),
                                                  keystore=self.keystore)  # fmt: skip
        return voting_package.write_ballot_files(signed, self.outbox)


def _secretary(a: Assembly, laptop: MemberLaptop) -> tuple[str, bytes]:
    """Issue the member's certificate from the request; export the voting package."""
    with UnitOfWork(a.db) as uow:
        certificate, _ = keys.issue_from_request(uow, laptop.request(), org_key=a.org_key,
                                                 now=at(8))  # fmt: skip
        fingerprint = keys.organisation_key(uow).fingerprint  # type: ignore[union-attr]
    personal_keys.install_certificate(laptop.keystore, certificate.encode("ascii"))
    with UnitOfWork(a.db) as uow:
        package = voting_package.export_package(uow, a.meeting_id, laptop.member_id,
                                                org_key=a.org_key, now=at(9))  # fmt: skip
    return fingerprint, package


def _import(a: Assembly, path: Path) -> ballots.ImportOutcome:
    with UnitOfWork(a.db) as uow:
        outcome, _ = ballots.import_ballot_file(uow, path.read_bytes(), origin=path.name,
                                                now=at(11))  # fmt: skip
    return outcome


def test_a_member_votes_from_their_own_install(db: Database, add_member: AddMember,
                                               tmp_path: Path) -> None:
    a = make_assembly(db, add_member, enrol=0)
    m = a.members
    with UnitOfWork(db) as uow:
        session.add_proxy(uow, Proxy(0, a.meeting_id, m[1], m[0], date(2026, 6, 20)), now=at(8))
    ids = open_polls(a, at(9))  # open for remote voting before the session
    laptop = MemberLaptop(tmp_path / "member-laptop", m[0], "Associé00")
    fingerprint, package = _secretary(a, laptop)

    (first,) = laptop.vote(package, {(ids[0], m[0]): ("for",)}, trusted=fingerprint)
    assert _import(a, first).status == "counted"
    assert _import(a, first).status == "duplicate"  # the same file again changes nothing
    again, proxied = laptop.vote(package, {(ids[0], m[0]): ("against",),
                                           (ids[0], m[1]): ("abstain",)}, trusted=fingerprint)
    assert [_import(a, again).status, _import(a, proxied).status] == ["counted", "counted"]

    tampered = tmp_path / "tampered.json"
    document = json.loads(again.read_text(encoding="utf-8"))
    document["payload"]["choices"] = ["for"]
    tampered.write_text(json.dumps(document), encoding="utf-8")
    outcome = _import(a, tampered)
    assert (outcome.status, outcome.reason) == ("rejected", RejectReason.BAD_SIGNATURE)

    with UnitOfWork(db) as uow:
        lines = ballots.ballots_of(uow, ids[0])
    assert [(line.principal_name, line.sequence, line.verdict) for line in lines] == [
        ("Associé00", 1, Verdict.SUPERSEDED), ("Associé00", 2, Verdict.COUNTED),
        ("Associé01", 1, Verdict.COUNTED), ("Associé00", 2, Verdict.REJECTED)]
    assert all(line.channel is Channel.FILE for line in lines)
    assert lines[3].reason is RejectReason.BAD_SIGNATURE  # kept aside, with its reason

    attend(a, m[2])
    open_session(a)
    result = close(a, ids[0], at(15)).result
    assert result is not None
    assert [result.votes_for(c) for c in ("for", "against", "abstain")] == [0, 1, 1]
    # The member's install holds keys and ballots, never a database.
    assert not list(laptop.root.rglob("*.sqlite"))
    assert {p.name for p in laptop.keystore.iterdir()} >= {f"member-{m[0]}.key",
                                                           f"member-{m[0]}.pem"}


def test_what_the_member_can_get_wrong_at_home(db: Database, add_member: AddMember,
                                               tmp_path: Path) -> None:
    a = make_assembly(db, add_member, enrol=0)
    ids = open_polls(a, at(9))
    laptop = MemberLaptop(tmp_path / "member-laptop", a.members[0], "Associé00")
    fingerprint, package = _secretary(a, laptop)
    other = "AB" * 32  # the fingerprint of some other organisation
    attempts = {
        "package.untrusted_organisation": lambda: laptop.vote(
            package, {(ids[0], a.members[0]): ("for",)}, trusted=other),
        "keys.wrong_passphrase": lambda: laptop.vote(
            package, {(ids[0], a.members[0]): ("for",)}, trusted=fingerprint,
            passphrase="pas la bonne phrase"),
        "package.not_a_principal": lambda: laptop.vote(
            package, {(ids[0], a.members[2]): ("for",)}, trusted=fingerprint),
        "package.unknown_poll": lambda: laptop.vote(
            package, {(999, a.members[0]): ("for",)}, trusted=fingerprint),
        "package.invalid_choice": lambda: laptop.vote(
            package, {(ids[0], a.members[0]): ("blank",)}, trusted=fingerprint),
        "package.bad_signature": lambda: laptop.vote(
            package.replace("Associé00".encode(), "Associé09".encode()),
            {(ids[0], a.members[0]): ("for",)}, trusted=fingerprint),
    }
    for code, attempt in attempts.items():
        with pytest.raises(UserError) as err:
            attempt()
        assert err.value.code == code
    assert not laptop.outbox.exists()  # nothing was written


def test_a_ballot_signed_with_a_revoked_certificate_is_kept_aside(
        db: Database, add_member: AddMember, tmp_path: Path) -> None:
    a = make_assembly(db, add_member, enrol=0)
    ids = open_polls(a, at(9))
    laptop = MemberLaptop(tmp_path / "member-laptop", a.members[0], "Associé00")
    fingerprint, package = _secretary(a, laptop)
    with UnitOfWork(db) as uow:  # the member reported the laptop stolen
        keys.revoke(uow, a.members[0], "left", org_key=a.org_key, now=at(9, 30))
    (path,) = laptop.vote(package, {(ids[0], a.members[0]): ("for",)}, trusted=fingerprint)
    outcome = _import(a, path)
    assert (outcome.status, outcome.reason) == ("rejected", RejectReason.CERTIFICATE_REVOKED)
    assert a.poll(ids[0]).ballots == 1
