# SPDX-License-Identifier: GPL-3.0-or-later
"""Verified copies in the member's home: made only from the exact bytes the organisation
signed, never from a link, a FIFO or a file longer than announced."""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

import pytest

from talagov.core.canonical import sha256_hex
from talagov.services.member_copies import CopyRefused, Problem, verified_copy

posix = pytest.mark.skipif(sys.platform == "win32" or not hasattr(os, "mkfifo"),
                           reason="POSIX links and FIFOs")
DATA = b"%PDF-1.4 the report\n"


def _copy(source: Path, home: Path, data: bytes = DATA) -> Path:
    home.mkdir(exist_ok=True)
    return verified_copy(source, home, "documents", "report.pdf", sha256=sha256_hex(data),
                         size=len(data))


def _problem(source: Path, home: Path) -> Problem:
    started = time.monotonic()
    with pytest.raises(CopyRefused) as caught:
        _copy(source, home)
    assert time.monotonic() - started < 5
    assert not any(p.name.endswith(".part") for p in (home / "documents").iterdir())
    return caught.value.problem


def test_the_copy_holds_the_signed_bytes(tmp_path: Path) -> None:
    source = tmp_path / "report.pdf"
    source.write_bytes(DATA)
    copy = _copy(source, tmp_path / "home")
    assert copy == tmp_path / "home" / "documents" / "report.pdf" and copy.read_bytes() == DATA
    source.unlink()  # gone from the folder: the verified copy is still there
    assert _copy(source, tmp_path / "home").read_bytes() == DATA


def test_other_bytes_are_refused(tmp_path: Path) -> None:
    source = tmp_path / "report.pdf"
    for data in (DATA.upper(), DATA + b"more", DATA[:-1]):
        source.write_bytes(data)
        assert _problem(source, tmp_path / "home") is Problem.ALTERED
    source.unlink()
    assert _problem(source, tmp_path / "home") is Problem.MISSING


def test_a_damaged_copy_is_made_again(tmp_path: Path) -> None:
    source = tmp_path / "report.pdf"
    source.write_bytes(DATA)
    copy = _copy(source, tmp_path / "home")
    copy.write_bytes(b"damaged")
    assert _copy(source, tmp_path / "home").read_bytes() == DATA


@posix
def test_a_link_to_dev_zero_or_a_fifo_is_refused_at_once(tmp_path: Path) -> None:
    link = tmp_path / "zero.pdf"
    link.symlink_to("/dev/zero")
    assert _problem(link, tmp_path / "home") is Problem.ALTERED
    fifo = tmp_path / "fifo.pdf"
    os.mkfifo(fifo)
    assert _problem(fifo, tmp_path / "home") is Problem.ALTERED
    genuine = tmp_path / "genuine.pdf"
    genuine.write_bytes(DATA)
    elsewhere = tmp_path / "link.pdf"
    elsewhere.symlink_to(genuine)  # even to the right bytes: not the folder's file
    assert _problem(elsewhere, tmp_path / "home") is Problem.ALTERED


@posix
def test_a_home_directory_that_is_a_link_is_refused(tmp_path: Path) -> None:
    from talagov.core.errors import UserError

    source = tmp_path / "report.pdf"
    source.write_bytes(DATA)
    home = tmp_path / "home"
    home.mkdir()
    (home / "documents").symlink_to(tmp_path / "elsewhere")
    with pytest.raises(UserError) as caught:
        _copy(source, home)
    assert caught.value.code == "file.unsafe_dir"
