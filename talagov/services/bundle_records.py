# SPDX-License-Identifier: GPL-3.0-or-later
"""What a meeting's archive says of the organisation, the roll, the meeting, its
convocations, attendance and proxies, gathered from the database in one read per kind.

The values are those the session's rules were applied to (``session_context``): the
statutes in force on the meeting date, the voting roll of its record date, the body's
mandates in office that day, every attendance entry (signatures included), the quorum
records as stored, the proxies and postal forms in the order received.
"""

from __future__ import annotations

import json

from sqlalchemy import select

from talagov.core.bundle_codec_base import Node
from talagov.core.bundle_model import (
    AttendanceData,
    DocumentEntry,
    MeetingData,
    OrganisationData,
    ProxiesData,
    QuorumRecord,
    Roll,
    RollMember,
)
from talagov.core.convocation import Sending
from talagov.core.findings import Finding
from talagov.core.mandates import Mandate
from talagov.core.meetings import Meeting
from talagov.core.ratio import Ratio
from talagov.core.tally_codec import finding_from_data
from talagov.services.organisation import require_organisation, statutes_at
from talagov.services.roll_cache import roll_and_members
from talagov.services.uow import UnitOfWork
from talagov.storage import (
    convocations_repo,
    mandates_repo,
    meetings_repo,
    organisation_repo,
    session_repo,
)
from talagov.storage.models import QuorumRecordRow


def organisation_data(uow: UnitOfWork, meeting: Meeting) -> OrganisationData:
    """The organisation and the statutes version in force on the meeting date.

    Raises:
        UserError: ``org.missing`` before set-up.
    """
    history = organisation_repo.statutes_history(uow.session)  # newest first
    applied = next((since for _, since, _, _ in history if since <= meeting.on),
                   history[-1][1] if history else None)  # fmt: skip
    return OrganisationData(require_organisation(uow), statutes_at(uow, meeting.on), applied)


def roll_data(uow: UnitOfWork, meeting: Meeting) -> Roll:
    """The register at the record date with each member's vote, and for a body's
    meeting the body's mandates in office on the meeting date."""
    roll, members = roll_and_members(uow, meeting.roll_date)
    lines = []
    for entry in roll.entries:
        member = members.get(entry.member_id)
        lines.append(RollMember(
            member_id=entry.member_id, number=member.number if member else "",
            name=member.display_name if member else "", shares=entry.shares,
            has_vote=entry.has_vote, reason=entry.reason, college_key=entry.college_key,
            category_key=entry.category_key))  # fmt: skip
    mandates: list[Mandate] = []
    if meeting.body_id is not None:
        mandates = [m for m in mandates_repo.all_mandates(uow.session)
                    if m.body_id == meeting.body_id and m.active_on(meeting.on)]
    return Roll(meeting.roll_date, tuple(lines), tuple(sorted(mandates, key=lambda m: m.id)))


def meeting_data(uow: UnitOfWork, meeting: Meeting,
                 documents: tuple[DocumentEntry, ...]) -> MeetingData:
    """The meeting, its body, agenda and amendments, and the attached ``documents``
    (listed by the caller, which writes their files)."""
    body = None
    if meeting.body_id is not None:
        body = next((b for b in mandates_repo.all_bodies(uow.session) if b.id == meeting.body_id),
                    None)  # fmt: skip
    agenda = tuple(meetings_repo.agenda(uow.session, meeting.id))
    return MeetingData(meeting, body, agenda,
                       tuple(meetings_repo.amendments(uow.session, meeting.id)), documents)


def convocation_log(uow: UnitOfWork, meeting_id: int) -> tuple[Sending, ...]:
    """Every line of the sending log, in the order written."""
    return tuple(convocations_repo.sendings(uow.session, meeting_id))


def _reasons(text: str) -> tuple[Finding, ...]:
    # Stored by session_repo in the very form of core.tally_codec (ratios and dates tagged).
    return Node(json.loads(text or "[]"), "quorum_record.reasons").each(finding_from_data)


def attendance_data(uow: UnitOfWork, meeting_id: int) -> AttendanceData:
    """The attendance sheet by member and the quorum records, oldest first."""
    rows = uow.session.scalars(select(QuorumRecordRow)
                               .where(QuorumRecordRow.meeting_id == meeting_id)
                               .order_by(QuorumRecordRow.at, QuorumRecordRow.id))  # fmt: skip
    records = tuple(QuorumRecord(
        id=r.id, item_id=r.item_id, at=r.at, met=r.met, base=r.base, present=r.present,
        remote=r.remote, represented=r.represented, correspondence=r.correspondence,
        participants=r.participants, required=r.required, ratio=Ratio(r.ratio_num, r.ratio_den),
        source=r.source, reasons=_reasons(r.reasons)) for r in rows)  # fmt: skip
    return AttendanceData(tuple(session_repo.attendance(uow.session, meeting_id)), records)


def proxies_data(uow: UnitOfWork, meeting_id: int) -> ProxiesData:
    """The proxies and postal forms, in the order received."""
    return ProxiesData(tuple(session_repo.proxies(uow.session, meeting_id)),
                       tuple(session_repo.forms(uow.session, meeting_id)))
