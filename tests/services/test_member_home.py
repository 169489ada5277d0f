# SPDX-License-Identifier: GPL-3.0-or-later
"""Joining an organisation from the shared folder: trusted only once the member
confirmed its fingerprint, remembered in the home directory, never another one."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from talagov.core.canonical import readable_fingerprint
from talagov.core.errors import UserError
from talagov.services import member_home
from talagov.services.member_home import MEMBERSHIP_FILE, discover, join, load, set_member
from tests.services.member_setup import (
    NOW,
    Folder,
    code_of,
    identity,
    impostor,
    shared_folder,
    tilleuls,
)


@pytest.fixture
def folder(tmp_path: Path) -> Folder:
    return shared_folder(tmp_path)


def test_discover_shows_the_organisation_before_any_trust(folder: Folder, tmp_path: Path) -> None:
    [found] = discover(folder.root)
    assert found.name == "Coopérative des Tilleuls"
    assert found.organisation == tilleuls().fingerprint
    assert not (tmp_path / "home").exists()


def test_the_newest_identity_is_shown(folder: Folder) -> None:
    folder.publish_identity(identity(tilleuls(), sequence=2, members=((1, "Alice Martin"),)))
    [newest] = discover(folder.root)  # one organisation, its newest identity
    assert newest.sequence == 2 and newest.members == ((1, "Alice Martin"),)


def test_a_folder_without_an_organisation_says_so(tmp_path: Path) -> None:
    assert code_of(lambda: discover(tmp_path / "nowhere")) == "member.folder_missing"
    (tmp_path / "empty" / "organisation").mkdir(parents=True)
    (tmp_path / "empty" / "organisation" / "identity-0123456789abcdef.json").write_bytes(b"{}")
    assert code_of(lambda: discover(tmp_path / "empty")) == "member.no_organisation"


def test_joining_with_the_confirmed_fingerprint_remembers_the_organisation(
        folder: Folder, tmp_path: Path) -> None:
    home = tmp_path / "home"
    typed = readable_fingerprint(tilleuls().fingerprint).lower()  # as read aloud, spaces
    joined = join(home, folder.root, fingerprint=typed, member_id=2, now=NOW)
    assert joined.organisation == tilleuls().fingerprint and joined.member_id == 2
    assert len(joined.install_id) == 32 and joined.own_dir.name == joined.install_id
    assert load(home) == joined
    document = json.loads((home / MEMBERSHIP_FILE).read_text(encoding="utf-8"))
    assert document["format"] == "talagov.membership" and document["member_id"] == 2
    assert not any(p.name.endswith(".part") for p in home.iterdir())
    assert not (folder.root / "members").exists()  # joining writes nothing in the folder


def test_a_wrong_fingerprint_is_refused_with_both_shown(folder: Folder, tmp_path: Path) -> None:
    with pytest.raises(UserError) as caught:
        join(tmp_path / "home", folder.root, fingerprint=impostor().fingerprint, member_id=None,
             now=NOW)
    assert caught.value.code == "member.fingerprint_mismatch"
    assert caught.value.params == {"expected": readable_fingerprint(impostor().fingerprint),
                                   "found": readable_fingerprint(tilleuls().fingerprint)}
    assert not (tmp_path / "home" / MEMBERSHIP_FILE).exists()


def test_an_impostors_newer_identity_does_not_stop_the_real_one(folder: Folder, tmp_path: Path) -> None:
    folder.publish_identity(identity(impostor(), sequence=9), key=impostor().key)
    # Both are shown, newest first: the member picks the one of their convocation.
    assert [i.organisation for i in discover(folder.root)] == \
        [impostor().fingerprint, tilleuls().fingerprint]
    joined = join(tmp_path / "home", folder.root, fingerprint=tilleuls().fingerprint,
                  member_id=None, now=NOW)
    assert joined.organisation == tilleuls().fingerprint


def test_an_identity_not_signed_by_its_own_key_is_not_offered(tmp_path: Path) -> None:
    shared = Folder(tmp_path / "shared")
    shared.publish_identity(identity(tilleuls()), key=impostor().key)
    assert code_of(lambda: discover(shared.root)) == "member.no_organisation"


def test_joining_again_keeps_the_install_and_refuses_another_organisation(
        folder: Folder, tmp_path: Path) -> None:
    home = tmp_path / "home"
    first = join(home, folder.root, fingerprint=tilleuls().fingerprint, member_id=1, now=NOW)
    moved = tmp_path / "moved"
    folder.root.rename(moved)
    again = join(home, moved, fingerprint=tilleuls().fingerprint, member_id=None, now=NOW)
    assert (again.install_id, again.member_id, again.joined_at) == \
        (first.install_id, 1, first.joined_at)
    assert again.folder == moved.absolute()
    other = Folder(tmp_path / "other", impostor())
    other.publish_identity()
    with pytest.raises(UserError) as caught:
        join(home, other.root, fingerprint=impostor().fingerprint, member_id=None, now=NOW)
    assert caught.value.code == "member.other_organisation"
    assert load(home).organisation == tilleuls().fingerprint


def test_the_member_must_be_one_of_the_organisations(folder: Folder, tmp_path: Path) -> None:
    home = tmp_path / "home"
    assert code_of(lambda: join(home, folder.root, fingerprint=tilleuls().fingerprint,
                              member_id=99, now=NOW)) == "member.unknown_member"
    join(home, folder.root, fingerprint=tilleuls().fingerprint, member_id=None, now=NOW)
    assert load(home).member_id is None
    assert set_member(home, 3).member_id == 3 and load(home).member_id == 3
    assert code_of(lambda: set_member(home, 99)) == "member.unknown_member"


def test_a_home_that_never_joined_or_is_damaged_says_so(tmp_path: Path) -> None:
    assert code_of(lambda: load(tmp_path)) == "member.not_joined"
    (tmp_path / MEMBERSHIP_FILE).write_text('{"format": "talagov.membership"}')
    assert code_of(lambda: load(tmp_path)) == "member.membership_damaged"


def test_a_membership_whose_certificate_was_swapped_is_damaged(folder: Folder, tmp_path: Path) -> None:
    home = tmp_path / "home"
    join(home, folder.root, fingerprint=tilleuls().fingerprint, member_id=None, now=NOW)
    path = home / MEMBERSHIP_FILE
    document = json.loads(path.read_text(encoding="utf-8"))
    document["certificate_pem"] = impostor().pem
    path.write_text(json.dumps(document), encoding="utf-8")
    assert code_of(lambda: load(home)) == "member.membership_damaged"


def test_the_default_home_and_keystore() -> None:
    assert member_home.default_home().name == "member"
    assert member_home.keystore(Path("/x")) == Path("/x/keys")


def test_every_organisation_of_the_folder_is_offered_once_newest_first(
        folder: Folder) -> None:
    folder.publish_identity(identity(tilleuls(), sequence=3))
    folder.publish_identity(identity(impostor(), sequence=2), key=impostor().key)
    folder.publish_identity(identity(impostor(), sequence=1), key=impostor().key)
    found = discover(folder.root)
    assert [(i.organisation, i.sequence) for i in found] == \
        [(tilleuls().fingerprint, 3), (impostor().fingerprint, 2)]
    assert all(i.name == "Coopérative des Tilleuls" for i in found)  # same name: fingerprints differ


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="POSIX links and FIFOs")
def test_links_fifos_and_hostile_json_do_not_stop_joining(folder: Folder, tmp_path: Path) -> None:
    directory = folder.root / "organisation"
    os.mkfifo(directory / "identity-0000000000000001.json")
    (directory / "identity-0000000000000002.json").symlink_to("/dev/zero")
    (directory / "identity-0000000000000003.json").write_bytes(b"[" * 100_000 + b"]" * 100_000)
    (directory / "identity-0000000000000004.json").mkdir()
    [found] = discover(folder.root)  # would block on the FIFO, or read /dev/zero for ever
    assert found.organisation == tilleuls().fingerprint
    joined = join(tmp_path / "home", folder.root, fingerprint=tilleuls().fingerprint,
                  member_id=None, now=NOW)
    assert joined.organisation == tilleuls().fingerprint


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="symbolic links")
def test_an_organisation_directory_that_is_a_link_is_not_read(tmp_path: Path) -> None:
    elsewhere = Folder(tmp_path / "elsewhere")
    elsewhere.publish_identity()
    shared = tmp_path / "shared"
    shared.mkdir()
    (shared / "organisation").symlink_to(elsewhere.root / "organisation")
    assert code_of(lambda: discover(shared)) == "member.no_organisation"
