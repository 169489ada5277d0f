# SPDX-License-Identifier: GPL-3.0-or-later
"""``talagov register members|shares``: print a legal register to a PDF file.

Exit codes as for every command (0 saved, 2 bad usage, missing database or unwritable
file). The PDF is in French unless ``--lang en``; the file is replaced atomically, so
an open copy in a synchronised folder never sees half a register.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path

from talagov.cli.arguments import add_db_and_lang, iso_date
from talagov.cli.exit_codes import ExitCode
from talagov.cli.files import open_unit, write_output
from talagov.messages import render
from talagov.services.uow import UnitOfWork

Build = Callable[[UnitOfWork, str, date | None], bytes]



def add_parsers(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Register ``register members|shares`` and the registers of deliberations under ``sub``."""
    from talagov.cli.minutes_commands import add_register_commands

    parser = sub.add_parser("register", help="print, list and verify the legal registers")
    group = parser.add_subparsers(dest="register_command",
                                  metavar="members|shares|deliberations|list|verify")
    group.required = True
    members = group.add_parser("members", help="the register of associates at a date")
    _options(members, "date of the register (default: today)")
    members.set_defaults(handler=run_members)
    shares = group.add_parser("shares", help="the register of share movements")
    _options(shares, "last day covered (default: the last movement)")
    shares.set_defaults(handler=run_shares)
    add_register_commands(group)


def _options(parser: argparse.ArgumentParser, at_help: str) -> None:
    add_db_and_lang(parser, "language of the register and messages (register default: fr)")
    parser.add_argument("--at", type=iso_date, default=None, help=at_help)
    parser.add_argument("out", type=Path, metavar="OUT.pdf", help="PDF file to write")


def run_members(args: argparse.Namespace) -> int:
    """Write the register of associates on ``--at`` (default today)."""
    from talagov.services import reports

    def build(uow: UnitOfWork, lang: str, at: date | None) -> bytes:
        return reports.members_register(uow, at or date.today(), lang)

    return _save(args, build)


def run_shares(args: argparse.Namespace) -> int:
    """Write the register of share movements up to ``--at``."""
    from talagov.services import reports

    def build(uow: UnitOfWork, lang: str, at: date | None) -> bytes:
        return reports.share_register(uow, lang, at=at)

    return _save(args, build)


def _save(args: argparse.Namespace, build: Build) -> int:
    lang = getattr(args, "lang", None) or "fr"
    with open_unit(args) as uow:
        data = build(uow, lang, args.at)
    out = Path(args.out)
    write_output(out, data)
    print(render("reports.saved", {"path": str(out)}, getattr(args, "lang", None) or "en"))
    return ExitCode.OK


def run(argv: Sequence[str] | None = None) -> int:
    """Parse ``argv`` with only the register commands and run one (tests, scripts).

    Errors are reported as the main ``talagov`` command does, as one line and an
    exit code.
    """
    from talagov.cli.main import report_error

    parser = argparse.ArgumentParser(prog="talagov")
    parser.add_argument("--db", type=Path, default=argparse.SUPPRESS)
    parser.add_argument("--lang", choices=["fr", "en"], default=None)
    add_parsers(parser.add_subparsers(dest="command", required=True))
    args = parser.parse_args(list(sys.argv[1:] if argv is None else argv))
    handler: Callable[[argparse.Namespace], int] = args.handler
    try:
        return int(handler(args))
    except Exception as exc:  # the same one-line report as ``talagov``
        return report_error(exc, args.lang or "en", False)
