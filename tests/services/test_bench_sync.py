# SPDX-License-Identifier: GPL-3.0-or-later
"""The shared-folder benchmark: a folder of ballot files from members' installs, imported,
passed over again, against a bare read that verifies every signature (no timing asserted)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from talagov.core import sync_format
from talagov.core.sync_format import Kind
from talagov.services.bench_sync import bare_read, figures, measure_sync
from talagov.services.bench_sync_scene import POLLS, build_scene


def test_the_scene_is_one_ballot_file_per_voter_and_poll_where_their_install_writes(
        tmp_path: Path) -> None:
    scene = build_scene(tmp_path, 4)
    assert scene.files == 4 * POLLS and len(scene.poll_ids) == POLLS
    files = sorted((tmp_path / "folder").rglob("*.json"))
    assert sorted(scene.folder / rel for rel in scene.ballots.values()) == files
    for path in files:
        members, install, ballots, name = path.relative_to(scene.folder).parts
        parsed = sync_format.parse_name(name, (Kind.BALLOT,))
        assert (members, ballots) == (sync_format.MEMBERS_DIR, sync_format.BALLOTS)
        assert sync_format.is_install_id(install) and parsed is not None
        assert parsed.meeting_id == scene.meeting_id and parsed.poll_id in scene.poll_ids
    assert set(scene.installs.values()) == {p.parts[-3] for p in files}


def test_the_bare_read_verifies_every_file_and_counts_an_altered_one(tmp_path: Path) -> None:
    scene = build_scene(tmp_path, 3)
    assert bare_read(scene.folder) == (bare := bare_read(scene.folder))
    assert (bare.files, bare.valid, bare.invalid) == (scene.files, scene.files, 0)
    path = scene.folder / next(iter(scene.ballots.values()))
    document = json.loads(path.read_bytes())
    document["payload"]["nonce"] = "0" * len(document["payload"]["nonce"])
    path.write_text(json.dumps(document, sort_keys=True, separators=(",", ":")), "utf-8")
    assert (bare_read(scene.folder).valid, bare_read(scene.folder).invalid) == (scene.files - 1, 1)


def test_the_measure_imports_every_ballot_then_skips_the_unchanged_folder() -> None:
    bench = measure_sync(20, repeat=1)
    assert (bench.ballots, bench.members) == (20, 20 // POLLS)
    assert bench.statuses == {"counted": 20} and bench.quarantined == 0
    assert bench.scanned == 20 and bench.unchanged == 20
    assert bench.import_s > 0 and bench.baseline_s > 0 and bench.unchanged_s > 0
    assert bench.ratio == bench.import_s / bench.baseline_s


def test_the_figures_name_what_talagov_bench_prints() -> None:
    results: dict[str, Any] = {}
    lines = figures(results, quick=True, ballots=10)
    assert set(results) == {"sync_import", "sync_unchanged"}
    assert set(results["sync_import"]) == {
        "ballots", "members", "scanned", "import_s", "baseline_s", "ratio", "statuses",
        "quarantined", "target_s", "met"}  # fmt: skip
    assert set(results["sync_unchanged"]) == {
        "files", "unchanged", "pass_s", "baseline_s", "ratio", "target_s", "met"}
    assert results["sync_import"]["ballots"] == 10
    assert results["sync_import"]["statuses"] == {"counted": 10}
    assert results["sync_import"]["target_s"] == 10.0
    assert results["sync_unchanged"]["target_s"] == 0.5
    assert len(lines) == 2
    assert lines[0].startswith("import 10 ballot files from the shared folder")
    assert lines[1].startswith("pass over the same folder unchanged (10 files, 10 skipped")
