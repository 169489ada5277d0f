# SPDX-License-Identifier: GPL-3.0-or-later
"""``talagov meeting``: read the demo's meetings, script a new one, convene it lawfully."""

from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path

import pytest

from talagov.cli.main import main
from tests.reports.pdftools import pdf_text


def _json(capsys: pytest.CaptureFixture[str], *argv: str) -> object:
    assert main(list(argv)) == 0
    return json.loads(capsys.readouterr().out)


def test_list_shows_the_past_and_the_upcoming_ag_and_the_board(
        demo_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    rows = _json(capsys, "meeting", "list", "--db", str(demo_path), "--json")
    assert isinstance(rows, list)
    # Newest first: next year's AG (draft), the past AG, the board that convened it.
    assert [(r["type"], r["status"]) for r in rows] == [
        ("ago", "draft"), ("ago", "closed"), ("board", "closed")]
    assert {"id", "title", "type", "date", "status"} <= set(rows[0])
    assert main(["meeting", "list", "--db", str(demo_path)]) == 0
    assert "Assemblée générale ordinaire annuelle" in capsys.readouterr().out


def test_show_tells_agenda_log_attendance_proxies_and_quorum(
    demo_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    past = _json(capsys, "meeting", "show", "--db", str(demo_path), "1", "--json")
    assert isinstance(past, dict)
    assert past["status"] == "closed" and len(past["agenda"]) == 5
    assert past["convocations"] and all(s["status"] == "sent" for s in past["convocations"])
    statuses = {line["status"] for line in past["attendance"]}
    assert {"present", "represented", "correspondence"} <= statuses
    assert any(p["blank"] for p in past["proxies"])
    quorum = past["quorum"]
    assert quorum["met"] and quorum["participants"] >= quorum["required"] > 0
    assert quorum["explanation"], "the quorum comes with its explanation"
    assert main(["meeting", "show", "--db", str(demo_path), "1", "--lang", "fr"]) == 0
    assert "Quorum atteint" in capsys.readouterr().out


def test_script_a_meeting_then_convene_refuses_a_short_notice(
    demo_path: Path, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    db = str(demo_path)
    on = date.today() + timedelta(days=10)
    assert main(["meeting", "create", "--db", db, "--title", "AGE statuts", "--type", "age",
                 "--date", on.isoformat(), "--time", "18:00", "--place", "Mairie"]) == 0
    meeting_id = capsys.readouterr().out.strip()
    assert main(["meeting", "add-item", "--db", db, meeting_id, "--title", "Modification des statuts",
                 "--nature", "extraordinary", "--text", "L'assemblée modifie l'article 12."]) == 0
    capsys.readouterr()
    # Ten days are fewer than the fifteen the statutes require: refused, nothing changes.
    assert main(["meeting", "convene", "--db", db, meeting_id]) == 1
    err = capsys.readouterr().err
    assert "15" in err
    shown = _json(capsys, "meeting", "show", "--db", db, meeting_id, "--json")
    assert isinstance(shown, dict) and shown["status"] == "draft"
    # With an explicit reason the secretary may convene; the reason is kept for the minutes.
    letters = tmp_path / "courriers.pdf"
    assert main(["meeting", "convene", "--db", db, meeting_id, "--override",
                 "Tous les associés ont renoncé au délai", "--postal-pdf", str(letters)]) == 0
    capsys.readouterr()
    shown = _json(capsys, "meeting", "show", "--db", db, meeting_id, "--json")
    assert isinstance(shown, dict) and shown["status"] == "convened"
    assert shown["notice_override"] == "Tous les associés ont renoncé au délai"
    assert letters.stat().st_size > 0
    assert "Modification des statuts" in pdf_text(letters.read_bytes())


def test_convene_check_only_changes_nothing(demo_path: Path,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    db = str(demo_path)
    assert main(["meeting", "convene", "--db", db, "2", "--check",
                 "--sending-date", "2027-05-01"]) == 0
    shown = _json(capsys, "meeting", "show", "--db", db, "2", "--json")
    assert isinstance(shown, dict) and shown["status"] == "draft"


def test_unknown_meeting_and_missing_database(tmp_path: Path, demo_path: Path,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["meeting", "show", "--db", str(demo_path), "99"]) == 2
    assert main(["meeting", "list", "--db", str(tmp_path / "none.sqlite")]) == 2
    assert not (tmp_path / "none.sqlite").exists()


@pytest.mark.parametrize("argv", [["create", "--title", "AG", "--date", "2027-06-12"],
                                  ["add-item", "1", "--title", "Comptes"], ["convene", "1"]])
def test_a_missing_database_is_a_file_error_for_every_command(
    tmp_path: Path, argv: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    missing = tmp_path / "none.sqlite"
    assert main(["meeting", *argv, "--db", str(missing)]) == 2  # not 1: no rule refused
    assert "none.sqlite" in capsys.readouterr().err
    assert not missing.exists()


def test_convene_with_an_unwritable_letters_file_is_a_file_error_and_changes_nothing(
    demo_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = str(demo_path)
    out = tmp_path / "no-such-dir" / "lettres.pdf"
    assert main(["meeting", "convene", "--db", db, "2", "--sending-date", "2027-05-01",
                 "--override", "test", "--postal-pdf", str(out)]) == 2
    assert str(out) in capsys.readouterr().err
    shown = _json(capsys, "meeting", "show", "--db", db, "2", "--json")
    assert isinstance(shown, dict) and shown["status"] == "draft"


def test_attendance_sheet_command_writes_the_pdf(demo_path: Path, tmp_path: Path) -> None:
    out = tmp_path / "feuille.pdf"
    assert main(["meeting", "attendance-sheet", "--db", str(demo_path), "1", str(out)]) == 0
    assert "Feuille de présence" in pdf_text(out.read_bytes())


def test_convene_and_send_the_emails_to_consenting_members(
    demo_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from aiosmtpd.controller import Controller

    from talagov.services import convocations
    from talagov.services.uow import UnitOfWork
    from talagov.storage.convocations_repo import MailSettings
    from talagov.storage.database import open_database
    from tests.services.test_convocations import Collector, _free_port

    collector, port = Collector(), _free_port()
    controller = Controller(collector, hostname="127.0.0.1", port=port)
    controller.start()
    try:
        db = open_database(demo_path)
        with UnitOfWork(db) as uow:
            convocations.save_mail_settings(uow, MailSettings(
                host="127.0.0.1", port=port, security="none", sender="ag@lisiere.example"))
            expected = [r for r in convocations.recipients(uow, 2, on=date(2027, 5, 10))
                        if r.channel.value == "email"]
        db.close()
        monkeypatch.delenv("TALAGOV_SMTP_PASSWORD", raising=False)
        assert main(["meeting", "convene", "--db", str(demo_path), "2",
                     "--sending-date", "2027-05-10", "--send-email"]) == 0
    finally:
        controller.stop()
    assert f"E-mails sent: {len(expected)}; failed: 0." in capsys.readouterr().out
    assert len(collector.messages) == len(expected) > 0
    shown = _json(capsys, "meeting", "show", "--db", str(demo_path), "2", "--json")
    assert isinstance(shown, dict)
    assert sum(1 for s in shown["convocations"] if s["channel"] == "email") == len(expected)
