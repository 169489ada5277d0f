# SPDX-License-Identifier: GPL-3.0-or-later
"""The ``talagov`` command: opens the GUI by default, subcommands for batch work."""

from __future__ import annotations

import argparse
import contextlib
import logging
import os
import sys
import traceback
from collections.abc import Callable, Sequence
from pathlib import Path

from talagov import __version__
from talagov.cli.exit_codes import ExitCode
from talagov.core.errors import Cancelled, UserError, ValidationError
from talagov.messages import render, render_error, render_finding

Handler = Callable[[argparse.Namespace], int]


def add_db_option(parser: argparse.ArgumentParser) -> None:
    """``--db PATH`` (default: the database in the user's data directory)."""
    parser.add_argument("--db", type=Path, default=argparse.SUPPRESS,
                        help="SQLite database file (default: in the user's data directory)")


def add_lang_option(parser: argparse.ArgumentParser) -> None:
    """``--lang fr|en`` on a subcommand too (``talagov compliance --lang fr``)."""
    parser.add_argument("--lang", choices=["fr", "en"], default=argparse.SUPPRESS,
                        help="language of messages (default: English on the command line)")


def db_path(args: argparse.Namespace) -> Path:
    """The database chosen on the command line, or the default one."""
    from talagov.storage.db import default_db_path

    chosen = getattr(args, "db", None)
    return Path(chosen) if chosen else default_db_path()


#: Commands that work on a file alone: they are dispatched on a parser of their own,
#: without importing the others (which load the services, hence SQLAlchemy), so that
#: ``talagov verify`` runs on the core and the verifier only.
LIGHT_COMMANDS = {"verify": "talagov.cli.verify_command",
                  "open": "talagov.cli.open_command"}
_VALUED_OPTIONS = frozenset({"--db", "--lang"})


def _root_parser() -> tuple[argparse.ArgumentParser,
                            argparse._SubParsersAction[argparse.ArgumentParser]]:
    parser = argparse.ArgumentParser(
        prog="talagov", description="TalaGov: governance of cooperatives."
    )
    parser.add_argument("--version", action="version", version=f"TalaGov {__version__}")
    add_db_option(parser)
    parser.add_argument("--lang", choices=["fr", "en"], default=None,
                        help="language of messages (default: French in the GUI, English here)")
    parser.add_argument("--debug", action="store_true", help="print tracebacks")
    return parser, parser.add_subparsers(dest="command")


def command_of(argv: Sequence[str]) -> str | None:
    """The subcommand named in ``argv`` (``None``: none), past the global options."""
    skip = False
    for token in argv:
        if skip:
            skip = False
        elif token in _VALUED_OPTIONS:
            skip = True
        elif not token.startswith("-"):
            return token
    return None


def light_parser(command: str) -> argparse.ArgumentParser:
    """A parser with the global options and ``command`` alone (see :data:`LIGHT_COMMANDS`)."""
    import importlib

    parser, sub = _root_parser()
    importlib.import_module(LIGHT_COMMANDS[command]).add_parser(sub)
    return parser


def build_parser() -> argparse.ArgumentParser:
    """The full argument parser (subcommands register themselves here)."""
    from talagov.cli import (
        archive_commands,
        bench_command,
        csv_commands,
        demo_command,
        journal_commands,
        key_commands,
        meeting_commands,
        minutes_commands,
        open_command,
        register_commands,
        report_commands,
        verify_command,
        vote_commands,
    )

    parser, sub = _root_parser()
    gui = sub.add_parser("gui", help="open the TalaGov window (the default)")
    add_db_option(gui)
    gui.set_defaults(handler=run_gui)
    demo_command.add_parser(sub)
    csv_commands.add_csv_parsers(sub)
    register_commands.add_parsers(sub)
    report_commands.add_parsers(sub)
    meeting_commands.add_parsers(sub)
    bench_command.add_parser(sub)
    # Signed votes: keys and voting packages (svc-keys)
    key_commands.add_parsers(sub)
    # Signed votes: polls, ballot import, tally, voting from a package (svc-polls)
    vote_commands.add_parsers(sub)
    # Minutes and the registers of deliberations
    minutes_commands.add_parsers(sub)
    # Archive bundles: the journal of governance events
    journal_commands.add_parsers(sub)
    # Archive bundles: a closed meeting's archive
    archive_commands.add_parsers(sub)
    # Archive bundles: the independent verifier
    verify_command.add_parser(sub)
    # Archive bundles: the auditor's window (Qt is imported only when it opens)
    open_command.add_parser(sub)
    return parser


def run_gui(args: argparse.Namespace) -> int:
    """Open the main window on the chosen database."""
    from talagov.gui.app import run  # imported late: the CLI must not load Qt otherwise

    return run(db_path(args), lang=args.lang)


def report_error(exc: BaseException, lang: str, debug: bool) -> int:
    """Print one line (plus details) for an error and return its exit code."""
    if isinstance(exc, Cancelled):
        print("cancelled", file=sys.stderr)
        return ExitCode.CANCELLED
    if isinstance(exc, ValidationError):
        print(render(exc.code, exc.params, lang), file=sys.stderr)
        for finding in exc.problems:
            print(f"  - {render_finding(finding, lang)}", file=sys.stderr)
        return ExitCode.VALIDATION
    if isinstance(exc, UserError):
        print(render_error(exc.code, exc.params, lang), file=sys.stderr)
        return ExitCode.USAGE
    print(f"unexpected error: {exc!r}", file=sys.stderr)
    if debug:
        traceback.print_exception(exc)
    else:
        print("run again with --debug for details", file=sys.stderr)
    return ExitCode.BUG


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``talagov`` console script."""
    arguments = list(sys.argv[1:] if argv is None else argv)
    command = command_of(arguments)
    parser = light_parser(command) if command in LIGHT_COMMANDS else build_parser()
    args = parser.parse_args(arguments)
    logging.basicConfig(level=logging.DEBUG if args.debug else logging.WARNING)
    handler: Handler = getattr(args, "handler", run_gui)
    lang = args.lang or "en"
    try:
        return int(handler(args))
    except KeyboardInterrupt:
        return ExitCode.CANCELLED
    except BrokenPipeError:  # piped into ``head`` or a pager that quit: not an error
        _silence_stdout()
        return ExitCode.OK
    except Exception as exc:  # every failure becomes one line and an exit code
        return report_error(exc, lang, args.debug)


def _silence_stdout() -> None:
    """Point stdout at the null device: Python's final flush would hit the closed pipe."""
    with contextlib.suppress(OSError, ValueError):  # no descriptor: captured, or closed
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())


def gui_main() -> int:
    """Entry point of the ``talagov-gui`` launcher (no console on Windows)."""
    return main(["gui", *sys.argv[1:]])
