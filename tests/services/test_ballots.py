# SPDX-License-Identifier: GPL-3.0-or-later
"""The booth (voters, tasks, casting all or nothing, receipts) and ballot file import."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date

import pytest

from talagov.core.ballot_check import RejectReason, Verdict
from talagov.core.ballots import BallotContent, Channel, new_nonce, sign_ballot, to_file
from talagov.core.errors import UserError
from talagov.core.proxies import Proxy
from talagov.services import ballots, keys, session
from talagov.services.changes import Aggregate
from talagov.services.uow import UnitOfWork
from talagov.storage.database import Database

from .conftest import AddMember
from .vote_setup import Assembly, at, attend, close, make_assembly, open_polls, open_session, vote


def _proxy(a: Assembly, principal: int, holder: int | None) -> None:
    with UnitOfWork(a.db) as uow:
        session.add_proxy(uow, Proxy(0, a.meeting_id, principal, holder, date(2026, 6, 20)),
                          now=at(9))  # fmt: skip


def _file(a: Assembly, voter: int, poll: int, choice: str, *, sequence: int = 1,
          on_behalf_of: int | None = None, **changes: object) -> bytes:
    """A ballot file as a member's own TalaGov writes it (``changes``: fields altered)."""
    key, cert = a.member_keys[voter]
    view = a.poll(poll)
    content = BallotContent(
        organisation=view.definition.organisation, meeting_id=a.meeting_id, poll_id=poll,
        definition_hash=view.definition_hash, voter_id=voter,
        on_behalf_of=voter if on_behalf_of is None else on_behalf_of, choices=(choice,),
        nonce=new_nonce(), cast_at=at(9).astimezone(UTC).isoformat(), sequence=sequence,
    )  # fmt: skip
    return to_file(sign_ballot(replace(content, **changes), key, cert))  # type: ignore[arg-type]


def _import(a: Assembly, data: bytes, when: object = None) -> ballots.ImportOutcome:
    with UnitOfWork(a.db) as uow:
        outcome, _ = ballots.import_ballot_file(uow, data, origin="test.json",
                                                now=when or at(10))  # type: ignore[arg-type]
    return outcome


def test_booth_lists_voters_and_their_tasks(db: Database, add_member: AddMember) -> None:
    a = make_assembly(db, add_member, enrol=4)
    m = a.members
    _proxy(a, m[4], m[0])
    _proxy(a, m[5], None)  # blank: the tally applies its direction, nobody casts it
    ids = open_polls(a, at(9))
    with UnitOfWork(db) as uow:
        voters = ballots.booth_voters(uow, a.meeting_id)
        tasks = ballots.booth_tasks(uow, a.meeting_id, m[0], at=at(10))
    assert [(v.name, v.has_key) for v in voters] == [
        (f"Associé{i:02d}", i < 4) for i in range(6)]
    assert [(t.poll.id, t.on_behalf_of, t.principal_name) for t in tasks] == [
        (ids[0], m[0], "Associé00"), (ids[1], m[0], "Associé00"),
        (ids[0], m[4], "Associé04"), (ids[1], m[4], "Associé04")]


def test_casting_gives_receipts_and_revoting_supersedes(db: Database,
                                                         add_member: AddMember) -> None:
    a = make_assembly(db, add_member)
    m = a.members
    _proxy(a, m[4], m[0])
    ids = open_polls(a, at(9))
    key, cert = a.member_keys[m[0]]
    with UnitOfWork(db) as uow:
        receipts, changes = ballots.cast(
            uow, a.meeting_id, [(ids[0], m[0], ("for",)), (ids[0], m[4], ("abstain",)),
                                (ids[1], m[0], ("against",))],
            voter_id=m[0], key=key, certificate=cert, now=at(10))  # fmt: skip
    assert [(r.number, r.principal_name, r.choice_labels) for r in receipts] == [
        (1, "Associé00", ("Pour",)), (1, "Associé04", ("Abstention",)),
        (2, "Associé00", ("Contre",))]
    first = receipts[0]
    assert len(first.fingerprint) == 64 and first.readable == " ".join(
        first.fingerprint.upper()[i:i + 4] for i in range(0, 32, 4))
    assert changes.touches(Aggregate.POLLS)
    vote(a, m[0], ids[0], "against", when=at(11))
    with UnitOfWork(db) as uow:
        lines = ballots.ballots_of(uow, ids[0])
    own = [(line.sequence, line.verdict) for line in lines if line.principal_name == "Associé00"]
    assert own == [(1, Verdict.SUPERSEDED), (2, Verdict.COUNTED)]


@pytest.mark.parametrize("case", ["invalid_choice", "no_proxy", "no_voting_right",
                                  "poll_not_open", "certificate_revoked", "signer_not_voter"])
def test_a_booth_ballot_the_tally_would_reject_is_refused_and_nothing_is_stored(
        db: Database, add_member: AddMember, case: str) -> None:
    a = make_assembly(db, add_member)
    m = a.members
    outsider = add_member("SansPart")  # no share: no vote
    ids = open_polls(a, at(9))
    voter, principal, choice, when = m[0], m[0], "for", at(10)
    key, cert = a.member_keys[m[0]]
    if case == "invalid_choice":
        choice = "blank"  # not a choice of a resolution
    elif case == "no_proxy":
        principal = m[2]
    elif case == "no_voting_right":
        principal = outsider
    elif case == "poll_not_open":
        when = at(8)  # before the poll opened
    elif case == "certificate_revoked":
        with UnitOfWork(db) as uow:
            keys.revoke(uow, m[0], "perdue", org_key=a.org_key, now=at(9, 30))
    elif case == "signer_not_voter":
        voter = m[2]  # signs with Associé00's certificate
    with pytest.raises(UserError) as err, UnitOfWork(db) as uow:
        ballots.cast(uow, a.meeting_id, [(ids[0], m[0], ("for",)), (ids[1], principal, (choice,))],
                     voter_id=voter, key=key, certificate=cert, now=when)  # fmt: skip
    assert err.value.code == f"ballot.rejected.{case}"
    assert err.value.params["poll"] in (1, 2)
    assert a.poll(ids[0]).ballots == 0 and a.poll(ids[1]).ballots == 0  # all or nothing


def test_a_proxy_refused_when_the_poll_opened_is_void(db: Database, add_member: AddMember) -> None:
    a = make_assembly(db, add_member)
    m = a.members
    _proxy(a, m[3], m[1])
    attend(a, m[3], arrived=at(13))  # the principal attends: the proxy is void from then
    open_session(a)
    ids = open_polls(a, at(14, 5))
    key, cert = a.member_keys[m[1]]
    with pytest.raises(UserError) as err, UnitOfWork(db) as uow:
        ballots.cast(uow, a.meeting_id, [(ids[0], m[3], ("for",))], voter_id=m[1], key=key,
                     certificate=cert, now=at(14, 10))  # fmt: skip
    assert err.value.code == "ballot.rejected.proxy_void"


def test_booth_refuses_a_key_that_is_not_the_certificates(db: Database,
                                                           add_member: AddMember) -> None:
    a = make_assembly(db, add_member)
    ids = open_polls(a, at(9))
    key = a.member_keys[a.members[1]][0]
    cert = a.member_keys[a.members[0]][1]
    for votes, code in (([(ids[0], a.members[0], ("for",))], "ballot.key_mismatch"),
                        ([(999, a.members[0], ("for",))], "ballot.unknown_poll"),
                        ([], "ballot.nothing_to_cast")):
        with pytest.raises(UserError) as err, UnitOfWork(db) as uow:
            ballots.cast(uow, a.meeting_id, votes, voter_id=a.members[0], key=key,
                         certificate=cert, now=at(10))  # fmt: skip
        assert err.value.code == code


def test_imported_files_are_kept_whatever_their_verdict(db: Database, add_member: AddMember) -> None:
    a = make_assembly(db, add_member)
    m = a.members
    ids = open_polls(a, at(9))
    good = _file(a, m[0], ids[0], "for")
    first = _import(a, good)
    assert (first.status, first.number, first.poll_id) == ("counted", 1, ids[0])
    assert _import(a, good).status == "duplicate"
    later = _import(a, _file(a, m[0], ids[0], "against", sequence=2))
    assert later.status == "counted"
    wrong = _import(a, _file(a, m[1], ids[0], "for", definition_hash="0" * 64))
    assert (wrong.status, wrong.reason) == ("rejected", RejectReason.WRONG_DEFINITION)
    with UnitOfWork(db) as uow:
        lines = ballots.ballots_of(uow, ids[0])
    assert [(line.channel, line.sequence, line.verdict, line.origin) for line in lines] == [
        (Channel.FILE, 1, Verdict.SUPERSEDED, "test.json"),
        (Channel.FILE, 2, Verdict.COUNTED, "test.json"),
        (Channel.FILE, 1, Verdict.REJECTED, "test.json")]
    assert lines[2].reason is RejectReason.WRONG_DEFINITION


def test_import_refusals_store_nothing(db: Database, add_member: AddMember) -> None:
    a = make_assembly(db, add_member)
    attend(a, a.members[0])
    ids = open_polls(a, at(9))
    for data, code in ((b"not a ballot", "ballot.malformed.not_json"),
                       (_file(a, a.members[0], ids[0], "for", poll_id=999), "ballot.unknown_poll")):
        with pytest.raises(UserError) as err:
            _import(a, data)
        assert err.value.code == code
    open_session(a)
    late = _file(a, a.members[1], ids[0], "for")
    close(a, ids[0], at(15))
    with pytest.raises(UserError) as err:
        _import(a, late, at(16))
    assert err.value.code == "poll.closed"
    assert a.poll(ids[0]).ballots == 0


def test_a_secret_poll_lists_no_choice(db: Database, add_member: AddMember) -> None:
    a = make_assembly(db, add_member, resolutions=1, election=True)
    ids = open_polls(a, at(9))
    vote(a, a.members[0], ids[1], f"candidate:{a.members[1]}", when=at(10))
    with UnitOfWork(db) as uow:
        (line,) = ballots.ballots_of(uow, ids[1])
    assert line.choices == () and line.verdict is Verdict.COUNTED
    vote(a, a.members[0], ids[0], "for", when=at(10))
    with UnitOfWork(db) as uow:
        (public,) = ballots.ballots_of(uow, ids[0])
    assert public.choices == ("for",)
