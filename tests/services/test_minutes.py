# SPDX-License-Identifier: GPL-3.0-or-later
"""The minutes' life: drafted at closing, written, submitted, co-signed, locked, entered
in the register, corrected by an erratum; and the register's check finds tampering."""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
from pathlib import Path

import pytest

from talagov.core.deliberations import Break
from talagov.core.errors import UserError
from talagov.core.minutes_content import Decision, ItemWritten, MinutesStatus, Written
from talagov.core.minutes_signers import Signer, SignerRole
from talagov.core.rich_text import paragraph
from talagov.services import deliberations, minutes, minutes_signing, session
from talagov.services.uow import UnitOfWork
from talagov.storage.database import Database

from .conftest import AddMember
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


def _closed_assembly(db: Database, add_member: AddMember) -> Assembly:
    """A SCOP-SA AGO of 6 with two resolutions voted and closed; bureau: chair, secretary
    and one scrutineer, all members with keys on this laptop."""
    a = make_assembly(db, add_member, n=6, resolutions=2)
    for m in a.members[:5]:
        attend(a, m)
    with UnitOfWork(db) as uow:
        session.set_bureau(uow, a.meeting_id, chair_id=a.members[0],
                           secretary_name="Associé01 (secrétaire de séance)",
                           scrutineer_ids=(a.members[2],))  # fmt: skip
    open_session(a)
    polls = open_polls(a, at(14, 10))
    for poll_id in polls:
        for m in a.members[:5]:
            vote(a, m, poll_id, "for" if m != a.members[4] else "against", when=at(14, 20))
        close(a, poll_id, at(14, 40))
    with UnitOfWork(db) as uow:
        session.close_session(uow, a.meeting_id, now=at(15, 0))
    return a


def _minutes_id(a: Assembly) -> int:
    with UnitOfWork(a.db) as uow:
        return minutes.minutes_of(uow, a.meeting_id)[0].id


def _sign_everyone(a: Assembly, minutes_id: int) -> None:
    with UnitOfWork(a.db) as uow:
        waiting = [s.member_id for s in minutes.get_minutes(uow, minutes_id).waiting]
    for k, member_id in enumerate(waiting):
        with UnitOfWork(a.db) as uow:
            last = k == len(waiting) - 1
            minutes_signing.sign(uow, minutes_id, member_id, MEMBER_PASS, now=at(18, k),
                                 org_key=a.org_key if last else None)  # fmt: skip


def _written(a: Assembly, minutes_id: int) -> Written:
    with UnitOfWork(a.db) as uow:
        view = minutes.get_minutes(uow, minutes_id)
    first = view.generated.items[0]
    return Written(
        opening=(paragraph("La présidente ouvre la séance."),),
        items={first.item_id: ItemWritten((paragraph("Les comptes sont clairs.",
                                                     speaker="Associé03 (Fonderie)"),))},
        decisions=(Decision("Déposer les comptes", "Secrétariat", "Sous un mois"),),
        drafted_by="Associé01",
    )  # fmt: skip


@pytest.fixture
def signed(db: Database, add_member: AddMember) -> tuple[Assembly, int]:
    """The assembly with its minutes written, submitted and signed by all three."""
    a = _closed_assembly(db, add_member)
    minutes_id = _minutes_id(a)
    with UnitOfWork(db) as uow:
        minutes.save_written(uow, minutes_id, _written(a, minutes_id), now=at(16))
        minutes.submit(uow, minutes_id, now=at(17))
    _sign_everyone(a, minutes_id)
    return a, minutes_id


def test_closing_drafts_the_minutes_with_the_statutes_signatories(db: Database,
                                                                  add_member: AddMember) -> None:
    a = _closed_assembly(db, add_member)
    with UnitOfWork(db) as uow:
        (view,) = minutes.minutes_of(uow, a.meeting_id)
    assert view.status is MinutesStatus.DRAFT and view.register == "ag"
    # SA: the bureau signs (R225-106): chair, secretary (found by name), the scrutineer.
    assert [(s.member_id, s.role) for s in view.signatories] == [
        (a.members[0], SignerRole.CHAIR), (a.members[1], SignerRole.SECRETARY),
        (a.members[2], SignerRole.SCRUTINEER)]
    assert view.missing == () and all(s.key_here and s.certificate for s in view.signatories)
    assert [s.vote.adopted for s in view.generated.items if s.vote] == [True, True]


def test_written_parts_autosave_and_reload(db: Database, add_member: AddMember) -> None:
    a = _closed_assembly(db, add_member)
    minutes_id = _minutes_id(a)
    written = _written(a, minutes_id)
    with UnitOfWork(db) as uow:
        minutes.save_written(uow, minutes_id, written, now=at(16))
    with UnitOfWork(db) as uow:
        assert minutes.get_minutes(uow, minutes_id).written == written


def test_a_decision_without_action_is_refused_and_changes_nothing(db: Database,
                                                                  add_member: AddMember) -> None:
    a = _closed_assembly(db, add_member)
    minutes_id = _minutes_id(a)
    bad = Written(decisions=(Decision(" ", "Qui", ""),))
    with pytest.raises(UserError) as err, UnitOfWork(db) as uow:
        minutes.save_written(uow, minutes_id, bad, now=at(16))
    assert err.value.code == "minutes.decision_without_action"
    with UnitOfWork(db) as uow:
        assert minutes.get_minutes(uow, minutes_id).written == Written()


def test_submission_needs_the_statutes_signatories(db: Database, add_member: AddMember) -> None:
    a = _closed_assembly(db, add_member)
    minutes_id = _minutes_id(a)
    with UnitOfWork(db) as uow:
        minutes.set_signatories(uow, minutes_id, [Signer(a.members[0], SignerRole.CHAIR)],
                                now=at(16))  # fmt: skip
    with pytest.raises(UserError) as err, UnitOfWork(db) as uow:
        minutes.submit(uow, minutes_id, now=at(17))
    assert err.value.code == "minutes.missing_secretary"


def test_signed_minutes_are_locked_numbered_and_carry_every_signature(
        signed: tuple[Assembly, int]) -> None:
    a, minutes_id = signed
    with UnitOfWork(a.db) as uow:
        view = minutes.get_minutes(uow, minutes_id)
        assert view.status is MinutesStatus.SIGNED and view.number == 1
        assert view.timestamp == "local"  # no time-stamping authority configured
        with pytest.raises(UserError) as err:
            minutes.save_written(uow, minutes_id, Written(), now=at(19))
        assert err.value.code == "minutes.not_draft"
        with pytest.raises(UserError):
            minutes.back_to_draft(uow, minutes_id, now=at(19))
        pdf = minutes.pdf(uow, minutes_id)
        (check,) = deliberations.verify(uow)
    assert check.ok and check.report.entries == 1
    from talagov.core import pades
    from talagov.services import keys

    with UnitOfWork(a.db) as uow:
        ca = keys.organisation_certificate(uow)
    statuses = pades.validate(pdf, ca)
    assert len(statuses) == 3 and all(s.valid and s.intact for s in statuses)


@pytest.mark.skipif(shutil.which("pdfsig") is None, reason="poppler's pdfsig is not installed")
def test_pdfsig_verifies_every_signature(signed: tuple[Assembly, int], tmp_path: Path) -> None:
    a, minutes_id = signed
    with UnitOfWork(a.db) as uow:
        path = minutes.export_pdf(uow, minutes_id, tmp_path / "pv.pdf")
    out = subprocess.run(["pdfsig", str(path)], capture_output=True, text=True).stdout
    assert out.count("Signature is Valid.") == 3


def test_an_erratum_is_signed_and_entered_after_the_minutes(signed: tuple[Assembly, int]) -> None:
    a, minutes_id = signed
    with UnitOfWork(a.db) as uow:
        erratum_id, _ = minutes.new_erratum(uow, minutes_id, now=at(20))
        with pytest.raises(UserError) as err:
            minutes.submit(uow, erratum_id, now=at(20))
        assert err.value.code == "minutes.erratum_empty"
        minutes.save_written(uow, erratum_id, Written(correction=(
            paragraph("Lire « 4 voix pour » au lieu de « 5 voix pour » à la résolution 2."),)),
            now=at(20))  # fmt: skip
        minutes.submit(uow, erratum_id, now=at(20, 5))
    _sign_everyone(a, erratum_id)
    with UnitOfWork(a.db) as uow:
        view = minutes.get_minutes(uow, erratum_id)
        assert view.number == 2 and view.content is not None
        assert view.content.erratum is not None and view.content.erratum.number == 1
        assert minutes.get_minutes(uow, minutes_id).errata == (erratum_id,)
        (register,) = deliberations.registers(uow)
        assert [(e.number, e.kind, e.corrects) for e in register.entries] == [
            (1, "minutes", None), (2, "erratum", 1)]
        assert all(c.ok for c in deliberations.verify(uow))


def _tamper(db_file: Path, sql: str) -> None:
    with sqlite3.connect(db_file) as conn:
        conn.execute(sql)


@pytest.mark.parametrize(("sql", "expected"), [
    ("UPDATE register_entry SET data = replace(data, '\"title\":\"AG 2026\"', "
     "'\"title\":\"AG 2025\"')", Break.ALTERED),
    ("UPDATE minutes SET content = replace(content, 'Les comptes sont clairs', "
     "'Les comptes sont faux')", Break.CONTENT),
    ("DELETE FROM register_entry", Break.MISSING),
])
def test_the_register_check_finds_tampering(signed: tuple[Assembly, int], tmp_path: Path,
                                           sql: str, expected: Break) -> None:
    a, _ = signed
    _tamper(tmp_path / "test.sqlite", sql)
    with UnitOfWork(a.db) as uow:
        (check,) = deliberations.verify(uow)
    assert not check.ok
    assert (check.report.first_break or check.problem) is expected


def test_the_register_prints_as_pdf(signed: tuple[Assembly, int]) -> None:
    a, _ = signed
    with UnitOfWork(a.db) as uow:
        data = deliberations.register_pdf(uow, "ag")
    assert data.startswith(b"%PDF")


def test_a_working_group_minutes_has_decisions_only_and_its_own_register(
        db: Database, add_member: AddMember) -> None:
    from datetime import date

    from talagov.core.attendance import AttendanceEntry, AttendanceStatus
    from talagov.core.mandates import Body, BodyKind, Mandate, Role
    from talagov.core.meetings import Meeting, MeetingStatus, MeetingType
    from talagov.services import mandates, meetings

    a = make_assembly(db, add_member, n=4, resolutions=0)
    with UnitOfWork(db) as uow:
        body, _ = mandates.add_body(uow, Body(0, BodyKind.WORKING_GROUP, "Groupe mobilité", 5))
        for m in a.members[:3]:
            mandates.add_mandate(uow, Mandate(0, body, m, Role.MEMBER, date(2026, 1, 1)))
        group, _ = meetings.create_meeting(uow, Meeting(
            0, "Groupe de travail « mobilité »", MeetingType.OTHER, at(0).date(), body_id=body),
            now=at(9))  # fmt: skip
        meetings.change_status(uow, group, MeetingStatus.CONVENED, now=at(9))
        for m in a.members[:3]:
            session.set_attendance(uow, group, AttendanceEntry(m, AttendanceStatus.PRESENT,
                                                               at(9, 55)), now=at(9, 55))
        session.set_bureau(uow, group, chair_id=a.members[0], secretary_name="",
                           scrutineer_ids=())  # fmt: skip
        session.open_session(uow, group, now=at(10))
        session.close_session(uow, group, now=at(11))
        (view,) = minutes.minutes_of(uow, group)
        assert view.register == f"body-{body}" and view.generated.attendance.quorum_met is None
        assert all(s.vote is None for s in view.generated.items)
        assert [(s.member_id, s.role) for s in view.signatories] == [
            (a.members[0], SignerRole.CHAIR)]
        minutes.save_written(uow, view.id, Written(decisions=(
            Decision("Organiser quatre groupes thématiques", "MEL", "Fin mars / début avril"),)),
            now=at(12))  # fmt: skip
        minutes.submit(uow, view.id, now=at(13))
    _sign_everyone(a, view.id)
    with UnitOfWork(db) as uow:
        done = minutes.get_minutes(uow, view.id)
        assert done.status is MinutesStatus.SIGNED and done.number == 1
        assert done.content is not None and done.content.decisions[0].who == "MEL"
        assert {c.key: c.ok for c in deliberations.verify(uow)} == {f"body-{body}": True}
