# SPDX-License-Identifier: GPL-3.0-or-later
"""``talagov export``: write a closed meeting's archive (docs/bundle-format.md).

The organisation's passphrase is read from the variable ``--org-passphrase-env``
names, or typed without echo; the key signs the manifest, ``SHA256SUMS`` and the
journal's pending entries. Exit 0 when written, 2 when refused (meeting not closed, no
key, wrong passphrase, file not writable).
"""

from __future__ import annotations

import argparse
from pathlib import Path

from talagov.cli.arguments import add_db_and_lang
from talagov.cli.exit_codes import ExitCode
from talagov.cli.files import open_unit
from talagov.messages import render


def add_parsers(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Register ``export``."""
    export = sub.add_parser("export", help="write a closed meeting's archive (ZIP)")
    add_db_and_lang(export, "language of messages")
    export.add_argument("--meeting", type=int, required=True, help="the meeting's id")
    export.add_argument("--out", type=Path, required=True, help="the archive to write (.zip)")
    export.add_argument("--org-passphrase-env", metavar="VAR",
                        help="read the organisation's passphrase from this environment variable")
    export.set_defaults(handler=run_export)


def run_export(args: argparse.Namespace) -> int:
    """Export the meeting; prints the path, size, files and the organisation's
    fingerprint in readable groups (to compare with the one on paper)."""
    from talagov.cli.key_commands import passphrase
    from talagov.core.canonical import readable_fingerprint
    from talagov.services import keys
    from talagov.services.bundle_export import export_meeting

    lang = getattr(args, "lang", None) or "en"
    with open_unit(args) as uow:
        org_key = keys.unlock_organisation(uow, passphrase(
            args, "keys_cli.prompt_org", option="--org-passphrase-env"))
        result = export_meeting(uow, args.meeting, args.out, org_key=org_key)
    print(render("archive.exported", {"path": str(result.path), "files": result.files,
                                      "size": result.size}, lang))  # fmt: skip
    print(render("archive.fingerprint",
                 {"fingerprint": readable_fingerprint(result.organisation_fingerprint)}, lang))
    return ExitCode.OK
