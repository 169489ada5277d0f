# SPDX-License-Identifier: GPL-3.0-or-later
"""Readable at 200 %: on a 1920×1080 screen scaled to 200 % (960×540 logical pixels), the
main window (every page and meeting tab), every step of the booth and the member's
window fit, what is taller scrolls, and no label that does not wrap is cut.

Qt reads ``QT_SCALE_FACTOR`` once, when the application starts: the screens are opened
in a subprocess (tests/gui/scaling_probe.py), offscreen.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from tests.gui.scaling_probe import SCREEN, Probe

ROOT = Path(__file__).resolve().parents[2]


def test_every_screen_fits_960_by_540_at_200_percent() -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", QT_SCALE_FACTOR="2",
               TALAGOV_NO_SETTINGS="1")
    done = subprocess.run([sys.executable, "-m", "tests.gui.scaling_probe"], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=600, check=False)
    lines = [line for line in done.stdout.splitlines() if line.startswith("PROBE ")]
    assert done.returncode == 0 and lines, done.stderr[-3000:]
    result = json.loads(lines[-1].removeprefix("PROBE "))
    assert result["scale"] == 2.0  # the subprocess did run at 200 %
    checked = result["checked"]
    assert len(checked) >= 25, checked  # 15 of the main window, 9 of the booth, 4 member's
    assert {c.split(" / ")[0] for c in checked} == {"main window", "booth", "member window"}
    assert result["problems"] == []


def _window(qtbot: QtBot, label: QLabel | None = None, height: int = 10) -> QWidget:
    window = QWidget()
    qtbot.addWidget(window)
    layout = QVBoxLayout(window)
    if label is not None:
        label.setParent(window)
        layout.addWidget(label)
    filler = QWidget(window)
    filler.setMinimumHeight(height)
    layout.addWidget(filler)
    window.show()
    return window


def _problems(window: QWidget) -> list[str]:
    probe = Probe(None)
    probe.look("sample", window)
    return probe.problems


def test_the_probe_sees_a_window_too_big_and_a_label_cut(qtbot: QtBot) -> None:
    assert "needs at least" in _problems(_window(qtbot, height=SCREEN[1] + 10))[0]
    cut = QLabel("x" * 400)
    cut.setMinimumWidth(1)  # a window may be narrower than the label: the label is cut
    assert any("no word wrap" in p for p in _problems(_window(qtbot, cut)))
    wrapped = QLabel("word " * 100)
    wrapped.setWordWrap(True)
    assert _problems(_window(qtbot, wrapped)) == []
