# SPDX-License-Identifier: GPL-3.0-or-later
"""The member's own directory is public: only what this member signed there is shown as
their ballots and proxies; anything else dropped there is refused loudly."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta
from pathlib import Path

import pytest

from talagov.core import ballots
from talagov.core.keyseal import TEST_KDF
from talagov.core.signing import new_private_key
from talagov.core.sync_format import BALLOTS, PROXIES, member_dir
from talagov.core.sync_proxy import ProxyContent, proxy_file, sign_proxy
from talagov.services import personal_keys
from talagov.services.member_actions import cast_remote, enrol, give_proxy, voting_package_for
from talagov.services.member_folder import read_folder
from talagov.services.member_home import keystore, load
from tests.services.member_setup import (
    NOW,
    PASSPHRASE,
    Folder,
    certified,
    impostor,
    joined_home,
    package,
    shared_folder,
    tilleuls,
)


@pytest.fixture
def folder(tmp_path: Path) -> Folder:
    return shared_folder(tmp_path, package(tilleuls()))


@pytest.fixture
def home(folder: Folder, tmp_path: Path) -> Path:
    return joined_home(folder, tmp_path)


def _drop(folder: Folder, home: Path, directory: str, name: str, data: bytes) -> str:
    own = folder.root / member_dir(load(home).install_id) / directory
    own.mkdir(parents=True, exist_ok=True)
    (own / name).write_bytes(data)
    return f"{member_dir(load(home).install_id)}/{directory}/{name}"


def _forged_proxy(holder: int, *, principal: int = 2, signer_member: int = 2,
                  org_key: object = None, folder: Folder) -> bytes:
    key = new_private_key()
    cert = folder.issue(key.public_key(), signer_member,
                        org=impostor() if org_key == "impostor" else None)
    content = ProxyContent(organisation=tilleuls().fingerprint, meeting_id=3,
                           principal_id=principal, holder_id=holder,
                           given_at="2099-01-01T00:00:00+00:00", nonce="ab" * 16)
    return proxy_file(sign_proxy(content, key, cert))


def test_a_proxy_dropped_in_the_members_directory_is_not_shown_as_given(
        folder: Folder, home: Path) -> None:
    view = certified(folder, home)
    key, cert = personal_keys.unlock_personal(keystore(home), 2, PASSPHRASE)
    give_proxy(home, view, 3, 3, key, cert, now=NOW)
    forged = {  # a far-future date: it would be "the latest choice"
        "another key, same member": _forged_proxy(1, folder=folder),
        "another authority": _forged_proxy(1, org_key="impostor", folder=folder),
        "another principal": _forged_proxy(1, principal=3, signer_member=3, folder=folder),
    }
    paths = {_drop(folder, home, PROXIES, f"proxy-3-{i:016x}.json", data)
             for i, data in enumerate(forged.values())}
    after = read_folder(home, now=NOW)
    assert after.proxies_given == ((3, 3),)  # only the one this member signed
    refused = {r.path: r.reason_code for r in after.refused}
    # A key of the same member the organisation certified is this member's: not refused,
    # but not shown as given either (it is not the installed certificate).
    assert {p for p, code in refused.items() if code == "member.not_written_here"} == \
        paths - {min(paths)}


def test_a_proxy_signed_with_an_older_key_is_neither_shown_nor_refused(
        folder: Folder, home: Path) -> None:
    view = certified(folder, home)
    key, cert = personal_keys.unlock_personal(keystore(home), 2, PASSPHRASE)
    give_proxy(home, view, 3, 3, key, cert, now=NOW)
    enrol(home, passphrase=PASSPHRASE, now=NOW, kdf=TEST_KDF, replace=True)
    folder.approve_requests(load(home).install_id)  # certificates for both requests
    after = read_folder(home, now=NOW + timedelta(minutes=1))
    assert after.refused == ()


def test_a_ballot_dropped_in_the_members_directory_is_not_counted_as_theirs(
        folder: Folder, home: Path) -> None:
    view = certified(folder, home)
    key, cert = personal_keys.unlock_personal(keystore(home), 2, PASSPHRASE)
    [(mine, _)] = cast_remote(home, voting_package_for(view, 3), key, cert,
                              [(70, 2, ("for",))], now=NOW)
    other = new_private_key()
    theirs = ballots.sign_ballot(replace(mine.content, poll_id=71, voter_id=3, on_behalf_of=3,
                                         nonce="cd" * 16),
                                 other, folder.issue(other.public_key(), 3))
    unsigned = ballots.SignedBallot(replace(mine.content, poll_id=71, nonce="ef" * 16),
                                    mine.signature, mine.certificate)
    planted = {_drop(folder, home, BALLOTS, ballots.file_name(b), ballots.to_file(b))
               for b in (theirs, unsigned)}
    planted.add(_drop(folder, home, BALLOTS, "ballot-3-71-0123456789abcdef.json", b"{}"))
    after = read_folder(home, now=NOW)
    assert after.ballots_written == (mine.fingerprint,)
    assert after.votes_written == ((3, 70),)  # poll 71 is not shown as voted
    assert {r.path for r in after.refused if r.reason_code == "member.not_written_here"} == planted


def test_a_file_cut_short_in_the_members_directory_is_read_again_later(
        folder: Folder, home: Path) -> None:
    certified(folder, home)
    _drop(folder, home, BALLOTS, "ballot-3-70-0123456789abcdef.json", b'{"format": "talag')
    view = read_folder(home, now=NOW)
    assert view.votes_written == () and view.refused == ()  # not shown as voted, not red
