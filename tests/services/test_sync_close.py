# SPDX-License-Identifier: GPL-3.0-or-later
"""Closing a poll reads the shared folder first: a ballot a member wrote in time counts,
even when no pass imported it before the secretary closed the poll; a folder that
cannot be read never keeps the poll open, and the secretary is told why."""

from __future__ import annotations

from pathlib import Path

import pytest

from talagov.core import sync_format
from talagov.core.ballot_check import Verdict
from talagov.core.errors import UserError
from talagov.core.polls import PollStatus
from talagov.services import sync_folder
from talagov.services.sync_close import FolderRead, import_then_close
from talagov.services.uow import UnitOfWork
from talagov.storage import pass_lock
from talagov.storage.database import Database

from .conftest import AddMember
from .test_sync_import import INSTALL, ballot_file, put, run, statuses
from .vote_setup import Assembly, at, close, make_assembly, open_polls, open_session


@pytest.fixture
def assembly(db: Database, add_member: AddMember) -> Assembly:
    """Six associates with keys, two resolutions open for remote voting, in session."""
    a = make_assembly(db, add_member)
    open_polls(a, at(9))
    open_session(a)
    return a


@pytest.fixture
def folder(assembly: Assembly, tmp_path: Path) -> Path:
    """The shared folder, chosen, holding a ballot written in time and not yet imported."""
    shared = tmp_path / "shared"
    shared.mkdir()
    with UnitOfWork(assembly.db) as uow:
        sync_folder.set_sync_folder(uow, shared)
    put(shared, INSTALL, "ballots", *ballot_file(assembly, assembly.members[0],
                                                 assembly.poll_ids()[0]))
    return shared


def _close(a: Assembly, poll: int) -> FolderRead:
    with UnitOfWork(a.db) as uow:
        read, changes = import_then_close(uow, poll, org_key=a.org_key, now=at(15))
    assert a.meeting_id in changes.ids
    assert a.poll(poll).status is PollStatus.CLOSED  # whatever the folder said
    return read


def test_a_ballot_in_the_folder_is_imported_before_the_poll_closes(
        assembly: Assembly, folder: Path) -> None:
    a = assembly
    poll = a.poll_ids()[0]
    read = _close(a, poll)
    assert (read.folder, read.problem, read.ballots, read.set_aside) == (folder, None, 1, 0)
    assert statuses(a, poll) == [(0, 1, Verdict.COUNTED)]
    assert run(a.db, folder, at(16)).quarantined == ()  # nothing left to set aside


def test_closing_without_reading_would_have_set_the_ballot_aside(
        assembly: Assembly, folder: Path) -> None:
    # What happened before: the next pass found the poll closed.
    a = assembly
    poll = a.poll_ids()[0]
    close(a, poll, at(15))
    (line,) = run(a.db, folder, at(16)).quarantined
    assert line.reason_code == "poll.closed"


def test_without_a_folder_the_poll_just_closes(assembly: Assembly) -> None:
    read = _close(assembly, assembly.poll_ids()[0])
    assert (read.folder, read.report, read.problem, read.ballots) == (None, None, None, 0)


def test_a_folder_gone_away_is_said_and_the_poll_closes(assembly: Assembly,
                                                        folder: Path) -> None:
    folder.rename(folder.with_name("unplugged"))
    read = _close(assembly, assembly.poll_ids()[0])
    assert read.problem is not None and read.problem.code == "sync.folder_missing"
    assert read.report is None and read.ballots == 0


def test_another_pass_running_is_said_and_the_poll_closes(assembly: Assembly,
                                                          folder: Path) -> None:
    a = assembly
    poll = a.poll_ids()[0]
    with pass_lock.held(a.db.path) as ours:  # the window's watcher, say
        assert ours
        read = _close(a, poll)
    assert read.problem is not None and read.problem.code == "sync_import.busy"
    assert statuses(a, poll) == []


def test_a_link_in_place_of_members_is_said_and_the_poll_closes(
        assembly: Assembly, folder: Path, tmp_path: Path) -> None:
    members = folder / sync_format.MEMBERS_DIR
    members.rename(tmp_path / "elsewhere")
    members.symlink_to(tmp_path / "elsewhere", target_is_directory=True)
    read = _close(assembly, assembly.poll_ids()[0])
    assert read.problem is not None and read.problem.code == "sync_import.folder_unsafe"


def test_a_refused_closing_keeps_what_the_reading_imported(assembly: Assembly,
                                                           folder: Path) -> None:
    a = assembly
    first, second = a.poll_ids()
    close(a, second, at(14, 30))
    with UnitOfWork(a.db) as uow, pytest.raises(UserError) as caught:
        import_then_close(uow, second, org_key=a.org_key, now=at(15))  # closed already
    assert caught.value.code == "poll.closed"
    assert statuses(a, first) == [(0, 1, Verdict.COUNTED)]  # the reading's batch stays
