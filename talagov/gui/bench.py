# SPDX-License-Identifier: GPL-3.0-or-later
"""The GUI half of ``talagov bench``: opening the members view and filtering it.

Baseline: an empty ``QMainWindow`` shown in the same process. Measured: opening the
database (migration check included), building the main window, and waiting until the
members table holds every row; then one filter keystroke at a time, each followed by
processing the view's events so that the repaint is counted.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtWidgets import QApplication, QMainWindow

from talagov.gui.context import AppContext
from talagov.gui.tasks import TaskRunner
from talagov.storage.database import open_database

TYPED = "lefèvre hél"


@dataclass(frozen=True)
class ViewFigures:
    """Seconds to show the members view, and per-keystroke filter times in ms."""

    baseline_s: float
    open_s: float
    rows: int
    keystroke_ms: tuple[float, ...]

    @property
    def ratio(self) -> float:
        """Opening time over the empty window's."""
        return self.open_s / self.baseline_s if self.baseline_s else float("inf")

    @property
    def keystroke_mean_ms(self) -> float:
        """Mean time of one filter keystroke."""
        return statistics.fmean(self.keystroke_ms) if self.keystroke_ms else 0.0

    @property
    def keystroke_max_ms(self) -> float:
        """Worst keystroke."""
        return max(self.keystroke_ms, default=0.0)


def _app() -> QApplication:
    if not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ["TALAGOV_NO_SETTINGS"] = "1"  # never touch the user's window settings
    app = QApplication.instance()
    return app if isinstance(app, QApplication) else QApplication([])


def _wait(app: QApplication, done: object, timeout_s: float = 300.0) -> None:
    deadline = time.perf_counter() + timeout_s
    while not done():  # type: ignore[operator]
        app.processEvents()
        if time.perf_counter() > deadline:
            raise TimeoutError("the members view did not load")
        time.sleep(0.001)


def _empty_window() -> dict[str, float]:
    app = _app()
    window = QMainWindow()
    window.show()
    app.processEvents()
    window.close()
    return {}


def _members_view(db_path: Path, expected_rows: int) -> dict[str, object]:
    from talagov.gui.main_window import MEMBERS_PAGE, MainWindow

    app = _app()
    db = open_database(db_path)
    runner = TaskRunner(db)
    window = MainWindow(AppContext(db=db, runner=runner, lang="fr"))
    window.sidebar.setCurrentRow(MEMBERS_PAGE)
    window.show()
    model = window.members_page.model
    _wait(app, lambda: model.total_count() >= expected_rows)
    app.processEvents()
    shown_at = time.perf_counter()
    times: list[float] = []
    # Type a name with accents letter by letter, then erase it the same way.
    steps = [TYPED[: i + 1] for i in range(len(TYPED))]
    steps += [TYPED[:i] for i in range(len(TYPED) - 1, -1, -1)]
    for text in steps:
        t = time.perf_counter()
        model.set_filter(text)
        app.processEvents()
        times.append((time.perf_counter() - t) * 1000)
    rows = model.total_count()
    window.close()
    runner.shutdown()
    db.close()
    return {"shown_at": shown_at, "rows": rows, "keystroke_ms": times}


def _run_child(args: list[str]) -> tuple[float, dict[str, object]]:
    """Run this module in a fresh interpreter: cold start included, as a user lives it."""
    env = dict(os.environ, TALAGOV_NO_SETTINGS="1")
    if not (env.get("DISPLAY") or env.get("WAYLAND_DISPLAY")):
        env.setdefault("QT_QPA_PLATFORM", "offscreen")
    start = time.time()
    out = subprocess.run([sys.executable, "-m", "talagov.gui.bench", *args], env=env,
                         capture_output=True, text=True, check=True, timeout=600)
    payload: dict[str, object] = json.loads(out.stdout.strip().splitlines()[-1])
    ended = float(payload.pop("shown_at", time.time()))  # type: ignore[arg-type]
    return ended - start, payload


def measure_views(db_path: Path, expected_rows: int, *, repeat: int = 1) -> ViewFigures:
    """Cold start to members view shown, against cold start to an empty window shown.

    Each side runs in its own interpreter (best of ``repeat``): Python start-up, Qt
    import and ``QApplication`` are in both, so the ratio shows what TalaGov adds.
    """
    base = min(_run_child(["--empty"])[0] for _ in range(repeat))
    best, payload = float("inf"), {}
    for _ in range(repeat):
        elapsed, data = _run_child([str(db_path), str(expected_rows)])
        if elapsed < best:
            best, payload = elapsed, data
    keystrokes = tuple(float(x) for x in payload.get("keystroke_ms", []))  # type: ignore[attr-defined]
    return ViewFigures(base, best, int(payload.get("rows", 0)), keystrokes)  # type: ignore[call-overload]


def _main(argv: list[str]) -> int:
    if argv == ["--empty"]:
        _empty_window()
        print(json.dumps({"shown_at": time.time()}))
        return 0
    result = _members_view(Path(argv[0]), int(argv[1]))
    result["shown_at"] = time.time() - (time.perf_counter() - float(result["shown_at"]))  # type: ignore[arg-type]
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    raise SystemExit(_main(sys.argv[1:]))
