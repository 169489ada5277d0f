# SPDX-License-Identifier: GPL-3.0-or-later
"""Files no honest install writes, arriving through the sync engine with the good ones:
kept aside with their reason, never counted, never a crash, and
the folder left exactly as the engine made it."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from talagov.core.ballot_check import Verdict
from talagov.core.sync_format import MAX_SMALL_FILE, Kind, member_dir, parse_name

from .engine import EngineConfig, SyncEngine
from .installs import MemberInstall, OrgInstall, clock, make_member, make_org

FAKE_INSTALL = "f" * 32


@pytest.fixture
def installs(tmp_path: Path) -> Iterator[tuple[OrgInstall, MemberInstall, SyncEngine]]:
    org = make_org(tmp_path / "secretary")
    alice = make_member(tmp_path / "alice", "Alice", org.members["Alice"])
    engine = SyncEngine({"secretary": org.folder, "alice": alice.folder}, seed=5,
                        config=EngineConfig(conflict=0.2, duplicate=0.2))  # fmt: skip
    yield org, alice, engine
    org.db.close()


def _settle(org: OrgInstall, engine: SyncEngine, minute: int) -> None:
    for _ in range(40):
        engine.tick()
        org.import_folder(clock(minute))
        if not engine.pending:
            break
    engine.settle()
    org.import_folder(clock(minute))


def _canonical(path: str) -> str:
    name = parse_name(Path(path).name, (Kind.BALLOT,))
    return Path(path).name if name is None else name.canonical


def _snapshot(folder: Path) -> dict[str, str]:
    return {p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in (folder / "members").rglob("*") if p.is_file()}


def test_forged_misplaced_and_stray_files_are_kept_aside(
        installs: tuple[OrgInstall, MemberInstall, SyncEngine]) -> None:
    org, alice, engine = installs
    p1, p2 = org.polls["ago"]
    ago = org.meetings["ago"]
    org.publish(clock(1))
    engine.settle()
    alice.join(clock(2))
    alice.enrol(clock(3))
    _settle(org, engine, 4)
    org.approve_all(clock(5))
    org.publish(clock(6))
    engine.settle()
    (honest,) = alice.vote(ago, [(p1, alice.member_id, ("for",))], clock(7))
    (second,) = alice.vote(ago, [(p2, alice.member_id, ("for",))], clock(8))
    mine = alice.folder / member_dir(alice.view(clock(8)).membership.install_id) / "ballots"
    fake = alice.folder / member_dir(FAKE_INSTALL) / "ballots"
    fake.mkdir(parents=True)

    # The second ballot under the name of another poll (a hand-made rename).
    misnamed = second.with_name(second.name.replace(f"-{p2}-", f"-{p1}-"))
    second.rename(misnamed)
    # Its choice changed after signing, under its own name: anyone can make such a file
    # from a real member's ballot, so it is quarantined (it used to be stored as a
    # rejected ballot of that member, journal entry included, until the review of issue 7).
    document = json.loads(honest.read_bytes())
    document["payload"]["choices"] = ["against"]
    document["payload"]["nonce"] = "0" * len(document["payload"]["nonce"])
    forged = mine / f"ballot-{ago}-{p1}-{'0' * 16}.json"
    forged.write_text(json.dumps(document, sort_keys=True, separators=(",", ":")), "utf-8")
    # Replayed from another directory: the same bytes, counted once.
    (fake / honest.name).write_bytes(honest.read_bytes())
    # Not a ballot at all, too large to be one, and a name no install writes.
    (fake / f"ballot-{ago}-{p1}-{'1' * 16}.json").write_bytes(b'{"format": "not a ballot"}')
    (fake / f"ballot-{ago}-{p1}-{'2' * 16}.json").write_bytes(b" " * (MAX_SMALL_FILE + 1))
    (fake / "notes.txt").write_bytes(b"une note")
    _settle(org, engine, 9)
    folder = _snapshot(org.folder)
    _settle(org, engine, 10)  # passes again: nothing new, nothing changed

    # (Conflict copies the engine made of them are kept aside for the same reason.)
    kept = {_canonical(line.path): line.reason_code for line in org.quarantine()}
    assert kept == {
        misnamed.name: "sync_import.ballot_name_mismatch",
        f"ballot-{ago}-{p1}-{'1' * 16}.json": "ballot.malformed.not_ballot",
        f"ballot-{ago}-{p1}-{'2' * 16}.json": "sync_import.too_large",
        forged.name: "sync_import.ballot_bad_signature",
    }  # and the note, no name of ours, is left alone
    lines = org.ballots(p1)
    assert [(line.verdict, line.reason) for line in lines] == [(Verdict.COUNTED, None)]
    assert org.ballots(p2) == []  # the misnamed one was never stored
    assert _snapshot(org.folder) == folder  # the import only ever read the folder
