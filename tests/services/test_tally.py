# SPDX-License-Identifier: GPL-3.0-or-later
"""The tally service: recomputed from the stored ballots, across channels, with colleges."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from talagov.core.ballots import Channel
from talagov.core.findings import Finding, Severity
from talagov.core.legal_forms import LegalForm
from talagov.core.proxies import Proxy
from talagov.core.statutes import CollegeSpec
from talagov.core.tally import ChoiceCount, CollegeResult, ElectionResult, TallyResult
from talagov.services import hand_counts, organisation, session, tally
from talagov.services.uow import UnitOfWork
from talagov.storage import polls_repo
from talagov.storage.database import Database

from .conftest import AddMember
from .vote_setup import (
    BEFORE,
    ON,
    at,
    attend,
    close,
    enrol_member,
    make_assembly,
    open_polls,
    open_session,
    vote,
)


def test_every_channel_in_one_tally_and_the_same_result_recomputed(
        db: Database, add_member: AddMember) -> None:
    a = make_assembly(db, add_member, n=8)
    m = a.members
    with UnitOfWork(db) as uow:
        session.add_proxy(uow, Proxy(0, a.meeting_id, m[6], m[0], date(2026, 6, 20)), now=at(9))
        session.add_proxy(uow, Proxy(0, a.meeting_id, m[7], None, date(2026, 6, 20)), now=at(9))
    for member in m[:4]:
        attend(a, member)
    with UnitOfWork(db) as uow:
        session.set_bureau(uow, a.meeting_id, chair_id=m[1], secretary_name="",
                           scrutineer_ids=())  # fmt: skip
    open_session(a)
    ids = open_polls(a, at(14, 5))
    vote(a, m[0], ids[0], "for", when=at(14, 10))
    vote(a, m[0], ids[0], "against", when=at(14, 10), on_behalf_of=m[6])  # the proxy held
    vote(a, m[1], ids[0], "against", when=at(14, 10))
    with UnitOfWork(db) as uow:
        hand_counts.record_hand_count(uow, ids[0], {"": {"for": 1, "abstain": 1}}, ["Léa"],
                                      now=at(14, 12))  # fmt: skip
    closed = close(a, ids[0], at(14, 20))
    with UnitOfWork(db) as uow:
        found = tally.tally_poll(uow, ids[0])
        everything = tally.tally_meeting(uow, a.meeting_id)
    assert found.result == closed.result
    by_channel = {c.choice: dict(c.by_channel) for c in found.result.counts}
    # Resolution 1 is management's: the blank proxy votes for it.
    assert by_channel["for"] == {Channel.BOOTH: 1, Channel.BLANK_PROXY: 1, Channel.HAND: 1}
    assert by_channel["against"] == {Channel.BOOTH: 2}
    assert found.result.adopted is True  # 3 for, 2 against: more than half of 5 cast
    assert [t.poll.id for t in everything] == ids  # the open poll too
    assert everything[1].result.total_votes == 1  # the blank proxy, "against" members' item


def test_explanation_in_both_languages(db: Database, add_member: AddMember) -> None:
    a = make_assembly(db, add_member)
    for member_id in a.members:  # the quorum is met: the vote decides
        attend(a, member_id)
    open_session(a)
    ids = open_polls(a, at(14, 5))
    vote(a, a.members[0], ids[0], "for", when=at(14, 10))
    close(a, ids[0], at(14, 20))
    with UnitOfWork(db) as uow:
        found = tally.tally_poll(uow, ids[0])
    fr = tally.explain(found.result, found.poll.definition, lang="fr")
    en = tally.explain(found.result, found.poll.definition, lang="en")
    assert len(fr) == len(en) == len(found.result.explanation) > 0
    assert any("adoptée" in line for line in fr) and any("adopted" in line for line in en)
    assert all("tally." not in line for line in fr + en)  # every code has its sentence


def test_colleges_weigh_the_heads(db: Database, add_member: AddMember) -> None:
    # domain-rules §3.3, scaled down: employees 4 for / 1 against (0.8), users 2 / 3 (0.4),
    # partners 1 / 3 (0.25): R = 0.5 x 0.8 + 0.3 x 0.4 + 0.2 x 0.25 = 0.57, adopted,
    # although heads give 7 for and 7 against.
    a = make_assembly(db, add_member, n=0, resolutions=1, form=LegalForm.SCIC_SA)
    colleges = (CollegeSpec("employees", "Salariés", 50), CollegeSpec("users", "Usagers", 30),
                CollegeSpec("partners", "Partenaires", 20))
    with UnitOfWork(db) as uow:
        current = organisation.statutes_at(uow, ON)
        organisation.save_statutes(uow, replace(current, colleges=colleges),
                                   effective_from=date(2026, 1, 1), note="collèges", now=BEFORE)
    plan = {"employees": (4, 1), "users": (2, 3), "partners": (1, 3)}
    voters = {key: [add_member(f"{key}{i}", shares_count=1, college_key=key)
                    for i in range(f + g)] for key, (f, g) in plan.items()}
    for member in voters["employees"]:
        enrol_member(a, member)
    for group in voters.values():
        for member in group:
            attend(a, member)
    open_session(a)
    (poll_id,) = open_polls(a, at(14, 5))
    for member, choice in zip(voters["employees"], ["for"] * 4 + ["against"], strict=True):
        vote(a, member, poll_id, choice, when=at(14, 10))  # the employees at the booth
    with UnitOfWork(db) as uow:  # the others by show of hands, per college
        hand_counts.record_hand_count(uow, poll_id, {
            "users": {"for": 2, "against": 3}, "partners": {"for": 1, "against": 3}},
            ["Léa"], now=at(14, 15))  # fmt: skip
    result = close(a, poll_id, at(14, 20)).result
    assert result is not None
    assert (result.votes_for("for"), result.votes_for("against")) == (7, 7)
    assert result.weighted == (57, 100) and result.adopted is True
    shares = {c.key: c.share for c in result.colleges}
    assert shares == {"employees": (4, 5), "users": (2, 5), "partners": (1, 4)}


_counts = st.builds(
    ChoiceCount, st.sampled_from(["for", "against", "abstain", "candidate:3", "blank"]),
    st.integers(0, 10_000), st.dictionaries(st.sampled_from(list(Channel)), st.integers(0, 99)),
    st.dictionaries(st.sampled_from(["", "employees"]), st.integers(0, 99)))
_fraction = st.tuples(st.integers(0, 1000), st.integers(1, 1000))
_results = st.builds(
    TallyResult, poll_id=st.integers(1, 10**6), counts=st.lists(_counts, max_size=4).map(tuple),
    total_votes=st.integers(0, 10**6), adopted=st.sampled_from([True, False, None]),
    base=st.integers(0, 10**6),
    colleges=st.lists(st.builds(CollegeResult, st.text(max_size=8), st.text(max_size=8),
                                st.dictionaries(st.text(max_size=4), st.integers(0, 99)),
                                st.integers(0, 99), _fraction, _fraction, st.booleans()),
                      max_size=3).map(tuple),
    weighted=st.none() | _fraction,
    election=st.none() | st.builds(
        ElectionResult, st.lists(st.tuples(st.text(max_size=6), st.integers(0, 99)),
                                 max_size=3).map(tuple),
        st.lists(st.text(max_size=6), max_size=2).map(tuple),
        st.lists(st.text(max_size=6), max_size=2).map(tuple), st.integers(0, 3)),
    casting_vote_used=st.booleans(),
    explanation=st.lists(st.builds(
        Finding, st.sampled_from(["tally.counts", "tally.secret"]), st.sampled_from(list(Severity)),
        st.text(max_size=10), st.dictionaries(st.sampled_from(["for", "name", "num"]),
                                              st.integers(0, 99) | st.text(max_size=5)),
        st.text(max_size=5)), max_size=3).map(tuple),
)


@settings(max_examples=200, deadline=None)
@given(_results)
def test_the_stored_result_reads_back_exactly(result: TallyResult) -> None:
    assert polls_repo.result_from_json(polls_repo.result_to_json(result)) == result
