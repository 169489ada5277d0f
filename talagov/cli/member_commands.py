# SPDX-License-Identifier: GPL-3.0-or-later
"""``talagov member join|show|fetch|enrol|vote|proxy|sync|open``: a member's install.

A member's install has no database: a home directory (``--home``, default in the
user's data directory) holds the membership and the keystore, and the shared folder
carries everything else. ``join`` first prints the organisation's name and fingerprint
found in the folder and exits 1: the member compares it with their convocation, then
runs it again with ``--fingerprint`` (and ``--member``, who they are). ``enrol`` makes
the voting key and drops its request in the folder, printing the key's fingerprint to
read to the secretary. ``sync`` reads the folder (installing the certificate once the
secretary has issued it), ``show`` prints it all (``--json``: see
:func:`talagov.cli.member_view.view_json`; ``sync --json`` adds ``certificate_received``),
``fetch`` makes the verified copy of a document or an archive and prints where it is
(:mod:`talagov.cli.member_fetch`: no command points at a file of the folder itself),
``vote`` and ``proxy`` write signed files into the folder. Passphrases: as everywhere,
``--passphrase-env VAR`` or typed without echo. A refusal prints one line and exits 1;
a missing folder, an install that has not joined, an unreadable file exit 2. A file of
the folder this install refuses (signed by another key than the one trusted) is printed
on the error output, loudly, and never stops the command.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from talagov.cli.exit_codes import ExitCode
from talagov.core.canonical import readable_fingerprint
from talagov.core.errors import UserError
from talagov.messages import render

if TYPE_CHECKING:
    from talagov.core.keyseal import KdfParams
    from talagov.services.member_folder import MemberView
    from talagov.services.voting_package import VotingPackage

Handler = Callable[[argparse.Namespace], int]
KDF: KdfParams | None = None  # the cost of new keys: None is DEFAULT_KDF (tests lower it)


def add_parsers(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Register ``member`` and its subcommands."""
    parser = sub.add_parser("member", help="a member's install: join through the shared "
                                           "folder, enrol, vote, give a proxy")  # fmt: skip
    group = parser.add_subparsers(dest="member_command",
                                  metavar="join|show|fetch|enrol|vote|proxy|sync|open")
    group.required = True
    join = _command(group, "join", "join the organisation whose shared folder this is", run_join)
    join.add_argument("--folder", type=Path, required=True, metavar="DIR")
    join.add_argument("--fingerprint", default=None, metavar="FP",
                      help="the organisation fingerprint printed on your convocation")
    join.add_argument("--member", type=int, default=None, metavar="ID",
                      help="your member id, as printed on your convocation")
    show = _command(group, "show", "the organisation, your key, meetings, archives", run_show)
    show.add_argument("--json", action="store_true", help="machine-readable output")
    fetch = _command(group, "fetch", "a verified copy of a meeting's document or archive, "
                                     "in your install's directory", run_fetch)  # fmt: skip
    fetch.add_argument("--meeting", type=int, required=True, metavar="ID")
    what = fetch.add_mutually_exclusive_group(required=True)
    what.add_argument("--archive", action="store_true", help="the meeting's archive")
    what.add_argument("--document", default=None, metavar="SHA256",
                      help="a document, by its SHA-256 or the start of it (member show)")
    enrol = _command(group, "enrol", "make your voting key and send its request", run_enrol,
                     passphrase=True)  # fmt: skip
    enrol.add_argument("--replace", action="store_true",
                       help="replace your key (lost passphrase, revoked certificate)")
    vote = _command(group, "vote", "vote in a meeting's polls open for remote voting",
                    run_vote, passphrase=True)  # fmt: skip
    vote.add_argument("--meeting", type=int, required=True, metavar="ID")
    vote.add_argument("--choice", action="append", default=[],
                      metavar="POLL=CHOICE[,CHOICE][@PRINCIPAL]",
                      help="poll number, then for, against, abstain, blank or candidates' "
                           "member ids; @ID to vote for a member who gave you their proxy; "
                           "repeat; without any, the polls are listed")  # fmt: skip
    proxy = _command(group, "proxy", "give your proxy for a meeting", run_proxy, passphrase=True)
    proxy.add_argument("--meeting", type=int, required=True, metavar="ID")
    whom = proxy.add_mutually_exclusive_group(required=True)
    whom.add_argument("--holder", type=int, default=None, metavar="ID",
                      help="the member who will vote for you")
    whom.add_argument("--blank", action="store_true", help="a blank proxy (to the chair)")
    _command(group, "sync", "read the shared folder: news, certificate, refused files",
             run_sync).add_argument("--json", action="store_true", help="machine-readable output")
    _command(group, "open", "open the member's window", run_open)  # --lang: the window's


def _command(group: Any, name: str, help_text: str, handler: Handler, *,
             passphrase: bool = False) -> argparse.ArgumentParser:
    parser: argparse.ArgumentParser = group.add_parser(name, help=help_text)
    parser.add_argument("--home", type=Path, default=None, metavar="DIR",
                        help="this install's directory (default: in the user's data directory)")
    parser.add_argument("--lang", choices=["fr", "en"], default=argparse.SUPPRESS,
                        help="language of the output (default: English)")
    if passphrase:
        parser.add_argument("--passphrase-env", metavar="VAR", default=None,
                            help="read your passphrase from this environment variable")
    parser.set_defaults(handler=handler)
    return parser


def _lang(args: argparse.Namespace) -> str:
    return getattr(args, "lang", None) or "en"


def _home(args: argparse.Namespace) -> Path:
    from talagov.services.member_home import default_home

    return Path(args.home) if args.home is not None else default_home()


def _now() -> datetime:
    return datetime.now().astimezone()  # the member's clock, with its offset


def _kdf() -> KdfParams:
    from talagov.core.keyseal import DEFAULT_KDF

    return KDF if KDF is not None else DEFAULT_KDF


def _refused(exc: UserError, lang: str) -> int:
    from talagov.cli.sync_commands import refused

    return refused(exc, lang)


def _say(code: str, lang: str, **params: Any) -> str:
    return render(f"member_cli.{code}", params, lang)


def _loud(text: str) -> None:
    """A warning on the error output, in red when it is a terminal (and NO_COLOR unset)."""
    import os

    stream = sys.stderr
    red = stream is not None and stream.isatty() and "NO_COLOR" not in os.environ
    print(f"\033[1;31m{text}\033[0m" if red else text, file=stream)


def run_join(args: argparse.Namespace) -> int:
    """Without ``--fingerprint``: print what to compare, exit 1. With it: join.

    A folder holding several organisations (someone put their own there) is said so, in
    red, and each is listed with its fingerprint: only ``--fingerprint`` chooses, and no
    fingerprint is offered to copy then."""
    from talagov.services.member_home import discover, join

    lang = _lang(args)
    try:
        found = discover(Path(args.folder))
        if len(found) > 1:
            _loud(render("member.several_organisations", {"count": len(found)}, lang))
        if args.fingerprint is None:
            for identity in found:
                print(_say("join.organisation", lang, name=identity.name))
                print(_say("join.fingerprint", lang,
                           fingerprint=readable_fingerprint(identity.organisation)))
            if len(found) > 1:
                print(render("member.choose_organisation", {}, lang))
            else:
                print(_say("join.compare", lang,
                           fingerprint=readable_fingerprint(found[0].organisation)))
            return ExitCode.VALIDATION
        membership = join(_home(args), Path(args.folder), fingerprint=args.fingerprint,
                          member_id=args.member, now=_now())  # fmt: skip
    except UserError as exc:
        return _refused(exc, lang)
    print(_say("join.joined", lang, name=membership.organisation_name,
               folder=str(membership.folder)))
    # The members of the identity trusted (a stranger's file may be newer in the folder).
    trusted = next((i for i in found if i.organisation == membership.organisation), found[0])
    names = dict(trusted.members)
    if membership.member_id is None:
        print(_say("join.who", lang))
        for member_id, name in trusted.members:
            print(f"  {member_id}: {name}")
    else:
        print(_say("join.as_member", lang, member_id=str(membership.member_id),
                   name=names.get(membership.member_id, "?")))
    return ExitCode.OK


def _read(args: argparse.Namespace) -> MemberView:
    from talagov.services.member_folder import read_folder

    return read_folder(_home(args), now=_now())


def _print_refused(view: MemberView, lang: str) -> None:
    from talagov.cli.member_view import refused_lines

    for line in refused_lines(view, lang):
        print(line, file=sys.stderr)


def run_show(args: argparse.Namespace) -> int:
    """Print the membership, the key's state, the meetings and the archives."""
    from talagov.cli.member_view import view_json, view_lines

    lang = _lang(args)
    try:
        view = _read(args)
    except UserError as exc:
        return _refused(exc, lang)
    data = view_json(view, lang)
    if args.json:
        print(json.dumps(data, ensure_ascii=False, indent=2))
    else:
        for line in view_lines(data, lang):
            print(line)
    _print_refused(view, lang)
    return ExitCode.OK


def run_fetch(args: argparse.Namespace) -> int:
    """Copy the document or archive into the home, checked, and print the copy's path."""
    from talagov.cli.member_fetch import fetch_lines

    lang = _lang(args)
    try:
        view = _read(args)
        lines = fetch_lines(view, args.meeting, None if args.archive else args.document, lang)
    except UserError as exc:
        return _refused(exc, lang)
    for line in lines:
        print(line)
    _print_refused(view, lang)
    return ExitCode.OK


def run_sync(args: argparse.Namespace) -> int:
    """One pass: read the folder, pick up a certificate, say what is new."""
    from talagov.cli.member_view import view_json
    from talagov.services.member_folder import CertificateState
    from talagov.services.member_home import keystore, load
    from talagov.services.personal_keys import certificate_path

    lang = _lang(args)
    try:
        membership = load(_home(args))
        member_id = membership.member_id
        had = member_id is not None and certificate_path(keystore(membership.home),
                                                         member_id).is_file()
        view = _read(args)
    except UserError as exc:
        return _refused(exc, lang)
    received = view.certificate_state is CertificateState.ISSUED and not had
    data = view_json(view, lang)
    if args.json:
        print(json.dumps({**data, "certificate_received": received}, ensure_ascii=False,
                         indent=2))
    else:
        print(_say("show.folder", lang, folder=data["folder"]))
        if received:
            print(_say("sync.certificate_received", lang))
        else:
            print(_say(f"certificate.{data['certificate']['state']}", lang))
        voting = sum(1 for m in data["meetings"] if m["polls"])
        print(_say("sync.meetings", lang, count=len(data["meetings"]), open=voting))
        if data["archives"]:
            print(_say("sync.archives", lang, count=len(data["archives"])))
    _print_refused(view, lang)
    return ExitCode.OK


def run_enrol(args: argparse.Namespace) -> int:
    """Make the key, drop its request in the folder, print its fingerprint."""
    from talagov.cli.key_commands import passphrase
    from talagov.core.sync_request import key_fingerprint
    from talagov.services.member_actions import enrol

    lang = _lang(args)
    try:
        secret = passphrase(args, "keys_cli.prompt_new_member", twice=True)
        request = enrol(_home(args), passphrase=secret, now=_now(), kdf=_kdf(),
                        replace=args.replace)  # fmt: skip
    except UserError as exc:
        return _refused(exc, lang)
    print(_say("enrol.done", lang))
    print(_say("enrol.read_aloud", lang))
    print("  " + readable_fingerprint(key_fingerprint(request)))
    return ExitCode.OK


def parse_choice(text: str, voter_id: int) -> tuple[int, int, tuple[str, ...]]:
    """``"2=for"`` → (poll number 2, the voter, ("for",)); ``"3=17,23@8"`` → (3, 8,
    ("candidate:17", "candidate:23")): a candidate is a member id, ``@ID`` the member voted
    for.

    Raises:
        UserError: ``member_cli.bad_choice``.
    """
    head, sep, tail = text.partition("=")
    chosen, at, principal = tail.partition("@")
    words = tuple(w.strip() for w in chosen.split(",") if w.strip())
    try:
        if not (sep and words) or (at and not principal.strip()):
            raise ValueError(text)
        who = int(principal) if at else voter_id
        choices = tuple(f"candidate:{int(w)}" if w.isdigit() else w for w in words)
        return int(head), who, choices
    except ValueError as exc:
        raise UserError("member_cli.bad_choice", {"text": text}) from exc


def _unlock(args: argparse.Namespace, view: MemberView) -> tuple[Any, Any]:
    from talagov.cli.key_commands import passphrase
    from talagov.services.member_home import keystore
    from talagov.services.personal_keys import unlock_personal

    member_id = view.membership.member_id
    if member_id is None:
        raise UserError("member.no_member_id")
    return unlock_personal(keystore(view.membership.home), member_id,
                           passphrase(args, "vote_cli.prompt_member"))


def _votes(package: VotingPackage, texts: list[str]) -> list[tuple[int, int, tuple[str, ...]]]:
    by_number = {p.definition.number: p.id for p in package.polls}
    votes = []
    for text in texts:
        number, principal, chosen = parse_choice(text, package.voter_id)
        if number not in by_number:
            raise UserError("vote_cli.no_poll_number", {"number": number})
        votes.append((by_number[number], principal, chosen))
    return votes


def run_vote(args: argparse.Namespace) -> int:
    """Without ``--choice``: list the open polls. With: sign and drop the ballots."""
    from talagov.cli.member_view import package_lines
    from talagov.services.member_actions import cast_remote, voting_package_for

    lang = _lang(args)
    try:
        view = _read(args)
        package = voting_package_for(view, args.meeting)
        if not args.choice:
            for line in package_lines(package, lang):
                print(line)
            return ExitCode.OK
        votes = _votes(package, args.choice)
        key, certificate = _unlock(args, view)
        written = cast_remote(view.membership.home, package, key, certificate, votes,
                              now=_now())  # fmt: skip
    except UserError as exc:
        return _refused(exc, lang)
    for ballot, path in written:
        print(_say("vote.written", lang, path=str(path)))
        print(_say("vote.receipt", lang, readable=readable_fingerprint(ballot.fingerprint,
                                                                       groups=8)))
    return ExitCode.OK


def run_proxy(args: argparse.Namespace) -> int:
    """Sign the proxy and drop it in the folder."""
    from talagov.services.member_actions import give_proxy

    lang = _lang(args)
    holder: int | None = None if args.blank else args.holder
    try:
        view = _read(args)
        key, certificate = _unlock(args, view)
        path = give_proxy(view.membership.home, view, args.meeting, holder, key, certificate,
                          now=_now())  # fmt: skip
    except UserError as exc:
        return _refused(exc, lang)
    names = {m.id: m.name for p in view.meetings if p.meeting_id == args.meeting
             for m in p.members}  # fmt: skip
    whom = _say("proxy.blank", lang) if holder is None else \
        f"{holder} {names.get(holder, '')}".strip()
    print(_say("proxy.written", lang, holder=whom, path=str(path)))
    return ExitCode.OK


def run_open(args: argparse.Namespace) -> int:
    """The member's window (Qt is imported only here)."""
    window = "talagov.gui.member.member_window"
    try:
        from talagov.gui.member.member_window import open_member_window
    except ModuleNotFoundError as exc:  # an install without Qt or without this window
        if exc.name not in ("PySide6", window) and not window.startswith(f"{exc.name}."):
            raise
        print(_say("no_gui", _lang(args)), file=sys.stderr)
        return ExitCode.USAGE
    return int(open_member_window(Path(args.home) if args.home is not None else None,
                                  lang=getattr(args, "lang", None)))
