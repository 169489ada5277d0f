# SPDX-License-Identifier: GPL-3.0-or-later
"""``talagov gui --smoke-test`` from the source tree (test_bundle.py runs it frozen)."""

from __future__ import annotations

import os
import re
import sqlite3
import subprocess
import sys
from pathlib import Path

from talagov.storage.migrate import head_revision

READY = re.compile(r'^TalaGov ready: schema (\S+), window "(.+)"$', re.MULTILINE)


def _smoke(tmp_path: Path, *options: str) -> subprocess.CompletedProcess[str]:
    # A fresh home; TALAGOV_NO_SETTINGS (set for the suite) removed, to see that the smoke
    # test keeps the user's settings alone by itself.
    env = {k: v for k, v in os.environ.items() if k != "TALAGOV_NO_SETTINGS"}
    for name in ("home", "config", "data", "tmp"):
        (tmp_path / name).mkdir(exist_ok=True)
    env.update(QT_QPA_PLATFORM="offscreen", HOME=str(tmp_path / "home"),
               XDG_CONFIG_HOME=str(tmp_path / "config"), XDG_DATA_HOME=str(tmp_path / "data"),
               TMPDIR=str(tmp_path / "tmp"))
    return subprocess.run([sys.executable, "-m", "talagov", "gui", *options, "--smoke-test"],
                          capture_output=True, text=True, env=env, cwd=tmp_path, timeout=180)


def test_a_new_database_is_migrated_and_the_window_shown(tmp_path: Path) -> None:
    db = tmp_path / "fresh" / "x.sqlite"
    result = _smoke(tmp_path, "--db", str(db))
    assert result.returncode == 0, result.stderr
    ready = READY.search(result.stdout)
    assert ready is not None, result.stdout
    assert ready.group(1) == head_revision()
    assert "x.sqlite" in ready.group(2)
    (revision,), = sqlite3.connect(db).execute("SELECT version_num FROM alembic_version")
    assert revision == head_revision()
    # French by default: both catalogues were found, and the icon.
    assert "catalogue talagov_fr, catalogue qtbase_fr" in result.stdout
    assert "icon 8 sizes" in result.stdout
    assert list((tmp_path / "config").iterdir()) == []  # no QSettings file written


def test_without_db_a_throwaway_database_is_used(tmp_path: Path) -> None:
    result = _smoke(tmp_path)
    assert result.returncode == 0, result.stderr
    ready = READY.search(result.stdout)
    assert ready is not None and "smoke.sqlite" in ready.group(2)
    assert list((tmp_path / "tmp").iterdir()) == []  # removed afterwards
    assert not (tmp_path / "data" / "TalaGov").exists()  # never the user's database


def test_a_file_that_is_not_a_database_fails_with_exit_1(tmp_path: Path) -> None:
    bad = tmp_path / "notes.sqlite"
    bad.write_text("not a database", encoding="utf-8")
    result = _smoke(tmp_path, "--db", str(bad))
    assert result.returncode == 1
    assert "TalaGov smoke test failed: cannot open" in result.stderr
    assert READY.search(result.stdout) is None
