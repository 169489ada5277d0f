# SPDX-License-Identifier: GPL-3.0-or-later
"""README § "Three installs through one folder": the shell block between its markers, run
as it stands with ``sh -e`` in an empty directory, takes the demo cooperative from a
convened AG to members' ballots counted through the shared folder, each of them once,
then holds and closes the AG from the command line, has its minutes signed, and
publishes its archive, which the members' installs list and the verifier accepts."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from datetime import datetime
from pathlib import Path

import pytest

from talagov.cli.main import main
from talagov.cli.meeting_output import meeting_json
from talagov.core.ballot_check import Verdict
from talagov.core.ballots import Channel
from talagov.core.meetings import MeetingStatus
from talagov.core.polls import PollStatus
from talagov.services import meetings, polls
from talagov.services.tally import tally_meeting
from talagov.services.uow import UnitOfWork
from talagov.storage.database import open_database
from tests.readme_blocks import shell_block

START, END = "<!-- sync-route:start -->", "<!-- sync-route:end -->"
MEETING, POLLS, VOTERS = 2, 3, 2


def route() -> str:
    """This section's shell block, as the README shows it."""
    return shell_block(START, END)


def test_the_block_uses_talagov_and_the_shell_only() -> None:
    commands = {line.split()[0] for line in route().splitlines()
                if line.strip() and not line.startswith(("#", " ", "\t"))}  # fmt: skip
    # "fp=$(talagov member join … | sed …)" reads the printed fingerprint back.
    assert commands <= {"talagov", "export", "for", "fp=$(talagov"}, commands


@pytest.mark.slow
def test_the_route_counts_each_member_s_ballots_once_and_archives_the_meeting(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
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
    assert out.count(f"Poll open: {VOTERS} ballot(s) received") == POLLS
    # On the day: the session opens with its quorum, the polls and the session close,
    # the chair and the secretary sign the minutes, the next pass publishes the archive.
    assert "Session of meeting 2 opened at " in out and "Quorum met: " in out
    assert "Session of meeting 2 closed at " in out
    assert "entered in the register as number 2." in out
    assert re.search(r"\+ organisation/archives/meeting-2-[0-9a-f]{16}\.zip \(archive\)", out)
    # The member's install lists the new archive and the demo's archives of closed meetings.
    assert "Archive of meeting 2:" in out and "Archive of meeting 1:" in out
    # The independent verifier holds every check of the published archive.
    assert "Every check holds" in out
    [archive] = (tmp_path / "partage" / "organisation" / "archives").glob("meeting-2-*.zip")

    db = open_database(tmp_path / "demo.sqlite")
    try:
        with UnitOfWork(db) as uow:
            assert meetings.get_meeting(uow, MEETING).status is MeetingStatus.CLOSED
            found = [p for p in polls.list_polls(uow, MEETING) if p.status is PollStatus.CLOSED]
            tallies = {t.poll.id: t for t in tally_meeting(uow, MEETING)}
            proxies = meeting_json(uow, MEETING, at=datetime.now(), lang="en")["proxies"]
    finally:
        db.close()
    # Each closed poll's stored result counts the members' two ballot files once each.
    assert [p.ballots for p in found] == [VOTERS] * POLLS
    for poll in found:
        assert poll.result is not None and poll.result.total_votes == VOTERS
        assert sum(c.by_channel.get(Channel.FILE, 0) for c in poll.result.counts) == VOTERS
        verdicts = [j.verdict for j in tallies[poll.id].judgement.judgements]
        assert verdicts == [Verdict.COUNTED] * VOTERS
    # Each receipt printed to a member names one ballot of the archive, counted.
    receipts = re.findall(r"receipt \(keep it to check that it is counted\): ([0-9A-F ]+)", out)
    assert len(receipts) == POLLS * VOTERS
    capsys.readouterr()
    assert main(["verify", str(archive), "--json",
                 *(a for r in receipts for a in ("--receipt", r.strip()))]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["ok"] is True
    assert [[b["verdict"] for b in r["ballots"]] for r in report["receipts"]] == [
        ["counted"]] * (POLLS * VOTERS)
    # The proxy the member of the first home gave the second, as their installs named them.
    names = dict(re.findall(r"You are member (\d+): (.*)\.", out))
    assert sorted(names) == ["6", "7"]
    assert [(p["principal"], p["holder"]) for p in proxies] == [(names["6"], names["7"])]
    # Nothing in the folder was rewritten or left half-written.
    folder = tmp_path / "partage"
    assert not [p for p in folder.rglob("*") if p.name.startswith(".") or
                p.name.endswith(".part")]  # fmt: skip
