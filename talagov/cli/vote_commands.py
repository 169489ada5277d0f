# SPDX-License-Identifier: GPL-3.0-or-later
"""``talagov tally|polls|ballots import|vote``: the polls of a meeting and their results.

The secretary's side (``--db``): ``polls`` lists, prepares, opens and closes polls
(closing unlocks the organisation key: ``--passphrase-env VAR`` or asked without echo;
when a shared folder is chosen, it is read first so that a ballot a member wrote in
time counts, and what the reading brought, or why it could not run, is printed),
``ballots import`` stores ballot files and prints what became of each, ``tally``
prints each poll's counts by choice and channel, colleges, decision and explanation
(``--json``: stable keys, integers, fractions as ``"num/den"`` strings; see
:func:`poll_json`). The member's
side (``vote``, no database): read a voting package, sign ballots with the personal
key and write the ballot files. A refusal prints one line and exits 1.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from datetime import datetime
from pathlib import Path
from typing import Any

from talagov.cli.arguments import add_db_and_lang
from talagov.cli.exit_codes import ExitCode
from talagov.cli.files import FileProblem, open_unit
from talagov.core.errors import NotFoundError, UserError, ValidationError
from talagov.core.polls import PollStatus
from talagov.messages import render, render_error

POLL_STATUSES = ("prepared", "open", "closed")


def add_parsers(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Register ``tally``, ``polls``, ``ballots`` and ``vote`` under ``sub``."""
    tally = sub.add_parser("tally", help="results of a meeting's polls")
    add_db_and_lang(tally, "language of the output (default: English)")
    tally.add_argument("--meeting", type=int, required=True, metavar="ID")
    tally.add_argument("--json", action="store_true", help="machine-readable output")
    tally.set_defaults(handler=run_tally)

    polls = sub.add_parser("polls", help="list, prepare, open and close a meeting's polls")
    add_db_and_lang(polls, "language of the output (default: English)")
    polls.add_argument("--meeting", type=int, required=True, metavar="ID")
    action = polls.add_mutually_exclusive_group()
    action.add_argument("--prepare", action="store_true", help="create or refresh the polls")
    action.add_argument("--open", type=int, metavar="N", help="open poll number N")
    action.add_argument("--close", type=int, metavar="N", help="close poll number N")
    polls.add_argument("--passphrase-env", metavar="VAR", default=None,
                       help="read the organisation passphrase from this environment variable")
    polls.set_defaults(handler=run_polls)

    ballots = sub.add_parser("ballots", help="ballot files received from members")
    group = ballots.add_subparsers(dest="ballots_command", metavar="import")
    group.required = True
    imp = group.add_parser("import", help="store ballot files and print each verdict")
    add_db_and_lang(imp, "language of the output (default: English)")
    imp.add_argument("files", type=Path, nargs="+", metavar="FILE")
    imp.set_defaults(handler=run_import)

    vote = sub.add_parser("vote", help="member side: vote from a voting package")
    vote.add_argument("--package", type=Path, required=True, metavar="FILE")
    vote.add_argument("--keystore", type=Path, default=None, metavar="DIR",
                      help="your keystore (default: keys in the user's data directory)")
    vote.add_argument("--member", type=int, default=None, metavar="ID",
                      help="your member id (default: the package's voter)")
    vote.add_argument("--choice", action="append", default=[], metavar="POLL:PRINCIPAL=CHOICE",
                      help="poll number, member voted for (or 'self'), choices separated by "
                           "commas: for, against, abstain, blank or a candidate's member id; "
                           "repeat; without any, the package's polls are listed")  # fmt: skip
    vote.add_argument("--out", type=Path, default=None, metavar="DIR",
                      help="folder the ballot files are written to")
    vote.add_argument("--trust", default=None, metavar="FINGERPRINT",
                      help="the organisation fingerprint printed on your convocation")
    vote.add_argument("--passphrase-env", metavar="VAR", default=None,
                      help="read your passphrase from this environment variable")
    vote.add_argument("--lang", choices=["fr", "en"], default=argparse.SUPPRESS,
                      help="language of the output (default: English)")
    vote.set_defaults(handler=run_vote)


def _lang(args: argparse.Namespace) -> str:
    return getattr(args, "lang", None) or "en"


def _refused(exc: UserError, lang: str) -> int:
    """A refusal: one line, exit 1 (unknown ids and file problems: exit 2)."""
    from talagov.cli.main import report_error

    if exc.code.startswith("file."):
        exc = FileProblem(exc.code, exc.params)
    if isinstance(exc, (ValidationError, NotFoundError, FileProblem)):
        return report_error(exc, lang, False)
    print(render_error(exc.code, exc.params, lang), file=sys.stderr)
    return ExitCode.VALIDATION


def _fraction(pair: tuple[int, int] | None) -> str | None:
    return f"{pair[0]}/{pair[1]}" if pair is not None else None


def _label(definition: Any, choice: str, lang: str) -> str:
    from talagov.services.ballots import choice_label

    return choice_label(definition, choice, lang)


def _decision(result: Any) -> str:
    if result.election is not None:
        return "elected" if result.election.elected else "none_elected"
    return {True: "adopted", False: "rejected"}.get(result.adopted, "no_decision")


def poll_json(found: Any, lang: str) -> dict[str, Any]:
    """One poll's result as JSON-ready data, with stable keys.

    ``id, number, title, kind, status, secret``; ``majority`` (``ratio`` "n/d", ``strict``,
    ``base``, ``source``); ``counts`` (per choice: ``choice, label, votes, by_channel,
    by_college``); ``total_votes, base, adopted, decision`` (adopted, rejected, elected,
    none_elected, no_decision); ``colleges`` (``key, name, votes, base, share, weight,
    empty``); ``weighted`` ("n/d" or null); ``election`` (``ranking, elected, tied,
    seats_unfilled``) or null; ``casting_vote_used``; ``ballots`` (``received, counted,
    superseded, overridden, rejected, rejected_by_reason``); ``explanation`` (sentences).
    """
    from talagov.services.tally import explain

    poll, result, d = found.poll, found.result, found.poll.definition
    verdicts = Counter(j.verdict.value for j in found.judgement.judgements)
    reasons = Counter(j.reason.value for j in found.judgement.judgements if j.reason is not None)
    election = result.election
    return {
        "id": poll.id, "number": poll.number, "title": poll.title, "kind": poll.kind.value,
        "status": poll.status.value, "secret": poll.secret,
        "majority": {"ratio": f"{d.majority.ratio.num}/{d.majority.ratio.den}",
                     "strict": d.majority.strict, "base": d.majority.base.value,
                     "source": d.majority_source},
        "counts": [{"choice": c.choice, "label": _label(d, c.choice, lang), "votes": c.votes,
                    "by_channel": {k.value: n for k, n in sorted(c.by_channel.items())},
                    "by_college": dict(sorted(c.by_college.items()))} for c in result.counts],
        "total_votes": result.total_votes, "base": result.base, "adopted": result.adopted,
        "decision": _decision(result),
        "colleges": [{"key": c.key, "name": c.name, "votes": dict(c.votes), "base": c.base,
                      "share": _fraction(c.share), "weight": _fraction(c.weight),
                      "empty": c.empty} for c in result.colleges],
        "weighted": _fraction(result.weighted),
        "election": None if election is None else {
            "ranking": [{"choice": c, "label": _label(d, c, lang), "votes": n}
                        for c, n in election.ranking],
            "elected": [_label(d, c, lang) for c in election.elected],
            "tied": [_label(d, c, lang) for c in election.tied],
            "seats_unfilled": election.seats_unfilled},
        "casting_vote_used": result.casting_vote_used,
        "ballots": {"received": len(found.judgement.judgements),
                    **{v: verdicts.get(v, 0) for v in ("counted", "superseded", "overridden",
                                                       "rejected")},
                    "rejected_by_reason": dict(sorted(reasons.items()))},
        "explanation": explain(result, d, lang=lang),
    }  # fmt: skip


def open_json(found: Any) -> dict[str, Any]:
    """An open poll: no count until it closes (nobody sees a partial result), only how
    many ballots were received."""
    poll = found.poll
    return {"id": poll.id, "number": poll.number, "title": poll.title,
            "kind": poll.kind.value, "status": poll.status.value, "secret": poll.secret,
            "ballots": {"received": len(found.judgement.judgements)}}


def _print_poll(data: dict[str, Any], lang: str) -> None:
    def word(code: str) -> str:  # the JSON's codes, in the language of the output
        return render(f"vote_cli.{code}", {}, lang)

    print(f"#{data['number']} {data['title']} [{word('state.' + data['status'])}]")
    if "counts" not in data:
        print("  " + render("vote_cli.still_open", {"received": data["ballots"]["received"]}, lang))
        return
    for c in data["counts"]:
        channels = ", ".join(f"{word('channel.' + k)} {n}" for k, n in c["by_channel"].items())
        print(f"  {c['label']}: {c['votes']}" + (f" ({channels})" if channels else ""))
    labels = {c["choice"]: c["label"] for c in data["counts"]}
    for c in data["colleges"]:
        empty = f" ({word('empty')})" if c["empty"] else ""
        if data["kind"] == "election":  # no share of "for": the votes of each candidate
            votes = ", ".join(f"{labels.get(k, k)} {n}" for k, n in c["votes"].items())
            weight = render("vote_cli.weight", {"weight": c["weight"]}, lang)
            print(f"  {c['name']}: {votes} ({weight}){empty}")
        else:
            print(f"  {c['name']}: {c['share']} x {c['weight']}{empty}")
    if data["weighted"]:
        print(f"  R = {data['weighted']}")
    print(f"  => {render('vote_cli.' + data['decision'], {}, lang)}")
    for line in data["explanation"]:
        print(f"  - {line}")


def run_tally(args: argparse.Namespace) -> int:
    """Print the results of every open or closed poll of a meeting."""
    from talagov.services.tally import tally_meeting

    lang = _lang(args)
    try:
        with open_unit(args) as uow:
            data = [poll_json(t, lang) if t.poll.status is PollStatus.CLOSED else open_json(t)
                    for t in tally_meeting(uow, args.meeting, now=datetime.now())]
    except UserError as exc:
        return _refused(exc, lang)
    if args.json:
        print(json.dumps({"meeting": args.meeting, "polls": data}, ensure_ascii=False, indent=2))
        return ExitCode.OK
    if not data:
        print(render("vote_cli.none", {}, lang))
    for poll in data:
        _print_poll(poll, lang)
    return ExitCode.OK


def run_polls(args: argparse.Namespace) -> int:
    """List the polls, or prepare, open or close one, then list them."""
    from talagov.cli.key_commands import passphrase
    from talagov.services import keys, polls
    from talagov.services.sync_close import FolderRead, import_then_close

    lang, now = _lang(args), datetime.now()
    read: FolderRead | None = None
    try:
        with open_unit(args) as uow:
            done = ""
            if args.prepare or args.open is not None:
                polls.prepare_polls(uow, args.meeting, now=now)
                done = render("vote_cli.prepared", {}, lang)
            number = args.open if args.open is not None else args.close
            if number is not None:
                found = [p for p in polls.list_polls(uow, args.meeting) if p.number == number]
                if not found:
                    raise UserError("vote_cli.no_poll_number", {"number": number})
                if args.open is not None:
                    polls.open_poll(uow, found[0].id, now=now)
                    done = render("vote_cli.opened", {"number": number}, lang)
                else:
                    org_key = keys.unlock_organisation(uow, passphrase(args, "keys_cli.prompt_org"))
                    # The shared folder first: a ballot written in time counts (§6.5).
                    read, _ = import_then_close(uow, found[0].id, org_key=org_key, now=now)
                    done = render("vote_cli.closed", {"number": number}, lang)
            listed = polls.list_polls(uow, args.meeting)
    except UserError as exc:
        return _refused(exc, lang)
    if done:
        print(done)
    if read is not None and read.folder is not None:
        if read.problem is None:
            print(render("vote_cli.folder_read", {"ballots": read.ballots,
                                                  "set_aside": read.set_aside}, lang))
        else:
            reason = render_error(read.problem.code, read.problem.params, lang)
            print(render("vote_cli.folder_not_read", {"reason": reason}, lang), file=sys.stderr)
    if not listed:
        print(render("vote_cli.none", {}, lang))
    for p in listed:
        digest = p.definition_hash[:16].upper() or "-"
        state = render(f"vote_cli.state.{p.status.value}", {}, lang)
        print(f"#{p.number:<3} {state:<9} {p.ballots:>6}  {digest:<16}  {p.title}")
    return ExitCode.OK


def run_import(args: argparse.Namespace) -> int:
    """Import ballot files one by one (each in its own transaction)."""
    from talagov.services.ballots import import_ballot_file
    from talagov.services.files import read_file

    lang, refused = _lang(args), 0
    for path in args.files:
        try:
            data = read_file(path)
            with open_unit(args) as uow:
                outcome, _ = import_ballot_file(uow, data, origin=path.name, now=datetime.now())
        except FileProblem:
            raise
        except UserError as exc:
            refused += 1
            print(render("vote_cli.refused", {"file": path.name,
                                              "reason": render_error(exc.code, exc.params, lang)},
                         lang))  # fmt: skip
            continue
        status = render(f"vote_cli.status.{outcome.status}", {}, lang)
        if outcome.reason is not None:
            reason = render(f"ballot.rejected.{outcome.reason.value}", outcome.detail, lang)
            status = f"{status}: {reason}"
        print(render("vote_cli.outcome", {"file": path.name, "status": status,
                                          "number": outcome.number}, lang))  # fmt: skip
    return ExitCode.VALIDATION if refused else ExitCode.OK


def parse_choice(text: str, voter_id: int) -> tuple[int, int, tuple[str, ...]]:
    """``"2:self=for"`` -> (poll number 2, voter, ("for",)); a candidate is a member id.

    Raises:
        UserError: ``vote_cli.bad_choice``.
    """
    head, sep, tail = text.partition("=")
    number, colon, principal = head.partition(":")
    words = tuple(w.strip() for w in tail.split(",") if w.strip())
    try:
        if not (sep and colon and words):
            raise ValueError(text)
        who = voter_id if principal.strip() == "self" else int(principal)
        choices = tuple(f"candidate:{int(w)}" if w.isdigit() else w for w in words)
        return int(number), who, choices
    except ValueError as exc:
        raise UserError("vote_cli.bad_choice", {"text": text}) from exc


def _list_package(package: Any, lang: str) -> None:
    print(f"{package.meeting_title} ({package.meeting_on.isoformat()}) — {package.readable}")
    for poll in package.polls:
        d = poll.definition
        choices = ", ".join(f"{c}={_label(d, c, lang)}" for c in d.choices)
        print(f"#{d.number} {d.title}: {choices}")
    for member_id, name in package.principals:
        print(f"  {member_id}: {name}")


def run_vote(args: argparse.Namespace) -> int:
    """Member side: read the package, sign the ballots, write the files."""
    from talagov.cli.key_commands import passphrase
    from talagov.services.files import read_file
    from talagov.services.personal_keys import default_keystore, unlock_personal
    from talagov.services.voting_package import read_package, vote_from_package, write_ballot_files

    lang = _lang(args)
    keystore = args.keystore if args.keystore is not None else default_keystore()
    try:
        package = read_package(read_file(args.package), trusted_fingerprint=args.trust)
        if not args.choice:
            _list_package(package, lang)
            return ExitCode.OK
        if args.out is None:
            raise UserError("vote_cli.out_required")
        member = args.member if args.member is not None else package.voter_id
        by_number = {p.definition.number: p.id for p in package.polls}
        choices: dict[tuple[int, int], tuple[str, ...]] = {}
        for text in args.choice:
            number, principal, chosen = parse_choice(text, member)
            if number not in by_number:
                raise UserError("vote_cli.no_poll_number", {"number": number})
            choices[(by_number[number], principal)] = chosen
        key, cert = unlock_personal(keystore, member, passphrase(args, "vote_cli.prompt_member"))
        signed = vote_from_package(package, key, cert, choices, now=datetime.now(),
                                   keystore=keystore)  # fmt: skip
        paths = write_ballot_files(signed, args.out)
    except UserError as exc:
        return _refused(exc, lang)
    from talagov.core.canonical import readable_fingerprint

    for ballot, path in zip(signed, paths, strict=True):
        print(render("vote_cli.written", {"path": str(path), "readable": readable_fingerprint(
            ballot.fingerprint, groups=8)}, lang))  # fmt: skip
    return ExitCode.OK
