# SPDX-License-Identifier: GPL-3.0-or-later
"""Atomic writes: content replaced in one step, no temporary file left behind."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

from talagov.storage import files
from talagov.storage.files import write_atomically


def test_writes_then_replaces_and_leaves_no_part_file(tmp_path: Path) -> None:
    target = tmp_path / "registre.pdf"
    write_atomically(target, b"first")
    write_atomically(target, b"second")
    assert target.read_bytes() == b"second"
    assert [p.name for p in tmp_path.iterdir()] == ["registre.pdf"]


def test_a_failed_replace_keeps_the_old_content_and_removes_the_part(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "registre.pdf"
    target.write_bytes(b"old")
    seen: list[str] = []

    def refuse(src: str | os.PathLike[str], dst: str | os.PathLike[str]) -> None:
        seen.append(Path(src).name)
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(files.os, "replace", refuse)
    with pytest.raises(OSError):
        write_atomically(target, b"new")
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["registre.pdf"]
    assert seen[0].startswith(".registre.pdf.") and seen[0].endswith(".part")


def test_windows_retries_while_the_target_is_held_open(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real_replace = os.replace
    attempts = {"n": 0}

    def busy_twice(src: str, dst: str) -> None:
        attempts["n"] += 1
        if attempts["n"] <= 2:
            raise PermissionError(13, "The process cannot access the file")
        real_replace(src, dst)

    monkeypatch.setattr(files.os, "replace", busy_twice)
    monkeypatch.setattr(sys, "platform", "win32")
    monkeypatch.setattr(files, "_REPLACE_PAUSE", 0.0)
    target = tmp_path / "registre.pdf"
    write_atomically(target, b"data")
    assert target.read_bytes() == b"data" and attempts["n"] == 3


def test_elsewhere_a_permission_error_is_not_retried(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def refuse(src: str, dst: str) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(files.os, "replace", refuse)
    monkeypatch.setattr(sys, "platform", "linux")
    with pytest.raises(PermissionError):
        write_atomically(tmp_path / "x.pdf", b"data")
    assert list(tmp_path.iterdir()) == []


def test_a_missing_directory_raises(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError):
        write_atomically(tmp_path / "missing" / "x.pdf", b"data")
