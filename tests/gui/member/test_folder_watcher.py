# SPDX-License-Identifier: GPL-3.0-or-later
"""The watcher of the organisation's directories: a file published is noticed soon, once
for a burst, also in a directory made after watching began; the timer is the backstop."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from talagov.core.sync_format import ARCHIVES_DIR, MEETINGS_DIR, ORGANISATION_DIR
from talagov.gui.member.folder_watcher import FolderWatcher


def test_a_burst_of_new_files_is_one_change_and_new_directories_are_watched(
        qtbot: QtBot, tmp_path: Path) -> None:
    (tmp_path / MEETINGS_DIR).mkdir(parents=True)
    watcher = FolderWatcher(poll_ms=60_000, quiet_ms=100)
    seen: list[int] = []
    watcher.changed.connect(lambda: seen.append(1))
    watcher.watch(tmp_path)
    assert sorted(Path(p) for p in watcher.watched) == [tmp_path / ORGANISATION_DIR,
                                                        tmp_path / MEETINGS_DIR]
    for n in range(5):
        (tmp_path / MEETINGS_DIR / f"meeting-1-{n + 1}-{n:016x}.json").write_bytes(b"{}")
    qtbot.waitUntil(lambda: seen == [1], timeout=5_000)
    qtbot.wait(300)
    assert seen == [1]
    (tmp_path / ARCHIVES_DIR).mkdir()  # a change of organisation/ itself
    qtbot.waitUntil(lambda: str(tmp_path / ARCHIVES_DIR) in watcher.watched and len(seen) == 2,
                    timeout=5_000)
    (tmp_path / ARCHIVES_DIR / "meeting-1-0000000000000000.zip").write_bytes(b"PK")
    qtbot.waitUntil(lambda: len(seen) == 3, timeout=5_000)
    watcher.watch(None)
    assert watcher.watched == []


def test_the_timer_reads_the_folder_even_when_nothing_was_noticed(
        qtbot: QtBot, tmp_path: Path) -> None:
    watcher = FolderWatcher(poll_ms=50, quiet_ms=10)
    watcher.watch(tmp_path)  # no organisation/ yet: nothing to watch, the timer still runs
    assert watcher.watched == []
    with qtbot.waitSignal(watcher.changed, timeout=2_000):
        pass
    (tmp_path / ORGANISATION_DIR).mkdir()
    qtbot.waitUntil(lambda: watcher.watched == [str(tmp_path / ORGANISATION_DIR)], timeout=2_000)
    watcher.watch(None)
