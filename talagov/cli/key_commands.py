# SPDX-License-Identifier: GPL-3.0-or-later
"""``talagov keys init|show|issue|revoke|new|install`` and ``talagov package``.

The secretary's side (``--db``): create the organisation key, list the certificates,
issue one for a member's request, revoke one, export a member's voting package. The
member's side (``--keystore``, no database): make a personal key and its request,
install the certificate sent back. Passphrases are never given on the command line:
``--passphrase-env VAR`` names an environment variable (scripts, tests), else they are
asked without echo (twice when a key is created). A refusal prints one line and exits 1
with nothing changed; a missing database or unwritable file exits 2.
"""

from __future__ import annotations

import argparse
import getpass
import json
import os
import sys
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from talagov.cli.arguments import add_db_and_lang
from talagov.cli.exit_codes import ExitCode
from talagov.cli.files import FileProblem, open_unit, write_output
from talagov.core.errors import NotFoundError, UserError, ValidationError
from talagov.messages import render, render_error

if TYPE_CHECKING:
    from talagov.core.keyseal import KdfParams

Handler = Callable[[argparse.Namespace], int]
KDF: KdfParams | None = None  # the cost of new keys: None is DEFAULT_KDF (tests lower it)


def _kdf() -> KdfParams:
    from talagov.core.keyseal import DEFAULT_KDF

    return KDF if KDF is not None else DEFAULT_KDF


def add_parsers(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Register ``keys`` and ``package`` under ``sub``."""
    parser = sub.add_parser("keys", help="the organisation key and members' voting keys")
    group = parser.add_subparsers(dest="keys_command",
                                  metavar="init|show|issue|revoke|new|install|export")  # fmt: skip
    group.required = True

    _command(group, "init", "create the organisation key; prints its fingerprint", run_init)
    show = _command(group, "show", "the organisation fingerprint and members' certificates",
                    run_show, passphrase=False)  # fmt: skip
    show.add_argument("--json", action="store_true", help="machine-readable output")
    issue = _command(group, "issue", "issue a certificate for a member's request", run_issue)
    issue.add_argument("--request", type=Path, required=True, metavar="REQ.pem")
    issue.add_argument("--out", type=Path, required=True, metavar="CERT.pem")
    revoke = _command(group, "revoke", "revoke a member's certificate", run_revoke)
    revoke.add_argument("--member", type=int, required=True, metavar="ID")
    revoke.add_argument("--reason", required=True, help='"lost", "left", or free text')

    new = _command(group, "new", "member side: make my voting key and its request", run_new,
                   database=False)  # fmt: skip
    new.add_argument("--member", type=int, required=True, metavar="ID",
                     help="your member id, as printed on your convocation")  # fmt: skip
    new.add_argument("--name", required=True, help="your name, as printed on your convocation")
    new.add_argument("--out", type=Path, required=True, metavar="REQ.pem",
                     help="the request to send to the secretary")  # fmt: skip
    new.add_argument("--replace", action="store_true",
                     help="replace an existing key of the same member (its certificate is lost)")
    install = _command(group, "install", "member side: install the certificate sent back",
                       run_install, database=False, passphrase=False)  # fmt: skip
    install.add_argument("--certificate", type=Path, required=True, metavar="CERT.pem")
    export = _command(group, "export", "member side: my key and certificate as a PKCS#12 file",
                      run_export, database=False)  # fmt: skip
    export.add_argument("--member", type=int, required=True, metavar="ID")
    export.add_argument("--out", type=Path, required=True, metavar="FILE.p12")

    package = sub.add_parser("package", help="export a member's signed voting package")
    _options(package, database=True, passphrase=True)
    package.add_argument("--meeting", type=int, required=True, metavar="ID")
    package.add_argument("--member", type=int, required=True, metavar="ID")
    package.add_argument("--out", type=Path, required=True, metavar="FILE")
    package.set_defaults(handler=run_package)


def _options(parser: argparse.ArgumentParser, *, database: bool, passphrase: bool) -> None:
    if database:
        add_db_and_lang(parser, "language of the output (default: English)")
    else:
        parser.add_argument("--keystore", type=Path, default=None, metavar="DIR",
                            help="your keystore (default: keys in the user's data directory)")
        parser.add_argument("--lang", choices=["fr", "en"], default=argparse.SUPPRESS,
                            help="language of the output (default: English)")  # fmt: skip
    if passphrase:
        parser.add_argument("--passphrase-env", metavar="VAR", default=None,
                            help="read the passphrase from this environment variable")


def _command(group: Any, name: str, help_text: str, handler: Handler, *, database: bool = True,
             passphrase: bool = True) -> argparse.ArgumentParser:
    parser: argparse.ArgumentParser = group.add_parser(name, help=help_text)
    _options(parser, database=database, passphrase=passphrase)
    parser.set_defaults(handler=handler)
    return parser


def _lang(args: argparse.Namespace) -> str:
    return getattr(args, "lang", None) or "en"


def _keystore(args: argparse.Namespace) -> Path:
    from talagov.services.personal_keys import default_keystore

    return Path(args.keystore) if args.keystore is not None else default_keystore()


def _refused(exc: UserError, lang: str) -> int:
    """A refusal: one line, exit 1 (unknown ids and file problems: exit 2)."""
    from talagov.cli.main import report_error

    if exc.code.startswith("file."):  # an unreadable or unwritable file the user named
        exc = FileProblem(exc.code, exc.params)
    if isinstance(exc, (ValidationError, NotFoundError, FileProblem)):
        return report_error(exc, lang, False)
    print(render_error(exc.code, exc.params, lang), file=sys.stderr)
    return ExitCode.VALIDATION


def passphrase(args: argparse.Namespace, prompt: str, *, twice: bool = False,
               option: str = "--passphrase-env") -> str:
    """The passphrase from the variable that ``option`` names, or typed without echo
    (twice: confirmed). A command asking two passphrases gives each its own option.

    Raises:
        UserError: ``keys_cli.passphrase_env_missing``, ``keys_cli.passphrase_required``
            (no terminal to ask on; the message names ``option``),
            ``keys_cli.passphrases_differ``.
    """
    lang = _lang(args)
    variable = getattr(args, option.lstrip("-").replace("-", "_"), None)
    if variable:
        value = os.environ.get(variable)
        if value is None:
            raise UserError("keys_cli.passphrase_env_missing", {"var": variable})
        return value
    if sys.stdin is None or not sys.stdin.isatty():
        raise UserError("keys_cli.passphrase_required", {"option": option})
    first = getpass.getpass(render(prompt, {}, lang))
    if twice and getpass.getpass(render("keys_cli.prompt_again", {}, lang)) != first:
        raise UserError("keys_cli.passphrases_differ")
    return first


def run_init(args: argparse.Namespace) -> int:
    """Create the organisation key; prints its fingerprint in readable form."""
    from talagov.services import keys

    lang = _lang(args)
    try:
        with open_unit(args) as uow:
            secret = passphrase(args, "keys_cli.prompt_new_org", twice=True)
            view, _ = keys.create_organisation_key(uow, secret, now=datetime.now(), kdf=_kdf())
    except UserError as exc:
        return _refused(exc, lang)
    print(render("keys_cli.created", {"fingerprint": view.readable}, lang))
    return ExitCode.OK


def _status(view: Any, at: datetime, lang: str) -> str:
    if view.revoked_at is not None:
        return render("keys_cli.status_revoked", {"reason": view.revoked_reason}, lang)
    if view.not_after <= at:
        return render("keys_cli.status_expired", {}, lang)
    return render("keys_cli.status_active", {}, lang)


def run_show(args: argparse.Namespace) -> int:
    """Print the organisation fingerprint and every member certificate."""
    from talagov.services import keys

    lang, now = _lang(args), datetime.now()
    with open_unit(args) as uow:
        org = keys.organisation_key(uow)
        views = keys.member_keys(uow)
    rows = [{"member_id": v.member_id, "number": v.number, "name": v.member_name,
             "serial": v.serial, "issued_at": v.issued_at.isoformat(timespec="seconds"),
             "not_after": v.not_after.isoformat(timespec="seconds"),
             "revoked_at": v.revoked_at.isoformat(timespec="seconds") if v.revoked_at else None,
             "revoked_reason": v.revoked_reason, "on_this_laptop": v.on_this_laptop}
            for v in views]  # fmt: skip
    if args.json:
        data = {"organisation": None if org is None else {
            "name": org.name, "fingerprint": org.fingerprint, "readable": org.readable,
            "created_at": org.created_at.isoformat(timespec="seconds")}, "certificates": rows}
        print(json.dumps(data, ensure_ascii=False, indent=2))
        return ExitCode.OK
    if org is None:
        print(render("keys_cli.no_org_key", {}, lang))
    else:
        print(render("keys_cli.org_line", {"name": org.name, "date": org.created_at.date()}, lang))
        print(render("keys_cli.fingerprint", {"fingerprint": org.readable}, lang))
    if not views:
        print(render("keys_cli.no_certificate", {}, lang))
    for v in views:
        where = render("keys_cli.here" if v.on_this_laptop else "keys_cli.elsewhere", {}, lang)
        print(f"  {v.number:<10} {v.member_name:<30} {v.serial[:16]}  "
              f"{v.issued_at.date().isoformat()} → {v.not_after.date().isoformat()}  "
              f"{_status(v, now, lang)}, {where}")
    return ExitCode.OK


def run_issue(args: argparse.Namespace) -> int:
    """Issue a certificate for a request file and write it where asked."""
    from talagov.core import certificates
    from talagov.services import keys
    from talagov.services.files import read_file

    lang = _lang(args)
    try:
        request = read_file(args.request)
        with open_unit(args) as uow:
            org_key = keys.unlock_organisation(uow, passphrase(args, "keys_cli.prompt_org"))
            pem, _ = keys.issue_from_request(uow, request, org_key=org_key, now=datetime.now())
            write_output(args.out, pem.encode("ascii"))  # a failure issues nothing
    except UserError as exc:
        return _refused(exc, lang)
    info = certificates.info(certificates.from_pem(pem))
    print(render("keys_cli.issued", {"name": info.name, "member_id": str(info.member_id),
                                     "path": str(args.out)}, lang))  # fmt: skip
    return ExitCode.OK


def run_revoke(args: argparse.Namespace) -> int:
    """Revoke the member's certificates in force and sign the new revocation list."""
    from talagov.services import keys

    lang = _lang(args)
    try:
        with open_unit(args) as uow:
            names = {v.member_id: v.member_name for v in keys.member_keys(uow)}
            org_key = keys.unlock_organisation(uow, passphrase(args, "keys_cli.prompt_org"))
            keys.revoke(uow, args.member, args.reason, org_key=org_key, now=datetime.now())
    except UserError as exc:
        return _refused(exc, lang)
    print(render("keys_cli.revoked", {"name": names.get(args.member, str(args.member))}, lang))
    return ExitCode.OK


def run_new(args: argparse.Namespace) -> int:
    """Member side: make a voting key in the keystore and write its request."""
    from talagov.services import personal_keys

    lang, keystore = _lang(args), _keystore(args)
    try:
        secret = passphrase(args, "keys_cli.prompt_new_member", twice=True)
        request = personal_keys.create_personal_key(keystore, member_id=args.member,
                                                    name=args.name, passphrase=secret, kdf=_kdf(),
                                                    replace=args.replace)  # fmt: skip
        write_output(args.out, request.encode("ascii"))
    except UserError as exc:
        return _refused(exc, lang)
    print(render("keys_cli.request_written", {"keystore": str(keystore), "path": str(args.out)},
                 lang))  # fmt: skip
    return ExitCode.OK


def run_install(args: argparse.Namespace) -> int:
    """Member side: install the certificate the secretary sent back."""
    from talagov.services import personal_keys
    from talagov.services.files import read_file

    lang = _lang(args)
    try:
        installed = personal_keys.install_certificate(_keystore(args), read_file(args.certificate))
    except UserError as exc:
        return _refused(exc, lang)
    print(render("keys_cli.installed", {"name": installed.name,
                                        "member_id": str(installed.member_id)}, lang))
    return ExitCode.OK


def run_export(args: argparse.Namespace) -> int:
    """Member side: write my key and certificate as PKCS#12 (same passphrase)."""
    from talagov.services import personal_keys

    lang = _lang(args)
    try:
        secret = passphrase(args, "keys_cli.prompt_member")
        data = personal_keys.export_pkcs12(_keystore(args), args.member, secret)
        write_output(args.out, data)
    except UserError as exc:
        return _refused(exc, lang)
    print(render("keys_cli.pkcs12_written", {"path": str(args.out)}, lang))
    return ExitCode.OK


def run_package(args: argparse.Namespace) -> int:
    """Export one member's signed voting package for the meeting's open polls."""
    from talagov.services import keys
    from talagov.services.voting_package import export_package, read_package

    lang = _lang(args)
    try:
        with open_unit(args) as uow:
            org_key = keys.unlock_organisation(uow, passphrase(args, "keys_cli.prompt_org"))
            data = export_package(uow, args.meeting, args.member, org_key=org_key,
                                  now=datetime.now())
        write_output(args.out, data)
    except UserError as exc:
        return _refused(exc, lang)
    package = read_package(data)
    print(render("keys_cli.package_written", {"name": package.voter_name, "path": str(args.out),
                                              "polls": len(package.polls)}, lang))  # fmt: skip
    return ExitCode.OK
