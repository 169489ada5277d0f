# SPDX-License-Identifier: GPL-3.0-or-later
"""``talagov bench``: performance figures as ratios to baselines measured in the same run.

Targets (issue "Foundation"): filtering the members view under 50 ms per keystroke on
50,000 members; importing 50,000 members from CSV within 3x of the bare importer.
Opening the database and showing the members view is reported against an empty
window shown in the same process. Nothing here is a pass/fail test: the figures are
printed (or written as JSON) for people and later issues to compare.
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
    if args.json:
        json.dump(results, sys.stdout, indent=2)
        print()
    else:
        print("\n".join(lines))
    return ExitCode.OK
