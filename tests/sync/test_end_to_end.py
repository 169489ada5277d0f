# SPDX-License-Identifier: GPL-3.0-or-later
"""Three installs of one cooperative, one shared folder kept in step by a bad sync engine.

The secretary's install (a database) publishes two convened meetings; Alice's and Bruno's
installs (home directories, no database) join from the folder, enrol, get their
certificates, vote, revote, give a proxy. Between every tick of the engine the secretary's
install imports and the members' installs read the folder, so that each sees what a real
engine shows: files truncated under their final name, temporary names, conflict copies,
duplicates, files out of order, an install offline for a while, clocks days apart. In the
end every ballot is counted exactly once, nothing is quarantined but the one file that
deserves it (a revote that arrived after the poll closed, and the engine's conflict copies
of it), and no install ever changed or removed a file it had written, or wrote outside its
own directory.
"""

from __future__ import annotations

import hashlib
import os
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import replace
from datetime import datetime
from pathlib import Path, PurePosixPath
from typing import TypeVar

import pytest

from talagov.core.ballot_check import Verdict
from talagov.core.sync_format import MEMBERS_DIR, ORGANISATION_DIR, Kind, member_dir, parse_name
from talagov.services.member_folder import CertificateState

from .engine import EngineConfig, SyncEngine
from .installs import MemberInstall, clock, make_member, make_org

T = TypeVar("T")

# Every misfortune often: a few dozen files go through the engine in this story.
ROUGH = EngineConfig(max_delay=3, truncated=0.3, temporary=0.3, conflict=0.3, duplicate=0.3,
                     skew=0.3)  # fmt: skip


def _files(root: Path) -> dict[str, str]:
    return {p.relative_to(root).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in root.rglob("*") if p.is_file()} if root.exists() else {}


class Cooperative:
    """The three installs, the engine between their folders, and what each one wrote."""

    def __init__(self, root: Path, seed: int, config: EngineConfig) -> None:
        self.org = make_org(root / "secretary")
        self.alice = make_member(root / "alice", "Alice", self.org.members["Alice"])
        self.bruno = make_member(root / "bruno", "Bruno", self.org.members["Bruno"])
        self.engine = SyncEngine({"secretary": self.org.folder, "alice": self.alice.folder,
                                  "bruno": self.bruno.folder}, seed=seed, config=config)
        self.minute = 0
        self.statuses: Counter[str] = Counter()  # ballot statuses over every import pass
        self.requests = self.proxies = 0
        self.own: dict[Path, dict[str, str]] = {}  # folder -> files its install wrote

    def now(self) -> datetime:
        self.minute += 1
        return clock(self.minute)

    def writes(self, folder: Path, under: str, action: Callable[[], T]) -> T:
        """Run an install's action; check it wrote only under ``under`` of its own folder,
        and remember what it wrote (it must never change)."""
        before = _files(folder)
        value = action()
        after = _files(folder)
        new = {rel: h for rel, h in after.items() if rel not in before}
        assert all(rel.startswith(f"{under}/") for rel in new), sorted(new)
        assert all(after.get(rel) == h for rel, h in before.items()), "a file was rewritten"
        self.own.setdefault(folder, {}).update(new)
        return value

    def publish(self) -> None:
        now = self.now()
        self.writes(self.org.folder, ORGANISATION_DIR, lambda: self.org.publish(now))

    def member(self, who: MemberInstall, action: Callable[[], T]) -> T:
        install = who.view(self.now()).membership.install_id
        return self.writes(who.folder, member_dir(install), action)

    def passes(self) -> None:
        """What the installs do on their own: the secretary imports, the members read."""
        report = self.org.import_folder(self.now())
        self.statuses.update(report.ballots)
        self.requests += report.requests
        self.proxies += report.proxies
        for who in (self.alice, self.bruno):
            if (who.home / "membership.json").exists():
                who.view(self.now())

    def sync(self, max_ticks: int = 60) -> None:
        """Tick the engine until it settles, the installs working after every tick."""
        for _ in range(max_ticks):
            self.engine.tick()
            self.passes()
            if not self.engine.pending and self.engine.now > 1:
                self.engine.tick()  # nothing new was discovered either?
                self.passes()
                if not self.engine.pending:
                    return
        raise AssertionError("the engine did not settle")

    def check_write_once(self) -> None:
        for folder, files in self.own.items():
            now = _files(folder)
            assert {rel: now.get(rel) for rel in files} == files, f"{folder} lost or changed a file"


def _surname(name: str) -> str:
    return next((s for s in ("Martin", "Lefèvre") if s in name), name)


# Two engine seeds by default, one keeping the files' times as Syncthing does, one giving
# them the time of the copy (a USB key, a network share); TALAGOV_SYNC_SEEDS="1,2,3"
# tries more.
SEEDS = [int(s) for s in os.environ.get("TALAGOV_SYNC_SEEDS", "11,24").split(",")]


@pytest.fixture(params=SEEDS)
def coop(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Cooperative]:
    seed = int(request.param)
    config = replace(ROUGH, preserve_mtime=seed % 2 == 1)
    built = Cooperative(tmp_path, seed=seed, config=config)
    yield built
    built.org.db.close()


def test_two_members_vote_through_a_bad_sync_engine_and_each_ballot_counts_once(
        coop: Cooperative) -> None:
    org, alice, bruno = coop.org, coop.alice, coop.bruno
    p1, p2 = org.polls["ago"]
    (p3,) = org.polls["age"]
    ago, age = org.meetings["ago"], org.meetings["age"]

    coop.publish()  # the identity, the two packages, the document
    coop.sync()
    alice.join(coop.now())
    coop.member(alice, lambda: alice.enrol(coop.now()))
    bruno.join(coop.now())
    coop.member(bruno, lambda: bruno.enrol(coop.now()))
    coop.sync()
    assert coop.requests == 2
    assert sorted(org.approve_all(coop.now())) == sorted([alice.member_id, bruno.member_id])
    coop.publish()  # the certificates
    coop.sync()
    for who in (alice, bruno):
        assert who.view(coop.now()).certificate_state is CertificateState.ISSUED

    # Bruno gives Alice his proxy for the AGE; the secretary records it and republishes.
    coop.member(bruno, lambda: bruno.give_proxy(age, alice.member_id, coop.now()))
    coop.sync()
    assert coop.proxies == 1
    coop.publish()
    coop.sync()

    # Alice votes at the AGO, then for herself and for Bruno at the AGE, and revotes.
    # Bruno, offline for a while (a laptop shut), votes at the AGO: his ballots come late.
    coop.engine.offline("bruno")
    coop.member(alice, lambda: alice.vote(ago, [(p1, alice.member_id, ("for",)),
                                                (p2, alice.member_id, ("against",))],
                                          coop.now()))
    coop.member(bruno, lambda: bruno.vote(ago, [(p1, bruno.member_id, ("against",)),
                                                (p2, bruno.member_id, ("for",))],
                                          coop.now()))
    coop.member(alice, lambda: alice.vote(age, [(p3, alice.member_id, ("for",)),
                                                (p3, bruno.member_id, ("for",))],
                                          coop.now()))
    coop.member(alice, lambda: alice.vote(ago, [(p1, alice.member_id, ("abstain",))],
                                          coop.now()))
    for _ in range(15):
        coop.engine.tick()
        coop.passes()
    assert not any("Lefèvre" in line.voter_name for line in org.ballots(p1))  # not yet
    coop.engine.online("bruno")
    coop.sync()

    expected = {
        p1: [("Martin", 1, Verdict.SUPERSEDED), ("Martin", 2, Verdict.COUNTED),
             ("Lefèvre", 1, Verdict.COUNTED)],
        p2: [("Martin", 1, Verdict.COUNTED), ("Lefèvre", 1, Verdict.COUNTED)],
        p3: [("Martin", 1, Verdict.COUNTED), ("Lefèvre", 1, Verdict.COUNTED)],
    }
    for poll_id, wanted in expected.items():
        lines = org.ballots(poll_id)
        assert len({line.fingerprint for line in lines}) == len(lines)  # no ballot twice
        got = sorted((_surname(line.principal_name), line.sequence, line.verdict)
                     for line in lines)  # fmt: skip
        assert got == sorted(wanted), poll_id
        assert all(line.origin.startswith("folder:") for line in lines)
    # Over all the passes: seven ballots stored once each, whatever the engine did.
    assert sum(coop.statuses[s] for s in ("counted", "superseded")) == 7
    assert coop.statuses["rejected"] == 0
    assert org.quarantine() == []
    assert alice.view(coop.now()).refused == () and bruno.view(coop.now()).refused == ()

    # The AGO closes; a revote Bruno made offline arrives after: kept aside, not counted.
    coop.engine.offline("bruno")
    (late,) = coop.member(bruno, lambda: bruno.vote(ago, [(p2, bruno.member_id, ("against",))],
                                                    coop.now()))
    views = org.close_polls("ago", coop.now())
    coop.publish()  # the last packages: the AGO in session, no poll open any more
    coop.engine.online("bruno")
    coop.sync()
    results = [v.result for v in views]
    assert results[0] is not None and results[1] is not None
    assert [results[0].votes_for(c) for c in ("for", "against", "abstain")] == [0, 1, 1]
    assert [results[1].votes_for(c) for c in ("for", "against", "abstain")] == [1, 1, 0]
    # The late file is kept aside with its reason (and so is each conflict copy of it).
    kept = org.quarantine()
    assert kept and {line.reason_code for line in kept} == {"poll.closed"}
    for line in kept:
        name = parse_name(PurePosixPath(line.path).name, (Kind.BALLOT,))
        assert name is not None and name.canonical == late.name
        assert line.path.startswith(f"{MEMBERS_DIR}/")
    assert len(org.ballots(p2)) == 2

    coop.check_write_once()
    # The engine did put the installs through every misfortune it knows.
    assert {"truncated", "temporary", "conflict", "duplicate", "skewed"} <= set(coop.engine.stats)
