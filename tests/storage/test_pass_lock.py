# SPDX-License-Identifier: GPL-3.0-or-later
"""One pass over the shared folder at a time per database, never waited for."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from talagov.storage import pass_lock


def test_a_second_holder_is_told_at_once_and_the_lock_is_free_after(tmp_path: Path) -> None:
    database = tmp_path / "coop.sqlite"
    with pass_lock.held(database) as first:
        assert first
        with pass_lock.held(database) as second:  # the same process: the watcher, say
            assert not second
        with pass_lock.held(tmp_path / "other.sqlite") as elsewhere:
            assert elsewhere  # another database has its own lock
    with pass_lock.held(database) as again:
        assert again
    assert pass_lock.lock_path(database).exists()  # never deleted: no two holders


def test_another_process_is_told_too(tmp_path: Path) -> None:
    database = tmp_path / "coop.sqlite"
    probe = ("import sys; from pathlib import Path; from talagov.storage import pass_lock\n"
             "with pass_lock.held(Path(sys.argv[1])) as ours: print(ours)")
    with pass_lock.held(database):
        out = subprocess.run([sys.executable, "-c", probe, str(database)], check=True,
                             capture_output=True, text=True).stdout
    assert out.strip() == "False"


def test_without_a_lock_file_the_pass_runs(tmp_path: Path,
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    def refused(*_args: object) -> int:
        raise PermissionError(13, "read-only directory")

    monkeypatch.setattr("talagov.storage.pass_lock.os.open", refused)
    with pass_lock.held(tmp_path / "coop.sqlite") as ours:
        assert ours  # the database's constraints still keep every ballot once
