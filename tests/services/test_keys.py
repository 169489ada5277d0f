# SPDX-License-Identifier: GPL-3.0-or-later
"""The organisation's certificate authority: its key, enrolment, requests, revocation."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from talagov.core import certificates
from talagov.core.canonical import readable_fingerprint
from talagov.core.errors import NotFoundError, UserError
from talagov.core.keyseal import TEST_KDF
from talagov.core.members import ExitCause
from talagov.core.signing import new_private_key
from talagov.services import keys, members, personal_keys
from talagov.services.changes import Aggregate
from talagov.services.uow import UnitOfWork
from talagov.storage.database import Database
from talagov.storage.vote_models import MemberKeyRow, RevocationListRow

from .conftest import NOW, AddMember

ORG_PASS = "phrase du secrétariat"
MEMBER_PASS = "ma phrase secrète"


def make_org_key(db: Database) -> keys.OrganisationKeyView:
    """Create the organisation key (fast KDF)."""
    with UnitOfWork(db) as uow:
        view, _ = keys.create_organisation_key(uow, ORG_PASS, now=NOW, kdf=TEST_KDF)
    return view


def enrol(db: Database, member_id: int, passphrase: str = MEMBER_PASS,
          at: datetime = NOW) -> keys.MemberKeyView:
    """Enrol a member at the booth (fast KDF)."""
    with UnitOfWork(db) as uow:
        org_key = keys.unlock_organisation(uow, ORG_PASS)
        view, _ = keys.enrol_member(uow, member_id, passphrase, org_key=org_key, now=at,
                                    kdf=TEST_KDF)
    return view


def test_no_key_before_it_is_created(scop: Database) -> None:
    with UnitOfWork(scop) as uow:
        assert keys.organisation_key(uow) is None
        assert keys.revoked_serials(uow) == frozenset()
        with pytest.raises(UserError) as err:
            keys.unlock_organisation(uow, ORG_PASS)
        assert err.value.code == "keys.no_org_key"
        with pytest.raises(UserError):
            keys.organisation_certificate(uow)


def test_the_organisation_key_has_a_fingerprint_to_read_aloud(scop: Database) -> None:
    with UnitOfWork(scop) as uow:
        view, changes = keys.create_organisation_key(uow, ORG_PASS, now=NOW, kdf=TEST_KDF)
    assert changes.touches(Aggregate.KEYS)
    assert view.name == "Fonderie du Val"
    cert = certificates.from_pem(view.certificate_pem)
    assert view.fingerprint == certificates.fingerprint(cert)
    assert view.readable == readable_fingerprint(view.fingerprint)
    assert len(view.readable.split()) == 16
    with UnitOfWork(scop) as uow:
        assert keys.organisation_key(uow) == view
        assert keys.organisation_certificate(uow) == cert
        assert keys.revoked_serials(uow) == frozenset()  # the first list is empty, and signed
        assert uow.session.scalar(select(RevocationListRow.sequence)) == 0


def test_the_organisation_key_is_never_replaced_silently(scop: Database) -> None:
    first = make_org_key(scop)
    with UnitOfWork(scop) as uow, pytest.raises(UserError) as err:
        keys.create_organisation_key(uow, "another passphrase", now=NOW, kdf=TEST_KDF)
    assert err.value.code == "keys.org_key_exists"
    with UnitOfWork(scop) as uow:
        assert keys.organisation_key(uow) == first


def test_a_short_passphrase_creates_nothing(scop: Database) -> None:
    with UnitOfWork(scop) as uow, pytest.raises(UserError) as err:
        keys.create_organisation_key(uow, "short", now=NOW, kdf=TEST_KDF)
    assert err.value.code == "keys.passphrase_too_short"
    with UnitOfWork(scop) as uow:
        assert keys.organisation_key(uow) is None


def test_the_secretary_passphrase_opens_the_key_and_closes_the_booth(scop: Database) -> None:
    view = make_org_key(scop)
    with UnitOfWork(scop) as uow:
        key = keys.unlock_organisation(uow, ORG_PASS)
        cert = certificates.from_pem(view.certificate_pem)
        assert key.public_key().public_numbers() == cert.public_key().public_numbers()  # type: ignore[union-attr]
        assert keys.check_secretary_passphrase(uow, ORG_PASS)
        assert not keys.check_secretary_passphrase(uow, "not the passphrase")
        with pytest.raises(UserError) as err:
            keys.unlock_organisation(uow, "not the passphrase")
        assert err.value.code == "keys.wrong_passphrase"


def test_enrolment_at_the_booth_issues_a_certificate_the_member_unlocks(
        scop: Database, add_member: AddMember) -> None:
    member_id = add_member("Durand", first_name="Léa", shares_count=1)
    make_org_key(scop)
    view = enrol(scop, member_id)
    assert (view.member_id, view.member_name, view.number) == (member_id, "Durand Léa", "T-001")
    assert view.on_this_laptop and view.revoked_at is None
    assert view.issued_at == NOW and view.not_after > NOW + timedelta(days=3 * 365 - 2)
    with UnitOfWork(scop) as uow:
        assert keys.member_key_status(uow, member_id, at=NOW) == view
        key, cert = keys.unlock_member(uow, member_id, MEMBER_PASS, at=NOW)
        assert certificates.serial_hex(cert) == view.serial
        assert certificates.check_member_certificate(
            cert, keys.organisation_certificate(uow), at=NOW, member_id=member_id) is None
        assert key.public_key().public_numbers() == cert.public_key().public_numbers()  # type: ignore[union-attr]
        with pytest.raises(UserError) as err:
            keys.unlock_member(uow, member_id, "wrong passphrase", at=NOW)
        assert err.value.code == "keys.wrong_passphrase"
        sealed = uow.session.scalar(select(MemberKeyRow.sealed_key))
    assert sealed is not None and "PRIVATE KEY" not in sealed  # only ever stored sealed


def test_a_new_key_replaces_the_previous_one(scop: Database, add_member: AddMember) -> None:
    member_id = add_member("Martin", shares_count=1)
    make_org_key(scop)
    old = enrol(scop, member_id)
    new = enrol(scop, member_id, "a brand new passphrase", at=NOW + timedelta(hours=1))
    with UnitOfWork(scop) as uow:
        assert keys.revoked_serials(uow) == {old.serial}
        listed = keys.member_keys(uow)
        assert [k.serial for k in listed] == [new.serial, old.serial]
        assert listed[1].revoked_reason == keys.REPLACED
        assert listed[1].revoked_at == NOW + timedelta(hours=1)
        assert keys.member_key_status(uow, member_id, at=NOW + timedelta(hours=2)) == new
        with pytest.raises(UserError):
            keys.unlock_member(uow, member_id, MEMBER_PASS, at=NOW)  # the old passphrase
        keys.unlock_member(uow, member_id, "a brand new passphrase", at=NOW)


def test_enrolment_refusals(scop: Database, add_member: AddMember) -> None:
    gone = add_member("Parti", shares_count=1)
    with UnitOfWork(scop) as uow:
        members.exit_member(uow, gone, on=date(2026, 1, 31), cause=ExitCause.RESIGNATION, now=NOW)
    stayer = add_member("Reste", shares_count=1)
    make_org_key(scop)
    with UnitOfWork(scop) as uow:
        org_key = keys.unlock_organisation(uow, ORG_PASS)
    for member_id, passphrase, code in [(gone, MEMBER_PASS, "keys.member_exited"),
                                        (stayer, "short", "keys.passphrase_too_short")]:
        with UnitOfWork(scop) as uow, pytest.raises(UserError) as err:
            keys.enrol_member(uow, member_id, passphrase, org_key=org_key, now=NOW, kdf=TEST_KDF)
        assert err.value.code == code
    with UnitOfWork(scop) as uow, pytest.raises(NotFoundError):
        keys.enrol_member(uow, 999, MEMBER_PASS, org_key=org_key, now=NOW, kdf=TEST_KDF)
    with UnitOfWork(scop) as uow, pytest.raises(UserError) as err:
        keys.enrol_member(uow, stayer, MEMBER_PASS, org_key=new_private_key(), now=NOW,
                          kdf=TEST_KDF)
    assert err.value.code == "keys.org_key_mismatch"
    with UnitOfWork(scop) as uow:
        assert keys.member_keys(uow) == []  # nothing stored by any refusal


def test_a_request_from_the_members_laptop_gets_a_certificate(
        scop: Database, add_member: AddMember, tmp_path: Path) -> None:
    member_id = add_member("Bernard", first_name="Paul", shares_count=1)
    make_org_key(scop)
    request = personal_keys.create_personal_key(tmp_path, member_id=member_id, name="Paul B.",
                                                passphrase=MEMBER_PASS, kdf=TEST_KDF)
    with UnitOfWork(scop) as uow:
        org_key = keys.unlock_organisation(uow, ORG_PASS)
        pem, changes = keys.issue_from_request(uow, request.encode(), org_key=org_key, now=NOW)
    assert changes.touches(Aggregate.KEYS)
    cert = certificates.from_pem(pem)
    assert certificates.info(cert).name == "Bernard Paul"  # the register's name, not the request's
    with UnitOfWork(scop) as uow:
        status = keys.member_key_status(uow, member_id, at=NOW)
        assert status is not None and not status.on_this_laptop
        with pytest.raises(UserError) as err:
            keys.unlock_member(uow, member_id, MEMBER_PASS, at=NOW)
        assert err.value.code == "keys.key_elsewhere"


def test_a_request_must_name_a_current_member(scop: Database, tmp_path: Path) -> None:
    make_org_key(scop)
    request = personal_keys.create_personal_key(tmp_path, member_id=77, name="Inconnu",
                                                passphrase=MEMBER_PASS, kdf=TEST_KDF)
    with UnitOfWork(scop) as uow:
        org_key = keys.unlock_organisation(uow, ORG_PASS)
    with UnitOfWork(scop) as uow, pytest.raises(NotFoundError):
        keys.issue_from_request(uow, request.encode(), org_key=org_key, now=NOW)
    with UnitOfWork(scop) as uow, pytest.raises(UserError) as err:
        keys.issue_from_request(uow, b"not a request", org_key=org_key, now=NOW)
    assert err.value.code == "cert.bad_request"


def test_revocation_is_signed_and_stops_the_key(scop: Database, add_member: AddMember) -> None:
    member_id = add_member("Petit", shares_count=1)
    make_org_key(scop)
    view = enrol(scop, member_id)
    with UnitOfWork(scop) as uow:
        org_key = keys.unlock_organisation(uow, ORG_PASS)
        with pytest.raises(UserError) as err:
            keys.revoke(uow, member_id, "  ", org_key=org_key, now=NOW)
        assert err.value.code == "keys.reason_required"
        changes = keys.revoke(uow, member_id, "lost", org_key=org_key, now=NOW)
    assert changes.touches(Aggregate.KEYS)
    with UnitOfWork(scop) as uow:
        assert keys.revoked_serials(uow) == {view.serial}
        assert keys.member_key_status(uow, member_id, at=NOW) is None
        with pytest.raises(UserError) as err:
            keys.unlock_member(uow, member_id, MEMBER_PASS, at=NOW)
        assert err.value.code == "keys.revoked"
        assert err.value.params["reason"] == "lost"
        with pytest.raises(UserError) as err:
            keys.revoke(uow, member_id, "lost", org_key=org_key, now=NOW)
        assert err.value.code == "keys.no_member_key"
        sequences = uow.session.scalars(select(RevocationListRow.sequence)).all()
    assert sorted(sequences) == [0, 1]


def test_an_altered_revocation_list_is_ignored(scop: Database, add_member: AddMember) -> None:
    first, second = add_member("Un", shares_count=1), add_member("Deux", shares_count=1)
    third = add_member("Trois", shares_count=1)
    make_org_key(scop)
    one, two, three = enrol(scop, first), enrol(scop, second), enrol(scop, third)
    with UnitOfWork(scop) as uow:
        org_key = keys.unlock_organisation(uow, ORG_PASS)
        keys.revoke(uow, first, "lost", org_key=org_key, now=NOW)
        keys.revoke(uow, second, "left", org_key=org_key, now=NOW)
    with UnitOfWork(scop) as uow:
        assert keys.revoked_serials(uow) == {one.serial, two.serial}
        newest = uow.session.scalars(select(RevocationListRow)
                                     .order_by(RevocationListRow.sequence.desc())).first()
        assert newest is not None
        newest.signed = newest.signed.replace('"left"', '"lost"')
    with UnitOfWork(scop) as uow:
        assert keys.revoked_serials(uow) == {one.serial}  # the previous list, which verifies
    # The next list builds on the one that verifies, after every stored sequence.
    with UnitOfWork(scop) as uow:
        keys.revoke(uow, third, "left", org_key=org_key, now=NOW)
    with UnitOfWork(scop) as uow:
        assert keys.revoked_serials(uow) == {one.serial, three.serial}
        assert max(uow.session.scalars(select(RevocationListRow.sequence))) == 3


def test_an_expired_certificate_is_not_in_force(scop: Database, add_member: AddMember) -> None:
    member_id = add_member("Ancien", shares_count=1)
    make_org_key(scop)
    enrol(scop, member_id)
    later = NOW + timedelta(days=4 * 365)
    with UnitOfWork(scop) as uow:
        assert keys.member_key_status(uow, member_id, at=later) is None
        assert keys.member_certificate(uow, member_id, at=later) is None
        with pytest.raises(UserError) as err:
            keys.unlock_member(uow, member_id, MEMBER_PASS, at=later)
        assert err.value.code == "keys.expired"


def test_no_key_at_all(scop: Database, add_member: AddMember) -> None:
    member_id = add_member("Sansclé", shares_count=1)
    make_org_key(scop)
    with UnitOfWork(scop) as uow:
        assert keys.member_key_status(uow, member_id, at=NOW) is None
        with pytest.raises(UserError) as err:
            keys.unlock_member(uow, member_id, MEMBER_PASS, at=NOW)
        assert err.value.code == "keys.no_member_key"
        assert err.value.params["name"] == "Sansclé"
