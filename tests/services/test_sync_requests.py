# SPDX-License-Identifier: GPL-3.0-or-later
"""Certificate requests from members' installs: received, compared, issued or refused."""

from __future__ import annotations

from datetime import UTC
from pathlib import Path

import pytest

from talagov.core import certificates, sync_request
from talagov.core.canonical import readable_fingerprint
from talagov.core.errors import UserError
from talagov.core.signing import new_private_key
from talagov.core.sync_request import CertificateRequest, request_file
from talagov.services import keys
from talagov.services.changes import Aggregate
from talagov.services.sync_requests import approve_request, pending_requests, refuse_request
from talagov.services.uow import UnitOfWork
from talagov.storage.database import Database

from .conftest import AddMember
from .test_sync_import import INSTALL, OTHER_INSTALL, put, run
from .vote_setup import Assembly, at, make_assembly


def request(a: Assembly, member_id: int, *, install: str = INSTALL,
            **changes: object) -> tuple[str, bytes, str]:
    """``(file name, bytes, key fingerprint)`` of a request as a member's install writes it."""
    key = new_private_key()
    pem = certificates.request_to_pem(certificates.certificate_request(
        key, member_id=member_id, name="Moi"))  # fmt: skip
    with UnitOfWork(a.db) as uow:
        org = keys.organisation_key(uow)
    assert org is not None
    fields: dict[str, object] = {
        "organisation": org.fingerprint, "install_id": install, "member_id": member_id,
        "name": "Moi-même", "request_pem": pem, "made_at": at(8).astimezone(UTC).isoformat(),
    }  # fmt: skip
    fields.update(changes)
    r = CertificateRequest(**fields)  # type: ignore[arg-type]
    data = request_file(r)
    return sync_request.file_name(data), data, sync_request.key_fingerprint(r)


@pytest.fixture
def assembly(db: Database, add_member: AddMember) -> Assembly:
    """Six associates, none with a key yet."""
    return make_assembly(db, add_member, enrol=0)


def test_a_request_waits_for_the_secretary_then_is_issued(assembly: Assembly,
                                                         tmp_path: Path) -> None:
    a, folder = assembly, tmp_path / "folder"
    member = a.members[2]
    name, data, fingerprint = request(a, member)
    put(folder, INSTALL, "requests", name, data)
    assert run(a.db, folder).requests == 1
    with UnitOfWork(a.db) as uow:
        (line,) = pending_requests(uow)
    assert (line.member_id, line.member_name, line.name, line.install_id, line.status) == (
        member, "Associé02", "Moi-même", INSTALL, "pending")
    assert line.readable == readable_fingerprint(fingerprint)
    with UnitOfWork(a.db) as uow:
        changes = approve_request(uow, line.id, org_key=a.org_key, now=at(10))
    assert changes.touches(Aggregate.KEYS, Aggregate.SYNC)
    with UnitOfWork(a.db) as uow:
        cert = keys.member_certificate(uow, member, at=at(11))
        assert pending_requests(uow) == []
        (done,) = pending_requests(uow, decided=True)
    assert cert is not None and certificates.member_id_of(cert) == member
    assert (done.status, done.decided_at) == ("issued", at(10))
    with pytest.raises(UserError) as caught, UnitOfWork(a.db) as uow:
        approve_request(uow, line.id, org_key=a.org_key, now=at(11))
    assert caught.value.code == "sync_import.request_already_issued"


def test_a_refused_request_keeps_its_note(assembly: Assembly, tmp_path: Path) -> None:
    a, folder = assembly, tmp_path / "folder"
    put(folder, INSTALL, "requests", *request(a, a.members[0])[:2])
    run(a.db, folder)
    with UnitOfWork(a.db) as uow:
        (line,) = pending_requests(uow)
        refuse_request(uow, line.id, note="  L'empreinte lue ne correspond pas. ", now=at(10))
    with UnitOfWork(a.db) as uow:
        (done,) = pending_requests(uow, decided=True)
        assert keys.member_certificate(uow, a.members[0], at=at(11)) is None
    assert (done.status, done.note) == ("refused", "L'empreinte lue ne correspond pas.")
    with pytest.raises(UserError) as caught, UnitOfWork(a.db) as uow:
        refuse_request(uow, line.id, note="encore", now=at(11))
    assert caught.value.code == "sync_import.request_already_refused"
    with pytest.raises(UserError) as missing, UnitOfWork(a.db) as uow:
        approve_request(uow, 999, org_key=a.org_key, now=at(11))
    assert missing.value.code == "sync_import.request_not_found"


def test_the_same_request_twice_is_one_request(assembly: Assembly, tmp_path: Path) -> None:
    a, folder = assembly, tmp_path / "folder"
    name, data, _ = request(a, a.members[1])
    put(folder, INSTALL, "requests", name, data)
    stem = name.removesuffix(".json")
    put(folder, INSTALL, "requests", f"{stem}.sync-conflict-20261201-101500-ABCDEF7.json", data)
    # The same key sent again (reformatted by hand): same member, same key, one request.
    put(folder, INSTALL, "requests", "request-00000000000000aa.json", data.replace(b",", b", "))
    report = run(a.db, folder)
    assert (report.requests, report.duplicates, report.quarantined) == (1, 2, ())
    with UnitOfWork(a.db) as uow:
        assert len(pending_requests(uow, decided=True)) == 1


def test_wrong_requests_are_quarantined(assembly: Assembly, tmp_path: Path) -> None:
    a, folder = assembly, tmp_path / "folder"
    put(folder, INSTALL, "requests", *request(a, a.members[0], organisation="e" * 64)[:2])
    put(folder, INSTALL, "requests", *request(a, a.members[1], install=OTHER_INSTALL)[:2])
    put(folder, INSTALL, "requests", *request(a, 4242)[:2])
    put(folder, INSTALL, "requests", "request-0123456789abcdef.json", b'{"format": ')
    put(folder, INSTALL, "requests", "request-0123456789abcde0.json", b'{"format": "x"}')
    report = run(a.db, folder)
    assert sorted((q.reason_code, tuple(q.params.items())) for q in report.quarantined) == [
        ("member.request_malformed", (("detail", "missing or unexpected keys"),)),
        ("sync_import.incomplete", ()),
        ("sync_import.request_misplaced", ()),
        ("sync_import.request_other_organisation", ()),
        ("sync_import.request_unknown_member", (("member", 4242),)),
    ]
    with UnitOfWork(a.db) as uow:
        assert pending_requests(uow) == []


def test_a_request_says_when_it_would_replace_a_valid_key_or_comes_from_elsewhere(
        assembly: Assembly, tmp_path: Path) -> None:
    a, folder = assembly, tmp_path / "folder"
    member, other = a.members[0], a.members[1]
    put(folder, INSTALL, "requests", *request(a, member)[:2])
    put(folder, OTHER_INSTALL, "requests", *request(a, other, install=OTHER_INSTALL)[:2])
    run(a.db, folder, at(9))
    with UnitOfWork(a.db) as uow:
        first = {line.member_id: line for line in pending_requests(uow, now=at(9))}
        refuse_request(uow, first[other].id, note="pas la bonne empreinte", now=at(9))
    assert not any(line.replaces or line.other_install for line in first.values())
    with UnitOfWork(a.db) as uow:
        approve_request(uow, first[member].id, org_key=a.org_key, now=at(10))
    # Later: a new key from the same install, a request from another install (anyone can
    # write one in the member's name), and the refused member asking again from elsewhere.
    put(folder, INSTALL, "requests", *request(a, member)[:2])
    put(folder, OTHER_INSTALL, "requests", *request(a, member, install=OTHER_INSTALL)[:2])
    put(folder, INSTALL, "requests", *request(a, other)[:2])
    run(a.db, folder, at(11))
    with UnitOfWork(a.db) as uow:
        lines = pending_requests(uow, now=at(12))
        decided = pending_requests(uow, decided=True, now=at(12))
    seen = sorted((line.member_id, line.install_id, line.replaces, line.other_install)
                  for line in lines)
    assert seen == [(member, INSTALL, True, False), (member, OTHER_INSTALL, True, True),
                    (other, INSTALL, False, False)]  # a refused request says nothing
    issued = next(line for line in decided if line.status == "issued")
    assert not issued.replaces  # the valid certificate is this request's own
