# SPDX-License-Identifier: GPL-3.0-or-later
"""``members``/``shares`` ``import``/``export`` from the command line: exit codes and effects."""

from __future__ import annotations

from pathlib import Path

import pytest

from talagov.cli.csv_commands import run
from talagov.services.uow import UnitOfWork
from talagov.storage import members_repo, shares_repo
from talagov.storage.database import open_database

MEMBERS = "Numéro;Nom;Prénom;Date d'admission\nS-0001;Lefèvre;Élodie;15/03/2024\nS-0002;Cœur;Zoé;2024-02-01\n"
BAD_ROW = ";;Anonyme;31/02/2024\n"
SHARES = "date;kind;count;nominal;from_member;to_member\n2024-03-15;souscription;4;25,00;;S-0001\n"


def _write(path: Path, text: str, encoding: str = "cp1252") -> Path:
    path.write_bytes(text.encode(encoding))
    return path


def _numbers(db_path: Path) -> list[str]:
    db = open_database(db_path)
    try:
        with UnitOfWork(db) as uow:
            return [m.number for m in members_repo.all_members(uow.session)]
    finally:
        db.close()


def test_import_then_export_round_trip(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "a.sqlite"
    assert (
        run(["members", "import", "--db", str(db), str(_write(tmp_path / "m.csv", MEMBERS))]) == 0
    )
    assert run(["shares", "import", "--db", str(db), str(_write(tmp_path / "s.csv", SHARES))]) == 0
    assert "2 row(s) imported." in capsys.readouterr().out
    out_m, out_s = tmp_path / "out-m.csv", tmp_path / "out-s.csv"
    assert run(["members", "export", "--db", str(db), "--variant", "excel-fr", str(out_m)]) == 0
    assert run(["shares", "export", "--db", str(db), str(out_s)]) == 0
    assert out_m.read_bytes().decode("cp1252").startswith("Numéro;Type;Nom")
    assert out_s.read_bytes().startswith(b"\xef\xbb\xbfdate,kind,count")
    fresh = tmp_path / "b.sqlite"
    assert run(["members", "import", "--db", str(fresh), str(out_m)]) == 0
    assert run(["shares", "import", "--db", str(fresh), str(out_s)]) == 0
    assert _numbers(fresh) == ["S-0001", "S-0002"]
    db_b = open_database(fresh)
    with UnitOfWork(db_b) as uow:
        assert [m.count for m in shares_repo.all_movements(uow.session)] == [4]
    db_b.close()


def test_bad_row_refuses_the_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "a.sqlite"
    source = _write(tmp_path / "m.csv", MEMBERS + BAD_ROW)
    assert run(["members", "import", "--db", str(db), str(source)]) == 1
    out = capsys.readouterr().out
    assert 'Row 4, admission_date: Invalid date "31/02/2024"' in out
    assert "nothing was imported" in out
    assert _numbers(db) == []


def test_report_in_french(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = _write(tmp_path / "m.csv", MEMBERS + BAD_ROW)
    assert (
        run(["members", "import", "--lang", "fr", "--db", str(tmp_path / "a.sqlite"), str(source)])
        == 1
    )
    assert "Ligne 4, Date d'admission\u00a0: Date invalide «\u00a031/02/2024\u00a0»" in capsys.readouterr().out


def test_skip_invalid_imports_the_rest(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "a.sqlite"
    source = _write(tmp_path / "m.csv", MEMBERS + BAD_ROW)
    assert run(["members", "import", "--skip-invalid", "--db", str(db), str(source)]) == 0
    out = capsys.readouterr().out
    assert "2 row(s) imported." in out and "1 invalid row(s) skipped." in out
    assert _numbers(db) == ["S-0001", "S-0002"]


@pytest.mark.parametrize(("extra", "code"), [("", 0), (BAD_ROW, 1)])
def test_dry_run_writes_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], extra: str, code: int
) -> None:
    db = tmp_path / "a.sqlite"
    source = _write(tmp_path / "m.csv", MEMBERS + extra)
    assert run(["members", "import", "--dry-run", "--db", str(db), str(source)]) == code
    assert "row(s) read (cp1252, delimiter ';')" in capsys.readouterr().out
    assert _numbers(db) == []


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "The file is empty."),
        (b"PK\x03\x04\x00\x00", "not a CSV file"),
        (b'name\n"open', "malformed"),
    ],
)
def test_unreadable_files_exit_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], content: bytes, message: str
) -> None:
    source = tmp_path / "m.csv"
    source.write_bytes(content)
    assert run(["members", "import", "--db", str(tmp_path / "a.sqlite"), str(source)]) == 2
    assert message in capsys.readouterr().err


def test_missing_file_exits_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert (
        run(["shares", "import", "--db", str(tmp_path / "a.sqlite"), str(tmp_path / "none.csv")])
        == 2
    )
    assert "Cannot read or write" in capsys.readouterr().err


def test_forced_variant_decodes_as_told(tmp_path: Path) -> None:
    source = _write(tmp_path / "m.csv", MEMBERS)  # cp1252 bytes
    db = str(tmp_path / "a.sqlite")
    assert run(["members", "import", "--variant", "utf8", "--db", db, str(source)]) == 2
    assert run(["members", "import", "--variant", "excel-fr", "--db", db, str(source)]) == 0


def test_export_to_stdout(tmp_path: Path, capfdbinary: pytest.CaptureFixture[bytes]) -> None:
    db = str(tmp_path / "a.sqlite")
    assert run(["members", "import", "--db", db, str(_write(tmp_path / "m.csv", MEMBERS))]) == 0
    capfdbinary.readouterr()
    assert run(["members", "export", "--db", db, "-"]) == 0
    assert "Lefèvre".encode() in capfdbinary.readouterr().out


def test_usage_errors_exit_2(tmp_path: Path) -> None:
    with pytest.raises(SystemExit) as exc:
        run(["members", "export", "--variant", "latin9", str(tmp_path / "x.csv")])
    assert exc.value.code == 2
