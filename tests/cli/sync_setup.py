# SPDX-License-Identifier: GPL-3.0-or-later
"""A cooperative ready for the shared folder, for the tests of ``talagov sync``,
``talagov requests`` and ``talagov member``.

A SCOP-SA (remote and postal votes allowed) with three associates, its organisation key
(the fast test KDF), and an AGO convened for today whose two resolutions are open for
remote voting. Everything goes through the services, as the GUI does.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import date
from pathlib import Path

import pytest

from talagov.cli import member_commands
from talagov.cli.main import main
from talagov.core.agenda import AgendaItem, ItemKind
from talagov.core.keyseal import TEST_KDF
from talagov.core.legal_forms import LegalForm
from talagov.core.meetings import Meeting, MeetingStatus, MeetingType
from talagov.core.members import Member, PersonKind
from talagov.core.shares import MovementKind, ShareMovement
from talagov.services import keys, meetings, members, polls, shares
from talagov.services.uow import UnitOfWork
from talagov.storage.database import open_database
from tests.services.conftest import NOW, setup_org

ORG_PASS = "phrase du secrétariat"
MEMBER_PASS = "ma phrase secrète"
NAMES = (("A-1", "Durand"), ("A-2", "Martin"), ("A-3", "Petit"))


def make_org(path: Path) -> tuple[int, list[int]]:
    """The cooperative in a database at ``path``; returns the meeting's and members' ids."""
    database = open_database(path)
    setup_org(database, LegalForm.SCOP_SA)
    ids = []
    with UnitOfWork(database) as uow:
        for number, name in NAMES:
            member_id, _ = members.add_member(uow, Member(0, number, PersonKind.NATURAL, name,
                                                          admission_date=date(2020, 1, 1)), now=NOW)
            shares.add_movement(uow, ShareMovement(0, MovementKind.SUBSCRIPTION, date(2020, 1, 1),
                                                   1, 2500, to_member_id=member_id), now=NOW)
            ids.append(member_id)
        keys.create_organisation_key(uow, ORG_PASS, now=NOW, kdf=TEST_KDF)
        meeting_id, _ = meetings.create_meeting(
            uow, Meeting(0, "AG", MeetingType.AGO, date.today()), now=NOW)
        for title in ("Comptes", "Affectation du résultat"):
            meetings.add_item(uow, AgendaItem(0, meeting_id, 0, ItemKind.RESOLUTION, title),
                              now=NOW)  # fmt: skip
        meetings.change_status(uow, meeting_id, MeetingStatus.CONVENED, now=NOW)
        polls.prepare_polls(uow, meeting_id, now=NOW)
        for poll in polls.list_polls(uow, meeting_id):
            polls.open_poll(uow, poll.id, now=NOW)
    database.close()
    return meeting_id, ids


def use_test_secrets(monkeypatch: pytest.MonkeyPatch) -> None:
    """The passphrases in ``ORG_PASS`` and ``MEMBER_PASS`` (as ``--passphrase-env`` reads
    them), and the fast test KDF for the keys ``member enrol`` makes."""
    monkeypatch.setenv("ORG_PASS", ORG_PASS)
    monkeypatch.setenv("MEMBER_PASS", MEMBER_PASS)
    monkeypatch.setattr(member_commands, "KDF", TEST_KDF)


def org_and_folder(tmp_path: Path) -> tuple[Path, Path]:
    """The cooperative's database ``org.sqlite`` (:func:`make_org`) and an empty shared
    folder ``partage``."""
    db, folder = tmp_path / "org.sqlite", tmp_path / "partage"
    folder.mkdir()
    make_org(db)
    return db, folder


def published_org(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> tuple[Path, Path]:
    """:func:`org_and_folder` after a first pass, which signed what it published."""
    db, folder = org_and_folder(tmp_path)
    assert run(capsys, "sync", "--db", db, "--folder", folder, "--passphrase-env",
               "ORG_PASS")[0] == 0
    return db, folder


def run(capsys: pytest.CaptureFixture[str], *argv: str | Path) -> tuple[int, str, str]:
    """``talagov ARGV``: exit code, standard output, error output."""
    code = main([str(a) for a in argv])
    out = capsys.readouterr()
    return code, out.out, out.err


def fingerprint_of(out: str) -> str:
    """The readable fingerprint printed by ``member join`` (its ``Fingerprint:`` line)."""
    return next(line.split(":", 1)[1].strip() for line in out.splitlines()
                if line.startswith("Fingerprint:"))  # fmt: skip


def join(capsys: pytest.CaptureFixture[str], home: Path, folder: Path, member_id: int,
         extra: Sequence[str] = ()) -> tuple[int, str, str]:
    """``member join`` as a member does it: read the fingerprint, then confirm it."""
    code, out, _ = run(capsys, "member", "join", "--home", home, "--folder", folder)
    assert code == 1
    return run(capsys, "member", "join", "--home", home, "--folder", folder, "--fingerprint",
               fingerprint_of(out), "--member", str(member_id), *extra)


def certified(capsys: pytest.CaptureFixture[str], db: Path, folder: Path, home: Path,
              member_id: int) -> str:
    """A member's install joined, enrolled and holding its certificate, through the
    folder and the secretary's commands; returns the key fingerprint ``enrol`` printed."""
    assert join(capsys, home, folder, member_id)[0] == 0
    code, out, err = run(capsys, "member", "enrol", "--home", home, "--passphrase-env",
                         "MEMBER_PASS")
    assert code == 0, err
    readable = out.splitlines()[-1].strip()
    assert run(capsys, "sync", "--db", db, "--passphrase-env", "ORG_PASS")[0] == 0
    code, out, _ = run(capsys, "requests", "--db", db, "--json")
    request = next(r for r in json.loads(out)["requests"] if r["readable"] == readable)
    assert run(capsys, "requests", "approve", str(request["id"]), "--db", db,
               "--passphrase-env", "ORG_PASS")[0] == 0
    assert run(capsys, "sync", "--db", db, "--passphrase-env", "ORG_PASS")[0] == 0
    assert run(capsys, "member", "sync", "--home", home)[0] == 0
    return readable
