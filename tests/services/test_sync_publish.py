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
from talagov.core.meeting_package import (
    MeetingPackage,
    PackageArchive,
    package_file,
    package_payload,
    read_package,
)
from talagov.core.meetings import MeetingStatus
from talagov.core.signing import new_private_key
from talagov.core.sync_envelope import seal
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


def _closed(db: Database) -> Assembly:
    from tests.verifier.meeting_setup import build_meeting

    a, _, _ = build_meeting(db)
    return a


def _newest(a: Assembly, folder: Path) -> MeetingPackage:
    with UnitOfWork(a.db) as uow:
        cert = keys.organisation_certificate(uow)
    name = _packages(folder, a.meeting_id)[-1]
    return read_package((folder / sf.MEETINGS_DIR / name).read_bytes(), cert)


def test_a_closed_meeting_with_signed_minutes_is_archived_once(db: Database,
                                                                shared: Path) -> None:
    a = _closed(db)
    with UnitOfWork(db) as uow:
        plan = plan_publish(uow, shared, now=at(18))
    assert [(f.path, f.reason) for f in plan.files if f.meeting_id == a.meeting_id
            and f.kind in (Kind.ARCHIVE, Kind.PACKAGE)] == [
        (f"{sf.ARCHIVES_DIR}/meeting-{a.meeting_id}-*.zip", "new"),
        (f"{sf.MEETINGS_DIR}/meeting-{a.meeting_id}-1-*.json", "new")]
    report = _publish(a, shared, now=at(18))
    archives = [f for f in report.written if f.kind is Kind.ARCHIVE]
    assert [(f.meeting_id, f.reason) for f in archives] == [(a.meeting_id, "new")]
    data = (shared / archives[0].path).read_bytes()
    name = parse_name(Path(archives[0].path).name, (Kind.ARCHIVE,))
    assert name is not None and name.digest == sha256_hex(data)[:16]
    with zipfile.ZipFile(shared / archives[0].path) as archive:
        assert any(n.endswith("manifest.json") for n in archive.namelist())
    # The archive is written first, then the package that makes it the organisation's.
    kinds = [f.kind for f in report.written]
    assert kinds.index(Kind.ARCHIVE) < kinds.index(Kind.PACKAGE)
    closed = _newest(a, shared)
    assert (closed.sequence, closed.status, closed.polls) == (1, "closed", ())
    assert closed.archive == PackageArchive(sha256_hex(data), Path(archives[0].path).name,
                                            len(data))
    assert _publish(a, shared, now=at(19)).written == ()


ZIP = b"PK\x03\x04 the archive"


@pytest.fixture
def closed(assembly: Assembly, monkeypatch: pytest.MonkeyPatch) -> Assembly:
    """The AG closed with its minutes signed; its archive (exported for real by the test
    above) stands in as fixed bytes, as the export gives the same bytes every time."""
    from talagov.services import sync_publish

    with UnitOfWork(assembly.db) as uow:
        meetings.change_status(uow, assembly.meeting_id, MeetingStatus.IN_SESSION, now=at(14))
        meetings.change_status(uow, assembly.meeting_id, MeetingStatus.CLOSED, now=at(16))
    monkeypatch.setattr(sync_publish, "_minutes_signed", lambda uow, meeting_id: True)
    monkeypatch.setattr(sync_publish, "_archive_bytes", lambda uow, meeting_id, key: ZIP)
    return assembly


def test_a_file_under_an_archive_name_does_not_count(closed: Assembly, shared: Path) -> None:
    # Anyone may leave a file named like the meeting's archive (its id is public): it
    # neither stops the organisation's archive nor becomes it.
    junk = shared / sf.ARCHIVES_DIR / sf.archive_name(closed.meeting_id, "0" * 16)
    junk.parent.mkdir(parents=True)
    junk.write_bytes(b"not a zip at all")
    report = _publish(closed, shared, now=at(18))
    [archive] = [f for f in report.written if f.kind is Kind.ARCHIVE]
    assert Path(archive.path).name == sf.archive_name(closed.meeting_id, sha256_hex(ZIP)[:16])
    assert not report.damaged and not report.problems
    named = _newest(closed, shared).archive
    assert named == PackageArchive(sha256_hex(ZIP), Path(archive.path).name, len(ZIP))
    assert junk.read_bytes() == b"not a zip at all"  # left alone
    assert _publish(closed, shared, now=at(19)).written == ()


def test_an_archive_replaced_is_reported_and_never_named(closed: Assembly,
                                                         shared: Path) -> None:
    _publish(closed, shared, now=at(18))
    named = _newest(closed, shared).archive
    assert named is not None
    path = shared / sf.ARCHIVES_DIR / named.file_name
    path.write_bytes(b"X" * len(ZIP))  # same size, other bytes
    before = _files(shared)
    for hour in (19, 20):  # reported at every pass, nothing written: no loop
        report = _publish(closed, shared, now=at(hour))
        assert report.written == ()
        assert report.damaged == (f"{sf.ARCHIVES_DIR}/{named.file_name}",)
    assert _files(shared) == before


def test_an_archive_removed_is_put_back(closed: Assembly, shared: Path) -> None:
    _publish(closed, shared, now=at(18))
    named = _newest(closed, shared)
    assert named.archive is not None
    path = shared / sf.ARCHIVES_DIR / named.archive.file_name
    path.unlink()
    report = _publish(closed, shared, now=at(19))
    # The same bytes again: the package that names them still holds.
    assert [f.kind for f in report.written] == [Kind.ARCHIVE]
    assert path.read_bytes() == ZIP and _newest(closed, shared) == named
    assert _publish(closed, shared, now=at(20)).written == ()


def test_a_link_under_the_archive_name_is_not_the_archive(closed: Assembly, shared: Path,
                                                          tmp_path: Path) -> None:
    _publish(closed, shared, now=at(18))
    named = _newest(closed, shared).archive
    assert named is not None
    path = shared / sf.ARCHIVES_DIR / named.file_name
    elsewhere = tmp_path / "copy.zip"
    elsewhere.write_bytes(ZIP)
    path.unlink()
    path.symlink_to(elsewhere)  # the right bytes, but not in the folder
    report = _publish(closed, shared, now=at(19))
    assert report.written == () and report.damaged == (f"{sf.ARCHIVES_DIR}/{named.file_name}",)
    assert path.is_symlink()  # never replaced


def test_a_meeting_closed_before_its_minutes_gets_its_archive_named_later(
        assembly: Assembly, shared: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from talagov.services import sync_publish

    with UnitOfWork(assembly.db) as uow:
        meetings.change_status(uow, assembly.meeting_id, MeetingStatus.IN_SESSION, now=at(14))
    _publish(assembly, shared)
    with UnitOfWork(assembly.db) as uow:
        meetings.change_status(uow, assembly.meeting_id, MeetingStatus.CLOSED, now=at(16))
    _publish(assembly, shared, now=at(17))
    assert _newest(assembly, shared).sequence == 2
    # The minutes signed, the archive follows, named by the next package.
    monkeypatch.setattr(sync_publish, "_minutes_signed", lambda uow, meeting_id: True)
    monkeypatch.setattr(sync_publish, "_archive_bytes", lambda uow, meeting_id, key: ZIP)
    with UnitOfWork(assembly.db) as uow:
        plan = plan_publish(uow, shared, now=at(18))
    assert plan.needs_key and [(f.kind, f.reason) for f in plan.files] == [
        (Kind.ARCHIVE, "new"), (Kind.PACKAGE, "changed")]
    report = _publish(assembly, shared, now=at(18))
    assert [(f.kind, f.reason) for f in report.written] == [(Kind.ARCHIVE, "new"),
                                                            (Kind.PACKAGE, "changed")]
    newest = _newest(assembly, shared)
    assert newest.sequence == 3 and newest.archive is not None
    assert (newest.status, newest.archive.sha256) == ("closed", sha256_hex(ZIP))


def test_an_archive_that_cannot_be_made_names_nothing(
        closed: Assembly, shared: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from talagov.services import sync_publish

    def broken(uow: UnitOfWork, meeting_id: int, key: object) -> bytes:
        raise UserError("archive.document_missing", {"title": "Rapport"})

    monkeypatch.setattr(sync_publish, "_archive_bytes", broken)
    report = _publish(closed, shared, now=at(18))
    assert [(p.kind, p.code) for p in report.problems] == [(Kind.ARCHIVE,
                                                            "archive.document_missing")]
    # Never published before: no package either (there is nothing to follow up).
    assert not {Kind.ARCHIVE, Kind.PACKAGE} & {f.kind for f in report.written}
    # Without the key, both wait for it.
    left = _publish(closed, shared, key=False, now=at(19)).left
    assert [f.kind for f in left] == [Kind.ARCHIVE, Kind.PACKAGE]


def test_a_published_meeting_still_says_it_closed_when_its_archive_fails(
        assembly: Assembly, shared: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from talagov.services import sync_publish

    _publish(assembly, shared)
    with UnitOfWork(assembly.db) as uow:
        meetings.change_status(uow, assembly.meeting_id, MeetingStatus.IN_SESSION, now=at(14))
        meetings.change_status(uow, assembly.meeting_id, MeetingStatus.CLOSED, now=at(16))

    def broken(uow: UnitOfWork, meeting_id: int, key: object) -> bytes:
        raise UserError("archive.document_missing", {"title": "Rapport"})

    monkeypatch.setattr(sync_publish, "_minutes_signed", lambda uow, meeting_id: True)
    monkeypatch.setattr(sync_publish, "_archive_bytes", broken)
    report = _publish(assembly, shared, now=at(17))
    assert [f.kind for f in report.written] == [Kind.PACKAGE]
    newest = _newest(assembly, shared)
    assert (newest.sequence, newest.status, newest.archive) == (2, "closed", None)
    again = _publish(assembly, shared, now=at(18))  # the archive still fails: nothing new
    assert again.written == () and [p.code for p in again.problems] == [
        "archive.document_missing"]
    monkeypatch.setattr(sync_publish, "_archive_bytes", lambda uow, meeting_id, key: ZIP)
    assert [f.kind for f in _publish(assembly, shared, now=at(19)).written] == [
        Kind.ARCHIVE, Kind.PACKAGE]
    assert _newest(assembly, shared).archive is not None


@pytest.mark.parametrize("relative", [sf.ORGANISATION_DIR, sf.MEETINGS_DIR, sf.DOCUMENTS_DIR,
                                      sf.CERTIFICATES_DIR, sf.ARCHIVES_DIR])
def test_a_directory_replaced_by_a_link_is_refused_never_followed(
        assembly: Assembly, shared: Path, tmp_path: Path, relative: str) -> None:
    # Anyone who writes into the folder may put a link where a directory of ours goes
    # (a sync engine carries it to every install): our files would go where it points.
    outside = tmp_path / "elsewhere"
    outside.mkdir()
    (shared / relative).parent.mkdir(parents=True, exist_ok=True)
    (shared / relative).symlink_to(outside)
    for call in (lambda uow: plan_publish(uow, shared, now=NOW),
                 lambda uow: publish(uow, shared, org_key=assembly.org_key, now=NOW)):
        with UnitOfWork(assembly.db) as uow, pytest.raises(UserError) as caught:
            call(uow)
        assert caught.value.code == "sync.folder_unsafe"
        assert caught.value.params == {"path": str(shared / relative)}
    assert list(outside.iterdir()) == []


def test_a_file_in_place_of_a_directory_is_refused(assembly: Assembly, shared: Path) -> None:
    (shared / sf.ORGANISATION_DIR).mkdir()
    (shared / sf.MEETINGS_DIR).write_bytes(b"")
    with UnitOfWork(assembly.db) as uow, pytest.raises(UserError) as caught:
        publish(uow, shared, org_key=assembly.org_key, now=NOW)
    assert caught.value.code == "sync.folder_unsafe"


def test_a_link_planted_under_one_of_our_names_is_never_followed(
        assembly: Assembly, shared: Path, tmp_path: Path) -> None:
    _publish(assembly, shared)
    [cert] = list((shared / sf.CERTIFICATES_DIR).iterdir())[:1]
    copy = tmp_path / "copy.pem"
    copy.write_bytes(cert.read_bytes())
    cert.unlink()
    cert.symlink_to(copy)  # the very bytes, elsewhere
    report = _publish(assembly, shared)
    assert report.written == () and report.damaged == (cert.relative_to(shared).as_posix(),)
    assert cert.is_symlink()


def _big_document(a: Assembly, size: int) -> int:
    with UnitOfWork(a.db) as uow:
        doc, _ = library.add_document(uow, b"%PDF-1.4\n" + b"0" * size, filename="scan.pdf",
                                      title="Rapport annuel (scan)", kind=DocumentKind.REPORT,
                                      now=NOW)  # fmt: skip
        library.attach(uow, a.meeting_id, doc)
    return doc


def test_a_package_members_would_refuse_is_a_problem_never_published(
        assembly: Assembly, shared: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # The readers' limit (64 MiB in real life) brought down so as not to write as much.
    from talagov.core import meeting_package

    monkeypatch.setattr(meeting_package, "MAX_DOCUMENT", 1024 * 1024)
    doc = _big_document(assembly, 1024 * 1024)
    for hour in (9, 10):  # at every pass, the same problem and nothing of the meeting
        with UnitOfWork(assembly.db) as uow:
            plan = plan_publish(uow, shared, now=at(hour))
        report = _publish(assembly, shared, now=at(hour))
        assert report.problems == plan.problems
        [problem] = report.problems
        assert (problem.kind, problem.meeting_id, problem.code) == (
            Kind.PACKAGE, assembly.meeting_id, "sync.package_unpublishable")
        assert problem.params["title"] == "AG 2026"
        assert "Rapport annuel (scan)" in str(problem.params["cause"])
        assert "too large" in str(problem.params["cause"])
        assert not (shared / sf.MEETINGS_DIR).exists()
        assert all(f.kind in (Kind.IDENTITY, Kind.CERTIFICATE) for f in report.written)
    with UnitOfWork(assembly.db) as uow:  # the secretary takes the scan off the meeting
        library.detach(uow, assembly.meeting_id, doc)
    report = _publish(assembly, shared, now=at(11))
    assert report.problems == () and len(_packages(shared, assembly.meeting_id)) == 1


def test_an_unreadable_package_of_ours_is_numbered_past_once(assembly: Assembly,
                                                             shared: Path) -> None:
    # A package we signed that readers refuse (an older version's, say): the next one
    # goes above it, once, instead of taking "no package yet" at every pass.
    with UnitOfWork(assembly.db) as uow:
        package, _ = build_package(uow, assembly.meeting_id, now=NOW)
    payload = {**package_payload(replace(package, sequence=4)), "extra": True}
    data = seal(sf.PACKAGE_FORMAT, payload, assembly.org_key)
    (shared / sf.MEETINGS_DIR).mkdir(parents=True)
    (shared / sf.MEETINGS_DIR / sf.package_name(assembly.meeting_id, 4,
                                                 sha256_hex(data)[:16])).write_bytes(data)
    report = _publish(assembly, shared)
    [written] = [f.path for f in report.written if f.kind is Kind.PACKAGE]
    assert f"/meeting-{assembly.meeting_id}-5-" in written
    assert _newest(assembly, shared).sequence == 5
    assert _publish(assembly, shared, now=NOW + timedelta(hours=1)).written == ()


def test_a_huge_sequence_in_a_name_not_ours_does_not_count(assembly: Assembly,
                                                           shared: Path) -> None:
    # Anyone may name a file meeting-1-<huge>-….json, forged or a copy of ours: the
    # next sequence would leave the range readers take, and no package would ever read.
    _publish(assembly, shared)
    [first] = _packages(shared, assembly.meeting_id)
    meetings_dir = shared / sf.MEETINGS_DIR
    huge = 9_007_199_254_740_990
    (meetings_dir / sf.package_name(assembly.meeting_id, huge, "1" * 16)).write_bytes(
        (meetings_dir / first).read_bytes())  # a replay of ours under another sequence
    with UnitOfWork(assembly.db) as uow:
        package, _ = build_package(uow, assembly.meeting_id, now=NOW)
    (meetings_dir / sf.package_name(assembly.meeting_id, huge + 1, "2" * 16)).write_bytes(
        package_file(replace(package, sequence=huge + 1), new_private_key()))
    assert _publish(assembly, shared).written == ()  # neither is newer than ours
    open_polls(assembly, at(9))
    report = _publish(assembly, shared)
    [written] = report.written
    assert written.kind is Kind.PACKAGE
    assert Path(written.path).name.startswith(f"meeting-{assembly.meeting_id}-2-")


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


# -- one pass at a time ------------------------------------------------------------------


def test_a_second_publisher_says_busy_and_writes_nothing(assembly: Assembly,
                                                         shared: Path) -> None:
    from talagov.storage import pass_lock

    with pass_lock.held(assembly.db.path) as ours:  # another window's pass, say
        assert ours
        with pytest.raises(UserError) as caught:
            _publish(assembly, shared)
    assert caught.value.code == "sync.busy"
    assert _files(shared) == {}
    assert {f.kind for f in _publish(assembly, shared).written} >= {Kind.IDENTITY}


def test_publishing_leaves_the_lock_free_for_the_import_of_the_same_pass(
        assembly: Assembly, shared: Path) -> None:
    from talagov.services.sync_import import import_folder
    from talagov.storage import pass_lock

    _publish(assembly, shared)
    with pass_lock.held(assembly.db.path) as ours:
        assert ours  # released when publishing returned
    with UnitOfWork(assembly.db) as uow:
        report, _ = import_folder(uow, shared, now=NOW)
    assert report.scanned == 0
