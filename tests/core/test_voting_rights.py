# SPDX-License-Identifier: GPL-3.0-or-later
"""The voting roll on a record date, and capital per category and college."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from talagov.core.legal_forms import LegalForm
from talagov.core.members import Arrears, Member
from talagov.core.presets import preset
from talagov.core.shares import MovementKind, ShareMovement
from talagov.core.voting_rights import (
    NoVoteReason,
    capital_by_category,
    capital_by_college,
    member_capital,
    voting_roll,
)
from tests.core.rules_fixtures import AT, member, snapshot, subscribe

NOTICE = date(2026, 5, 1)  # + 30 days = 31 May 2026

ROLL_CASES: list[tuple[str, Member, int, NoVoteReason | None]] = [
    ("admitted, one share", member(1), 1, None),
    ("never admitted", member(1, admitted=None), 1, NoVoteReason.NOT_ADMITTED),
    ("admitted after the record date", member(1, admitted=date(2026, 7, 1)), 1, NoVoteReason.NOT_ADMITTED),
    ("admitted on the record date", member(1, admitted=AT), 1, None),
    ("exited before", member(1, exit_date=date(2026, 1, 31)), 1, NoVoteReason.EXITED),
    ("exits on the record date", member(1, exit_date=AT), 1, NoVoteReason.EXITED),
    ("exits after", member(1, exit_date=date(2026, 7, 1)), 1, None),
    ("no shares", member(1), 0, NoVoteReason.NO_SHARES),
    ("notice 30 days old", member(1, arrears=[Arrears(NOTICE)]), 1, NoVoteReason.ARREARS),
    ("notice too recent", member(1, arrears=[Arrears(date(2026, 6, 1))]), 1, None),
    ("notice exactly 30 days old", member(1, arrears=[Arrears(date(2026, 5, 31))]), 1, NoVoteReason.ARREARS),
    ("arrears cured", member(1, arrears=[Arrears(NOTICE, cured_on=date(2026, 6, 10))]), 1, None),
    ("cured after the date", member(1, arrears=[Arrears(NOTICE, cured_on=date(2026, 7, 10))]), 1,
     NoVoteReason.ARREARS),
]


@pytest.mark.parametrize(("label", "who", "shares", "reason"), ROLL_CASES, ids=[c[0] for c in ROLL_CASES])
def test_roll_entry(label: str, who: Member, shares: int, reason: NoVoteReason | None) -> None:
    movements = [subscribe(who.id, shares, date(2019, 1, 1))] if shares else []
    roll = voting_roll(snapshot(LegalForm.SCOP_SARL, [who], movements))
    entry = roll.entry(who.id)
    assert entry is not None
    assert entry.reason is reason
    assert entry.has_vote is (reason is None)
    assert roll.eligible == (1 if reason is None else 0)


def test_one_vote_per_head_whatever_the_capital() -> None:
    members = [member(1), member(2), member(3, exit_date=date(2025, 1, 1))]
    roll = voting_roll(snapshot(LegalForm.SCOP_SA, members, [subscribe(1, 100), subscribe(2, 1),
                                                             subscribe(3, 5)]))
    assert roll.eligible == 2
    assert [e.shares for e in roll.entries] == [100, 1, 5]
    assert roll.has_vote(1) and not roll.has_vote(3) and not roll.has_vote(99)


def test_shares_redeemed_before_the_date_remove_the_vote() -> None:
    redemption = ShareMovement(9, MovementKind.REDEMPTION, date(2026, 3, 1), 1, 2500, from_member_id=1)
    roll = voting_roll(snapshot(LegalForm.SCOP_SARL, [member(1)], [subscribe(1, 1), redemption]))
    assert roll.entries[0].reason is NoVoteReason.NO_SHARES
    later = voting_roll(snapshot(LegalForm.SCOP_SARL, [member(1)], [subscribe(1, 1), redemption],
                                 at=date(2026, 2, 28)))
    assert later.eligible == 1


def test_statutes_can_require_more_shares() -> None:
    s = preset(LegalForm.SCIC_SAS)
    s = replace(s, membership=replace(s.membership, min_shares_to_vote=2))
    roll = voting_roll(snapshot(LegalForm.SCIC_SAS, [member(1), member(2)],
                                [subscribe(1, 1), subscribe(2, 2)], statutes=s))
    assert [e.has_vote for e in roll.entries] == [False, True]


def test_association_members_vote_without_shares() -> None:
    roll = voting_roll(snapshot(LegalForm.ASSOCIATION, [member(1), member(2)], []))
    assert roll.eligible == 2


def test_suspension_delay_comes_from_the_statutes() -> None:
    s = preset(LegalForm.SCOP_SARL)
    s = replace(s, membership=replace(s.membership, suspension_after_notice_days=90))
    roll = voting_roll(snapshot(LegalForm.SCOP_SARL, [member(1, arrears=[Arrears(NOTICE)])], statutes=s))
    assert roll.eligible == 1


def test_counts_per_college() -> None:
    members = [member(1, college="a"), member(2, college="a"), member(3, college="b"),
               member(4, college="b", admitted=None)]
    roll = voting_roll(snapshot(LegalForm.SCIC_SA, members))
    assert dict(roll.by_college) == {"a": 2, "b": 1}


def test_capital_by_category_and_college_in_cents() -> None:
    members = [member(1, category="salaries", college="s"), member(2, category="salaries", college="s"),
               member(3, category="collectivites", college="p"),
               member(4, category="collectivites", college="p", exit_date=date(2026, 1, 1))]
    snap = snapshot(LegalForm.SCIC_SA, members,
                    [subscribe(1, 2), subscribe(2, 3), subscribe(3, 10), subscribe(4, 40)])
    assert capital_by_category(snap) == {"collectivites": 25_000, "salaries": 12_500}
    assert capital_by_college(snap) == {"p": 25_000, "s": 12_500}
    assert 4 not in member_capital(snap)  # left, awaiting repayment: not an associate's capital
