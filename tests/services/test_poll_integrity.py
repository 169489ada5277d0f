# SPDX-License-Identifier: GPL-3.0-or-later
"""What keeps a poll's count honest after the fact: a hand count overtaken by signed
ballots, a result that must not move once closed, blank proxies nobody may vote, a
postal form of a member who came after all."""

from __future__ import annotations

import pytest

from talagov.core.attendance import AttendanceStatus
from talagov.core.ballots import Channel
from talagov.core.correspondence import Choice, CorrespondenceForm
from talagov.core.errors import UserError
from talagov.core.proxies import Proxy
from talagov.services import ballots, hand_counts, polls, session, tally
from talagov.services.uow import UnitOfWork
from talagov.storage.database import Database

from .conftest import AddMember
from .vote_setup import ON, at, attend, close, make_assembly, open_polls, open_session, vote


def test_a_hand_count_overtaken_by_signed_ballots_blocks_the_closing(
        db: Database, add_member: AddMember) -> None:
    a = make_assembly(db, add_member, n=4, resolutions=1)
    for member_id in a.members:
        attend(a, member_id)
    open_session(a)
    (poll_id,) = open_polls(a, at(14, 5))
    with UnitOfWork(db) as uow:  # the whole room raised hands...
        hand_counts.record_hand_count(uow, poll_id, {"": {"for": 4}}, ["Scrutatrice"],
                                      now=at(14, 10))  # fmt: skip
    vote(a, a.members[0], poll_id, "for", when=at(14, 12))  # ...and two also voted at the booth
    vote(a, a.members[1], poll_id, "for", when=at(14, 13))
    with UnitOfWork(db) as uow, pytest.raises(UserError) as refused:
        polls.close_poll(uow, poll_id, org_key=a.org_key, now=at(14, 20))
    assert refused.value.code == "hand_count.stale"
    with UnitOfWork(db) as uow:
        hand_counts.record_hand_count(uow, poll_id, {"": {"for": 2}}, ["Scrutatrice"],
                                      now=at(14, 21))  # fmt: skip
    assert close(a, poll_id, at(14, 22)).result.total_votes == 4  # type: ignore[union-attr]


def test_a_closed_result_does_not_move_when_the_record_changes_later(
        db: Database, add_member: AddMember) -> None:
    a = make_assembly(db, add_member, n=4, resolutions=2)
    m = a.members
    for member_id in m[:2]:
        attend(a, member_id)
    with UnitOfWork(db) as uow:
        proxy_id, _ = session.add_proxy(uow, Proxy(0, a.meeting_id, m[2], m[0], ON), now=at(13))
    open_session(a)
    first, _ = open_polls(a, at(14, 5))
    vote(a, m[0], first, "for", when=at(14, 10))
    vote(a, m[0], first, "for", when=at(14, 10), on_behalf_of=m[2])
    vote(a, m[1], first, "against", when=at(14, 11))
    assert close(a, first, at(14, 20)).result.votes_for("for") == 2  # type: ignore[union-attr]
    with UnitOfWork(db) as uow:  # the proxy is withdrawn before the second resolution
        session.remove_proxy(uow, proxy_id)
    with UnitOfWork(db) as uow:
        again = tally.tally_poll(uow, first)
    assert again.result.votes_for("for") == 2 and again.result.total_votes == 3


def test_nobody_may_vote_a_blank_proxy_its_direction_is_the_laws(
        db: Database, add_member: AddMember) -> None:
    a = make_assembly(db, add_member, n=4, resolutions=1)
    m = a.members
    attend(a, m[0])
    with UnitOfWork(db) as uow:
        session.set_bureau(uow, a.meeting_id, chair_id=m[0], secretary_name="Secrétaire",
                           scrutineer_ids=())  # fmt: skip
        session.add_proxy(uow, Proxy(0, a.meeting_id, m[3], None, ON), now=at(13))
    open_session(a)
    (poll_id,) = open_polls(a, at(14, 5))  # presented by management: the blank proxy says for
    with pytest.raises(UserError) as refused:
        vote(a, m[0], poll_id, "against", when=at(14, 10), on_behalf_of=m[3])
    assert refused.value.code == "ballot.rejected.no_proxy"
    vote(a, m[0], poll_id, "against", when=at(14, 10))
    result = close(a, poll_id, at(14, 20)).result
    assert result is not None and (result.votes_for("for"), result.votes_for("against")) == (1, 1)


def test_a_member_who_sent_a_form_but_came_votes_in_the_room_not_twice(
        db: Database, add_member: AddMember) -> None:
    a = make_assembly(db, add_member, n=3, resolutions=1)
    m = a.members
    with UnitOfWork(db) as uow:
        session.record_correspondence(uow, CorrespondenceForm(
            0, a.meeting_id, m[1], at(9), {a.items[0]: Choice.AGAINST}))  # fmt: skip
    attend(a, m[0])
    attend(a, m[1], AttendanceStatus.PRESENT)  # came in person after all
    open_session(a)
    (poll_id,) = open_polls(a, at(14, 5))
    with UnitOfWork(db) as uow:  # both in the room raise their hands
        hand_counts.record_hand_count(uow, poll_id, {"": {"for": 2}}, ["Scrutateur"],
                                      now=at(14, 10))  # fmt: skip
    view = close(a, poll_id, at(14, 20))
    assert view.result is not None and view.result.total_votes == 2
    with UnitOfWork(db) as uow:
        lines = ballots.ballots_of(uow, poll_id)
    assert [line.channel for line in lines] == []  # the form gave no witness ballot
    assert Channel.CORRESPONDENCE not in {c for c in view.result.counts[0].by_channel}
