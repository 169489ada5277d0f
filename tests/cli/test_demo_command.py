# SPDX-License-Identifier: GPL-3.0-or-later
"""``talagov demo``: builds, refuses to overwrite, sets an old database aside with --force."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from talagov.cli.exit_codes import ExitCode
from talagov.cli.main import main
from talagov.services import members
from talagov.services.demo import REFERENCE_DATE
from talagov.services.organisation import get_organisation
from talagov.services.uow import UnitOfWork
from talagov.storage.database import open_database


def _counts(path: Path) -> tuple[str, int]:
    db = open_database(path)
    try:
        with UnitOfWork(db) as uow:
            org = get_organisation(uow)
            return (org.name if org else ""), members.count_members(uow, REFERENCE_DATE)[1]
    finally:
        db.close()


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_demo_builds_the_default_scic(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "demo.sqlite"
    assert main(["demo", "--db", str(path), "--no-gui"]) == ExitCode.OK
    assert _counts(path) == ("Lisière Autopartage", 120)
    assert "120 members" in capsys.readouterr().out


def test_second_call_without_force_refuses_and_changes_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "demo.sqlite"
    assert main(["demo", "--db", str(path), "--no-gui", "--form", "scop-sarl"]) == ExitCode.OK
    before = _digest(path)
    capsys.readouterr()
    assert main(["demo", "--db", str(path), "--no-gui"]) == ExitCode.USAGE
    assert "--force" in capsys.readouterr().err
    assert _digest(path) == before
    assert sorted(p.name for p in tmp_path.iterdir() if ".bak" in p.name) == []


def test_force_renames_the_old_database_aside(tmp_path: Path) -> None:
    path = tmp_path / "demo.sqlite"
    assert main(["demo", "--db", str(path), "--no-gui", "--form", "scop-sarl", "--members", "6"]) == 0
    old = _digest(path)
    assert main(["demo", "--db", str(path), "--no-gui", "--force"]) == ExitCode.OK
    backups = [p for p in tmp_path.iterdir() if p.name.startswith("demo.sqlite.") and p.suffix == ".bak"]
    assert len(backups) == 1 and _digest(backups[0]) == old
    assert _counts(backups[0])[1] == 6
    assert _counts(path) == ("Lisière Autopartage", 120)


def test_too_few_members_is_a_usage_error_and_creates_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "demo.sqlite"
    assert main(["demo", "--db", str(path), "--no-gui", "--members", "3"]) == ExitCode.USAGE
    assert "at least 15" in capsys.readouterr().err
    assert not path.exists()


def test_seed_and_size_options(tmp_path: Path) -> None:
    a, b = tmp_path / "a.sqlite", tmp_path / "b.sqlite"
    for path in (a, b):
        args = ["demo", "--db", str(path), "--no-gui", "--form", "association", "--members", "30",
                "--seed", "12"]
        assert main(args) == ExitCode.OK
    assert _counts(a) == _counts(b) == ("Lisière à Vélo", 30)
