# SPDX-License-Identifier: GPL-3.0-or-later
"""Hand counts: totals with scrutineers, never more than the participants left to count."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from datetime import date

import pytest

from talagov.core.ballots import Channel
from talagov.core.correspondence import Choice, CorrespondenceForm
from talagov.core.errors import UserError
from talagov.core.legal_forms import LegalForm
from talagov.core.signing import unb64, verify
from talagov.core.statutes import CollegeSpec
from talagov.messages import render_error
from talagov.services import hand_counts, keys, organisation, polls, session
from talagov.services.uow import UnitOfWork
from talagov.storage import polls_repo
from talagov.storage.database import Database

from .conftest import AddMember
from .vote_setup import (
    BEFORE,
    ON,
    Assembly,
    at,
    attend,
    close,
    enrol_member,
    make_assembly,
    open_polls,
    open_session,
    vote,
)


def _sitting(db: Database, add_member: AddMember, present: int = 4) -> tuple[Assembly, list[int]]:
    a = make_assembly(db, add_member)
    for m in a.members[:present]:
        attend(a, m)
    open_session(a)
    return a, open_polls(a, at(14, 5))


def _record(a: Assembly, poll_id: int, counts: Mapping[str, Mapping[str, int]],
            scrutineers: tuple[str, ...] = ("Léa Martin", "Paul Roux")) -> None:
    with UnitOfWork(a.db) as uow:
        hand_counts.record_hand_count(uow, poll_id, counts, scrutineers, now=at(14, 30))


def test_a_hand_count_is_recorded_and_replaced_while_open(db: Database,
                                                          add_member: AddMember) -> None:
    a, ids = _sitting(db, add_member)
    _record(a, ids[0], {"": {"for": 3}})
    _record(a, ids[0], {"": {"for": 2, "against": 1}}, (" Léa Martin ", ""))
    with UnitOfWork(db) as uow:
        found = hand_counts.hand_count_of(uow, ids[0])
        assert hand_counts.hand_count_of(uow, ids[1]) is None
    assert found is not None
    assert found.counts == {"": {"for": 2, "against": 1, "abstain": 0}}
    assert found.scrutineers == ("Léa Martin",) and found.total == 3
    result = close(a, ids[0], at(15)).result
    assert result is not None
    counted = {c.choice: (c.votes, dict(c.by_channel)) for c in result.counts}
    assert counted["for"] == (2, {Channel.HAND: 2}) and counted["against"][0] == 1


@pytest.mark.parametrize(("counts", "scrutineers", "code"), [
    ({"": {"maybe": 1}}, ("Léa",), "hand_count.unknown_choice"),
    ({"": {"for": -1}}, ("Léa",), "hand_count.negative"),
    ({"employees": {"for": 1}}, ("Léa",), "hand_count.unknown_college"),
    ({"": {"for": 1}}, ("  ",), "hand_count.scrutineer_required"),
])
def test_malformed_hand_counts_are_refused(db: Database, add_member: AddMember,
                                           counts: dict[str, dict[str, int]],
                                           scrutineers: tuple[str, ...], code: str) -> None:
    a, ids = _sitting(db, add_member)
    with pytest.raises(UserError) as err:
        _record(a, ids[0], counts, scrutineers)
    assert err.value.code == code
    with UnitOfWork(db) as uow:
        assert hand_counts.hand_count_of(uow, ids[0]) is None


def test_a_hand_count_covers_only_those_not_otherwise_counted(db: Database,
                                                              add_member: AddMember) -> None:
    a, ids = _sitting(db, add_member, present=3)
    m = a.members
    vote(a, m[0], ids[0], "for", when=at(14, 10))
    with UnitOfWork(db) as uow:
        state = session.session_state(uow, a.meeting_id, at=at(14, 10))
    assert state.quorum.participants == 3
    with pytest.raises(UserError) as err:
        _record(a, ids[0], {"": {"for": 2, "against": 1}})
    assert err.value.code == "hand_count.exceeds"
    assert err.value.params == {"total": 3, "remaining": 2, "participants": 3, "counted": 1}
    _record(a, ids[0], {"": {"for": 1, "against": 1}})


def test_postal_voters_are_not_counted_by_hand(db: Database, add_member: AddMember) -> None:
    a = make_assembly(db, add_member)
    m = a.members
    with UnitOfWork(db) as uow:
        session.record_correspondence(uow, CorrespondenceForm(0, a.meeting_id, m[5], at(9),
                                                              {a.items[0]: Choice.AGAINST}))
    attend(a, m[0])
    attend(a, m[1])
    open_session(a)
    ids = open_polls(a, at(14, 5))
    with pytest.raises(UserError) as err:
        _record(a, ids[0], {"": {"for": 3}})
    assert err.value.params["remaining"] == 2
    _record(a, ids[0], {"": {"for": 2}})
    result = close(a, ids[0], at(15)).result
    assert result is not None
    assert (result.votes_for("for"), result.votes_for("against")) == (2, 1)


def test_a_hand_count_needs_an_open_poll(db: Database, add_member: AddMember) -> None:
    a = make_assembly(db, add_member)
    with UnitOfWork(db) as uow:
        from talagov.services import polls

        polls.prepare_polls(uow, a.meeting_id, now=at(9))
        prepared = polls.list_polls(uow, a.meeting_id)[0].id
    with pytest.raises(UserError) as err:
        _record(a, prepared, {"": {"for": 1}})
    assert err.value.code == "poll.not_open"


def test_closing_signs_the_hand_count_as_witness(db: Database, add_member: AddMember) -> None:
    a, ids = _sitting(db, add_member)
    _record(a, ids[0], {"": {"for": 2}})
    close(a, ids[0], at(15))
    with UnitOfWork(db) as uow:
        row = polls_repo.hand_count_row(uow.session, ids[0])
        assert row is not None
        poll = polls_repo.to_poll(polls_repo.poll_row(uow.session, ids[0]))  # type: ignore[arg-type]
        payload = polls_repo.hand_count_payload(
            polls_repo.to_hand_count(row), organisation=poll.definition.organisation,
            definition_hash=poll.definition_hash)  # fmt: skip
        public = keys.organisation_certificate(uow).public_key()
    assert verify(payload, unb64(row.signature), public)  # type: ignore[arg-type]
    payload["counts"] = {"": {"for": 3}}
    assert not verify(payload, unb64(row.signature), public)  # type: ignore[arg-type]


def test_a_college_over_its_count_is_named_as_the_statutes_name_it(
        db: Database, add_member: AddMember) -> None:
    # The refusal used to print the college's key ("employees"), an identifier the
    # secretary never sees; and a stale count overtaken in one college gave that college's
    # numbers as if they were the whole count's.
    a = make_assembly(db, add_member, n=0, resolutions=1, form=LegalForm.SCIC_SA)
    colleges = (CollegeSpec("employees", "Collège des salariés", 40),
                CollegeSpec("users", "Collège des usagers", 30),
                CollegeSpec("partners", "Collège des partenaires", 30))
    with UnitOfWork(db) as uow:
        current = organisation.statutes_at(uow, ON)
        organisation.save_statutes(uow, replace(current, colleges=colleges),
                                   effective_from=date(2026, 1, 1), note="collèges", now=BEFORE)
    employees = [add_member(f"Salarié{i}", shares_count=1, college_key="employees")
                 for i in range(2)]
    users = [add_member(f"Usager{i}", shares_count=1, college_key="users") for i in range(3)]
    for member in employees + users:
        attend(a, member)
    enrol_member(a, employees[0])
    open_session(a)
    (poll_id,) = open_polls(a, at(14, 5))
    with pytest.raises(UserError) as err:
        _record(a, poll_id, {"employees": {"for": 3}})
    assert err.value.code == "hand_count.exceeds_college"
    assert err.value.params["college"] == "Collège des salariés"
    assert render_error(err.value.code, err.value.params, "fr").startswith(
        "Collège des salariés\u00a0: le décompte à main levée (3) dépasse")
    _record(a, poll_id, {"employees": {"for": 2}, "users": {"for": 1}})
    vote(a, employees[0], poll_id, "for", when=at(14, 40))  # also voted at the booth
    with UnitOfWork(db) as uow, pytest.raises(UserError) as stale:
        polls.close_poll(uow, poll_id, org_key=a.org_key, now=at(14, 50))
    assert stale.value.code == "hand_count.stale_college"
    text = render_error(stale.value.code, stale.value.params, "fr")
    assert "Collège des salariés" in text and "2 voix pour 1 participants" in text
