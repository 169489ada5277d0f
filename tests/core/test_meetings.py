# SPDX-License-Identifier: GPL-3.0-or-later
"""The meeting lifecycle: every legal and illegal move, and the derived properties."""

from __future__ import annotations

import itertools
from datetime import date

import pytest

from talagov.core.meetings import (
    Meeting,
    MeetingStatus,
    MeetingType,
    check_transition,
    next_statuses,
)
from talagov.core.statutes import MeetingKind

S = MeetingStatus
LEGAL = {
    (S.DRAFT, S.CONVENED),
    (S.CONVENED, S.IN_SESSION),
    (S.CONVENED, S.DRAFT),  # only while nothing was sent: the service checks the log
    (S.IN_SESSION, S.CLOSED),
    (S.CLOSED, S.ARCHIVED),
}


@pytest.mark.parametrize(("current", "target"), list(itertools.product(S, S)))
def test_every_move_is_legal_or_refused_with_a_reason(current: S, target: S) -> None:
    code = check_transition(current, target)
    if current == target:
        assert code == "meeting.same_status"
    elif (current, target) in LEGAL:
        assert code is None
    else:
        assert code == "meeting.illegal_transition"


def test_skipping_a_step_is_refused() -> None:
    assert check_transition(S.DRAFT, S.IN_SESSION) == "meeting.illegal_transition"
    assert check_transition(S.CONVENED, S.CLOSED) == "meeting.illegal_transition"
    assert check_transition(S.CLOSED, S.IN_SESSION) == "meeting.illegal_transition"


def test_an_archived_meeting_goes_nowhere() -> None:
    assert next_statuses(S.ARCHIVED) == ()
    assert all(check_transition(S.ARCHIVED, t) is not None for t in S)


def test_next_statuses_in_lifecycle_order() -> None:
    assert next_statuses(S.DRAFT) == (S.CONVENED,)
    assert next_statuses(S.CONVENED) == (S.DRAFT, S.IN_SESSION)
    assert next_statuses(S.IN_SESSION) == (S.CLOSED,)


def test_record_date_defaults_to_the_meeting_date() -> None:
    on = date(2026, 6, 30)
    assert Meeting(1, "AG", MeetingType.AGO, on).roll_date == on
    assert Meeting(1, "AG", MeetingType.AGO, on, record_date=date(2026, 6, 1)).roll_date == date(
        2026, 6, 1
    )


@pytest.mark.parametrize(
    ("kind", "rule", "assembly"),
    [
        (MeetingType.AGO, MeetingKind.AGO, True),
        (MeetingType.AGE, MeetingKind.AGE, True),
        (MeetingType.MIXED, MeetingKind.AGE, True),  # the stricter rule for quorum and notice
        (MeetingType.BOARD, MeetingKind.BOARD, False),
        (MeetingType.OTHER, MeetingKind.BOARD, False),
    ],
)
def test_rule_kind_and_assembly(kind: MeetingType, rule: MeetingKind, assembly: bool) -> None:
    meeting = Meeting(1, "Réunion", kind, date(2026, 6, 30))
    assert meeting.rule_kind is rule
    assert kind.is_general_assembly is assembly


@pytest.mark.parametrize("status", list(S))
def test_only_a_draft_agenda_is_free(status: S) -> None:
    meeting = Meeting(1, "AG", MeetingType.AGO, date(2026, 6, 30), status=status)
    assert meeting.agenda_locked is (status is not S.DRAFT)
