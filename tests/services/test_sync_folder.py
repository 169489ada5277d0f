# SPDX-License-Identifier: GPL-3.0-or-later
"""The shared folder setting: only an existing, writable directory is remembered, and
choosing it leaves nothing behind in it. Reading and writing ``organisation/`` never
follows a link someone planted there, nor blocks on a FIFO."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from talagov.core import sync_format as sf
from talagov.core.canonical import sha256_hex
from talagov.core.errors import UserError
from talagov.core.meeting_package import PackageArchive
from talagov.core.sync_format import Kind
from talagov.services.changes import Aggregate
from talagov.services.sync_folder import (
    FileState,
    archive_state,
    check_tree,
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


posix_only = pytest.mark.skipif(os.name != "posix", reason="symbolic links and FIFOs of POSIX")


@posix_only
def test_a_link_or_a_fifo_under_a_name_is_other_never_followed(tmp_path: Path) -> None:
    elsewhere = tmp_path / "elsewhere"
    elsewhere.write_bytes(b"abc")
    link = tmp_path / "link"
    link.symlink_to(elsewhere)
    assert file_state(link, b"abc") is FileState.OTHER  # the right bytes, not here
    (tmp_path / "dangling").symlink_to(tmp_path / "absent")
    assert file_state(tmp_path / "dangling", b"abc") is FileState.OTHER  # never written over
    os.mkfifo(tmp_path / "fifo")
    assert file_state(tmp_path / "fifo", b"abc") is FileState.OTHER  # and no wait


@posix_only
@pytest.mark.parametrize("relative", [sf.ORGANISATION_DIR, sf.MEETINGS_DIR])
def test_a_linked_directory_is_refused_for_writing_listing_and_checking(
        tmp_path: Path, relative: str) -> None:
    folder, outside = tmp_path / "shared", tmp_path / "outside"
    (folder / relative).parent.mkdir(parents=True)
    outside.mkdir()
    (folder / relative).symlink_to(outside)
    (outside / sf.package_name(3, 1, H16)).write_bytes(b"{}")
    for call in (lambda: organisation_dir(folder, sf.MEETINGS_DIR),
                 lambda: list_names(folder, sf.MEETINGS_DIR, (Kind.PACKAGE,)),
                 lambda: check_tree(folder)):
        with pytest.raises(UserError) as caught:
            call()
        assert caught.value.code == "sync.folder_unsafe"
        assert caught.value.params == {"path": str(folder / relative)}
    assert [p.name for p in outside.iterdir()] == [sf.package_name(3, 1, H16)]


def test_directories_are_made_as_real_ones(tmp_path: Path) -> None:
    check_tree(tmp_path)  # nothing there yet: nothing to refuse, nothing made
    assert list(tmp_path.iterdir()) == []
    made = organisation_dir(tmp_path, sf.ARCHIVES_DIR)
    assert made == tmp_path / sf.ARCHIVES_DIR and made.is_dir() and not made.is_symlink()
    check_tree(tmp_path)


def test_an_archive_counts_only_with_its_size_and_digest(tmp_path: Path) -> None:
    data = b"PK the archive"
    sha = sha256_hex(data)
    archive = PackageArchive(sha, sf.archive_name(3, sha[:16]), len(data))
    assert archive_state(tmp_path, archive) is FileState.MISSING
    path = organisation_dir(tmp_path, sf.ARCHIVES_DIR) / archive.file_name
    path.write_bytes(data)
    assert archive_state(tmp_path, archive) is FileState.SAME
    path.write_bytes(b"PK not it, same size"[: len(data)])
    assert archive_state(tmp_path, archive) is FileState.OTHER
    path.write_bytes(data + b"!")
    assert archive_state(tmp_path, archive) is FileState.OTHER
    if os.name == "posix":
        copy = tmp_path / "copy.zip"
        copy.write_bytes(data)
        path.unlink()
        path.symlink_to(copy)
        assert archive_state(tmp_path, archive) is FileState.OTHER
        path.unlink()
        os.mkfifo(path)
        assert archive_state(tmp_path, archive) is FileState.OTHER
