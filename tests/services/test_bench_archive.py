# SPDX-License-Identifier: GPL-3.0-or-later
"""The archive benchmark: a real closed AG, exported and verified, against a bare check
that verifies every signature the archive holds (no timing asserted)."""

from __future__ import annotations

import json
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from talagov.core import bundle_format as bf
from talagov.services.bench_archive import bare_check, measure_archive
from talagov.services.bench_archive_scene import IN_ROOM, POLLS, ArchiveScene, build_scene
from talagov.services.bundle_export import export_meeting
from talagov.services.uow import UnitOfWork
from talagov.verifier.api import verify_bundle

VOTERS = 12  # 60 ballot files


@pytest.fixture(scope="module")
def scene(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[ArchiveScene, Path]]:
    folder = tmp_path_factory.mktemp("bench-archive")
    built = build_scene(folder / "bench.sqlite", VOTERS)
    with UnitOfWork(built.db) as uow:
        path = export_meeting(uow, built.meeting_id, folder / "ag.zip", org_key=built.org_key).path
    yield built, path
    built.db.close()


def test_the_scene_is_a_closed_ag_whose_archive_verifies(scene: tuple[ArchiveScene, Path]
                                                         ) -> None:
    built, path = scene
    assert (built.members, built.file_ballots) == (VOTERS + IN_ROOM, VOTERS * POLLS)
    verification = verify_bundle(path)
    assert verification.ok, verification.failures
    contents = verification.contents
    assert [len(r.ballots) for r in contents.polls] == [VOTERS] * POLLS
    assert all(r.hand_count is not None and r.result is not None
               and r.result.total_votes == VOTERS + IN_ROOM for r in contents.polls)
    assert [m.register is not None for m in contents.minutes] == [True]


def test_the_bare_check_verifies_every_signature_of_the_archive(
        scene: tuple[ArchiveScene, Path]) -> None:
    _, path = scene
    with zipfile.ZipFile(path) as zf:
        names = zf.namelist()
        journal = json.loads(zf.read(bf.JOURNAL))["entries"]
        minutes = json.loads(zf.read(bf.MINUTES))["minutes"]
    bare = bare_check(path)
    signers = len(minutes[0]["signatures"])
    assert bare.members == len(names) and bare.invalid == 0
    assert bare.signatures == {
        "ballot": VOTERS * POLLS,
        "certificate": 1 + sum(n.startswith(bf.MEMBER_CERTS) for n in names),  # the CA's own
        "journal": len(journal), "manifest": 2, "revocations": 1, "hand_count": POLLS,
        "minutes": signers, "pdf_signature": signers, "register": 1,
    }  # fmt: skip
    assert bare.hashed_bytes > path.stat().st_size  # the members uncompressed


def test_a_ballot_altered_after_signing_is_counted_as_invalid(scene: tuple[ArchiveScene, Path],
                                                               tmp_path: Path) -> None:
    _, path = scene
    altered, done = tmp_path / "altered.zip", False
    with zipfile.ZipFile(path) as source, zipfile.ZipFile(altered, "w") as target:
        for info in source.infolist():
            data = source.read(info)
            if not done and info.filename.startswith(bf.BALLOTS) and b'"for"' in data:
                data, done = data.replace(b'"for"', b'"against"', 1), True
            target.writestr(info, data)
    bare = bare_check(altered)
    assert done and bare.invalid == 1 and bare.signatures["ballot"] == VOTERS * POLLS


def test_the_measure_times_export_verification_and_baseline() -> None:
    bench = measure_archive(30, repeat=1)
    assert (bench.ballots, bench.members) == (30, 30 // POLLS + IN_ROOM)
    assert bench.verified and bench.files > bench.ballots and bench.size > 0
    assert bench.export_s > 0 and bench.verify_s > 0 and bench.baseline_s > 0
    assert bench.ratio == bench.verify_s / bench.baseline_s
    assert bench.signatures > bench.ballots  # certificates, journal, manifest… too
