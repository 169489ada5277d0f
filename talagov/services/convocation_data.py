# SPDX-License-Identifier: GPL-3.0-or-later
"""What the convocations of a meeting are built from: who is convened, and the letter's facts.

Shared by :mod:`talagov.services.convocations` (PDFs, log) and
:mod:`talagov.services.convocation_mail` (e-mails).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from talagov.core.agenda import resolution_numbers
from talagov.core.convocation import Channel, Sending, channel_for, email_address
from talagov.core.errors import NotFoundError
from talagov.core.meetings import Meeting
from talagov.core.members import Member
from talagov.core.shares import capital_at
from talagov.core.statutes import MeetingKind
from talagov.core.voting_rights import voting_roll
from talagov.reports.convocation_content import (
    Addressee,
    ConvocationData,
    ItemLine,
    StatutesFacts,
)
from talagov.services.agenda import require_meeting
from talagov.services.keys import organisation_key
from talagov.services.organisation import statutes_at
from talagov.services.registers import snapshot
from talagov.services.roll_cache import roll_and_members
from talagov.services.uow import UnitOfWork
from talagov.storage import convocations_repo, mandates_repo, meetings_repo, members_repo


@dataclass(frozen=True)
class Recipient:
    """A member to convene, and how.

    Attributes:
        address: the postal address (lines).
        email: the address given for electronic convocations (empty if none).
        channel: ``EMAIL`` only with a consent recorded on the sending date, else ``POST``.
        last_sending: the latest line of the log for this member, if any.
    """

    member_id: int
    number: str
    name: str
    address: str
    email: str
    channel: Channel
    consent: bool
    last_sending: Sending | None


def natural_key(number: str) -> tuple[tuple[int, int | str], ...]:
    """Sort key putting ``S-9`` before ``S-10``."""
    return tuple((0, int(p)) if p.isdigit() else (1, p) for p in re.split(r"(\d+)", number) if p)


def _in_office(uow: UnitOfWork, meeting: Meeting) -> set[int]:
    # The members holding a mandate in the meeting's body on the meeting date.
    return {
        m.member_id for m in mandates_repo.all_mandates(uow.session)
        if m.body_id == meeting.body_id and m.active_on(meeting.on)
    }  # fmt: skip


def convened_members(uow: UnitOfWork, meeting: Meeting) -> list[Member]:
    """Members with a vote on the record date (AG), or in office in the body (board).

    Sorted by membership number.
    """
    if meeting.type.is_general_assembly:
        # The roll is kept between calls (roll_cache); the members are read afresh,
        # as their addresses and consents are not part of the roll's fingerprint.
        roll, _ = roll_and_members(uow, meeting.roll_date)
        convened = {e.member_id for e in roll.voters}
    else:
        convened = _in_office(uow, meeting)
    found = [m for m in members_repo.all_members(uow.session) if m.id in convened]
    return sorted(found, key=lambda m: (natural_key(m.number), m.id))


def to_recipient(member: Member, on: date, last: Sending | None) -> Recipient:
    """A member as a recipient on the sending date ``on``."""
    consent = member.consent_date is not None and member.consent_date <= on
    return Recipient(
        member_id=member.id, number=member.number, name=member.display_name,
        address=member.address, email=email_address(member), channel=channel_for(member, on),
        consent=consent, last_sending=last,
    )  # fmt: skip


def recipients(uow: UnitOfWork, meeting_id: int, *, on: date) -> list[Recipient]:
    """The members convened to a meeting, with their channel on the sending date ``on``.

    Raises:
        NotFoundError: ``meeting.not_found``.
    """
    meeting = require_meeting(uow, meeting_id)
    last = convocations_repo.last_sendings(uow.session, meeting_id)
    return [to_recipient(m, on, last.get(m.id)) for m in convened_members(uow, meeting)]


def require_recipient(uow: UnitOfWork, meeting: Meeting, member_id: int) -> Member:
    """A member convened to ``meeting``.

    Checks this one member only (a caller logging many sendings calls it per member).

    Raises:
        NotFoundError: ``convocation.not_recipient`` (not convened, or no such member).
    """
    if meeting.type.is_general_assembly:
        convened = roll_and_members(uow, meeting.roll_date)[0].has_vote(member_id)
    else:
        convened = member_id in _in_office(uow, meeting)
    found = members_repo.get_member(uow.session, member_id) if convened else None
    if found is None:
        raise NotFoundError("convocation.not_recipient", {"id": member_id})
    return found


def addressee(member: Member) -> Addressee:
    """The member as printed on the letter."""
    return Addressee(member.display_name, member.number, member.address, member.id)


def convocation_data(uow: UnitOfWork, meeting: Meeting) -> ConvocationData:
    """The facts every convocation of ``meeting`` shares.

    The capital is the share register's on the record date; the statutes are those in
    force on the meeting date. Once the organisation has a key, the letter prints its
    certificate's fingerprint, for members to compare before voting electronically.

    Raises:
        UserError: ``org.missing`` before set-up.
    """
    snap = snapshot(uow, meeting.roll_date)
    # The register is taken on the record date, the rules on the meeting date.
    statutes = snap.statutes if meeting.roll_date == meeting.on else statutes_at(uow, meeting.on)
    names = {m.id: m.display_name for m in snap.members}
    items = meetings_repo.agenda(uow.session, meeting.id)
    numbers = resolution_numbers(items)
    lines = tuple(
        ItemLine(title=i.title, kind=i.kind, number=numbers.get(i.id), text=i.text,
                 nature=i.nature, presenter=i.presenter, seats=i.seats,
                 candidates=tuple(names.get(c, str(c)) for c in i.candidate_ids))
        for i in items
    )  # fmt: skip
    proxies = statutes.proxies
    facts = StatutesFacts(
        correspondence_allowed=statutes.correspondence_allowed,
        remote_allowed=statutes.remote_allowed,
        proxy_holder=proxies.holder,
        blank_proxies=proxies.blank_proxies,
        max_proxies=proxies.max_proxies(voting_roll(snap).eligible),
        ordinary_base=statutes.rule(MeetingKind.AGO, meeting.convocation).majority.base,
        extraordinary_base=statutes.rule(MeetingKind.AGE, meeting.convocation).majority.base,
    )
    body = next((b.name for b in snap.bodies if b.id == meeting.body_id), "")
    previous = meetings_repo.get_meeting(uow.session, meeting.previous_id) if (
        meeting.previous_id is not None) else None  # fmt: skip
    key = organisation_key(uow)
    return ConvocationData(
        organisation=snap.organisation, meeting=meeting, items=lines, statutes=facts,
        capital_cents=sum(capital_at(snap.movements, meeting.roll_date).values()),
        body_name=body, previous_on=previous.on if previous is not None else None,
        fingerprint=key.readable if key is not None else "",
    )  # fmt: skip
