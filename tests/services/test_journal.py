# SPDX-License-Identifier: GPL-3.0-or-later
"""The journal as the services write it: one entry per governance event, in the event's
own transaction, append-only in the database, signed whenever the organisation key is
unlocked, and every tampering of the file named."""

from __future__ import annotations

import sqlite3
from collections import Counter
from datetime import date

import pytest
from sqlalchemy import event, text
from sqlalchemy.exc import IntegrityError

from talagov.core import certificates
from talagov.core.attendance import Signature
from talagov.core.ballots import BallotContent, new_nonce, receipt_time, sign_ballot, to_file
from talagov.core.convocation import Channel as SendingChannel
from talagov.core.correspondence import Choice, CorrespondenceForm
from talagov.core.errors import UserError, ValidationError
from talagov.core.journal import BreakKind, EventKind, parse_payload, verify_records
from talagov.core.mandates import Body, BodyKind, Mandate, Role
from talagov.core.members import ExitCause
from talagov.core.proxies import Proxy
from talagov.core.shares import MovementKind, ShareMovement
from talagov.core.signing import new_private_key
from talagov.services import (
    ballots,
    convocations,
    journal,
    keys,
    mandates,
    members,
    minutes,
    minutes_signing,
    polls,
    session,
    shares,
)
from talagov.services.uow import UnitOfWork
from talagov.storage.database import Database

from .conftest import NOW, AddMember
from .test_minutes import _written
from .vote_setup import (
    MEMBER_PASS,
    Assembly,
    at,
    attend,
    close,
    make_assembly,
    open_polls,
    open_session,
    vote,
)


def _kinds(db: Database) -> Counter[tuple[str, int | None]]:
    with UnitOfWork(db) as uow:
        return Counter((line.kind, line.meeting_id) for line in journal.lines(uow))


def _count(db: Database) -> int:
    with UnitOfWork(db) as uow:
        return len(journal.lines(uow))


def _check(db: Database) -> journal.JournalCheck:
    with UnitOfWork(db) as uow:
        return journal.verify(uow)


def _sql(db: Database, *statements: str) -> None:
    with sqlite3.connect(db.path) as conn:
        for statement in statements:
            conn.execute(statement)


def _a_whole_meeting(db: Database, add_member: AddMember) -> Assembly:
    """A SCOP-SA AGO of 6 carried from convocation to signed minutes, with a proxy, a
    postal form, a sending, a handwritten signature and a ballot file refused."""
    a = make_assembly(db, add_member, n=6, resolutions=2)
    m = a.members
    with UnitOfWork(db) as uow:
        convocations.record_sending(uow, a.meeting_id, m[0], channel=SendingChannel.POST,
                                    evidence="", at=at(8))
        session.add_proxy(uow, Proxy(0, a.meeting_id, m[5], m[0], date(2026, 6, 20)), now=at(8))
    with UnitOfWork(db) as uow:
        session.record_correspondence(uow, CorrespondenceForm(0, a.meeting_id, m[4], at(9), {
            a.items[0]: Choice.FOR}), now=at(9))
    for member_id in m[:4]:
        attend(a, member_id)
    with UnitOfWork(db) as uow:
        session.sign(uow, a.meeting_id, m[0], Signature((((1, 2), (30, 40)),), at(13, 55)))
        session.set_bureau(uow, a.meeting_id, chair_id=m[0],
                           secretary_name="Associé01 (secrétaire de séance)",
                           scrutineer_ids=(m[2],))  # fmt: skip
    open_session(a)
    poll_ids = open_polls(a, at(14, 10))
    for poll_id in poll_ids:
        for member_id in m[:4]:
            vote(a, member_id, poll_id, "for", when=at(14, 20))
    key, cert = a.member_keys[m[3]]
    with UnitOfWork(db) as uow:
        poll = polls.get_poll(uow, poll_ids[1])
        content = BallotContent(poll.definition.organisation, a.meeting_id, poll.id, "0" * 64,
                                m[3], m[3], ("for",), new_nonce(), receipt_time(at(14, 21)), 9)
        outcome, _ = ballots.import_ballot_file(uow, to_file(sign_ballot(content, key, cert)),
                                                origin="ballot.json", now=at(14, 21))
    assert outcome.status == "rejected"
    for poll_id in poll_ids:
        close(a, poll_id, at(14, 40))
    with UnitOfWork(db) as uow:
        session.close_session(uow, a.meeting_id, now=at(15))
        minutes_id = minutes.minutes_of(uow, a.meeting_id)[0].id
    written = _written(a, minutes_id)
    with UnitOfWork(db) as uow:
        minutes.save_written(uow, minutes_id, written, now=at(16))
        minutes.submit(uow, minutes_id, now=at(17))
        waiting = [s.member_id for s in minutes.get_minutes(uow, minutes_id).waiting]
    for k, member_id in enumerate(waiting):
        with UnitOfWork(db) as uow:
            minutes_signing.sign(uow, minutes_id, member_id, MEMBER_PASS, now=at(18, k),
                                 org_key=a.org_key if k == len(waiting) - 1 else None)
    return a


def test_every_event_of_a_meeting_is_journaled_once_with_its_meeting(
        db: Database, add_member: AddMember) -> None:
    a = _a_whole_meeting(db, add_member)
    meeting = a.meeting_id
    assert _kinds(db) == Counter({
        ("member.admitted", None): 6, ("share.movement", None): 6,
        ("certificate.issued", None): 6, ("meeting.convened", meeting): 1,
        ("convocation.sent", meeting): 1, ("proxy.recorded", meeting): 1,
        ("postal.recorded", meeting): 1, ("attendance.recorded", meeting): 4,
        ("attendance.signed", meeting): 1, ("meeting.opened", meeting): 1,
        ("poll.opened", meeting): 2, ("ballot.accepted", meeting): 8 + 1,  # + the postal form
        ("ballot.rejected", meeting): 1, ("poll.closed", meeting): 2,
        ("meeting.closed", meeting): 1, ("minutes.signed", meeting): 3,
        ("minutes.registered", meeting): 1,
    })  # fmt: skip
    check = _check(db)
    # The last signature unlocked the organisation key: everything is signed.
    assert check.ok and check.report.pending == 0 and check.report.signed == check.report.entries
    with UnitOfWork(db) as uow:
        records = journal.meeting_records(uow, meeting)
        lines = journal.lines(uow, meeting_id=meeting)
    assert len(records) == len(lines) == 29
    rejected = next(line for line in lines if line.kind == "ballot.rejected")
    assert rejected.subject["reason"] == "wrong_definition"
    assert "choices" not in rejected.subject  # a secret poll's choice never reaches the journal


def test_the_register_and_its_changes_are_journaled(db: Database, add_member: AddMember) -> None:
    member_id = add_member("Dupré", shares_count=3)
    with UnitOfWork(db) as uow:
        body, _ = mandates.add_body(uow, Body(0, BodyKind.BOARD, "Conseil", 5))
        mandate, _ = mandates.add_mandate(uow, Mandate(0, body, member_id, Role.ADMINISTRATOR,
                                                       date(2024, 1, 1)), now=NOW)
        mandates.end_mandate(uow, mandate, on=date(2026, 1, 1), reason="démission", now=NOW)
        movement, _ = shares.add_movement(uow, ShareMovement(
            0, MovementKind.REDEMPTION, date(2026, 2, 1), 1, 2500, from_member_id=member_id),
            now=NOW)  # fmt: skip
        shares.delete_movement(uow, movement, now=NOW)
        members.exit_member(uow, member_id, on=date(2026, 3, 1), cause=ExitCause.RESIGNATION,
                            now=NOW)
    with UnitOfWork(db) as uow:
        lines = journal.lines(uow)
    assert [line.kind for line in lines] == [
        "member.admitted", "share.movement", "mandate.started", "mandate.ended",
        "share.movement", "share.movement_removed", "member.exited"]
    assert lines[-1].subject == {"member_id": member_id, "number": "T-001", "name": "Dupré",
                                 "on": "2026-03-01", "cause": "resignation"}
    assert lines[3].subject["reason"] == "démission" and lines[3].at == NOW.isoformat()
    assert _check(db).ok and _check(db).report.pending == len(lines)  # no key yet


def test_a_refused_action_leaves_no_entry(db: Database, add_member: AddMember) -> None:
    a = make_assembly(db, add_member, n=3, resolutions=1)
    before = _count(db)
    with pytest.raises(ValidationError), UnitOfWork(db) as uow:
        shares.add_movement(uow, ShareMovement(0, MovementKind.REDEMPTION, date(2026, 2, 1), 99,
                                               2500, from_member_id=a.members[0]), now=NOW)
    # An event written, then the action refused further on: the rollback takes both.
    with pytest.raises(UserError), UnitOfWork(db) as uow:
        members.exit_member(uow, a.members[1], on=date(2026, 3, 1),
                            cause=ExitCause.RESIGNATION, now=NOW)
        members.exit_member(uow, a.members[1], on=date(2026, 3, 1),
                            cause=ExitCause.RESIGNATION, now=NOW)
    attend(a, a.members[0])
    open_session(a)
    (poll_id,) = open_polls(a, at(14, 10))
    after_opening = _count(db)
    with pytest.raises(UserError), UnitOfWork(db) as uow:
        polls.close_poll(uow, poll_id, org_key=new_private_key(), now=at(15))
    with pytest.raises(UserError, match="no_proxy"):
        vote(a, a.members[0], poll_id, "for", when=at(14, 20), on_behalf_of=a.members[1])
    assert _count(db) == after_opening
    assert after_opening == before + 3  # attendance, opening, the poll


def test_the_database_refuses_to_change_or_remove_an_entry(db: Database,
                                                            add_member: AddMember) -> None:
    a = make_assembly(db, add_member, n=2, resolutions=1)  # signed: its keys were issued
    for statement in ("UPDATE journal_entry SET kind = 'x'", "DELETE FROM journal_entry",
                      "UPDATE journal_signature SET signer = 'x'",
                      "DELETE FROM journal_signature"):  # fmt: skip
        with pytest.raises(sqlite3.IntegrityError, match="append-only"):
            _sql(db, statement)
        with pytest.raises(IntegrityError), UnitOfWork(db) as uow:
            uow.session.execute(text(statement))
    assert _check(a.db).ok


def test_seal_signs_what_waits_and_only_with_the_organisation_key(
        db: Database, add_member: AddMember) -> None:
    a = make_assembly(db, add_member, n=2, resolutions=1)
    add_member("Tardif", shares_count=1)
    add_member("Tardive", shares_count=1)
    assert _check(db).report.pending == 4  # two admissions, two subscriptions
    with pytest.raises(UserError, match="keys.org_key_mismatch"), UnitOfWork(db) as uow:
        journal.seal(uow, new_private_key())
    with UnitOfWork(db) as uow:
        assert journal.pending(uow) == 4
        assert journal.seal(uow, a.org_key) == 4
        assert journal.seal(uow, a.org_key) == 0 and journal.pending(uow) == 0
    check = _check(db)
    assert check.ok and check.report.signed == check.report.entries
    assert check.organisation and len(check.install) == 32


def test_seal_never_signs_a_tampered_entry(db: Database, add_member: AddMember) -> None:
    a = make_assembly(db, add_member, n=2, resolutions=1)
    for name in ("Un", "Deux", "Trois"):
        add_member(name, shares_count=1)
    last = _check(db).report.entries
    _sql(db, "DROP TRIGGER journal_entry_no_update",
         f"UPDATE journal_entry SET data = CAST(replace(CAST(data AS TEXT), 'Deux', 'Dix') "
         f"AS BLOB) WHERE sequence = {last - 3}")  # the admission of « Deux »
    with UnitOfWork(db) as uow:
        assert journal.seal(uow, a.org_key) == 2  # « Un » admitted and subscribed
    check = _check(db)
    assert [(b.sequence, b.kind) for b in check.report.breaks] == [(last - 3, BreakKind.ALTERED)]
    assert check.report.pending == 3


def test_a_row_renumbered_by_hand_is_named(db: Database, add_member: AddMember) -> None:
    make_assembly(db, add_member, n=2, resolutions=1)
    last = _check(db).report.entries
    _sql(db, "DROP TRIGGER journal_entry_no_update",
         f"UPDATE journal_entry SET sequence = {last + 5} WHERE sequence = {last}")
    breaks = _check(db).report.breaks
    assert [(b.sequence, b.kind) for b in breaks] == [(last, BreakKind.MISNUMBERED)]


def test_a_removed_entry_and_a_forged_signature_are_named(db: Database,
                                                         add_member: AddMember) -> None:
    make_assembly(db, add_member, n=3, resolutions=1)
    _sql(db, "DROP TRIGGER journal_signature_no_update", "DROP TRIGGER journal_entry_no_delete",
         "DROP TRIGGER journal_signature_no_delete",
         "UPDATE journal_signature SET signature = X'3006020101020101' WHERE entry_id = 2",
         "DELETE FROM journal_signature WHERE entry_id = 4",
         "DELETE FROM journal_entry WHERE id = 4")
    assert [(b.sequence, b.kind) for b in _check(db).report.breaks] == [
        (2, BreakKind.SIGNATURE), (5, BreakKind.MISNUMBERED)]


def test_one_read_of_the_last_entry_per_unit_of_work(db: Database) -> None:
    statements: list[str] = []

    def seen(_conn: object, _cursor: object, statement: str, *_: object) -> None:
        statements.append(statement)

    event.listen(db.engine, "before_cursor_execute", seen)
    try:
        with UnitOfWork(db) as uow:
            for i in range(500):
                journal.append(uow, EventKind.BALLOT_ACCEPTED, meeting_id=1,
                               subject={"ballot_id": i}, now=NOW)
                uow.session.flush()
    finally:
        event.remove(db.engine, "before_cursor_execute", seen)
    reads = [s for s in statements if s.lstrip().upper().startswith("SELECT")
             and "journal_entry" in s]  # fmt: skip
    assert len(reads) == 1
    check = _check(db)
    assert check.ok and check.report.last is not None and check.report.last[0] == 500


def test_a_rollback_forgets_the_newest_entry(db: Database) -> None:
    with UnitOfWork(db) as uow:
        journal.append(uow, EventKind.MEETING_OPENED, meeting_id=1, subject={}, now=NOW)
        uow.session.rollback()  # what a failed flush does: the cache must not outlive it
        journal.append(uow, EventKind.MEETING_OPENED, meeting_id=1, subject={}, now=NOW)
    check = _check(db)
    assert check.ok and check.report.entries == 1


def test_meeting_records_are_a_selection_that_holds(db: Database, add_member: AddMember) -> None:
    a = _a_whole_meeting(db, add_member)
    with UnitOfWork(db) as uow:
        records = journal.meeting_records(uow, a.meeting_id)
        cert = keys.organisation_certificate(uow)
    public = certificates.ec_public_key(cert)
    assert public is not None
    signers = {certificates.fingerprint(cert): public}
    report = verify_records(records, signers, contiguous=False)
    assert report.ok and report.entries == 29 and report.install == _check(db).install
    assert not verify_records(list(reversed(records)), signers, contiguous=False).ok


def test_a_meeting_s_span_holds_every_entry_from_its_first_to_its_last(
        db: Database, add_member: AddMember) -> None:
    a = _a_whole_meeting(db, add_member)
    with UnitOfWork(db) as uow:
        # Another meeting's event, then one more of this meeting: the span takes both.
        other = journal.append(uow, EventKind.MEETING_OPENED, meeting_id=a.meeting_id + 1,
                               subject={}, now=NOW)
        last = journal.append(uow, EventKind.MEETING_ARCHIVED, meeting_id=a.meeting_id,
                              subject={}, now=NOW)
        after = journal.append(uow, EventKind.MEETING_CLOSED, meeting_id=a.meeting_id + 1,
                               subject={}, now=NOW)
    with UnitOfWork(db) as uow:
        span = journal.meeting_span(uow, a.meeting_id)
        own = journal.meeting_records(uow, a.meeting_id)
    payloads = [parse_payload(r.data) for r in span]
    sequences = [p.sequence for p in payloads]
    assert sequences == list(range(sequences[0], last.sequence + 1))  # no gap, none after
    assert payloads[0].meeting_id == a.meeting_id and payloads[-1] == last
    assert other in payloads and after not in payloads
    assert {r.hash for r in own} <= {r.hash for r in span} and len(span) > len(own)
    assert verify_records(span, {}, contiguous=False).install == _check(db).install
    with UnitOfWork(db) as uow:
        assert journal.meeting_span(uow, a.meeting_id + 2) == []
