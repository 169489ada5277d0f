# SPDX-License-Identifier: GPL-3.0-or-later
"""User files: failures become errors naming the file; saving is atomic."""

from __future__ import annotations

from pathlib import Path

import pytest

from talagov.core.errors import UserError
from talagov.services.files import read_file, save_file


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
