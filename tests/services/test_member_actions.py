# SPDX-License-Identifier: GPL-3.0-or-later
"""What a member does through the folder: enrol, vote, give a proxy; each a new file under
the install's own directory, which the secretary's install can read and verify."""

from __future__ import annotations

import os
import sys
from datetime import timedelta
from pathlib import Path

import pytest

from talagov.core import ballots
from talagov.core import certificates as c
from talagov.core.errors import UserError
from talagov.core.keyseal import TEST_KDF, sealed_public_key
from talagov.core.meeting_package import PackageMember
from talagov.core.sync_format import BALLOTS, PROXIES, REQUESTS, Kind, member_dir, parse_name
from talagov.core.sync_proxy import parse_proxy, proxy_signature_valid
from talagov.core.sync_request import key_fingerprint, parse_request, public_key_fingerprint
from talagov.services import personal_keys
from talagov.services.member_actions import cast_remote, enrol, give_proxy, voting_package_for
from talagov.services.member_folder import read_folder
from talagov.services.member_home import join, keystore, load
from tests.services.member_setup import (
    NOW,
    PASSPHRASE,
    Folder,
    certified,
    code_of,
    joined_home,
    later,
    package,
    shared_folder,
    tilleuls,
)


@pytest.fixture
def folder(tmp_path: Path) -> Folder:
    # Alice (1) gave Bruno (2) a proxy; the meeting has two open resolutions (70, 71).
    return shared_folder(tmp_path, package(tilleuls(), proxies=((1, 2),)))


@pytest.fixture
def home(folder: Folder, tmp_path: Path) -> Path:
    return joined_home(folder, tmp_path)


def _files(root: Path) -> set[str]:
    return {p.relative_to(root).as_posix() for p in root.rglob("*") if p.is_file()}


def test_enrolling_writes_a_request_the_secretary_can_check(folder: Folder, home: Path) -> None:
    before = _files(folder.root)
    request = enrol(home, passphrase=PASSPHRASE, now=NOW, kdf=TEST_KDF)
    membership = load(home)
    [written] = _files(folder.root) - before
    assert written.startswith(f"{member_dir(membership.install_id)}/{REQUESTS}/request-")
    read = parse_request((folder.root / written).read_bytes())
    assert read == request
    assert (read.member_id, read.name, read.organisation) == (2, "Bruno Lefèvre", tilleuls().fingerprint)
    sealed = personal_keys.key_path(keystore(home), 2).read_bytes()
    assert key_fingerprint(read) == public_key_fingerprint(sealed_public_key(sealed))


def test_enrolling_twice_needs_replace(folder: Folder, home: Path) -> None:
    first = enrol(home, passphrase=PASSPHRASE, now=NOW, kdf=TEST_KDF)
    assert code_of(lambda: enrol(home, passphrase=PASSPHRASE, now=NOW, kdf=TEST_KDF)) == \
        "keys.personal_key_exists"
    second = enrol(home, passphrase=PASSPHRASE, now=NOW, kdf=TEST_KDF, replace=True)
    assert key_fingerprint(second) != key_fingerprint(first)
    requests = folder.root / member_dir(load(home).install_id) / REQUESTS
    assert len(list(requests.iterdir())) == 2  # nothing deleted in the folder


def test_enrolling_needs_to_know_who_the_member_is(folder: Folder, tmp_path: Path) -> None:
    home = tmp_path / "anonymous"
    join(home, folder.root, fingerprint=tilleuls().fingerprint, member_id=None, now=NOW)
    assert code_of(lambda: enrol(home, passphrase=PASSPHRASE, now=NOW, kdf=TEST_KDF)) == \
        "member.no_member_id"


def test_the_voting_package_is_the_issue_4_one(folder: Folder, home: Path) -> None:
    view = certified(folder, home)
    voting = voting_package_for(view, 3)
    assert (voting.voter_id, voting.voter_name) == (2, "Bruno Lefèvre")
    assert voting.principals == ((2, "Bruno Lefèvre"), (1, "Alice Martin"))
    assert [p.id for p in voting.polls] == [70, 71]
    assert voting.organisation == tilleuls().fingerprint
    assert view.certificate is not None
    assert c.fingerprint(voting.voter_certificate) == c.fingerprint(view.certificate)


def test_no_voting_package_without_a_certificate_or_open_polls(folder: Folder, home: Path) -> None:
    view = read_folder(home, now=NOW)
    assert code_of(lambda: voting_package_for(view, 3)) == "member.no_certificate"
    assert code_of(lambda: voting_package_for(view, 9)) == "member.unknown_meeting"
    folder.publish_package(later(package(tilleuls(), polls=0)))
    view = certified(folder, home)
    assert code_of(lambda: voting_package_for(view, 3)) == "member.no_open_polls"


def test_a_member_off_the_roll_gets_no_voting_package(folder: Folder, home: Path) -> None:
    folder.publish_package(later(package(tilleuls(), members=(PackageMember(1, "Alice Martin", None),))))
    view = certified(folder, home)
    assert code_of(lambda: voting_package_for(view, 3)) == "member.not_on_roll"


def test_a_revoked_certificate_cannot_vote(folder: Folder, home: Path) -> None:
    view = certified(folder, home)
    assert view.certificate is not None
    folder.publish_revocations(1, [view.certificate])
    assert code_of(lambda: voting_package_for(read_folder(home, now=NOW), 3)) == \
        "member.certificate_revoked"


def test_casting_writes_one_verifiable_ballot_file_each(folder: Folder, home: Path) -> None:
    view = certified(folder, home)
    voting = voting_package_for(view, 3)
    key, cert = personal_keys.unlock_personal(keystore(home), 2, PASSPHRASE)
    before = _files(folder.root)
    written = cast_remote(home, voting, key, cert, [(70, 2, ("for",)), (70, 1, ("against",)),
                                                    (71, 2, ("abstain",))], now=NOW)
    own = folder.root / member_dir(view.membership.install_id) / BALLOTS
    assert {p for _, p in written} == set(own.iterdir())
    assert _files(folder.root) - before == {p.relative_to(folder.root).as_posix() for _, p in written}
    for ballot, path in written:
        read = ballots.from_file(path.read_bytes())
        assert ballots.signature_valid(read) and read.fingerprint == ballot.fingerprint
        assert path.name == ballots.file_name(read)
        assert parse_name(path.name, (Kind.BALLOT,)) is not None
    assert {(b.content.poll_id, b.content.on_behalf_of, b.content.choices) for b, _ in written} == \
        {(70, 2, ("for",)), (70, 1, ("against",)), (71, 2, ("abstain",))}
    assert set(read_folder(home, now=NOW).ballots_written) == {b.fingerprint for b, _ in written}


def test_voting_again_replaces_with_a_higher_sequence(folder: Folder, home: Path) -> None:
    view = certified(folder, home)
    voting = voting_package_for(view, 3)
    key, cert = personal_keys.unlock_personal(keystore(home), 2, PASSPHRASE)
    [(first, _)] = cast_remote(home, voting, key, cert, [(70, 2, ("for",))], now=NOW)
    [(second, _)] = cast_remote(home, voting, key, cert, [(70, 2, ("against",))],
                                now=NOW + timedelta(minutes=5))
    assert (first.content.sequence, second.content.sequence) == (1, 2)
    assert len(read_folder(home, now=NOW).ballots_written) == 2


def test_a_vote_is_refused_before_anything_is_written(folder: Folder, home: Path) -> None:
    view = certified(folder, home)
    voting = voting_package_for(view, 3)
    key, cert = personal_keys.unlock_personal(keystore(home), 2, PASSPHRASE)
    before = _files(folder.root)
    for votes, code in [([(70, 3, ("for",))], "package.not_a_principal"),
                        ([(70, 2, ("maybe",))], "package.invalid_choice"),
                        ([(99, 2, ("for",))], "package.unknown_poll"),
                        ([(70, 2, ("for",)), (70, 2, ("against",))], "member.duplicate_vote")]:
        assert code_of(lambda v=votes: cast_remote(home, voting, key, cert, v, now=NOW)) == code
    assert _files(folder.root) == before


def test_giving_a_proxy_writes_a_signed_file(folder: Folder, home: Path) -> None:
    view = certified(folder, home)
    key, cert = personal_keys.unlock_personal(keystore(home), 2, PASSPHRASE)
    path = give_proxy(home, view, 3, 3, key, cert, now=NOW)
    assert path.parent == folder.root / member_dir(view.membership.install_id) / PROXIES
    proxy = parse_proxy(path.read_bytes())
    assert proxy_signature_valid(proxy)
    assert (proxy.content.principal_id, proxy.content.holder_id, proxy.content.meeting_id) == (2, 3, 3)
    assert c.member_id_of(proxy.certificate) == 2
    blank = give_proxy(home, view, 3, None, key, cert, now=NOW + timedelta(minutes=1))
    assert blank != path
    assert read_folder(home, now=NOW).proxies_given == ((3, 3), (3, None))


def test_a_proxy_is_refused_when_it_makes_no_sense(folder: Folder, home: Path) -> None:
    view = certified(folder, home)
    key, cert = personal_keys.unlock_personal(keystore(home), 2, PASSPHRASE)
    assert code_of(lambda: give_proxy(home, view, 3, 2, key, cert, now=NOW)) == "member.own_proxy"
    assert code_of(lambda: give_proxy(home, view, 3, 42, key, cert, now=NOW)) == "member.holder_not_on_roll"
    assert code_of(lambda: give_proxy(home, view, 8, 3, key, cert, now=NOW)) == "member.unknown_meeting"
    folder.publish_package(later(package(tilleuls(), status="closed", polls=0)))
    closed = read_folder(home, now=NOW)
    assert code_of(lambda: give_proxy(home, closed, 3, 3, key, cert, now=NOW)) == "member.meeting_not_open"


def test_nothing_is_written_outside_the_installs_own_directory(folder: Folder, home: Path) -> None:
    view = certified(folder, home)
    organisation_files = {p for p in _files(folder.root) if not p.startswith("members/")}
    key, cert = personal_keys.unlock_personal(keystore(home), 2, PASSPHRASE)
    cast_remote(home, voting_package_for(view, 3), key, cert, [(71, 1, ("for",))], now=NOW)
    give_proxy(home, view, 3, None, key, cert, now=NOW)
    own = member_dir(view.membership.install_id) + "/"
    after = _files(folder.root)
    assert {p for p in after if not p.startswith("members/")} == organisation_files
    assert all(p.startswith(own) for p in after if p.startswith("members/"))


@pytest.mark.skipif(not hasattr(os, "symlink") or sys.platform == "win32", reason="POSIX links")
@pytest.mark.parametrize("linked", ["own", BALLOTS])
def test_a_linked_directory_is_refused_never_followed(folder: Folder, home: Path, tmp_path: Path,
                                                       linked: str) -> None:
    view = certified(folder, home)
    voting = voting_package_for(view, 3)
    key, cert = personal_keys.unlock_personal(keystore(home), 2, PASSPHRASE)
    outside = tmp_path / "outside-the-folder"
    outside.mkdir()
    own = folder.root / member_dir(view.membership.install_id)
    if linked == "own":
        own.rename(outside / "moved")
        own.symlink_to(outside / "moved")
    else:
        (own / BALLOTS).symlink_to(outside)  # the hostile step (a sync engine carries links)
    with pytest.raises(UserError) as caught:
        cast_remote(home, voting, key, cert, [(70, 2, ("for",))], now=NOW)
    assert caught.value.code == "file.unsafe_dir"
    assert not any(p.name.startswith("ballot-") for p in outside.rglob("*"))
    if linked == "own":  # every directory of the install is then refused
        assert code_of(lambda: give_proxy(home, view, 3, 3, key, cert, now=NOW)) == "file.unsafe_dir"
    after = read_folder(home, now=NOW)
    assert after.ballots_written == ()  # never shown as cast
    assert "file.unsafe_dir" in {r.reason_code for r in after.refused}


@pytest.mark.skipif(not hasattr(os, "symlink") or sys.platform == "win32", reason="POSIX links")
def test_enrolling_through_a_linked_requests_directory_makes_no_key(
        folder: Folder, home: Path, tmp_path: Path) -> None:
    own = folder.root / member_dir(load(home).install_id)
    own.mkdir(parents=True)
    (own / REQUESTS).symlink_to(tmp_path)
    assert code_of(lambda: enrol(home, passphrase=PASSPHRASE, now=NOW, kdf=TEST_KDF)) == \
        "file.unsafe_dir"
    assert not personal_keys.key_path(keystore(home), 2).exists()  # enrolling later works
