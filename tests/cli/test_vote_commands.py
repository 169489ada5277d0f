# SPDX-License-Identifier: GPL-3.0-or-later
"""``talagov polls|ballots import|vote|tally``: a poll run from the command line."""

from __future__ import annotations

import json
from datetime import date, datetime
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from talagov.cli.main import main
from talagov.cli.vote_commands import parse_choice
from talagov.core.agenda import AgendaItem, ItemKind
from talagov.core.errors import UserError
from talagov.core.keyseal import TEST_KDF
from talagov.core.legal_forms import LegalForm
from talagov.core.meetings import Meeting, MeetingStatus, MeetingType
from talagov.core.members import Member, PersonKind
from talagov.core.shares import MovementKind, ShareMovement
from talagov.services import keys, meetings, members, personal_keys, session, shares
from talagov.services.uow import UnitOfWork
from talagov.services.voting_package import export_package
from talagov.storage.database import open_database
from tests.services.conftest import NOW, setup_org

ORG_PASS = "phrase du secrétariat"
MEMBER_PASS = "ma phrase secrète"


@pytest.fixture(autouse=True)
def _passphrases(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ORG_PASS", ORG_PASS)
    monkeypatch.setenv("MEMBER_PASS", MEMBER_PASS)


@pytest.fixture
def db_file(tmp_path: Path) -> Path:
    """A SCOP-SA (votes cast base) with its key, three associates and an AGO convened."""
    path = tmp_path / "org.sqlite"
    database = open_database(path)
    setup_org(database, LegalForm.SCOP_SA)
    with UnitOfWork(database) as uow:
        for number, name in (("A-1", "Durand"), ("A-2", "Martin"), ("A-3", "Petit")):
            member_id, _ = members.add_member(uow, Member(0, number, PersonKind.NATURAL, name,
                                                          admission_date=date(2020, 1, 1)), now=NOW)
            shares.add_movement(uow, ShareMovement(0, MovementKind.SUBSCRIPTION, date(2020, 1, 1),
                                                   1, 2500, to_member_id=member_id), now=NOW)
        keys.create_organisation_key(uow, ORG_PASS, now=NOW, kdf=TEST_KDF)
        meeting_id, _ = meetings.create_meeting(
            uow, Meeting(0, "AG", MeetingType.AGO, date.today()), now=NOW)
        meetings.add_item(uow, AgendaItem(0, meeting_id, 0, ItemKind.RESOLUTION, "Comptes"),
                          now=NOW)  # fmt: skip
        meetings.change_status(uow, meeting_id, MeetingStatus.CONVENED, now=NOW)
    database.close()
    return path


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out = capsys.readouterr()
    return code, out.out, out.err


def _member_package(db_file: Path, keystore: Path) -> tuple[Path, str]:
    """Durand's own install: key, certificate from the secretary, voting package."""
    request = personal_keys.create_personal_key(keystore, member_id=1, name="Durand",
                                                passphrase=MEMBER_PASS, kdf=TEST_KDF)
    database = open_database(db_file)
    with UnitOfWork(database) as uow:
        org_key = keys.unlock_organisation(uow, ORG_PASS)
        certificate, _ = keys.issue_from_request(uow, request.encode(), org_key=org_key,
                                                 now=datetime.now())  # fmt: skip
        package = export_package(uow, 1, 1, org_key=org_key, now=datetime.now())
        fingerprint = keys.organisation_key(uow).fingerprint  # type: ignore[union-attr]
    database.close()
    personal_keys.install_certificate(keystore, certificate.encode())
    path = keystore.parent / "package.json"
    path.write_bytes(package)
    return path, fingerprint


def test_a_poll_from_the_command_line(db_file: Path, tmp_path: Path,
                                      capsys: pytest.CaptureFixture[str]) -> None:
    db = str(db_file)
    code, out, _ = _run(capsys, "polls", "--db", db, "--meeting", "1", "--prepare")
    assert code == 0 and "#1" in out and "prepared" in out
    code, out, _ = _run(capsys, "polls", "--db", db, "--meeting", "1", "--open", "1")
    assert code == 0 and "Poll 1 opened." in out

    keystore = tmp_path / "home" / "keys"
    package, fingerprint = _member_package(db_file, keystore)
    code, out, _ = _run(capsys, "vote", "--package", str(package), "--keystore", str(keystore))
    assert code == 0 and "#1 Comptes: for=For, against=Against, abstain=Abstain" in out
    outbox = tmp_path / "home" / "outbox"
    code, out, _ = _run(capsys, "vote", "--package", str(package), "--keystore", str(keystore),
                        "--choice", "1:self=for", "--out", str(outbox), "--trust", fingerprint,
                        "--passphrase-env", "MEMBER_PASS")  # fmt: skip
    assert code == 0 and "Ballot written:" in out
    (ballot,) = outbox.iterdir()

    junk = tmp_path / "junk.json"
    junk.write_text("{}", encoding="utf-8")
    code, out, _ = _run(capsys, "ballots", "import", "--db", db, str(ballot), str(junk))
    assert code == 1  # one file was refused; the other was stored
    assert f"{ballot.name}: counted (resolution 1)" in out and "junk.json: refused" in out

    code, _, err = _run(capsys, "polls", "--db", db, "--meeting", "1", "--close", "1",
                        "--passphrase-env", "ORG_PASS")  # fmt: skip
    assert code == 1 and "session" in err  # a poll closes during the session
    database = open_database(db_file)
    with UnitOfWork(database) as uow:
        session.open_session(uow, 1, now=datetime.now())
    database.close()
    code, out, _ = _run(capsys, "polls", "--db", db, "--meeting", "1", "--close", "1",
                        "--passphrase-env", "ORG_PASS")  # fmt: skip
    assert code == 0 and "Poll 1 closed." in out

    code, out, _ = _run(capsys, "tally", "--db", db, "--meeting", "1", "--json")
    assert code == 0
    (poll,) = json.loads(out)["polls"]
    assert {"id", "number", "title", "status", "counts", "decision", "colleges", "weighted",
            "election", "ballots", "explanation", "majority"} <= set(poll)
    assert poll["decision"] == "adopted" and poll["status"] == "closed"
    assert poll["counts"][0] == {"choice": "for", "label": "For", "votes": 1,
                                 "by_channel": {"file": 1}, "by_college": {}}
    assert poll["ballots"]["counted"] == 1 and poll["majority"]["ratio"] == "1/2"
    code, out, _ = _run(capsys, "tally", "--db", db, "--meeting", "1", "--lang", "fr")
    assert code == 0 and "Pour: 1 (fichier 1)" in out and "adoptée" in out
    assert "[clos]" in out and "file" not in out and "closed" not in out  # French only


def test_refusals_exit_one_with_one_line(db_file: Path, tmp_path: Path,
                                         capsys: pytest.CaptureFixture[str]) -> None:
    db = str(db_file)
    code, _, err = _run(capsys, "polls", "--db", db, "--meeting", "1", "--open", "7")
    assert code == 1 and "No poll number 7" in err
    _run(capsys, "polls", "--db", db, "--meeting", "1", "--open", "1")
    keystore = tmp_path / "home" / "keys"
    package, _ = _member_package(db_file, keystore)
    base = ["vote", "--package", str(package), "--keystore", str(keystore), "--out",
            str(tmp_path / "out"), "--passphrase-env", "MEMBER_PASS"]
    code, _, err = _run(capsys, *base, "--choice", "1-self-for")
    assert code == 1 and "Unreadable choice" in err
    code, _, err = _run(capsys, *base, "--choice", "1:self=for", "--trust", "00" * 32)
    assert code == 1 and "fingerprint" in err.lower()
    code, _, err = _run(capsys, "tally", "--db", str(tmp_path / "missing.sqlite"), "--meeting", "1")
    assert code == 2


@given(st.integers(1, 999), st.one_of(st.just("self"), st.integers(1, 10**6).map(str)),
       st.lists(st.sampled_from(["for", "against", "abstain", "blank", "12", "candidate:7"]),
                min_size=1, max_size=4))
def test_choices_read_back(number: int, principal: str, words: list[str]) -> None:
    text = f"{number}:{principal}={','.join(words)}"
    poll, who, choices = parse_choice(text, 42)
    assert poll == number and who == (42 if principal == "self" else int(principal))
    assert choices == tuple(f"candidate:{w}" if w.isdigit() else w for w in words)


@pytest.mark.parametrize("text", ["1", "1:self", "1:self=", "x:self=for", "1:bob=for", "=for"])
def test_unreadable_choices_are_refused(text: str) -> None:
    with pytest.raises(UserError) as err:
        parse_choice(text, 1)
    assert err.value.code == "vote_cli.bad_choice"


def test_the_plain_tally_of_an_election_gives_each_colleges_votes(
        capsys: pytest.CaptureFixture[str]) -> None:
    # The college line of an election printed a share of "for" ("0/1 x 1/2"), which an
    # election has not; and channels, states and "empty" were English in French output.
    from talagov.cli.vote_commands import _print_poll

    data = {"number": 4, "title": "Élection au conseil", "kind": "election", "status": "closed",
            "counts": [{"choice": "candidate:3", "label": "Bénard Zoé", "votes": 2,
                        "by_channel": {"booth": 1, "hand": 1}},
                       {"choice": "blank", "label": "Vote blanc", "votes": 0, "by_channel": {}}],
            "colleges": [{"name": "Salariés", "votes": {"candidate:3": 2, "blank": 0},
                          "share": "0/1", "weight": "1/2", "empty": False},
                         {"name": "Usagers", "votes": {"candidate:3": 0, "blank": 0},
                          "share": "0/1", "weight": "0/1", "empty": True}],
            "weighted": None, "decision": "elected", "explanation": []}
    _print_poll(data, "fr")
    out = capsys.readouterr().out.splitlines()
    assert out[:5] == ["#4 Élection au conseil [clos]", "  Bénard Zoé: 2 (isoloir 1, main levée 1)",
                       "  Vote blanc: 0", "  Salariés: Bénard Zoé 2, Vote blanc 0 (poids 1/2)",
                       "  Usagers: Bénard Zoé 0, Vote blanc 0 (poids 0/1) (vide)"]


# -- closing reads the shared folder first -----------------------------------------------


def _in_session(db: Path) -> None:
    database = open_database(db)
    with UnitOfWork(database) as uow:
        session.open_session(uow, 1, now=datetime.now())
    database.close()


def test_closing_imports_the_ballots_waiting_in_the_shared_folder(
        tmp_path: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    from tests.cli.sync_setup import certified, org_and_folder, use_test_secrets

    use_test_secrets(monkeypatch)
    db, folder = org_and_folder(tmp_path)  # two resolutions open for remote voting
    assert _run(capsys, "sync", "--db", str(db), "--folder", str(folder), "--passphrase-env",
                "ORG_PASS")[0] == 0
    home = tmp_path / "durand"
    certified(capsys, db, folder, home, 1)
    code, _, err = _run(capsys, "member", "vote", "--home", str(home), "--meeting", "1",
                        "--choice", "1=for", "--choice", "2=against", "--passphrase-env",
                        "MEMBER_PASS")  # written in time, not imported yet
    assert code == 0, err
    _in_session(db)
    code, out, err = _run(capsys, "polls", "--db", str(db), "--meeting", "1", "--close", "1",
                          "--passphrase-env", "ORG_PASS")
    assert code == 0 and err == ""
    assert out.splitlines()[:2] == [
        "Poll 1 closed.",
        "Shared folder read before closing: 2 ballot(s) imported, 0 file(s) set aside."]
    code, out, _ = _run(capsys, "tally", "--db", str(db), "--meeting", "1", "--json")
    first = json.loads(out)["polls"][0]
    assert first["status"] == "closed" and first["ballots"]["counted"] == 1
    code, out, _ = _run(capsys, "sync", "--db", str(db), "--no-publish", "--json")
    assert json.loads(out)["imported"]["quarantined"] == []  # nothing set aside as late


def test_a_folder_that_cannot_be_read_does_not_keep_the_poll_open(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from tests.cli.sync_setup import org_and_folder

    db, folder = org_and_folder(tmp_path)
    assert _run(capsys, "sync", "--db", str(db), "--folder", str(folder), "--no-publish")[0] == 0
    folder.rename(tmp_path / "unplugged")  # the USB key is away
    _in_session(db)
    code, out, err = _run(capsys, "polls", "--db", str(db), "--meeting", "1", "--close", "1",
                          "--passphrase-env", "ORG_PASS")
    assert code == 0 and "Poll 1 closed." in out and "#1   closed" in out
    assert err.startswith("The poll is closed, but the shared folder could not be read first")
    assert err.rstrip().endswith(f"The shared folder \u201c{folder}\u201d does not exist (any "
                                 "more): choose an existing folder, for instance the one "
                                 "Nextcloud or Syncthing keeps in step.")
