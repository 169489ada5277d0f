# SPDX-License-Identifier: GPL-3.0-or-later
"""Exit codes of the ``talagov`` command."""

from __future__ import annotations

import enum


class ExitCode(enum.IntEnum):
    """What the process returns."""

    OK = 0
    VALIDATION = 1  # the input was refused; nothing was changed
    USAGE = 2  # bad arguments, unreadable file, database refused
    BUG = 3  # unexpected error (traceback with --debug)
    CANCELLED = 4
