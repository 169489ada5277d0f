# SPDX-License-Identifier: GPL-3.0-or-later
"""A real sync engine: two Syncthing daemons on 127.0.0.1, the secretary's install on one
side, a member's install on the other, each with its own copy of the folder.

The whole round goes through Syncthing: the meeting package out, the certificate request
in, the certificate out, the ballot in; the ballot written on the member's side is counted
on the secretary's. Skipped, saying why, where Debian's ``syncthing`` is not installed.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from talagov.core.ballot_check import Verdict
from talagov.core.sync_format import MEMBERS_DIR, ORGANISATION_DIR, member_dir

from .installs import MemberInstall, OrgInstall, clock, make_member, make_org
from .syncthing import SYNCTHING, Daemon, mirrored, syncthing_pair, wait_for

pytestmark = pytest.mark.skipif(
    SYNCTHING is None,
    reason="syncthing is not installed (Debian/Ubuntu: apt-get install -y syncthing; "
           "packaging/bootstrap.sh test installs it when run as root): the test with a real "
           "sync engine is skipped")  # fmt: skip

Pair = tuple[OrgInstall, MemberInstall, Daemon, Daemon]


@pytest.fixture(scope="module")
def pair(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Pair]:
    root = tmp_path_factory.mktemp("syncthing")
    org = make_org(root / "secretary")
    alice = make_member(root / "alice", "Alice", org.members["Alice"])
    try:
        with syncthing_pair(root / "daemons", ("secretary", org.folder),
                            ("alice", alice.folder)) as (a, b):  # fmt: skip
            yield org, alice, a, b
    finally:
        org.db.close()


def test_files_cross_both_ways_and_temporary_ones_never_do(pair: Pair) -> None:
    _, _, a, b = pair
    (a.folder / "harness" / "to-member.txt").parent.mkdir()
    (a.folder / "harness" / "to-member.txt").write_bytes(b"from the secretary")
    (b.folder / "harness-back").mkdir()
    (b.folder / "harness-back" / ".note.txt.1234.part").write_bytes(b"half writ")
    (b.folder / "harness-back" / "to-secretary.txt").write_bytes(b"from the member")
    assert mirrored(a, b, "harness") == ["harness/to-member.txt"]
    assert mirrored(b, a, "harness-back") == ["harness-back/to-secretary.txt"]
    assert not (a.folder / "harness-back" / ".note.txt.1234.part").exists()
    assert a.errors() == [] and b.errors() == []


def test_a_ballot_written_by_the_member_is_counted_by_the_secretary(pair: Pair) -> None:
    org, alice, a, b = pair
    assert org.publish(clock(1)).written  # identity, packages, the document
    mirrored(a, b, ORGANISATION_DIR)

    alice.join(clock(2))
    alice.enrol(clock(3))
    mine = member_dir(alice.view(clock(3)).membership.install_id)
    mirrored(b, a, MEMBERS_DIR)
    assert org.import_folder(clock(4)).requests == 1
    assert org.approve_all(clock(5)) == [alice.member_id]
    org.publish(clock(6))  # the certificate
    mirrored(a, b, ORGANISATION_DIR)
    assert alice.view(clock(7)).certificate is not None  # picked up from the folder

    ago = org.meetings["ago"]
    first = org.polls["ago"][0]
    (ballot,) = alice.vote(ago, [(first, alice.member_id, ("for",))], clock(8))
    assert ballot.relative_to(alice.folder).as_posix().startswith(f"{mine}/ballots/")
    mirrored(b, a, MEMBERS_DIR)
    report = org.import_folder(clock(9))
    assert report.ballots.get("counted") == 1 and report.quarantined == ()
    (line,) = org.ballots(first)
    assert line.verdict is Verdict.COUNTED and line.choices == ("for",)

    # Nothing was refused on either side, and the member's directory on the secretary's
    # side holds what the member wrote: the request and the ballot, nothing else.
    assert org.quarantine() == [] and alice.view(clock(10)).refused == ()
    names = sorted(p.relative_to(a.folder / mine).as_posix()
                   for p in (a.folder / mine).rglob("*") if p.is_file())  # fmt: skip
    assert len(names) == 2 and names[0] == f"ballots/{ballot.name}"
    assert names[1].startswith("requests/request-")
    wait_for(lambda: a.errors() == [] and b.errors() == [], 2, "no Syncthing errors")
