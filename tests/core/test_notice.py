# SPDX-License-Identifier: GPL-3.0-or-later
"""Notice period of a convocation (domain-rules K1/K4, case 17)."""

from __future__ import annotations

from datetime import date

import pytest

from talagov.core.legal_forms import LegalForm
from talagov.core.notice import check_notice
from talagov.core.presets import preset
from talagov.core.statutes import Convocation, MeetingKind

SA = preset(LegalForm.SCIC_SA)
AG_ON = date(2026, 6, 30)


@pytest.mark.parametrize(
    ("convocation", "sent", "ok", "actual"),
    [
        (Convocation.FIRST, date(2026, 6, 15), True, 15),
        (Convocation.FIRST, date(2026, 6, 16), False, 14),
        (Convocation.SECOND, date(2026, 6, 20), True, 10),
        (Convocation.SECOND, date(2026, 6, 21), False, 9),
    ],
)
def test_case_17_sa_notice(convocation: Convocation, sent: date, ok: bool, actual: int) -> None:
    check = check_notice(SA, MeetingKind.AGO, convocation, meeting_on=AG_ON, sending_date=sent)
    assert check.ok is ok
    assert check.actual_days == actual
    assert check.source == "C. com. R225-69"
    assert (check.finding is None) is ok


def test_late_convocation_says_the_rule_and_the_last_day() -> None:
    check = check_notice(SA, MeetingKind.AGO, Convocation.FIRST, meeting_on=AG_ON,
                         sending_date=date(2026, 6, 16))
    assert check.required_days == 15
    assert check.deadline == date(2026, 6, 15)
    assert check.finding is not None
    assert check.finding.code == "convocation.notice_too_short"
    assert check.finding.source == "C. com. R225-69"
    assert check.finding.params["required"] == 15 and check.finding.params["actual"] == 14


def test_second_convocation_without_its_own_rule_uses_the_first() -> None:
    statutes = preset(LegalForm.SCOP_SA)  # the board has a first-convocation rule only
    check = check_notice(statutes, MeetingKind.BOARD, Convocation.SECOND,
                         meeting_on=AG_ON, sending_date=date(2026, 6, 27))
    assert check.ok and check.required_days == statutes.rule(MeetingKind.BOARD,
                                                            Convocation.FIRST).notice_days
    assert check.source == statutes.source("meetings.board.1.notice_days")


def test_sending_after_the_meeting_is_late() -> None:
    check = check_notice(SA, MeetingKind.AGE, Convocation.FIRST, meeting_on=AG_ON,
                         sending_date=date(2026, 7, 1))
    assert not check.ok and check.actual_days == -1
