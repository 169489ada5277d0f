# SPDX-License-Identifier: GPL-3.0-or-later
"""``talagov verify FILE.zip``: the checklist, the fingerprint as on paper, the JSON
output and the exit codes, without loading SQLAlchemy or Qt."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from talagov.cli.main import main
from talagov.cli.verify_command import fingerprint_lines
from talagov.core.canonical import readable_fingerprint
from talagov.verifier.api import verify_bundle
from tests.verifier.conftest import exported  # noqa: F401  (the shared fixture)
from tests.verifier.meeting_setup import ExportedMeeting
from tests.verifier.tamper import Rewrite

ROOT = Path(__file__).resolve().parents[2]


def test_a_sound_bundle_exits_0_with_the_fingerprint_as_printed_on_paper(
        exported: ExportedMeeting, capsys: pytest.CaptureFixture[str]) -> None:  # noqa: F811
    assert main(["verify", str(exported.bundle)]) == 0
    out = capsys.readouterr().out
    fingerprint = verify_bundle(exported.bundle).organisation_fingerprint
    first, second = fingerprint_lines(fingerprint)
    assert f"    {first}\n    {second}\n" in out
    assert " ".join((first, second)) == readable_fingerprint(fingerprint)
    assert len(first.split()) == len(second.split()) == 8
    assert "Ballots and electorate" in out and "Every check holds" in out
    assert "✗" not in out


def test_a_tampered_bundle_exits_1_naming_the_file_and_the_subject(
        exported: ExportedMeeting, tmp_path: Path,  # noqa: F811
        capsys: pytest.CaptureFixture[str]) -> None:
    rewrite = Rewrite.of(exported.bundle, exported.assembly.org_key)
    rewrite.edit_json("data/polls.json", lambda d: d["polls"][0]["result"]["counts"][0].update(
        votes=1))
    path = rewrite.write(tmp_path / "t.zip", resign=True)
    assert main(["verify", str(path), "--lang", "fr"]) == 1
    out = capsys.readouterr().out
    failed = [line for line in out.splitlines() if line.lstrip().startswith(("✗", "x "))]
    assert any("data/polls.json — scrutin 1" in line and "Scrutin 1" in line for line in failed)
    assert "Échec" in out


def test_json_output_has_a_stable_schema(exported: ExportedMeeting,  # noqa: F811
                                         capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["verify", str(exported.bundle), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert set(data) == {"format", "version", "file", "ok", "readable", "organisation", "meeting",
                         "exported_at", "generator", "counts", "lines"}
    assert data["format"] == "talagov.verification" and data["version"] == 1
    assert data["ok"] is True and data["readable"] is True
    assert set(data["organisation"]) == {"name", "fingerprint", "readable"}
    assert set(data["counts"]) == {"ok", "failed", "warning"} and data["counts"]["failed"] == 0
    line = data["lines"][0]
    assert set(line) == {"area", "status", "code", "file", "subject", "params", "message"}


def test_a_file_that_is_not_a_bundle_exits_2(tmp_path: Path,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "notes.zip"
    path.write_bytes(b"PK\x03\x04 truncated")
    assert main(["verify", str(path)]) == 2
    assert "not a readable archive" in capsys.readouterr().err
    assert main(["verify", str(path), "--json"]) == 2
    data = json.loads(capsys.readouterr().out)
    assert data["readable"] is False and data["ok"] is False
    assert data["error"]["code"].startswith("bundle.")


def test_verify_loads_neither_sqlalchemy_nor_qt(exported: ExportedMeeting) -> None:  # noqa: F811
    code = (
        "import sys\n"
        "from talagov.cli.main import main\n"
        f"rc = main(['verify', {str(exported.bundle)!r}])\n"
        "bad = [m for m in ('sqlalchemy', 'PySide6', 'alembic') if m in sys.modules]\n"
        "bad += [m for m in sys.modules if m.startswith(('talagov.storage', 'talagov.services',"
        " 'talagov.gui', 'talagov.reports'))]\n"
        "assert not bad, bad\n"
        "sys.exit(rc)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            cwd=ROOT)
    assert result.returncode == 0, result.stderr + result.stdout


def test_global_options_before_the_command_still_dispatch_lightly(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from talagov.cli.main import LIGHT_COMMANDS, command_of

    assert command_of(["--db", "verify", "--lang", "fr", "verify", "x.zip"]) == "verify"
    assert command_of(["--debug"]) is None and "verify" in LIGHT_COMMANDS
    assert main(["--lang", "fr", "verify", str(tmp_path / "absent.zip")]) == 2
    assert "n'est pas une archive lisible" in capsys.readouterr().err


def _a_ballot(meeting: ExportedMeeting, verdict: str) -> tuple[str, int]:
    contents = verify_bundle(meeting.bundle).contents
    assert contents is not None
    return next((b.fingerprint, r.poll.definition.number) for r in contents.polls
                for b in r.ballots if b.verdict.value == verdict)


def test_a_receipt_typed_as_printed_finds_the_counted_ballot(
        exported: ExportedMeeting, capsys: pytest.CaptureFixture[str]) -> None:  # noqa: F811
    fingerprint, number = _a_ballot(exported, "counted")
    typed = readable_fingerprint(fingerprint, groups=5)  # « 3F2A 91C0 … » as on the receipt
    assert main(["verify", str(exported.bundle), "--lang", "fr", "--receipt", typed]) == 0
    out = capsys.readouterr().out
    assert "Reçus de vote" in out
    assert f"Bulletin {readable_fingerprint(fingerprint)} (scrutin {number}," in out
    assert "dans l'archive, compté." in out


def test_a_rejected_ballot_s_receipt_says_why(
        exported: ExportedMeeting, capsys: pytest.CaptureFixture[str]) -> None:  # noqa: F811
    fingerprint, _ = _a_ballot(exported, "rejected")
    assert main(["verify", str(exported.bundle), "--receipt", fingerprint[:20]]) == 0
    assert "in the archive, rejected: " in capsys.readouterr().out


def test_a_receipt_the_archive_lacks_exits_1_and_says_the_ballot_is_missing(
        exported: ExportedMeeting, capsys: pytest.CaptureFixture[str]) -> None:  # noqa: F811
    assert main(["verify", str(exported.bundle), "--json", "--receipt", "ffff" * 5]) == 1
    data = json.loads(capsys.readouterr().out)
    assert data["ok"] is True  # the archive holds; the receipt's ballot is not in it
    assert data["receipts"] == [{"digits": "ffff" * 5, "found": False, "ballots": []}]


@pytest.mark.parametrize("typed", ["3F2A", "not a fingerprint at all", "G" * 16])
def test_a_receipt_that_is_not_a_fingerprint_is_refused_before_reading(
        typed: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["verify", str(tmp_path / "absent.zip"), "--receipt", typed]) == 2
    assert "at least 16 hexadecimal digits" in capsys.readouterr().err
