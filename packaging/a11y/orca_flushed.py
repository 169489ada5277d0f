# SPDX-License-Identifier: GPL-3.0-or-later
"""Run Orca with its debug log written line by line.

Orca (43) opens ``--debug-file`` with Python's default 8 KiB buffer, so the log lags
behind what was spoken and a step's speech may show up only steps later.
``walk_booth.py`` reads the log while the booth is driven: this wrapper opens that one
file line-buffered, then runs ``/usr/bin/orca`` unchanged with the same arguments::

    /usr/bin/python3 packaging/a11y/orca_flushed.py --replace --debug-file=/tmp/orca.out
"""

from __future__ import annotations

import builtins
import runpy
import sys

ORCA = "/usr/bin/orca"
_open = builtins.open
_wanted = {a.split("=", 1)[1] for a in sys.argv[1:] if a.startswith("--debug-file=")}


def _line_buffered(file, mode="r", *args, **kwargs):  # type: ignore[no-untyped-def]
    """``open``, line-buffered for the debug file."""
    if file in _wanted and "w" in mode and not args and "buffering" not in kwargs:
        kwargs["buffering"] = 1
    return _open(file, mode, *args, **kwargs)


builtins.open = _line_buffered
sys.argv[0] = ORCA
runpy.run_path(ORCA, run_name="__main__")
