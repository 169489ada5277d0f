# SPDX-License-Identifier: GPL-3.0-or-later
"""``talagov bench`` prints figures and ratios against in-run baselines (never asserts timings)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from talagov.cli.main import main
from talagov.services.bench_data import bench_members, measure_import, members_csv


def test_bench_json_reports_the_import_against_its_baseline(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["bench", "--quick", "--no-gui", "--members", "300", "--json"]) == 0
    figures = json.loads(capsys.readouterr().out)
    assert figures["members"] == 300
    imp = figures["import"]
    assert imp["imported"] == 300
    assert imp["talagov_s"] > 0 and imp["baseline_s"] > 0
    assert imp["ratio"] == pytest.approx(imp["talagov_s"] / imp["baseline_s"], rel=0.05)
    quorum, conv = figures["quorum"], figures["convocations"]
    assert quorum["members"] == 10_000 and quorum["best_ms"] > 0 and quorum["baseline_ms"] > 0
    assert conv["pages"] >= conv["members"] > 0  # every letter has at least one page
    assert conv["pages_per_second"] == pytest.approx(conv["pages"] / conv["seconds"], rel=0.05)
    assert figures["session_round_trip"]["reload_ms"] > 0


def test_bench_data_is_deterministic_and_accented() -> None:
    assert members_csv(50) == members_csv(50)
    names = {m.name for m in bench_members(200)}
    assert any(not n.isascii() for n in names)


def test_measured_import_writes_every_member(tmp_path: Path) -> None:
    figures = measure_import(120, tmp_path)
    assert figures.imported == 120 and figures.db_path.exists()
