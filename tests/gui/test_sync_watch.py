# SPDX-License-Identifier: GPL-3.0-or-later
"""The folder watcher: a pass when members' files arrive (new installs included), one
pass at a time, a pass on every tick, none while held, and a stop that cancels."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from talagov.core.cancel import CancelToken
from talagov.core.errors import UserError
from talagov.gui.context import AppContext
from talagov.gui.sync_watch import SyncWatcher, watched_directories
from talagov.storage.database import Database
from tests.gui.conftest import make_ctx

INSTALL = "0123456789abcdef0123456789abcdef"


class Passes:
    """A fake pass that counts its calls, and can be made to wait or to fail."""

    def __init__(self) -> None:
        self.calls = 0
        self.running = 0
        self.most_at_once = 0
        self.gate: threading.Event | None = None
        self.tokens: list[CancelToken] = []
        self.error: BaseException | None = None

    def __call__(self, uow: Any, folder: Path, cancel: CancelToken) -> int:
        self.running += 1
        self.most_at_once = max(self.most_at_once, self.running)
        self.tokens.append(cancel)
        try:
            if self.gate is not None:
                self.gate.wait(5)
            if self.error is not None:
                raise self.error
            self.calls += 1
            return self.calls
        finally:
            self.running -= 1


@pytest.fixture
def plain_ctx(db: Database) -> Iterator[AppContext]:
    context = make_ctx(db)
    yield context
    context.runner.shutdown()


@pytest.fixture
def passes() -> Passes:
    return Passes()


@pytest.fixture
def watcher(qtbot: QtBot, plain_ctx: AppContext, passes: Passes) -> Iterator[SyncWatcher]:
    w = SyncWatcher(plain_ctx.runner, work=passes, poll_ms=60_000, quiet_ms=50, max_delay_ms=400)
    yield w
    if passes.gate is not None:
        passes.gate.set()
    w.stop()
    qtbot.waitUntil(lambda: not plain_ctx.runner.busy, timeout=5000)


def _install(folder: Path) -> Path:
    ballots = folder / "members" / INSTALL / "ballots"
    ballots.mkdir(parents=True)
    return ballots


def test_watching_starts_with_a_pass_to_catch_up(qtbot: QtBot, watcher: SyncWatcher,
                                                 passes: Passes, tmp_path: Path) -> None:
    with qtbot.waitSignal(watcher.pass_finished, timeout=5000) as finished:
        watcher.watch(tmp_path)
    assert finished.args == [1]
    assert watcher.active and not watcher.running


def test_a_new_install_and_its_ballots_are_watched_and_read(qtbot: QtBot, watcher: SyncWatcher,
                                                            passes: Passes, tmp_path: Path) -> None:
    with qtbot.waitSignal(watcher.pass_finished, timeout=5000):
        watcher.watch(tmp_path)
    assert watcher.watcher.directories() == [str(tmp_path)]
    # A member's install joins: members/<id>/ballots appears, and the watcher follows it.
    with qtbot.waitSignal(watcher.pass_finished, timeout=5000):
        ballots = _install(tmp_path)
    qtbot.waitUntil(lambda: str(ballots) in watcher.watcher.directories(), timeout=5000)
    before = passes.calls
    with qtbot.waitSignal(watcher.pass_finished, timeout=5000):
        (ballots / "ballot-1-2-0123456789abcdef.json").write_bytes(b"{}")
    assert passes.calls == before + 1


def test_a_burst_of_files_is_one_pass(qtbot: QtBot, watcher: SyncWatcher, passes: Passes,
                                      tmp_path: Path) -> None:
    ballots = _install(tmp_path)
    with qtbot.waitSignal(watcher.pass_finished, timeout=5000):
        watcher.watch(tmp_path)
    with qtbot.waitSignal(watcher.pass_finished, timeout=5000):
        for n in range(20):
            (ballots / f"ballot-1-2-{n:016x}.json").write_bytes(b"{}")
    qtbot.wait(300)  # longer than the quiet time: no second pass comes
    assert passes.calls == 2


def test_never_two_passes_at_once_and_one_more_after(qtbot: QtBot, plain_ctx: AppContext,
                                                     watcher: SyncWatcher, passes: Passes,
                                                     tmp_path: Path) -> None:
    passes.gate = threading.Event()
    started: list[object] = []
    watcher.pass_started.connect(lambda: started.append(1))
    watcher.watch(tmp_path)
    assert watcher.running
    for _ in range(5):  # changes while the pass runs ask for one more, not five
        watcher.request()
    assert len(started) == 1
    passes.gate.set()
    qtbot.waitUntil(lambda: passes.calls == 2 and not watcher.running, timeout=5000)
    qtbot.wait(200)
    assert passes.calls == 2 and passes.most_at_once == 1


def test_held_while_the_page_runs_its_own_pass(qtbot: QtBot, watcher: SyncWatcher,
                                               passes: Passes, tmp_path: Path) -> None:
    watcher.hold()
    watcher.watch(tmp_path)
    qtbot.wait(200)
    assert passes.calls == 0 and not watcher.running
    with qtbot.waitSignal(watcher.pass_finished, timeout=5000):
        watcher.release()
    assert passes.calls == 1


def test_the_tick_reads_a_folder_that_sends_no_notice(qtbot: QtBot, plain_ctx: AppContext,
                                                      passes: Passes, tmp_path: Path) -> None:
    # A network share notifies nothing of other machines' writes: the timer reads anyway.
    w = SyncWatcher(plain_ctx.runner, work=passes, poll_ms=100, quiet_ms=50)
    w.watch(tmp_path)
    qtbot.waitUntil(lambda: passes.calls >= 3, timeout=5000)
    w.stop()
    qtbot.waitUntil(lambda: not plain_ctx.runner.busy, timeout=5000)


def test_stop_cancels_the_pass_under_way(qtbot: QtBot, plain_ctx: AppContext,
                                         watcher: SyncWatcher, passes: Passes,
                                         tmp_path: Path) -> None:
    passes.gate = threading.Event()
    watcher.watch(tmp_path)
    qtbot.waitUntil(lambda: bool(passes.tokens), timeout=5000)
    watcher.stop()
    assert passes.tokens[0].cancelled
    assert not watcher.active and not watcher.running
    assert watcher.watcher.directories() == []
    passes.gate.set()
    qtbot.waitUntil(lambda: not plain_ctx.runner.busy, timeout=5000)


def test_a_failed_pass_is_reported_and_watching_goes_on(qtbot: QtBot, watcher: SyncWatcher,
                                                        passes: Passes, tmp_path: Path) -> None:
    passes.error = UserError("sync.folder_missing", {"path": str(tmp_path)})
    with qtbot.waitSignal(watcher.pass_failed, timeout=5000) as failed:
        watcher.watch(tmp_path)
    assert isinstance(failed.args[0], UserError)
    passes.error = None
    with qtbot.waitSignal(watcher.pass_finished, timeout=5000):
        watcher.request()
    assert watcher.active


def test_watched_directories_are_the_members_ones(tmp_path: Path) -> None:
    ballots = _install(tmp_path)
    (tmp_path / "members" / INSTALL / "requests").mkdir()
    (tmp_path / "organisation" / "meetings").mkdir(parents=True)  # ours: never watched
    (tmp_path / "members" / ".stfolder").mkdir()  # a sync engine's marker
    install = tmp_path / "members" / INSTALL
    assert watched_directories(tmp_path) == [tmp_path, tmp_path / "members", install,
                                             install / "requests", ballots]
