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


def test_compliance_of_the_demo_in_french(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = str(tmp_path / "demo.sqlite")
    assert main(["demo", "--db", db, "--no-gui"]) == 0
    capsys.readouterr()
    assert main(["compliance", "--db", db, "--lang", "fr", "--at", "2026-11-22"]) == ExitCode.OK
    assert main(["roll", "--db", db, "--at", "2026-06-10"]) == ExitCode.OK
    out = capsys.readouterr().out
    assert "eligible:" in out


def test_compliance_reports_a_violation_with_exit_code_1(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from datetime import date, datetime

    from talagov.core.legal_forms import LegalForm
    from talagov.core.members import Member, PersonKind
    from talagov.core.organisation import Organisation
    from talagov.core.presets import default_categories, preset
    from talagov.core.shares import MovementKind, ShareMovement
    from talagov.services import members, organisation, shares
    from talagov.services.uow import UnitOfWork
    from talagov.storage.database import open_database

    path = tmp_path / "scop.sqlite"
    db = open_database(path)
    now = datetime(2026, 1, 1)
    with UnitOfWork(db) as uow:
        organisation.create_organisation(
            uow, Organisation(name="Atelier", form=LegalForm.SCOP_SARL), preset(LegalForm.SCOP_SARL),
            default_categories(LegalForm.SCOP_SARL), effective_from=date(2020, 1, 1), now=now,
        )
        # two outside associates and no employee: the 51 % and 65 % rules are broken
        for i, name in enumerate(("Extérieur", "Autre")):
            mid, _ = members.add_member(uow, Member(0, f"X-{i}", PersonKind.NATURAL, name,
                                                    admission_date=date(2021, 1, 1)), now=now)
            shares.add_movement(uow, ShareMovement(0, MovementKind.SUBSCRIPTION, date(2021, 1, 1), 4,
                                                   2500, to_member_id=mid), now=now)
    db.close()
    assert main(["compliance", "--db", str(path), "--lang", "fr"]) == ExitCode.VALIDATION
    out = capsys.readouterr().out
    assert "[violation]" in out and "51" in out


def test_output_piped_into_a_closed_pipe_is_not_an_error(
        monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    # ``talagov tally ... | head`` used to end with "unexpected error: BrokenPipeError".
    from talagov.cli import vote_commands

    def closed_pipe(_args: object) -> int:
        raise BrokenPipeError(32, "Broken pipe")

    monkeypatch.setattr(vote_commands, "run_tally", closed_pipe)
    assert main(["tally", "--db", "unused.sqlite", "--meeting", "1"]) == ExitCode.OK
    assert capsys.readouterr().err == ""


def test_each_command_is_parsed_by_its_own_module_alone_and_the_same_way() -> None:
    import argparse

    from talagov.cli.main import _MODULE_OF, build_parser, light_parser

    def commands(parser: argparse.ArgumentParser) -> dict[str, argparse.ArgumentParser]:
        actions = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
        return dict(actions[0].choices)

    full = commands(build_parser())
    assert set(full) == {"gui", *_MODULE_OF}  # no command left out of the table
    for name in _MODULE_OF:
        alone = commands(light_parser(name))[name]
        assert alone.format_help() == full[name].format_help()
