# SPDX-License-Identifier: GPL-3.0-or-later
"""Entry point of the frozen TalaGov (PyInstaller): the ``talagov`` command.

With no arguments it opens the window (``gui`` is the default command), so a
double-click on the application starts it; every CLI command works from the same
binary (``TalaGov --version``, ``TalaGov verify archive.zip``).
"""

from __future__ import annotations

import os
import sys


def _streams() -> None:
    # A windowed executable (Windows TalaGov.exe, macOS .app) has no console: stdout and
    # stderr are None, and argparse's or logging's writes would raise.
    if sys.stdout is None:
        sys.stdout = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115 (process-long)
    if sys.stderr is None:
        sys.stderr = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115


def _arguments() -> list[str]:
    # macOS before 10.9 passed a process serial number when Finder launched the app.
    return [a for a in sys.argv[1:] if not a.startswith("-psn_")]


if __name__ == "__main__":
    _streams()
    from talagov.cli.main import main

    sys.exit(main(_arguments()))
