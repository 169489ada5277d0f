# SPDX-License-Identifier: GPL-3.0-or-later
"""``talagov members import|export`` and ``talagov shares import|export``.

Exit codes: 0 done, 1 the file was refused (nothing imported), 2 bad usage or an
unreadable file or database. Messages come from :mod:`talagov.messages` (English by
default, ``--lang fr``); the per-row report goes to stdout so it can be redirected.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from talagov.core.csv_dialect import ImportPreview, Variant, read_table
from talagov.core.csv_members import MEMBER_COLUMNS
from talagov.core.csv_shares import SHARE_COLUMNS
from talagov.core.errors import UserError, ValidationError
from talagov.core.findings import Finding, Severity
from talagov.messages import render
from talagov.services import csv_io
from talagov.services.uow import UnitOfWork
from talagov.storage.database import Database, open_database

OK, VALIDATION, USAGE = 0, 1, 2  # same values as the main CLI's ExitCode
_ENCODINGS = {Variant.UTF8: "utf-8", Variant.EXCEL_FR: "cp1252"}
_LABELS = {c.key: c.french for c in (*MEMBER_COLUMNS, *SHARE_COLUMNS)}


def add_csv_parsers(
    subparsers: argparse._SubParsersAction[argparse.ArgumentParser],
) -> dict[str, argparse._SubParsersAction[argparse.ArgumentParser]]:
    """Register ``members import|export`` and ``shares import|export``.

    Returns:
        The ``members`` and ``shares`` sub-command groups, for other commands to join.
    """
    groups: dict[str, argparse._SubParsersAction[argparse.ArgumentParser]] = {}
    for entity, handlers in (
        ("members", (members_import, members_export)),
        ("shares", (shares_import, shares_export)),
    ):
        parser = subparsers.add_parser(entity, help=f"{entity}: CSV import and export")
        group = parser.add_subparsers(dest=f"{entity}_command", metavar="import|export")
        group.required = True
        imp = group.add_parser("import", help=f"import {entity} from a CSV file")
        _common_options(imp)
        imp.add_argument("file", type=Path, metavar="FILE.csv")
        imp.add_argument("--variant", choices=[v.value for v in Variant], default=None,
                         help="force the encoding (default: detected from the file)")  # fmt: skip
        imp.add_argument("--skip-invalid", action="store_true",
                         help="import the valid rows and report the others")  # fmt: skip
        imp.add_argument("--dry-run", action="store_true",
                         help="check the file and report, without importing")  # fmt: skip
        imp.set_defaults(handler=handlers[0])
        exp = group.add_parser("export", help=f"export {entity} to a CSV file")
        _common_options(exp)
        exp.add_argument("file", metavar="FILE.csv", help="output file, or - for stdout")
        exp.add_argument("--variant", choices=[v.value for v in Variant], default="utf8",
                         help="utf8 (comma, UTF-8) or excel-fr (semicolon, cp1252)")  # fmt: skip
        exp.set_defaults(handler=handlers[1])
        groups[entity] = group
    return groups


def _common_options(parser: argparse.ArgumentParser) -> None:
    # SUPPRESS: when absent here, the main parser's global --db/--lang stay in force.
    parser.add_argument("--db", type=Path, default=argparse.SUPPRESS, help="SQLite database file")
    parser.add_argument("--lang", choices=["en", "fr"], default=argparse.SUPPRESS)


def members_import(args: argparse.Namespace) -> int:
    """Import members; print the summary and the per-row report."""
    return _import(args, csv_io.preview_members_import, csv_io.import_members)


def shares_import(args: argparse.Namespace) -> int:
    """Import share movements; print the summary and the per-row report."""
    return _import(args, csv_io.preview_shares_import, csv_io.import_shares)


def members_export(args: argparse.Namespace) -> int:
    """Export every member to a file (or stdout)."""
    return _export(args, csv_io.export_members)


def shares_export(args: argparse.Namespace) -> int:
    """Export every share movement to a file (or stdout)."""
    return _export(args, csv_io.export_shares)


def _lang(args: argparse.Namespace) -> str:
    return getattr(args, "lang", None) or "en"


def _open(args: argparse.Namespace) -> Database:
    from talagov.storage.db import default_db_path

    chosen = getattr(args, "db", None)
    return open_database(Path(chosen) if chosen else default_db_path())


def _import(
    args: argparse.Namespace,
    preview_fn: Callable[..., ImportPreview[Any]],
    import_fn: Callable[..., csv_io.ImportResult],
) -> int:
    lang = _lang(args)
    try:
        data = Path(args.file).read_bytes()
    except OSError as exc:
        return _fail(
            UserError("csv.file_unreadable", {"path": args.file, "reason": exc.strerror}), lang
        )
    encoding = _ENCODINGS[Variant(args.variant)] if args.variant else None
    try:
        db = _open(args)
    except UserError as exc:
        return _fail(exc, lang)
    try:
        with UnitOfWork(db) as uow:
            if args.dry_run:
                return _dry_run(preview_fn(uow, data, encoding=encoding), args.skip_invalid, lang)
            result = import_fn(uow, data, skip_invalid=args.skip_invalid, encoding=encoding)
    except ValidationError as exc:
        _report(exc.problems, lang)
        print(render("csv.summary.refused", {"count": len(exc.problems)}, lang))
        return VALIDATION
    except UserError as exc:
        return _fail(exc, lang)
    finally:
        db.close()
    _report(result.findings, lang)
    print(render("csv.summary.imported", {"count": result.imported}, lang))
    if result.skipped_rows:
        print(render("csv.summary.skipped", {"count": len(result.skipped_rows)}, lang))
    return OK


def _dry_run(preview: ImportPreview[Any], skip_invalid: bool, lang: str) -> int:
    delimiter = {"\t": "tab", ";": "';'", ",": "','"}[preview.delimiter]
    params = {"rows": len(preview.rows), "encoding": preview.encoding, "delimiter": delimiter}
    print(render("csv.summary.read", params, lang))
    _report(preview.findings(), lang)
    refused = not preview.header_ok or (preview.has_errors and not skip_invalid)
    if refused:
        count = sum(f.severity is Severity.VIOLATION for f in preview.findings())
        print(render("csv.summary.refused", {"count": count}, lang))
        return VALIDATION
    print(render("csv.summary.dry_run", {"count": len(preview.valid_rows())}, lang))
    return OK


def _report(findings: Sequence[Finding], lang: str) -> None:
    for f in findings:
        message = render(f.code, f.params, lang)
        row = f.param("row", 0)
        if f.field:
            column = _LABELS.get(f.field, f.field) if lang == "fr" else f.field
            line = render(
                "csv.report.row", {"row": row, "column": column, "message": message}, lang
            )
        else:
            line = render("csv.report.row_only", {"row": row, "message": message}, lang)
        print(line)


def _export(args: argparse.Namespace, export_fn: Callable[..., bytes]) -> int:
    lang = _lang(args)
    try:
        db = _open(args)
    except UserError as exc:
        return _fail(exc, lang)
    try:
        with UnitOfWork(db) as uow:
            data = export_fn(uow, Variant(args.variant))
    except UserError as exc:
        return _fail(exc, lang)
    finally:
        db.close()
    if args.file == "-":
        sys.stdout.buffer.write(data)
        sys.stdout.flush()
        return OK
    try:
        _write_atomically(Path(args.file), data)
    except OSError as exc:
        return _fail(
            UserError("csv.file_unreadable", {"path": args.file, "reason": exc.strerror}), lang
        )
    count = len(read_table(data).rows)
    print(render("csv.summary.exported", {"count": count, "path": args.file}, lang))
    return OK


def _write_atomically(path: Path, data: bytes) -> None:
    # A half-written export must never replace a good one (the file may sit in a synced
    # folder): temporary ".part" file in the same directory, then an atomic rename.
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent or ".")
    try:
        with os.fdopen(fd, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _fail(exc: UserError, lang: str) -> int:
    print(render(exc.code, exc.params, lang), file=sys.stderr)
    return USAGE


def run(argv: Sequence[str] | None = None) -> int:
    """Parse ``argv`` with only the CSV commands and run the chosen one (tests, scripts)."""
    parser = argparse.ArgumentParser(prog="talagov")
    parser.add_argument("--db", type=Path, default=None)
    parser.add_argument("--lang", choices=["en", "fr"], default=None)
    add_csv_parsers(parser.add_subparsers(dest="command", required=True))
    args = parser.parse_args(list(sys.argv[1:] if argv is None else argv))
    handler: Callable[[argparse.Namespace], int] = args.handler
    return handler(args)


if __name__ == "__main__":
    raise SystemExit(run())
