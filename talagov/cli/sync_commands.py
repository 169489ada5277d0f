# SPDX-License-Identifier: GPL-3.0-or-later
"""``talagov sync``: one pass of the secretary's install over the shared folder.

A pass publishes what the members' installs should see (the organisation's identity,
a package per convened meeting, documents, certificates, revocations, the archives of
closed meetings), then imports what they wrote (ballots, certificate requests,
proxies), and prints what it did; ``--json`` gives the same with stable keys (see
:func:`pass_json`). The folder given with ``--folder`` is remembered in the database,
so that the next pass (and the window) needs no option.

Signing needs the organisation's passphrase: ``--passphrase-env VAR``, else it is asked
without echo when there is a terminal. Without one (a scheduled job), the files that
need no signature are published, the others are named in a warning, the members' files
are imported all the same, and the exit code is 0: members' ballots must never wait for
the secretary. ``--no-publish`` imports only. Publishing that is refused as a whole (a
directory of ``organisation/`` replaced by a link, another pass running) does not keep
the members' files from being imported either: the pass imports, prints what it read,
then the refusal, and exits with the refusal's code. What a pass could not publish of a
meeting (a package members' installs would refuse, an archive too large) is printed, one
translated line each, and the rest is published. Exit 0 after a pass (set-aside files
and such problems included: they are reported, never fatal), 1 when the passphrase is
wrong, 2 when the database or the folder is unusable.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from talagov.cli.arguments import add_db_and_lang
from talagov.cli.exit_codes import ExitCode
from talagov.cli.files import FileProblem, open_unit
from talagov.core.errors import UserError
from talagov.messages import render, render_error

if TYPE_CHECKING:
    from cryptography.hazmat.primitives.asymmetric import ec

    from talagov.services.sync_import import ImportReport, QuarantineLine
    from talagov.services.sync_publish import PlannedFile, Problem
    from talagov.services.uow import UnitOfWork

#: Codes that are a problem with the folder or the database named, not a refusal (exit 2).
USAGE_CODES = ("sync.no_folder", "sync.folder_", "member.folder_missing", "member.not_joined",
               "member.no_organisation", "member.membership_damaged")


def add_parsers(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Register ``sync``."""
    sync = sub.add_parser("sync", help="one pass over the shared folder: publish, then import")
    add_db_and_lang(sync, "language of the output (default: English)")
    sync.add_argument("--folder", type=Path, default=None, metavar="DIR",
                      help="the shared folder (remembered; default: the one remembered)")
    key = sync.add_mutually_exclusive_group()
    key.add_argument("--passphrase-env", metavar="VAR", default=None,
                     help="read the organisation's passphrase from this environment variable")
    key.add_argument("--no-publish", action="store_true",
                     help="import the members' files only; publish nothing")
    sync.add_argument("--json", action="store_true", help="machine-readable output")
    sync.set_defaults(handler=run_sync)


@dataclass(frozen=True)
class Published:
    """What the publishing half of a pass did.

    Attributes:
        state: ``done``, ``skipped`` (``--no-publish``) or ``no_key`` (files to sign
            were left for a pass with the passphrase).
        written: the files written.
        unchanged: files already in the folder as the database says they should be.
        waiting: the files left unwritten for want of the key.
        damaged: names of ours in the folder holding other bytes (never overwritten).
        problems: what could not be published of a meeting, and why.
        refusal: why nothing was published (state ``refused``): a directory of
            ``organisation/`` that is a link, another pass running...
    """

    state: str
    written: tuple[PlannedFile, ...] = ()
    unchanged: int = 0
    waiting: tuple[PlannedFile, ...] = ()
    damaged: tuple[str, ...] = ()
    problems: tuple[Problem, ...] = ()
    refusal: UserError | None = None


def _lang(args: argparse.Namespace) -> str:
    return getattr(args, "lang", None) or "en"


def refused(exc: UserError, lang: str) -> int:
    """One translated line; exit 2 for an unusable folder or database, else the rule of
    the other commands (1 for a refusal, 2 for files and unknown ids)."""
    from talagov.cli.main import report_error
    from talagov.cli.vote_commands import _refused

    if exc.code.startswith(USAGE_CODES):
        return report_error(FileProblem(exc.code, exc.params), lang, False)
    return _refused(exc, lang)


def organisation_passphrase(args: argparse.Namespace) -> str | None:
    """The passphrase from ``--passphrase-env``, or typed when there is a terminal;
    ``None`` when there is neither (the pass goes on without signing).

    Raises:
        UserError: ``keys_cli.passphrase_env_missing`` (the variable is not set).
    """
    from talagov.cli.key_commands import passphrase

    if args.passphrase_env is None and (sys.stdin is None or not sys.stdin.isatty()):
        return None
    return passphrase(args, "keys_cli.prompt_org")


def _unlock(uow: UnitOfWork, args: argparse.Namespace) -> ec.EllipticCurvePrivateKey | None:
    from talagov.services import keys

    secret = organisation_passphrase(args)
    return None if secret is None else keys.unlock_organisation(uow, secret)


def publish_pass(uow: UnitOfWork, folder: Path, args: argparse.Namespace, *,
                 now: datetime) -> Published:
    """Plan, ask for the key only when something must be signed, publish (without the
    key: what needs none, the rest is reported as waiting).

    Raises:
        UserError: ``keys.wrong_passphrase`` and the publisher's refusals.
    """
    from talagov.services.sync_publish import plan_publish, publish

    plan = plan_publish(uow, folder, now=now)
    key = _unlock(uow, args) if plan.needs_key else None
    report = publish(uow, folder, org_key=key, now=now)
    return Published("no_key" if report.left else "done", report.written, report.unchanged,
                     report.left, report.damaged, report.problems)


def run_sync(args: argparse.Namespace) -> int:
    """One pass: remember the folder, publish (unless ``--no-publish``), import, print."""
    from talagov.services.sync_folder import require_folder, set_sync_folder, sync_folder
    from talagov.services.sync_import import import_folder
    from talagov.services.sync_requests import pending_requests

    lang, now = _lang(args), datetime.now()
    try:
        with open_unit(args) as uow:  # remembered even if the pass then fails
            # Chosen again only when it changes: choosing checks the folder is writable
            # by writing a probe, which a pass that only imports must never do.
            chosen = None if args.folder is None else Path(os.path.abspath(args.folder))
            if chosen is not None and sync_folder(uow) != chosen:
                set_sync_folder(uow, chosen)
            folder = require_folder(uow)
        published = Published("skipped") if args.no_publish else _publish_or_refusal(args, folder,
                                                                                   now)
        try:
            with open_unit(args) as uow:  # the import commits its own batches
                report, _ = import_folder(uow, folder, now=now)
            with open_unit(args) as uow:
                waiting = len(pending_requests(uow))
        except UserError:
            if published.refusal is not None:  # both halves refused: both are said
                print(render_error(published.refusal.code, published.refusal.params, lang),
                      file=sys.stderr)
            raise
    except UserError as exc:
        return refused(exc, lang)
    data = pass_json(folder, published, report, waiting, lang)
    if args.json:
        print(json.dumps(data, ensure_ascii=False, indent=2))
    else:
        for line in pass_lines(data, lang):
            print(line)
    if published.refusal is not None:
        # The members' files were imported; the refusal is said last, with its exit code.
        return refused(published.refusal, lang)
    return ExitCode.OK


#: Publishing refusals that end the pass: the command line itself is wrong.
_STOPS = ("keys.wrong_passphrase", "keys_cli.")


def _publish_or_refusal(args: argparse.Namespace, folder: Path, now: datetime) -> Published:
    """Publish, or say why nothing was: a link in place of ``organisation/`` or another
    pass running must not keep the members' ballots from being imported.

    Raises:
        UserError: a wrong passphrase (or ``--passphrase-env`` naming nothing): the
            command is typed again, the import with it.
    """
    try:
        with open_unit(args) as uow:
            return publish_pass(uow, folder, args, now=now)
    except UserError as exc:
        if exc.code.startswith(_STOPS):
            raise
        return Published("refused", refusal=exc)


def _planned(f: PlannedFile) -> dict[str, Any]:
    return {"path": f.path, "kind": str(f.kind), "meeting_id": f.meeting_id, "reason": f.reason}


def problem_json(problem: Problem, lang: str) -> dict[str, Any]:
    """What a pass could not publish: ``kind, meeting_id, code, message`` (translated)."""
    return {"kind": str(problem.kind), "meeting_id": problem.meeting_id, "code": problem.code,
            "message": render_error(problem.code, problem.params, lang)}


def quarantine_json(line: QuarantineLine, lang: str) -> dict[str, Any]:
    """A set-aside file: ``path, kind, reason_code, params, reason`` (translated),
    ``first_seen, last_seen``."""
    return {"path": line.path, "kind": str(line.kind), "reason_code": line.reason_code,
            "params": {k: v if isinstance(v, (int, str, bool, type(None))) else str(v)
                       for k, v in line.params.items()},
            "reason": render_error(line.reason_code, line.params, lang),
            "first_seen": line.first_seen.isoformat(timespec="seconds"),
            "last_seen": line.last_seen.isoformat(timespec="seconds")}  # fmt: skip


def pass_json(folder: Path, published: Published, report: ImportReport, waiting: int,
              lang: str) -> dict[str, Any]:
    """A pass as JSON-ready data with stable keys.

    ``folder``; ``published``: ``state`` (done, skipped, no_key, refused), ``refusal``
    (only when refused: ``code, message``, translated), ``files`` (``path,
    kind, meeting_id, reason``), ``unchanged``, ``waiting`` (files to sign left for a
    pass with the key), ``damaged`` (names of ours holding other bytes), ``problems``
    (what could not be published of a meeting: see :func:`problem_json`); ``imported``:
    ``scanned, unchanged, ballots`` (status → count: counted, superseded, overridden,
    rejected, duplicate), ``requests, proxies, duplicates, quarantined`` (see
    :func:`quarantine_json`); ``requests_waiting``.
    """
    publishing: dict[str, Any] = {
        "state": published.state, "files": [_planned(f) for f in published.written],
        "unchanged": published.unchanged, "waiting": [_planned(f) for f in published.waiting],
        "damaged": list(published.damaged),
        "problems": [problem_json(p, lang) for p in published.problems]}  # fmt: skip
    if published.refusal is not None:
        publishing["refusal"] = {
            "code": published.refusal.code,
            "message": render_error(published.refusal.code, published.refusal.params, lang)}
    return {
        "folder": str(folder),
        "published": publishing,
        "imported": {"scanned": report.scanned, "unchanged": report.unchanged,
                     "ballots": {str(k): v for k, v in sorted(report.ballots.items()) if v},
                     "requests": report.requests, "proxies": report.proxies,
                     "duplicates": report.duplicates,
                     "quarantined": [quarantine_json(q, lang) for q in report.quarantined]},
        "requests_waiting": waiting,
    }  # fmt: skip


def pass_lines(data: dict[str, Any], lang: str) -> list[str]:
    """The human lines of a pass, from :func:`pass_json`'s data."""
    def say(code: str, **params: Any) -> str:
        return render(f"member_cli.{code}", params, lang)

    lines = [say("sync.folder", folder=data["folder"])]
    published, imported = data["published"], data["imported"]
    if published["state"] == "skipped":
        lines.append(say("sync.not_published"))
    elif published["state"] == "refused":
        lines.append(say("sync.publish_refused"))
    elif published["files"]:
        lines.append(say("sync.published", count=len(published["files"])))
        lines += [say("sync.published_file", path=f["path"], kind=f["kind"])
                  for f in published["files"]]
    elif not published["waiting"]:
        lines.append(say("sync.nothing_to_publish"))
    if published["waiting"]:
        lines.append(say("sync.needs_key", count=len(published["waiting"])))
    lines += [say("sync.damaged", path=path) for path in published["damaged"]]
    lines += [p["message"] for p in published["problems"]]
    lines.append(say("sync.read", scanned=imported["scanned"], unchanged=imported["unchanged"]))
    ballots = imported["ballots"]
    if ballots:
        summary = ", ".join(f"{render(f'vote_cli.status.{k}', {}, lang)} {n}"
                            for k, n in ballots.items())
        lines.append(say("sync.ballots", summary=summary))
    else:
        lines.append(say("sync.no_ballot"))
    for key, code in (("proxies", "sync.proxies"), ("requests", "sync.new_requests"),
                      ("duplicates", "sync.duplicates")):
        if imported[key]:
            lines.append(say(code, count=imported[key]))
    if data["requests_waiting"]:
        lines.append(say("sync.waiting", count=data["requests_waiting"]))
    if imported["quarantined"]:
        lines.append(say("sync.quarantined", count=len(imported["quarantined"])))
        lines += [say("sync.quarantined_file", path=q["path"], reason=q["reason"])
                  for q in imported["quarantined"]]
    return lines
