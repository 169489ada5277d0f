# SPDX-License-Identifier: GPL-3.0-or-later
"""A member's own keystore: the key made at home, the certificate sent back, counters."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from talagov.core import certificates
from talagov.core.errors import UserError
from talagov.core.keyseal import TEST_KDF
from talagov.services import keys, personal_keys
from talagov.services.uow import UnitOfWork
from talagov.storage.database import Database

from .conftest import NOW, AddMember
from .test_keys import MEMBER_PASS, ORG_PASS, make_org_key


def _create(keystore: Path, member_id: int, name: str = "Léa Durand", **kw: object) -> str:
    return personal_keys.create_personal_key(keystore, member_id=member_id, name=name,
                                             passphrase=MEMBER_PASS, kdf=TEST_KDF, **kw)  # type: ignore[arg-type]


def _issue(db: Database, request: str) -> bytes:
    """The secretary's side: issue the certificate for a request."""
    with UnitOfWork(db) as uow:
        org_key = keys.unlock_organisation(uow, ORG_PASS)
        pem, _ = keys.issue_from_request(uow, request.encode(), org_key=org_key, now=NOW)
    return pem.encode()


def test_a_new_key_waits_for_its_certificate(tmp_path: Path) -> None:
    keystore = tmp_path / "keys"
    request = certificates.request_from_pem(_create(keystore, 12))
    assert request.is_signature_valid
    assert (keystore / "member-12.key").is_file()
    assert b"PRIVATE KEY" not in (keystore / "member-12.key").read_bytes()
    [found] = personal_keys.personal_keys(keystore)
    assert (found.member_id, found.name, found.certificate) == (12, "Léa Durand", None)
    with pytest.raises(UserError) as err:
        personal_keys.unlock_personal(keystore, 12, MEMBER_PASS)
    assert err.value.code == "keys.no_certificate_yet"


def test_the_certificate_sent_back_is_installed_beside_its_key(
        scop: Database, add_member: AddMember, tmp_path: Path) -> None:
    member_id = add_member("Durand", first_name="Léa", shares_count=1)
    make_org_key(scop)
    keystore = tmp_path / "keys"
    installed = personal_keys.install_certificate(keystore, _issue(scop, _create(keystore, member_id)))
    assert installed.member_id == member_id and installed.name == "Durand Léa"
    assert installed.certificate is not None
    assert personal_keys.personal_keys(keystore) == [installed]
    key, cert = personal_keys.unlock_personal(keystore, member_id, MEMBER_PASS)
    assert cert == installed.certificate
    assert key.public_key().public_numbers() == cert.public_key().public_numbers()  # type: ignore[union-attr]
    with pytest.raises(UserError) as err:
        personal_keys.unlock_personal(keystore, member_id, "not my passphrase")
    assert err.value.code == "keys.wrong_passphrase"


def test_a_certificate_for_another_key_is_refused(
        scop: Database, add_member: AddMember, tmp_path: Path) -> None:
    member_id = add_member("Durand", shares_count=1)
    make_org_key(scop)
    mine, other = tmp_path / "mine", tmp_path / "other"
    _create(mine, member_id)
    foreign = _issue(scop, _create(other, member_id))  # same member, another laptop's key
    with pytest.raises(UserError) as err:
        personal_keys.install_certificate(mine, foreign)
    assert err.value.code == "keys.certificate_mismatch"
    assert personal_keys.personal_keys(mine)[0].certificate is None
    with pytest.raises(UserError) as err:
        personal_keys.install_certificate(tmp_path / "empty", foreign)
    assert err.value.code == "keys.no_personal_key"
    with UnitOfWork(scop) as uow:
        org_pem = keys.organisation_key(uow).certificate_pem  # type: ignore[union-attr]
    with pytest.raises(UserError) as err:
        personal_keys.install_certificate(mine, org_pem.encode())
    assert err.value.code == "keys.not_a_member_certificate"
    with pytest.raises(UserError) as err:
        personal_keys.install_certificate(mine, b"garbage")
    assert err.value.code == "cert.malformed"


def test_an_existing_key_is_replaced_only_when_asked(
        scop: Database, add_member: AddMember, tmp_path: Path) -> None:
    member_id = add_member("Durand", shares_count=1)
    make_org_key(scop)
    personal_keys.install_certificate(tmp_path, _issue(scop, _create(tmp_path, member_id)))
    with pytest.raises(UserError) as err:
        _create(tmp_path, member_id)
    assert err.value.code == "keys.personal_key_exists"
    assert personal_keys.personal_keys(tmp_path)[0].certificate is not None
    _create(tmp_path, member_id, replace=True)
    assert personal_keys.personal_keys(tmp_path)[0].certificate is None  # it matched the old key
    assert not (tmp_path / f"member-{member_id}.pem").exists()


def test_refusals_when_creating(tmp_path: Path) -> None:
    for kwargs, code in [({"member_id": 0}, "keys.member_id_invalid"),
                         ({"name": "  "}, "keys.name_required"),
                         ({"passphrase": "short"}, "keys.passphrase_too_short")]:
        args: dict[str, object] = {"member_id": 3, "name": "Léa", "passphrase": MEMBER_PASS,
                                   "kdf": TEST_KDF, **kwargs}
        with pytest.raises(UserError) as err:
            personal_keys.create_personal_key(tmp_path, **args)  # type: ignore[arg-type]
        assert err.value.code == code
    assert personal_keys.personal_keys(tmp_path) == []
    with pytest.raises(UserError) as err:
        personal_keys.unlock_personal(tmp_path, 3, MEMBER_PASS)
    assert err.value.code == "keys.no_personal_key"


def test_two_keystores_are_independent(tmp_path: Path) -> None:
    first, second = tmp_path / "a", tmp_path / "b"
    _create(first, 1, "Un")
    _create(second, 2, "Deux")
    _create(second, 3, "Trois")
    assert [k.member_id for k in personal_keys.personal_keys(first)] == [1]
    assert [(k.member_id, k.name) for k in personal_keys.personal_keys(second)] == [
        (2, "Deux"), (3, "Trois")]
    (second / "member-x.key").write_text("not ours")
    (second / "member-9.key").write_text("damaged")
    assert len(personal_keys.personal_keys(second)) == 2  # stray and damaged files are skipped
    assert personal_keys.personal_keys(tmp_path / "missing") == []


def test_the_default_keystore_is_beside_the_database() -> None:
    from talagov.storage.db import default_db_path

    assert personal_keys.default_keystore() == default_db_path().parent / "keys"


def test_ballot_sequences_survive_and_never_repeat(tmp_path: Path) -> None:
    a, b = ("org", 1, 10, 5, 5), ("org", 1, 10, 5, 6)
    assert personal_keys.next_sequences(tmp_path, [a, b]) == [1, 1]
    assert personal_keys.next_sequences(tmp_path, [a]) == [2]
    assert personal_keys.next_sequences(tmp_path, [b, a]) == [2, 3]
    data = json.loads((tmp_path / personal_keys.SEQUENCES_FILE).read_text())
    assert data["format"] == personal_keys.SEQUENCES_FORMAT
    assert not list(tmp_path.glob("*.part"))


def test_damaged_counters_are_refused_rather_than_restarted(tmp_path: Path) -> None:
    (tmp_path / personal_keys.SEQUENCES_FILE).write_text("{not json")
    with pytest.raises(UserError) as err:
        personal_keys.next_sequences(tmp_path, [("org", 1, 1, 1, 1)])
    assert err.value.code == "keys.counters_damaged"


_KEYS = st.tuples(st.sampled_from(["a", "b"]), st.integers(1, 2), st.integers(1, 3),
                  st.integers(1, 2), st.integers(1, 2))


@settings(max_examples=30, deadline=None)
@given(batches=st.lists(st.lists(_KEYS, max_size=4), max_size=5))
def test_each_sequence_counts_its_own_ballots(tmp_path_factory: pytest.TempPathFactory,
                                              batches: list[list[tuple[str, int, int, int, int]]]) -> None:
    keystore = tmp_path_factory.mktemp("seq")
    seen: dict[tuple[str, int, int, int, int], int] = {}
    for batch in batches:
        expected = []
        for key in batch:
            seen[key] = seen.get(key, 0) + 1
            expected.append(seen[key])
        assert personal_keys.next_sequences(keystore, batch) == expected
