# SPDX-License-Identifier: GPL-3.0-or-later
"""Polls: prepared from the agenda and the statutes, opened (frozen), closed (final)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from talagov.core.agenda import AgendaItem, ItemKind, ResolutionNature
from talagov.core.ballot_check import Verdict
from talagov.core.ballots import Channel
from talagov.core.correspondence import Choice, CorrespondenceForm
from talagov.core.errors import NotFoundError, UserError
from talagov.core.polls import PollKind, PollOptions, PollStatus, definition_hash
from talagov.core.ratio import Ratio
from talagov.core.signing import new_private_key
from talagov.core.statutes import MajorityBase, MajorityRule
from talagov.services import ballots, hand_counts, meetings, organisation, polls, session
from talagov.services.uow import UnitOfWork
from talagov.storage.database import Database

from .conftest import AddMember
from .vote_setup import (
    BEFORE,
    ON,
    at,
    attend,
    close,
    make_assembly,
    open_polls,
    open_session,
    vote,
)


def _prepare(db: Database, meeting_id: int) -> list[polls.PollView]:
    with UnitOfWork(db) as uow:
        polls.prepare_polls(uow, meeting_id, now=BEFORE)
        return polls.list_polls(uow, meeting_id)


def test_one_poll_per_voted_item_with_the_statutes_rule(db: Database, add_member: AddMember) -> None:
    a = make_assembly(db, add_member, election=True)
    with UnitOfWork(db) as uow:
        meetings.add_item(uow, AgendaItem(0, a.meeting_id, 0, ItemKind.INFORMATION, "Rapport"),
                          now=BEFORE, reason="rapport du conseil")  # fmt: skip
        meetings.add_item(uow, AgendaItem(0, a.meeting_id, 0, ItemKind.RESOLUTION, "Statuts",
                                          nature=ResolutionNature.EXTRAORDINARY),
                          now=BEFORE, reason="mise à jour")  # fmt: skip
    found = _prepare(db, a.meeting_id)
    assert [(p.number, p.title, p.kind) for p in found] == [
        (1, "Résolution 1", PollKind.RESOLUTION), (2, "Résolution 2", PollKind.RESOLUTION),
        (3, "Élection au conseil", PollKind.ELECTION), (4, "Statuts", PollKind.RESOLUTION)]
    first, election, statutes = found[0], found[2], found[3]
    assert first.status is PollStatus.PREPARED and first.definition_hash == ""
    assert first.definition.majority == MajorityRule(Ratio(1, 2), True, MajorityBase.CAST)
    assert statutes.definition.majority.ratio == Ratio(2, 3)  # the extraordinary rule
    assert election.secret and not first.secret  # elections of people are secret by default
    assert election.definition.labels == {f"candidate:{a.members[0]}": "Associé00",
                                          f"candidate:{a.members[1]}": "Associé01"}
    assert [p.id for p in _prepare(db, a.meeting_id)] == [p.id for p in found]  # idempotent


def test_polls_need_the_organisation_key(db: Database, add_member: AddMember) -> None:
    a = make_assembly(db, add_member, org_key=False)
    with pytest.raises(UserError) as err, UnitOfWork(db) as uow:
        polls.prepare_polls(uow, a.meeting_id, now=BEFORE)
    assert err.value.code == "keys.no_org_key"


def test_prepared_polls_follow_the_agenda(db: Database, add_member: AddMember) -> None:
    a = make_assembly(db, add_member, resolutions=3)
    before = _prepare(db, a.meeting_id)
    with UnitOfWork(db) as uow:
        item = meetings.agenda(uow, a.meeting_id)[0]
        meetings.update_item(uow, replace(item, kind=ItemKind.INFORMATION), now=BEFORE,
                             reason="devient une information")  # fmt: skip
    after = _prepare(db, a.meeting_id)
    assert [p.title for p in after] == ["Résolution 2", "Résolution 3"]
    assert [p.number for p in after] == [1, 2]  # renumbered
    assert {p.id for p in after} < {p.id for p in before}


def test_options_change_a_prepared_poll_only(db: Database, add_member: AddMember) -> None:
    a = make_assembly(db, add_member)
    first = _prepare(db, a.meeting_id)[0]
    unanimity = MajorityRule(Ratio(1, 1), False, MajorityBase.TOTAL)
    with UnitOfWork(db) as uow:
        polls.set_options(uow, first.id, PollOptions(unanimity, "statuts art. 12", secret=True))
        changed = polls.get_poll(uow, first.id)
    assert changed.secret and changed.definition.majority == unanimity
    assert changed.definition.majority_source == "statuts art. 12"
    with pytest.raises(UserError) as err, UnitOfWork(db) as uow:
        polls.set_options(uow, first.id, PollOptions(MajorityRule(Ratio(0, 1), True,
                                                                  MajorityBase.CAST)))
    assert err.value.code == "poll.majority_invalid"
    open_polls(a, at(9))
    with pytest.raises(UserError) as err, UnitOfWork(db) as uow:
        polls.set_options(uow, first.id, PollOptions(secret=False))
    assert err.value.code == "poll.already_open"


def test_opening_freezes_the_definition(db: Database, add_member: AddMember) -> None:
    a = make_assembly(db, add_member)
    ids = open_polls(a, at(9))  # convened: open for remote voting
    view = a.poll(ids[0])
    assert view.status is PollStatus.OPEN and view.opened_at == at(9)
    assert view.definition_hash == definition_hash(view.definition)
    with UnitOfWork(db) as uow:
        meetings.add_item(uow, AgendaItem(0, a.meeting_id, 0, ItemKind.RESOLUTION, "Ajout"),
                          now=at(10), reason="ajout")  # fmt: skip
        item = meetings.agenda(uow, a.meeting_id)[0]
        meetings.update_item(uow, replace(item, title="Autre titre"), now=at(10), reason="x")
    _prepare(db, a.meeting_id)
    assert a.poll(ids[0]).definition == view.definition  # frozen
    with pytest.raises(UserError) as err, UnitOfWork(db) as uow:
        polls.open_poll(uow, ids[0], now=at(11))
    assert err.value.code == "poll.already_open"


def test_opening_in_session_records_the_quorum(db: Database, add_member: AddMember) -> None:
    a = make_assembly(db, add_member)
    for m in a.members[:3]:
        attend(a, m)
    open_session(a)
    ids = open_polls(a, at(14, 30))
    with UnitOfWork(db) as uow:
        records = session.session_state(uow, a.meeting_id, at=at(15)).records
    items = {r.item_id: r.result.participants for r in records}
    assert items == {None: 3, a.items[0]: 3, a.items[1]: 3}
    assert all(a.poll(i).status is PollStatus.OPEN for i in ids)


def test_a_poll_opens_only_in_a_convened_or_sitting_meeting(db: Database,
                                                            add_member: AddMember) -> None:
    a = make_assembly(db, add_member)
    first = _prepare(db, a.meeting_id)[0]
    with UnitOfWork(db) as uow:
        meetings.change_status(uow, a.meeting_id, meetings.MeetingStatus.DRAFT, now=BEFORE)
    with pytest.raises(UserError) as err, UnitOfWork(db) as uow:
        polls.open_poll(uow, first.id, now=at(9))
    assert err.value.code == "poll.meeting_not_open"


def test_remote_voting_needs_the_statutes(db: Database, add_member: AddMember) -> None:
    a = make_assembly(db, add_member)
    with UnitOfWork(db) as uow:
        current = organisation.statutes_at(uow, ON)
        organisation.save_statutes(
            uow, replace(current, remote_allowed=False, correspondence_allowed=False),
            effective_from=date(2026, 1, 1), note="sans vote à distance", now=BEFORE)
    first = _prepare(db, a.meeting_id)[0]
    with pytest.raises(UserError) as err, UnitOfWork(db) as uow:
        polls.open_poll(uow, first.id, now=at(9))
    assert err.value.code == "poll.remote_voting_not_allowed"
    attend(a, a.members[0])
    open_session(a)
    with UnitOfWork(db) as uow:
        polls.open_poll(uow, first.id, now=at(14, 30))  # in session: fine


def test_closing_needs_the_session_and_the_organisation_key(db: Database,
                                                             add_member: AddMember) -> None:
    a = make_assembly(db, add_member)
    ids = open_polls(a, at(9))
    with pytest.raises(UserError) as err, UnitOfWork(db) as uow:
        polls.close_poll(uow, ids[0], org_key=a.org_key, now=at(10))
    assert err.value.code == "poll.meeting_not_in_session"
    open_session(a)
    with pytest.raises(UserError) as err, UnitOfWork(db) as uow:
        polls.close_poll(uow, ids[0], org_key=new_private_key(), now=at(15))
    assert err.value.code == "keys.org_key_mismatch"
    with pytest.raises(UserError) as err, UnitOfWork(db) as uow:
        polls.close_poll(uow, 999, org_key=a.org_key, now=at(15))
    assert isinstance(err.value, NotFoundError) and err.value.code == "poll.not_found"


def test_closing_stores_the_result_and_turns_postal_forms_into_witness_ballots(
        db: Database, add_member: AddMember) -> None:
    a = make_assembly(db, add_member)
    m = a.members
    with UnitOfWork(db) as uow:
        for member, choice in ((m[3], Choice.FOR), (m[4], Choice.FOR)):
            session.record_correspondence(uow, CorrespondenceForm(
                0, a.meeting_id, member, at(9), {a.items[0]: choice}))  # fmt: skip
        session.record_correspondence(uow, CorrespondenceForm(0, a.meeting_id, m[5], at(9)))
    attend(a, m[0])
    attend(a, m[1])
    open_session(a)
    ids = open_polls(a, at(14, 5))
    vote(a, m[0], ids[0], "against", when=at(14, 10))
    vote(a, m[1], ids[0], "against", when=at(14, 10))
    vote(a, m[3], ids[0], "abstain", when=at(14, 10))  # her own ballot wins over her form
    view = close(a, ids[0], at(14, 20))
    assert view.closed_at == at(14, 20) and view.result is not None
    assert (view.result.votes_for("for"), view.result.votes_for("against")) == (1, 2)
    assert view.result.adopted is False
    with UnitOfWork(db) as uow:
        lines = ballots.ballots_of(uow, ids[0])
    witnessed = [line for line in lines if line.channel is Channel.CORRESPONDENCE]
    assert sorted((line.principal_name, line.verdict) for line in witnessed) == [
        ("Associé03", Verdict.OVERRIDDEN), ("Associé04", Verdict.COUNTED)]
    # The form without a direction on the item gives no ballot.
    assert all(line.principal_name != "Associé05" for line in lines)


def test_nothing_about_a_closed_poll_changes(db: Database, add_member: AddMember) -> None:
    a = make_assembly(db, add_member)
    attend(a, a.members[0])
    open_session(a)
    ids = open_polls(a, at(14, 5))
    vote(a, a.members[0], ids[0], "for", when=at(14, 10))
    result = close(a, ids[0], at(14, 20)).result
    refusals = {
        "open": lambda uow: polls.open_poll(uow, ids[0], now=at(15)),
        "close": lambda uow: polls.close_poll(uow, ids[0], org_key=a.org_key, now=at(15)),
        "options": lambda uow: polls.set_options(uow, ids[0], PollOptions(secret=True)),
        "hand": lambda uow: hand_counts.record_hand_count(uow, ids[0], {"": {"for": 1}},
                                                          ["Léa"], now=at(15)),
    }
    for name, action in refusals.items():
        with pytest.raises(UserError) as err, UnitOfWork(db) as uow:
            action(uow)
        assert err.value.code == "poll.closed", name
    with pytest.raises(UserError) as err:
        vote(a, a.members[0], ids[0], "against", when=at(15))
    assert err.value.code == "ballot.rejected.poll_not_open"
    assert a.poll(ids[0]).result == result
    with UnitOfWork(db) as uow:
        polls.prepare_polls(uow, a.meeting_id, now=at(15))
        assert polls.get_poll(uow, ids[0]).status is PollStatus.CLOSED
