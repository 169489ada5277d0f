# SPDX-License-Identifier: GPL-3.0-or-later
"""``talagov journal verify|seal|list`` on the demo, and on its file tampered by hand."""

from __future__ import annotations

import json
import sqlite3
from datetime import date, datetime
from pathlib import Path

import pytest

from talagov.cli.main import main
from talagov.core.members import Member, PersonKind
from talagov.services import members
from talagov.services.demo.votes import SECRETARY_PASSPHRASE
from talagov.services.uow import UnitOfWork
from talagov.storage.database import open_database


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str]:
    capsys.readouterr()
    code = main(list(argv))
    return code, capsys.readouterr().out


def _sql(path: Path, *statements: str) -> None:
    with sqlite3.connect(path) as conn:
        for statement in statements:
            conn.execute(statement)


def _admit(path: Path, name: str) -> None:
    """A member admitted through the services: one pending entry."""
    db = open_database(path)
    try:
        with UnitOfWork(db) as uow:
            members.add_member(uow, Member(0, members.next_number(uow), PersonKind.NATURAL, name,
                                           admission_date=date(2026, 1, 5)),
                               now=datetime(2026, 1, 5, 9))  # fmt: skip
    finally:
        db.close()


def test_the_demo_journal_holds(demo_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out = _run(capsys, "journal", "verify", "--db", str(demo_path))
    assert code == 0 and "The journal holds" in out and "Organisation key" in out
    code, out = _run(capsys, "journal", "verify", "--db", str(demo_path), "--json")
    report = json.loads(out)
    assert code == 0 and report["ok"] is True and report["breaks"] == []
    assert report["entries"] == report["signed"] > 0 and report["pending"] == 0
    with sqlite3.connect(demo_path) as conn:
        (last,) = conn.execute("SELECT entry_hash FROM journal_entry ORDER BY sequence DESC "
                               "LIMIT 1").fetchone()  # fmt: skip
        (fingerprint,) = conn.execute("SELECT fingerprint FROM organisation_key").fetchone()
    assert report["last"] == {"sequence": report["entries"], "hash": last}
    assert report["organisation"] == fingerprint and len(report["install"]) == 32
    code, out = _run(capsys, "journal", "verify", "--db", str(demo_path), "--lang", "fr")
    assert code == 0 and "Le journal est intègre" in out


def test_an_entry_changed_in_the_file_is_named(demo_path: Path,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    _sql(demo_path, "DROP TRIGGER journal_entry_no_update",
         "UPDATE journal_entry SET data = CAST(replace(CAST(data AS TEXT), 'ballot', 'bulletin') "
         "AS BLOB) WHERE sequence = (SELECT min(sequence) FROM journal_entry "
         "WHERE kind = 'ballot.accepted')")  # fmt: skip
    with sqlite3.connect(demo_path) as conn:
        (ballot,) = conn.execute("SELECT min(sequence) FROM journal_entry "
                                 "WHERE kind = 'ballot.accepted'").fetchone()  # fmt: skip
    code, out = _run(capsys, "journal", "verify", "--db", str(demo_path), "--json")
    assert code == 1
    report = json.loads(out)
    assert report["ok"] is False and {"sequence": ballot, "kind": "altered"} in report["breaks"]
    code, out = _run(capsys, "journal", "verify", "--db", str(demo_path))
    assert code == 1 and "The journal is broken" in out
    assert f"Entry {ballot:,}: its content no longer gives its hash" in out


def test_a_removed_entry_is_named(demo_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _sql(demo_path, "DROP TRIGGER journal_entry_no_delete",
         "DROP TRIGGER journal_signature_no_delete",
         "DELETE FROM journal_signature WHERE entry_id = (SELECT id FROM journal_entry "
         "WHERE sequence = 10)", "DELETE FROM journal_entry WHERE sequence = 10")
    code, out = _run(capsys, "journal", "verify", "--db", str(demo_path), "--json")
    assert code == 1 and json.loads(out)["breaks"] == [{"sequence": 11, "kind": "misnumbered"}]


def test_seal_signs_what_waits(demo_path: Path, capsys: pytest.CaptureFixture[str],
                               monkeypatch: pytest.MonkeyPatch) -> None:
    code, out = _run(capsys, "journal", "seal", "--db", str(demo_path))
    assert code == 0 and "No entry is waiting" in out
    _admit(demo_path, "Nouvelle")
    code, out = _run(capsys, "journal", "verify", "--db", str(demo_path))
    assert code == 0 and "1 entries wait for the organisation key" in out
    monkeypatch.setenv("ORG", "not the passphrase")
    assert main(["journal", "seal", "--db", str(demo_path), "--passphrase-env", "ORG"]) == 1
    monkeypatch.setenv("ORG", SECRETARY_PASSPHRASE)
    code, out = _run(capsys, "journal", "seal", "--db", str(demo_path), "--passphrase-env", "ORG")
    assert code == 0 and "1 entries signed" in out
    code, out = _run(capsys, "journal", "verify", "--db", str(demo_path), "--json")
    assert json.loads(out)["pending"] == 0


def test_seal_leaves_a_tampered_entry_unsigned(demo_path: Path,
                                              capsys: pytest.CaptureFixture[str],
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    _admit(demo_path, "Première")
    _admit(demo_path, "Seconde")
    _sql(demo_path, "DROP TRIGGER journal_entry_no_update",
         "UPDATE journal_entry SET data = CAST(replace(CAST(data AS TEXT), 'Première', "
         "'Dernière') AS BLOB) WHERE kind = 'member.admitted'")
    monkeypatch.setenv("ORG", SECRETARY_PASSPHRASE)
    code, out = _run(capsys, "journal", "seal", "--db", str(demo_path), "--passphrase-env", "ORG")
    assert code == 1 and "0 entries signed" in out and "2 entries stay unsigned" in out
    code, out = _run(capsys, "journal", "verify", "--db", str(demo_path), "--json")
    assert code == 1 and [b["kind"] for b in json.loads(out)["breaks"]] == ["altered"]


def test_list_shows_a_meetings_entries(demo_path: Path,
                                       capsys: pytest.CaptureFixture[str]) -> None:
    code, out = _run(capsys, "journal", "list", "--db", str(demo_path), "--meeting", "1", "--json")
    entries = json.loads(out)
    assert code == 0 and entries and {e["meeting_id"] for e in entries} == {1}
    kinds = [e["kind"] for e in entries]
    assert kinds.index("meeting.convened") < kinds.index("meeting.opened") \
        < kinds.index("poll.opened") < kinds.index("poll.closed") < kinds.index("meeting.closed")
    assert all(e["signed"] for e in entries)
    assert [e["sequence"] for e in entries] == sorted(e["sequence"] for e in entries)
    code, out = _run(capsys, "journal", "list", "--db", str(demo_path), "--meeting", "1")
    assert code == 0 and "poll.closed [1]" in out and "(signed)" in out
    code, out = _run(capsys, "journal", "list", "--db", str(demo_path), "--meeting", "999")
    assert code == 0 and "no entry yet" in out


def test_a_missing_database_is_a_file_error(tmp_path: Path) -> None:
    assert main(["journal", "verify", "--db", str(tmp_path / "none.sqlite")]) == 2
    assert not (tmp_path / "none.sqlite").exists()
