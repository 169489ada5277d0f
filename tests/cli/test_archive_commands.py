# SPDX-License-Identifier: GPL-3.0-or-later
"""``talagov export``: writes a closed meeting's archive, refuses an open one (exit 2)."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from talagov.cli.exit_codes import ExitCode
from talagov.cli.main import main
from talagov.core import bundle_format as bf
from talagov.services.demo.archive import archive_path
from talagov.services.demo.votes import SECRETARY_PASSPHRASE


def test_export_writes_the_archive_and_prints_the_fingerprint(
        demo_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("ORG_PASS", SECRETARY_PASSPHRASE)
    out = tmp_path / "ag.zip"
    code = main(["export", "--db", str(demo_path), "--meeting", "1", "--out", str(out),
                 "--org-passphrase-env", "ORG_PASS", "--lang", "fr"])
    printed = capsys.readouterr().out
    assert code == ExitCode.OK and "Archive écrite" in printed and str(out) in printed
    assert "Empreinte de l’organisation" in printed
    with zipfile.ZipFile(out) as zf:
        assert bf.MANIFEST in zf.namelist()


def test_export_refuses_an_open_meeting_and_a_missing_passphrase(
        demo_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "draft.zip"
    argv = ["export", "--db", str(demo_path), "--meeting", "2", "--out", str(out),
            "--org-passphrase-env", "ORG_PASS"]
    assert main(argv) == ExitCode.USAGE
    assert "ORG_PASS" in capsys.readouterr().err
    monkeypatch.setenv("ORG_PASS", SECRETARY_PASSPHRASE)
    assert main(argv) == ExitCode.USAGE
    assert "not closed" in capsys.readouterr().err and not out.exists()


def test_the_demo_exports_its_past_assembly_next_to_the_database(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "demo.sqlite"
    assert main(["demo", "--db", str(path), "--no-gui", "--form", "scop-sarl"]) == ExitCode.OK
    printed = capsys.readouterr().out
    archives = list((tmp_path / "archives").glob("*.zip"))
    assert len(archives) == 1 and str(archives[0]) in printed
    assert archives[0] == archive_path(path, "Assemblée générale ordinaire annuelle 2026")
    with zipfile.ZipFile(archives[0]) as zf:
        assert any(n.startswith(bf.BALLOTS) for n in zf.namelist())
