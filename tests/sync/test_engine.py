# SPDX-License-Identifier: GPL-3.0-or-later
"""The simulated sync engine itself: it ends with every file everywhere, and on the way
shows the installs the states real engines show (partial, temporary, conflict copies)."""

from __future__ import annotations

from pathlib import Path

from talagov.core.sync_format import Kind, is_partial, parse_name

from .engine import CONFLICT_STYLES, EngineConfig, SyncEngine, conflict_name

BALLOTS = "members/0123456789abcdef0123456789abcdef/ballots"


def _files(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in root.rglob("*") if p.is_file()}


def _write(root: Path, count: int) -> dict[str, bytes]:
    written = {}
    for k in range(count):
        rel = f"{BALLOTS}/ballot-1-{k + 1}-{k:016x}.json"
        data = (f'{{"ballot": {k}, "padding": "' + "x" * (50 + k) + '"}').encode()
        (root / rel).parent.mkdir(parents=True, exist_ok=True)
        (root / rel).write_bytes(data)
        written[rel] = data
    return written


def test_every_file_reaches_every_install_after_partial_and_temporary_states(
        tmp_path: Path) -> None:
    folders = {name: tmp_path / name for name in ("org", "alice", "bob")}
    engine = SyncEngine(folders, seed=7)
    written = _write(folders["alice"], 40)
    partial_seen, truncated_seen = False, False
    for _ in range(100):
        engine.tick()
        for name in ("org", "bob"):
            for rel, data in _files(folders[name]).items():
                if is_partial(Path(rel).name):
                    partial_seen = True
                elif rel in written and data != written[rel]:
                    truncated_seen = True
                    assert written[rel].startswith(data)
        if not engine.pending and engine.now > 5:
            break
    engine.settle()
    for who in ("org", "bob"):
        files = _files(folders[who])
        complete = {rel: data for rel, data in files.items() if not is_partial(Path(rel).name)}
        assert {rel: complete[rel] for rel in written} == written
        # Anything else is a conflict copy of a file, with its bytes.
        for rel in set(complete) - set(written):
            parsed = parse_name(Path(rel).name, (Kind.BALLOT,))
            assert parsed is not None and parsed.conflict
            assert complete[rel] == written[f"{BALLOTS}/{parsed.canonical}"]
    assert partial_seen and truncated_seen
    assert {"truncated", "completed", "temporary", "renamed", "conflict", "duplicate",
            "skewed"} <= set(engine.stats)


def test_an_install_offline_gets_the_files_late_and_sends_its_own_late(tmp_path: Path) -> None:
    folders = {name: tmp_path / name for name in ("org", "alice")}
    engine = SyncEngine(folders, seed=1, config=EngineConfig(truncated=0, temporary=0,
                                                             conflict=0, duplicate=0))
    engine.offline("alice")
    (folders["org"] / "organisation").mkdir()
    (folders["org"] / "organisation" / "identity-0000000000000000.json").write_bytes(b"{}")
    _write(folders["alice"], 1)
    for _ in range(20):
        engine.tick()
    assert not (folders["alice"] / "organisation").exists()
    assert not (folders["org"] / "members").exists()
    engine.online("alice")
    engine.settle()
    assert _files(folders["alice"]) == _files(folders["org"])


def test_conflict_names_are_recognised_as_copies() -> None:
    for style in CONFLICT_STYLES:
        name = parse_name(conflict_name("ballot-3-12-0123456789abcdef.json", style), (Kind.BALLOT,))
        assert name is not None and name.conflict, style
        assert name.canonical == "ballot-3-12-0123456789abcdef.json"
