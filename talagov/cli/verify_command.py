# SPDX-License-Identifier: GPL-3.0-or-later
"""``talagov verify BUNDLE.zip``: check a meeting's archive on its own.

The command reads the ZIP and nothing else: no database, no Qt, no SQLAlchemy (the
main parser dispatches here before loading the other commands, see
:mod:`talagov.cli.main`). It prints the organisation key's fingerprint in the groups
of four printed on the convocations and minutes, then every check with ✓ (holds),
✗ (fails) or ! (holds, with a warning). Exit code 0 when every check holds, 1 when
one fails, 2 when the file is not a readable bundle. ``--json`` prints the same as
one object (schema: docs/bundle-format.md, "Verifier output").
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from pathlib import Path
from typing import Any

from talagov.cli.exit_codes import ExitCode
from talagov.core.canonical import readable_fingerprint
from talagov.messages import render
from talagov.verifier.receipts import ReceiptFinding, find_receipt, receipt_digits
from talagov.verifier.report import Area, BundleUnreadable, CheckLine, Status, Verification
from talagov.verifier.subjects import render_subject

OUTPUT_FORMAT = "talagov.verification"
OUTPUT_VERSION = 1
_MARKS = {Status.OK: "✓", Status.FAILED: "✗", Status.WARNING: "!"}
_PLAIN_MARKS = {Status.OK: "+", Status.FAILED: "x", Status.WARNING: "!"}
GROUPS_PER_LINE = 8  # two lines of eight groups, as the convocation prints it


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Register ``verify``."""
    parser = sub.add_parser("verify", help="check a meeting's archive bundle (ZIP) on its own")
    parser.add_argument("bundle", type=Path, metavar="FILE.zip", help="the archive to check")
    parser.add_argument("--json", action="store_true", help="machine-readable output")
    parser.add_argument("--lang", choices=["fr", "en"], default=argparse.SUPPRESS,
                        help="language of the checklist (default: English)")
    parser.add_argument("--receipt", action="append", default=[], metavar="FINGERPRINT",
                        help="a voting receipt's fingerprint (at least 16 hex digits, spaces "
                             "allowed): say whether that ballot is in the archive and what "
                             "became of it; exit 1 when it is absent (repeatable)")
    parser.set_defaults(handler=run_verify)


def fingerprint_lines(fingerprint: str) -> list[str]:
    """The fingerprint in 16 groups of four, on two lines of eight."""
    groups = readable_fingerprint(fingerprint).split()
    return [" ".join(groups[i:i + GROUPS_PER_LINE])
            for i in range(0, len(groups), GROUPS_PER_LINE)]


def line_data(line: CheckLine, lang: str) -> dict[str, Any]:
    """One line of the JSON output."""
    return {"area": line.area.value, "status": line.status.value, "code": line.code,
            "file": line.file, "subject": line.subject, "params": dict(line.params),
            "message": render(line.code, line.params, lang)}


def verification_data(result: Verification, lang: str) -> dict[str, Any]:
    """The JSON output of a bundle that could be read (docs/bundle-format.md)."""
    m = result.manifest
    counts = {s.value: sum(1 for x in result.lines if x.status is s) for s in Status}
    return {
        "format": OUTPUT_FORMAT, "version": OUTPUT_VERSION, "file": result.path,
        "ok": result.ok, "readable": True,
        "organisation": {"name": m.organisation, "fingerprint": result.organisation_fingerprint,
                         "readable": readable_fingerprint(result.organisation_fingerprint)},
        "meeting": {"id": m.meeting_id, "title": m.meeting_title, "date": m.meeting_date},
        "exported_at": m.exported_at, "generator": m.generator, "counts": counts,
        "lines": [line_data(x, lang) for x in result.lines],
    }  # fmt: skip


def unreadable_data(path: str, exc: BundleUnreadable, lang: str) -> dict[str, Any]:
    """The JSON output of a file that is not a readable bundle."""
    return {"format": OUTPUT_FORMAT, "version": OUTPUT_VERSION, "file": path, "ok": False,
            "readable": False, "error": {"code": exc.code, "params": dict(exc.params),
                                         "message": render(exc.code, exc.params, lang)}}


def _marks() -> dict[Status, str]:
    """✓ ✗ where the terminal can print them, + x otherwise (a legacy Windows code page)."""
    encoding = getattr(sys.stdout, "encoding", None) or "ascii"
    try:
        "".join(_MARKS.values()).encode(encoding)
    except (UnicodeEncodeError, LookupError):
        return _PLAIN_MARKS
    return _MARKS


def _date(text: str) -> date | str:
    """The meeting's date, worded in the language when it is an ISO date."""
    try:
        return date.fromisoformat(text)
    except ValueError:
        return text


def _where(line: CheckLine, lang: str) -> str:
    parts = [p for p in (line.file, render_subject(line.subject, lang)) if p]
    return f" [{' — '.join(parts)}]" if parts else ""


def checklist(result: Verification, lang: str) -> list[str]:
    """The text output: the bundle, the fingerprint, every line grouped by area, and
    the outcome."""
    m = result.manifest
    out = [render("verify.cli.bundle", {"title": m.meeting_title, "date": _date(m.meeting_date),
                                        "meeting": m.meeting_id, "exported_at": m.exported_at,
                                        "generator": m.generator}, lang),
           render("verify.cli.organisation", {"name": m.organisation}, lang),
           render("verify.cli.fingerprint", {}, lang)]
    if result.organisation_fingerprint:
        out += [f"    {text}" for text in fingerprint_lines(result.organisation_fingerprint)]
    else:
        out.append("    " + render("verify.cli.no_fingerprint", {}, lang))
    marks = _marks()
    for area in Area:
        lines = [x for x in result.lines if x.area is area]
        if not lines:
            continue
        out += ["", render(f"verify.area.{area.value}", {}, lang)]
        out += [f"  {marks[x.status]} {render(x.code, x.params, lang)}{_where(x, lang)}" for x in lines]
    failed = len(result.failures)
    warned = sum(1 for x in result.lines if x.status is Status.WARNING)
    params = {"count": len(result.lines), "failed": failed, "warnings": warned}
    out += ["", render("verify.cli.failed" if failed else "verify.cli.ok", params, lang)]
    return out


def receipt_lines(findings: list[ReceiptFinding], lang: str) -> list[str]:
    """What the archive holds for each receipt asked about."""
    out = ["", render("verify.receipt.heading", {}, lang)]
    for finding in findings:
        if not finding.matches:
            out.append("  " + render("verify.receipt.absent",
                                     {"digits": readable_fingerprint(finding.digits)}, lang))
        for m in finding.matches:
            params: dict[str, Any] = {"fingerprint": readable_fingerprint(m.fingerprint),
                                      "number": m.poll_number, "title": m.poll_title}
            if m.reason is not None:
                params["reason"] = render(f"ballot.reason.{m.reason.value}", {}, lang)
            out.append("  " + render(f"verify.receipt.{m.verdict.value}", params, lang))
    return out


def receipts_data(findings: list[ReceiptFinding]) -> list[dict[str, Any]]:
    """The receipts in the JSON output."""
    return [{"digits": f.digits, "found": bool(f.matches),
             "ballots": [{"fingerprint": m.fingerprint, "poll": m.poll_number,
                          "verdict": m.verdict.value,
                          "reason": m.reason.value if m.reason else None}
                         for m in f.matches]} for f in findings]  # fmt: skip


def run_verify(args: argparse.Namespace) -> int:
    """Verify the bundle; print the checklist (or JSON); exit 0, 1 or 2."""
    from talagov.verifier.api import verify_bundle

    lang = getattr(args, "lang", None) or "en"
    path = str(args.bundle)
    digits: list[str] = []
    for text in args.receipt:
        found = receipt_digits(text)
        if found is None:
            print(render("verify.receipt.bad", {"text": text}, lang), file=sys.stderr)
            return ExitCode.USAGE
        digits.append(found)
    try:
        result = verify_bundle(args.bundle)
    except BundleUnreadable as exc:
        if args.json:
            print(json.dumps(unreadable_data(path, exc, lang), ensure_ascii=False, indent=2))
        else:
            print(render("verify.cli.unreadable", {
                "file": path, "reason": render(exc.code, exc.params, lang)}, lang),
                file=sys.stderr)  # fmt: skip
        return ExitCode.USAGE
    contents = result.contents
    findings = [find_receipt(contents, d) for d in digits] if contents is not None else []
    if args.json:
        data = verification_data(result, lang)
        if digits:
            data["receipts"] = receipts_data(findings) if contents is not None else None
        print(json.dumps(data, ensure_ascii=False, indent=2))
    else:
        out = checklist(result, lang)
        if digits:
            out += receipt_lines(findings, lang) if contents is not None \
                else ["", render("verify.receipt.unchecked", {}, lang)]
        print("\n".join(out))
    missing = bool(digits) and (contents is None or any(not f.matches for f in findings))
    return ExitCode.OK if result.ok and not missing else ExitCode.VALIDATION
