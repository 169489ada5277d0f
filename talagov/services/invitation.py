# SPDX-License-Identifier: GPL-3.0-or-later
"""The iCalendar invitation of a meeting (RFC 5545), attached to the e-mails.

One VEVENT whose UID stays the same for the meeting, so that a calendar updates the
event rather than adding a second one when the invitation is sent again. Times are in
Europe/Paris, with the VTIMEZONE the calendar needs; DTSTAMP is the meeting's
creation time, so the same meeting always gives the same bytes.
"""

from __future__ import annotations

import hashlib
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

from icalendar import Calendar, Event

from talagov import __version__
from talagov.core.meetings import Meeting
from talagov.reports.convocation_content import ConvocationData, agenda_label
from talagov.reports.convocation_texts import t
from talagov.reports.letterhead import one_line
from talagov.services.agenda import require_meeting
from talagov.services.convocation_data import convocation_data
from talagov.services.uow import UnitOfWork
from talagov.storage.models import MeetingRow

PARIS = ZoneInfo("Europe/Paris")


def meeting_uid(meeting: Meeting, org_name: str) -> str:
    """A UID stable per meeting of this organisation."""
    digest = hashlib.sha256(org_name.encode()).hexdigest()[:12]
    return f"meeting-{meeting.id}-{digest}@talagov.invalid"


def invitation(uow: UnitOfWork, data: ConvocationData, lang: str = "fr") -> str:
    """The invitation of ``data.meeting`` as iCalendar text.

    Takes the convocation facts the caller already loaded (they cost a register snapshot).
    """
    org, meeting = data.organisation, data.meeting
    cal = Calendar()
    cal.add("prodid", f"-//TalaGov {__version__}//Convocations//FR")
    cal.add("version", "2.0")
    cal.add("method", "PUBLISH")
    event = Event()
    event.add("uid", meeting_uid(meeting, org.name))
    created = uow.session.get_one(MeetingRow, meeting.id).created_at
    # Naive times in the database are local (Paris) times.
    stamp = created if created.tzinfo else created.replace(tzinfo=PARIS)
    event.add("dtstamp", stamp.astimezone(UTC))
    event.add("summary", f"{meeting.title} — {org.name}" if meeting.title else org.name)
    if meeting.start_time is None:
        event.add("dtstart", meeting.on)
        event.add("dtend", meeting.on + timedelta(days=1))
    else:
        start = datetime.combine(meeting.on, meeting.start_time, tzinfo=PARIS)
        event.add("dtstart", start)
        if meeting.end_time is not None and meeting.end_time > meeting.start_time:
            event.add("dtend", datetime.combine(meeting.on, meeting.end_time, tzinfo=PARIS))
    place = one_line(meeting.place)
    if place:
        event.add("location", place)
    if meeting.remote_link:
        event.add("url", meeting.remote_link)
    lines = [t("ics.agenda", lang)]
    lines.extend(f"{n}. {agenda_label(item, lang)}"
                 for n, item in enumerate(data.items, start=1))  # fmt: skip
    if meeting.remote_link:
        lines.extend(["", t("ics.remote", lang, link=meeting.remote_link)])
    event.add("description", "\n".join(lines))
    cal.add_component(event)
    cal.add_missing_timezones()
    return str(cal.to_ical().decode("utf-8"))


def ics(uow: UnitOfWork, meeting_id: int, *, lang: str = "fr") -> bytes:
    """The invitation of a meeting as ``.ics`` bytes (UTF-8).

    Raises:
        NotFoundError: ``meeting.not_found``.
    """
    data = convocation_data(uow, require_meeting(uow, meeting_id))
    return invitation(uow, data, lang).encode("utf-8")
