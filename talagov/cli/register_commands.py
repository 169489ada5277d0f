# SPDX-License-Identifier: GPL-3.0-or-later
"""``talagov compliance`` and ``talagov roll``: the register rules from the shell."""

from __future__ import annotations

import argparse
from datetime import date

from talagov.cli.arguments import iso_date
from talagov.cli.exit_codes import ExitCode
from talagov.core.findings import Severity
from talagov.messages import render_finding


def add_parsers(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Register ``compliance`` and ``roll``."""
    from talagov.cli.main import add_db_option, add_lang_option

    comp = sub.add_parser("compliance", help="check the composition rules on a date")
    add_db_option(comp)
    add_lang_option(comp)
    comp.add_argument("--at", type=iso_date, default=None, help="date (default: today)")
    comp.set_defaults(handler=run_compliance)
    roll = sub.add_parser("roll", help="list who has a vote at a record date")
    add_db_option(roll)
    add_lang_option(roll)
    roll.add_argument("--at", type=iso_date, default=None, help="record date (default: today)")
    roll.set_defaults(handler=run_roll)


def run_compliance(args: argparse.Namespace) -> int:
    """Print every finding; exit 1 when a rule is violated."""
    from talagov.cli.main import db_path
    from talagov.services import registers
    from talagov.services.uow import UnitOfWork
    from talagov.storage.database import open_database

    lang = args.lang or "en"
    db = open_database(db_path(args))
    try:
        with UnitOfWork(db) as uow:
            findings = registers.compliance(uow, args.at or date.today())
    finally:
        db.close()
    for f in findings:
        print(f"[{f.severity.value}] {render_finding(f, lang)}")
    if not findings:
        print("no finding" if lang == "en" else "aucune alerte")
    violated = any(f.severity is Severity.VIOLATION for f in findings)
    return ExitCode.VALIDATION if violated else ExitCode.OK


def run_roll(args: argparse.Namespace) -> int:
    """Print the voting roll at the record date."""
    from talagov.cli.main import db_path
    from talagov.services import registers
    from talagov.services.uow import UnitOfWork
    from talagov.storage.database import open_database

    db = open_database(db_path(args))
    try:
        with UnitOfWork(db) as uow:
            at = args.at or date.today()
            roll = registers.roll(uow, at)
            numbers = {m.id: (m.number, m.display_name) for m in registers.snapshot(uow, at).members}
    finally:
        db.close()
    for entry in roll.entries:
        number, name = numbers.get(entry.member_id, ("?", "?"))
        status = "vote" if entry.has_vote else f"no vote ({entry.reason.value if entry.reason else ''})"
        print(f"{number}\t{name}\t{entry.shares}\t{status}")
    print(f"eligible: {roll.eligible}")
    return ExitCode.OK
