# SPDX-License-Identifier: GPL-3.0-or-later
"""The electorate of a poll (proxies decided at opening, colleges, revocations) and its bases."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from talagov.core.attendance import AttendanceStatus
from talagov.core.correspondence import CorrespondenceForm
from talagov.core.errors import UserError
from talagov.core.legal_forms import LegalForm
from talagov.core.proxies import Proxy
from talagov.core.statutes import CollegeSpec
from talagov.services import keys, organisation, session, tally
from talagov.services.electorate import load_setting
from talagov.services.uow import UnitOfWork
from talagov.storage.database import Database

from .conftest import AddMember
from .vote_setup import (
    BEFORE,
    ON,
    Assembly,
    at,
    attend,
    close,
    make_assembly,
    open_polls,
    open_session,
    vote,
)


def _proxy(a: Assembly, principal: int, holder: int | None) -> None:
    with UnitOfWork(a.db) as uow:
        session.add_proxy(uow, Proxy(0, a.meeting_id, principal, holder, date(2026, 6, 20)),
                          now=at(9))  # fmt: skip


def test_proxies_as_decided_when_the_poll_opened(db: Database, add_member: AddMember) -> None:
    a = make_assembly(db, add_member, n=8)
    m = a.members
    _proxy(a, m[4], m[0])
    _proxy(a, m[5], m[1])
    _proxy(a, m[6], None)
    attend(a, m[0])
    attend(a, m[1])
    attend(a, m[5], arrived=at(13))  # came after all: her proxy is void
    with UnitOfWork(db) as uow:
        session.set_bureau(uow, a.meeting_id, chair_id=m[1], secretary_name="Zoé",
                           scrutineer_ids=())  # fmt: skip
    open_session(a)
    ids = open_polls(a, at(14, 5))
    with UnitOfWork(db) as uow:
        setting = load_setting(uow, ids[0], at=at(14, 10))
    e = setting.electorate
    assert e.voters == frozenset(m)
    # The blank proxy is held by the chair for the quorum, but nobody may vote it: the
    # tally applies its direction.
    assert dict(e.proxies) == {m[4]: m[0]}
    assert dict(e.void_proxies) == {m[5]: m[1]}
    assert e.blank_proxies == frozenset({m[6]})
    assert e.colleges == {}
    b = setting.bases
    # Present: 0, 1, 5; represented: 4 (holder present) and 6 (blank, chair present).
    assert (b.participants, b.eligible, b.chair_id) == (5, 8, m[1])
    assert setting.participants == frozenset({m[0], m[1], m[5], m[4], m[6]})


def test_a_remote_poll_counts_the_participants_when_it_closes(db: Database,
                                                             add_member: AddMember) -> None:
    a = make_assembly(db, add_member)
    ids = open_polls(a, at(9))  # convened: no quorum recorded for the item
    attend(a, a.members[0])
    attend(a, a.members[1], AttendanceStatus.REMOTE)  # remote members are deemed present here
    with UnitOfWork(db) as uow:
        session.record_correspondence(uow, CorrespondenceForm(0, a.meeting_id, a.members[2],
                                                              at(10)))
    open_session(a)
    with UnitOfWork(db) as uow:
        assert load_setting(uow, ids[0], at=at(14, 30)).bases.participants == 3
    close(a, ids[0], at(14, 30))
    attend(a, a.members[3], arrived=at(14, 40))
    with UnitOfWork(db) as uow:
        assert load_setting(uow, ids[0], at=at(16)).bases.participants == 3  # as closed


def test_colleges_come_from_the_roll(db: Database, add_member: AddMember) -> None:
    a = make_assembly(db, add_member, n=0, form=LegalForm.SCIC_SA)
    colleges = (CollegeSpec("employees", "Salariés", 50), CollegeSpec("users", "Usagers", 30),
                CollegeSpec("partners", "Partenaires", 20))
    with UnitOfWork(db) as uow:
        current = organisation.statutes_at(uow, ON)
        organisation.save_statutes(uow, replace(current, colleges=colleges),
                                   effective_from=date(2026, 1, 1), note="collèges", now=BEFORE)
    members = [add_member(f"S{i}", shares_count=1, college_key=key)
               for i, key in enumerate(["employees", "employees", "users", "partners"])]
    a.members = members
    attend(a, members[0])
    attend(a, members[2])
    open_session(a)
    ids = open_polls(a, at(14, 5))
    with UnitOfWork(db) as uow:
        setting = load_setting(uow, ids[0], at=at(14, 10))
    assert dict(setting.electorate.colleges) == {
        members[0]: "employees", members[1]: "employees", members[2]: "users",
        members[3]: "partners"}
    assert setting.bases.eligible_by_college == {"employees": 2, "users": 1, "partners": 1}
    assert setting.bases.participants_by_college == {"employees": 1, "users": 1}
    assert setting.poll.definition.colleges == colleges


def test_a_revocation_voids_only_the_ballots_received_after_it(db: Database,
                                                              add_member: AddMember) -> None:
    a = make_assembly(db, add_member)
    attend(a, a.members[0])
    open_session(a)
    ids = open_polls(a, at(14, 5))
    vote(a, a.members[0], ids[0], "for", when=at(14, 10))
    vote(a, a.members[0], ids[1], "for", when=at(14, 10))
    close(a, ids[0], at(14, 20))
    with UnitOfWork(db) as uow:
        # The laptop is reported stolen at 14:30 (or the member enrols a new key).
        keys.revoke(uow, a.members[0], "perdue", org_key=a.org_key, now=at(14, 30))
    with UnitOfWork(db) as uow:
        # Neither the closed poll nor the open one loses the ballot cast before.
        assert tally.tally_poll(uow, ids[0]).result.votes_for("for") == 1
        assert tally.tally_poll(uow, ids[1], now=at(15)).result.votes_for("for") == 1
    with pytest.raises(UserError) as refused:  # but the stolen key cannot vote any more
        vote(a, a.members[0], ids[1], "against", when=at(14, 40))
    assert refused.value.code == "ballot.rejected.certificate_revoked"
