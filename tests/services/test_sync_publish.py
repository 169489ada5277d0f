# SPDX-License-Identifier: GPL-3.0-or-later
"""Publishing into the shared folder: only what is new is written, never over another
file; a second pass over an unchanged database writes nothing; newer packages take the
next sequence; the archive follows the signed minutes."""

from __future__ import annotations

import zipfile
from dataclasses import replace
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric import ec

from talagov.core import certificates, revocation
from talagov.core import sync_format as sf
from talagov.core.cancel import CancelToken
from talagov.core.canonical import sha256_hex
from talagov.core.errors import Cancelled, UserError
from talagov.core.library import DocumentKind
from talagov.core.meeting_package import package_file, read_package
from talagov.core.meetings import MeetingStatus
from talagov.core.signing import new_private_key
from talagov.core.sync_format import Kind, parse_name
from talagov.core.sync_identity import read_identity
from talagov.services import keys, library, meetings, session
from talagov.services.sync_package import build_package
from talagov.services.sync_publish import PublishReport, plan_publish, publish
from talagov.services.uow import UnitOfWork
from talagov.storage.database import Database

from .conftest import AddMember
from .vote_setup import BEFORE, Assembly, at, make_assembly, open_polls

NOW = BEFORE + timedelta(days=1)


def _publish(a: Assembly, folder: Path, *, key: bool = True,
             now: datetime = NOW) -> PublishReport:
    with UnitOfWork(a.db) as uow:
        return publish(uow, folder, org_key=a.org_key if key else None, now=now)


def _files(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes()
            for p in sorted(folder.rglob("*")) if p.is_file()}  # fmt: skip


def _packages(folder: Path, meeting_id: int) -> list[str]:
    names = [parse_name(p.name, (Kind.PACKAGE,)) for p in (folder / sf.MEETINGS_DIR).iterdir()]
    ours = [n for n in names if n is not None and n.meeting_id == meeting_id]
    return [n.canonical for n in sorted(ours, key=lambda n: n.sequence or 0)]


@pytest.fixture
def shared(tmp_path: Path) -> Path:
    """The shared folder (the database lives next to it, in ``tmp_path``)."""
    folder = tmp_path / "shared"
    folder.mkdir()
    return folder


@pytest.fixture
def assembly(db: Database, add_member: AddMember) -> Assembly:
    """A convened AG of four associates, three of them with a certificate."""
    return make_assembly(db, add_member, n=4, resolutions=2, enrol=3)


def test_a_first_pass_publishes_what_members_need(assembly: Assembly, shared: Path) -> None:
    with UnitOfWork(assembly.db) as uow:
        plan = plan_publish(uow, shared, now=NOW)
        cert = keys.organisation_certificate(uow)
    assert plan.needs_key and not plan.damaged
    assert {f.kind for f in plan.files} == {Kind.IDENTITY, Kind.CERTIFICATE, Kind.DOCUMENT,
                                            Kind.PACKAGE}
    assert "organisation/meetings/meeting-1-1-*.json" in {f.path for f in plan.files}
    assert _files(shared) == {}  # planning writes nothing
    report = _publish(assembly, shared)
    assert [f.kind for f in report.written] == [f.kind for f in plan.files]
    assert all("*" not in f.path and (shared / f.path).is_file() for f in report.written)
    assert all(f.reason == "new" for f in report.written)
    # What is there reads back, signed by the organisation.
    files = _files(shared)
    identity = [read_identity(d) for p, d in files.items() if p.startswith("organisation/identity-")]
    assert [i.sequence for i in identity] == [1]
    assert identity[0].organisation == certificates.fingerprint(cert)
    [name] = _packages(shared, assembly.meeting_id)
    package = read_package(files[f"{sf.MEETINGS_DIR}/{name}"], cert)
    assert (package.sequence, package.status) == (1, "convened")
    for doc in package.documents:
        assert f"{sf.DOCUMENTS_DIR}/{doc.file_name}" in files
    certs = sorted(p for p in files if p.startswith(sf.CERTIFICATES_DIR))
    assert len(certs) == 3
    assert not any(p.endswith(".part") or "/." in p for p in files)  # no temporary left


def test_a_second_pass_over_an_unchanged_database_writes_nothing(
        assembly: Assembly, shared: Path) -> None:
    first = _publish(assembly, shared)
    before = _files(shared)
    again = _publish(assembly, shared, now=NOW + timedelta(hours=5))
    assert again.written == () and again.unchanged == len(first.written)
    assert _files(shared) == before
    with UnitOfWork(assembly.db) as uow:
        plan = plan_publish(uow, shared, now=NOW + timedelta(hours=5))
    assert plan.files == () and not plan.needs_key


def test_opening_polls_publishes_a_newer_package(assembly: Assembly, shared: Path) -> None:
    _publish(assembly, shared)
    before = _files(shared)
    poll_ids = open_polls(assembly, at(9))
    with UnitOfWork(assembly.db) as uow:
        plan = plan_publish(uow, shared, now=NOW)
        cert = keys.organisation_certificate(uow)
    assert [(f.path, f.reason) for f in plan.files] == [
        (f"{sf.MEETINGS_DIR}/meeting-{assembly.meeting_id}-2-*.json", "changed")]
    report = _publish(assembly, shared)
    assert [f.kind for f in report.written] == [Kind.PACKAGE]
    after = _files(shared)
    assert {p: d for p, d in after.items() if p in before} == before  # nothing rewritten
    _, second = _packages(shared, assembly.meeting_id)
    newest = read_package(after[f"{sf.MEETINGS_DIR}/{second}"], cert)
    assert newest.sequence == 2 and [p.id for p in newest.polls] == poll_ids


def test_without_the_key_only_unsigned_files_are_written(assembly: Assembly,
                                                          shared: Path) -> None:
    report = _publish(assembly, shared, key=False)
    assert {f.kind for f in report.written} == {Kind.CERTIFICATE, Kind.DOCUMENT}
    assert {f.kind for f in report.left} == {Kind.IDENTITY, Kind.PACKAGE}
    with UnitOfWork(assembly.db) as uow:
        plan = plan_publish(uow, shared, now=NOW)
    assert plan.needs_key and {f.kind for f in plan.files} == {Kind.IDENTITY, Kind.PACKAGE}


def test_another_key_is_refused(assembly: Assembly, shared: Path) -> None:
    with UnitOfWork(assembly.db) as uow, pytest.raises(UserError) as caught:
        publish(uow, shared, org_key=new_private_key(), now=NOW)
    assert caught.value.code == "keys.org_key_mismatch"
    assert _files(shared) == {}


def test_a_damaged_file_is_reported_never_overwritten(assembly: Assembly, shared: Path) -> None:
    _publish(assembly, shared)
    doc = next(p for p in _files(shared) if p.startswith(sf.DOCUMENTS_DIR))
    (shared / doc).write_bytes(b"half a PDF")
    with UnitOfWork(assembly.db) as uow:
        plan = plan_publish(uow, shared, now=NOW)
    assert plan.damaged == (doc,) and plan.files == ()
    report = _publish(assembly, shared)
    assert report.damaged == (doc,) and report.written == ()
    assert (shared / doc).read_bytes() == b"half a PDF"


def test_files_signed_by_another_key_do_not_count(assembly: Assembly, shared: Path) -> None:
    # Anyone who can write into the folder may drop a "package" there: only ours count,
    # for what is already published as for the next sequence.
    with UnitOfWork(assembly.db) as uow:
        package, _ = build_package(uow, assembly.meeting_id, now=NOW)
    forged = package_file(replace(package, sequence=9), new_private_key())
    meetings_dir = shared / sf.MEETINGS_DIR
    meetings_dir.mkdir(parents=True)
    (meetings_dir / sf.package_name(assembly.meeting_id, 9, "0" * 16)).write_bytes(forged)
    report = _publish(assembly, shared)
    written = [f.path for f in report.written if f.kind is Kind.PACKAGE]
    assert written and "meeting-1-1-" in written[0]


def test_a_conflict_copy_counts_as_the_file_it_copies(assembly: Assembly, shared: Path) -> None:
    _publish(assembly, shared)
    [name] = _packages(shared, assembly.meeting_id)
    original = shared / sf.MEETINGS_DIR / name
    original.rename(original.with_name(name.replace(".json",
                                                    ".sync-conflict-20261201-101500-ABCDEF7.json")))
    assert _publish(assembly, shared).written == ()


def test_a_meeting_once_closed_gets_one_last_package(assembly: Assembly, shared: Path) -> None:
    _publish(assembly, shared)
    with UnitOfWork(assembly.db) as uow:
        session.open_session(uow, assembly.meeting_id, now=at(14))
    assert [f.kind for f in _publish(assembly, shared).written] == [Kind.PACKAGE]
    with UnitOfWork(assembly.db) as uow:
        meetings.change_status(uow, assembly.meeting_id, MeetingStatus.CLOSED, now=at(16))
    report = _publish(assembly, shared, now=at(17))
    assert [(f.kind, f.reason) for f in report.written] == [(Kind.PACKAGE, "changed")]
    with UnitOfWork(assembly.db) as uow:
        cert = keys.organisation_certificate(uow)
    newest = _packages(shared, assembly.meeting_id)[-1]
    closed = read_package((shared / sf.MEETINGS_DIR / newest).read_bytes(), cert)
    assert (closed.sequence, closed.status, closed.polls) == (3, "closed", ())
    # No minutes signed: no archive; and nothing more about the meeting.
    assert _publish(assembly, shared, now=at(18)).written == ()


def test_a_never_published_past_meeting_gets_no_package(db: Database, add_member: AddMember,
                                                         shared: Path) -> None:
    a = make_assembly(db, add_member, n=3, resolutions=1)
    with UnitOfWork(db) as uow:
        meetings.change_status(uow, a.meeting_id, MeetingStatus.DRAFT, now=NOW)
    assert not any(f.kind is Kind.PACKAGE for f in _publish(a, shared).written)


def test_cancel_stops_before_the_next_file(assembly: Assembly, shared: Path) -> None:
    token = CancelToken()
    seen: list[tuple[int, int]] = []

    def progress(done: int, total: int) -> None:
        seen.append((done, total))
        if done == 2:
            token.cancel()

    with UnitOfWork(assembly.db) as uow, pytest.raises(Cancelled):
        publish(uow, shared, org_key=assembly.org_key, now=NOW, cancel=token, progress=progress)
    assert len(_files(shared)) == 2 and [d for d, _ in seen] == [1, 2]
    report = _publish(assembly, shared)  # the next pass finishes the work
    assert report.unchanged == 2 and len(report.written) == seen[0][1] - 2


def test_a_closed_meeting_with_signed_minutes_is_archived_once(db: Database,
                                                                shared: Path) -> None:
    from tests.verifier.meeting_setup import build_meeting

    a, _, _ = build_meeting(db)
    report = _publish(a, shared, now=at(18))
    archives = [f for f in report.written if f.kind is Kind.ARCHIVE]
    assert [(f.meeting_id, f.reason) for f in archives] == [(a.meeting_id, "new")]
    data = (shared / archives[0].path).read_bytes()
    name = parse_name(Path(archives[0].path).name, (Kind.ARCHIVE,))
    assert name is not None and name.digest == sha256_hex(data)[:16]
    with zipfile.ZipFile(shared / archives[0].path) as archive:
        assert any(n.endswith("manifest.json") for n in archive.namelist())
    assert not any(f.kind is Kind.PACKAGE for f in report.written)  # never published before
    assert _publish(a, shared, now=at(19)).written == ()


def test_a_revocation_publishes_the_newest_list(assembly: Assembly, shared: Path) -> None:
    _publish(assembly, shared)
    assert not (shared / sf.REVOCATIONS_DIR).exists()  # the empty first list says nothing
    with UnitOfWork(assembly.db) as uow:
        keys.revoke(uow, assembly.members[0], "lost", org_key=assembly.org_key, now=NOW)
        public = keys.organisation_certificate(uow).public_key()
    report = _publish(assembly, shared)
    [listed] = [f for f in report.written if f.kind is Kind.REVOCATIONS]
    name = parse_name(Path(listed.path).name, (Kind.REVOCATIONS,))
    assert name is not None and name.sequence == 1
    assert isinstance(public, ec.EllipticCurvePublicKey)
    found = revocation.read_list((shared / listed.path).read_bytes(), public)
    assert [e.member_id for e in found.entries] == [assembly.members[0]]
    # The package no longer carries the revoked certificate; the old file stays.
    assert Kind.PACKAGE in {f.kind for f in report.written}
    assert len(list((shared / sf.CERTIFICATES_DIR).iterdir())) == 3


def test_a_meeting_that_cannot_be_built_does_not_hold_back_the_rest(
        assembly: Assembly, shared: Path) -> None:
    with UnitOfWork(assembly.db) as uow:
        doc, _ = library.add_document(uow, b"rapport", filename="r.txt", title="Rapport",
                                      kind=DocumentKind.REPORT, now=NOW)
        library.attach(uow, assembly.meeting_id, doc)
        library.document_path(uow, doc).unlink()
    with UnitOfWork(assembly.db) as uow:
        plan = plan_publish(uow, shared, now=NOW)
    assert [(p.kind, p.meeting_id, p.code) for p in plan.problems] == [
        (Kind.PACKAGE, assembly.meeting_id, "library.file_missing")]
    report = _publish(assembly, shared)
    assert report.problems == plan.problems
    assert {f.kind for f in report.written} == {Kind.IDENTITY, Kind.CERTIFICATE}
