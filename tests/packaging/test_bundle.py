# SPDX-License-Identifier: GPL-3.0-or-later
"""The Linux bundle: packaging/build_linux.sh builds it, and the frozen binary runs alone.

Slow (a PyInstaller build: about 1.5 min on 2 cores), still run by CI. The frozen
program runs with a fresh home, no PYTHONPATH or PYTHONHOME, and a PATH without the venv.
"""

from __future__ import annotations

import importlib.util
import os
import re
import shutil
import sqlite3
import subprocess
import sys
import tarfile
from pathlib import Path

import pytest

from talagov import __version__
from talagov.storage.migrate import head_revision

ROOT = Path(__file__).resolve().parents[2]
APP_ID = "org.talagov.TalaGov"
READY = re.compile(r'^TalaGov ready: schema (\S+), window "(.+)"$', re.MULTILINE)

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(importlib.util.find_spec("PyInstaller") is None,
                       reason="PyInstaller is not installed (pip install -e '.[dev]')"),
    pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the Linux bundle"),
]


@pytest.fixture(scope="module")
def tarball(tmp_path_factory: pytest.TempPathFactory) -> Path:
    work = tmp_path_factory.mktemp("bundle")
    env = dict(os.environ, PYTHON=sys.executable, TALAGOV_BUILD_DIR=str(work / "build"),
               TALAGOV_GZIP_LEVEL="1")
    result = subprocess.run([str(ROOT / "packaging" / "build_linux.sh"), str(work / "out")],
                            capture_output=True, text=True, env=env, cwd=ROOT, timeout=900)
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    (built,) = (work / "out").glob("TalaGov-*.tar.gz")
    return built


@pytest.fixture(scope="module")
def unpacked(tarball: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    target = tmp_path_factory.mktemp("unpacked")
    subprocess.run(["tar", "-xzf", str(tarball), "-C", str(target)], check=True)
    (folder,) = target.iterdir()
    return folder


def _clean_env(home: Path) -> dict[str, str]:
    """A user's session as a desktop starts it: nothing of this checkout or its venv."""
    for name in ("home", "data", "config"):
        (home / name).mkdir(parents=True, exist_ok=True)
    return {"PATH": "/usr/local/bin:/usr/bin:/bin", "HOME": str(home / "home"),
            "XDG_DATA_HOME": str(home / "data"), "XDG_CONFIG_HOME": str(home / "config"),
            "QT_QPA_PLATFORM": "offscreen", "LANG": "C.UTF-8"}


def _run(program: Path, *args: str, env: dict[str, str], cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([str(program), *args], capture_output=True, text=True, env=env,
                          cwd=cwd, timeout=180)


def test_the_tarball_holds_the_app_and_its_desktop_integration(tarball: Path) -> None:
    name = tarball.name.removesuffix(".tar.gz")
    assert name == f"TalaGov-{__version__}-linux-{os.uname().machine}"
    with tarfile.open(tarball) as archive:
        names = set(archive.getnames())
    expected = {f"share/applications/{APP_ID}.desktop", f"share/metainfo/{APP_ID}.metainfo.xml",
                f"share/icons/hicolor/scalable/apps/{APP_ID}.svg", "TalaGov/talagov",
                "install.sh", "uninstall.sh", "README.txt", "LICENSE"}
    expected |= {f"share/icons/hicolor/{s}x{s}/apps/{APP_ID}.png"
                 for s in (16, 24, 32, 48, 64, 128, 256, 512)}
    assert {f"{name}/{e}" for e in expected} <= names


def test_the_frozen_binary_migrates_a_fresh_database_and_opens_the_window(
        unpacked: Path, tmp_path: Path) -> None:
    binary = unpacked / "TalaGov" / "talagov"
    env = _clean_env(tmp_path)
    version = _run(binary, "--version", env=env, cwd=tmp_path)
    assert version.returncode == 0, version.stderr
    assert version.stdout.strip() == f"TalaGov {__version__}"

    fresh = tmp_path / "fresh"
    fresh.mkdir()
    db = fresh / "x.sqlite"
    smoke = _run(binary, "gui", "--db", str(db), "--smoke-test", env=env, cwd=tmp_path)
    assert smoke.returncode == 0, smoke.stdout + smoke.stderr
    ready = READY.search(smoke.stdout)
    assert ready is not None, smoke.stdout
    assert ready.group(1) == head_revision()
    assert "x.sqlite" in ready.group(2)
    (revision,), = sqlite3.connect(db).execute("SELECT version_num FROM alembic_version")
    assert revision == head_revision()
    # Everything came from the bundle: catalogues, icon, and the guide inside it.
    assert "catalogue talagov_fr, catalogue qtbase_fr" in smoke.stdout
    assert "icon 8 sizes" in smoke.stdout
    if (ROOT / "docs" / "guide" / "fr").is_dir():
        assert f"guide {unpacked}" in smoke.stdout


def test_install_and_uninstall_into_a_prefix(unpacked: Path, tmp_path: Path) -> None:
    env = _clean_env(tmp_path)
    prefix = tmp_path / "prefix with space"
    subprocess.run([str(unpacked / "install.sh"), str(prefix)], check=True, env=env,
                   capture_output=True)
    entry = (prefix / "share" / "applications" / f"{APP_ID}.desktop").read_text(encoding="utf-8")
    assert f'Exec="{prefix}/lib/talagov/talagov" gui' in entry.splitlines()
    assert (prefix / "share" / "icons" / "hicolor" / "48x48" / "apps" / f"{APP_ID}.png").is_file()
    if shutil.which("desktop-file-validate"):
        check = subprocess.run(["desktop-file-validate",
                                str(prefix / "share" / "applications" / f"{APP_ID}.desktop")],
                               capture_output=True, text=True)
        assert check.returncode == 0, check.stdout + check.stderr
    version = _run(prefix / "bin" / "talagov", "--version", env=env, cwd=tmp_path)
    assert version.stdout.strip() == f"TalaGov {__version__}"

    subprocess.run([str(prefix / "lib" / "talagov" / "uninstall.sh"), str(prefix)], check=True,
                   env=env, capture_output=True)
    # Only the menu's and icon theme's caches stay (shared, regenerated by their tools).
    left = sorted(str(p.relative_to(prefix)) for p in prefix.rglob("*")
                  if not p.is_dir() and not p.name.endswith(".cache"))
    assert left == []
