# SPDX-License-Identifier: GPL-3.0-or-later
"""``talagov member …``: a member's install, with no database, through the shared folder."""

from __future__ import annotations

import json
import shlex
import sys
import types
from dataclasses import replace
from datetime import datetime
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from talagov.cli.exit_codes import ExitCode
from talagov.cli.member_commands import parse_choice
from talagov.core.canonical import sha256_hex
from talagov.core.errors import UserError
from talagov.services import session
from talagov.services.uow import UnitOfWork
from talagov.storage.database import open_database
from tests.cli.sync_setup import (
    ORG_PASS,
    certified,
    fingerprint_of,
    join,
    published_org,
    run,
    use_test_secrets,
)


@pytest.fixture(autouse=True)
def _setup(monkeypatch: pytest.MonkeyPatch) -> None:
    use_test_secrets(monkeypatch)


@pytest.fixture
def published(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> tuple[Path, Path]:
    """The cooperative's database and its shared folder after a first pass."""
    return published_org(tmp_path, capsys)


def test_join_first_shows_the_fingerprint_to_compare_and_trusts_nothing(
        published: tuple[Path, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _, folder = published
    home = tmp_path / "home"
    code, out, _ = run(capsys, "member", "join", "--home", home, "--folder", folder)
    assert code == ExitCode.VALIDATION
    assert "Organisation: Fonderie du Val" in out
    assert len(fingerprint_of(out).split()) == 16 and "--fingerprint" in out
    assert not home.exists()
    code, _, err = run(capsys, "member", "join", "--home", home, "--folder", folder,
                       "--fingerprint", "0000 1111")
    assert code == ExitCode.VALIDATION and err.count("\n") == 1 and not home.exists()


def test_join_without_a_member_lists_who_one_may_be(
        published: tuple[Path, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _, folder = published
    code, out, _ = run(capsys, "member", "join", "--home", tmp_path / "h", "--folder", folder)
    fingerprint = fingerprint_of(out).lower().replace(" ", "")  # spaces and case ignored
    code, out, _ = run(capsys, "member", "join", "--home", tmp_path / "h", "--folder", folder,
                       "--fingerprint", fingerprint)
    assert code == ExitCode.OK and "--member ID" in out
    assert "  1: Durand" in out and "  3: Petit" in out
    code, out, _ = join(capsys, tmp_path / "h", folder, 2)
    assert code == ExitCode.OK and "You are member 2: Martin." in out


def test_an_install_that_has_not_joined_says_so_with_exit_2(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    nobody = tmp_path / "nobody"
    for argv in (("show",), ("sync",), ("enrol", "--passphrase-env", "MEMBER_PASS"),
                 ("vote", "--meeting", "1")):
        code, _, err = run(capsys, "member", *argv, "--home", nobody)
        assert code == ExitCode.USAGE and "join" in err, (argv, err)


def test_from_joining_to_a_counted_vote(published: tuple[Path, Path], tmp_path: Path,
                                        capsys: pytest.CaptureFixture[str]) -> None:
    db, folder = published
    home = tmp_path / "durand"
    assert join(capsys, home, folder, 1)[0] == 0
    code, _, err = run(capsys, "member", "vote", "--home", home, "--meeting", "1")
    assert code == ExitCode.VALIDATION and "certificate" in err  # none yet
    code, out, _ = run(capsys, "member", "enrol", "--home", home, "--passphrase-env",
                       "MEMBER_PASS")
    assert code == 0 and "Read this fingerprint to the secretary" in out
    readable = out.splitlines()[-1].strip()
    assert len(readable.split()) == 16
    _, out, _ = run(capsys, "member", "show", "--home", home)
    assert "waiting for the secretary's certificate" in out
    # The secretary's side, then the member's next pass picks up the certificate.
    run(capsys, "sync", "--db", db, "--passphrase-env", "ORG_PASS")
    _, out, _ = run(capsys, "requests", "--db", db)
    assert readable in out
    assert run(capsys, "requests", "approve", "1", "--db", db, "--passphrase-env",
               "ORG_PASS")[0] == 0
    run(capsys, "sync", "--db", db, "--passphrase-env", "ORG_PASS")
    code, out, _ = run(capsys, "member", "sync", "--home", home)
    assert code == 0 and "Certificate received" in out
    _, out, _ = run(capsys, "member", "sync", "--home", home)
    assert "Certificate received" not in out and "you can vote" in out
    code, out, _ = run(capsys, "member", "vote", "--home", home, "--meeting", "1")
    assert code == 0 and "Poll 1 open for remote voting: Comptes" in out
    code, out, _ = run(capsys, "member", "vote", "--home", home, "--meeting", "1", "--choice",
                       "1=for", "--choice", "2=abstain", "--passphrase-env", "MEMBER_PASS")
    assert code == 0 and out.count("Ballot placed in the folder") == 2
    assert out.count("receipt") == 2
    code, out, _ = run(capsys, "sync", "--db", db, "--passphrase-env", "ORG_PASS")
    assert "Ballots: counted 2." in out


def test_a_vote_for_a_poll_that_is_not_open_or_a_bad_choice_is_refused(
        published: tuple[Path, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db, folder = published
    home = tmp_path / "durand"
    certified(capsys, db, folder, home, 1)
    for choice in ("9=for", "1=maybe", "1=for@3", "for"):
        code, _, err = run(capsys, "member", "vote", "--home", home, "--meeting", "1",
                           "--choice", choice, "--passphrase-env", "MEMBER_PASS")
        assert code == ExitCode.VALIDATION and err.count("\n") == 1, (choice, err)
    assert not list(folder.glob("members/*/ballots/*"))


def test_a_proxy_travels_to_the_secretary_s_install(
        published: tuple[Path, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db, folder = published
    home = tmp_path / "martin"
    certified(capsys, db, folder, home, 2)
    code, out, _ = run(capsys, "member", "proxy", "--home", home, "--meeting", "1",
                       "--holder", "1", "--passphrase-env", "MEMBER_PASS")
    assert code == 0 and "Proxy given to 1 Durand" in out
    code, out, _ = run(capsys, "sync", "--db", db, "--passphrase-env", "ORG_PASS")
    assert "Proxies received: 1." in out
    database = open_database(db)
    try:
        with UnitOfWork(database) as uow:
            proxies = session.session_state(uow, 1, at=datetime.now()).proxies
    finally:
        database.close()
    assert [(p.proxy.principal_id, p.proxy.holder_id) for p in proxies] == [(2, 1)]


def test_a_proxy_needs_a_holder_or_blank(tmp_path: Path) -> None:
    from talagov.cli.main import main

    with pytest.raises(SystemExit):
        main(["member", "proxy", "--home", str(tmp_path), "--meeting", "1"])
    with pytest.raises(SystemExit):
        main(["member", "proxy", "--home", str(tmp_path), "--meeting", "1", "--blank",
              "--holder", "2"])


def test_show_json_has_stable_keys(published: tuple[Path, Path], tmp_path: Path,
                                   capsys: pytest.CaptureFixture[str]) -> None:
    _, folder = published
    home = tmp_path / "petit"
    join(capsys, home, folder, 3)
    code, out, _ = run(capsys, "member", "show", "--home", home, "--json")
    data = json.loads(out)
    assert code == 0
    assert set(data) == {"home", "install_id", "folder", "organisation", "member", "certificate",
                         "meetings", "ballots_written", "proxies_given", "archives", "refused"}
    assert data["member"] == {"id": 3, "name": "Petit"}
    assert data["certificate"] == {"state": "none", "not_after": None}
    meeting = data["meetings"][0]
    assert meeting["id"] == 1 and meeting["status"] == "convened"
    assert [p["number"] for p in meeting["polls"]] == [1, 2]
    assert [c["choice"] for c in meeting["polls"][0]["choices"]] == ["for", "against", "abstain"]
    # No path into the folder: a script fetches a verified copy (member fetch).
    assert all(set(d) == {"sha256", "title", "item_id", "size"} for d in meeting["documents"])
    assert str(folder / "organisation") not in out


def test_a_forged_package_is_refused_loudly(published: tuple[Path, Path], tmp_path: Path,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    _, folder = published
    home = tmp_path / "petit"
    join(capsys, home, folder, 3)
    package = sorted(folder.glob("organisation/meetings/*.json"))[0]
    forged = package.with_name("meeting-1-9-0123456789abcdef.json")
    forged.write_bytes(package.read_bytes().replace(b'"AG"', b'"AG extraordinaire"'))
    code, out, err = run(capsys, "member", "sync", "--home", home)
    assert code == 0 and "REFUSED organisation/meetings/meeting-1-9-0123456789abcdef.json" in err
    assert "1 meeting(s) published" in out


def test_open_hands_the_home_to_the_member_s_window(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from talagov.cli.main import main

    opened: list[tuple[Path | None, str | None]] = []

    def open_member_window(home: Path | None, lang: str | None = None) -> int:
        opened.append((home, lang))
        return 0

    window = types.ModuleType("talagov.gui.member.member_window")
    window.open_member_window = open_member_window  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "talagov.gui.member.member_window", window)
    assert main(["member", "open", "--home", str(tmp_path), "--lang", "en"]) == 0
    assert main(["member", "open"]) == 0
    assert opened == [(tmp_path, "en"), (None, None)]


@given(st.integers(1, 10**6), st.lists(st.sampled_from(["for", "against", "abstain", "blank",
                                                        "17", "4"]), min_size=1, max_size=3),
       st.one_of(st.none(), st.integers(1, 10**6)))
def test_parse_choice_reads_poll_choices_and_principal(number: int, words: list[str],
                                                       principal: int | None) -> None:
    text = f"{number}={','.join(words)}" + ("" if principal is None else f"@{principal}")
    poll, who, choices = parse_choice(text, 42)
    assert poll == number and who == (42 if principal is None else principal)
    assert choices == tuple(f"candidate:{w}" if w.isdigit() else w for w in words)


@pytest.mark.parametrize("text", ["", "1", "=for", "x=for", "1=", "1=for@", "1=for@x", "1=,"])
def test_parse_choice_refuses_what_it_cannot_read(text: str) -> None:
    with pytest.raises(UserError) as info:
        parse_choice(text, 42)
    assert info.value.code == "member_cli.bad_choice"


def test_a_folder_holding_two_organisations_says_so_and_the_fingerprint_chooses(
        published: tuple[Path, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from talagov.core.canonical import readable_fingerprint
    from tests.services.member_setup import Folder, identity, impostor

    _, folder = published
    home = tmp_path / "home"
    _, out, _ = run(capsys, "member", "join", "--home", home, "--folder", folder)
    real = fingerprint_of(out)
    # Someone drops an organisation of their own, newer, into the folder.
    Folder(folder, impostor()).publish_identity(identity(impostor(), sequence=7))
    code, out, err = run(capsys, "member", "join", "--home", home, "--folder", folder)
    assert code == ExitCode.VALIDATION and not home.exists()
    assert "WARNING: this folder holds 2 different organisations" in err
    fingerprints = [line.split(":", 1)[1].strip() for line in out.splitlines()
                    if line.startswith("Fingerprint:")]
    assert fingerprints == [readable_fingerprint(impostor().fingerprint), real]  # newest first
    assert '--fingerprint "' not in out and "copy it from the convocation" in out
    code, out, err = run(capsys, "member", "join", "--home", home, "--folder", folder,
                         "--fingerprint", real, "--member", "2")
    assert code == ExitCode.OK and "Fonderie du Val" in out and "You are member 2" in out
    assert "2 different organisations" in err  # still said: tell the secretary
    assert json.loads((home / "membership.json").read_text())["organisation"] == \
        real.replace(" ", "").lower()


# -- verified copies: member fetch -------------------------------------------------------

ZIP = b"PK\x03\x04 the archive"


def _fetch(capsys: pytest.CaptureFixture[str], line: str) -> tuple[int, str, str]:
    """Run a ``talagov member fetch`` command line as ``member show`` printed it."""
    argv = shlex.split(line[line.index("talagov member fetch"):].rstrip(")"))
    assert argv[:3] == ["talagov", "member", "fetch"], line
    return run(capsys, *argv[1:])


def _shown(capsys: pytest.CaptureFixture[str], home: Path, start: str) -> str:
    _, out, _ = run(capsys, "member", "show", "--home", home)
    return next(line for line in out.splitlines() if line.strip().startswith(start))


def test_show_gives_the_command_for_a_verified_copy_never_a_file_of_the_folder(
        published: tuple[Path, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _, folder = published
    home = tmp_path / "chez petit"  # a space: the command is quoted for the shell
    join(capsys, home, folder, 3)
    _, out, _ = run(capsys, "member", "show", "--home", home)
    assert str(folder / "organisation") not in out
    line = _shown(capsys, home, "Document:")
    [document] = (folder / "organisation" / "documents").iterdir()
    sha = document.name.split(".")[0]
    assert f"talagov member fetch --home '{home}' --meeting 1 --document {sha[:16]})" in line
    code, out, err = _fetch(capsys, line)
    assert code == ExitCode.OK, err
    [copied] = out.splitlines()
    assert copied.startswith("Verified copy of \u201c")
    copy = Path(copied.rsplit(": ", 1)[1])
    assert copy.parent == home / "documents" and copy.read_bytes() == document.read_bytes()
    # The whole SHA-256, or its start in capitals, names it too.
    for prefix in (sha, sha[:8].upper()):
        code, out, _ = run(capsys, "member", "fetch", "--home", home, "--meeting", "1",
                           "--document", prefix)
        assert code == ExitCode.OK and out == f"{copied}\n"


def test_fetch_refuses_an_altered_document_and_makes_no_copy(
        published: tuple[Path, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _, folder = published
    home = tmp_path / "petit"
    join(capsys, home, folder, 3)
    [document] = (folder / "organisation" / "documents").iterdir()
    data = document.read_bytes()
    document.write_bytes(data[:-1] + bytes([data[-1] ^ 1]))  # same size, another content
    code, out, err = _fetch(capsys, _shown(capsys, home, "Document:"))
    assert code == ExitCode.VALIDATION and out == "" and err.count("\n") == 1
    assert "is not the one the organisation published" in err
    assert not list((home / "documents").glob("*"))  # nothing copied (none there to open)


@pytest.mark.parametrize(("argv", "says"), [
    (("--meeting", "9", "--archive"), "Meeting 9 is not (or no longer) published"),
    (("--meeting", "1", "--document", "ffff0000"), "No document of meeting 1 starts with"),
    (("--meeting", "1", "--archive"), "is not in the shared folder (yet)"),  # none named
])
def test_fetch_refuses_what_the_package_does_not_name(
        published: tuple[Path, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str],
        argv: tuple[str, ...], says: str) -> None:
    _, folder = published
    home = tmp_path / "petit"
    join(capsys, home, folder, 3)
    code, out, err = run(capsys, "member", "fetch", "--home", home, *argv)
    assert code == ExitCode.VALIDATION and out == "" and err.count("\n") == 1
    assert says in err


def test_a_document_prefix_two_documents_share_is_refused(
        published: tuple[Path, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from talagov.cli.member_fetch import find_document
    from talagov.core.meeting_package import PackageDocument
    from talagov.services.member_folder import read_folder

    _, folder = published
    home = tmp_path / "petit"
    join(capsys, home, folder, 3)
    package = read_folder(home, now=datetime.now().astimezone()).meetings[0]
    twins = tuple(PackageDocument(sha, f"{sha}.pdf", "Annexe", None, 1)
                  for sha in ("ab" + "0" * 62, "ab" + "1" * 62))
    package = replace(package, documents=twins)
    assert find_document(package, " AB1").sha256 == twins[1].sha256
    with pytest.raises(UserError) as info:
        find_document(package, "ab")
    assert info.value.code == "member_cli.ambiguous_document"
    assert info.value.params["count"] == 2


@pytest.fixture
def archived(published: tuple[Path, Path], capsys: pytest.CaptureFixture[str],
             monkeypatch: pytest.MonkeyPatch) -> tuple[Path, Path]:
    """The AG closed with its minutes signed and its archive published (fixed bytes stand
    in for the export, as in tests/services/test_sync_publish.py)."""
    from talagov.core.meetings import MeetingStatus
    from talagov.services import keys, meetings, polls, sync_publish
    from tests.services.conftest import NOW

    db, folder = published
    database = open_database(db)
    try:
        with UnitOfWork(database) as uow:
            meetings.change_status(uow, 1, MeetingStatus.IN_SESSION, now=NOW)
            key = keys.unlock_organisation(uow, ORG_PASS)
            for poll in polls.list_polls(uow, 1):
                polls.close_poll(uow, poll.id, org_key=key, now=NOW)
            meetings.change_status(uow, 1, MeetingStatus.CLOSED, now=NOW)
    finally:
        database.close()
    monkeypatch.setattr(sync_publish, "_minutes_signed", lambda uow, meeting_id: True)
    monkeypatch.setattr(sync_publish, "_archive_bytes", lambda uow, meeting_id, key: ZIP)
    code, out, _ = run(capsys, "sync", "--db", db, "--passphrase-env", "ORG_PASS")
    assert code == 0 and "(archive)" in out
    return db, folder


def test_fetch_copies_the_archive_and_says_how_to_check_it(
        archived: tuple[Path, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _, folder = archived
    home = tmp_path / "petit"
    join(capsys, home, folder, 3)
    line = _shown(capsys, home, "Archive of meeting 1:")
    assert line == ("Archive of meeting 1: get a verified copy with talagov member fetch "
                    f"--home {home} --meeting 1 --archive")
    _, out, _ = run(capsys, "member", "show", "--home", home, "--json")
    [listed] = json.loads(out)["archives"]
    assert listed == {"meeting_id": 1, "sha256": sha256_hex(ZIP), "size": len(ZIP)}
    code, out, err = _fetch(capsys, line)
    assert code == ExitCode.OK, err
    [archive] = (folder / "organisation" / "archives").iterdir()
    copy = home / "archives" / archive.name
    assert copy.read_bytes() == ZIP
    assert out.splitlines() == [
        f"Verified copy of the archive of meeting 1: {copy}",
        "  To check it (add --receipt RECEIPT for each receipt you kept): "
        f"talagov verify {copy}",
        f"  To read it in the auditor's window: talagov open {copy}"]


def test_fetch_refuses_an_altered_archive(
        archived: tuple[Path, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _, folder = archived
    home = tmp_path / "petit"
    join(capsys, home, folder, 3)
    [archive] = (folder / "organisation" / "archives").iterdir()
    archive.write_bytes(ZIP.replace(b"the", b"THE"))
    code, out, err = run(capsys, "member", "fetch", "--home", home, "--meeting", "1",
                         "--archive")
    assert code == ExitCode.VALIDATION and out == "" and err.count("\n") == 1
    assert "is not the one the organisation published" in err
    assert not (home / "archives" / archive.name).exists()
