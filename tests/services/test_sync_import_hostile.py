# SPDX-License-Identifier: GPL-3.0-or-later
"""Files anyone can leave in the shared folder never stop a pass over it.

A single file that made the pass raise used to roll back its whole batch, and since it
got no row it was read (and raised) again at every pass: the honest ballots queued with
it were never counted (security review of issue 7, HIGH 1). Each known trigger is here,
then the defence in depth (an error no parser foresaw), then random bytes and mutated
genuine files fed to the pass. Then two passes at once (LOW 1).
"""

from __future__ import annotations

import itertools
import json
import os
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from talagov.core import sync_format
from talagov.core.ballot_check import Verdict
from talagov.core.ballots import from_file as real_from_file
from talagov.core.canonical import canonical
from talagov.core.errors import UserError
from talagov.services import sync_ballots, sync_import, sync_scan
from talagov.services.sync_import import ImportReport, quarantine
from talagov.services.uow import UnitOfWork
from talagov.storage import pass_lock, sync_repo
from talagov.storage.database import Database
from tests.core.hostile_der import DEEP, request_twice_key_usage, twice_key_usage

from .conftest import AddMember
from .test_sync_import import INSTALL, ballot_file, put, run, statuses
from .test_sync_proxies import proxy
from .test_sync_requests import request
from .vote_setup import Assembly, at, make_assembly, open_polls

STRANGER = "f" * 32  # an install directory anyone may make


@pytest.fixture
def assembly(db: Database, add_member: AddMember) -> Assembly:
    """Six associates with keys, two resolutions open for remote voting."""
    a = make_assembly(db, add_member)
    open_polls(a, at(9))
    return a


def twice_key_usage_request(a: Assembly, member: int) -> bytes:
    """A request file whose PKCS#10 request lists keyUsage twice."""
    _, data, _ = request(a, member, install=STRANGER)
    document = json.loads(data)
    document["request_pem"] = request_twice_key_usage(member)
    return canonical(document)


def _honest(a: Assembly, folder: Path) -> int:
    """An honest ballot in the folder; returns its poll."""
    poll = a.poll_ids()[0]
    put(folder, INSTALL, "ballots", *ballot_file(a, a.members[0], poll))
    return poll


def _twice(a: Assembly, folder: Path) -> tuple[ImportReport, ImportReport]:
    return run(a.db, folder), run(a.db, folder)


def _poisons(a: Assembly) -> dict[str, tuple[str, str, bytes]]:
    """Each trigger of the review: ``label -> (directory, name, bytes)``."""
    poll = a.poll_ids()[0]
    name, data = ballot_file(a, a.members[1], poll)
    ballot = json.loads(data)
    ballot["certificate"] = twice_key_usage(ballot["certificate"])
    proxy_name, proxy_data = proxy(a, a.members[2], a.members[3])
    signed_proxy = json.loads(proxy_data)
    signed_proxy["certificate"] = twice_key_usage(signed_proxy["certificate"])
    return {
        "deep ballot": ("ballots", f"ballot-{a.meeting_id}-{poll}-{'0' * 16}.json", DEEP),
        "deep request": ("requests", f"request-{'0' * 16}.json", DEEP),
        "deep proxy": ("proxies", f"proxy-{a.meeting_id}-{'0' * 16}.json", DEEP),
        "ballot certificate": ("ballots", name, canonical(ballot)),
        "proxy certificate": ("proxies", proxy_name, canonical(signed_proxy)),
        "request": ("requests", f"request-{'1' * 16}.json",
                    twice_key_usage_request(a, a.members[4])),
    }


@pytest.mark.parametrize("label", ["deep ballot", "deep request", "deep proxy",
                                   "ballot certificate", "proxy certificate", "request"])
def test_a_poison_file_is_quarantined_and_the_honest_ballots_are_counted(
        assembly: Assembly, tmp_path: Path, label: str) -> None:
    a, folder = assembly, tmp_path / "folder"
    poll = _honest(a, folder)
    sub, name, data = _poisons(a)[label]
    put(folder, STRANGER, sub, name, data)
    first, second = _twice(a, folder)
    assert first.ballots == {"counted": 1}
    (line,) = first.quarantined
    assert not line.reason_code.startswith("sync_import.unexpected")  # refused in words
    assert (second.unchanged, second.quarantined) == (2, ())  # read once, not again
    assert statuses(a, poll) == [(0, 1, Verdict.COUNTED)]


def test_names_that_are_not_utf8_are_left_alone(assembly: Assembly, tmp_path: Path) -> None:
    a, folder = assembly, tmp_path / "folder"
    poll = _honest(a, folder)
    ballots_dir = os.fsencode(folder / sync_format.member_dir(STRANGER) / "ballots")
    os.makedirs(ballots_dir)
    for raw in (b"notes-\xff.txt", b"r\xe9union.json", b"ballot-1-1-\xe9.json"):
        with open(os.path.join(ballots_dir, raw), "wb") as handle:  # a FAT key's Latin-1
            handle.write(b"bonjour")
    first, second = _twice(a, folder)
    assert (first.scanned, first.ballots, first.quarantined) == (1, {"counted": 1}, ())
    assert second.unchanged == 1
    assert statuses(a, poll) == [(0, 1, Verdict.COUNTED)]


def test_a_conflict_copy_named_after_a_user_is_still_read(assembly: Assembly,
                                                          tmp_path: Path) -> None:
    a, folder = assembly, tmp_path / "folder"
    name, data = ballot_file(a, a.members[0], a.poll_ids()[0])
    stem = name.removesuffix(".json")
    put(folder, INSTALL, "ballots", f"{stem} (Zoé's conflicted copy 2026-12-01).json", data)
    assert run(a.db, folder).ballots == {"counted": 1}


def test_links_and_pipes_are_never_followed_nor_waited_on(assembly: Assembly,
                                                         tmp_path: Path) -> None:
    a, folder = assembly, tmp_path / "folder"
    poll = _honest(a, folder)
    outside = tmp_path / "outside.json"
    _, private = ballot_file(a, a.members[1], poll)
    outside.write_bytes(private)
    ballots_dir = folder / sync_format.member_dir(STRANGER) / "ballots"
    ballots_dir.mkdir(parents=True)
    (ballots_dir / f"ballot-{a.meeting_id}-{poll}-{'1' * 16}.json").symlink_to(outside)
    pipe = ballots_dir / f"ballot-{a.meeting_id}-{poll}-{'2' * 16}.json"
    os.mkfifo(pipe)
    assert run(a.db, folder).ballots == {"counted": 1}
    # A pipe swapped in after the listing (a race): read without blocking, left for later.
    listed = sync_scan.Found(str(pipe.relative_to(folder)), str(pipe), STRANGER, "ballots",
                             pipe.name, 10, 0)  # fmt: skip
    assert sync_scan.read_listed(listed) is None


def test_a_link_in_place_of_members_is_refused_and_nothing_is_read_through_it(
        assembly: Assembly, tmp_path: Path) -> None:
    a, folder = assembly, tmp_path / "folder"
    elsewhere = tmp_path / "elsewhere"
    poll = _honest(a, elsewhere)  # a genuine ballot, but outside the shared folder
    folder.mkdir()
    (folder / sync_format.MEMBERS_DIR).symlink_to(elsewhere / sync_format.MEMBERS_DIR,
                                                  target_is_directory=True)
    with pytest.raises(UserError) as caught:
        run(a.db, folder)
    assert caught.value.code == "sync_import.folder_unsafe"
    assert caught.value.params == {"path": str(folder / sync_format.MEMBERS_DIR)}
    assert statuses(a, poll) == [] and quarantine_of(a) == []
    # The secretary removes the link; the members' installs write their files again.
    (folder / sync_format.MEMBERS_DIR).unlink()
    _honest(a, folder)
    assert run(a.db, folder).ballots == {"counted": 1}


def test_a_file_in_place_of_members_is_refused_too(assembly: Assembly, tmp_path: Path) -> None:
    folder = tmp_path / "folder"
    folder.mkdir()
    (folder / sync_format.MEMBERS_DIR).write_bytes(b"not a folder")
    with pytest.raises(UserError) as caught:
        run(assembly.db, folder)
    assert caught.value.code == "sync_import.folder_unsafe"


@pytest.mark.parametrize("level", ["install", "ballots"])
def test_a_linked_install_or_kind_directory_is_skipped_like_a_linked_file(
        assembly: Assembly, tmp_path: Path, level: str) -> None:
    a, folder = assembly, tmp_path / "folder"
    poll = _honest(a, folder)
    elsewhere = tmp_path / "elsewhere"
    put(elsewhere, STRANGER, "ballots", *ballot_file(a, a.members[1], poll))
    target = elsewhere / sync_format.member_dir(STRANGER)
    link = folder / sync_format.member_dir(STRANGER)
    if level == "ballots":
        target, link = target / "ballots", link / "ballots"
        link.parent.mkdir(parents=True)
    link.symlink_to(target, target_is_directory=True)
    first, second = _twice(a, folder)
    assert (first.scanned, first.ballots, first.quarantined) == (1, {"counted": 1}, ())
    assert second.unchanged == 1  # no row, no quarantine line for what the link holds
    assert statuses(a, poll) == [(0, 1, Verdict.COUNTED)]


def test_a_directory_swapped_for_a_link_after_the_listing_is_not_read_through(
        assembly: Assembly, tmp_path: Path) -> None:
    a, folder = assembly, tmp_path / "folder"
    poll = a.poll_ids()[0]
    put(folder, STRANGER, "ballots", *ballot_file(a, a.members[1], poll))
    (found,), _ = sync_scan.scan(folder)
    # Between the listing and the reading, the install's directory becomes a link to a
    # copy elsewhere holding the same name (same size and time: nothing else differs).
    elsewhere = tmp_path / "elsewhere" / STRANGER
    elsewhere.mkdir(parents=True)
    install = folder / sync_format.member_dir(STRANGER)
    install.rename(elsewhere.parent / "moved")
    (elsewhere.parent / "moved").rename(elsewhere)
    install.symlink_to(elsewhere, target_is_directory=True)
    assert Path(found.path).is_file()  # the very path listed, now through the link
    assert sync_scan.read_listed(found) is None


def quarantine_of(a: Assembly) -> list[object]:
    """The files set aside, as the quarantine tab lists them."""
    with UnitOfWork(a.db) as uow:
        return list(quarantine(uow))


def test_an_error_no_parser_foresaw_sets_the_file_aside(
        assembly: Assembly, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    a, folder = assembly, tmp_path / "folder"
    poll = _honest(a, folder)
    put(folder, STRANGER, "requests", *request(a, a.members[1], install=STRANGER)[:2])
    odd_name, odd = ballot_file(a, a.members[2], poll)
    put(folder, STRANGER, "ballots", odd_name, odd)
    def from_file(data: bytes, **kwargs: object) -> object:
        if data == odd:
            raise RecursionError("a bug of ours")
        return real_from_file(data, **kwargs)  # type: ignore[arg-type]

    def import_request(*_args: object, **_kwargs: object) -> bool:
        raise KeyError("another bug")

    monkeypatch.setattr(sync_ballots, "from_file", from_file)
    monkeypatch.setattr(sync_import, "import_request", import_request)
    report = run(a.db, folder)
    assert report.ballots == {"counted": 1}
    assert sorted((q.kind, q.reason_code, tuple(q.params.items())) for q in report.quarantined) == [
        ("ballot", "sync_import.unexpected", (("error", "RecursionError"),)),
        ("request", "sync_import.unexpected", (("error", "KeyError"),))]
    assert statuses(a, poll) == [(0, 1, Verdict.COUNTED)]


# -- random bytes and mutated genuine files ----------------------------------------------


def _mutate(data: bytes, how: str, at_: int, junk: bytes) -> bytes:
    where = at_ % (len(data) + 1)
    if how == "flip" and data:
        where %= len(data)
        return data[:where] + bytes([data[where] ^ (1 << (at_ % 8))]) + data[where + 1:]
    if how == "keep":
        return data
    if how == "cut":
        return data[:where]
    if how == "insert":
        return data[:where] + junk + data[where:]
    return data[:where] + junk + data[where + len(junk):]  # overwrite


_NAMES = {"ballots": "ballot-{m}-{p}-{h}.json", "requests": "request-{h}.json",
          "proxies": "proxy-{m}-{h}.json"}  # fmt: skip


_FILES = st.lists(st.tuples(
    st.sampled_from(sorted(_NAMES)),
    st.one_of(
        st.tuples(st.just("random"), st.binary(max_size=600)),
        st.tuples(st.sampled_from(["ballot", "proxy", "request", "dupext", "deep"]),
                  st.sampled_from(["keep", "flip", "cut", "insert", "overwrite"]),
                  st.integers(0, 5000), st.binary(min_size=1, max_size=40)),
    )), min_size=1, max_size=5)  # fmt: skip


def test_random_and_mutated_files_never_stop_a_pass(assembly: Assembly, tmp_path: Path) -> None:
    a = assembly
    poll = a.poll_ids()[0]
    genuine = {"ballot": ballot_file(a, a.members[1], poll)[1],
               "proxy": proxy(a, a.members[2], a.members[3])[1],
               "request": request(a, a.members[4], install=STRANGER)[1],
               "dupext": _poisons(a)["ballot certificate"][2],
               "deep": b"[" * 5_000 + b"]" * 5_000}  # deep enough, and quick to write  # fmt: skip
    examples = itertools.count(2)

    @settings(max_examples=40, deadline=None)
    @given(files=_FILES)
    def one_pass(files: list[tuple[str, tuple[object, ...]]]) -> None:
        example = next(examples)  # also the honest ballot's sequence: the highest, it counts
        folder = tmp_path / f"folder-{example}"
        name, honest = ballot_file(a, a.members[0], poll, sequence=example)
        put(folder, INSTALL, "ballots", name, honest)
        for index, (sub, spec) in enumerate(files):
            if spec[0] == "random":
                data = spec[1]
            else:
                base, how, where, junk = spec
                assert isinstance(base, str) and isinstance(how, str)
                assert isinstance(where, int) and isinstance(junk, bytes)
                data = _mutate(genuine[base], how, where, junk)
            assert isinstance(data, bytes)
            put(folder, STRANGER, sub,
                _NAMES[sub].format(m=a.meeting_id, p=poll, h=f"{index:016x}"), data)
        first, second = _twice(a, folder)  # neither raises
        assert first.ballots.get("counted", 0) >= 1  # the honest one (none outranks it)
        assert second.unchanged + len(second.quarantined) <= second.scanned
        with UnitOfWork(a.db) as uow:
            seen = sync_repo.seen_files(uow.session)
            kept = quarantine(uow)
        assert seen[f"{sync_format.member_dir(INSTALL)}/ballots/{name}"].outcome == "imported"
        stranger = [p for p in seen
                    if p.startswith(sync_format.member_dir(STRANGER)) and (folder / p).exists()]
        assert len(stranger) == len(files)  # every file has its verdict: none read again
        assert all(not q.reason_code.startswith("sync_import.unexpected") for q in kept)

    one_pass()
    mine = [(sequence, verdict) for voter, sequence, verdict in statuses(a, poll) if voter == 0]
    assert max(mine) == (next(examples) - 1, Verdict.COUNTED)  # the last honest one counts




# -- two passes at once ------------------------------------------------------------------


def test_a_second_pass_while_one_runs_says_so_and_loses_nothing(
        assembly: Assembly, tmp_path: Path) -> None:
    a, folder = assembly, tmp_path / "folder"
    poll = _honest(a, folder)
    with pass_lock.held(a.db.path) as ours:  # the watcher's pass, say
        assert ours
        with pytest.raises(UserError) as caught:
            run(a.db, folder)
    assert caught.value.code == "sync_import.busy"
    assert statuses(a, poll) == []
    assert run(a.db, folder).ballots == {"counted": 1}  # the next pass does the work


def test_without_the_lock_the_pass_that_loses_the_race_is_busy_too(
        assembly: Assembly, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # A TalaGov without the lock (or a lock file that could not be made): the database's
    # constraints settle the race, and the loser says "busy" instead of a bug.
    a, folder = assembly, tmp_path / "folder"
    poll = a.poll_ids()[0]
    for voter in a.members:
        put(folder, INSTALL, "ballots", *ballot_file(a, voter, poll))
    monkeypatch.setattr(pass_lock, "held", _always_ours)
    barrier = threading.Barrier(2)
    listed = sync_repo.seen_files

    def seen_together(session: object) -> object:
        found = listed(session)  # type: ignore[arg-type]
        barrier.wait(timeout=10)  # both passes have read what was seen
        return found

    monkeypatch.setattr(sync_repo, "seen_files", seen_together)
    outcomes: list[object] = []

    def one() -> None:
        try:
            outcomes.append(run(a.db, folder).ballots)
        except UserError as exc:
            outcomes.append(exc.code)

    threads = [threading.Thread(target=one) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(map(str, outcomes)) == ["sync_import.busy", "{'counted': 6}"]
    monkeypatch.setattr(sync_repo, "seen_files", listed)
    assert run(a.db, folder).ballots == {}  # nothing left, nothing twice
    assert [v for *_, v in statuses(a, poll)] == [Verdict.COUNTED] * 6


@contextmanager
def _always_ours(_database: Path) -> Iterator[bool]:
    """``pass_lock.held`` as if every pass got the lock."""
    yield True
