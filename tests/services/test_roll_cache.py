# SPDX-License-Identifier: GPL-3.0-or-later
"""The roll kept between session actions follows every edit of the register."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from talagov.core.members import ExitCause
from talagov.core.shares import MovementKind, ShareMovement
from talagov.services import members, shares
from talagov.services.roll_cache import roll_and_members
from talagov.services.uow import UnitOfWork
from talagov.storage.database import Database
from tests.services.conftest import NOW, AddMember

AT = date(2026, 6, 30)


def _voters(db: Database) -> set[int]:
    with UnitOfWork(db) as uow:
        roll, _ = roll_and_members(uow, AT)
    return {e.member_id for e in roll.voters}


def test_an_exit_a_movement_and_a_rename_are_seen_even_at_the_same_update_time(
    scop: Database, add_member: AddMember
) -> None:
    a = add_member("Aubert", shares_count=1)
    b = add_member("Roux", shares_count=1)
    assert _voters(scop) == {a, b}
    with UnitOfWork(scop) as uow:  # the same ``now`` as the member's creation
        members.exit_member(uow, b, on=date(2026, 1, 10), cause=ExitCause.RESIGNATION, now=NOW)
    assert _voters(scop) == {a}
    c = add_member("Benali")  # no share yet: no vote
    assert _voters(scop) == {a}
    with UnitOfWork(scop) as uow:
        shares.add_movement(uow, ShareMovement(0, MovementKind.SUBSCRIPTION, date(2026, 2, 1), 1,
                                               2500, to_member_id=c), now=NOW)  # fmt: skip
    assert _voters(scop) == {a, c}
    with UnitOfWork(scop) as uow:
        member = members.get_member(uow, a)
        members.update_member(uow, replace(member, name="Aubert-Roux"), now=NOW)
        _, names = roll_and_members(uow, AT)
    assert names[a].name == "Aubert-Roux"
