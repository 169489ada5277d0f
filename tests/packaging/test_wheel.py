# SPDX-License-Identifier: GPL-3.0-or-later
"""The built wheel carries the migrations, translations, fonts, icons, licence and guide,
and migrates from them."""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    result = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q",
         "-w", str(out), str(ROOT)],
        capture_output=True, text=True,
    )
    if result.returncode != 0 and "hatchling" in result.stderr:
        pytest.skip("hatchling is not installed (pip install -e '.[dev]')")
    assert result.returncode == 0, result.stderr
    (built,) = out.glob("talagov-*.whl")
    return built


def test_wheel_ships_migrations_translations_fonts_icons_and_guide(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    assert "talagov/_migrations/env.py" in names
    assert any(n.startswith("talagov/_migrations/versions/0001_") for n in names)
    assert "talagov/_resources/i18n/talagov_fr.qm" in names
    assert "talagov/_resources/fonts/DejaVuSans.ttf" in names
    assert "talagov/_resources/icons/talagov-48.png" in names  # the window icon
    assert "talagov/_resources/LICENSE" in names
    assert "talagov/_guide/fr/index.md" in names
    assert "talagov/_guide/en/index.md" in names


def test_installed_wheel_migrates_a_new_database(wheel: Path, tmp_path: Path) -> None:
    unpacked = tmp_path / "site"
    zipfile.ZipFile(wheel).extractall(unpacked)
    code = (
        "import sys, pathlib\n"
        "import talagov.storage.migrate as m\n"
        "assert str(m.migrations_dir()).startswith(sys.argv[1]), m.migrations_dir()\n"
        "from talagov.storage.database import open_database\n"
        "db = open_database(pathlib.Path(sys.argv[2]))\n"
        "print(db.migration.to_revision)\n"
    )
    # The unpacked wheel comes first on the path, so the source tree is not used.
    env = dict(os.environ, PYTHONPATH=str(unpacked))
    result = subprocess.run(
        [sys.executable, "-c", code, str(unpacked), str(tmp_path / "w.sqlite")],
        capture_output=True, text=True, env=env, cwd=tmp_path,
    )
    assert result.returncode == 0, result.stderr
    from talagov.storage.migrate import head_revision

    assert result.stdout.strip() == head_revision()
