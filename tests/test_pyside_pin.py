# SPDX-License-Identifier: GPL-3.0-or-later
"""Guard for the PySide6 pin: 6.12.0 aborts CPython 3.11 after ~500 signal emits.

See shared tech notes: every Python-side ``Signal.emit()`` dropped a reference to
``True`` and the interpreter died with ``bool_dealloc`` (exit 134).
"""

from __future__ import annotations

import os
import subprocess
import sys
from importlib.metadata import version

SCRIPT = """
from PySide6.QtCore import QCoreApplication, QObject, Signal

class Emitter(QObject):
    fired = Signal(int)

app = QCoreApplication([])
e = Emitter()
seen = []
e.fired.connect(seen.append)
for i in range(2000):
    e.fired.emit(i)
for i in range(200):
    e.fired.disconnect(seen.append)
    e.fired.connect(seen.append)
assert len(seen) == 2000
print("ok")
"""


def test_installed_pyside6_respects_the_pin() -> None:
    major, minor = (int(x) for x in version("PySide6-Essentials").split(".")[:2])
    assert (major, minor) >= (6, 11)
    if sys.version_info < (3, 12):
        assert (major, minor) < (6, 12), "PySide6 6.12 aborts on Python 3.11"


def test_two_thousand_signal_emits_do_not_abort_the_interpreter() -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run([sys.executable, "-c", SCRIPT], capture_output=True, text=True,
                            env=env, timeout=120)
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.strip() == "ok"
