# SPDX-License-Identifier: GPL-3.0-or-later
"""``talagov session attend|bureau|open|close``: hold a meeting from the command line.

What the Séance tab does, for a secretary working in a terminal or a script: record who
attends (present, connected, excused, absent) and who leaves, choose the bureau (chair,
secretary, scrutineers), open the session (the opening quorum is recorded) and close it
(the minutes are drafted from the record). The polls open and close with ``talagov
polls``, the minutes are signed with ``talagov minutes``. Each command runs in one
transaction and prints the state it leaves; a refusal of the rules prints one line and
exits 1 with nothing changed (an unknown meeting or member, a missing database: exit 2).
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from collections.abc import Callable
from dataclasses import replace
from datetime import datetime
from typing import TYPE_CHECKING, Any

from talagov.cli.arguments import add_db_and_lang
from talagov.cli.exit_codes import ExitCode
from talagov.cli.files import FileProblem, open_unit
from talagov.core.attendance import AttendanceEntry, AttendanceStatus
from talagov.core.errors import NotFoundError, UserError, ValidationError
from talagov.messages import render, render_error, render_finding

if TYPE_CHECKING:
    from talagov.core.quorum import QuorumResult
    from talagov.services.uow import UnitOfWork

Handler = Callable[[argparse.Namespace], int]

#: The options of ``attend``: the status their members take, and its help.
STATUS_OPTIONS = {
    "present": (AttendanceStatus.PRESENT, "members in the room (arrive now)"),
    "remote": (AttendanceStatus.REMOTE, "members connected by video or telephone (arrive now)"),
    "excused": (AttendanceStatus.EXCUSED, "members who sent their apologies"),
    "absent": (AttendanceStatus.ABSENT, "members back to absent (a line entered by mistake)"),
}
#: Refusals of the command line itself (how it was called), not of the rules: exit 2.
_USAGE_CODES = frozenset({"session_cli.member_twice"})


def add_parsers(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Register the ``session`` commands under ``sub``."""
    parser = sub.add_parser("session", help="hold a meeting: attendance, bureau, opening, "
                                            "closing")  # fmt: skip
    group = parser.add_subparsers(dest="session_command", metavar="attend|bureau|open|close")
    group.required = True

    attend = _command(group, "attend", "record who attends or leaves (without any: show the "
                                       "attendance and the quorum)", run_attend)  # fmt: skip
    for option, (_status, text) in STATUS_OPTIONS.items():
        attend.add_argument(f"--{option}", type=int, nargs="+", action="extend", default=[],
                            metavar="MEMBER", help=f"{text}; member ids")
    attend.add_argument("--left", type=int, nargs="+", action="extend", default=[],
                        metavar="MEMBER",
                        help="members attending who leave now: they no longer count for the "
                             "quorum of what follows")  # fmt: skip
    attend.add_argument("--note", default="", help="a note on these members' lines")

    bureau = _command(group, "bureau", "choose the chair, secretary and scrutineers (without "
                                       "any: show the bureau)", run_bureau)  # fmt: skip
    _bureau_options(bureau)
    opening = _command(group, "open", "open the session (convened -> in session) and record "
                                      "the opening quorum", run_open)  # fmt: skip
    _bureau_options(opening)
    _command(group, "close", "close the session (in session -> closed); the minutes are "
                             "drafted", run_close)  # fmt: skip


def _command(group: Any, name: str, help_text: str, handler: Handler) -> argparse.ArgumentParser:
    parser: argparse.ArgumentParser = group.add_parser(name, help=help_text)
    add_db_and_lang(parser, "language of the output (default: English)")
    parser.add_argument("--meeting", type=int, required=True, metavar="ID",
                        help="the meeting's id (see 'meeting list')")
    parser.set_defaults(handler=handler)
    return parser


def _bureau_options(parser: argparse.ArgumentParser) -> None:
    """The bureau's options; one left out keeps what was chosen before."""
    parser.add_argument("--chair", type=int, default=None, metavar="MEMBER",
                        help="the chair, among the members attending")
    secretary = parser.add_mutually_exclusive_group()
    secretary.add_argument("--secretary", type=int, default=None, metavar="MEMBER",
                           help="the secretary of the meeting, a member (their name is "
                                "taken from the register: they can then sign the minutes)")
    secretary.add_argument("--secretary-name", default=None, metavar="NAME",
                           help="the secretary's name, for someone who is not a member")
    parser.add_argument("--scrutineer", type=int, action="append", default=None,
                        metavar="MEMBER", help="a scrutineer, among the members attending "
                                               "(repeat; replaces the scrutineers chosen)")


def _lang(args: argparse.Namespace) -> str:
    return getattr(args, "lang", None) or "en"


def _refused(exc: UserError, lang: str) -> int:
    """A refusal of the rules: one line, exit 1; unknown ids, files and usage: exit 2."""
    from talagov.cli.main import report_error

    if isinstance(exc, (ValidationError, NotFoundError, FileProblem)) or exc.code in _USAGE_CODES:
        return report_error(exc, lang, False)
    print(render_error(exc.code, exc.params, lang), file=sys.stderr)
    return ExitCode.VALIDATION


def _changes(args: argparse.Namespace) -> dict[int, AttendanceStatus | None]:
    """Member id -> the status asked (``None``: leaves now), each member once.

    Raises:
        UserError: ``session_cli.member_twice``.
    """
    wanted: dict[int, AttendanceStatus | None] = {}
    asked = [(m, s) for option, (s, _text) in STATUS_OPTIONS.items()
             for m in getattr(args, option)]
    for member_id, status in [*asked, *((m, None) for m in args.left)]:
        if member_id in wanted:
            raise UserError("session_cli.member_twice", {"id": member_id})
        wanted[member_id] = status
    return wanted


def _entry(current: AttendanceEntry | None, member_id: int, status: AttendanceStatus | None,
           note: str, now: datetime) -> AttendanceEntry:
    """The line to record. A member who attends arrives now unless they already arrived
    (the sheet shows when each came in); one who does not attend has no times."""
    old = current or AttendanceEntry(member_id)
    if status is None:  # leaves now
        if not old.status.attends:
            raise UserError("session_cli.not_attending", {"id": member_id})
        return replace(old, left_at=now, note=note or old.note)
    if status.attends:
        # Back after leaving: the single interval of the sheet starts again now.
        stayed = old.status.attends and old.arrived_at is not None and old.left_at is None
        arrived = old.arrived_at if stayed else now
        return replace(old, status=status, arrived_at=arrived, left_at=None,
                       note=note or old.note)  # fmt: skip
    return replace(old, status=status, arrived_at=None, left_at=None, note=note or old.note)


def run_attend(args: argparse.Namespace) -> int:
    """Record the attendance asked (all or nothing), then print the sheet's counts and
    the quorum now."""
    from talagov.services import session

    lang, now = _lang(args), datetime.now()
    try:
        wanted = _changes(args)
        with open_unit(args) as uow:
            lines = {line.member_id: line for line in
                     session.session_state(uow, args.meeting, at=now).lines}  # fmt: skip
            for member_id, status in wanted.items():
                line = lines.get(member_id)
                if line is None:  # the service's own refusal, with the member's id
                    raise UserError("session.not_on_roll", {"name": str(member_id)})
                entry = _entry(line.entry, member_id, status, args.note, now)
                session.set_attendance(uow, args.meeting, entry, now=now)
            state = session.session_state(uow, args.meeting, at=now)
    except UserError as exc:
        return _refused(exc, lang)
    if wanted:
        print(render("session_cli.recorded", {"count": len(wanted)}, lang))
    counts = Counter(line.entry.status.value for line in state.lines)
    print(render("meeting_cli.attendance", {
        "detail": ", ".join(f"{k} {v}" for k, v in sorted(counts.items()))}, lang))  # fmt: skip
    _print_quorum(state.quorum, lang)
    return ExitCode.OK


def _print_quorum(quorum: QuorumResult, lang: str) -> None:
    ratio = f"{quorum.ratio.num}/{quorum.ratio.den}"
    print(render("meeting_cli.quorum_met" if quorum.met else "meeting_cli.quorum_not_met",
                 {"participants": quorum.participants, "required": quorum.required,
                  "base": quorum.base, "ratio": ratio}, lang))  # fmt: skip
    for finding in quorum.reasons:
        print(f"  {render_finding(finding, lang)}")


def _set_bureau(uow: UnitOfWork, args: argparse.Namespace) -> bool:
    """Apply the bureau options given (the others keep their value); ``False`` when
    none was given."""
    from talagov.services import meetings, members, session

    if args.chair is None and args.secretary is None and args.secretary_name is None \
            and args.scrutineer is None:
        return False
    meeting = meetings.get_meeting(uow, args.meeting)
    secretary = meeting.secretary_name
    if args.secretary is not None:
        secretary = members.get_member(uow, args.secretary).display_name
    elif args.secretary_name is not None:
        secretary = args.secretary_name
    scrutineers = meeting.scrutineer_ids if args.scrutineer is None else tuple(args.scrutineer)
    chair = args.chair if args.chair is not None else meeting.chair_member_id
    session.set_bureau(uow, args.meeting, chair_id=chair, secretary_name=secretary,
                       scrutineer_ids=scrutineers)  # fmt: skip
    return True


def _bureau_line(uow: UnitOfWork, meeting_id: int, lang: str) -> tuple[str, bool]:
    """The bureau, worded; and whether a chair is chosen."""
    from talagov.services import meetings, members

    meeting = meetings.get_meeting(uow, meeting_id)
    none = render("session_cli.not_chosen", {}, lang)

    def name(member_id: int) -> str:
        return members.get_member(uow, member_id).display_name

    chair = name(meeting.chair_member_id) if meeting.chair_member_id is not None else none
    scrutineers = ", ".join(name(m) for m in meeting.scrutineer_ids) or none
    return render("session_cli.bureau", {
        "chair": chair, "secretary": meeting.secretary_name or none,
        "scrutineers": scrutineers}, lang), meeting.chair_member_id is not None  # fmt: skip


def run_bureau(args: argparse.Namespace) -> int:
    """Choose the bureau (or, without options, show it)."""
    lang = _lang(args)
    try:
        with open_unit(args) as uow:
            _set_bureau(uow, args)
            line, _chair = _bureau_line(uow, args.meeting, lang)
    except UserError as exc:
        return _refused(exc, lang)
    print(line)
    return ExitCode.OK


def run_open(args: argparse.Namespace) -> int:
    """Choose the bureau if asked, open the session and print the quorum recorded."""
    from talagov.services import session

    lang, now = _lang(args), datetime.now()
    try:
        with open_unit(args) as uow:
            _set_bureau(uow, args)  # in the same transaction: a refused opening keeps none
            session.open_session(uow, args.meeting, now=now)
            line, chair = _bureau_line(uow, args.meeting, lang)
            quorum = session.quorum(uow, args.meeting, at=now)
    except UserError as exc:
        return _refused(exc, lang)
    print(line)
    print(render("session_cli.opened", {"id": args.meeting, "time": f"{now:%H:%M}"}, lang))
    _print_quorum(quorum, lang)
    if not chair:
        print(render("session_cli.no_chair", {"id": args.meeting}, lang))
    return ExitCode.OK


def run_close(args: argparse.Namespace) -> int:
    """Close the session; say which polls were never opened and where the minutes are."""
    from talagov.core.polls import PollStatus
    from talagov.services import polls, session

    lang, now = _lang(args), datetime.now()
    try:
        with open_unit(args) as uow:
            session.close_session(uow, args.meeting, now=now)
            unopened = [p for p in polls.list_polls(uow, args.meeting)
                        if p.status is PollStatus.PREPARED]  # fmt: skip
    except UserError as exc:
        return _refused(exc, lang)
    print(render("session_cli.closed", {"id": args.meeting, "time": f"{now:%H:%M}"}, lang))
    for poll in unopened:
        print(render("session_cli.never_opened", {"number": poll.number, "title": poll.title},
                     lang))  # fmt: skip
    return ExitCode.OK
