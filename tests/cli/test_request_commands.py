# SPDX-License-Identifier: GPL-3.0-or-later
"""``talagov requests [approve|refuse]``: members' certificate requests from the folder."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from talagov.cli.exit_codes import ExitCode
from talagov.cli.request_commands import request_lines
from tests.cli.sync_setup import join, published_org, run, use_test_secrets


@pytest.fixture(autouse=True)
def _setup(monkeypatch: pytest.MonkeyPatch) -> None:
    use_test_secrets(monkeypatch)


@pytest.fixture
def requested(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> tuple[Path, dict[int, str]]:
    """Two members' installs have asked for a certificate and a pass brought the requests
    in; returns the database and each member's key fingerprint as ``enrol`` printed it."""
    db, folder = published_org(tmp_path, capsys)
    printed = {}
    for member_id in (1, 2):
        home = tmp_path / f"member-{member_id}"
        join(capsys, home, folder, member_id)
        code, out, _ = run(capsys, "member", "enrol", "--home", home, "--passphrase-env",
                           "MEMBER_PASS")
        assert code == 0
        printed[member_id] = out.splitlines()[-1].strip()
    assert run(capsys, "sync", "--db", db)[0] == 0
    return db, printed


def _requests(capsys: pytest.CaptureFixture[str], db: Path, *extra: str) -> list[dict[str, object]]:
    code, out, _ = run(capsys, "requests", "--db", db, "--json", *extra)
    assert code == 0
    found: list[dict[str, object]] = json.loads(out)["requests"]
    return found


def test_the_list_shows_the_fingerprint_the_member_reads_out(
        requested: tuple[Path, dict[int, str]], capsys: pytest.CaptureFixture[str]) -> None:
    db, printed = requested
    code, out, _ = run(capsys, "requests", "--db", db)
    assert code == 0
    for fingerprint in printed.values():
        assert f"key fingerprint: {fingerprint}" in out
    assert "member 1 Durand" in out and "[pending]" in out
    assert "only if the member reads you the same fingerprint" in out
    found = _requests(capsys, db)
    assert set(found[0]) == {"id", "status", "member_id", "member_name", "name",
                             "key_fingerprint", "readable", "install_id", "received_at",
                             "decided_at", "note", "replaces", "other_install"}
    assert not any(r["replaces"] or r["other_install"] for r in found)  # first requests
    assert {r["member_id"]: r["readable"] for r in found} == printed


def test_approve_issues_the_certificate_once_and_refuse_keeps_the_note(
        requested: tuple[Path, dict[int, str]], capsys: pytest.CaptureFixture[str]) -> None:
    db, _ = requested
    ids = {r["member_id"]: r["id"] for r in _requests(capsys, db)}
    code, out, _ = run(capsys, "requests", "approve", str(ids[1]), "--db", db,
                       "--passphrase-env", "ORG_PASS")
    assert code == 0 and "Certificate issued to Durand (member 1)" in out
    code, _, err = run(capsys, "requests", "approve", str(ids[1]), "--db", db,
                       "--passphrase-env", "ORG_PASS")
    assert code == ExitCode.VALIDATION and err.count("\n") == 1
    code, out, _ = run(capsys, "requests", "refuse", str(ids[2]), "--db", db, "--note",
                       "pas la bonne empreinte")
    assert code == 0 and f"Request {ids[2]} refused." in out
    assert _requests(capsys, db) == []
    decided = {r["member_id"]: r for r in _requests(capsys, db, "--all")}
    assert decided[1]["status"] == "issued" and decided[2]["status"] == "refused"
    assert decided[2]["note"] == "pas la bonne empreinte"
    _, out, _ = run(capsys, "requests", "--db", db)
    assert out.strip() == "No certificate request."


def test_an_unknown_request_is_exit_2_before_any_passphrase_is_asked(
        requested: tuple[Path, dict[int, str]], capsys: pytest.CaptureFixture[str]) -> None:
    db, _ = requested
    code, _, err = run(capsys, "requests", "approve", "99", "--db", db)  # no passphrase given
    assert code == ExitCode.USAGE and "passphrase" not in err
    assert run(capsys, "requests", "refuse", "99", "--db", db, "--note", "x")[0] == ExitCode.USAGE


def test_a_wrong_passphrase_issues_nothing(
        requested: tuple[Path, dict[int, str]], capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    db, _ = requested
    monkeypatch.setenv("WRONG", "pas la bonne phrase")
    first = _requests(capsys, db)[0]
    code, _, _ = run(capsys, "requests", "approve", str(first["id"]), "--db", db,
                     "--passphrase-env", "WRONG")
    assert code == ExitCode.VALIDATION
    assert [r["status"] for r in _requests(capsys, db)] == ["pending", "pending"]


def test_the_lines_are_translated() -> None:
    data = [{"id": 3, "status": "pending", "member_id": 1042, "member_name": "Durand",
             "name": "J. Durand", "readable": "AAAA BBBB", "received_at": "2026-12-01T10:00:00"}]
    french = request_lines(data, "fr")
    assert french[0].startswith("#3 [en attente] sociétaire 1042 Durand")
    assert "«\u00a0J. Durand\u00a0»" in french[0] and "2026-12-01 10:00:00" in french[0]
    assert french[1].endswith("AAAA BBBB")
    assert request_lines([], "en") == ["No certificate request."]


def test_a_request_that_would_replace_a_valid_key_says_so(
        requested: tuple[Path, dict[int, str]], capsys: pytest.CaptureFixture[str],
        tmp_path: Path) -> None:
    db, _ = requested
    ids = {r["member_id"]: r["id"] for r in _requests(capsys, db)}
    assert run(capsys, "requests", "approve", str(ids[1]), "--db", db,
               "--passphrase-env", "ORG_PASS")[0] == 0
    # Another install asks in member 1's name (anyone able to write in the folder can).
    home = tmp_path / "elsewhere"
    join(capsys, home, tmp_path / "partage", 1)
    assert run(capsys, "member", "enrol", "--home", home, "--passphrase-env",
               "MEMBER_PASS")[0] == 0
    assert run(capsys, "sync", "--db", db, "--no-publish")[0] == 0
    (new,) = [r for r in _requests(capsys, db) if r["member_id"] == 1]
    assert (new["replaces"], new["other_install"]) == (True, True)
    _, out, _ = run(capsys, "requests", "--db", db)
    assert "warning: Durand already holds a valid certificate" in out
    assert "another install than the member's earlier request" in out
    code, _, err = run(capsys, "requests", "approve", str(new["id"]), "--db", db,
                       "--passphrase-env", "ORG_PASS")
    assert code == 0 and "revokes the key the member votes with today" in err


def test_the_warnings_are_translated() -> None:
    data = [{"id": 3, "status": "pending", "member_id": 1042, "member_name": "Durand",
             "name": "J. Durand", "readable": "AAAA BBBB", "received_at": "2026-12-01T10:00:00",
             "replaces": True, "other_install": True}]
    french = request_lines(data, "fr")
    assert french[2] == ("    attention\u00a0: Durand a déjà un certificat valide — le délivrer "
                         "révoque la clé avec laquelle ce sociétaire vote aujourd'hui")
    assert french[3].startswith("    attention\u00a0: cette demande vient d'une autre installation")
