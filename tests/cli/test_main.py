# SPDX-License-Identifier: GPL-3.0-or-later
"""The ``talagov`` command: version, exit codes, compliance on a database."""

from __future__ import annotations

from pathlib import Path

import pytest

from talagov import __version__
from talagov.cli.exit_codes import ExitCode
from talagov.cli.main import main


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["--version"])
    assert exit_info.value.code == 0
    assert __version__ in capsys.readouterr().out


def test_compliance_on_a_database_without_organisation_is_a_clear_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code = main(["compliance", "--db", str(tmp_path / "empty.sqlite")])
    assert code == ExitCode.USAGE
    assert "organisation" in capsys.readouterr().err.lower()


def test_newer_database_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    import sqlite3

    from talagov.storage.database import open_database

    path = tmp_path / "n.sqlite"
    open_database(path).close()
    con = sqlite3.connect(path)
    con.execute("UPDATE alembic_version SET version_num = 'ffff'")
    con.commit()
    con.close()
    assert main(["compliance", "--db", str(path)]) == ExitCode.USAGE
    assert "newer" in capsys.readouterr().err
