# SPDX-License-Identifier: GPL-3.0-or-later
"""README § "Three installs through one folder": the shell block between its markers, run
as it stands with ``sh -e`` in an empty directory, takes the demo cooperative from a
convened AG to members' ballots counted through the shared folder, each of them once."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from datetime import datetime
from pathlib import Path

import pytest

from talagov.cli.meeting_output import meeting_json
from talagov.core.polls import PollStatus
from talagov.services import polls
from talagov.services.uow import UnitOfWork
from talagov.storage.database import open_database

README = Path(__file__).resolve().parents[1] / "README.md"
START, END = "<!-- sync-route:start -->", "<!-- sync-route:end -->"
MEETING, POLLS, VOTERS = 2, 3, 2


def route() -> str:
    """The shell block of the README between the two markers, without its fence."""
    text = README.read_text("utf-8")
    assert text.count(START) == 1 and text.count(END) == 1
    block = text[text.index(START) + len(START):text.index(END)]
    found = re.fullmatch(r"\s*```sh\n(.*?)```\s*", block, re.DOTALL)
    assert found, "the markers must enclose exactly one ```sh block"
    return found.group(1)


def test_the_block_uses_talagov_and_the_shell_only() -> None:
    commands = {line.split()[0] for line in route().splitlines()
                if line.strip() and not line.startswith(("#", " ", "\t"))}  # fmt: skip
    # "fp=$(talagov member join … | sed …)" reads the printed fingerprint back.
    assert commands <= {"talagov", "export", "for", "fp=$(talagov"}, commands


@pytest.mark.slow
def test_the_route_counts_each_member_s_ballots_once(tmp_path: Path) -> None:
    if shutil.which("sh") is None or shutil.which("sed") is None:
        pytest.skip("no POSIX sh and sed")
    scripts = Path(sys.executable).parent  # the talagov command of this environment
    env = {**os.environ, "PATH": f"{scripts}{os.pathsep}{os.environ.get('PATH', '')}",
           "TALAGOV_NO_SETTINGS": "1"}
    done = subprocess.run(["sh", "-e", "-c", route()], cwd=tmp_path, capture_output=True,
                          text=True, timeout=600, check=False, env=env)  # fmt: skip
    out = done.stdout
    assert done.returncode == 0, (out, done.stderr)

    # Both members joined, enrolled and picked up their certificate.
    assert out.count("Certificate issued to") == 2
    assert out.count("Certificate received from the secretary and installed") == 2
    # The first pass after the votes counts every ballot, the second finds nothing new.
    assert f"Ballots: counted {POLLS * VOTERS}." in out
    assert out.count("Ballots:") == 1
    assert "Proxies received: 1." in out
    assert "REFUSED" not in done.stderr and "Set aside" not in out
    assert out.count("Ballot placed in the folder") == POLLS * VOTERS
    assert out.count("ballot(s) received") == POLLS
    assert f"Poll open: {VOTERS} ballot(s) received" in out
    # The member's install lists the demo's archives of closed meetings.
    assert "Archive of meeting 1:" in out

    db = open_database(tmp_path / "demo.sqlite")
    try:
        with UnitOfWork(db) as uow:
            found = polls.list_polls(uow, MEETING)
            assert [p.ballots for p in found if p.status is PollStatus.OPEN] == [VOTERS] * POLLS
            proxies = meeting_json(uow, MEETING, at=datetime.now(), lang="en")["proxies"]
    finally:
        db.close()
    # The proxy the member of the first home gave the second, as their installs named them.
    names = dict(re.findall(r"You are member (\d+): (.*)\.", out))
    assert sorted(names) == ["6", "7"]
    assert [(p["principal"], p["holder"]) for p in proxies] == [(names["6"], names["7"])]
    # Nothing in the folder was rewritten or left half-written.
    folder = tmp_path / "partage"
    assert not [p for p in folder.rglob("*") if p.name.startswith(".") or
                p.name.endswith(".part")]  # fmt: skip
