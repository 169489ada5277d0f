# SPDX-License-Identifier: GPL-3.0-or-later
"""``talagov register verify|list|deliberations`` and ``talagov minutes`` on the demo."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from talagov.cli.main import main


def _json(capsys: pytest.CaptureFixture[str], *argv: str) -> object:
    capsys.readouterr()
    assert main(list(argv)) == 0
    return json.loads(capsys.readouterr().out)


def test_verify_says_every_register_holds(demo_path: Path,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    report = _json(capsys, "register", "verify", "--db", str(demo_path), "--json")
    assert isinstance(report, dict) and report["ok"] is True
    assert [(r["register"], r["entries"]) for r in report["registers"]] == [("ag", 1),
                                                                             ("body-1", 1)]
    assert main(["register", "verify", "--db", str(demo_path), "--lang", "fr"]) == 0
    assert "chaîne intacte" in capsys.readouterr().out


def test_verify_names_the_key_it_trusted_and_each_register_head(
        demo_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # Everything checked is in the file: a file rewritten under another key, or whose
    # newest entries went with their minutes, shows only against these, kept elsewhere.
    with sqlite3.connect(demo_path) as conn:
        (fingerprint,) = conn.execute("SELECT fingerprint FROM organisation_key").fetchone()
        heads = dict(conn.execute("SELECT register, entry_hash FROM register_entry"))
    report = _json(capsys, "register", "verify", "--db", str(demo_path), "--json")
    assert isinstance(report, dict) and report["organisation"] == fingerprint
    assert {r["register"]: r["last"] for r in report["registers"]} == {
        key: {"number": 1, "hash": value} for key, value in heads.items()}
    assert main(["register", "verify", "--db", str(demo_path)]) == 0
    out = capsys.readouterr().out
    assert fingerprint[:4].upper() in out and "compare it with the fingerprint printed" in out
    assert f"last entry: number 1, hash {heads['ag'][:16].upper()}" in out


def test_verify_names_the_altered_entry_and_exits_1(demo_path: Path,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    with sqlite3.connect(demo_path) as conn:
        # One character of the AG's entry changes: the year of the meeting date.
        conn.execute("UPDATE register_entry SET data = replace(data, '\"meeting_date\":\"2026',"
                     " '\"meeting_date\":\"2025') WHERE register = 'ag'")
    capsys.readouterr()
    assert main(["register", "verify", "--db", str(demo_path)]) == 1
    out = capsys.readouterr().out
    assert "BAD ag" in out and "entry 1 was altered" in out
    assert "OK  body-1" in out


def test_verify_finds_a_removed_entry(demo_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with sqlite3.connect(demo_path) as conn:
        conn.execute("DELETE FROM register_entry WHERE register = 'ag'")
    report = json.loads(_run_json_failing(capsys, demo_path))
    bad = [r for r in report["registers"] if not r["ok"]]
    assert [(r["register"], r["break"]) for r in bad] == [("ag", "missing")]


def _run_json_failing(capsys: pytest.CaptureFixture[str], demo_path: Path) -> str:
    capsys.readouterr()
    assert main(["register", "verify", "--db", str(demo_path), "--json"]) == 1
    return capsys.readouterr().out


def test_list_and_print_the_registers(demo_path: Path, tmp_path: Path,
                                      capsys: pytest.CaptureFixture[str]) -> None:
    listed = _json(capsys, "register", "list", "--db", str(demo_path), "--json")
    assert isinstance(listed, list)
    ag = listed[0]
    assert ag["register"] == "ag" and ag["entries"][0]["number"] == 1
    assert len(ag["entries"][0]["signatories"]) == 2
    out = tmp_path / "registre.pdf"
    assert main(["register", "deliberations", "--db", str(demo_path), str(out)]) == 0
    assert out.read_bytes().startswith(b"%PDF")


def test_minutes_show_and_pdf(demo_path: Path, tmp_path: Path,
                              capsys: pytest.CaptureFixture[str]) -> None:
    shown = _json(capsys, "minutes", "show", "--db", str(demo_path), "--meeting", "1", "--json")
    assert isinstance(shown, dict)
    assert shown["status"] == "signed" and shown["number"] == 1 and shown["register"] == "ag"
    assert all(s["signed_at"] for s in shown["signatories"]) and shown["missing"] == []
    out = tmp_path / "pv.pdf"
    assert main(["minutes", "pdf", "--db", str(demo_path), "--meeting", "1", "--out", str(out)]) == 0
    assert b"/ByteRange" in out.read_bytes()  # the signed file, not a preview


def test_signing_twice_is_refused_with_exit_1(demo_path: Path,
                                              capsys: pytest.CaptureFixture[str],
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    shown = _json(capsys, "minutes", "show", "--db", str(demo_path), "--meeting", "1", "--json")
    assert isinstance(shown, dict)
    member = shown["signatories"][0]["member_id"]
    monkeypatch.setenv("PASS", f"vote-{member:04d}")
    assert main(["minutes", "sign", "--db", str(demo_path), "--meeting", "1", "--member",
                 str(member), "--passphrase-env", "PASS"]) == 1
    assert "not submitted" in capsys.readouterr().err


def test_a_missing_database_exits_2(tmp_path: Path) -> None:
    assert main(["register", "verify", "--db", str(tmp_path / "none.sqlite")]) == 2
    assert not (tmp_path / "none.sqlite").exists()


def test_a_time_stamp_is_added_later_and_the_register_still_holds(
        demo_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from tests.core.tsa_fixtures import running_tsa

    db = str(demo_path)
    with running_tsa() as tsa:
        assert main(["minutes", "tsa", "--db", db, "--set", tsa.url]) == 0
        assert main(["minutes", "timestamp", "--db", db, "--meeting", "1"]) == 0
        assert "time-stamp added" in capsys.readouterr().out
        # Twice is refused: it already carries one.
        assert main(["minutes", "timestamp", "--db", db, "--meeting", "1"]) == 1
    shown = _json(capsys, "minutes", "show", "--db", db, "--meeting", "1", "--json")
    assert isinstance(shown, dict) and shown["timestamp"] == "rfc3161"
    report = _json(capsys, "register", "verify", "--db", db, "--json")
    assert isinstance(report, dict) and report["ok"] is True


def test_a_bad_authority_address_is_refused(demo_path: Path,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["minutes", "tsa", "--db", str(demo_path), "--set", "ftp://tsa.example"]) == 1
    assert "https://" in capsys.readouterr().err
    assert main(["minutes", "tsa", "--db", str(demo_path)]) == 0
    assert "No time-stamping authority" in capsys.readouterr().out
