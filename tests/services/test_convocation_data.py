# SPDX-License-Identifier: GPL-3.0-or-later
"""Who is convened: the voting roll of an AG, the members in office of a body."""

from __future__ import annotations

from datetime import date

import pytest

from talagov.core.errors import NotFoundError
from talagov.core.legal_forms import LegalForm
from talagov.core.mandates import Body, BodyKind, Mandate, Role
from talagov.core.meetings import Meeting, MeetingType
from talagov.services import mandates, meetings
from talagov.services.convocation_data import convened_members, require_recipient
from talagov.services.uow import UnitOfWork
from talagov.storage.database import Database

from .conftest import NOW, AddMember, setup_org

ON = date(2026, 6, 30)


def _check_agrees(db: Database, meeting_id: int, candidates: list[int]) -> list[int]:
    """``require_recipient`` accepts exactly the members ``convened_members`` lists."""
    with UnitOfWork(db) as uow:
        meeting = meetings.get_meeting(uow, meeting_id)
        convened = [m.id for m in convened_members(uow, meeting)]
        for member_id in [*candidates, 9999]:
            if member_id in convened:
                assert require_recipient(uow, meeting, member_id).id == member_id
            else:
                with pytest.raises(NotFoundError, match="convocation.not_recipient"):
                    require_recipient(uow, meeting, member_id)
    return convened


def test_an_assembly_convenes_the_members_with_a_vote(db: Database, add_member: AddMember) -> None:
    setup_org(db, LegalForm.SCOP_SA)
    voter = add_member("Votant", shares_count=1)
    without = add_member("Sans Parts", shares_count=0)
    later = add_member("Tardif", shares_count=1, admitted=date(2027, 1, 1))
    with UnitOfWork(db) as uow:
        meeting_id, _ = meetings.create_meeting(uow, Meeting(0, "AG", MeetingType.AGO, ON), now=NOW)
    assert _check_agrees(db, meeting_id, [voter, without, later]) == [voter]


def test_a_board_convenes_the_members_in_office(db: Database, add_member: AddMember) -> None:
    setup_org(db, LegalForm.SCOP_SA)
    ids = [add_member(f"Membre {n}", shares_count=1) for n in range(4)]
    with UnitOfWork(db) as uow:
        board, _ = mandates.add_body(uow, Body(0, BodyKind.SUPERVISORY_BOARD, "Conseil", 5))
        mandates.add_mandate(uow, Mandate(0, board, ids[0], Role.MEMBER, date(2024, 1, 1)))
        mandates.add_mandate(uow, Mandate(0, board, ids[1], Role.ADVISORY, date(2024, 1, 1)))
        mandates.add_mandate(uow, Mandate(0, board, ids[2], Role.MEMBER, date(2024, 1, 1),
                                          end=date(2025, 1, 1)))  # fmt: skip
        meeting_id, _ = meetings.create_meeting(
            uow, Meeting(0, "Conseil", MeetingType.BOARD, ON, body_id=board), now=NOW
        )
    assert _check_agrees(db, meeting_id, ids) == ids[:2]


def test_the_letter_follows_the_statutes_in_force_on_the_meeting_date(
    db: Database, add_member: AddMember
) -> None:
    from dataclasses import replace

    from talagov.core.presets import preset
    from talagov.services import organisation
    from talagov.services.convocation_data import convocation_data

    setup_org(db, LegalForm.SCOP_SA)
    add_member("Votant", shares_count=1)
    changed = replace(preset(LegalForm.SCOP_SA), remote_allowed=False)
    with UnitOfWork(db) as uow:
        organisation.save_statutes(uow, changed, effective_from=date(2026, 6, 1),
                                   note="visioconférence", now=NOW)  # fmt: skip
        meeting_id, _ = meetings.create_meeting(uow, Meeting(
            0, "AG", MeetingType.AGO, ON, record_date=date(2026, 5, 15)), now=NOW)
        data = convocation_data(uow, meetings.get_meeting(uow, meeting_id))
    assert not data.statutes.remote_allowed  # the version of 1 June, not the record date's


def test_the_letter_carries_the_organisation_fingerprint_once_there_is_a_key(
    db: Database, add_member: AddMember
) -> None:
    import re

    from talagov.core.keyseal import TEST_KDF
    from talagov.services import convocations, keys
    from talagov.services.convocation_data import convocation_data
    from tests.reports.pdftools import pdf_text

    setup_org(db, LegalForm.SCOP_SA)
    voter = add_member("Votant", shares_count=1)
    with UnitOfWork(db) as uow:
        meeting_id, _ = meetings.create_meeting(uow, Meeting(0, "AG", MeetingType.AGO, ON), now=NOW)
        meeting = meetings.get_meeting(uow, meeting_id)
        assert convocation_data(uow, meeting).fingerprint == ""  # no key: no line
        before = pdf_text(convocations.convocation_pdf(uow, meeting_id, voter))
        view, _ = keys.create_organisation_key(uow, "phrase du secrétariat", now=NOW, kdf=TEST_KDF)
        assert convocation_data(uow, meeting).fingerprint == view.readable
        after = pdf_text(convocations.convocation_pdf(uow, meeting_id, voter))
    assert "Empreinte du certificat" not in before
    assert len(view.readable.split()) == 16
    assert view.readable in re.sub(r"\s+", " ", after)
