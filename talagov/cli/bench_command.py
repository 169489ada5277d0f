# SPDX-License-Identifier: GPL-3.0-or-later
"""``talagov bench``: performance figures as ratios to baselines measured in the same run.

Targets (issue "Foundation"): filtering the members view under 50 ms per keystroke on
50,000 members; importing 50,000 members from CSV within 3x of the bare importer.
Opening the database and showing the members view is reported against an empty
window shown in the same process. Later issues add theirs (meetings, votes, archives, the
shared folder: see each ``_*_figures`` function). Nothing here is a pass/fail test: the
figures are printed (or written as JSON) for people and later issues to compare.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path
from typing import Any

from talagov.cli.exit_codes import ExitCode

FULL_MEMBERS = 50_000
QUICK_MEMBERS = 5_000
IMPORT_TARGET = 3.0
KEYSTROKE_TARGET_MS = 50.0
QUORUM_MEMBERS = 10_000
CONVOCATION_MEMBERS = 1_000
VOTE_BALLOTS = 10_000
ARCHIVE_BALLOTS = 5_000


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Register ``bench``."""
    bench = sub.add_parser("bench", help="measure performance against in-run baselines")
    bench.add_argument("--quick", action="store_true",
                       help=f"{QUICK_MEMBERS:,} members instead of {FULL_MEMBERS:,}, one repetition")
    bench.add_argument("--json", action="store_true", help="print the figures as JSON")
    bench.add_argument("--members", type=int, default=None, help=argparse.SUPPRESS)
    bench.add_argument("--no-gui", action="store_true", help="skip the measurements that need Qt")
    bench.set_defaults(handler=run_bench)


def _status(ok: bool) -> str:
    return "ok" if ok else "MISSED"


def run_bench(args: argparse.Namespace) -> int:
    """Run every measurement and print figures and ratios."""
    from talagov.services.bench_data import measure_import

    count = args.members or (QUICK_MEMBERS if args.quick else FULL_MEMBERS)
    repeat = 1 if args.quick else 5  # best of 5: this class of machine varies by up to 1.7x
    results: dict[str, Any] = {"members": count}
    lines: list[str] = []
    with tempfile.TemporaryDirectory(prefix="talagov-bench-") as tmp:
        imp = measure_import(count, Path(tmp), repeat=repeat)
        results["import"] = {
            "talagov_s": round(imp.talagov_s, 4), "baseline_s": round(imp.baseline_s, 4),
            "ratio": round(imp.ratio, 2), "target_ratio": IMPORT_TARGET,
            "imported": imp.imported, "met": imp.ratio <= IMPORT_TARGET,
        }
        lines.append(
            f"import {count:,} members from CSV: {imp.talagov_s:.3f} s; baseline (sqlite3 "
            f"executemany of the same rows): {imp.baseline_s:.3f} s; ratio {imp.ratio:.2f}x "
            f"(target <= {IMPORT_TARGET:.0f}x) {_status(imp.ratio <= IMPORT_TARGET)}"
        )
        if not args.no_gui:
            from talagov.gui.bench import measure_views  # Qt only for this part

            view = measure_views(imp.db_path, imp.imported, repeat=repeat)
            met = view.keystroke_max_ms < KEYSTROKE_TARGET_MS
            results["members_view"] = {
                "open_s": round(view.open_s, 4), "baseline_empty_window_s": round(view.baseline_s, 4),
                "ratio": round(view.ratio, 2), "rows": view.rows,
            }
            results["filter"] = {
                "keystrokes": len(view.keystroke_ms), "mean_ms": round(view.keystroke_mean_ms, 2),
                "max_ms": round(view.keystroke_max_ms, 2), "target_ms": KEYSTROKE_TARGET_MS,
                "met": met,
            }
            lines.append(
                f"cold start, open a {view.rows:,}-member database, show the members view: "
                f"{view.open_s:.3f} s; baseline (cold start to an empty QMainWindow shown): {view.baseline_s:.3f} s; "
                f"ratio {view.ratio:.1f}x"
            )
            lines.append(
                f"filter the members view, per keystroke ({len(view.keystroke_ms)} keystrokes): "
                f"mean {view.keystroke_mean_ms:.1f} ms, worst {view.keystroke_max_ms:.1f} ms "
                f"(target < {KEYSTROKE_TARGET_MS:.0f} ms) {_status(met)}"
            )
        lines += _meeting_figures(results, Path(tmp), quick=args.quick)
        lines += _vote_figures(results, quick=args.quick)
        lines += _archive_figures(results, quick=args.quick)
        lines += _sync_figures(results, quick=args.quick)
    if args.json:
        json.dump(results, sys.stdout, indent=2)
        print()
    else:
        print("\n".join(lines))
    return ExitCode.OK


def _meeting_figures(results: dict[str, Any], folder: Path, *, quick: bool) -> list[str]:
    """Quorum after one arrival and convocation PDFs (issue "Meetings")."""
    from talagov.services.bench_meetings import (
        PAGES_TARGET,
        QUORUM_TARGET_MS,
        measure_convocations,
        measure_quorum,
        measure_session,
    )

    quorum = measure_quorum(QUORUM_MEMBERS, repeat=5 if quick else 20)
    met = quorum.best_ms < QUORUM_TARGET_MS
    results["quorum"] = {
        "members": quorum.members, "best_ms": round(quorum.best_ms, 2),
        "mean_ms": round(quorum.mean_ms, 2), "baseline_ms": round(quorum.baseline_ms, 2),
        "ratio": round(quorum.ratio, 2), "target_ms": QUORUM_TARGET_MS, "met": met,
    }  # fmt: skip
    trip = measure_session(folder, QUORUM_MEMBERS // 5 if quick else QUORUM_MEMBERS,
                           repeat=2 if quick else 5)  # fmt: skip
    results["session_round_trip"] = {
        "members": trip.members, "arrival_ms": round(trip.arrival_ms, 1),
        "reload_ms": round(trip.reload_ms, 1),
    }  # fmt: skip
    members = CONVOCATION_MEMBERS // 10 if quick else CONVOCATION_MEMBERS
    conv = measure_convocations(folder, members, repeat=1 if quick else 3)
    rate_met = conv.pages_per_second >= PAGES_TARGET
    results["convocations"] = {
        "members": conv.members, "pages": conv.pages, "seconds": round(conv.seconds, 3),
        "pages_per_second": round(conv.pages_per_second, 1),
        "baseline_seconds": round(conv.baseline_seconds, 3), "ratio": round(conv.ratio, 2),
        "target_pages_per_second": PAGES_TARGET, "met": rate_met,
    }  # fmt: skip
    return [
        f"quorum after one arrival, {quorum.members:,} members: best {quorum.best_ms:.1f} ms, "
        f"mean {quorum.mean_ms:.1f} ms; baseline (bare count of attendees): "
        f"{quorum.baseline_ms:.1f} ms; ratio {quorum.ratio:.1f}x "
        f"(target < {QUORUM_TARGET_MS:.0f} ms) {_status(met)}",
        f"the same arrival through the services, {trip.members:,} members: recorded in "
        f"{trip.arrival_ms:.0f} ms, attendance sheet and quorum reloaded in {trip.reload_ms:.0f} ms",
        f"convocation PDFs for {conv.members:,} members: {conv.pages:,} pages in "
        f"{conv.seconds:.2f} s = {conv.pages_per_second:,.0f} pages/s; baseline (the same "
        f"number of plain-text pages with reportlab): {conv.baseline_seconds:.2f} s; ratio "
        f"{conv.ratio:.2f}x (target >= {PAGES_TARGET:.0f} pages/s) {_status(rate_met)}",
    ]


def _vote_figures(results: dict[str, Any], *, quick: bool) -> list[str]:
    """Judging and tallying signed ballots (issue "Signed electronic votes")."""
    from talagov.services.bench_votes import POLLS, TARGET_RATIO, measure_votes

    bench = measure_votes(VOTE_BALLOTS // 10 if quick else VOTE_BALLOTS, repeat=3)
    met = bench.ratio <= TARGET_RATIO
    results["tally"] = {
        "ballots": bench.ballots, "members": bench.members,
        "certificates": bench.certificates, "counted": bench.counted,
        "tally_s": round(bench.tally_s, 4), "warm_s": round(bench.warm_s, 4),
        "baseline_s": round(bench.baseline_s, 4), "ratio": round(bench.ratio, 2),
        "warm_ratio": round(bench.warm_ratio, 2), "target_ratio": TARGET_RATIO, "met": met,
    }  # fmt: skip
    return [
        f"judge and tally {bench.ballots:,} signed ballots ({POLLS} resolutions, "
        f"{bench.members:,} members, "
        f"{bench.certificates:,} certificates, proxies, 3 colleges, revotes): "
        f"{bench.tally_s:.3f} s ({bench.warm_s:.3f} s with the certificate checks cached); "
        f"baseline ({bench.ballots:,} bare ECDSA P-256 verifications of the same payloads): "
        f"{bench.baseline_s:.3f} s; ratio {bench.ratio:.2f}x, cached {bench.warm_ratio:.2f}x "
        f"(target <= {TARGET_RATIO:.1f}x) {_status(met)}",
    ]


def _archive_figures(results: dict[str, Any], *, quick: bool) -> list[str]:
    """Exporting and verifying a meeting's archive (issue "Archive bundles")."""
    from talagov.services.bench_archive import TARGET_RATIO, measure_archive

    bench = measure_archive(ARCHIVE_BALLOTS // 10 if quick else ARCHIVE_BALLOTS,
                            repeat=1 if quick else 3)  # fmt: skip
    met = bench.ratio <= TARGET_RATIO
    results["archive_export"] = {
        "ballots": bench.ballots, "members": bench.members, "files": bench.files,
        "size_bytes": bench.size, "export_s": round(bench.export_s, 4),
    }  # fmt: skip
    results["archive_verify"] = {
        "ballots": bench.ballots, "verify_s": round(bench.verify_s, 4),
        "baseline_s": round(bench.baseline_s, 4), "signatures": bench.signatures,
        "ratio": round(bench.ratio, 2), "target_ratio": TARGET_RATIO, "met": met,
        "verified": bench.verified,
    }  # fmt: skip
    verdict = "every check held" if bench.verified else "SOME CHECKS FAILED"
    return [
        f"export the archive of a closed AG with {bench.ballots:,} ballot files "
        f"({bench.members:,} members): {bench.files:,} files, {bench.size / 1e6:.1f} MB in "
        f"{bench.export_s:.2f} s",
        f"verify that archive: {bench.verify_s:.2f} s ({verdict}); baseline (read the ZIP, "
        f"SHA-256 every member, {bench.signatures:,} bare ECDSA P-256 verifications of its "
        f"signatures): {bench.baseline_s:.2f} s; ratio {bench.ratio:.2f}x "
        f"(target <= {TARGET_RATIO:.1f}x) {_status(met)}",
    ]


def _sync_figures(results: dict[str, Any], *, quick: bool) -> list[str]:
    """Importing the members' ballot files from the shared folder (issue "Shared folder")."""
    from talagov.services.bench_sync import figures

    return figures(results, quick=quick)
