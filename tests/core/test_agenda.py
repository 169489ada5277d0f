# SPDX-License-Identifier: GPL-3.0-or-later
"""Agenda order, resolution numbering and the election items proposed from mandates."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from talagov.core.agenda import (
    AgendaItem,
    ItemKind,
    election_proposals,
    move_item,
    resolution_numbers,
)
from talagov.core.mandates import Body, BodyKind, Mandate, Role


@given(
    ids=st.lists(st.integers(min_value=1, max_value=10_000), min_size=1, max_size=30, unique=True),
    pick=st.integers(min_value=0),
    new_index=st.integers(min_value=-50, max_value=80),
)
def test_move_is_a_permutation_with_the_item_at_the_clamped_index(
    ids: list[int], pick: int, new_index: int
) -> None:
    item = ids[pick % len(ids)]
    moved = move_item(ids, item, new_index)
    assert sorted(moved) == sorted(ids)
    assert moved.index(item) == max(0, min(new_index, len(ids) - 1))
    others = [i for i in ids if i != item]
    assert [i for i in moved if i != item] == others  # the other items keep their order


def test_move_examples() -> None:
    assert move_item([1, 2, 3, 4], 4, 0) == (4, 1, 2, 3)
    assert move_item([1, 2, 3, 4], 1, 2) == (2, 3, 1, 4)
    assert move_item([1, 2, 3], 2, 99) == (1, 3, 2)


def test_moving_an_unknown_item_is_an_error() -> None:
    with pytest.raises(ValueError):
        move_item([1, 2], 3, 0)


def _item(item_id: int, position: int, kind: ItemKind) -> AgendaItem:
    return AgendaItem(item_id, 1, position, kind, f"Point {item_id}")


def test_resolution_numbers_skip_information_items_and_follow_positions() -> None:
    items = [
        _item(10, 3, ItemKind.RESOLUTION),
        _item(11, 0, ItemKind.INFORMATION),
        _item(12, 1, ItemKind.RESOLUTION),
        _item(13, 2, ItemKind.ELECTION),
        _item(14, 4, ItemKind.INFORMATION),
    ]
    assert resolution_numbers(items) == {12: 1, 13: 2, 10: 3}


def test_no_resolution_numbers_for_an_information_only_agenda() -> None:
    assert resolution_numbers([_item(1, 0, ItemKind.INFORMATION)]) == {}


BOARD = Body(1, BodyKind.BOARD, "Conseil d'administration", 6)
COMMITTEE = Body(2, BodyKind.COMMITTEE, "Comité d'éthique")
TODAY, AG = date(2026, 11, 22), date(2027, 6, 30)


def test_election_proposals_from_mandates_ending_by_the_meeting() -> None:
    mandates = [
        Mandate(1, 1, 100, Role.ADMINISTRATOR, date(2021, 6, 1), date(2027, 6, 30)),  # on the day
        Mandate(2, 1, 101, Role.PRESIDENT, date(2021, 6, 1), date(2027, 1, 15)),
        Mandate(3, 1, 102, Role.ADMINISTRATOR, date(2024, 6, 1), date(2030, 6, 1)),  # later
        Mandate(4, 1, 103, Role.ADVISORY, date(2021, 6, 1), date(2027, 6, 1)),  # no vote
        Mandate(5, 1, 104, Role.ADMINISTRATOR, date(2020, 6, 1), date(2026, 6, 1),
                end=date(2026, 6, 1)),  # already ended
        Mandate(6, 2, 105, Role.MEMBER, date(2023, 1, 1), date(2026, 12, 31)),
    ]
    proposals = election_proposals([BOARD, COMMITTEE], mandates, today=TODAY, meeting_on=AG)
    assert [(p.body_id, p.seats) for p in proposals] == [(1, 2), (2, 1)]
    board = proposals[0]
    assert board.body_name == "Conseil d'administration"
    assert set(board.outgoing_member_ids) == {100, 101}


def test_overdue_mandate_still_in_office_is_proposed() -> None:
    overdue = Mandate(1, 1, 100, Role.ADMINISTRATOR, date(2020, 6, 1), date(2026, 6, 1))
    proposals = election_proposals([BOARD], [overdue], today=TODAY, meeting_on=AG)
    assert proposals[0].outgoing_member_ids == (100,)


def test_no_proposal_when_nothing_expires() -> None:
    later = Mandate(1, 1, 100, Role.ADMINISTRATOR, date(2024, 6, 1), date(2030, 6, 1))
    assert election_proposals([BOARD], [later], today=TODAY, meeting_on=AG) == ()
