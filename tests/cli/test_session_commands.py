# SPDX-License-Identifier: GPL-3.0-or-later
"""``talagov session attend|bureau|open|close`` on the demo's upcoming AG (meeting 2):
a secretary holds it from the command line, down to minutes signed and an archive."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from talagov.cli.main import main

MEETING = "2"
CHAIR, CLERK = 5, 11  # keys enrolled at the booth in the demo: passphrase vote-<id:04>


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    capsys.readouterr()
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def _session(capsys: pytest.CaptureFixture[str], db: Path, command: str,
             *argv: str) -> tuple[int, str, str]:
    return _run(capsys, "session", command, "--db", str(db), "--meeting", MEETING, *argv)


def _shown(capsys: pytest.CaptureFixture[str], db: Path) -> dict[str, Any]:
    code, out, _err = _run(capsys, "meeting", "show", "--db", str(db), MEETING, "--json")
    assert code == 0
    data: dict[str, Any] = json.loads(out)
    return data


def _lines(capsys: pytest.CaptureFixture[str], db: Path) -> dict[int, dict[str, Any]]:
    return {line["member_id"]: line for line in _shown(capsys, db)["attendance"]}


@pytest.fixture
def convened(demo_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    """The demo with its upcoming AG convened."""
    assert _run(capsys, "meeting", "convene", "--db", str(demo_path), MEETING)[0] == 0
    return demo_path


def test_attend_records_each_status_and_prints_the_live_quorum(
        convened: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = _session(capsys, convened, "attend", "--present", "5", "11", "--remote", "8",
                            "--excused", "9", "--note", "arrivé en train")
    assert code == 0
    assert "Attendance recorded for 4 member(s)." in out
    assert "present 2" in out and "remote 1" in out and "excused 1" in out
    assert "Quorum not met: " in out and "23 required" in out
    lines = _lines(capsys, convened)
    assert [lines[m]["status"] for m in (5, 11, 8, 9)] == ["present", "present", "remote",
                                                           "excused"]
    # Those who attend arrive now (the sheet shows it); the excused have no times.
    assert lines[5]["arrived"] and lines[8]["arrived"] and lines[9]["arrived"] is None
    # Without any member: the same counts and quorum, nothing changed.
    code, again, _ = _session(capsys, convened, "attend")
    assert code == 0 and "recorded" not in again and "present 2" in again
    code, french, _ = _session(capsys, convened, "attend", "--lang", "fr")
    assert code == 0 and "Quorum non atteint" in french


def test_a_member_who_leaves_keeps_the_line_with_the_time_they_left(
        convened: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert _session(capsys, convened, "attend", "--present", "5")[0] == 0
    arrived = _lines(capsys, convened)[5]["arrived"]
    assert _session(capsys, convened, "attend", "--left", "5")[0] == 0
    line = _lines(capsys, convened)[5]
    assert line["status"] == "present" and line["arrived"] == arrived and line["left"]


def test_attend_refuses_all_or_nothing(convened: Path,
                                       capsys: pytest.CaptureFixture[str]) -> None:
    # Member 29 has no vote at this meeting: member 5, named first, is not recorded either.
    code, _, err = _session(capsys, convened, "attend", "--present", "5", "29")
    assert code == 1 and "29 has no vote at this meeting" in err
    assert _lines(capsys, convened)[5]["status"] == "absent"
    code, _, err = _session(capsys, convened, "attend", "--left", "8")
    assert code == 1 and "Member 8 does not attend" in err
    # How the command was called, not a rule: exit 2.
    code, _, err = _session(capsys, convened, "attend", "--present", "5", "--excused", "5")
    assert code == 2 and "Member 5 is named twice" in err
    code, _, _ = _run(capsys, "session", "attend", "--db", str(convened), "--meeting", "99",
                      "--present", "5")
    assert code == 2


def test_a_missing_database_is_a_file_error(tmp_path: Path,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    missing = tmp_path / "none.sqlite"
    for command in ("attend", "bureau", "open", "close"):
        code, _, err = _session(capsys, missing, command)
        assert code == 2 and "none.sqlite" in err
    assert not missing.exists()


def test_bureau_is_chosen_among_those_attending_and_kept_when_not_named(
        convened: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = _session(capsys, convened, "bureau", "--chair", str(CHAIR))
    assert code == 1 and "does not attend the meeting" in err
    assert _session(capsys, convened, "attend", "--present", "5", "11", "12", "13")[0] == 0
    name = {m: line["name"] for m, line in _lines(capsys, convened).items()}
    code, out, _ = _session(capsys, convened, "bureau", "--chair", str(CHAIR),
                            "--secretary", str(CLERK), "--scrutineer", "12")
    assert code == 0
    assert out.strip() == (f"Bureau: chair {name[CHAIR]}; secretary {name[CLERK]}; "
                           f"scrutineers {name[12]}.")
    # An option left out keeps its value; --scrutineer replaces the list.
    code, out, _ = _session(capsys, convened, "bureau", "--scrutineer", "13", "--scrutineer", "12")
    assert code == 0 and f"chair {name[CHAIR]}; secretary {name[CLERK]};" in out
    assert f"scrutineers {name[13]}, {name[12]}." in out
    code, out, _ = _session(capsys, convened, "bureau", "--secretary-name", "Claire (salariée)")
    assert code == 0 and "secretary Claire (salariée);" in out
    code, shown, _ = _session(capsys, convened, "bureau")
    assert code == 0 and shown == out
    # The chair cannot be a scrutineer; an unknown member is not a rule's refusal (exit 2).
    assert _session(capsys, convened, "bureau", "--scrutineer", str(CHAIR))[0] == 1
    assert _session(capsys, convened, "bureau", "--secretary", "9999")[0] == 2
    assert _session(capsys, convened, "bureau")[1] == out  # both refusals changed nothing


def test_open_needs_a_convened_meeting_and_records_the_opening_quorum(
        demo_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = _session(capsys, demo_path, "open")  # still a draft
    assert code == 1 and "This change of status is not allowed" in err
    assert _run(capsys, "meeting", "convene", "--db", str(demo_path), MEETING)[0] == 0
    assert _session(capsys, demo_path, "attend", "--present", "5", "11")[0] == 0
    # A refused bureau refuses the opening with it: the meeting stays convened.
    code, _, err = _session(capsys, demo_path, "open", "--chair", "9")
    assert code == 1 and _shown(capsys, demo_path)["status"] == "convened"
    code, out, _ = _session(capsys, demo_path, "open", "--chair", str(CHAIR),
                            "--secretary", str(CLERK))
    assert code == 0
    name = {m: line["name"] for m, line in _lines(capsys, demo_path).items()}
    assert f"Bureau: chair {name[CHAIR]}; secretary {name[CLERK]};" in out
    assert "Session of meeting 2 opened at " in out
    assert "Quorum not met: 2 taking part, 23 required" in out
    assert "No chair is chosen" not in out
    assert _shown(capsys, demo_path)["status"] == "in_session"
    code, _, err = _session(capsys, demo_path, "open")
    assert code == 1 and "already has this status" in err


def test_open_without_a_chair_says_the_minutes_will_need_one(
        convened: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = _session(capsys, convened, "open", "--lang", "fr")
    assert code == 0 and "Séance de la réunion 2 ouverte à " in out
    assert "Aucun président de séance n’est choisi" in out


def test_close_waits_for_the_open_polls_then_the_minutes_are_signed_and_exported(
        convened: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    db = str(convened)
    monkeypatch.setenv("SECRETARY", "secretariat-demo")
    monkeypatch.setenv("CHAIR", f"vote-{CHAIR:04d}")
    monkeypatch.setenv("CLERK", f"vote-{CLERK:04d}")
    assert _session(capsys, convened, "close")[0] == 1  # not in session yet
    assert _session(capsys, convened, "attend", "--present", "5", "11")[0] == 0
    assert _session(capsys, convened, "open", "--chair", str(CHAIR),
                    "--secretary", str(CLERK))[0] == 0
    assert _run(capsys, "polls", "--db", db, "--meeting", MEETING, "--open", "1")[0] == 0
    code, _, err = _session(capsys, convened, "close")
    assert code == 1 and "still open (number(s) 1)" in err
    assert _shown(capsys, convened)["status"] == "in_session"
    assert _run(capsys, "polls", "--db", db, "--meeting", MEETING, "--close", "1",
                "--passphrase-env", "SECRETARY")[0] == 0
    code, out, _ = _session(capsys, convened, "close")
    assert code == 0
    assert "Session of meeting 2 closed at " in out
    assert "talagov minutes show --meeting 2" in out
    # The polls never opened are named: their items were not put to the vote.
    assert "Poll 2 was never opened: “Affectation du résultat”" in out
    assert out.count("was never opened") == 3
    assert _shown(capsys, convened)["status"] == "closed"
    assert _session(capsys, convened, "attend", "--present", "12")[0] == 1  # sheet final
    # The minutes are drafted with the bureau's chair and secretary as signatories, who
    # sign with their keys on this laptop; the last signature enters the register.
    code, out, _ = _run(capsys, "minutes", "show", "--db", db, "--meeting", MEETING, "--json")
    minutes = json.loads(out)
    assert [(s["member_id"], s["role"]) for s in minutes["signatories"]] == [
        (CHAIR, "chair"), (CLERK, "secretary")]
    assert _run(capsys, "minutes", "submit", "--db", db, "--meeting", MEETING)[0] == 0
    assert _run(capsys, "minutes", "sign", "--db", db, "--meeting", MEETING, "--member",
                str(CHAIR), "--passphrase-env", "CHAIR")[0] == 0
    code, out, _ = _run(capsys, "minutes", "sign", "--db", db, "--meeting", MEETING, "--member",
                        str(CLERK), "--passphrase-env", "CLERK",
                        "--org-passphrase-env", "SECRETARY")
    assert code == 0 and "entered in the register as number 2" in out
    archive = tmp_path / "ag.zip"
    assert _run(capsys, "export", "--db", db, "--meeting", MEETING, "--out", str(archive),
                "--org-passphrase-env", "SECRETARY")[0] == 0
    code, out, _ = _run(capsys, "verify", str(archive), "--json")
    assert code == 0 and json.loads(out)["ok"] is True
