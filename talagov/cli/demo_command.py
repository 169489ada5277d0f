# SPDX-License-Identifier: GPL-3.0-or-later
"""``talagov demo``: build a fictional cooperative, export its past AG's archive next to
the database (``archives/``), then open it in the window.

A database that already holds an organisation is never overwritten: the command
stops (exit 2) unless ``--force``, which renames the file aside with a timestamp.
"""

from __future__ import annotations

import argparse
import sys
from datetime import date, datetime, time
from pathlib import Path

from talagov.cli.exit_codes import ExitCode
from talagov.core.legal_forms import LegalForm


def _date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {text}") from exc


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"not a whole number: {text}") from exc
    if value <= 0:
        raise argparse.ArgumentTypeError(f"must be positive: {text}")
    return value


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Register the ``demo`` subcommand."""
    from talagov.cli.main import add_db_option
    from talagov.services.demo import DEFAULT_SEED, REFERENCE_DATE

    demo = sub.add_parser("demo", help="build a fictional cooperative to try TalaGov")
    add_db_option(demo)
    demo.add_argument("--form", choices=[f.value for f in LegalForm], default=LegalForm.SCIC_SAS.value,
                      help="legal form (default: scic-sas, a car-sharing SCIC)")
    demo.add_argument("--members", type=_positive, default=None,
                      help="member records to create (default: 120 SCIC, 20 SCOP, 60 association)")
    demo.add_argument("--seed", type=int, default=DEFAULT_SEED,
                      help=f"random seed: same seed, same data (default: {DEFAULT_SEED})")
    demo.add_argument("--at", type=_date, default=REFERENCE_DATE,
                      help=f"reference date the history is placed from (default: {REFERENCE_DATE})")
    demo.add_argument("--no-gui", action="store_true", help="build the database and stop")
    demo.add_argument("--force", action="store_true",
                      help="rename an existing database aside (never deleted) and start afresh")
    demo.set_defaults(handler=run_demo)


def backup_path(path: Path, now: datetime) -> Path:
    """``talagov.sqlite`` → ``talagov.sqlite.20261122-093000.bak`` (a free name)."""
    stamp = now.strftime("%Y%m%d-%H%M%S")
    candidate, n = path.with_name(f"{path.name}.{stamp}.bak"), 1
    while candidate.exists():
        n += 1
        candidate = path.with_name(f"{path.name}.{stamp}-{n}.bak")
    return candidate


def _set_aside(path: Path) -> Path:
    # The clock only names the backup; it never reaches the demo data.
    target = backup_path(path, datetime.now())
    path.rename(target)
    for suffix in ("-wal", "-shm"):
        side = path.with_name(path.name + suffix)
        if side.exists():
            side.rename(target.with_name(target.name + suffix))
    return target


def _holds_data(path: Path) -> bool:
    from talagov.services.demo.builder import database_is_empty
    from talagov.services.uow import UnitOfWork
    from talagov.storage.database import open_database

    if not path.exists() or path.stat().st_size == 0:
        return False
    db = open_database(path)
    try:
        with UnitOfWork(db) as uow:
            return not database_is_empty(uow)
    finally:
        db.close()


def run_demo(args: argparse.Namespace) -> int:
    """Build the demo, print what it holds, then open the window unless ``--no-gui``.

    Raises:
        UserError: ``demo.db_not_empty`` (exit 2) or ``demo.too_few_members``.
    """
    from talagov.cli.main import db_path, run_gui
    from talagov.core.errors import UserError
    from talagov.messages import render
    from talagov.services.demo import DemoOptions, build_demo, member_count
    from talagov.services.demo.archive import export_past_assembly
    from talagov.services.demo.sync import publish_demo_folder, set_aside, shared_folder
    from talagov.services.demo.votes import SECRETARY_PASSPHRASE, member_passphrase
    from talagov.storage.database import open_database

    lang = args.lang or "en"
    path = db_path(args)
    options = DemoOptions(form=LegalForm(args.form), members=args.members, seed=args.seed,
                          today=args.at)
    member_count(options)  # refuses a bad count before any file is touched
    if _holds_data(path):
        if not args.force:
            raise UserError("demo.db_not_empty", {"path": str(path)})
        print(render("demo.backed_up", {"path": str(_set_aside(path))}, lang), file=sys.stderr)
    old_folder = set_aside(shared_folder(path), datetime.now())  # signed by another key
    if old_folder is not None:
        print(render("member_cli.demo.folder_set_aside", {"path": str(old_folder)}, lang),
              file=sys.stderr)
    db = open_database(path)
    try:
        summary = build_demo(db, options)
        archive = export_past_assembly(db)  # so that an archive can be opened at once
        # ... and a shared folder joined (the demo's clock: its reference date)
        folder, published = publish_demo_folder(db, now=datetime.combine(args.at, time(12)))
    finally:
        db.close()
    print(render("demo.built", {
        "path": str(path), "name": summary.name, "form": summary.form.label,
        "members": summary.members, "active": summary.active_members,
        "movements": summary.movements, "mandates": summary.mandates,
        "applications": summary.applications,
    }, lang))
    if archive is not None:
        print(render("archive.demo_exported", {"path": str(archive.path)}, lang))
    print(render("member_cli.demo.shared", {"path": str(folder),
                                            "count": len(published.written)}, lang))
    print(render("demo.passphrases", {"secretary": SECRETARY_PASSPHRASE,
                                      "example": member_passphrase(42)}, lang))
    if args.no_gui:
        return ExitCode.OK
    return run_gui(args)
