# SPDX-License-Identifier: GPL-3.0-or-later
"""The convocation channel: e-mail only with recorded prior consent (K3, case 18)."""

from __future__ import annotations

from datetime import date

from talagov.core.convocation import Channel, channel_for, email_address, may_email
from talagov.core.members import Member, PersonKind

ON = date(2026, 6, 10)


def _member(**fields: object) -> Member:
    return Member(id=1, number="S-0001", kind=PersonKind.NATURAL, name="Durand",
                  first_name="Lou", **fields)  # type: ignore[arg-type]


def test_case_18_no_recorded_consent_blocks_email() -> None:
    member = _member(email="lou@example.org")
    finding = may_email(member, ON)
    assert finding is not None and finding.code == "convocation.no_consent"
    assert finding.source == "C. com. R225-63 ; R223-20-1"
    assert channel_for(member, ON) is Channel.POST


def test_consent_given_after_the_sending_date_does_not_count() -> None:
    member = _member(email="lou@example.org", consent_date=date(2026, 6, 11))
    assert may_email(member, ON) is not None
    assert channel_for(member, ON) is Channel.POST


def test_consent_on_or_before_the_date_allows_email() -> None:
    member = _member(email="lou@example.org", consent_date=ON)
    assert may_email(member, ON) is None
    assert channel_for(member, ON) is Channel.EMAIL


def test_consent_without_any_address_falls_back_to_post() -> None:
    member = _member(consent_date=date(2025, 1, 1))
    finding = may_email(member, ON)
    assert finding is not None and finding.code == "convocation.no_email"
    assert channel_for(member, ON) is Channel.POST


def test_the_convocation_address_prevails_over_the_email() -> None:
    member = _member(email="lou@example.org", consent_address="convoc@example.org",
                     consent_date=date(2025, 1, 1))
    assert email_address(member) == "convoc@example.org"
    assert channel_for(member, ON) is Channel.EMAIL
