# SPDX-License-Identifier: GPL-3.0-or-later
"""``talagov requests [approve ID | refuse ID]``: members' certificate requests.

A member's install drops its request in the shared folder; ``talagov sync`` brings it
in. ``requests`` lists them with the key's fingerprint, which the member reads aloud
(on the phone, at the office) and the secretary compares before issuing: the request
signs itself, so only this comparison says it comes from that member. ``approve``
issues the certificate (the organisation's passphrase: ``--passphrase-env VAR`` or asked
without echo), which the next pass publishes; ``refuse`` records why not. ``--json``:
see :func:`request_json`. A refusal prints one line and exits 1; an unknown id or a
missing database exits 2.
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import datetime
from typing import TYPE_CHECKING, Any

from talagov.cli.arguments import add_db_and_lang
from talagov.cli.exit_codes import ExitCode
from talagov.cli.files import open_unit
from talagov.core.errors import NotFoundError, UserError
from talagov.messages import render

if TYPE_CHECKING:
    from talagov.services.sync_requests import RequestLine
    from talagov.services.uow import UnitOfWork


def add_parsers(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Register ``requests`` and its ``approve`` and ``refuse``."""
    parser = sub.add_parser("requests", help="members' certificate requests from the folder")
    _options(parser)
    parser.add_argument("--json", action="store_true", help="machine-readable output")
    parser.add_argument("--all", action="store_true", help="decided requests too")
    parser.set_defaults(handler=run_list)
    group = parser.add_subparsers(dest="requests_command", metavar="approve|refuse")
    approve = group.add_parser("approve", help="issue the certificate a request asks for")
    _options(approve)
    approve.add_argument("id", type=int, metavar="ID", help="the request's number (see the list)")
    approve.add_argument("--passphrase-env", metavar="VAR", default=None,
                         help="read the organisation's passphrase from this environment variable")
    approve.set_defaults(handler=run_approve)
    refuse = group.add_parser("refuse", help="refuse a request, saying why")
    _options(refuse)
    refuse.add_argument("id", type=int, metavar="ID", help="the request's number (see the list)")
    refuse.add_argument("--note", required=True, help="why (kept with the request)")
    refuse.set_defaults(handler=run_refuse)


def _options(parser: argparse.ArgumentParser) -> None:
    add_db_and_lang(parser, "language of the output (default: English)")


def _lang(args: argparse.Namespace) -> str:
    return getattr(args, "lang", None) or "en"


def request_json(line: RequestLine) -> dict[str, Any]:
    """One request with stable keys: ``id, status`` (pending, issued, refused),
    ``member_id, member_name`` (the register's), ``name`` (as the member typed it),
    ``key_fingerprint`` (hex), ``readable`` (the same in groups of four, to compare),
    ``install_id, received_at, decided_at, note``, ``replaces`` (the member holds a valid
    certificate for another key: issuing revokes it) and ``other_install`` (the member's
    earlier request came from another install)."""
    return {"id": line.id, "status": line.status, "member_id": line.member_id,
            "member_name": line.member_name, "name": line.name,
            "key_fingerprint": line.key_fingerprint, "readable": line.readable,
            "install_id": line.install_id,
            "received_at": line.received_at.isoformat(timespec="seconds"),
            "decided_at": None if line.decided_at is None
            else line.decided_at.isoformat(timespec="seconds"),
            "note": line.note, "replaces": line.replaces,
            "other_install": line.other_install}  # fmt: skip


def warning_lines(data: dict[str, Any], lang: str) -> list[str]:
    """What the secretary should weigh before issuing: the key it would revoke, the
    install it comes from (from :func:`request_json` data)."""
    lines: list[str] = []
    if data.get("replaces"):
        who = data["member_name"] or data["name"]
        lines.append(render("sync_import.request_replaces", {"name": who}, lang))
    if data.get("other_install"):
        lines.append(render("sync_import.request_other_install", {}, lang))
    return lines


def request_lines(data: list[dict[str, Any]], lang: str) -> list[str]:
    """The human lines of the list, from :func:`request_json` data."""
    if not data:
        return [render("member_cli.requests.none", {}, lang)]
    lines: list[str] = []
    for r in data:
        status = render(f"member_cli.requests.status.{r['status']}", {}, lang)
        lines.append(render("member_cli.requests.line", {
            **r, "id": str(r["id"]), "member_id": str(r["member_id"]), "status": status,
            "received_at": r["received_at"].replace("T", " ")}, lang))  # fmt: skip
        lines.append(render("member_cli.requests.key", {"fingerprint": r["readable"]}, lang))
        lines.extend(warning_lines(r, lang))
    if any(r["status"] == "pending" for r in data):
        lines.append(render("member_cli.requests.compare", {}, lang))
    return lines


def run_list(args: argparse.Namespace) -> int:
    """Print the requests waiting (``--all``: the decided ones too)."""
    from talagov.services.sync_requests import pending_requests

    with open_unit(args) as uow:
        found = [request_json(r) for r in pending_requests(uow, decided=args.all)]
    if args.json:
        print(json.dumps({"requests": found}, ensure_ascii=False, indent=2))
        return ExitCode.OK
    for line in request_lines(found, _lang(args)):
        print(line)
    return ExitCode.OK


def _line(uow: UnitOfWork, request_id: int) -> RequestLine:
    """The request (looked up before the passphrase is asked for nothing).

    Raises:
        NotFoundError: ``sync_import.request_not_found``.
    """
    from talagov.services.sync_requests import pending_requests

    found = next((r for r in pending_requests(uow, decided=True) if r.id == request_id), None)
    if found is None:
        raise NotFoundError("sync_import.request_not_found", {"id": request_id})
    return found


def run_approve(args: argparse.Namespace) -> int:
    """Issue the certificate; it is published by the next ``talagov sync``."""
    from talagov.cli.key_commands import passphrase
    from talagov.cli.sync_commands import refused
    from talagov.services import keys
    from talagov.services.sync_requests import approve_request

    lang = _lang(args)
    try:
        with open_unit(args) as uow:
            line = _line(uow, args.id)
            if line.status == "pending":  # said before the passphrase is typed
                for warning in warning_lines(request_json(line), lang):
                    print(warning.strip(), file=sys.stderr)
            org_key = keys.unlock_organisation(uow, passphrase(args, "keys_cli.prompt_org"))
            approve_request(uow, args.id, org_key=org_key, now=datetime.now())
    except UserError as exc:
        return refused(exc, lang)
    print(render("member_cli.requests.approved",
                 {"name": line.member_name or line.name, "member_id": str(line.member_id)},
                 lang))  # fmt: skip
    return ExitCode.OK


def run_refuse(args: argparse.Namespace) -> int:
    """Record the refusal and its note."""
    from talagov.cli.sync_commands import refused
    from talagov.services.sync_requests import refuse_request

    lang = _lang(args)
    try:
        with open_unit(args) as uow:
            refuse_request(uow, args.id, note=args.note, now=datetime.now())
    except UserError as exc:
        return refused(exc, lang)
    print(render("member_cli.requests.refused", {"id": str(args.id)}, lang))
    return ExitCode.OK
