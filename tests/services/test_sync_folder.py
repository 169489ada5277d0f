# SPDX-License-Identifier: GPL-3.0-or-later
"""The shared folder setting: only an existing, writable directory is remembered, and
choosing it leaves nothing behind in it."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from talagov.core import sync_format as sf
from talagov.core.errors import UserError
from talagov.core.sync_format import Kind
from talagov.services.changes import Aggregate
from talagov.services.sync_folder import (
    FileState,
    file_state,
    list_names,
    organisation_dir,
    require_folder,
    set_sync_folder,
    sync_folder,
)
from talagov.services.uow import UnitOfWork
from talagov.storage.database import Database

H16 = "0123456789abcdef"


def _code(call: object) -> str:
    with pytest.raises(UserError) as caught:
        call()  # type: ignore[operator]
    return caught.value.code


def test_a_folder_is_remembered_and_forgotten(db: Database, tmp_path: Path) -> None:
    shared = tmp_path / "Nextcloud" / "Coop"
    shared.mkdir(parents=True)
    with UnitOfWork(db) as uow:
        assert sync_folder(uow) is None
        assert _code(lambda: require_folder(uow)) == "sync.no_folder"
        changes = set_sync_folder(uow, shared)
    assert changes.touches(Aggregate.SYNC)
    with UnitOfWork(db) as uow:
        assert sync_folder(uow) == shared and require_folder(uow) == shared
        set_sync_folder(uow, None)
    with UnitOfWork(db) as uow:
        assert sync_folder(uow) is None
    assert list(shared.iterdir()) == []  # the write probe is gone


def test_a_relative_folder_is_stored_absolute(db: Database, tmp_path: Path,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "shared").mkdir()
    monkeypatch.chdir(tmp_path)
    with UnitOfWork(db) as uow:
        set_sync_folder(uow, Path("shared"))
        assert sync_folder(uow) == tmp_path / "shared"


def test_a_missing_folder_or_a_file_is_refused(db: Database, tmp_path: Path) -> None:
    (tmp_path / "notes.txt").write_text("x")
    with UnitOfWork(db) as uow:
        assert _code(lambda: set_sync_folder(uow, tmp_path / "absent")) == "sync.folder_missing"
        assert _code(lambda: set_sync_folder(uow, tmp_path / "notes.txt")) == "sync.folder_not_dir"
        assert sync_folder(uow) is None


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0,
                    reason="needs POSIX permissions that bind the user (not root)")
def test_a_read_only_folder_is_refused(db: Database, tmp_path: Path) -> None:
    shared = tmp_path / "ro"
    shared.mkdir()
    shared.chmod(0o500)
    try:
        with UnitOfWork(db) as uow:
            with pytest.raises(UserError) as caught:
                set_sync_folder(uow, shared)
            assert caught.value.code == "sync.folder_unwritable"
            assert caught.value.params["path"] == str(shared) and caught.value.params["reason"]
    finally:
        shared.chmod(0o700)


def test_names_are_listed_with_conflict_copies_without_partial_files(tmp_path: Path) -> None:
    assert list_names(tmp_path, sf.MEETINGS_DIR, (Kind.PACKAGE,)) == []  # not there yet
    meetings = organisation_dir(tmp_path, sf.MEETINGS_DIR)
    for name in (sf.package_name(3, 1, H16), sf.package_name(3, 2, H16) + ".part",
                 f".{sf.package_name(3, 2, H16)}.1a2b3c4d.part",
                 f"meeting-3-1-{H16}.sync-conflict-20261201-101500-ABCDEF7.json",
                 "desktop.ini", sf.archive_name(3, H16)):
        (meetings / name).write_bytes(b"{}")
    (meetings / sf.package_name(4, 1, H16)).mkdir()  # a directory under a file's name
    found = list_names(tmp_path, sf.MEETINGS_DIR, (Kind.PACKAGE,))
    assert [actual for _, actual in found] == [
        f"meeting-3-1-{H16}.json", f"meeting-3-1-{H16}.sync-conflict-20261201-101500-ABCDEF7.json"]
    assert [(n.meeting_id, n.sequence, n.conflict) for n, _ in found] == [(3, 1, False),
                                                                          (3, 1, True)]


def test_a_file_is_missing_the_same_or_other(tmp_path: Path) -> None:
    path = tmp_path / "f"
    assert file_state(path, b"abc") is FileState.MISSING
    path.write_bytes(b"abc")
    assert file_state(path, b"abc") is FileState.SAME
    assert file_state(path, b"abd") is FileState.OTHER
    assert file_state(path, b"abcd") is FileState.OTHER
