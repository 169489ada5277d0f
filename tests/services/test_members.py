# SPDX-License-Identifier: GPL-3.0-or-later
"""The member register: add, edit, exit, delete only without history."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from talagov.core.errors import UserError, ValidationError
from talagov.core.members import ExitCause, Member, PersonKind, Representative
from talagov.services import mandates, members
from talagov.services.uow import UnitOfWork
from talagov.storage.database import Database

from .conftest import NOW, AddMember


def test_added_member_is_listed_with_shares_and_found_without_accents(
    scop: Database, add_member: AddMember
) -> None:
    add_member("Œuvray", first_name="Hélène", shares_count=4)
    with UnitOfWork(scop) as uow:
        items = members.list_members(uow, date(2026, 1, 1))
    assert [(i.display_name, i.shares) for i in items] == [("Œuvray Hélène", 4)]
    assert "oeuvray" in items[0].search and "helene" in items[0].search


def test_shares_listed_are_those_held_at_the_date(scop: Database, add_member: AddMember) -> None:
    add_member("Martin", admitted=date(2024, 5, 2), shares_count=3)
    with UnitOfWork(scop) as uow:
        assert members.list_members(uow, date(2024, 5, 1))[0].shares == 0
        assert members.list_members(uow, date(2024, 5, 2))[0].shares == 3


def test_invalid_member_is_refused_and_nothing_is_saved(scop: Database) -> None:
    bad = Member(0, "X-1", PersonKind.NATURAL, "Durand", admission_date=date(2024, 1, 1),
                 exit_date=date(2023, 1, 1), exit_cause=ExitCause.RESIGNATION, email="pas-une-adresse")
    with pytest.raises(ValidationError) as err, UnitOfWork(scop) as uow:
        members.add_member(uow, bad, now=NOW)
    codes = {p.code for p in err.value.problems}
    assert codes == {"member.exit_before_admission", "member.email_invalid"}
    with UnitOfWork(scop) as uow:
        assert members.list_members(uow, date(2026, 1, 1)) == []


def test_duplicate_number_is_refused(scop: Database, add_member: AddMember) -> None:
    add_member("Martin")
    with pytest.raises(ValidationError) as err, UnitOfWork(scop) as uow:
        members.add_member(uow, Member(0, "T-001", PersonKind.NATURAL, "Autre"), now=NOW)
    assert [p.code for p in err.value.problems] == ["member.number_taken"]


def test_legal_entity_keeps_representatives_and_aliases(scop: Database) -> None:
    commune = Member(
        0, "C-1", PersonKind.LEGAL, "Commune de Saint-Aubin-des-Prés",
        admission_date=date(2019, 3, 1),
        aliases=("Mairie de St-Aubin", "St Aubin"),
        representatives=(
            Representative("Lefèvre Anne", "adjointe au maire", date(2019, 3, 1), date(2026, 3, 22)),
            Representative("Nguyen Paul", "conseiller municipal", date(2026, 3, 23)),
        ),
    )
    with UnitOfWork(scop) as uow:
        member_id, _ = members.add_member(uow, commune, now=NOW)
    with UnitOfWork(scop) as uow:
        saved = members.get_member(uow, member_id)
        found = [i.id for i in members.list_members(uow, date(2026, 5, 1)) if "st aubin" in i.search]
    assert saved.representative_on(date(2025, 1, 1)).name == "Lefèvre Anne"  # type: ignore[union-attr]
    assert saved.representative_on(date(2026, 5, 1)).name == "Nguyen Paul"  # type: ignore[union-attr]
    assert found == [member_id]


def test_exit_keeps_the_record(scop: Database, add_member: AddMember) -> None:
    member_id = add_member("Martin", shares_count=2)
    with UnitOfWork(scop) as uow:
        members.exit_member(uow, member_id, on=date(2025, 6, 30), cause=ExitCause.RETIREMENT, now=NOW)
    with UnitOfWork(scop) as uow:
        item = members.list_members(uow, date(2026, 1, 1))[0]
        assert not item.active_on(date(2026, 1, 1)) and item.active_on(date(2025, 6, 29))
        with pytest.raises(UserError, match="member.already_exited"):
            members.exit_member(uow, member_id, on=date(2025, 7, 1), cause=ExitCause.OTHER, now=NOW)


def test_member_with_history_cannot_be_deleted(scop: Database, add_member: AddMember) -> None:
    with_shares = add_member("Martin", shares_count=2)
    mistake = add_member("Erreur de saisie")
    with UnitOfWork(scop) as uow:
        members.delete_member(uow, mistake)
    with pytest.raises(UserError, match="member.has_history"), UnitOfWork(scop) as uow:
        members.delete_member(uow, with_shares)
    with UnitOfWork(scop) as uow:
        assert [i.id for i in members.list_members(uow, date(2026, 1, 1))] == [with_shares]


def test_member_with_a_mandate_cannot_be_deleted(scop: Database, add_member: AddMember) -> None:
    from talagov.core.mandates import Body, BodyKind, Mandate, Role

    member_id = add_member("Martin")
    with UnitOfWork(scop) as uow:
        body_id, _ = mandates.add_body(uow, Body(0, BodyKind.COMMITTEE, "Comité d'éthique"))
        mandates.add_mandate(uow, Mandate(0, body_id, member_id, Role.MEMBER, date(2024, 1, 1)))
    with pytest.raises(UserError, match="member.has_history"), UnitOfWork(scop) as uow:
        members.delete_member(uow, member_id)


def test_update_replaces_children(scop: Database, add_member: AddMember) -> None:
    member_id = add_member("Martin", aliases=("Martin J.",))
    with UnitOfWork(scop) as uow:
        m = members.get_member(uow, member_id)
        members.update_member(uow, replace(m, aliases=("J. Martin", "Jo Martin")), now=NOW)
    with UnitOfWork(scop) as uow:
        assert members.get_member(uow, member_id).aliases == ("J. Martin", "Jo Martin")
