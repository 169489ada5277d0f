# SPDX-License-Identifier: GPL-3.0-or-later
"""Voting packages: exported signed by the organisation, read and checked at home, and
the ballot files the member's own TalaGov writes from them."""

from __future__ import annotations

import json
from dataclasses import dataclass, replace
from datetime import date, timedelta
from pathlib import Path

import pytest

from talagov.core import ballots, certificates
from talagov.core.agenda import AgendaItem, ItemKind
from talagov.core.errors import UserError
from talagov.core.keyseal import TEST_KDF
from talagov.core.meetings import Meeting, MeetingStatus, MeetingType
from talagov.core.polls import (
    ABSTAIN,
    AGAINST,
    BLANK,
    FOR,
    PollDefinition,
    PollKind,
    PollStatus,
    candidate_choice,
    definition_hash,
)
from talagov.core.proxies import Proxy
from talagov.core.signing import new_private_key
from talagov.services import keys, personal_keys, session_forms
from talagov.services.uow import UnitOfWork
from talagov.services.voting_package import (
    VotingPackage,
    export_package,
    read_package,
    vote_from_package,
    write_ballot_files,
)
from talagov.storage import meetings_repo, polls_repo
from talagov.storage.database import Database
from talagov.storage.models import AgendaItemRow, MeetingRow
from talagov.storage.vote_models import PollRow

from .conftest import NOW, AddMember, setup_org
from .test_keys import MEMBER_PASS, ORG_PASS, enrol, make_org_key

ON = date(2026, 12, 15)


@dataclass(frozen=True)
class Assembly:
    """A convened AG with two open polls: voter (holding one proxy), principal, other."""

    meeting_id: int
    polls: tuple[int, int]  # a resolution, an election of two seats
    voter: int
    principal: int
    other: int
    fingerprint: str


def _poll(uow: UnitOfWork, meeting_id: int, position: int, fingerprint: str, *,
          election: tuple[int, ...] = (), status: PollStatus = PollStatus.OPEN) -> int:
    kind = ItemKind.ELECTION if election else ItemKind.RESOLUTION
    item = AgendaItemRow()
    meetings_repo.apply_item(item, AgendaItem(0, meeting_id, position, kind, f"Point {position}",
                                              seats=2 if election else 0,
                                              candidate_ids=election))  # fmt: skip
    uow.session.add(item)
    uow.session.flush()
    choices = (*(candidate_choice(c) for c in election), BLANK) if election \
        else (FOR, AGAINST, ABSTAIN)
    definition = PollDefinition(
        organisation=fingerprint, meeting_id=meeting_id, meeting_title="AG 2026",
        meeting_on=ON.isoformat(), item_id=item.id, number=position, title=f"Point {position}",
        text="", kind=PollKind.ELECTION if election else PollKind.RESOLUTION, choices=choices,
        seats=2 if election else 1, secret=bool(election),
    )  # fmt: skip
    row = PollRow(meeting_id=meeting_id, item_id=item.id, status=status.value,
                  definition=polls_repo.definition_to_json(definition),
                  definition_hash=definition_hash(definition), opened_at=NOW)  # fmt: skip
    uow.session.add(row)
    uow.session.flush()
    return row.id


def _assembly(db: Database, add_member: AddMember, *, polls_open: bool = True) -> Assembly:
    voter = add_member("Durand", first_name="Léa", shares_count=1)
    principal = add_member("Martin", first_name="Jo", shares_count=1)
    other = add_member("Petit", first_name="Ana", shares_count=1)
    fingerprint = make_org_key(db).fingerprint
    with UnitOfWork(db) as uow:
        meeting = MeetingRow(created_at=NOW)
        meetings_repo.apply_meeting(meeting, Meeting(0, "AG 2026", MeetingType.AGO, ON,
                                                     MeetingStatus.CONVENED))  # fmt: skip
        uow.session.add(meeting)
        uow.session.flush()
        status = PollStatus.OPEN if polls_open else PollStatus.PREPARED
        first = _poll(uow, meeting.id, 1, fingerprint, status=status)
        second = _poll(uow, meeting.id, 2, fingerprint, election=(voter, other), status=status)
        session_forms.add_proxy(uow, Proxy(0, meeting.id, principal, voter, date(2026, 12, 1)),
                                now=NOW)
    enrol(db, voter)
    return Assembly(meeting.id, (first, second), voter, principal, other, fingerprint)


def _export(db: Database, meeting_id: int, member_id: int) -> bytes:
    with UnitOfWork(db) as uow:
        org_key = keys.unlock_organisation(uow, ORG_PASS)
        return export_package(uow, meeting_id, member_id, org_key=org_key, now=NOW)


def _unlock(db: Database, member_id: int):  # type: ignore[no-untyped-def]
    with UnitOfWork(db) as uow:
        return keys.unlock_member(uow, member_id, MEMBER_PASS, at=NOW)


def test_a_package_carries_the_open_polls_and_the_proxies_held(
        scop: Database, add_member: AddMember) -> None:
    ag = _assembly(scop, add_member)
    package = read_package(_export(scop, ag.meeting_id, ag.voter), trusted_fingerprint=ag.fingerprint)
    assert package.organisation == ag.fingerprint
    assert certificates.fingerprint(package.organisation_certificate) == ag.fingerprint
    assert package.organisation_name == "Fonderie du Val"
    assert (package.meeting_id, package.meeting_title, package.meeting_on) == (ag.meeting_id,
                                                                              "AG 2026", ON)
    assert (package.voter_id, package.voter_name) == (ag.voter, "Durand Léa")
    assert certificates.member_id_of(package.voter_certificate) == ag.voter
    assert package.principals == ((ag.voter, "Durand Léa"), (ag.principal, "Martin Jo"))
    assert [p.id for p in package.polls] == list(ag.polls)
    assert package.hashes == tuple(definition_hash(p.definition) for p in package.polls)
    poll_id, definition, digest = package.polls[1]  # a plain tuple too
    assert (poll_id, definition.kind, digest) == (ag.polls[1], PollKind.ELECTION, package.hashes[1])
    assert package.readable.replace(" ", "").lower() == ag.fingerprint
    # The readable form, as printed on the convocation, is accepted as well.
    assert read_package(_export(scop, ag.meeting_id, ag.voter),
                        trusted_fingerprint=package.readable).voter_id == ag.voter


def test_a_member_without_proxies_votes_only_for_themselves(
        scop: Database, add_member: AddMember) -> None:
    ag = _assembly(scop, add_member)
    enrol(scop, ag.other)
    package = read_package(_export(scop, ag.meeting_id, ag.other))
    assert package.principals == ((ag.other, "Petit Ana"),)


def test_export_refusals(scop: Database, add_member: AddMember) -> None:
    ag = _assembly(scop, add_member, polls_open=False)
    for member_id, code in [(ag.voter, "package.no_open_poll"),
                            (ag.principal, "keys.no_member_key")]:
        with pytest.raises(UserError) as err:
            _export(scop, ag.meeting_id, member_id)
        assert err.value.code == code
    outsider = add_member("Extérieur")  # no share: not on the roll
    with pytest.raises(UserError) as err:
        _export(scop, ag.meeting_id, outsider)
    assert err.value.code == "session.not_on_roll"
    with UnitOfWork(scop) as uow, pytest.raises(UserError) as err:
        export_package(uow, ag.meeting_id, ag.voter, org_key=new_private_key(), now=NOW)
    assert err.value.code == "keys.org_key_mismatch"


def test_a_tampered_package_is_refused(scop: Database, add_member: AddMember) -> None:
    ag = _assembly(scop, add_member)
    document = json.loads(_export(scop, ag.meeting_id, ag.voter))
    document["payload"]["principals"].append([ag.other, "Petit Ana"])
    with pytest.raises(UserError) as err:
        read_package(json.dumps(document).encode())
    assert err.value.code == "package.bad_signature"
    document = json.loads(_export(scop, ag.meeting_id, ag.voter))
    document["payload"]["polls"][0]["definition"]["title"] = "Autre chose"
    with pytest.raises(UserError) as err:
        read_package(json.dumps(document).encode())
    assert err.value.code == "package.bad_signature"


@pytest.mark.parametrize("data", [b"", b"\xff\xfe", b"[]", b'{"format": "other"}',
                                  b'{"format": "talagov.voting-package", "version": 1}'])
def test_what_is_not_a_package_is_malformed(data: bytes) -> None:
    with pytest.raises(UserError) as err:
        read_package(data)
    assert err.value.code == "package.malformed"


def test_another_organisations_package_is_refused(
        scop: Database, add_member: AddMember, tmp_path: Path) -> None:
    from talagov.storage.database import open_database

    ag = _assembly(scop, add_member)
    elsewhere = open_database(tmp_path / "other.sqlite")
    try:
        setup_org(elsewhere)
        foreign = make_org_key(elsewhere).fingerprint
    finally:
        elsewhere.close()
    data = _export(scop, ag.meeting_id, ag.voter)
    with pytest.raises(UserError) as err:
        read_package(data, trusted_fingerprint=foreign)
    assert err.value.code == "package.untrusted_organisation"
    assert err.value.params["expected"].replace(" ", "").lower() == foreign
    assert err.value.params["found"].replace(" ", "").lower() == ag.fingerprint


def _vote(package: VotingPackage, db: Database, member_id: int, keystore: Path,
          choices: dict[tuple[int, int], tuple[str, ...]]) -> list[ballots.SignedBallot]:
    key, cert = _unlock(db, member_id)
    return vote_from_package(package, key, cert, choices, now=NOW, keystore=keystore)


def test_ballots_are_signed_for_self_and_principal_and_a_revote_counts(
        scop: Database, add_member: AddMember, tmp_path: Path) -> None:
    ag = _assembly(scop, add_member)
    package = read_package(_export(scop, ag.meeting_id, ag.voter))
    keystore = tmp_path / "keys"
    resolution, election = ag.polls
    signed = _vote(package, scop, ag.voter, keystore, {
        (resolution, ag.voter): (FOR,), (resolution, ag.principal): (AGAINST,),
        (election, ag.voter): (candidate_choice(ag.voter), candidate_choice(ag.other))})
    assert [(b.content.poll_id, b.content.on_behalf_of, b.content.sequence) for b in signed] == [
        (resolution, ag.voter, 1), (resolution, ag.principal, 1), (election, ag.voter, 1)]
    for ballot in signed:
        content = ballot.content
        assert ballots.signature_valid(ballot)
        assert (content.organisation, content.meeting_id, content.voter_id) == (
            ag.fingerprint, ag.meeting_id, ag.voter)
        assert content.definition_hash == package.poll(content.poll_id).hash  # type: ignore[union-attr]
    assert len({b.content.nonce for b in signed}) == 3
    again = _vote(package, scop, ag.voter, keystore, {(resolution, ag.voter): (ABSTAIN,)})
    assert again[0].content.sequence == 2  # the highest sequence counts: the new vote wins
    paths = write_ballot_files([*signed, *again], tmp_path / "out")
    assert len(set(paths)) == 4 and all(p.parent == tmp_path / "out" for p in paths)
    assert [ballots.from_file(p.read_bytes()).fingerprint for p in paths] == [
        b.fingerprint for b in (*signed, *again)]
    assert not list((tmp_path / "out").glob("*.part"))


def test_vote_refusals(scop: Database, add_member: AddMember, tmp_path: Path) -> None:
    ag = _assembly(scop, add_member)
    package = read_package(_export(scop, ag.meeting_id, ag.voter))
    resolution, election = ag.polls
    cases = [
        ({}, "package.nothing_to_vote"),
        ({(999, ag.voter): (FOR,)}, "package.unknown_poll"),
        ({(resolution, ag.other): (FOR,)}, "package.not_a_principal"),
        ({(resolution, ag.voter): (FOR, AGAINST)}, "package.invalid_choice"),
        ({(resolution, ag.voter): ("maybe",)}, "package.invalid_choice"),
        ({(election, ag.voter): (candidate_choice(ag.voter), BLANK)}, "package.invalid_choice"),
        ({(election, ag.voter): ()}, "package.invalid_choice"),
    ]
    for choices, code in cases:
        with pytest.raises(UserError) as err:
            _vote(package, scop, ag.voter, tmp_path, choices)
        assert err.value.code == code, choices
    assert not (tmp_path / personal_keys.SEQUENCES_FILE).exists()  # no number was spent


def test_only_the_voters_valid_certificate_signs(
        scop: Database, add_member: AddMember, tmp_path: Path) -> None:
    ag = _assembly(scop, add_member)
    enrol(scop, ag.other)
    package = read_package(_export(scop, ag.meeting_id, ag.voter))
    choice = {(ag.polls[0], ag.voter): (FOR,)}
    other_key, other_cert = _unlock(scop, ag.other)
    key, cert = _unlock(scop, ag.voter)
    with pytest.raises(UserError) as err:
        vote_from_package(package, other_key, other_cert, choice, now=NOW, keystore=tmp_path)
    assert err.value.code == "cert.wrong_member"
    with pytest.raises(UserError) as err:
        vote_from_package(package, other_key, cert, choice, now=NOW, keystore=tmp_path)
    assert err.value.code == "keys.certificate_mismatch"
    with pytest.raises(UserError) as err:
        vote_from_package(package, key, cert, choice, now=NOW + timedelta(days=4 * 365),
                          keystore=tmp_path)
    assert err.value.code == "cert.expired"
    foreign_org = replace(package, organisation_certificate=other_cert)
    with pytest.raises(UserError) as err:
        vote_from_package(foreign_org, key, cert, choice, now=NOW, keystore=tmp_path)
    assert err.value.code == "cert.not_issued_by_org"


def test_the_member_side_votes_with_a_personal_key(
        scop: Database, add_member: AddMember, tmp_path: Path) -> None:
    ag = _assembly(scop, add_member)
    keystore = tmp_path / "home"
    request = personal_keys.create_personal_key(keystore, member_id=ag.other, name="Ana",
                                                passphrase=MEMBER_PASS, kdf=TEST_KDF)
    with UnitOfWork(scop) as uow:
        org_key = keys.unlock_organisation(uow, ORG_PASS)
        pem, _ = keys.issue_from_request(uow, request.encode(), org_key=org_key, now=NOW)
    personal_keys.install_certificate(keystore, pem.encode())
    package = read_package(_export(scop, ag.meeting_id, ag.other), trusted_fingerprint=ag.fingerprint)
    key, cert = personal_keys.unlock_personal(keystore, ag.other, MEMBER_PASS)
    [ballot] = vote_from_package(package, key, cert, {(ag.polls[0], ag.other): (AGAINST,)},
                                 now=NOW, keystore=keystore)
    assert ballots.signature_valid(ballot)
    assert certificates.check_member_certificate(
        ballot.certificate, package.organisation_certificate, at=NOW, member_id=ag.other) is None


def test_any_altered_byte_is_refused_or_harmless(scop: Database, add_member: AddMember) -> None:
    from hypothesis import given, settings
    from hypothesis import strategies as st

    ag = _assembly(scop, add_member)
    data = _export(scop, ag.meeting_id, ag.voter)
    original = read_package(data)

    @settings(max_examples=150, deadline=None)
    @given(position=st.integers(0, len(data) - 1), byte=st.integers(0, 255))
    def altered(position: int, byte: int) -> None:
        changed = bytearray(data)
        changed[position] = byte
        try:
            package = read_package(bytes(changed))
        except UserError as err:
            assert err.code in {"package.malformed", "package.bad_signature"}
        else:  # only JSON whitespace changed: the signed content is the same
            assert package == original

    altered()
