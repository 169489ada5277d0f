# SPDX-License-Identifier: GPL-3.0-or-later
"""The auditor's file jobs: no database, a worker thread, progress, failure, cancel."""

from __future__ import annotations

import threading
from collections.abc import Callable

from pytestqt.qtbot import QtBot

from talagov.gui.auditor.file_jobs import FileJobRunner

Progress = Callable[[int, int], None]


def test_a_job_runs_on_a_worker_and_reports_on_the_gui_thread(qtbot: QtBot) -> None:
    runner = FileJobRunner()
    seen: list[object] = []
    progress: list[tuple[int, int]] = []

    def work(report: Progress, cancelled: Callable[[], bool]) -> str:
        for done in range(1, 5001):
            report(done, 5000)
        return threading.current_thread().name

    def done(result: object) -> None:
        seen.append((result, threading.current_thread() is threading.main_thread()))

    job = runner.run(work, on_success=done, on_progress=lambda d, t: progress.append((d, t)))
    qtbot.waitUntil(lambda: job.done, timeout=5000)
    assert seen and seen[0][0] != threading.main_thread().name and seen[0][1] is True
    # One report per percent (and the last one), not 5,000 signals.
    assert 100 <= len(progress) <= 101 and progress[-1] == (5000, 5000)
    assert not runner.busy
    runner.shutdown()


def test_a_failure_reaches_on_failure_and_shutdown_cancels(qtbot: QtBot) -> None:
    runner = FileJobRunner()
    failures: list[BaseException] = []

    def fail(report: Progress, cancelled: Callable[[], bool]) -> None:
        raise ValueError("not a bundle")

    job = runner.run(fail, on_failure=failures.append)
    qtbot.waitUntil(lambda: job.done, timeout=5000)
    assert isinstance(failures[0], ValueError) and job.error is failures[0]

    started = threading.Event()

    def wait(report: Progress, cancelled: Callable[[], bool]) -> bool:
        started.set()
        while not cancelled():
            threading.Event().wait(0.005)
        return True

    slow = runner.run(wait)
    assert started.wait(5)
    runner.shutdown()  # cancels and waits: the job saw cancelled() turn true
    assert slow.is_cancelled()
