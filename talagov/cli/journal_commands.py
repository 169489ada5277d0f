# SPDX-License-Identifier: GPL-3.0-or-later
"""``talagov journal verify|seal|list``: the journal of governance events of a database.

``verify`` re-reads every entry as stored and names every break (exit 1 on any);
``seal`` signs the entries waiting for the organisation key (its passphrase is asked,
or read from ``--passphrase-env``); ``list`` prints the entries, optionally those of
one meeting.
"""

from __future__ import annotations

import argparse
import json
from datetime import datetime
from typing import Any

from talagov.cli.arguments import add_db_and_lang
from talagov.cli.exit_codes import ExitCode
from talagov.cli.files import open_unit
from talagov.core.canonical import readable_fingerprint
from talagov.core.errors import UserError
from talagov.messages import render


def add_parsers(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Register ``journal`` and its ``verify``, ``seal`` and ``list`` commands."""
    journal = sub.add_parser("journal", help="the journal of governance events")
    group = journal.add_subparsers(dest="journal_command", metavar="verify|seal|list")
    group.required = True
    verify = group.add_parser("verify", help="check the whole journal (exit 1 on a break)")
    add_db_and_lang(verify, "language of the output (default: English)")
    verify.add_argument("--json", action="store_true", help="machine-readable output")
    verify.set_defaults(handler=run_verify)
    seal = group.add_parser("seal", help="sign the pending entries with the organisation key")
    add_db_and_lang(seal, "language of the output (default: English)")
    seal.add_argument("--passphrase-env", metavar="VAR", default=None,
                      help="read the organisation passphrase from this variable")
    seal.set_defaults(handler=run_seal)
    listing = group.add_parser("list", help="list the entries")
    add_db_and_lang(listing, "language of the output (default: English)")
    listing.add_argument("--meeting", type=int, default=None, metavar="ID",
                         help="only the entries of this meeting")
    listing.add_argument("--json", action="store_true", help="machine-readable output")
    listing.set_defaults(handler=run_list)


def _lang(args: argparse.Namespace) -> str:
    return getattr(args, "lang", None) or "en"


def run_verify(args: argparse.Namespace) -> int:
    """Verify the journal; exit 1 when an entry does not hold."""
    from talagov.services import journal

    lang = _lang(args)
    with open_unit(args) as uow:
        check = journal.verify(uow)
    report = check.report
    if args.json:
        print(json.dumps({
            "ok": check.ok, "install": check.install, "organisation": check.organisation,
            "entries": report.entries, "signed": report.signed, "pending": report.pending,
            "breaks": [{"sequence": b.sequence, "kind": b.kind.value} for b in report.breaks],
            "last": {"sequence": report.last[0], "hash": report.last[1]} if report.last else None,
        }, ensure_ascii=False, indent=2))  # fmt: skip
        return ExitCode.OK if check.ok else ExitCode.VALIDATION
    if not report.entries:
        print(render("journal.empty", {}, lang))
    elif check.ok:
        print(render("journal.holds", {"entries": report.entries, "signed": report.signed,
                                       "pending": report.pending}, lang))  # fmt: skip
    else:
        print(render("journal.broken", {"count": len(report.breaks), "entries": report.entries},
                     lang))  # fmt: skip
        for b in report.breaks:
            sequence = b.sequence if b.sequence is not None else "?"
            print("  - " + render(f"journal.break.{b.kind.value}", {"sequence": sequence}, lang))
    if report.last is not None:
        print(render("journal.last", {"sequence": report.last[0],
                                      "hash": report.last[1][:16].upper()}, lang))  # fmt: skip
    if check.install:
        print(render("journal.install", {"install": check.install}, lang))
    if check.organisation:
        print(render("journal.organisation",
                     {"fingerprint": readable_fingerprint(check.organisation)}, lang))
    if check.ok and report.pending:
        print(render("journal.pending_note", {"pending": report.pending}, lang))
    return ExitCode.OK if check.ok else ExitCode.VALIDATION


def run_seal(args: argparse.Namespace) -> int:
    """Sign the pending entries; exit 1 when some stay unsigned because one does not hold."""
    from talagov.cli.key_commands import _refused, passphrase
    from talagov.services import journal, keys

    lang = _lang(args)
    try:
        with open_unit(args) as uow:
            if not journal.pending(uow):
                print(render("journal.nothing_to_seal", {}, lang))
                return ExitCode.OK
            org_key = keys.unlock_organisation(uow, passphrase(args, "keys_cli.prompt_org"))
            count = journal.seal(uow, org_key)
            left = journal.pending(uow)
    except UserError as exc:
        return _refused(exc, lang)
    print(render("journal.sealed", {"count": count}, lang))
    if left:
        print(render("journal.left_pending", {"count": left}, lang))
        return ExitCode.VALIDATION
    return ExitCode.OK


def _subject_text(subject: Any) -> str:
    return json.dumps(subject, ensure_ascii=False, sort_keys=True, separators=(", ", ": "))


def run_list(args: argparse.Namespace) -> int:
    """Print the entries in sequence order (one line each)."""
    from talagov.services import journal

    lang = _lang(args)
    with open_unit(args) as uow:
        lines = journal.lines(uow, meeting_id=args.meeting)
    if args.json:
        print(json.dumps([{
            "sequence": line.sequence, "at": line.at, "kind": line.kind,
            "meeting_id": line.meeting_id, "subject": dict(line.subject), "signed": line.signed,
            "hash": line.hash,
        } for line in lines], ensure_ascii=False, indent=2))  # fmt: skip
        return ExitCode.OK
    if not lines:
        print(render("journal.empty", {}, lang))
    for line in lines:
        at = datetime.fromisoformat(line.at).strftime("%Y-%m-%d %H:%M:%S")
        meeting = f" [{line.meeting_id}]" if line.meeting_id is not None else ""
        state = render("journal.signed" if line.signed else "journal.pending", {}, lang)
        print(f"{line.sequence:>6}  {at}  {line.kind}{meeting}  {_subject_text(line.subject)}"
              f"  ({state})")
    return ExitCode.OK
