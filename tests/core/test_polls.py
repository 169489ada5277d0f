# SPDX-License-Identifier: GPL-3.0-or-later
"""Poll definitions: the rule taken from the statutes, secrecy and casting vote defaults,
the payload every ballot names through its hash, and the voting window."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from talagov.core.agenda import AgendaItem, ItemKind, Presenter, ResolutionNature
from talagov.core.legal_forms import LegalForm
from talagov.core.polls import (
    BLANK,
    RESOLUTION_CHOICES,
    Poll,
    PollDefinition,
    PollKind,
    PollOptions,
    PollStatus,
    build_definition,
    candidate_choice,
    candidate_of,
    definition_hash,
)
from talagov.core.presets import default_colleges, preset
from talagov.core.ratio import Ratio
from talagov.core.statutes import Convocation, MajorityBase, MajorityRule, MeetingKind

ORDINARY = AgendaItem(1, 3, 0, ItemKind.RESOLUTION, "Comptes", "Approuve les comptes.")
EXTRA = AgendaItem(2, 3, 1, ItemKind.RESOLUTION, "Statuts", nature=ResolutionNature.EXTRAORDINARY,
                   presenter=Presenter.MEMBERS)
ELECTION = AgendaItem(3, 3, 2, ItemKind.ELECTION, "Conseil", seats=2, candidate_ids=(7, 9))
INFO = AgendaItem(4, 3, 3, ItemKind.INFORMATION, "Rapport")
NO_OPTIONS = PollOptions()


def build(item: AgendaItem, form: LegalForm = LegalForm.SCOP_SA, *,
          kind: MeetingKind = MeetingKind.AGO, board: bool = False,
          convocation: Convocation = Convocation.FIRST,
          options: PollOptions = NO_OPTIONS) -> PollDefinition:
    return build_definition(
        item, number=item.position + 1, statutes=preset(form), organisation="ab" * 32,
        meeting_id=3, meeting_title="AG 2026", meeting_on="2026-06-30", meeting_kind=kind,
        board=board, convocation=convocation, candidate_names={7: "Zoé Martin"},
        options=options)


def test_candidate_choices_name_a_member() -> None:
    assert candidate_choice(42) == "candidate:42"
    assert candidate_of("candidate:42") == 42
    for other in ("for", BLANK, "candidate:", "candidate:x", "candidate:-1"):
        assert candidate_of(other) is None


def test_an_ordinary_resolution_of_an_sa_takes_the_votes_cast() -> None:
    definition = build(ORDINARY)
    assert definition.kind is PollKind.RESOLUTION and definition.choices == RESOLUTION_CHOICES
    assert definition.majority == MajorityRule(Ratio(1, 2), True, MajorityBase.CAST)
    assert definition.majority_source == "C. com. L225-98"
    assert not definition.secret and not definition.casting_vote
    assert definition.presenter is Presenter.MANAGEMENT


def test_an_extraordinary_resolution_takes_the_extraordinary_rule() -> None:
    definition = build(EXTRA, kind=MeetingKind.AGE)
    assert definition.majority == MajorityRule(Ratio(2, 3), False, MajorityBase.CAST)
    assert definition.majority_source == "C. com. L225-96"
    assert definition.presenter is Presenter.MEMBERS
    # an ordinary resolution in an extraordinary meeting keeps the ordinary rule
    assert build(ORDINARY, kind=MeetingKind.AGE).majority.ratio == Ratio(1, 2)


def test_a_sarl_second_consultation_uses_its_own_rule() -> None:
    first = build(ORDINARY, LegalForm.SCOP_SARL)
    second = build(ORDINARY, LegalForm.SCOP_SARL, convocation=Convocation.SECOND)
    assert first.majority.base is MajorityBase.TOTAL
    assert second.majority.base is MajorityBase.CAST


def test_an_sa_board_decides_on_the_present_or_represented_with_a_casting_vote() -> None:
    definition = build(ORDINARY, kind=MeetingKind.BOARD, board=True)
    assert definition.majority.base is MajorityBase.PRESENT_OR_REPRESENTED
    assert definition.casting_vote and not definition.secret
    secret = build(ORDINARY, kind=MeetingKind.BOARD, board=True, options=PollOptions(secret=True))
    assert secret.secret and not secret.casting_vote  # no casting vote in a secret poll


def test_no_casting_vote_in_a_general_assembly_or_where_statutes_exclude_it() -> None:
    assert not build(ORDINARY).casting_vote
    assert not build(ORDINARY, LegalForm.SCOP_SARL, kind=MeetingKind.BOARD, board=True
                     ).casting_vote


def test_an_election_lists_its_candidates_then_blank_and_is_secret_by_default() -> None:
    definition = build(ELECTION)
    assert definition.kind is PollKind.ELECTION
    assert definition.choices == (candidate_choice(7), candidate_choice(9), BLANK)
    assert definition.labels == {candidate_choice(7): "Zoé Martin", candidate_choice(9): "9"}
    assert definition.seats == 2 and definition.secret
    assert not build(ELECTION, options=PollOptions(secret=False)).secret


def test_options_override_the_statutes_rule() -> None:
    unanimity = MajorityRule(Ratio(1, 1), False, MajorityBase.TOTAL)
    definition = build(EXTRA, kind=MeetingKind.AGE,
                       options=PollOptions(unanimity, "C. com. L225-96 al. 1"))
    assert definition.majority == unanimity
    assert definition.majority_source == "C. com. L225-96 al. 1"


def test_colleges_apply_in_assemblies_not_in_boards() -> None:
    statutes = replace(preset(LegalForm.SCIC_SA), colleges=default_colleges(LegalForm.SCIC_SA))
    common = {"number": 1, "statutes": statutes, "organisation": "ab" * 32, "meeting_id": 3,
              "meeting_title": "AG", "meeting_on": "2026-06-30"}
    assembly = build_definition(ORDINARY, meeting_kind=MeetingKind.AGO, board=False,
                                **common)  # type: ignore[arg-type]
    board = build_definition(ORDINARY, meeting_kind=MeetingKind.BOARD, board=True,
                             **common)  # type: ignore[arg-type]
    assert assembly.colleges == statutes.colleges and len(assembly.colleges) >= 3
    assert board.colleges == ()


def test_an_information_item_has_no_poll() -> None:
    with pytest.raises(ValueError):
        build(INFO)


def test_the_payload_reads_back_to_the_same_definition() -> None:
    for definition in (build(ORDINARY), build(EXTRA, kind=MeetingKind.AGE), build(ELECTION),
                       build(ORDINARY, LegalForm.SCIC_SARL)):
        assert PollDefinition.from_payload(definition.payload()) == definition


@given(st.text(max_size=40), st.text(max_size=40), st.integers(1, 5))
def test_any_change_to_the_definition_changes_its_hash(title: str, text: str,
                                                       seats: int) -> None:
    definition = build(ELECTION)
    changed = replace(definition, title=title, text=text, seats=seats)
    same = changed == definition
    assert (definition_hash(changed) == definition_hash(definition)) is same
    assert definition_hash(PollDefinition.from_payload(changed.payload())) == \
        definition_hash(changed)


def test_the_hash_is_a_sha256_hex_digest_and_stable() -> None:
    digest = definition_hash(build(ORDINARY))
    assert len(digest) == 64 and int(digest, 16) >= 0
    assert digest == definition_hash(build(ORDINARY))


@pytest.mark.parametrize("payload_change", [{"format": "other"}, {"version": 2}])
def test_a_foreign_payload_is_refused(payload_change: dict[str, object]) -> None:
    payload = {**build(ORDINARY).payload(), **payload_change}
    with pytest.raises(ValueError):
        PollDefinition.from_payload(payload)


def test_the_window_runs_from_opening_to_closing_inclusive() -> None:
    opened = datetime(2026, 6, 30, 9, 0)
    poll = Poll(1, 3, 1, PollStatus.OPEN, build(ORDINARY), "h", opened_at=opened)
    assert not poll.is_open_at(opened - timedelta(seconds=1))
    assert poll.is_open_at(opened) and poll.is_open_at(opened + timedelta(days=9))
    closed = replace(poll, status=PollStatus.CLOSED, closed_at=opened + timedelta(hours=1))
    assert closed.is_open_at(opened + timedelta(hours=1))
    assert not closed.is_open_at(opened + timedelta(hours=1, seconds=1))
    assert not replace(poll, opened_at=None).is_open_at(opened)
