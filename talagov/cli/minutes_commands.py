# SPDX-License-Identifier: GPL-3.0-or-later
"""``talagov register verify|list|deliberations`` and ``talagov minutes show|pdf|submit|sign``.

``register verify`` re-reads every entry of every register of deliberations and prints,
per register, whether its chain holds or where it first breaks (exit 1 on any break);
``--json`` gives the same as stable keys. ``minutes`` works on a meeting's minutes: its
state, its PDF, submitting it for signature and signing it with a member's key (the last
signature also unlocks the organisation key, to enter the minutes in the register).
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from talagov.cli.arguments import add_db_and_lang
from talagov.cli.exit_codes import ExitCode
from talagov.cli.files import open_unit, write_output
from talagov.core.errors import UserError
from talagov.messages import render

if TYPE_CHECKING:
    from talagov.services.uow import UnitOfWork


def add_register_commands(group: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add ``verify``, ``list`` and ``deliberations`` to the ``talagov register`` group."""
    verify = group.add_parser("verify", help="check every register of deliberations (exit 1 "
                                             "on a break)")  # fmt: skip
    add_db_and_lang(verify, "language of the output (default: English)")
    verify.add_argument("--json", action="store_true", help="machine-readable output")
    verify.set_defaults(handler=run_verify)
    listing = group.add_parser("list", help="list the registers of deliberations")
    add_db_and_lang(listing, "language of the output (default: English)")
    listing.add_argument("--json", action="store_true", help="machine-readable output")
    listing.set_defaults(handler=run_list)
    printing = group.add_parser("deliberations", help="print a register of deliberations")
    add_db_and_lang(printing, "language of the document (default: French)")
    printing.add_argument("--register", default="ag", metavar="KEY",
                          help="ag (default), body-<id> or other")
    printing.add_argument("out", type=Path, metavar="OUT.pdf", help="PDF file to write")
    printing.set_defaults(handler=run_print)


def add_parsers(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Register ``minutes`` under ``sub`` (the register commands join ``register``)."""
    minutes = sub.add_parser("minutes", help="a meeting's minutes (procès-verbal)")
    mgroup = minutes.add_subparsers(dest="minutes_command",
                                    metavar="show|pdf|submit|sign|timestamp|tsa")
    mgroup.required = True
    for name, text in (("show", "state of the minutes and signatures"),
                       ("pdf", "write the minutes' PDF (a draft is marked as such)"),
                       ("submit", "freeze the minutes for signature"),
                       ("sign", "sign the minutes with a member's key"),
                       ("timestamp", "add an RFC 3161 time-stamp to signed minutes")):  # fmt: skip
        p = mgroup.add_parser(name, help=text)
        add_db_and_lang(p, "language of the output (default: English)")
        p.add_argument("--meeting", type=int, required=True, metavar="ID")
        p.add_argument("--erratum", action="store_true", help="the newest erratum, not the minutes")
        if name == "show":
            p.add_argument("--json", action="store_true", help="machine-readable output")
        if name == "pdf":
            p.add_argument("--out", type=Path, required=True, metavar="FILE.pdf")
        if name == "sign":
            p.add_argument("--member", type=int, required=True, metavar="ID",
                           help="the signatory's member id")
            p.add_argument("--passphrase-env", metavar="VAR", default=None,
                           help="read the signatory's passphrase from this variable")
            p.add_argument("--org-passphrase-env", metavar="VAR", default=None,
                           help="read the organisation passphrase (last signature) from this variable")
        p.set_defaults(handler=_MINUTES[name])
    tsa = mgroup.add_parser("tsa", help="the RFC 3161 time-stamping authority's address")
    add_db_and_lang(tsa, "language of the output (default: English)")
    tsa.add_argument("--set", default=None, metavar="URL",
                     help="set the address (an empty string removes it)")
    tsa.set_defaults(handler=run_tsa)


def _lang(args: argparse.Namespace) -> str:
    return getattr(args, "lang", None) or "en"


def run_verify(args: argparse.Namespace) -> int:
    """Verify every register; exit 1 when one does not hold.

    The output also names the organisation key the check trusted and each register's
    last entry: everything checked is in the file, so only these, compared with the
    fingerprint printed on the minutes and a register printed earlier, show a file
    rewritten under another key or its newest entries removed.
    """
    from talagov.services import deliberations, minutes_signing

    lang = _lang(args)
    with open_unit(args) as uow:
        checks = deliberations.verify(uow, lang=lang)
        organisation = minutes_signing.organisation_fingerprint(uow)
        heads = deliberations.last_entries(uow)
    if args.json:
        print(json.dumps({"ok": all(c.ok for c in checks), "organisation": organisation.replace(
            " ", "").lower(), "registers": [{
            "register": c.key, "label": c.label, "ok": c.ok, "entries": c.report.entries,
            "break": (c.report.first_break or c.problem).value if not c.ok else None,  # type: ignore[union-attr]
            "at_number": c.report.at_number if c.report.first_break else c.problem_number,
            "last": {"number": heads[c.key][0], "hash": heads[c.key][1]}
                    if c.key in heads else None,
        } for c in checks]}, ensure_ascii=False, indent=2))  # fmt: skip
    else:
        if not checks:
            print(render("minutes_cli.no_register", {}, lang))
        for c in checks:
            print(f"{'OK ' if c.ok else 'BAD'} {c.key} ({c.label}): {c.verdict(lang)}")
            if c.key in heads:
                number, entry_hash = heads[c.key]
                print("    " + render("minutes_cli.last_entry", {
                    "number": number, "hash": entry_hash[:16].upper()}, lang))  # fmt: skip
        if organisation:
            print(render("minutes_cli.organisation", {"fingerprint": organisation}, lang))
    return ExitCode.OK if all(c.ok for c in checks) else ExitCode.VALIDATION


def run_list(args: argparse.Namespace) -> int:
    """List the registers and their entries."""
    from talagov.services import deliberations

    lang = _lang(args)
    with open_unit(args) as uow:
        found = deliberations.registers(uow, lang=lang)
    if args.json:
        print(json.dumps([{"register": r.key, "label": r.label, "entries": [{
            "number": e.number, "meeting_id": e.meeting_id, "meeting_date": e.meeting_date,
            "title": e.title, "kind": e.kind, "corrects": e.corrects,
            "entered_at": e.entered_at.isoformat(timespec="seconds"), "hash": e.entry_hash,
            "signatories": list(e.signatories), "timestamp": e.timestamp,
        } for e in r.entries]} for r in found], ensure_ascii=False, indent=2))  # fmt: skip
        return ExitCode.OK
    if not found:
        print(render("minutes_cli.no_register", {}, lang))
    for r in found:
        print(f"{r.key} — {r.label}")
        for e in r.entries:
            print(f"  #{e.number:<3} {e.meeting_date}  {e.title}  [{', '.join(e.signatories)}]"
                  f"  {e.entry_hash[:16].upper()}")
    return ExitCode.OK


def run_print(args: argparse.Namespace) -> int:
    """Write one register as PDF."""
    from talagov.services import deliberations

    lang = getattr(args, "lang", None) or "fr"
    with open_unit(args) as uow:
        data = deliberations.register_pdf(uow, args.register, lang=lang)
    write_output(args.out, data)
    print(args.out)
    return ExitCode.OK


def _pick(uow: Any, args: argparse.Namespace) -> Any:
    from talagov.services import minutes

    found = [m for m in minutes.minutes_of(uow, args.meeting)
             if (m.kind == "erratum") == bool(args.erratum)]  # fmt: skip
    if not found:
        raise UserError("minutes_cli.none", {"meeting": args.meeting})
    return found[-1]


def run_show(args: argparse.Namespace) -> int:
    """Print the minutes' state, signatories and register number."""
    lang = _lang(args)
    with open_unit(args) as uow:
        view = _pick(uow, args)
    if args.json:
        print(json.dumps({
            "minutes_id": view.id, "meeting_id": view.meeting_id, "kind": view.kind,
            "status": view.status.value, "lang": view.lang, "register": view.register,
            "number": view.number, "timestamp": view.timestamp,
            "signatories": [{"member_id": s.member_id, "name": s.name, "role": s.role.value,
                             "signed_at": s.signed_at.isoformat(timespec="seconds")
                             if s.signed_at else None} for s in view.signatories],
            "missing": [{"role": m.role.value, "count": m.count} for m in view.missing],
        }, ensure_ascii=False, indent=2))  # fmt: skip
        return ExitCode.OK
    print(render(f"minutes_cli.status.{view.status.value}", {"number": view.number or "?"}, lang))
    for s in view.signatories:
        state = s.signed_at.isoformat(timespec="minutes") if s.signed_at else "—"
        print(f"  {s.name} ({s.role_text}): {state}")
    return ExitCode.OK


def run_pdf(args: argparse.Namespace) -> int:
    """Write the minutes' PDF."""
    from talagov.services import minutes

    with open_unit(args) as uow:
        data = minutes.pdf(uow, _pick(uow, args).id)
    write_output(args.out, data)
    print(args.out)
    return ExitCode.OK


def _act(args: argparse.Namespace, action: Callable[[UnitOfWork, int], object],
         done: str) -> int:
    """Run ``action`` on the chosen minutes in one unit of work; print ``done`` or the
    refusal (exit 1)."""
    lang = _lang(args)
    try:
        with open_unit(args) as uow:
            action(uow, _pick(uow, args).id)
    except UserError as exc:
        return _refused(exc, lang)
    print(render(done, {}, lang))
    return ExitCode.OK


def run_submit(args: argparse.Namespace) -> int:
    """Freeze the minutes for signature."""
    from talagov.services import minutes

    return _act(args, lambda uow, mid: minutes.submit(uow, mid, now=datetime.now()),
                "minutes_cli.submitted")


def run_sign(args: argparse.Namespace) -> int:
    """Sign as one signatory (the last one also enters the minutes in the register)."""
    from talagov.cli.key_commands import passphrase
    from talagov.services import keys, minutes_signing

    lang = _lang(args)
    try:
        with open_unit(args) as uow:
            view = _pick(uow, args)
            org_key = None
            if minutes_signing.needs_organisation_key(uow, view.id):
                org_key = keys.unlock_organisation(uow, passphrase(
                    args, "keys_cli.prompt_org", option="--org-passphrase-env"))
            secret = passphrase(args, "minutes_cli.prompt_signatory")
            outcome, _ = minutes_signing.sign(uow, view.id, args.member, secret,
                                              now=datetime.now(), org_key=org_key)  # fmt: skip
    except UserError as exc:
        return _refused(exc, lang)
    if outcome.complete:
        print(render("minutes_cli.entered", {"number": outcome.number}, lang))
    else:
        print(render("minutes_cli.signed", {}, lang))
    if not outcome.timestamped:
        code = "no_tsa" if outcome.note in ("", "no_tsa") else "failed"
        print(render(f"minutes_cli.no_timestamp.{code}", {"detail": outcome.note}, lang))
    return ExitCode.OK


def _refused(exc: UserError, lang: str) -> int:
    from talagov.cli.vote_commands import _refused as refused

    return refused(exc, lang)


def run_timestamp(args: argparse.Namespace) -> int:
    """Add an RFC 3161 document time-stamp to signed minutes that have none."""
    from talagov.services import minutes_signing

    return _act(args, lambda uow, mid: minutes_signing.add_timestamp(uow, mid, now=datetime.now()),
                "minutes_cli.timestamped")


def run_tsa(args: argparse.Namespace) -> int:
    """Print the time-stamping authority's address, or set it with ``--set URL``."""
    from talagov.services import timestamping

    lang = _lang(args)
    try:
        with open_unit(args) as uow:
            if args.set is not None:
                timestamping.set_tsa_url(uow, args.set)
            url = timestamping.tsa_url(uow)
    except UserError as exc:
        return _refused(exc, lang)
    print(url or render("minutes_cli.no_tsa_set", {}, lang))
    return ExitCode.OK


_MINUTES = {"show": run_show, "pdf": run_pdf, "submit": run_submit, "sign": run_sign,
            "timestamp": run_timestamp}
