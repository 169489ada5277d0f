# SPDX-License-Identifier: GPL-3.0-or-later
"""``talagov sync``: one pass of the secretary's install, publish then import."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from talagov.cli.exit_codes import ExitCode
from talagov.cli.sync_commands import pass_lines
from talagov.services import polls
from talagov.services.uow import UnitOfWork
from talagov.storage.database import open_database
from tests.cli.sync_setup import certified, org_and_folder, run, use_test_secrets
from tests.services.conftest import NOW

FOREIGN = "0123456789abcdef0123456789abcdef"  # a member install's directory name


@pytest.fixture(autouse=True)
def _setup(monkeypatch: pytest.MonkeyPatch) -> None:
    use_test_secrets(monkeypatch)


@pytest.fixture
def org(tmp_path: Path) -> tuple[Path, Path]:
    """The cooperative's database and an empty shared folder."""
    return org_and_folder(tmp_path)


def _names(folder: Path, pattern: str) -> list[str]:
    return sorted(p.name for p in folder.glob(pattern))


def test_without_a_folder_the_pass_says_so_and_exits_2(
        org: tuple[Path, Path], capsys: pytest.CaptureFixture[str]) -> None:
    db, folder = org
    assert run(capsys, "sync", "--db", db)[0] == ExitCode.USAGE
    code, _, err = run(capsys, "sync", "--db", db, "--folder", folder / "missing")
    assert code == ExitCode.USAGE and "missing" in err


def test_without_the_key_the_pass_publishes_what_needs_none_and_says_what_waits(
        org: tuple[Path, Path], capsys: pytest.CaptureFixture[str]) -> None:
    db, folder = org
    code, out, _ = run(capsys, "sync", "--db", db, "--folder", folder)  # no terminal here
    assert code == ExitCode.OK
    assert "to sign were not published" in out and "--passphrase-env" in out
    assert _names(folder, "organisation/identity-*.json") == []
    assert len(_names(folder, "organisation/documents/*")) == 1  # the convocation
    # The folder is remembered: the next pass needs no --folder.
    code, out, _ = run(capsys, "sync", "--db", db, "--passphrase-env", "ORG_PASS")
    assert code == ExitCode.OK and "(identity)" in out and "(package)" in out
    assert len(_names(folder, "organisation/identity-*.json")) == 1
    assert len(_names(folder, "organisation/meetings/meeting-1-*.json")) == 1
    code, out, _ = run(capsys, "sync", "--db", db, "--passphrase-env", "ORG_PASS")
    assert "Nothing new to publish." in out


def test_a_wrong_passphrase_is_refused_and_nothing_is_signed(
        org: tuple[Path, Path], capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    db, folder = org
    monkeypatch.setenv("WRONG", "pas la bonne phrase")
    code, _, err = run(capsys, "sync", "--db", db, "--folder", folder, "--passphrase-env", "WRONG")
    assert code == ExitCode.VALIDATION and err.count("\n") == 1
    assert _names(folder, "organisation/identity-*.json") == []
    code, _, err = run(capsys, "sync", "--db", db, "--passphrase-env", "UNSET_VARIABLE")
    assert code == ExitCode.VALIDATION and "UNSET_VARIABLE" in err


def test_no_publish_imports_only(org: tuple[Path, Path],
                                 capsys: pytest.CaptureFixture[str]) -> None:
    db, folder = org
    code, out, _ = run(capsys, "sync", "--db", db, "--folder", folder, "--no-publish", "--json")
    data = json.loads(out)
    assert code == ExitCode.OK and data["published"]["state"] == "skipped"
    assert not (folder / "organisation").exists()


def test_a_member_s_ballots_are_counted_once_however_often_the_folder_is_read(
        org: tuple[Path, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db, folder = org
    assert run(capsys, "sync", "--db", db, "--folder", folder, "--passphrase-env",
               "ORG_PASS")[0] == 0
    home = tmp_path / "durand"
    certified(capsys, db, folder, home, 1)
    code, _, err = run(capsys, "member", "vote", "--home", home, "--meeting", "1", "--choice",
                       "1=for", "--choice", "2=against", "--passphrase-env", "MEMBER_PASS")
    assert code == 0, err
    code, out, _ = run(capsys, "sync", "--db", db, "--passphrase-env", "ORG_PASS", "--json")
    assert json.loads(out)["imported"]["ballots"] == {"counted": 2}
    for _ in range(2):
        code, out, _ = run(capsys, "sync", "--db", db, "--passphrase-env", "ORG_PASS")
        assert code == 0 and "No new ballot." in out
    database = open_database(db)
    try:
        with UnitOfWork(database) as uow:
            assert [p.ballots for p in polls.list_polls(uow, 1)] == [1, 1]
    finally:
        database.close()


def test_a_malformed_file_is_set_aside_with_its_reason_and_never_stops_the_pass(
        org: tuple[Path, Path], capsys: pytest.CaptureFixture[str]) -> None:
    db, folder = org
    ballots = folder / "members" / FOREIGN / "ballots"
    ballots.mkdir(parents=True)
    bad = ballots / "ballot-1-1-0123456789abcdef.json"
    bad.write_bytes(b'{"format": "talagov.ballot", "not": "a ballot"}')
    code, out, _ = run(capsys, "sync", "--db", db, "--folder", folder, "--no-publish")
    assert code == ExitCode.OK
    assert "Set aside: 1 file(s)" in out and "ballot-1-1-0123456789abcdef.json" in out
    code, out, _ = run(capsys, "sync", "--db", db, "--no-publish", "--json")
    data = json.loads(out)
    assert data["imported"]["quarantined"] == []  # reported once, when first set aside
    assert bad.read_bytes().startswith(b'{"format"')  # the folder is left as it is


def test_the_json_of_a_pass_has_stable_keys(org: tuple[Path, Path],
                                            capsys: pytest.CaptureFixture[str]) -> None:
    db, folder = org
    _, out, _ = run(capsys, "sync", "--db", db, "--folder", folder, "--passphrase-env",
                    "ORG_PASS", "--json")
    data = json.loads(out)
    assert set(data) == {"folder", "published", "imported", "requests_waiting"}
    assert set(data["published"]) == {"state", "files", "unchanged", "waiting", "damaged",
                                      "problems"}
    assert set(data["imported"]) == {"scanned", "unchanged", "ballots", "requests", "proxies",
                                     "duplicates", "quarantined"}
    assert {f["kind"] for f in data["published"]["files"]} == {"identity", "package",
                                                               "document"}
    assert all(set(f) == {"path", "kind", "meeting_id", "reason"}
               for f in data["published"]["files"])


def test_the_lines_of_a_pass_name_what_waits_and_what_was_set_aside() -> None:
    data = {
        "folder": "/partage",
        "published": {"state": "no_key", "files": [], "unchanged": 3,
                      "waiting": [{"path": "organisation/identity-*.json", "kind": "identity",
                                   "meeting_id": None, "reason": "new"}],
                      "damaged": ["organisation/documents/ab.pdf"],
                      "problems": [{"kind": "package", "meeting_id": 1,
                                    "code": "sync.package_unpublishable",
                                    "message": "The meeting \u201cAG\u201d is not published."}]},
        "imported": {"scanned": 4, "unchanged": 1, "ballots": {"counted": 2, "rejected": 1},
                     "requests": 1, "proxies": 0, "duplicates": 0,
                     "quarantined": [{"path": "members/x/ballots/b.json", "reason": "broken"}]},
        "requests_waiting": 1,
    }
    lines = pass_lines(data, "en")
    assert "1 file(s) to sign were not published" in lines[1]
    assert any("organisation/documents/ab.pdf" in line for line in lines)
    assert "The meeting \u201cAG\u201d is not published." in lines
    assert "Ballots: counted 2, rejected 1." in lines
    assert "  members/x/ballots/b.json: broken" in lines
    assert "Certificate requests waiting: 1 (talagov requests)." in lines
    french = pass_lines(data, "fr")
    assert "Bulletins\u00a0: compté 2, rejeté 1." in french


def test_a_meeting_members_could_not_read_is_reported_and_the_rest_is_published(
        org: tuple[Path, Path], capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    from talagov.core import meeting_package
    from talagov.core.library import DocumentKind
    from talagov.services import library

    db, folder = org
    # The readers' limit (64 MiB in real life) brought down so as not to write as much.
    monkeypatch.setattr(meeting_package, "MAX_DOCUMENT", 1024 * 1024)
    database = open_database(db)
    try:
        with UnitOfWork(database) as uow:
            doc, _ = library.add_document(uow, b"%PDF-1.4\n" + b"0" * (1024 * 1024),
                                          filename="scan.pdf", title="Rapport annuel (scan)",
                                          kind=DocumentKind.REPORT, now=NOW)  # fmt: skip
            library.attach(uow, 1, doc)
    finally:
        database.close()
    code, out, _ = run(capsys, "sync", "--db", db, "--folder", folder, "--passphrase-env",
                       "ORG_PASS")
    assert code == ExitCode.OK and "(identity)" in out  # the rest is published
    [line] = [line for line in out.splitlines() if "is not published" in line]
    assert line.startswith("The meeting \u201cAG\u201d is not published in the shared folder")
    assert "Rapport annuel (scan)" in line and "too large" in line
    assert _names(folder, "organisation/meetings/*") == []
    code, out, _ = run(capsys, "sync", "--db", db, "--passphrase-env", "ORG_PASS", "--json",
                       "--lang", "fr")
    [problem] = json.loads(out)["published"]["problems"]
    assert set(problem) == {"kind", "meeting_id", "code", "message"}
    assert (problem["kind"], problem["meeting_id"], problem["code"]) == (
        "package", 1, "sync.package_unpublishable")
    assert problem["message"].startswith("La réunion «\u00a0AG\u00a0» n'est pas publiée")


def _voted(capsys: pytest.CaptureFixture[str], db: Path, folder: Path, home: Path) -> None:
    """Durand's install certified, and his two ballots in the folder (not imported)."""
    assert run(capsys, "sync", "--db", db, "--folder", folder, "--passphrase-env",
               "ORG_PASS")[0] == 0
    certified(capsys, db, folder, home, 1)
    code, _, err = run(capsys, "member", "vote", "--home", home, "--meeting", "1", "--choice",
                       "1=for", "--choice", "2=against", "--passphrase-env", "MEMBER_PASS")
    assert code == 0, err


def test_a_link_in_place_of_organisation_is_reported_and_the_ballots_are_imported_anyway(
        org: tuple[Path, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db, folder = org
    _voted(capsys, db, folder, tmp_path / "durand")
    # Someone who writes into the folder replaces organisation/ by a link to elsewhere.
    elsewhere = tmp_path / "elsewhere"
    (folder / "organisation").rename(elsewhere)
    (folder / "organisation").symlink_to(elsewhere, target_is_directory=True)
    before = sorted(p.name for p in elsewhere.rglob("*"))
    code, out, err = run(capsys, "sync", "--db", db, "--passphrase-env", "ORG_PASS")
    assert code == ExitCode.USAGE  # the folder needs looking at
    assert "Nothing was published (the reason follows)" in out
    assert "Ballots: counted 2." in out
    assert "is not a real folder of the shared folder" in err and err.count("\n") == 1
    assert sorted(p.name for p in elsewhere.rglob("*")) == before  # nothing written there
    code, out, _ = run(capsys, "sync", "--db", db, "--passphrase-env", "ORG_PASS", "--json")
    published = json.loads(out)["published"]
    assert (published["state"], published["refusal"]["code"]) == ("refused",
                                                                  "sync.folder_unsafe")
    assert published["refusal"]["message"].startswith("\u201c")


def test_a_pass_while_another_runs_says_so_for_both_halves(
        org: tuple[Path, Path], capsys: pytest.CaptureFixture[str]) -> None:
    from talagov.storage import pass_lock

    db, folder = org
    with pass_lock.held(db) as ours:  # the window's watcher, say
        assert ours
        code, out, err = run(capsys, "sync", "--db", db, "--folder", folder,
                             "--passphrase-env", "ORG_PASS")
    assert code == ExitCode.VALIDATION and out == ""
    assert err.splitlines() == [
        "Another synchronisation is running (another window, or \u201ctalagov sync\u201d): "
        "nothing was published this time; the next synchronisation will publish what is "
        "missing.",
        "Another synchronisation is running (another window, or \u201ctalagov sync\u201d): "
        "this one stopped without losing anything, the next one will import what is left"]
    assert _names(folder, "organisation/identity-*.json") == []
