# SPDX-License-Identifier: GPL-3.0-or-later
"""User files: failures become errors naming the file; saving is atomic."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

from talagov.core.errors import UserError
from talagov.services.files import ensure_real_dir, read_file, read_regular, save_file


def test_save_then_read(tmp_path: Path) -> None:
    target = tmp_path / "export.csv"
    save_file(target, b"a;b\r\n")
    save_file(target, "é;è\r\n".encode("cp1252"))
    assert read_file(target) == "é;è\r\n".encode("cp1252")
    assert [p.name for p in tmp_path.iterdir()] == ["export.csv"]


def test_missing_file_is_a_user_error(tmp_path: Path) -> None:
    with pytest.raises(UserError) as err:
        read_file(tmp_path / "absent.csv")
    assert err.value.code == "file.unreadable" and "absent.csv" in err.value.params["path"]


def test_unwritable_folder_is_a_user_error(tmp_path: Path) -> None:
    with pytest.raises(UserError) as err:
        save_file(tmp_path / "no-such-folder" / "x.csv", b"x")
    assert err.value.code == "file.unwritable"


# --- reading the shared folder: read_regular / ensure_real_dir -----------------------

needs_posix = pytest.mark.skipif(
    not hasattr(os, "mkfifo") or sys.platform == "win32", reason="POSIX links and FIFOs"
)


def test_read_regular_reads_a_regular_file(tmp_path: Path) -> None:
    target = tmp_path / "package.json"
    target.write_bytes(b"x" * 10)
    assert read_regular(target, 10) == b"x" * 10


@needs_posix
def test_read_regular_refuses_a_link_even_to_a_good_file(tmp_path: Path) -> None:
    real = tmp_path / "real.json"
    real.write_bytes(b"{}")
    link = tmp_path / "link.json"
    link.symlink_to(real)
    with pytest.raises(UserError) as err:
        read_regular(link, 100)
    assert err.value.code == "file.not_regular" and err.value.params["path"] == str(link)


@needs_posix
def test_read_regular_does_not_read_forever_from_dev_zero(tmp_path: Path) -> None:
    link = tmp_path / "meeting-3-9-0123456789abcdef.json"
    link.symlink_to("/dev/zero")
    with pytest.raises(UserError) as err:
        read_regular(link, 1 << 20)
    assert err.value.code == "file.not_regular"


@needs_posix
def test_read_regular_does_not_block_on_a_fifo(tmp_path: Path) -> None:
    fifo = tmp_path / "identity-0123456789abcdef.json"
    os.mkfifo(fifo)
    with pytest.raises(UserError) as err:
        read_regular(fifo, 100)  # would block forever in a plain open()
    assert err.value.code == "file.not_regular"


def test_read_regular_refuses_a_directory(tmp_path: Path) -> None:
    folder = tmp_path / "ballot.json"
    folder.mkdir()
    with pytest.raises(UserError) as err:
        read_regular(folder, 100)
    assert err.value.code == "file.not_regular"


def test_read_regular_refuses_a_file_too_large(tmp_path: Path) -> None:
    target = tmp_path / "big.json"
    target.write_bytes(b"x" * 11)
    with pytest.raises(UserError) as err:
        read_regular(target, 10)
    assert err.value.code == "file.too_large" and err.value.params["limit"] == 10


def test_read_regular_of_a_vanished_file_is_an_os_error(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError):
        read_regular(tmp_path / "gone.json", 10)


def test_ensure_real_dir_creates_each_level(tmp_path: Path) -> None:
    made = ensure_real_dir(tmp_path, "members/abc/ballots")
    assert made == tmp_path / "members" / "abc" / "ballots" and made.is_dir()
    assert ensure_real_dir(tmp_path, "members/abc/ballots") == made  # already there


@needs_posix
def test_ensure_real_dir_refuses_a_linked_component(tmp_path: Path) -> None:
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    root = tmp_path / "folder"
    (root / "members" / "abc").mkdir(parents=True)
    (root / "members" / "abc" / "ballots").symlink_to(elsewhere)
    with pytest.raises(UserError) as err:
        ensure_real_dir(root, "members/abc/ballots")
    assert err.value.code == "file.unsafe_dir"
    assert err.value.params["path"].endswith("ballots")
    assert list(elsewhere.iterdir()) == []


@needs_posix
def test_ensure_real_dir_refuses_a_dangling_link_too(tmp_path: Path) -> None:
    (tmp_path / "members").symlink_to(tmp_path / "nowhere")
    with pytest.raises(UserError) as err:
        ensure_real_dir(tmp_path, "members/abc")
    assert err.value.code == "file.unsafe_dir"
    assert not (tmp_path / "nowhere").exists()


def test_ensure_real_dir_refuses_a_file_or_dot_dot(tmp_path: Path) -> None:
    (tmp_path / "members").write_bytes(b"")
    for relative in ("members/abc", "../outside", "/abs"):
        with pytest.raises(UserError) as err:
            ensure_real_dir(tmp_path, relative)
        assert err.value.code == "file.unsafe_dir", relative
