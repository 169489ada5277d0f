# SPDX-License-Identifier: GPL-3.0-or-later
"""What the archive tab loads, the file name it proposes and the export it remembers."""

from __future__ import annotations

import string
from datetime import date
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from talagov.core.meetings import Meeting, MeetingStatus, MeetingType
from talagov.core.minutes_content import MinutesStatus
from talagov.gui.context import AppContext
from talagov.gui.meeting.archive_data import (
    file_name,
    last_export,
    load_archive,
    remember_export,
    remembered_export,
    with_suffix,
)
from talagov.services import keys
from talagov.services.uow import UnitOfWork
from tests.gui.meeting.minutes_setup import make_closed_meeting
from tests.gui.meeting.votes_setup import make_votes_meeting

AGO = Meeting(7, "Assemblée générale ordinaire 2026", MeetingType.AGO, date(2026, 6, 13),
              status=MeetingStatus.CLOSED)


def test_the_proposed_name_is_the_date_and_the_title_in_plain_ascii() -> None:
    assert file_name(AGO) == "2026-06-13-assemblee-generale-ordinaire-2026.zip"
    odd = Meeting(1, "  Conseil d'administration : « Œuvre » n° 3/4  ", MeetingType.BOARD,
                  date(2027, 1, 5))
    assert file_name(odd) == "2027-01-05-conseil-d-administration-oeuvre-n-3-4.zip"
    assert file_name(Meeting(1, "« »", MeetingType.AGO, date(2027, 1, 5))) == "2027-01-05.zip"


@given(st.text(max_size=200))
def test_every_proposed_name_is_safe_on_any_file_system(title: str) -> None:
    name = file_name(Meeting(1, title, MeetingType.AGO, date(2026, 6, 13)))
    assert name.startswith("2026-06-13") and name.endswith(".zip")
    assert set(name) <= set(string.ascii_lowercase + string.digits + "-.")
    assert "--" not in name and len(name) <= len("2026-06-13-") + 60 + len(".zip")


def test_a_name_typed_without_its_suffix_gets_it() -> None:
    assert with_suffix(Path("/tmp/ag")) == Path("/tmp/ag.zip")
    assert with_suffix(Path("/tmp/ag.ZIP")) == Path("/tmp/ag.ZIP")
    assert with_suffix(Path("/tmp/ag.2026")) == Path("/tmp/ag.2026.zip")


def test_the_last_export_is_remembered_per_database_and_meeting(tmp_path: Path) -> None:
    first, second = tmp_path / "a.sqlite", tmp_path / "b.sqlite"
    remember_export(first, 3, tmp_path / "ag.zip")
    assert remembered_export(first, 3) == tmp_path / "ag.zip"
    assert remembered_export(first, 4) is None
    assert remembered_export(second, 3) is None


def test_the_last_export_s_size_is_read_from_the_file_if_it_is_still_there(tmp_path: Path) -> None:
    assert last_export(None) is None
    (tmp_path / "ag.zip").write_bytes(b"1234")
    present = last_export(tmp_path / "ag.zip")
    assert present is not None and present.present and present.size == 4
    gone = last_export(tmp_path / "gone.zip")
    assert gone is not None and not gone.present
    folder = last_export(tmp_path)  # a folder is not an archive
    assert folder is not None and not folder.present


def test_a_meeting_in_session_cannot_be_exported(ctx: AppContext) -> None:
    assembly = make_votes_meeting(ctx.db)
    with UnitOfWork(ctx.db) as uow:
        data = load_archive(uow, assembly.meeting_id, None)
        key = keys.organisation_key(uow)
    assert data.meeting.status is MeetingStatus.IN_SESSION and not data.exportable
    assert data.minutes_status is None and data.last is None
    assert key is not None and data.fingerprint == key.fingerprint


def test_a_closed_meeting_loads_with_its_minutes_status(ctx: AppContext, tmp_path: Path) -> None:
    closed = make_closed_meeting(ctx.db)
    (tmp_path / "ag.zip").write_bytes(b"PK")
    with UnitOfWork(ctx.db) as uow:
        drafted = load_archive(uow, closed.meeting_id, tmp_path / "ag.zip")
    assert drafted.exportable and drafted.minutes_status is MinutesStatus.DRAFT
    assert drafted.last is not None and drafted.last.size == 2
    closed.sign_all()
    with UnitOfWork(ctx.db) as uow:
        signed = load_archive(uow, closed.meeting_id, None)
    assert signed.minutes_status is MinutesStatus.SIGNED
