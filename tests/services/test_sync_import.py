# SPDX-License-Identifier: GPL-3.0-or-later
"""Importing the ballots that members' installs leave in the shared folder.

Every test builds the folder as members' installs (and sync engines) leave it, runs a
pass, and checks what the secretary would see: ballots in the session, files in
quarantine with their reason, nothing counted twice, the folder untouched.
"""

from __future__ import annotations

import os
import shutil
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

import pytest

from talagov.core import certificates, sync_format
from talagov.core.ballot_check import RejectReason, Verdict
from talagov.core.ballots import (
    BallotContent,
    file_name,
    from_file,
    new_nonce,
    sign_ballot,
    to_file,
)
from talagov.core.cancel import CancelToken
from talagov.core.errors import Cancelled, UserError
from talagov.core.signing import new_private_key
from talagov.messages import render
from talagov.services import ballots, journal, sync_import
from talagov.services.changes import Aggregate
from talagov.services.sync_import import ImportReport, import_folder, quarantine
from talagov.services.uow import UnitOfWork
from talagov.storage import journal_repo
from talagov.storage.database import Database, open_database

from .conftest import AddMember
from .vote_setup import Assembly, at, close, make_assembly, open_polls, open_session

INSTALL = "a" * 32
OTHER_INSTALL = "b" * 32


def ballot_file(a: Assembly, voter: int, poll: int, choice: str = "for", *, sequence: int = 1,
                **changes: object) -> tuple[str, bytes]:
    """``(file name, bytes)`` of a ballot as a member's install writes it."""
    key, cert = a.member_keys[voter]
    view = a.poll(poll)
    content = BallotContent(
        organisation=view.definition.organisation, meeting_id=a.meeting_id, poll_id=poll,
        definition_hash=view.definition_hash, voter_id=voter, on_behalf_of=voter,
        choices=(choice,), nonce=new_nonce(), cast_at=at(9).astimezone(UTC).isoformat(),
        sequence=sequence,
    )  # fmt: skip
    ballot = sign_ballot(replace(content, **changes), key, cert)  # type: ignore[arg-type]
    return file_name(ballot), to_file(ballot)


def put(folder: Path, install: str, sub: str, name: str, data: bytes) -> Path:
    """Write a file where a member's install (or a sync engine) puts it."""
    path = folder / sync_format.member_dir(install) / sub / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return path


def run(db: Database, folder: Path, now: datetime | None = None) -> ImportReport:
    """One pass."""
    with UnitOfWork(db) as uow:
        report, _ = import_folder(uow, folder, now=now or at(10))
    return report


def statuses(a: Assembly, poll: int) -> list[tuple[int, int, Verdict]]:
    """``(voter, sequence, verdict)`` of every ballot of a poll, as the Votes tab lists them."""
    with UnitOfWork(a.db) as uow:
        lines = ballots.ballots_of(uow, poll)
    return [(int(line.voter_name[-2:]), line.sequence, line.verdict) for line in lines]


def journal_entries(database: Database) -> list[bytes]:
    """The journal's entries, as stored."""
    with UnitOfWork(database) as uow:
        return [r.data for _, r in journal_repo.records(uow.session)]


def snapshot(folder: Path) -> dict[str, tuple[bytes, int]]:
    """Every file of the folder with its bytes and modification time."""
    return {str(p.relative_to(folder)): (p.read_bytes(), p.stat().st_mtime_ns)
            for p in sorted(folder.rglob("*")) if p.is_file()}  # fmt: skip


@pytest.fixture
def assembly(db: Database, add_member: AddMember) -> Assembly:
    """Six associates with keys, two resolutions open for remote voting."""
    a = make_assembly(db, add_member)
    open_polls(a, at(9))
    return a


def test_ballots_are_counted_once_and_an_unchanged_folder_is_not_read(
        assembly: Assembly, tmp_path: Path) -> None:
    a, folder = assembly, tmp_path / "folder"
    polls = a.poll_ids()
    for voter in a.members[:4]:
        put(folder, INSTALL, "ballots", *ballot_file(a, voter, polls[0]))
    with UnitOfWork(a.db) as uow:
        report, changes = import_folder(uow, folder, now=at(10))
    assert (report.scanned, report.unchanged, report.ballots) == (4, 0, {"counted": 4})
    assert changes.touches(Aggregate.POLLS) and a.meeting_id in changes.ids
    assert [v for *_, v in statuses(a, polls[0])] == [Verdict.COUNTED] * 4
    again = run(a.db, folder)
    assert (again.scanned, again.unchanged, again.ballots, again.quarantined) == (4, 4, {}, ())
    with UnitOfWork(a.db) as uow:
        kinds = [line.kind for line in journal.lines(uow)]
    assert kinds.count("ballot.accepted") == 4


def test_a_revote_in_the_same_pass_supersedes_the_first(assembly: Assembly, tmp_path: Path) -> None:
    a, folder = assembly, tmp_path / "folder"
    poll = a.poll_ids()[0]
    voter = a.members[0]
    put(folder, INSTALL, "ballots", *ballot_file(a, voter, poll, "for"))
    put(folder, INSTALL, "ballots", *ballot_file(a, voter, poll, "against", sequence=2))
    report = run(a.db, folder)
    assert sum(report.ballots.values()) == 2
    assert sorted(statuses(a, poll)) == [(0, 1, Verdict.SUPERSEDED), (0, 2, Verdict.COUNTED)]


def test_the_batch_reports_what_one_import_after_the_other_reports(
        assembly: Assembly, tmp_path: Path) -> None:
    a, folder = assembly, tmp_path / "folder"
    polls = a.poll_ids()
    voter = a.members[1]
    files = [ballot_file(a, voter, polls[0], "for"),
             ballot_file(a, voter, polls[0], "against", sequence=2),
             ballot_file(a, voter, polls[1], "for"),
             ballot_file(a, voter, polls[1], "for", definition_hash="0" * 64)]
    a.db.close()
    twin_path = tmp_path / "twin.sqlite"
    shutil.copy(a.db.path, twin_path)
    for name, data in files:
        put(folder, INSTALL, "ballots", name, data)
    run(a.db, folder)
    twin = open_database(twin_path)
    try:
        for _name, data in sorted(files):  # the pass reads by name: one poll, then the other
            with UnitOfWork(twin) as uow:
                ballots.import_ballot_file(uow, data, origin=f"folder:{INSTALL}", now=at(10))
        # The same entries, byte for byte: ballot ids, statuses, reasons, order.
        assert journal_entries(a.db) == journal_entries(twin)
    finally:
        twin.close()


def test_names_being_written_are_skipped_until_renamed(assembly: Assembly, tmp_path: Path) -> None:
    a, folder = assembly, tmp_path / "folder"
    name, data = ballot_file(a, a.members[0], a.poll_ids()[0])
    part = put(folder, INSTALL, "ballots", f".{name}.x1y2.part", data)
    put(folder, INSTALL, "ballots", f".syncthing.{name}.tmp", data[:40])
    report = run(a.db, folder)
    assert (report.scanned, report.ballots, report.quarantined) == (0, {}, ())
    part.rename(part.with_name(name))
    assert run(a.db, folder).ballots == {"counted": 1}


def test_a_file_cut_short_waits_in_quarantine_until_it_is_whole(
        assembly: Assembly, tmp_path: Path) -> None:
    a, folder = assembly, tmp_path / "folder"
    name, data = ballot_file(a, a.members[0], a.poll_ids()[0])
    path = put(folder, INSTALL, "ballots", name, data[: len(data) // 2])
    report = run(a.db, folder)
    assert [q.reason_code for q in report.quarantined] == ["sync_import.incomplete"]
    assert render("sync_import.incomplete", {}, "fr") == \
        "Fichier incomplet ou illisible — il sera relu s'il change"
    assert run(a.db, folder).quarantined == ()  # not reported again while unchanged
    path.write_bytes(data)
    os.utime(path, ns=(1, 1))  # a copy may keep a date: the size alone tells it changed
    assert run(a.db, folder).ballots == {"counted": 1}
    with UnitOfWork(a.db) as uow:
        assert quarantine(uow) == []


def test_copies_and_conflict_copies_count_once(assembly: Assembly, tmp_path: Path) -> None:
    a, folder = assembly, tmp_path / "folder"
    polls = a.poll_ids()
    name, data = ballot_file(a, a.members[0], polls[0])
    put(folder, INSTALL, "ballots", name, data)
    stem = name.removesuffix(".json")
    put(folder, INSTALL, "ballots", f"{stem}.sync-conflict-20261201-101500-ABCDEF7.json", data)
    put(folder, OTHER_INSTALL, "ballots", name, data)  # copied into another install's folder
    # A conflict copy holding something else is read for what it holds: a revote.
    _, revote = ballot_file(a, a.members[0], polls[0], "against", sequence=2)
    put(folder, INSTALL, "ballots", f"{stem} (conflicted copy 2026-12-01 101500).json", revote)
    report = run(a.db, folder)
    assert report.duplicates == 2
    assert sum(report.ballots.values()) == 2  # the original and the revote, once each
    assert sorted(statuses(a, polls[0])) == [(0, 1, Verdict.SUPERSEDED), (0, 2, Verdict.COUNTED)]


def test_wrong_files_are_quarantined_with_their_reason(assembly: Assembly, tmp_path: Path) -> None:
    a, folder = assembly, tmp_path / "folder"
    polls = a.poll_ids()
    m = a.members
    put(folder, INSTALL, "ballots", *ballot_file(a, m[0], polls[0], organisation="f" * 64))
    _, other_poll = ballot_file(a, m[1], polls[1])
    put(folder, INSTALL, "ballots", f"ballot-{a.meeting_id}-{polls[0]}-{'0' * 16}.json", other_poll)
    put(folder, INSTALL, "proxies", *ballot_file(a, m[2], polls[0]))  # a ballot among proxies
    put(folder, INSTALL, "ballots", "notes.txt", b"mes notes")
    put(folder, INSTALL, "ballots", f"ballot-{a.meeting_id}-{polls[0]}-{'1' * 16}.json",
        b'{"format": "talagov.ballot", "version": 1}')
    report = run(a.db, folder)
    assert sorted(q.reason_code for q in report.quarantined) == [
        "ballot.malformed.bad_keys", "sync_import.ballot_name_mismatch",
        "sync_import.ballot_other_organisation", "sync_import.misplaced"]
    assert report.ballots == {}  # nothing stored, nothing counted
    with UnitOfWork(a.db) as uow:
        lines = quarantine(uow)
    assert len(lines) == 4 and "notes.txt" not in " ".join(q.path for q in lines)
    texts = [render(q.reason_code, q.params, "fr") for q in lines]
    assert "Ce bulletin est signé pour une autre coopérative" in texts
    assert all(not t.startswith(("sync_import.", "ballot.")) for t in texts)


def test_a_ballot_after_the_close_keeps_the_polls_own_reason(
        assembly: Assembly, tmp_path: Path) -> None:
    a, folder = assembly, tmp_path / "folder"
    poll = a.poll_ids()[1]
    put(folder, INSTALL, "ballots", *ballot_file(a, a.members[0], poll))
    open_session(a)
    close(a, poll, at(15))
    report = run(a.db, folder, at(16))
    (line,) = report.quarantined
    assert line.reason_code == "poll.closed" and line.params == {"number": 2}
    assert "2" in render(line.reason_code, line.params, "fr")


def _foreign_ballot(a: Assembly, voter: int, poll: int) -> tuple[str, bytes]:
    """A ballot for our organisation signed under a certificate of another authority,
    naming a real member: anyone can make one."""
    ca_key, key = new_private_key(), new_private_key()
    ca = certificates.organisation_certificate(ca_key, name="Fonderie du Val", now=at(7))
    cert = certificates.issue_member_certificate(ca_key, ca, key.public_key(), member_id=voter,
                                                 name="Associé00", now=at(7))  # fmt: skip
    name, data = ballot_file(a, voter, poll)
    content = from_file(data).content
    ballot = sign_ballot(content, key, cert)
    return name, to_file(ballot)


def test_a_forged_ballot_is_quarantined_not_stored(assembly: Assembly, tmp_path: Path) -> None:
    # Until the security review of issue 7, a ballot whose signature does not verify was
    # stored as a rejected ballot of the member it names, with a journal entry. Through
    # the folder anyone can make such files from a real member's ballot (another choice,
    # another nonce: no key needed), as many as they like: they are now quarantined with
    # their reason, and the member's record holds only what the member signed.
    a, folder = assembly, tmp_path / "folder"
    poll = a.poll_ids()[0]
    name, data = ballot_file(a, a.members[0], poll, "for")
    put(folder, INSTALL, "ballots", name, data.replace(b'"for"', b'"against"'))
    put(folder, OTHER_INSTALL, "ballots", *_foreign_ballot(a, a.members[1], poll))
    report = run(a.db, folder)
    assert report.ballots == {}
    assert sorted(q.reason_code for q in report.quarantined) == [
        "sync_import.ballot_bad_signature", "sync_import.ballot_unknown_certificate"]
    assert statuses(a, poll) == []
    with UnitOfWork(a.db) as uow:
        assert "ballot.rejected" not in [line.kind for line in journal.lines(uow)]
    assert "n'est pas valide" in render("sync_import.ballot_bad_signature", {}, "fr")


def test_a_genuine_ballot_refused_for_its_content_is_still_stored_as_rejected(
        assembly: Assembly, tmp_path: Path) -> None:
    # Signed by the member with the certificate we issued: the member's own act, kept in
    # the meeting's record with its reason, as by any other channel.
    a, folder = assembly, tmp_path / "folder"
    poll = a.poll_ids()[0]
    voter, principal = a.members[0], a.members[1]
    put(folder, INSTALL, "ballots", *ballot_file(a, voter, poll, on_behalf_of=principal))
    assert run(a.db, folder).ballots == {"rejected": 1}
    with UnitOfWork(a.db) as uow:
        (line,) = ballots.ballots_of(uow, poll)
        kinds = [entry.kind for entry in journal.lines(uow)]
    assert (line.verdict, line.reason) == (Verdict.REJECTED, RejectReason.NO_PROXY)
    assert kinds.count("ballot.rejected") == 1


def test_the_folder_is_never_modified(assembly: Assembly, tmp_path: Path) -> None:
    a, folder = assembly, tmp_path / "folder"
    polls = a.poll_ids()
    put(folder, INSTALL, "ballots", *ballot_file(a, a.members[0], polls[0]))
    put(folder, INSTALL, "ballots", "ballot-1-1-zz.json", b"\xff\xfe")
    put(folder, INSTALL, "requests", "request-0123456789abcdef.json", b"{}")
    before = snapshot(folder)
    run(a.db, folder)
    run(a.db, folder)
    assert snapshot(folder) == before


def test_a_pass_killed_midway_is_finished_by_the_next(
        assembly: Assembly, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    a, folder = assembly, tmp_path / "folder"
    polls = a.poll_ids()
    for voter in a.members:
        for poll in polls:
            put(folder, INSTALL, "ballots", *ballot_file(a, voter, poll))
    monkeypatch.setattr(sync_import, "BATCH", 5)
    examine = sync_import._Pass.examine
    seen = []

    def dying(self: sync_import._Pass, f: object) -> None:
        seen.append(f)
        if len(seen) == 8:
            raise RuntimeError("killed")
        examine(self, f)  # type: ignore[arg-type]

    monkeypatch.setattr(sync_import._Pass, "examine", dying)
    with pytest.raises(RuntimeError):
        run(a.db, folder)
    monkeypatch.setattr(sync_import._Pass, "examine", examine)
    with UnitOfWork(a.db) as uow:
        assert len(ballots.ballots_of(uow, polls[0])) + len(ballots.ballots_of(uow, polls[1])) == 5
    report = run(a.db, folder)
    assert (report.unchanged, report.ballots) == (5, {"counted": 7})
    assert all(v is Verdict.COUNTED for p in polls for *_, v in statuses(a, p))
    assert sum(len(statuses(a, p)) for p in polls) == 12


def test_cancel_keeps_what_was_done(assembly: Assembly, tmp_path: Path,
                                    monkeypatch: pytest.MonkeyPatch) -> None:
    a, folder = assembly, tmp_path / "folder"
    poll = a.poll_ids()[0]
    for voter in a.members:
        put(folder, INSTALL, "ballots", *ballot_file(a, voter, poll))
    monkeypatch.setattr(sync_import, "BATCH", 2)
    token = CancelToken()
    calls = []

    def progress(done: int, total: int) -> None:
        calls.append((done, total))
        token.cancel()

    with pytest.raises(Cancelled), UnitOfWork(a.db) as uow:
        import_folder(uow, folder, now=at(10), cancel=token, progress=progress)
    assert calls == [(0, 6)]
    assert len(statuses(a, poll)) == 1  # the one file examined before the cancel was seen
    assert run(a.db, folder).ballots == {"counted": 5}


def test_a_quarantined_file_removed_from_the_folder_leaves_the_quarantine(
        assembly: Assembly, tmp_path: Path) -> None:
    a, folder = assembly, tmp_path / "folder"
    path = put(folder, INSTALL, "ballots", "ballot-1-1-0000000000000000.json", b"{")
    assert len(run(a.db, folder).quarantined) == 1
    path.unlink()
    run(a.db, folder)
    with UnitOfWork(a.db) as uow:
        assert quarantine(uow) == []


def test_a_missing_folder_is_refused(db: Database, tmp_path: Path) -> None:
    with pytest.raises(UserError) as caught, UnitOfWork(db) as uow:
        import_folder(uow, tmp_path / "nowhere", now=at(10))
    assert caught.value.code == "sync.folder_missing"


def test_no_members_yet_is_an_empty_pass(db: Database, tmp_path: Path) -> None:
    (tmp_path / "folder").mkdir()
    report = run(db, tmp_path / "folder")
    assert (report.scanned, report.ballots, report.quarantined) == (0, {}, ())
