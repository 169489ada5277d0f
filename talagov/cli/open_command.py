# SPDX-License-Identifier: GPL-3.0-or-later
"""``talagov open BUNDLE.zip``: open a meeting's archive in the auditor's window.

The window is read-only and opens no database (``--db`` is not an option here). Qt is
imported only when the command runs, so that the CLI stays free of it otherwise.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from talagov.cli.exit_codes import ExitCode


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Register ``open``."""
    parser = sub.add_parser("open", help="open a meeting's archive (ZIP) read-only, in the "
                                         "auditor's window")
    parser.add_argument("bundle", type=Path, metavar="FILE.zip", help="the archive to open")
    parser.add_argument("--lang", choices=["fr", "en"], default=argparse.SUPPRESS,
                        help="language of the window (default: the saved choice, else French)")
    parser.set_defaults(handler=run_open)


def run_open(args: argparse.Namespace) -> int:
    """Show the auditor's window on the archive until it is closed."""
    path = Path(args.bundle)
    if not path.is_file():
        print(f"not a file: {path}", file=sys.stderr)
        return ExitCode.USAGE
    from talagov.gui.auditor.launch import run_auditor  # late: Qt only when the window opens

    return run_auditor(path, lang=getattr(args, "lang", None))
