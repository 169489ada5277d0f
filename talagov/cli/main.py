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


#: Commands that work on a file alone: their module imports neither the services nor
#: SQLAlchemy, so that ``talagov verify`` runs on the core and the verifier only.
LIGHT_COMMANDS = {"verify": "talagov.cli.verify_command",
                  "open": "talagov.cli.open_command"}

#: Which module registers each command, with which function, in the order of ``--help``.
#: A command is parsed with its own module alone: importing every command module costs
#: over a second (reportlab, the services of every area) at each start of ``talagov
#: sync`` run by a scheduler, or of the kill-and-resume test's subprocesses.
REGISTRATIONS: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    ("demo_command", "add_parser", ("demo",)),
    ("csv_commands", "add_csv_parsers", ("members", "shares")),
    ("register_commands", "add_parsers", ("compliance", "roll")),
    ("report_commands", "add_parsers", ("register",)),
    ("meeting_commands", "add_parsers", ("meeting",)),
    # Holding a meeting: attendance, bureau, opening and closing of the session
    ("session_commands", "add_parsers", ("session",)),
    ("bench_command", "add_parser", ("bench",)),
    # Signed votes: keys and voting packages
    ("key_commands", "add_parsers", ("keys", "package")),
    # Signed votes: polls, ballot import, tally, voting from a package
    ("vote_commands", "add_parsers", ("tally", "polls", "ballots", "vote")),
    # Minutes (the registers of deliberations join ``register``)
    ("minutes_commands", "add_parsers", ("minutes",)),
    # Archive bundles: the journal, a closed meeting's archive, the independent verifier,
    # the auditor's window (Qt is imported only when it opens)
    ("journal_commands", "add_parsers", ("journal",)),
    ("archive_commands", "add_parsers", ("export",)),
    ("verify_command", "add_parser", ("verify",)),
    ("open_command", "add_parser", ("open",)),
    # Shared folder: the secretary's pass, certificate requests, a member's install
    ("sync_commands", "add_parsers", ("sync",)),
    ("request_commands", "add_parsers", ("requests",)),
    ("member_commands", "add_parsers", ("member",)),
)
_MODULE_OF = {command: (module, function) for module, function, commands in REGISTRATIONS
              for command in commands}
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


def _register(sub: argparse._SubParsersAction[argparse.ArgumentParser], module: str,
              function: str) -> None:
    import importlib

    getattr(importlib.import_module(f"talagov.cli.{module}"), function)(sub)


def light_parser(command: str) -> argparse.ArgumentParser:
    """A parser with the global options and ``command``'s module alone (see
    :data:`REGISTRATIONS`)."""
    parser, sub = _root_parser()
    _register(sub, *_MODULE_OF[command])
    return parser


def build_parser() -> argparse.ArgumentParser:
    """The full argument parser: ``gui`` and every command (for ``--help`` and errors)."""
    parser, sub = _root_parser()
    gui = sub.add_parser("gui", help="open the TalaGov window (the default)")
    add_db_option(gui)
    gui.add_argument("--smoke-test", action="store_true",
                     help="check an installation: open the window on --db (a new database is "
                          "created and migrated; without --db, a throwaway one), print "
                          "'TalaGov ready: ...' once it is shown, and quit (exit 1 on failure)")
    gui.add_argument("--screenshot", type=Path, metavar="PNG",
                     help="with --smoke-test: save the window as this PNG image")
    gui.set_defaults(handler=run_gui)
    for module, function, _commands in REGISTRATIONS:
        _register(sub, module, function)
    return parser


def run_gui(args: argparse.Namespace) -> int:
    """Open the main window on the chosen database (``--smoke-test``: see gui.app)."""
    from talagov.gui.app import run  # imported late: the CLI must not load Qt otherwise

    smoke_test = bool(getattr(args, "smoke_test", False))
    screenshot = getattr(args, "screenshot", None)
    if smoke_test and getattr(args, "db", None) is None:
        import tempfile

        # A check of the installation never opens the user's own database.
        with tempfile.TemporaryDirectory(prefix="talagov-smoke-",
                                         ignore_cleanup_errors=True) as folder:
            return run(Path(folder) / "smoke.sqlite", lang=args.lang, smoke_test=True,
                       screenshot=screenshot)
    return run(db_path(args), lang=args.lang, smoke_test=smoke_test, screenshot=screenshot)


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
    parser = light_parser(command) if command in _MODULE_OF else build_parser()
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
