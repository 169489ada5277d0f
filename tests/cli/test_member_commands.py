# SPDX-License-Identifier: GPL-3.0-or-later
"""``talagov member …``: a member's install, with no database, through the shared folder."""

from __future__ import annotations

import json
import sys
import types
from datetime import datetime
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from talagov.cli import member_commands
from talagov.cli.exit_codes import ExitCode
from talagov.cli.member_commands import parse_choice
from talagov.core.errors import UserError
from talagov.core.keyseal import TEST_KDF
from talagov.services import session
from talagov.services.uow import UnitOfWork
from talagov.storage.database import open_database
from tests.cli.sync_setup import (
    MEMBER_PASS,
    ORG_PASS,
    certified,
    fingerprint_of,
    join,
    make_org,
    run,
)


@pytest.fixture(autouse=True)
def _setup(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ORG_PASS", ORG_PASS)
    monkeypatch.setenv("MEMBER_PASS", MEMBER_PASS)
    monkeypatch.setattr(member_commands, "KDF", TEST_KDF)


@pytest.fixture
def published(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> tuple[Path, Path]:
    """The cooperative's database and its shared folder after a first pass."""
    db, folder = tmp_path / "org.sqlite", tmp_path / "partage"
    folder.mkdir()
    make_org(db)
    assert run(capsys, "sync", "--db", db, "--folder", folder, "--passphrase-env",
               "ORG_PASS")[0] == 0
    return db, folder


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
    assert all(Path(d["path"]).is_file() for d in meeting["documents"])


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
