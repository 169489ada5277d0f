# SPDX-License-Identifier: GPL-3.0-or-later
"""``talagov open FILE.zip``: the auditor's window, no database, Qt only when it opens."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from talagov.cli.exit_codes import ExitCode
from talagov.cli.main import build_parser, main

ROOT = Path(__file__).resolve().parents[2]


def test_open_hands_the_file_and_the_language_to_the_auditor_window(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    bundle = tmp_path / "ag-2026.zip"
    bundle.write_bytes(b"PK")
    calls: list[tuple[Path, str | None]] = []
    monkeypatch.setattr("talagov.gui.auditor.launch.run_auditor",
                        lambda path, lang=None: calls.append((path, lang)) or 0)
    assert main(["open", str(bundle), "--lang", "en"]) == ExitCode.OK
    assert main(["--lang", "fr", "open", str(bundle)]) == ExitCode.OK
    assert calls == [(bundle, "en"), (bundle, "fr")]


def test_a_missing_file_is_refused_without_loading_qt_or_a_database(tmp_path: Path) -> None:
    code = (
        "import sys\n"
        "from talagov.cli.main import main\n"
        f"rc = main(['open', {str(tmp_path / 'absent.zip')!r}])\n"
        "assert rc == 2, rc\n"
        "bad = [m for m in ('PySide6', 'sqlalchemy') if m in sys.modules]\n"
        "assert not bad, bad\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT)
    assert result.returncode == 0, result.stderr
    assert "not a file" in result.stderr
    assert not list(tmp_path.iterdir())  # nothing created, no database either


def test_open_is_listed_with_the_other_commands() -> None:
    assert "open" in build_parser().format_help()
