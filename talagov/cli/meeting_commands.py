# SPDX-License-Identifier: GPL-3.0-or-later
"""``talagov meeting list|show|create|add-item|convene``: script and read a meeting.

``list`` and ``show`` read (``--json`` for scripts); ``create`` and ``add-item`` prepare
a draft; ``convene`` checks the notice period against the statutes and convenes, and
can write the postal letters and labels. A refusal (late convocation, locked agenda)
prints the rule and exits 1 with nothing changed.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from datetime import date, datetime, time
from pathlib import Path
from typing import Any

from talagov.cli.arguments import add_db_and_lang, iso_date
from talagov.cli.exit_codes import ExitCode
from talagov.cli.files import FileProblem, open_unit, write_output
from talagov.cli.meeting_output import meeting_json, print_meeting, print_meetings
from talagov.core.agenda import AgendaItem, ItemKind, Presenter, ResolutionNature
from talagov.core.errors import NotFoundError, UserError, ValidationError
from talagov.core.meetings import Meeting, MeetingType
from talagov.messages import render, render_error
from talagov.services.uow import UnitOfWork

Handler = Callable[[argparse.Namespace], int]


def _hhmm(text: str) -> time:
    try:
        return time.fromisoformat(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"not a time (HH:MM): {text}") from exc


def add_parsers(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Register the ``meeting`` commands under ``sub``."""
    parser = sub.add_parser("meeting", help="prepare, convene and read meetings")
    group = parser.add_subparsers(dest="meeting_command",
                                  metavar="list|show|create|add-item|convene|attendance-sheet",
                                  )  # fmt: skip
    group.required = True

    listing = _command(group, "list", "each meeting's id, title, kind, date and status", run_list)
    listing.add_argument("--json", action="store_true", help="machine-readable output")

    show = _command(group, "show", "agenda, convocation log, attendance, proxies, quorum", run_show)
    show.add_argument("id", type=int, help="meeting id (see 'meeting list')")
    show.add_argument("--json", action="store_true", help="machine-readable output")

    create = _command(group, "create", "create a draft meeting and print its id", run_create)
    create.add_argument("--title", required=True)
    create.add_argument("--type", choices=[t.value for t in MeetingType], default="ago")
    create.add_argument("--date", type=iso_date, required=True, dest="on")
    create.add_argument("--time", type=_hhmm, default=None, dest="start")
    create.add_argument("--end", type=_hhmm, default=None)
    create.add_argument("--place", default="")
    create.add_argument("--remote-link", default="")
    create.add_argument("--body", type=int, default=None, help="body id (board meetings)")
    create.add_argument("--record-date", type=iso_date, default=None)

    item = _command(group, "add-item", "append an item to the agenda", run_add_item)
    item.add_argument("id", type=int, help="meeting id")
    item.add_argument("--kind", choices=[k.value for k in ItemKind], default="resolution")
    item.add_argument("--title", required=True)
    item.add_argument("--text", default="")
    item.add_argument("--nature", choices=[n.value for n in ResolutionNature], default="ordinary")
    item.add_argument("--presenter", choices=[p.value for p in Presenter], default="management")
    item.add_argument("--body", type=int, default=None, help="body elected (elections)")
    item.add_argument("--seats", type=int, default=0)
    item.add_argument("--candidate", type=int, action="append", default=[],
                      help="member id of a candidate (repeat)")  # fmt: skip
    item.add_argument("--reason", default="", help="amendment reason (convened meetings)")

    convene = _command(group, "convene", "check the notice period and convene", run_convene)
    convene.add_argument("id", type=int, help="meeting id")
    convene.add_argument("--sending-date", type=iso_date, default=None,
                         help="date the letters and e-mails leave (default: today)")  # fmt: skip
    convene.add_argument("--override", default="", metavar="REASON",
                         help="convene despite a short notice, for this reason (goes to the minutes)")  # fmt: skip
    convene.add_argument("--check", action="store_true",
                         help="only check the notice period; change nothing")  # fmt: skip
    convene.add_argument("--postal-pdf", type=Path, default=None,
                         help="write the letters of the members convened by post")  # fmt: skip
    convene.add_argument("--labels-pdf", type=Path, default=None, help="write address labels")
    convene.add_argument("--send-email", action="store_true",
                         help="e-mail the members who consented (SMTP password from "
                              "TALAGOV_SMTP_PASSWORD, the system keyring, or asked)")  # fmt: skip

    sheet = _command(group, "attendance-sheet", "print the attendance sheet as PDF", run_sheet)
    sheet.add_argument("id", type=int, help="meeting id")
    sheet.add_argument("out", type=Path, metavar="OUT.pdf", help="PDF file to write")


def _command(group: Any, name: str, help_text: str, handler: Handler) -> argparse.ArgumentParser:
    parser: argparse.ArgumentParser = group.add_parser(name, help=help_text)
    add_db_and_lang(parser, "language of the output (default: English)")
    parser.set_defaults(handler=handler)
    return parser


def _lang(args: argparse.Namespace) -> str:
    return getattr(args, "lang", None) or "en"


def _refused(exc: UserError, lang: str) -> int:
    """A refusal of the rules: one line, exit 1, nothing changed (file problems: exit 2)."""
    from talagov.cli.main import report_error

    if isinstance(exc, (ValidationError, NotFoundError, FileProblem)):
        return report_error(exc, lang, False)
    print(render_error(exc.code, exc.params, lang), file=sys.stderr)
    return ExitCode.VALIDATION


def run_list(args: argparse.Namespace) -> int:
    """Print every meeting, newest first."""
    from talagov.services import meetings

    with open_unit(args) as uow:
        items = meetings.list_meetings(uow)
    print_meetings(items, as_json=args.json, lang=_lang(args))
    return ExitCode.OK


def run_show(args: argparse.Namespace) -> int:
    """Print one meeting's state: agenda, log, attendance, proxies, quorum."""
    with open_unit(args) as uow:
        data = meeting_json(uow, args.id, at=datetime.now(), lang=_lang(args))
    if args.json:
        print(json.dumps(data, ensure_ascii=False, indent=2))
    else:
        print_meeting(data, _lang(args))
    return ExitCode.OK


def run_create(args: argparse.Namespace) -> int:
    """Create a draft meeting; prints its id."""
    from talagov.services import meetings

    draft = Meeting(id=0, title=args.title, type=MeetingType(args.type), on=args.on,
                    body_id=args.body, start_time=args.start, end_time=args.end,
                    place=args.place, remote_link=args.remote_link,
                    record_date=args.record_date)  # fmt: skip
    try:
        with open_unit(args) as uow:
            meeting_id, _ = meetings.create_meeting(uow, draft, now=datetime.now())
    except UserError as exc:
        return _refused(exc, _lang(args))
    print(meeting_id)
    return ExitCode.OK


def run_add_item(args: argparse.Namespace) -> int:
    """Append an agenda item; prints its id."""
    from talagov.services import meetings

    item = AgendaItem(id=0, meeting_id=args.id, position=0, kind=ItemKind(args.kind),
                      title=args.title, text=args.text, nature=ResolutionNature(args.nature),
                      presenter=Presenter(args.presenter), body_id=args.body, seats=args.seats,
                      candidate_ids=tuple(args.candidate))  # fmt: skip
    try:
        with open_unit(args) as uow:
            item_id, _ = meetings.add_item(uow, item, now=datetime.now(), reason=args.reason)
    except UserError as exc:
        return _refused(exc, _lang(args))
    print(item_id)
    return ExitCode.OK


def run_convene(args: argparse.Namespace) -> int:
    """Check the notice period, convene, and write the postal documents if asked."""
    from talagov.services import convocations

    lang = _lang(args)
    pdf_lang = getattr(args, "lang", None) or "fr"  # letters are French unless --lang en
    sending = args.sending_date or date.today()
    try:
        with open_unit(args) as uow:
            check = convocations.notice_check(uow, args.id, sending_date=sending)
            if check.finding is not None:
                print(render(check.finding.code, check.finding.params, lang))
            if args.check:
                return ExitCode.OK if check.ok else ExitCode.VALIDATION
            convocations.convene(uow, args.id, sending_date=sending, now=datetime.now(),
                                 override_reason=args.override)  # fmt: skip
            outputs = []
            if args.postal_pdf is not None:
                outputs.append((args.postal_pdf, convocations.postal_pdf(uow, args.id, lang=pdf_lang)))
            if args.labels_pdf is not None:
                outputs.append((args.labels_pdf, convocations.labels_pdf(uow, args.id, lang=pdf_lang)))
            for path, data in outputs:
                write_output(path, data)  # a failure rolls the convening back
    except UserError as exc:
        return _refused(exc, lang)
    print(render("convocation.convened", {"id": args.id}, lang))
    if args.send_email:
        return _send_emails(args, lang, pdf_lang)
    return ExitCode.OK


def _password(uow: UnitOfWork) -> str:
    import getpass
    import os

    from talagov.services import convocations, secrets

    given = os.environ.get("TALAGOV_SMTP_PASSWORD")
    if given is not None:
        return given
    settings = convocations.mail_settings(uow)
    if not settings.username:
        return ""  # the server takes mail without logging in
    stored = secrets.get_password(settings.host, settings.username)
    if stored is not None:
        return stored
    if sys.stdin is not None and sys.stdin.isatty():
        return getpass.getpass(f"SMTP password for {settings.username}@{settings.host}: ")
    raise UserError("meeting_cli.password_required")


def _send_emails(args: argparse.Namespace, lang: str, pdf_lang: str) -> int:
    """E-mail the convocations in their own transaction: the log keeps what left."""
    from talagov.services import convocations

    try:
        with open_unit(args) as uow:
            report, _ = convocations.send_emails(uow, args.id, password=_password(uow),
                                                 lang=pdf_lang, now=datetime.now())  # fmt: skip
    except UserError as exc:
        return _refused(exc, lang)
    print(render("meeting_cli.sent", {"sent": len(report.sent), "failed": len(report.failed)},
                 lang))  # fmt: skip
    for member_id, error in report.failed:
        print(render("meeting_cli.failed", {"id": member_id, "error": error}, lang),
              file=sys.stderr)  # fmt: skip
    return ExitCode.VALIDATION if report.failed else ExitCode.OK


def run_sheet(args: argparse.Namespace) -> int:
    """Write the attendance sheet (French unless ``--lang en``)."""
    from talagov.services.attendance_sheet import attendance_sheet

    lang = getattr(args, "lang", None) or "fr"
    with open_unit(args) as uow:
        data = attendance_sheet(uow, args.id, now=datetime.now(), lang=lang)
    write_output(args.out, data)
    print(render("meeting_cli.saved", {"path": str(args.out)}, _lang(args)))
    return ExitCode.OK
