# SPDX-License-Identifier: GPL-3.0-or-later
"""The demo builder: determinism, the shape of each form, a consistent register."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest

from talagov.core.applications import DueReason
from talagov.core.errors import UserError
from talagov.core.findings import Severity
from talagov.core.legal_forms import Family, LegalForm
from talagov.core.mandates import BodyKind, Role
from talagov.core.members import ExitCause, PersonKind
from talagov.core.shares import MovementKind, balance_problems, holdings_at
from talagov.core.text import fold
from talagov.services import applications, mandates, members, registers, shares
from talagov.services.demo import REFERENCE_DATE, DemoOptions, build_demo, plan_demo
from talagov.services.demo.people import SURNAMES
from talagov.services.organisation import statutes_at
from talagov.services.uow import UnitOfWork
from talagov.storage import members_repo
from talagov.storage.database import Database, open_database

R = REFERENCE_DATE


def _build(tmp_path: Path, name: str, **options: Any) -> Database:
    db = open_database(tmp_path / f"{name}.sqlite")
    build_demo(db, DemoOptions(**options))
    return db


def _dump(db: Database) -> tuple[object, ...]:
    with UnitOfWork(db) as uow:
        return (
            members_repo.all_members(uow.session),
            members.list_members(uow, R),
            shares.list_movements(uow),
            mandates.list_mandates(uow),
            mandates.handovers(uow),
            applications.list_applications(uow),
            statutes_at(uow, R),
        )


@pytest.fixture
def scic(tmp_path: Path) -> Iterator[Database]:
    db = _build(tmp_path, "scic")
    yield db
    db.close()


def test_same_seed_gives_the_same_data_and_another_seed_differs(tmp_path: Path) -> None:
    first, second = _build(tmp_path, "a", seed=7), _build(tmp_path, "b", seed=7)
    other = _build(tmp_path, "c", seed=8)
    try:
        assert _dump(first) == _dump(second)
        assert _dump(first)[0] != _dump(other)[0]
        assert _dump(first)[2] != _dump(other)[2]
    finally:
        for db in (first, second, other):
            db.close()


@pytest.mark.parametrize("form", list(LegalForm))
def test_each_form_builds_and_is_lawful(tmp_path: Path, form: LegalForm) -> None:
    db = _build(tmp_path, form.value, form=form)
    try:
        with UnitOfWork(db) as uow:
            findings = registers.compliance(uow, R)
            moves = shares.movements(uow)
            roster = members_repo.all_members(uow.session)
        assert [f for f in findings if f.severity is Severity.VIOLATION] == []
        assert balance_problems(moves) == ()
        held = holdings_at(moves, R)
        assert all(held.get(m.id, 0) == 0 for m in roster if m.exit_date is not None)
        if form.family is not Family.ASSOCIATION:
            # Every associate in office holds at least one share, hence a vote.
            assert all(held.get(m.id, 0) >= 1 for m in roster if m.is_member_on(R))
    finally:
        db.close()


def test_default_scic_has_five_colleges_and_about_120_members(scic: Database) -> None:
    with UnitOfWork(scic) as uow:
        statutes = statutes_at(uow, R)
        roster = members_repo.all_members(uow.session)
        moves = shares.list_movements(uow)
    assert statutes.form is LegalForm.SCIC_SAS
    assert len(statutes.colleges) == 5
    assert len(roster) == 120
    active = [m for m in roster if m.is_member_on(R)]
    assert 105 <= len(active) < 120
    assert set(Counter(m.college_key for m in active)) == {c.key for c in statutes.colleges}
    assert len({m.category_key for m in active}) >= 3
    causes = {m.exit_cause for m in roster if m.exit_cause is not None}
    assert ExitCause.RESIGNATION in causes and ExitCause.RETIREMENT in causes
    kinds = Counter(m.kind for m in moves)
    assert kinds[MovementKind.TRANSFER] >= 2 and kinds[MovementKind.REDEMPTION] >= 3
    assert min(m.on for m in moves).year <= R.year - 5


def test_default_scic_board_of_nine_with_seats_due_and_a_passation(scic: Database) -> None:
    with UnitOfWork(scic) as uow:
        dashboard = registers.dashboard(uow, R)
        bodies = {b.id: b for b in mandates.list_bodies(uow)}
        seats = [m for m in mandates.mandates(uow) if m.active_on(R)
                 and bodies[m.body_id].kind is BodyKind.BOARD]
        passations = mandates.handovers(uow)
    assert len(seats) == 9
    assert len({m.member_id for m in seats}) == 9
    assert 1 <= len(dashboard.expiring) < 9
    assert all(item.planned_end and item.planned_end <= dashboard.next_ag_deadline
               for item in dashboard.expiring)
    assert [h.role for h in passations] == [Role.PRESIDENT]
    assert passations[0].on < R


def test_default_scic_entities_aliases_representatives_and_consent(scic: Database) -> None:
    with UnitOfWork(scic) as uow:
        roster = members_repo.all_members(uow.session)
        listed = members.list_members(uow, R)
        pending = applications.due(uow, R)
    town = next(m for m in roster if m.name == "Ville de Lisière")
    assert town.kind is PersonKind.LEGAL and len(town.representatives) == 2
    assert town.representative_on(R) == town.representatives[1]
    metro = next(m for m in roster if m.name == "Métropole de Lisière")
    assert "MdL" in metro.aliases and "Métropole Lisière" in metro.aliases
    assert any("mdl" in item.search for item in listed)
    assert any("oe" in fold(m.name) and "œ" in m.name.lower() for m in roster)
    with_address = [m for m in roster if m.email]
    consenting = [m for m in with_address if m.consent_date is not None]
    assert len(consenting) > 0.8 * len(with_address)
    assert all(m.consent_address for m in consenting)
    assert any(e.end_cause is ExitCause.RETIREMENT for m in roster for e in m.employment)
    assert len(pending) >= 3
    assert all(d.reason is DueReason.AWAITING_DECISION for d in pending)


def test_foundry_scop_lists_employees_due_to_apply(tmp_path: Path) -> None:
    db = _build(tmp_path, "scop", form=LegalForm.SCOP_SARL)
    try:
        with UnitOfWork(db) as uow:
            statutes = statutes_at(uow, R)
            today = {d.reason for d in applications.due(uow, R)}
            dashboard = registers.dashboard(uow, R)
            managers = [m for m in mandates.mandates(uow) if m.role is Role.GERANT and m.active_on(R)]
            roster = members_repo.all_members(uow.session)
    finally:
        db.close()
    assert statutes.membership.employee_application_months == 6
    assert {DueReason.MUST_APPLY, DueReason.APPLY_SOON, DueReason.AG_MUST_RULE} <= today
    assert len(dashboard.applications_due) >= 3
    assert len(managers) == 1 and managers[0].term_months() == pytest.approx(48, abs=1)
    assert len(roster) == 20
    assert any(m.category_key == "ancien_salarie" and m.is_member_on(R) for m in roster)


def test_six_person_scop_has_everyone_on_the_board(tmp_path: Path) -> None:
    db = _build(tmp_path, "six", form=LegalForm.SCOP_SARL, members=6)
    try:
        with UnitOfWork(db) as uow:
            bodies = {b.id: b for b in mandates.list_bodies(uow)}
            board = {m.member_id for m in mandates.mandates(uow)
                     if m.active_on(R) and bodies[m.body_id].kind is BodyKind.BOARD}
            roster = members_repo.all_members(uow.session)
    finally:
        db.close()
    assert len(roster) == 6
    assert board == {m.id for m in roster}


@pytest.mark.parametrize(("form", "n"), [(LegalForm.SCIC_SAS, 40), (LegalForm.SCIC_SAS, 400),
                                         (LegalForm.SCOP_SA, 60), (LegalForm.ASSOCIATION, 25)])
def test_member_count_follows_the_option(form: LegalForm, n: int) -> None:
    plan = plan_demo(DemoOptions(form=form, members=n))
    assert len(plan.members) == n
    assert balance_problems(plan.movements) == ()
    assert len({m.number for m in plan.members}) == n


def test_too_few_members_is_refused() -> None:
    with pytest.raises(UserError) as info:
        plan_demo(DemoOptions(form=LegalForm.SCIC_SAS, members=5))
    assert info.value.code == "demo.too_few_members"


def test_a_database_with_data_is_never_overwritten(scic: Database) -> None:
    before = _dump(scic)
    with pytest.raises(UserError) as info:
        build_demo(scic, DemoOptions(form=LegalForm.SCOP_SARL))
    assert info.value.code == "demo.db_not_empty"
    assert _dump(scic) == before


def test_no_surname_of_a_real_person_from_the_seeds() -> None:
    seeds = Path("/work/shared/seeds")
    if not seeds.is_dir():
        pytest.skip("the seeds are not available here")
    text = " ".join(p.read_text(encoding="utf-8", errors="replace") for p in seeds.glob("*.txt"))
    # The seeds write people's surnames in capitals ("Prénom NOM").
    capitals = {fold(w) for w in re.findall(r"\b[A-ZÉÈÀÇ][A-ZÉÈÀÇ'-]{2,}\b", text)}
    assert [s for s in SURNAMES if fold(s) in capitals] == []


def test_demo_holds_a_past_ag_carried_through_and_an_upcoming_one(demo_path: Path) -> None:
    from talagov.core.meetings import MeetingStatus
    from talagov.services import convocations, meetings, session

    database = open_database(demo_path)
    try:
        with UnitOfWork(database) as uow:
            listed = meetings.list_meetings(uow)
            upcoming, past = [m for m in listed if m.type.is_general_assembly]
            assert past.status is MeetingStatus.CLOSED and upcoming.status is MeetingStatus.DRAFT
            assert past.on < REFERENCE_DATE < upcoming.on
            state = session.session_state(uow, past.id, at=datetime(2030, 1, 1))
            sendings = convocations.sendings(uow, past.id)
            assert len(sendings) == len(state.lines)  # everyone with a vote was convened
            signed = [line for line in state.lines if line.entry.signature is not None]
            assert len(signed) > len(state.lines) // 3
            assert any(p.proxy.blank for p in state.proxies) and all(p.valid for p in state.proxies)
            late = [f for f in state.forms if f.received_at > (state.meeting.opened_at or f.received_at)]
            assert len(late) == 1
            assert state.meeting.chair_member_id is not None and len(state.meeting.scrutineer_ids) == 2
            assert state.records and all(r.result.met for r in state.records)
            items = meetings.agenda(uow, upcoming.id)
            assert any(i.kind.value == "election" for i in items)
    finally:
        database.close()


def test_demo_minutes_are_signed_and_entered_in_their_registers(demo_path: Path) -> None:
    from talagov.core.meetings import MeetingType
    from talagov.core.minutes_content import MinutesStatus
    from talagov.services import deliberations, meetings, minutes

    database = open_database(demo_path)
    try:
        with UnitOfWork(database) as uow:
            listed = meetings.list_meetings(uow)
            past = next(m for m in listed if m.type.is_general_assembly and m.on < REFERENCE_DATE)
            board = next(m for m in listed if m.type is MeetingType.BOARD)
            assert board.on < past.on  # the board met first, to convene the AG
            (ag_minutes,) = minutes.minutes_of(uow, past.id)
            (board_minutes,) = minutes.minutes_of(uow, board.id)
            for view in (ag_minutes, board_minutes):
                assert view.status is MinutesStatus.SIGNED and view.number == 1
                assert view.content is not None and view.content.decisions
                assert all(s.signed_at is not None for s in view.signatories)
            assert len(ag_minutes.signatories) == 2  # SCIC-SAS: the chair and the secretary
            assert any(not s.vote for s in board_minutes.content.items)  # type: ignore[union-attr]
            checks = deliberations.verify(uow)
            assert [c.key for c in checks] == ["ag", f"body-{board_minutes.generated.body[5:]}"]
            assert all(c.ok for c in checks)
    finally:
        database.close()
