# SPDX-License-Identifier: GPL-3.0-or-later
"""Rolling a member's view back is refused: an older package or revocation list, by
replay under a higher name or by deleting the newest one, never becomes current again."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from talagov.core.canonical import sha256_hex
from talagov.core.keyseal import TEST_KDF
from talagov.core.sync_format import REVOCATIONS_DIR, revocations_name
from talagov.services.member_actions import enrol
from talagov.services.member_folder import CertificateState, read_folder
from talagov.services.member_home import load
from talagov.services.member_seen import SEEN_FILE, Seen, load_seen, merged, remember
from tests.services.member_setup import (
    NOW,
    PASSPHRASE,
    Folder,
    joined_home,
    later,
    package,
    shared_folder,
    tilleuls,
)


@pytest.fixture
def folder(tmp_path: Path) -> Folder:
    return shared_folder(tmp_path)


@pytest.fixture
def home(folder: Folder, tmp_path: Path) -> Path:
    return joined_home(folder, tmp_path)


def _revoked_member(folder: Folder, home: Path) -> Path:
    """The member's certificate issued, then revoked by list 2; list 1 revoked nothing."""
    enrol(home, passphrase=PASSPHRASE, now=NOW, kdf=TEST_KDF)
    [cert] = folder.approve_requests(load(home).install_id)
    first = folder.publish_revocations(1, [])
    assert read_folder(home, now=NOW).certificate_state is CertificateState.ISSUED
    folder.publish_revocations(2, [cert])
    assert read_folder(home, now=NOW).certificate_state is CertificateState.REVOKED
    return first


def test_an_old_list_replayed_under_a_higher_sequence_is_refused(folder: Folder, home: Path) -> None:
    data = _revoked_member(folder, home).read_bytes()
    replay = folder.root / REVOCATIONS_DIR / revocations_name(99, sha256_hex(data)[:16])
    replay.write_bytes(data)
    view = read_folder(home, now=NOW)
    assert view.certificate_state is CertificateState.REVOKED
    assert [(r.path, r.reason_code, r.params.get("cause")) for r in view.refused] == \
        [(f"{REVOCATIONS_DIR}/{replay.name}", "member.file_malformed", "misnamed")]


def test_deleting_the_newest_list_does_not_unrevoke(folder: Folder, home: Path) -> None:
    first = _revoked_member(folder, home)
    for path in (folder.root / REVOCATIONS_DIR).iterdir():
        if path != first:
            path.unlink()  # the hostile step: only the older list is left
    view = read_folder(home, now=NOW)
    assert view.certificate_state is CertificateState.REVOKED
    [refused] = view.refused
    assert (refused.path, refused.reason_code) == (f"{REVOCATIONS_DIR}/{first.name}",
                                                   "member.rolled_back")
    assert (refused.params["sequence"], refused.params["seen"]) == (1, 2)
    for path in list((folder.root / REVOCATIONS_DIR).iterdir()):
        path.unlink()  # no list at all: the one seen still holds
    assert read_folder(home, now=NOW).certificate_state is CertificateState.REVOKED


def test_deleting_the_newest_package_does_not_bring_the_older_back(folder: Folder, home: Path) -> None:
    first = folder.publish_package(package(tilleuls()))
    second = folder.publish_package(later(package(tilleuls(), polls=0), place="Mairie"))
    assert read_folder(home, now=NOW).meetings[0].sequence == 2
    second.unlink()
    view = read_folder(home, now=NOW)
    assert view.meetings == ()  # the polls of sequence 1 (closed since) are not offered again
    assert [(r.path.rsplit("/", 1)[1], r.reason_code) for r in view.refused] == \
        [(first.name, "member.rolled_back")]
    third = folder.publish_package(later(package(tilleuls(), sequence=2), place="Mairie"))
    view = read_folder(home, now=NOW)
    assert [p.sequence for p in view.meetings] == [3] and view.refused == ()
    assert third.exists()


def test_the_memory_is_kept_in_the_home_and_only_grows(home: Path) -> None:
    organisation = tilleuls().fingerprint
    assert load_seen(home, organisation) == Seen()
    remember(home, organisation, Seen({3: 2}, 4, frozenset({"aa"})))
    remember(home, organisation, Seen({3: 1, 5: 1}, 2, frozenset()))
    seen = load_seen(home, organisation)
    assert seen == Seen({3: 2, 5: 1}, 4, frozenset({"aa"}))
    assert load_seen(home, "0" * 64) == Seen()  # another organisation's memory: none
    document = json.loads((home / SEEN_FILE).read_text(encoding="utf-8"))
    assert document["format"] == "talagov.member-seen"
    (home / SEEN_FILE).write_text("[" * 10_000 + "]" * 10_000)  # damaged: forgotten, no crash
    assert load_seen(home, organisation) == Seen()


def test_merging_takes_the_highest() -> None:
    old = Seen({1: 3, 2: 1}, 5, frozenset({"x"}))
    assert merged(old, Seen({1: 2, 2: 4}, 6, frozenset({"x", "y"}))) == \
        Seen({1: 3, 2: 4}, 6, frozenset({"x", "y"}))
    assert merged(old, Seen({}, 4, frozenset())) == old


# -- the newest accepted file unreadable for a moment is no rollback ----------------------


def _two_packages(folder: Folder, home: Path) -> tuple[Path, Path]:
    """Packages 1 and 2 of the meeting; the install read 2 (its memory says 2)."""
    first = folder.publish_package(package(tilleuls()))
    second = folder.publish_package(later(package(tilleuls(), polls=0), place="Mairie"))
    assert read_folder(home, now=NOW).meetings[0].sequence == 2
    return first, second


def test_the_newest_package_being_rewritten_is_no_rollback(folder: Folder, home: Path) -> None:
    _, second = _two_packages(folder, home)
    whole = second.read_bytes()
    second.write_bytes(whole[: len(whole) // 2])  # the sync engine writing it again
    view = read_folder(home, now=NOW)
    assert view.refused == ()  # no red alarm
    assert view.meetings == ()  # and package 1 is not shown as current
    assert view.waiting == (3,)
    second.write_bytes(whole)
    view = read_folder(home, now=NOW)
    assert [p.sequence for p in view.meetings] == [2] and view.refused == ()
    assert view.waiting == ()


def test_the_newest_package_locked_is_no_rollback(folder: Folder, home: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    from talagov.services.files import read_regular as real

    _, second = _two_packages(folder, home)

    def locked(path: Path, limit: int) -> bytes:
        if Path(path) == second:
            raise PermissionError(13, "The process cannot access the file")  # Windows, synced
        return real(path, limit)

    monkeypatch.setattr("talagov.services.member_reader.read_regular", locked)
    view = read_folder(home, now=NOW)
    assert (view.meetings, view.refused, view.waiting) == ((), (), (3,))


def test_the_newest_package_replaced_is_still_a_rollback(folder: Folder, home: Path) -> None:
    first, second = _two_packages(folder, home)
    second.write_bytes(first.read_bytes())  # whole, but not package 2: replaced
    view = read_folder(home, now=NOW)
    assert view.meetings == () and view.waiting == ()
    assert [(r.path.rsplit("/", 1)[1], r.reason_code) for r in view.refused] == [
        (second.name, "member.file_malformed"), (first.name, "member.rolled_back")]


def test_a_newer_package_being_written_hides_no_deleted_one(folder: Folder, home: Path) -> None:
    first, second = _two_packages(folder, home)
    second.unlink()  # package 2, the one accepted, is gone...
    third = folder.publish_package(later(package(tilleuls(), sequence=2), place="Mairie"))
    third.write_bytes(third.read_bytes()[:40])  # ...and a newer name is cut short
    view = read_folder(home, now=NOW)
    assert view.meetings == () and view.waiting == ()
    assert [(r.path.rsplit("/", 1)[1], r.reason_code) for r in view.refused] == [
        (first.name, "member.rolled_back")]


def test_the_newest_list_being_rewritten_is_no_rollback(folder: Folder, home: Path) -> None:
    _revoked_member(folder, home)
    [newest] = [p for p in (folder.root / REVOCATIONS_DIR).iterdir() if "-2-" in p.name]
    whole = newest.read_bytes()
    newest.write_bytes(whole[: len(whole) // 2])
    view = read_folder(home, now=NOW)
    assert view.refused == ()
    assert view.certificate_state is CertificateState.REVOKED  # the serials remembered
