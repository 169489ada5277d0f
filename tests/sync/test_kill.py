# SPDX-License-Identifier: GPL-3.0-or-later
"""``talagov sync`` killed at random moments of an import: the next pass finishes the work.

A folder of a few hundred ballot files from members' installs (with what sync engines
leave next to them: conflict copies, temporary files) is imported by
``python -m talagov sync --no-publish`` in a subprocess killed with SIGKILL again and
again; then one pass runs to its end. Every ballot is then counted exactly once, nothing
is quarantined, no committed work was ever lost by a later kill, and the folder is
exactly as the sync engine left it.

Ballot files keep arriving between passes (a wave before each), so that every pass has
work to do when it is killed. Each kill comes at a random moment between the opening of
the database (seen in ``/proc/<pid>/fd``: start-up time varies far more than an import
of a few hundred files takes) and a little past the time the pending files would take.
"""

from __future__ import annotations

import hashlib
import os
import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from talagov.core.ballot_check import Verdict
from talagov.core.keyseal import TEST_KDF
from talagov.services import ballots, sync_import
from talagov.services.bench_sync_scene import SyncScene, build_scene
from talagov.services.sync_folder import set_sync_folder
from talagov.services.uow import UnitOfWork
from talagov.storage.database import open_database

from .engine import CONFLICT_STYLES, TEMPORARY_STYLES, conflict_name, temporary_name

VOTERS = 80  # 400 ballot files
KILLS = 15
FIRST_WAVE = 260  # more than a batch (200 files): a pass may be killed between commits
RUN_TIMEOUT = 60.0

pytestmark = [
    pytest.mark.slow,  # 17 start-ups of the command line: about 40 s
    pytest.mark.skipif(not Path("/proc/self/fd").is_dir(),
                       reason="needs /proc to see when the import starts"),
]


def _snapshot(folder: Path) -> dict[str, str]:
    return {p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in folder.rglob("*") if p.is_file()}


Wave = list[tuple[Path, Path]]


def _litter(scene: SyncScene) -> None:
    """Conflict copies (same bytes) and temporary files next to some ballots."""
    for k, rel in enumerate(sorted(scene.ballots.values())):
        path = scene.folder / rel
        if k % 17 == 0:
            shutil.copyfile(path, path.with_name(conflict_name(path.name, CONFLICT_STYLES[k % 4])))
        if k % 29 == 5:
            path.with_name(temporary_name(path.name, TEMPORARY_STYLES[k % 3])).write_bytes(
                path.read_bytes()[:200])


def _waves(folder: Path, rng: random.Random, staging: Path) -> list[Wave]:
    """Move every file of the members to ``staging``; the (from, to) moves of each wave
    that brings them back, in arrival order (none in particular)."""
    files = sorted(p for p in (folder / "members").rglob("*") if p.is_file())
    rng.shuffle(files)
    moves = []
    for source in files:
        staged = staging / source.relative_to(folder)
        staged.parent.mkdir(parents=True, exist_ok=True)
        os.replace(source, staged)
        moves.append((staged, source))
    size = -(-(len(moves) - FIRST_WAVE) // KILLS)
    return [moves[:FIRST_WAVE]] + [moves[FIRST_WAVE + k * size:FIRST_WAVE + (k + 1) * size]
                                   for k in range(KILLS)]  # fmt: skip


def _arrive(wave: Wave) -> None:
    for staged, target in wave:
        target.parent.mkdir(parents=True, exist_ok=True)
        os.replace(staged, target)


def _staged(waves: list[Wave]) -> list[Path]:
    """The ballot files still on their way."""
    return [staged for wave in waves for staged, _ in wave
            if staged.exists() and staged.name.endswith(".json") and "conflict" not in staged.name]


def _start(db: Path, folder: Path, log: Path) -> subprocess.Popen[bytes]:
    with log.open("ab") as err:
        return subprocess.Popen(
            [sys.executable, "-m", "talagov", "sync", "--db", str(db), "--folder", str(folder),
             "--no-publish"], stdout=subprocess.DEVNULL, stderr=err, stdin=subprocess.DEVNULL)  # fmt: skip


def _opened(pid: int, db: Path) -> bool:
    """The process has the database open."""
    try:
        fds = os.listdir(f"/proc/{pid}/fd")
    except OSError:
        return False
    for fd in fds:
        try:
            if os.readlink(f"/proc/{pid}/fd/{fd}") == str(db):
                return True
        except OSError:
            continue
    return False


def _wait_open(process: subprocess.Popen[bytes], db: Path) -> bool:
    """Wait until the process opens the database (``False``: it exited first)."""
    deadline = time.monotonic() + RUN_TIMEOUT
    while time.monotonic() < deadline:
        if process.poll() is not None:
            return False
        if _opened(process.pid, db):
            return True
        time.sleep(0.002)
    raise AssertionError("talagov sync never opened the database")


def _stored(db_path: Path, scene: SyncScene) -> list[ballots.BallotLine]:
    db = open_database(db_path)
    try:
        with UnitOfWork(db) as uow:
            return [line for poll_id in scene.poll_ids for line in ballots.ballots_of(uow, poll_id)]
    finally:
        db.close()


def _probe(scene: SyncScene, copy: Path, log: Path) -> float:
    """Seconds from the opening of the database to the end of a whole import, on a copy."""
    shutil.copyfile(scene.db_path, copy)
    process = _start(copy, scene.folder, log)
    assert _wait_open(process, copy), log.read_text(errors="replace")
    opened = time.monotonic()
    assert process.wait(timeout=RUN_TIMEOUT) == 0, log.read_text(errors="replace")
    return time.monotonic() - opened


def test_an_import_killed_at_random_moments_ends_with_each_ballot_counted_once(
        tmp_path: Path) -> None:
    rng = random.Random(7)
    scene = build_scene(tmp_path / "scene", VOTERS, kdf=TEST_KDF)
    db = scene.db_path.resolve()
    log = tmp_path / "stderr.log"
    # The secretary chose the folder beforehand (choosing it writes and removes a probe,
    # which the passes below must never do: they only read the folder).
    database = open_database(db)
    try:
        with UnitOfWork(database) as uow:
            set_sync_folder(uow, Path(os.path.abspath(scene.folder)))
    finally:
        database.close()
    _litter(scene)
    everything = _snapshot(scene.folder)
    whole = _probe(scene, (tmp_path / "probe.sqlite").resolve(), log)
    waves = _waves(scene.folder, rng, tmp_path / "staging")

    # One kill point in each slice of the time the pending files would take (a whole
    # import, scaled), the slices shuffled.
    slices = list(range(KILLS))
    rng.shuffle(slices)
    progress, killed_with_work_left = [0], 0
    for wave, k in zip(waves[:KILLS], slices, strict=True):
        _arrive(wave)
        pending = scene.files - progress[-1] - len(_staged(waves))
        share = max(pending / scene.files, 0.25)
        delay = whole * share * 1.2 * (k + rng.random()) / KILLS
        process = _start(db, scene.folder, log)
        if _wait_open(process, db):
            time.sleep(delay)
        if process.poll() is None:
            os.kill(process.pid, signal.SIGKILL)
            killed_with_work_left += pending > 0
        process.wait(timeout=RUN_TIMEOUT)
        assert process.returncode in (0, -signal.SIGKILL), log.read_text(errors="replace")
        progress.append(len(_stored(db, scene)))
    # A kill never undoes what a pass committed.
    assert progress == sorted(progress), progress
    assert killed_with_work_left >= KILLS // 2, progress
    assert progress[-1] < scene.files  # the last kill left work for the final pass

    _arrive(waves[KILLS])
    process = _start(db, scene.folder, log)
    assert process.wait(timeout=RUN_TIMEOUT) == 0, log.read_text(errors="replace")
    lines = _stored(db, scene)
    assert sorted(line.fingerprint for line in lines) == sorted(scene.ballots)  # once each
    assert {line.verdict for line in lines} == {Verdict.COUNTED}
    database = open_database(db)
    try:
        with UnitOfWork(database) as uow:
            assert sync_import.quarantine(uow) == []
    finally:
        database.close()
    assert _snapshot(scene.folder) == everything  # the folder was only read
